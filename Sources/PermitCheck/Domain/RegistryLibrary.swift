/// Look-ups in the regulator's registry, by licence, approval number or credit code.
enum RegistryLibrary {
    static let optStr = ValueType.optional(.string)

    static let all: [Builtin] = [
        Builtin("waste_license", "waste_license(number: string?) -> WasteLicense?", "按编号查危险废物经营许可证", "the hazardous-waste operating licence with this number",
                params: [optStr], returns: .optional(.object("WasteLicense")), impl: .one { n, c in
                    find(n, .wasteLicenses, c) { $0.wasteLicenses.map(\.license) }.map { .object(ObjectRef(.wasteLicense, $0)) } ?? .null
                }),
        Builtin("transport_license", "transport_license(number: string?) -> TransportLicense?", "按编号查道路危险货物运输许可证", "the transport licence with this number",
                params: [optStr], returns: .optional(.object("TransportLicense")), impl: .one { n, c in
                    find(n, .transportLicenses, c) { $0.transportLicenses.map(\.license) }.map { .object(ObjectRef(.transportLicense, $0)) } ?? .null
                }),
        Builtin("approval", "approval(number: string?) -> Approval?", "按文号查跨省转移审批", "the cross-province transfer approval with this number",
                params: [optStr], returns: .optional(.object("Approval")), impl: .one { n, c in
                    find(n, .transferApprovals, c) { $0.transferApprovals.map(\.number) }.map { .object(ObjectRef(.approval, $0)) } ?? .null
                }),
        Builtin("ule_entry", "ule_entry(uscc: string?) -> ULEEntry?", "按信用代码查超低排放公示名单", "the enterprise's entry on the public ultra-low-emission list",
                params: [optStr], returns: .optional(.object("ULEEntry")), impl: .one { n, c in
                    find(n, .ultraLowEmissionList, c) { $0.ultraLowEmissionList.map(\.uscc) }.map { .object(ObjectRef(.uleEntry, $0)) } ?? .null
                }),
    ]

    /// The index of the first entry of `list` whose key has exactly `key`'s
    /// bytes (never canonical equivalence). No key (`null`) finds nothing
    /// whatever the registry holds; a key looked up in a list that was not
    /// loaded finds nothing too, and marks the subject insufficient data
    /// (``EvalContext/consult(_:)``).
    static func find(_ key: Value, _ list: RegistryLists, _ c: EvalContext, _ keys: (Registry) -> [String]) -> Int? {
        guard let key = key.string, c.consult(list) else { return nil }
        return index(of: key, in: keys(c.registry))
    }

    /// The first of `keys` with exactly `key`'s bytes.
    static func index(of key: String, in keys: [String]) -> Int? { keys.firstIndex(sameBytesAs: key) }
}
