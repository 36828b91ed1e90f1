import Hummingbird
import PermitCheck

/// `GET /v1/packs`, `/v1/rules`, `/v1/rules/{id}`: the catalog, read from
/// the compiled packs of the current snapshot so it cannot drift from them.
enum CatalogRoutes {
    static func packs(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let snapshot = s.packs.current
        let list: [JSONValue] = snapshot.packs.map { p in
            var o = packJSON(p)
            o["default"] = .bool(p.name == snapshot.defaultPack)
            o["rules"] = .number(Double(p.rules.count))
            o["parameters"] = .number(Double(p.parameters.count))
            if let d = p.description { o["description"] = text(d) }
            return .object(o)
        }
        return .json(.object([
            "packs": .array(list), "generation": .number(Double(snapshot.generation)),
            "loadedAt": .string(Timestamps.string(snapshot.loadedAt)), "engine": .object(["version": .string(PermitCheckVersion.engine)]),
        ]))
    }

    static func rules(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let pack = try QueryOptions.pack(request.uri.queryParameters, in: s.packs.current)
        let list: [JSONValue] = pack.rules.map { r in
            .object([
                "id": .string(r.id), "family": .string(r.family), "severity": .string(r.fixedSeverity?.rawValue ?? r.severityText),
                "title": text(r.title), "acts": .string(r.acts.rawValue), "basis": .array(r.basis.map(\.json)),
                "parameters": .array(r.parameterNames.map { .string($0) }),
            ])
        }
        return .json(.object(["pack": .object(packJSON(pack)), "rules": .array(list)]))
    }

    static func rule(_ request: Request, _ context: AppRequestContext, _ s: ServerServices) async throws -> Response {
        let pack = try QueryOptions.pack(request.uri.queryParameters, in: s.packs.current)
        let id = try context.parameters.require("id")
        // The same resolution as the CLI's `rules show`: exact id, else the one id equal ignoring case.
        let r: CompiledRule
        do throws(UnknownSelection) { r = try pack.resolveRule(id) } catch {
            throw APIError.notFound(LocalizedText(zh: "规则 \(id)（\(pack.reference)）", en: "rule \(id) in \(pack.reference)"))
        }
        var o: JSONObject = [
            "id": .string(r.id), "pack": .object(packJSON(pack)), "family": .string(r.family),
            "severity": .string(r.fixedSeverity?.rawValue ?? r.severityText), "severityFixed": .bool(r.fixedSeverity != nil),
            "title": text(r.title), "acts": .string(r.acts.rawValue), "basis": .array(r.basis.map(\.json)),
        ]
        if let from = r.appliesFrom { o["appliesFrom"] = .string(from.description) }
        if let doc = r.doc { o["doc"] = text(doc) }
        o["parameters"] = .array(r.parameterNames.compactMap { name in
            pack.parameters.first { $0.name == name }.map(parameterJSON)
        })
        return .json(.object(o))
    }

    static func parameterJSON(_ p: Parameter) -> JSONValue {
        var o: JSONObject = ["name": .string(p.name), "value": .string(p.valueText), "type": .string(p.type), "setBy": .string(p.setBy)]
        o["status"] = p.status.map { .string($0.rawValue) } ?? .null
        o["source"] = p.source.map { .string($0) } ?? .null
        if let doc = p.doc { o["doc"] = text(doc) }
        o["values"] = .array(p.values.map { v in
            var e: JSONObject = ["value": .string(v.valueText)]
            if let key = v.key { e["key"] = .string(key) }
            e["from"] = v.from.map { .string($0.description) } ?? .null
            e["until"] = v.until.map { .string($0.description) } ?? .null
            e["status"] = v.status.map { .string($0.rawValue) } ?? .null
            e["source"] = v.source.map { .string($0) } ?? .null
            return .object(e)
        })
        return .object(o)
    }

    static func packJSON(_ p: CompiledPack) -> JSONObject {
        ["name": .string(p.name), "version": .string(p.version), "contentHash": .string(p.contentHash)]
    }

    static func text(_ t: LocalizedText) -> JSONValue { .object(["zh": .string(t.zh), "en": .string(t.en)]) }
}
