/// Look-ups in the regulator's registry, by licence, approval number or credit code.
enum RegistryLibrary {
    static let optStr = ValueType.optional(.string)

    static let all: [Builtin] = [
        Builtin("waste_license", "waste_license(number: string?) -> WasteLicense?", "按编号查危险废物经营许可证", "the hazardous-waste operating licence with this number",
                params: [optStr], returns: .optional(.object("WasteLicense")), impl: .one { n, c in
                    find(n, c.registry.wasteLicenses.map(\.license), .wasteLicense)
                }),
        Builtin("transport_license", "transport_license(number: string?) -> TransportLicense?", "按编号查道路危险货物运输许可证", "the transport licence with this number",
                params: [optStr], returns: .optional(.object("TransportLicense")), impl: .one { n, c in
                    find(n, c.registry.transportLicenses.map(\.license), .transportLicense)
                }),
        Builtin("approval", "approval(number: string?) -> Approval?", "按文号查跨省转移审批", "the cross-province transfer approval with this number",
                params: [optStr], returns: .optional(.object("Approval")), impl: .one { n, c in
                    find(n, c.registry.transferApprovals.map(\.number), .approval)
                }),
        Builtin("ule_entry", "ule_entry(uscc: string?) -> ULEEntry?", "按信用代码查超低排放公示名单", "the enterprise's entry on the public ultra-low-emission list",
                params: [optStr], returns: .optional(.object("ULEEntry")), impl: .one { n, c in
                    find(n, c.registry.ultraLowEmissionList.map(\.uscc), .uleEntry)
                }),
    ]

    /// The first entry whose key has exactly `key`'s bytes (never canonical equivalence).
    static func find(_ key: Value, _ keys: [String], _ kind: ObjectRef.Kind) -> Value {
        guard let key = key.string, let index = keys.firstIndex(sameBytesAs: key) else { return .null }
        return .object(ObjectRef(kind, index))
    }
}
