import PermitCheck

/// A filing-v1 document being assembled, written out with its members in
/// the order of the spec, so the example files read like the spec's example.
public struct FilingDocument: Sendable {
    public var id: String
    public var kind = "quarterly-report"
    public var period = ReportingPeriod.q3_2025
    public var submittedAt: String
    /// `report.sections` (catalog v2): the parts the execution report contains.
    public var reportSections: [String]?
    public var enterprise: JSONValue
    public var permit: JSONValue
    public var monitoring: [HourlySeries] = []
    /// Catalog-v2 lists; `nil` leaves the key out (not reported), `[]` reports none.
    public var manualSamples: [JSONValue]?
    public var stoppages: [JSONValue]?
    public var facilities: [JSONValue] = []
    public var vocsStreams: [JSONValue]?
    public var ultraLowEmission: JSONValue?
    public var hazardousWaste: JSONValue?

    public init(id: String, submittedAt: String, enterprise: JSONValue, permit: JSONValue) {
        self.id = id; self.submittedAt = submittedAt; self.enterprise = enterprise; self.permit = permit
    }

    /// The document; optional sections appear only when set.
    public var json: JSONValue {
        var object: JSONObject = [
            "schema": "permitcheck/filing-v1",
            "id": .string(id),
            "kind": .string(kind),
            "period": ["from": .string(period.from), "to": .string(period.to)],
            "submittedAt": .string(submittedAt),
        ]
        if let reportSections { object["report"] = ["sections": .array(reportSections.map(JSONValue.string))] }
        object["enterprise"] = enterprise
        object["permit"] = permit
        object["monitoring"] = .array(monitoring.map(\.json))
        if let manualSamples { object["manualSamples"] = .array(manualSamples) }
        if let stoppages { object["stoppages"] = .array(stoppages) }
        if !facilities.isEmpty { object["facilities"] = .array(facilities) }
        if let vocsStreams { object["vocsStreams"] = .array(vocsStreams) }
        if let ultraLowEmission { object["ultraLowEmission"] = ultraLowEmission }
        if let hazardousWaste { object["hazardousWaste"] = hazardousWaste }
        return .object(object)
    }
}

/// Small constructors for the parts of a filing, with the members in spec
/// order; optional members are left out when `nil` rather than written as
/// `null`, as a filer's software would.
public enum Part {
    public static func enterprise(_ party: Party, industry: String, region: String, keyArea: Bool) -> JSONValue {
        ["uscc": .string(party.uscc), "name": .string(party.name), "industry": .string(industry),
         "region": .string(region), "keyArea": .bool(keyArea)]
    }

    public static func permit(_ party: Party, class permitClass: String, validFrom: String, validTo: String,
                              reportSchedule: [JSONValue]? = nil, outlets: [JSONValue], annualCaps: [JSONValue] = []) -> JSONValue {
        var object: JSONObject = [
            "number": .string(party.permitNumber), "class": .string(permitClass),
            "validFrom": .string(validFrom), "validTo": .string(validTo),
        ]
        if let reportSchedule { object["reportSchedule"] = .array(reportSchedule) }
        object["outlets"] = .array(outlets)
        if !annualCaps.isEmpty { object["annualCaps"] = .array(annualCaps) }
        return .object(object)
    }

    public static func outlet(_ id: String, _ name: String, medium: String = "air", category: String,
                              process: String? = nil, referenceO2: Double? = nil, limits: [JSONValue],
                              monitoringPlan: [JSONValue]? = nil) -> JSONValue {
        var object: JSONObject = ["id": .string(id), "name": .string(name), "medium": .string(medium), "category": .string(category)]
        if let process { object["process"] = .string(process) }
        if let referenceO2 { object["referenceO2"] = .number(referenceO2) }
        object["limits"] = .array(limits)
        if let monitoringPlan { object["monitoringPlan"] = .array(monitoringPlan) }
        return .object(object)
    }

    /// The sections of a complete quarterly or monthly execution report (HJ 944-2018 as written into permits).
    public static let reportSections = [
        "basic-info", "legal-compliance", "facility-operation", "self-monitoring", "ledger",
        "actual-emissions", "compliance-analysis", "abnormal-conditions", "tax", "disclosure",
    ]

    /// `permit.reportSchedule[]`: the permit's own execution-report deadline for `kind`.
    public static func due(_ kind: String, days: Int) -> JSONValue {
        ["kind": .string(kind), "dueDaysAfterPeriodEnd": .number(Double(days))]
    }

    /// A monitoring-plan item measured by the CEMS.
    public static func automatic(_ pollutant: String) -> JSONValue {
        ["pollutant": .string(pollutant), "method": "automatic"]
    }

    /// A monitoring-plan item sampled by hand `times` per `per` (`month`, `quarter`, …).
    public static func manual(_ pollutant: String, times: Int, per: String) -> JSONValue {
        ["pollutant": .string(pollutant), "method": "manual", "frequency": ["times": .number(Double(times)), "per": .string(per)]]
    }

    /// A `manualSamples[]` result.
    public static func sample(_ outlet: String, _ pollutant: String, at time: String, _ value: Double?, unit: String = "mg/m3") -> JSONValue {
        ["outlet": .string(outlet), "pollutant": .string(pollutant), "sampledAt": .string(time),
         "value": value.map(JSONValue.number) ?? .null, "unit": .string(unit)]
    }

    /// A declared `stoppages[]` entry; `outlets` `nil` means the whole enterprise.
    public static func stoppage(from: String, to: String?, declaredAt: String, reason: String, outlets: [String]?) -> JSONValue {
        var object: JSONObject = ["from": .string(from), "to": to.map(JSONValue.string) ?? .null,
                                  "declaredAt": .string(declaredAt), "reason": .string(reason)]
        if let outlets { object["outlets"] = .array(outlets.map(JSONValue.string)) }
        return .object(object)
    }

    /// A `vocsStreams[]` entry; `treatedBy` `nil` writes `null` (collected, untreated).
    public static func stream(_ id: String, outlet: String, rate: Double, treatedBy: String?, lowVocs: Bool = false) -> JSONValue {
        ["id": .string(id), "outlet": .string(outlet), "initialRate": quantity(rate, "kg/h"),
         "treatedBy": treatedBy.map(JSONValue.string) ?? .null, "lowVocsMaterials": .bool(lowVocs)]
    }

    public static func limit(_ pollutant: String, _ value: Double, unit: String = "mg/m3", averaging: String = "hour") -> JSONValue {
        ["pollutant": .string(pollutant), "value": .number(value), "unit": .string(unit), "averaging": .string(averaging)]
    }

    public static func cap(_ pollutant: String, _ value: Double, unit: String = "t") -> JSONValue {
        ["pollutant": .string(pollutant), "value": .number(value), "unit": .string(unit)]
    }

    public static func quantity(_ value: Double, _ unit: String) -> JSONValue {
        ["value": .number(value), "unit": .string(unit)]
    }

    public static func opening(from: String, to: String?, reason: String, reportedAt: String?) -> JSONValue {
        var object: JSONObject = ["from": .string(from)]
        if let to { object["to"] = .string(to) }
        object["reason"] = .string(reason)
        if let reportedAt { object["reportedAt"] = .string(reportedAt) }
        return .object(object)
    }

    public static func bypass(_ id: String, status: String, seal: String?, filed: Bool, monitoring: [String],
                              onlineLinked: Bool, openings: [JSONValue] = []) -> JSONValue {
        var object: JSONObject = ["id": .string(id), "status": .string(status)]
        if let seal { object["seal"] = .string(seal) }
        object["filed"] = .bool(filed)
        object["monitoring"] = .array(monitoring.map(JSONValue.string))
        object["onlineLinked"] = .bool(onlineLinked)
        object["openings"] = .array(openings)
        return .object(object)
    }

    public static func lot(_ code: String, _ quantity: Double, _ unit: String = "t", since: String? = nil) -> JSONValue {
        var object: JSONObject = ["code": .string(code), "quantity": .number(quantity), "unit": .string(unit)]
        if let since { object["since"] = .string(since) }
        return .object(object)
    }

    public static func party(_ party: Party, license: String) -> JSONValue {
        ["uscc": .string(party.uscc), "license": .string(license)]
    }
}

/// One hazardous-waste shipment (`hazardousWaste.transfers[]`).
public struct Shipment: Sendable {
    public var manifest: String
    public var code: String
    public var quantity: Double
    public var received: Double?
    public var unit: String = "t"
    public var shippedAt: String
    public var receivedAt: String?
    public var receiver: JSONValue
    public var transporter: JSONValue
    public var origin: String
    public var destination: String
    public var approval: String?
    /// Catalog v2: `nil` leaves the key out (not reported); `.null` is "not yet confirmed".
    public var confirmedAt: JSONValue?
    /// Catalog v2: `nil` leaves the key out; `.null` is "mismatch not reported".
    public var discrepancyReportedAt: JSONValue?

    public var json: JSONValue {
        var object: JSONObject = ["manifest": .string(manifest), "code": .string(code), "quantity": .number(quantity)]
        if let received { object["receivedQuantity"] = .number(received) }
        object["unit"] = .string(unit)
        object["shippedAt"] = .string(shippedAt)
        if let receivedAt { object["receivedAt"] = .string(receivedAt) }
        if let confirmedAt { object["confirmedAt"] = confirmedAt }
        if let discrepancyReportedAt { object["discrepancyReportedAt"] = discrepancyReportedAt }
        object["receiver"] = receiver
        object["transporter"] = transporter
        object["origin"] = .string(origin)
        object["destination"] = .string(destination)
        object["approval"] = approval.map(JSONValue.string) ?? .null
        return .object(object)
    }
}
