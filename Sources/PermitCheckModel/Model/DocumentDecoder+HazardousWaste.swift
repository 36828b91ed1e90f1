/// `hazardousWaste`: stock and flow lots, and transfers under manifests.
/// Waste quantities are masses (`t` or `kg`).
extension DocumentDecoder {
    package mutating func hazardousWaste(_ p: String) throws(JSONError) -> Slot<HazardousWaste> {
        var opening = Slot<[WasteLot]>.absent, generated = Slot<[WasteLot]>.absent, utilized = Slot<[WasteLot]>.absent
        var stored = Slot<[WasteLot]>.absent, transfers = Slot<[WasteTransfer]>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "openingStock": opening = try d.array(p + "/openingStock") { d, p throws(JSONError) in try d.lot(p) }
            case "generated": generated = try d.array(p + "/generated") { d, p throws(JSONError) in try d.lot(p) }
            case "utilized": utilized = try d.array(p + "/utilized") { d, p throws(JSONError) in try d.lot(p) }
            case "stored": stored = try d.array(p + "/stored") { d, p throws(JSONError) in try d.lot(p) }
            case "transfers": transfers = try d.array(p + "/transfers") { d, p throws(JSONError) in try d.transfer(p) }
            default: return false
            }
            return true
        }
        guard case .value = object else { return object.failed() }
        guard let opening = opening.orEmpty(), let generated = generated.orEmpty(), let utilized = utilized.orEmpty(),
              let stored = stored.orEmpty(), let transfers = transfers.orEmpty()
        else { return .invalid }
        return .value(HazardousWaste(openingStock: opening, generated: generated, utilized: utilized,
                                     stored: stored, transfers: transfers))
    }

    package mutating func lot(_ p: String) throws(JSONError) -> Slot<WasteLot> {
        var code = Slot<String>.absent, quantity = Slot<Double>.absent
        var unit = Slot<Unit>.absent, since = Slot<LocalDate>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "code": code = try d.string(p + "/code")
            case "quantity": quantity = try d.amount(p + "/quantity")
            case "unit": unit = try d.unit(p + "/unit", [.mass])
            case "since": since = try d.date(p + "/since")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (code: require(code, "code", in: p, object: at), quantity: require(quantity, "quantity", in: p, object: at),
                 unit: require(unit, "unit", in: p, object: at))
        guard let code = r.code, let quantity = r.quantity, let unit = r.unit, since.isUsable else { return .invalid }
        return .value(WasteLot(code: code, quantity: quantity, unit: unit, since: since.value))
    }

    package mutating func transfer(_ p: String) throws(JSONError) -> Slot<WasteTransfer> {
        var manifest = Slot<String>.absent, code = Slot<String>.absent, quantity = Slot<Double>.absent
        var received = Slot<Double>.absent, unit = Slot<Unit>.absent
        var shippedAt = Slot<Timestamp>.absent, receivedAt = Slot<Timestamp>.absent
        var receiver = Slot<TransferParty>.absent, transporter = Slot<TransferParty>.absent
        var origin = Slot<String>.absent, destination = Slot<String>.absent, approval = Slot<String>.absent
        var confirmedAt = Slot<Reported<Timestamp>>.absent, discrepancy = Slot<Reported<Timestamp>>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "manifest": manifest = try d.string(p + "/manifest")
            case "code": code = try d.string(p + "/code")
            case "quantity": quantity = try d.amount(p + "/quantity")
            case "receivedQuantity": received = try d.amount(p + "/receivedQuantity")
            case "unit": unit = try d.unit(p + "/unit", [.mass])
            case "shippedAt": shippedAt = try d.timestamp(p + "/shippedAt")
            case "receivedAt": receivedAt = try d.timestamp(p + "/receivedAt")
            case "receiver": receiver = try d.party(p + "/receiver")
            case "transporter": transporter = try d.party(p + "/transporter")
            case "origin": origin = try d.string(p + "/origin")
            case "destination": destination = try d.string(p + "/destination")
            case "approval": approval = try d.string(p + "/approval")
            // Catalog v2: `null` (not yet / not reported) differs from an absent key (the filing does not say).
            case "confirmedAt": confirmedAt = try d.reportedTimestamp(p + "/confirmedAt")
            case "discrepancyReportedAt": discrepancy = try d.reportedTimestamp(p + "/discrepancyReportedAt")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (code: require(code, "code", in: p, object: at), quantity: require(quantity, "quantity", in: p, object: at),
                 unit: require(unit, "unit", in: p, object: at), shippedAt: require(shippedAt, "shippedAt", in: p, object: at),
                 receiver: require(receiver, "receiver", in: p, object: at))
        guard let code = r.code, let quantity = r.quantity, let unit = r.unit, let shippedAt = r.shippedAt,
              let receiver = r.receiver, manifest.isUsable, received.isUsable, receivedAt.isUsable, transporter.isUsable,
              origin.isUsable, destination.isUsable, approval.isUsable, confirmedAt.isUsable, discrepancy.isUsable
        else { return .invalid }
        return .value(WasteTransfer(
            manifest: manifest.value, code: code, quantity: quantity, receivedQuantity: received.value, unit: unit,
            shippedAt: shippedAt, receivedAt: receivedAt.value, receiver: receiver, transporter: transporter.value,
            origin: origin.value, destination: destination.value, approval: approval.value,
            confirmedAt: confirmedAt.value ?? .absent, discrepancyReportedAt: discrepancy.value ?? .absent))
    }

    /// A receiver or transporter: `uscc` and `license`, both optional.
    package mutating func party(_ p: String) throws(JSONError) -> Slot<TransferParty> {
        var uscc = Slot<String>.absent, license = Slot<String>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "uscc": uscc = try d.creditCode(p + "/uscc")
            case "license": license = try d.string(p + "/license")
            default: return false
            }
            return true
        }
        guard case .value = object else { return object.failed() }
        guard uscc.isUsable, license.isUsable else { return .invalid }
        return .value(TransferParty(uscc: uscc.value, license: license.value))
    }
}
