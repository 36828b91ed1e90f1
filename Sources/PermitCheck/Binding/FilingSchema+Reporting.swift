/// The catalog-v2 reporting data: the report's sections, the permit's report
/// schedule and monitoring plans, manual samples and stoppages.
///
/// The optional v2 lists read as `null` when absent (not reported: rules get
/// insufficient data) and as `[]` when reported empty, so a rule ranges over
/// them with `(… ?? [])` only where "none" and "not said" may be treated alike.
extension FilingSchema {
    static func report() -> Schema.ObjectType {
        Schema.ObjectType(name: "Report", doc: "what the execution report contains", fields: [
            F.field("sections", .optional(.list(str)), "section codes the report contains (null: not reported)", values: ReportSection.self, { _, c in
                .of(c.filing.report?.sections)
            }),
        ])
    }

    static func reportDeadline() -> Schema.ObjectType {
        @Sendable func d(_ r: ObjectRef, _ c: EvalContext) -> ReportDeadline { (c.filing.permit.reportSchedule ?? [])[Int(r.a)] }
        return Schema.ObjectType(name: "ReportDeadline", doc: "when an execution report of one kind is due", fields: [
            F.field("kind", str, "annual-report, semiannual-report, quarterly-report, monthly-report, other", values: FilingKind.self, { r, c in .string(d(r, c).kind.rawValue) }),
            F.field("dueDaysAfterPeriodEnd", num, "the last day on time, in days after period.to", { r, c in .number(Double(d(r, c).dueDaysAfterPeriodEnd)) }),
        ])
    }

    static func planItem() -> Schema.ObjectType {
        @Sendable func i(_ r: ObjectRef, _ c: EvalContext) -> MonitoringPlanItem { (c.filing.permit.outlets[Int(r.a)].monitoringPlan ?? [])[Int(r.b)] }
        return Schema.ObjectType(name: "PlanItem", doc: "one pollutant of an outlet's self-monitoring plan", fields: [
            F.field("pollutant", str, "canonical pollutant name", { r, c in .string(i(r, c).pollutant) }),
            F.field("method", str, "automatic, manual", values: MonitoringMethod.self, { r, c in .string(i(r, c).method.rawValue) }),
            F.field("frequency", .optional(.object("Frequency")), "how often manual monitoring is due (always given for manual items)", { r, c in
                i(r, c).frequency == nil ? .null : .object(ObjectRef(.frequency, Int(r.a), Int(r.b)))
            }),
            F.derived("outlet", .object("Outlet"), "the outlet the plan belongs to", { r, _ in .object(ObjectRef(.outlet, Int(r.a))) }),
        ])
    }

    static func frequency() -> Schema.ObjectType {
        @Sendable func f(_ r: ObjectRef, _ c: EvalContext) -> MonitoringFrequency? {
            (c.filing.permit.outlets[Int(r.a)].monitoringPlan ?? [])[Int(r.b)].frequency
        }
        return Schema.ObjectType(name: "Frequency", doc: "a monitoring frequency: times per period", fields: [
            F.field("times", num, "how many times (a positive whole number)", { r, c in .of(f(r, c).map { Double($0.times) }) }),
            F.field("per", str, "day, week, month, quarter, half-year, year", values: FrequencyPeriod.self, { r, c in .of(f(r, c)?.per.rawValue) }),
        ])
    }

    static func manualSample() -> Schema.ObjectType {
        @Sendable func m(_ r: ObjectRef, _ c: EvalContext) -> ManualSample { (c.filing.manualSamples ?? [])[Int(r.a)] }
        return Schema.ObjectType(name: "ManualSample", doc: "a manual monitoring result", fields: [
            F.field("outlet", str, "outlet id", { r, c in .string(m(r, c).outlet) }),
            F.field("pollutant", str, "canonical pollutant name", { r, c in .string(m(r, c).pollutant) }),
            F.field("sampledAt", .time, "when the sample was taken", { r, c in .time(m(r, c).sampledAt) }),
            F.field("value", .optional(.number(nil)), "the result in its unit (null: below the detection limit or not reported)", { r, c in
                let x = m(r, c); return .of(x.value, x.unit)
            }),
            F.field("unit", str, "unit of the value", { r, c in .string(m(r, c).unit.symbol) }),
            F.derived("permitOutlet", .optional(.object("Outlet")), "the permit's outlet with this id", { r, c in
                c.outlet(id: m(r, c).outlet).map { .object(ObjectRef(.outlet, $0)) } ?? .null
            }),
        ])
    }

    static func stoppage() -> Schema.ObjectType {
        @Sendable func s(_ r: ObjectRef, _ c: EvalContext) -> Stoppage { (c.filing.stoppages ?? [])[Int(r.a)] }
        return Schema.ObjectType(name: "Stoppage", doc: "a stoppage declared in the report", fields: [
            F.field("from", .time, "start", { r, c in .time(s(r, c).from) }),
            F.field("to", .optional(.time), "end (null: still stopped at the end of the period)", { r, c in .of(s(r, c).to) }),
            F.field("declaredAt", .optional(.time), "when it was declared", { r, c in .of(s(r, c).declaredAt) }),
            F.field("reason", optStr, "free text", { r, c in .of(s(r, c).reason) }),
            F.field("outlets", .optional(.list(str)), "outlet ids stopped (null: the whole enterprise)", { r, c in .of(s(r, c).outlets) }),
        ])
    }
}
