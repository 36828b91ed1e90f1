/// registry-v1 as the rule language sees it. A list the document did not
/// have reads as empty and marks the subject insufficient data (the rule
/// cannot tell it from an empty list); `keyDischargers`, typed optional, reads
/// as `null` and leaves the decision to the rule (rules-catalog, W-FLUE-BYPASS).
enum RegistrySchema {
    typealias F = SchemaBuild
    static let str = ValueType.string, optStr = ValueType.optional(.string), optDate = ValueType.optional(.date)

    static func types() -> [Schema.ObjectType] {
        [registry(), wasteLicense(), transportLicense(), uleEntry(), approval(), keyDischarger()]
    }

    static func registry() -> Schema.ObjectType {
        Schema.ObjectType(name: "Registry", doc: "the regulator's reference data", fields: [
            F.field("asOf", optDate, "date of the data", { _, c in .of(c.registry.asOf) }),
            F.field("wasteLicenses", .list(.object("WasteLicense")), "hazardous-waste operating licences", { _, c in .objects(.wasteLicense, count: c.consult(.wasteLicenses) ? c.registry.wasteLicenses.count : 0) }),
            F.field("transportLicenses", .list(.object("TransportLicense")), "transport licences", { _, c in .objects(.transportLicense, count: c.consult(.transportLicenses) ? c.registry.transportLicenses.count : 0) }),
            F.field("ultraLowEmissionList", .list(.object("ULEEntry")), "public ULE list", { _, c in .objects(.uleEntry, count: c.consult(.ultraLowEmissionList) ? c.registry.ultraLowEmissionList.count : 0) }),
            F.field("transferApprovals", .list(.object("Approval")), "cross-province transfer approvals", { _, c in .objects(.approval, count: c.consult(.transferApprovals) ? c.registry.transferApprovals.count : 0) }),
            F.field("keyDischargers", .optional(.list(.object("KeyDischarger"))), "the city's list of key units (null: the list was not loaded, []: loaded and empty)", { _, c in
                if c.registry.keyDischargers == nil { c.trace.noted.insert(.keyDischargers) }
                return .objects(.keyDischarger, reported: c.registry.keyDischargers?.count)
            }),
        ])
    }

    static func wasteLicense() -> Schema.ObjectType {
        @Sendable func w(_ r: ObjectRef, _ c: EvalContext) -> WasteLicense { c.registry.wasteLicenses[Int(r.a)] }
        return Schema.ObjectType(name: "WasteLicense", doc: "a hazardous-waste operating licence", fields: [
            F.field("license", str, "licence number", { r, c in .string(w(r, c).license) }),
            F.field("holder", str, "holder's credit code", { r, c in .string(w(r, c).holder) }),
            F.field("name", optStr, "holder's name", { r, c in .of(w(r, c).name) }),
            F.field("codes", .list(str), "codes and categories covered", { r, c in .of(w(r, c).codes) }),
            F.field("validFrom", optDate, "first valid day", { r, c in .of(w(r, c).validFrom) }),
            F.field("validTo", optDate, "last valid day", { r, c in .of(w(r, c).validTo) }),
            F.field("capacity", .optional(.number(.massRate)), "licensed capacity", { r, c in .of(w(r, c).capacity) }),
        ])
    }

    static func transportLicense() -> Schema.ObjectType {
        @Sendable func t(_ r: ObjectRef, _ c: EvalContext) -> TransportLicense { c.registry.transportLicenses[Int(r.a)] }
        return Schema.ObjectType(name: "TransportLicense", doc: "a road transport licence", fields: [
            F.field("license", str, "licence number", { r, c in .string(t(r, c).license) }),
            F.field("holder", optStr, "holder's credit code", { r, c in .of(t(r, c).holder) }),
            F.field("hazardous", .bool, "covers dangerous goods", { r, c in .bool(t(r, c).hazardous) }),
            F.field("validTo", optDate, "last valid day", { r, c in .of(t(r, c).validTo) }),
        ])
    }

    static func uleEntry() -> Schema.ObjectType {
        @Sendable func u(_ r: ObjectRef, _ c: EvalContext) -> ULEListEntry { c.registry.ultraLowEmissionList[Int(r.a)] }
        return Schema.ObjectType(name: "ULEEntry", doc: "an entry of the public ULE list", fields: [
            F.field("uscc", str, "enterprise credit code", { r, c in .string(u(r, c).uscc) }),
            F.field("sources", .list(str), "listed outlet ids", { r, c in .of(u(r, c).sources) }),
            F.field("publishedOn", optDate, "publication date", { r, c in .of(u(r, c).publishedOn) }),
        ])
    }

    static func approval() -> Schema.ObjectType {
        @Sendable func a(_ r: ObjectRef, _ c: EvalContext) -> TransferApproval { c.registry.transferApprovals[Int(r.a)] }
        return Schema.ObjectType(name: "Approval", doc: "a cross-province transfer approval", fields: [
            F.field("number", str, "approval number", { r, c in .string(a(r, c).number) }),
            F.field("codes", .list(str), "codes and categories covered", { r, c in .of(a(r, c).codes) }),
            F.field("from", str, "origin region code", { r, c in .string(a(r, c).from) }),
            F.field("to", str, "destination region code", { r, c in .string(a(r, c).to) }),
            F.field("quantity", .optional(.number(.mass)), "approved mass", { r, c in .of(a(r, c).quantity) }),
            F.field("validFrom", optDate, "first valid day", { r, c in .of(a(r, c).validFrom) }),
            F.field("validTo", optDate, "last valid day", { r, c in .of(a(r, c).validTo) }),
            F.field("consignor", optStr, "credit code of the consignor (移出人) named", { r, c in .of(a(r, c).consignor) }),
            F.field("receiver", optStr, "credit code of the receiver (接受人) named", { r, c in .of(a(r, c).receiver) }),
        ])
    }

    static func keyDischarger() -> Schema.ObjectType {
        @Sendable func k(_ r: ObjectRef, _ c: EvalContext) -> KeyDischarger { (c.registry.keyDischargers ?? [])[Int(r.a)] }
        return Schema.ObjectType(name: "KeyDischarger", doc: "an entry of the list of key units (重点排污单位名录)", fields: [
            F.field("uscc", str, "enterprise credit code", { r, c in .string(k(r, c).uscc) }),
            F.field("media", .list(str), "air, water, soil, noise, other", values: KeyDischargerMedium.self, { r, c in .of(k(r, c).media) }),
            F.field("year", .optional(.plain), "the list's year", { r, c in .of(k(r, c).year.map(Double.init)) }),
        ])
    }
}
