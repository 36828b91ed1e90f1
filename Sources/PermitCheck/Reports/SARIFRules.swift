/// SARIF reporting descriptors for a pack's rules, and the severity → level map.
enum SARIFRules {
    /// critical/high → error, medium → warning, low/info → note: SARIF has
    /// three levels, and dashboards gate on `error`.
    static func level(_ s: Severity) -> String {
        switch s {
        case .critical, .high: return "error"
        case .medium: return "warning"
        case .low, .info: return "note"
        }
    }

    /// One rule: English texts in the SARIF fields (the format's lingua
    /// franca), Chinese in `properties`; parameters with their provenance.
    static func descriptor(_ rule: CompiledRule, pack: CompiledPack) -> JSONValue {
        var o = JSONObject()
        o["id"] = .string(rule.id)
        o["name"] = .string(name(rule))
        o["shortDescription"] = .object(["text": .string(rule.title.en)])
        o["fullDescription"] = .object(["text": .string(rule.doc?.en ?? rule.title.en)])
        // An expression-chosen severity has no fixed level; warning is SARIF's default.
        o["defaultConfiguration"] = .object(["level": .string(rule.fixedSeverity.map(level) ?? "warning")])
        var p = JSONObject()
        p["family"] = .string(rule.family)
        p["severity"] = .string(rule.fixedSeverity?.rawValue ?? rule.severityText)
        p["acts"] = .string(rule.acts.rawValue)
        p["basis"] = .array(rule.basis.map(\.json))
        p["title"] = .object(["zh": .string(rule.title.zh), "en": .string(rule.title.en)])
        if let doc = rule.doc { p["description"] = .object(["zh": .string(doc.zh), "en": .string(doc.en)]) }
        p["parameters"] = .array(rule.parameterNames.map { name in
            var param: JSONObject = ["name": .string(name)]
            if let parameter = pack.parameters.first(where: { $0.name == name }) {
                param["value"] = .string(parameter.valueText)
                if let status = parameter.status { param["status"] = .string(status.rawValue) }
                if let source = parameter.source { param["source"] = .string(source) }
                param["setBy"] = .string(parameter.setBy)
            }
            return .object(param)
        })
        o["properties"] = .object(p)
        return .object(o)
    }

    /// A PascalCase name from the English title ("Hourly limit exceeded" →
    /// `HourlyLimitExceeded`), as SARIF viewers show rule names as identifiers.
    static func name(_ rule: CompiledRule) -> String {
        let words = rule.title.en.split { !($0.isLetter || $0.isNumber) || !$0.isASCII }
        let joined = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        return joined.isEmpty ? rule.id : joined
    }
}
