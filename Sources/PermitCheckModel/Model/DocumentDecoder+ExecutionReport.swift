/// `report` (catalog v2): the sections the execution report contains.
extension DocumentDecoder {
    /// `report: null` is "reported: none", a report stating no sections;
    /// only an absent key is "not reported" (`nil` on the filing).
    package mutating func executionReport(_ p: String) throws(JSONError) -> Slot<ExecutionReport> {
        if case .literal = reader.peekToken(), reader.consumeNull() { return .value(ExecutionReport(sections: [])) }
        var sections = Slot<[ReportSection]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "sections":
                sections = try d.reportedArray(p + "/sections", of: .string) { d, p throws(JSONError) in
                    try d.enumeration(ReportSection.self, p)
                }
            default: return false
            }
            return true
        }
        guard case .value = object else { return object.failed() }
        guard sections.isUsable else { return .invalid }
        return .value(ExecutionReport(sections: sections.value))
    }
}
