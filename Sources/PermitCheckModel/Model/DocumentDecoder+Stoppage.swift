/// `stoppages[i]` (catalog v2): stoppages declared in the report.
extension DocumentDecoder {
    package mutating func stoppage(_ p: String) throws(JSONError) -> Slot<Stoppage> {
        var from = Slot<Timestamp>.absent, to = Slot<Timestamp>.absent, declaredAt = Slot<Timestamp>.absent
        var reason = Slot<String>.absent, outlets = Slot<[String]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "from": from = try d.timestamp(p + "/from")
            case "to": to = try d.timestamp(p + "/to")
            case "declaredAt": declaredAt = try d.timestamp(p + "/declaredAt")
            case "reason": reason = try d.string(p + "/reason")
            // Absent or `null`: the whole enterprise stopped.
            case "outlets": outlets = try d.strings(p + "/outlets")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let f = require(from, "from", in: p, object: at), to.isUsable, declaredAt.isUsable, reason.isUsable,
              outlets.isUsable
        else { return .invalid }
        return .value(Stoppage(from: f, to: to.value, declaredAt: declaredAt.value, reason: reason.value,
                               outlets: outlets.value))
    }
}
