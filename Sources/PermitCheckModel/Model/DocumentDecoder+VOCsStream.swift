/// `vocsStreams[i]` (catalog v2): collected VOCs waste-gas streams.
extension DocumentDecoder {
    package mutating func vocsStream(_ p: String) throws(JSONError) -> Slot<VOCsStream> {
        var id = Slot<String>.absent, outlet = Slot<String>.absent, initialRate = Slot<Quantity>.absent
        var treatedBy = Slot<Reported<String>>.absent, lowVocs = Slot<Bool>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "id": id = try d.string(p + "/id")
            case "outlet": outlet = try d.string(p + "/outlet")
            case "initialRate": initialRate = try d.quantity(p + "/initialRate", [.massRate])
            // `null`: untreated; an absent key: not reported.
            case "treatedBy": treatedBy = try d.reported { d throws(JSONError) in try d.string(p + "/treatedBy") }
            case "lowVocsMaterials": lowVocs = try d.bool(p + "/lowVocsMaterials")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let id = require(id, "id", in: p, object: at), outlet.isUsable, initialRate.isUsable, treatedBy.isUsable,
              lowVocs.isUsable
        else { return .invalid }
        return .value(VOCsStream(id: id, outlet: outlet.value, initialRate: initialRate.value,
                                 treatedBy: treatedBy.value ?? .absent, lowVocsMaterials: lowVocs.value))
    }
}
