/// A pack parameter a finding rests on: the value in force on the finding's
/// act dates, with the pack's source and status (rules-catalog: C confirmed in
/// the primary text, S from a faithful secondary copy, U unconfirmed).
///
/// The engine records which parameters the finding's condition, evidence and
/// message actually read (``Trace``): a threshold on a branch not taken is
/// not named, and a table names the row used (`uleLimits` row `sintering-head`).
/// Parameters never enter the fingerprint: correcting a value keeps the
/// finding's identity.
public struct ParamUse: Sendable, Equatable {
    public var name: String
    /// The table row's key, for a row of a table parameter.
    public var key: String?
    /// The value as JSON (quantities as numbers in their unit, as evidence is).
    public var value: JSONValue
    /// The unit of a quantity, when it has one.
    public var unit: String?
    /// The value as written in the pack (`0.95`, `3 kg/h`, `{ PM: 10 mg/m3, … }`).
    public var text: String
    public var status: ParamStatus?
    public var source: String?
    /// The dates the value is in force, for an effective-dated value (`nil`: open).
    public var from: LocalDate?
    public var until: LocalDate?
    /// The pack that set the value (a local pack overriding the national one).
    public var setBy: String

    /// Whether the pack marks the value unconfirmed (`U`).
    public var isUnconfirmed: Bool { status == .unconfirmed }

    /// `ulePassShare = 0.95`, `uleLimits[sintering-head] = { PM: 10 mg/m3, … }`.
    public var display: String { "\(name)\(key.map { "[\($0)]" } ?? "") = \(text)" }

    /// `ulePassShare = 0.95 (U)`.
    public var displayWithStatus: String { display + " (\(status?.letter ?? "?"))" }

    /// `{name, key?, value, unit?, text, status, source?, from?, until?, setBy}` (findings-v1 `$defs/param`).
    public var json: JSONValue {
        var o = JSONObject()
        o["name"] = .string(name)
        if let key { o["key"] = .string(key) }
        o["value"] = value
        if let unit { o["unit"] = .string(unit) }
        o["text"] = .string(text)
        o["status"] = status.map { .string($0.letter) } ?? .null
        if let source { o["source"] = .string(source) }
        if let from { o["from"] = .string(from.description) }
        if let until { o["until"] = .string(until.description) }
        o["setBy"] = .string(setBy)
        return .object(o)
    }
}

extension Finding {
    /// The parameters the finding rests on that the pack marks unconfirmed.
    public var unconfirmedParams: [ParamUse] { params.filter(\.isUnconfirmed) }
}
