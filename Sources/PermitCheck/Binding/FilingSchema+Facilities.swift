/// Treatment facilities, bypasses, VOCs streams and the ultra-low-emission claim.
extension FilingSchema {
    static func facility() -> Schema.ObjectType {
        @Sendable func f(_ r: ObjectRef, _ c: EvalContext) -> Facility { c.filing.facilities[Int(r.a)] }
        return Schema.ObjectType(name: "Facility", doc: "a treatment facility", fields: [
            F.field("id", str, "facility id (TA001)", { r, c in .string(f(r, c).id) }),
            F.field("kind", optStr, "RTO, RCO, …", { r, c in .of(f(r, c).kind) }),
            F.field("outlet", optStr, "outlet id it discharges to", { r, c in .of(f(r, c).outlet) }),
            F.field("targets", .list(str), "pollutants treated", { r, c in .of(f(r, c).targets) }),
            F.field("initialRate", .optional(.number(.massRate)), "uncontrolled NMHC rate", { r, c in .of(f(r, c).initialRate) }),
            F.field("collectionEfficiency", optNum, "fraction 0…1", { r, c in .of(f(r, c).collectionEfficiency) }),
            F.field("removalEfficiency", optNum, "fraction 0…1", { r, c in .of(f(r, c).removalEfficiency) }),
            F.field("productionHours", optNum, "hours the served production ran", { r, c in .of(f(r, c).productionHours) }),
            F.field("operatingHours", optNum, "hours the facility ran", { r, c in .of(f(r, c).operatingHours) }),
            F.field("bypasses", .list(.object("Bypass")), "exhaust bypasses", { r, c in .objects(.bypass, count: f(r, c).bypasses.count, Int(r.a)) }),
            F.field("supplementaryAir", .optional(.bool), "air added for the combustion, oxidation or burner (GB 37822 10.3.3)", { r, c in .of(f(r, c).supplementaryAir) }),
            F.field("inletO2", optNum, "device inlet O2 in percent (dry)", { r, c in .of(f(r, c).inletO2) }),
            F.field("outletO2", optNum, "device outlet O2 in percent (dry)", { r, c in .of(f(r, c).outletO2) }),
            F.field("lowVocsMaterials", .optional(.bool), "materials meet the low-VOCs content rules (GB 37822 10.3.2)", { r, c in .of(f(r, c).lowVocsMaterials) }),
        ])
    }

    static func vocsStream() -> Schema.ObjectType {
        @Sendable func v(_ r: ObjectRef, _ c: EvalContext) -> VOCsStream { (c.filing.vocsStreams ?? [])[Int(r.a)] }
        return Schema.ObjectType(name: "VOCsStream", doc: "a collected VOCs waste-gas stream, treated or not", fields: [
            F.field("id", str, "stream id", { r, c in .string(v(r, c).id) }),
            F.field("outlet", optStr, "outlet id it discharges to", { r, c in .of(v(r, c).outlet) }),
            F.field("initialRate", .optional(.number(.massRate)), "uncontrolled NMHC rate", { r, c in .of(v(r, c).initialRate) }),
            F.field("treatedBy", optStr, "facility id treating it (null when untreated or not reported: see hasTreatedBy)", { r, c in .of(v(r, c).treatedBy.value) }),
            F.derived("hasTreatedBy", .bool, "the treatedBy key is present, also as null (false: not reported)", { r, c in .bool(v(r, c).treatedBy.isReported) }),
            F.field("lowVocsMaterials", .optional(.bool), "materials meet the low-VOCs content rules (GB 37822 10.3.2)", { r, c in .of(v(r, c).lowVocsMaterials) }),
            F.derived("facility", .optional(.object("Facility")), "the facility with the treatedBy id", { r, c in
                guard let id = v(r, c).treatedBy.value, let k = c.filing.facilities.firstIndex(where: { $0.id == id }) else { return .null }
                return .object(ObjectRef(.facility, k))
            }),
            F.derived("permitOutlet", .optional(.object("Outlet")), "the permit's outlet with this id", { r, c in
                v(r, c).outlet.flatMap { c.outlet(id: $0) }.map { .object(ObjectRef(.outlet, $0)) } ?? .null
            }),
        ])
    }

    static func bypass() -> Schema.ObjectType {
        @Sendable func b(_ r: ObjectRef, _ c: EvalContext) -> Bypass { c.filing.facilities[Int(r.a)].bypasses[Int(r.b)] }
        return Schema.ObjectType(name: "Bypass", doc: "an exhaust bypass", fields: [
            F.field("id", str, "bypass id", { r, c in .string(b(r, c).id) }),
            F.field("status", str, "removed, sealed, monitored, open", values: BypassStatus.self, { r, c in .string(b(r, c).status.rawValue) }),
            F.field("seal", optStr, "seal type (absent when missing, null or empty)", { r, c in .of(b(r, c).seal) }),
            F.field("filed", .optional(.bool), "on the list filed with the bureau", { r, c in .of(b(r, c).filed) }),
            F.field("monitoring", .list(str), "monitoring on the bypass", { r, c in .of(b(r, c).monitoring) }),
            F.field("onlineLinked", .optional(.bool), "linked to online monitoring", { r, c in .of(b(r, c).onlineLinked) }),
            F.field("openings", .list(.object("Opening")), "periods it discharged", { r, c in .objects(.opening, count: b(r, c).openings.count, Int(r.a), Int(r.b)) }),
            F.derived("facility", .object("Facility"), "the facility it belongs to", { r, _ in .object(ObjectRef(.facility, Int(r.a))) }),
        ])
    }

    static func opening() -> Schema.ObjectType {
        @Sendable func o(_ r: ObjectRef, _ c: EvalContext) -> BypassOpening { c.filing.facilities[Int(r.a)].bypasses[Int(r.b)].openings[Int(r.c)] }
        return Schema.ObjectType(name: "Opening", doc: "a period a bypass discharged", fields: [
            F.field("from", .time, "start", { r, c in .time(o(r, c).from) }),
            F.field("to", .optional(.time), "end", { r, c in .of(o(r, c).to) }),
            F.field("reason", str, "emergency, safety, maintenance, production, other", values: OpeningReason.self, { r, c in .string(o(r, c).reason.rawValue) }),
            F.field("reportedAt", .optional(.time), "when it was reported", { r, c in .of(o(r, c).reportedAt) }),
            F.derived("bypass", .object("Bypass"), "the bypass", { r, _ in .object(ObjectRef(.bypass, Int(r.a), Int(r.b))) }),
        ])
    }

    static func ule() -> Schema.ObjectType {
        @Sendable func u(_ c: EvalContext) -> UltraLowEmission? { c.filing.ultraLowEmission }
        return Schema.ObjectType(name: "ULE", doc: "the ultra-low-emission claim", fields: [
            F.field("claim", str, "completed, in-progress, none", values: ULEClaim.self, { _, c in .of(u(c)?.claim.rawValue) }),
            F.field("retrofitCompletedOn", .optional(.date), "retrofit completion date", { _, c in .of(u(c)?.retrofitCompletedOn) }),
            F.field("evaluationReportOn", .optional(.date), "evaluation monitoring report date", { _, c in .of(u(c)?.evaluationReportOn) }),
            F.field("sources", .list(str), "claimed outlet ids", { _, c in .of(u(c)?.sources ?? []) }),
            F.derived("claimedSources", .list(.object("ULESource")), "the claimed sources as nodes (subjects /ultraLowEmission/sources/k)", { _, c in
                .objects(.uleSource, count: u(c)?.sources.count ?? 0)
            }),
        ])
    }

    static func uleSource() -> Schema.ObjectType {
        @Sendable func id(_ r: ObjectRef, _ c: EvalContext) -> String { c.filing.ultraLowEmission?.sources[Int(r.a)] ?? "" }
        return Schema.ObjectType(name: "ULESource", doc: "one claimed ultra-low-emission source", fields: [
            F.derived("id", str, "the claimed outlet id", { r, c in .string(id(r, c)) }),
            F.derived("outlet", .optional(.object("Outlet")), "the permit's outlet with this id", { r, c in
                c.outlet(id: id(r, c)).map { .object(ObjectRef(.outlet, $0)) } ?? .null
            }),
        ])
    }
}
