/// The filing-v1 and registry-v1 schema as the rule language sees it
/// (`shared/spec/filing-v1.md`), bound to the typed model.
///
/// Besides the spec's fields, a few derived ones make rules readable:
/// `limit.outlet` and `bypass.facility` (the enclosing node), `limit.quantity`
/// (value with unit), `series.hours` (its elements), and per-hour `value`,
/// `o2`, `flow`, `flag`, `time`, `date`. For the catalog-v2 members whose
/// absent key and `null` differ, `transfer.hasConfirmedAt`,
/// `hasDiscrepancyReportedAt` and `vocsStream.hasTreatedBy` say whether the key
/// is present (the value alone reads `null` for both); the optional v2 lists
/// read `null` when absent and `[]` when reported empty.
extension Schema {
    /// The schema of filing-v1 plus registry-v1 and the domain library's records.
    static let filing = Schema(types: FilingSchema.types(), roots: FilingSchema.roots())
}

enum FilingSchema {
    typealias F = SchemaBuild
    static let str = ValueType.string, optStr = ValueType.optional(.string)
    static let num = ValueType.plain, optNum = ValueType.optional(.plain)

    static func roots() -> [(name: String, root: Schema.Root)] {
        func r(_ name: String, _ type: ValueType, _ doc: String, _ read: @escaping @Sendable (EvalContext) -> Value) -> (name: String, root: Schema.Root) {
            (name, Schema.Root(type: type, doc: doc, read: read))
        }
        return [
            r("filing", .object("Filing"), "the filing being checked", { _ in .object(ObjectRef(.filing)) }),
            r("registry", .object("Registry"), "the regulator's reference data", { _ in .object(ObjectRef(.registry)) }),
        ] + types()["Filing", default: Schema.ObjectType(name: "", doc: "", fields: [])].fields.map { entry in
            let field = entry.field
            return r(entry.name, field.type, field.doc, { ctx in
                guard case .model(let read) = field.access else { return .null }
                return read(ObjectRef(.filing), ctx)
            })
        }
    }

    static func types() -> [String: Schema.ObjectType] {
        var all: [Schema.ObjectType] = [filing(), enterprise(), period(), permit(), outlet(), limit(), cap(), series(), hour()]
        all += [facility(), bypass(), opening(), ule(), uleSource(), hazardousWaste(), wasteLot(), transfer(), party()]
        all += [report(), reportDeadline(), planItem(), frequency(), manualSample(), stoppage(), vocsStream()]
        all += RegistrySchema.types() + DomainRecords.types()
        return Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
    }

    static func filing() -> Schema.ObjectType {
        Schema.ObjectType(name: "Filing", doc: "one enterprise's filing for one period", fields: [
            F.field("id", str, "filing id", { _, c in .string(c.filing.id) }),
            F.field("kind", str, "annual-report, semiannual-report, quarterly-report, monthly-report, other", values: FilingKind.self, { _, c in .string(c.filing.kind.rawValue) }),
            F.field("period", .object("Period"), "reporting period", { _, _ in .object(ObjectRef(.period)) }),
            F.field("submittedAt", .optional(.time), "time of submission", { _, c in .of(c.filing.submittedAt) }),
            F.field("enterprise", .object("Enterprise"), "who files", { _, _ in .object(ObjectRef(.enterprise)) }),
            F.field("permit", .object("Permit"), "the discharge permit", { _, _ in .object(ObjectRef(.permit)) }),
            F.field("monitoring", .list(.object("Series")), "monitoring series", { _, c in .objects(.series, count: c.filing.monitoring.count) }),
            F.field("facilities", .list(.object("Facility")), "treatment facilities", { _, c in .objects(.facility, count: c.filing.facilities.count) }),
            F.field("ultraLowEmission", .optional(.object("ULE")), "ultra-low-emission claim", { _, c in c.filing.ultraLowEmission == nil ? .null : .object(ObjectRef(.ule)) }),
            F.field("hazardousWaste", .optional(.object("HazardousWaste")), "hazardous-waste account", { _, c in c.filing.hazardousWaste == nil ? .null : .object(ObjectRef(.hazardousWaste)) }),
            F.field("report", .optional(.object("Report")), "what the execution report contains (null: not reported)", { _, c in c.filing.report == nil ? .null : .object(ObjectRef(.report)) }),
            F.field("manualSamples", .optional(.list(.object("ManualSample"))), "manual monitoring results (null: not reported, []: none)", { _, c in .objects(.manualSample, reported: c.filing.manualSamples?.count) }),
            F.field("stoppages", .optional(.list(.object("Stoppage"))), "declared stoppages (null: not reported, []: none)", { _, c in .objects(.stoppage, reported: c.filing.stoppages?.count) }),
            F.field("vocsStreams", .optional(.list(.object("VOCsStream"))), "collected VOCs waste-gas streams (null: not reported, []: none)", { _, c in .objects(.vocsStream, reported: c.filing.vocsStreams?.count) }),
        ])
    }

    static func enterprise() -> Schema.ObjectType {
        Schema.ObjectType(name: "Enterprise", doc: "the filing enterprise", fields: [
            F.field("uscc", str, "unified social credit code", { _, c in .string(c.filing.enterprise.uscc) }),
            F.field("name", str, "name", { _, c in .string(c.filing.enterprise.name) }),
            F.field("industry", optStr, "GB/T 4754-2017 class code", { _, c in .of(c.filing.enterprise.industry) }),
            F.field("region", optStr, "6-digit region code", { _, c in .of(c.filing.enterprise.region) }),
            F.field("keyArea", .optional(.bool), "in a key air-pollution control area", { _, c in .of(c.filing.enterprise.keyArea) }),
        ])
    }

    static func period() -> Schema.ObjectType {
        Schema.ObjectType(name: "Period", doc: "reporting period, inclusive", fields: [
            F.field("from", .date, "first day", { _, c in .of(c.filing.period.from) }),
            F.field("to", .date, "last day", { _, c in .of(c.filing.period.to) }),
        ])
    }

    static func permit() -> Schema.ObjectType {
        Schema.ObjectType(name: "Permit", doc: "the discharge permit", fields: [
            F.field("number", str, "permit number", { _, c in .string(c.filing.permit.number) }),
            F.field("class", str, "key, simplified, registration", values: PermitClass.self, { _, c in .string(c.filing.permit.permitClass.rawValue) }),
            F.field("validFrom", .date, "first valid day", { _, c in .of(c.filing.permit.validFrom) }),
            F.field("validTo", .date, "last valid day", { _, c in .of(c.filing.permit.validTo) }),
            F.field("outlets", .list(.object("Outlet")), "permitted outlets", { _, c in .objects(.outlet, count: c.filing.permit.outlets.count) }),
            F.field("annualCaps", .list(.object("Cap")), "annual mass caps", { _, c in .objects(.cap, count: c.filing.permit.annualCaps.count) }),
            F.field("reportSchedule", .optional(.list(.object("ReportDeadline"))), "execution-report timing, one entry per kind (null: not reported)", { _, c in .objects(.reportDeadline, reported: c.filing.permit.reportSchedule?.count) }),
        ])
    }

    static func outlet() -> Schema.ObjectType {
        @Sendable func o(_ r: ObjectRef, _ c: EvalContext) -> Outlet { c.filing.permit.outlets[Int(r.a)] }
        return Schema.ObjectType(name: "Outlet", doc: "a permitted discharge outlet", fields: [
            F.field("id", str, "outlet id (DA001, DW001)", { r, c in .string(o(r, c).id) }),
            F.field("name", optStr, "name", { r, c in .of(o(r, c).name) }),
            F.field("medium", str, "air or water", values: Medium.self, { r, c in .string(o(r, c).medium.rawValue) }),
            F.field("category", optStr, "main, general, other", values: OutletCategory.self, { r, c in .of(o(r, c).category?.rawValue) }),
            F.field("process", optStr, "process (sintering-head, coal-boiler, …)", { r, c in .of(o(r, c).process) }),
            F.field("referenceO2", optNum, "reference O2 in percent", { r, c in .of(o(r, c).referenceO2) }),
            F.field("limits", .list(.object("Limit")), "concentration limits", { r, c in .objects(.limit, count: o(r, c).limits.count, Int(r.a)) }),
            F.field("monitoringPlan", .optional(.list(.object("PlanItem"))), "self-monitoring plan, one item per pollutant (null: not reported)", { r, c in .objects(.planItem, reported: o(r, c).monitoringPlan?.count, Int(r.a)) }),
        ])
    }

    static func limit() -> Schema.ObjectType {
        @Sendable func l(_ r: ObjectRef, _ c: EvalContext) -> EmissionLimit { c.filing.permit.outlets[Int(r.a)].limits[Int(r.b)] }
        return Schema.ObjectType(name: "Limit", doc: "a concentration limit", fields: [
            F.field("pollutant", str, "canonical pollutant name", { r, c in .string(l(r, c).pollutant) }),
            F.field("value", num, "the limit's number, in `unit`", { r, c in .number(l(r, c).value) }),
            F.field("unit", str, "unit of `value`", { r, c in .string(l(r, c).unit.symbol) }),
            F.derived("quantity", .number(nil), "the limit with its unit", { r, c in let x = l(r, c); return .quantity(x.value, x.unit) }),
            F.field("averaging", str, "hour, day, month, instant", values: Averaging.self, { r, c in .string(l(r, c).averaging.rawValue) }),
            F.derived("outlet", .object("Outlet"), "the outlet the limit belongs to", { r, _ in .object(ObjectRef(.outlet, Int(r.a))) }),
        ])
    }

    static func cap() -> Schema.ObjectType {
        @Sendable func k(_ r: ObjectRef, _ c: EvalContext) -> AnnualCap { c.filing.permit.annualCaps[Int(r.a)] }
        return Schema.ObjectType(name: "Cap", doc: "an annual mass cap", fields: [
            F.field("pollutant", str, "canonical pollutant name", { r, c in .string(k(r, c).pollutant) }),
            F.field("value", num, "the cap's number, in `unit`", { r, c in .number(k(r, c).value) }),
            F.field("unit", str, "unit of `value`", { r, c in .string(k(r, c).unit.symbol) }),
            F.derived("quantity", .number(.mass), "the cap as a mass", { r, c in let x = k(r, c); return .quantity(x.value, x.unit) }),
        ])
    }

    static func series() -> Schema.ObjectType {
        @Sendable func s(_ r: ObjectRef, _ c: EvalContext) -> MonitoringSeries { c.filing.monitoring[Int(r.a)] }
        return Schema.ObjectType(name: "Series", doc: "one outlet's and pollutant's monitoring data", fields: [
            F.field("outlet", str, "outlet id", { r, c in .string(s(r, c).outlet) }),
            F.field("pollutant", str, "canonical pollutant name", { r, c in .string(s(r, c).pollutant) }),
            F.field("unit", str, "unit of the values", { r, c in .string(s(r, c).unit.symbol) }),
            F.field("start", .time, "time of the first element", { r, c in .time(s(r, c).start) }),
            F.field("interval", str, "PT1H or P1D", values: SeriesInterval.self, { r, c in .string(s(r, c).interval.rawValue) }),
            F.derived("hasO2", .bool, "the series carries an o2 array", { r, c in .bool(s(r, c).o2 != nil) }),
            F.derived("hasFlow", .bool, "the series carries a flow array", { r, c in .bool(s(r, c).flow != nil) }),
            F.derived("length", num, "number of elements", { r, c in .number(Double(s(r, c).count)) }),
            F.derived("hours", .list(.object("Hour")), "every element, in order", { r, c in
                let k = Int(r.a)
                return .hours((0..<s(r, c).count).map { HourPacking.pack(k, $0) })
            }),
            F.derived("permitOutlet", .optional(.object("Outlet")), "the permit's outlet with this id", { r, c in
                c.outlet(id: s(r, c).outlet).map { .object(ObjectRef(.outlet, $0)) } ?? .null
            }),
        ])
    }

    static func hour() -> Schema.ObjectType {
        @Sendable func s(_ r: ObjectRef, _ c: EvalContext) -> MonitoringSeries { c.filing.monitoring[Int(r.a)] }
        return Schema.ObjectType(name: "Hour", doc: "one element of a series (an hour, or a day for P1D)", fields: [
            F.derived("value", .optional(.number(nil)), "measured value in the series' unit", { r, c in
                let x = s(r, c); let v = x.values[Int(r.b)]; return v.isNaN ? .null : .quantity(v, x.unit)
            }),
            F.derived("o2", optNum, "measured O2 in percent", { r, c in
                guard let o2 = s(r, c).o2 else { return .null }; let v = o2[Int(r.b)]; return v.isNaN ? .null : .number(v)
            }),
            F.derived("flow", .optional(.number(.volumeFlow)), "flow in m3/h", { r, c in
                guard let flow = s(r, c).flow else { return .null }; let v = flow[Int(r.b)]; return v.isNaN ? .null : .quantity(v, .m3PerHour)
            }),
            F.derived("flag", str, "HJ 212 data flag", { r, c in .string(String(UnicodeScalar(s(r, c).flags[Int(r.b)]))) }),
            F.derived("time", .time, "start of the element", { r, c in let x = s(r, c); return .time(x.start.adding(seconds: Double(r.b) * x.interval.seconds)) }),
            F.derived("date", .date, "local calendar date of the element", { r, c in let x = s(r, c); return .of(x.start.adding(seconds: Double(r.b) * x.interval.seconds).localDate) }),
            F.derived("series", .object("Series"), "the series", { r, _ in .object(ObjectRef(.series, Int(r.a))) }),
        ])
    }
}
