/// `hazardousWaste` as filing-v1 JSON (see `Filing+Encoding.swift`).
extension HazardousWaste {
    package var json: JSONValue {
        [
            "openingStock": .array(openingStock.map(\.json)), "generated": .array(generated.map(\.json)),
            "utilized": .array(utilized.map(\.json)), "stored": .array(stored.map(\.json)),
            "transfers": .array(transfers.map(\.json)),
        ]
    }
}

extension WasteLot {
    package var json: JSONValue {
        var o = JSONObject()
        o["code"] = .string(code)
        o["quantity"] = .number(quantity)
        o["unit"] = .string(unit.symbol)
        o.set("since", since.map { .string($0.description) })
        return .object(o)
    }
}

extension WasteTransfer {
    package var json: JSONValue {
        var o = JSONObject()
        o.set("manifest", manifest.map(JSONValue.string))
        o["code"] = .string(code)
        o["quantity"] = .number(quantity)
        o.set("receivedQuantity", receivedQuantity.map(JSONValue.number))
        o["unit"] = .string(unit.symbol)
        o["shippedAt"] = .string(shippedAt.description)
        o.set("receivedAt", receivedAt.map { .string($0.description) })
        o["receiver"] = receiver.json
        o.set("transporter", transporter.map(\.json))
        o.set("origin", origin.map(JSONValue.string))
        o.set("destination", destination.map(JSONValue.string))
        o.set("approval", approval.map(JSONValue.string))
        o.set("confirmedAt", JSONValue.reported(confirmedAt) { .string($0.description) })
        o.set("discrepancyReportedAt", JSONValue.reported(discrepancyReportedAt) { .string($0.description) })
        return .object(o)
    }
}

extension TransferParty {
    package var json: JSONValue {
        var o = JSONObject()
        o.set("uscc", uscc.map(JSONValue.string))
        o.set("license", license.map(JSONValue.string))
        return .object(o)
    }
}
