/// registry-v1: receivers' licences, transport licences, the public
/// ultra-low-emission list, cross-province transfer approvals and (catalog v2)
/// the list of key units, `nil` when absent ("not loaded") and empty for `null`.
extension DocumentDecoder {
    package static let registrySchema = "permitcheck/registry-v1"

    package mutating func registry() throws(JSONError) -> Slot<Registry> {
        var schema = Slot<String>.absent, asOf = Slot<LocalDate>.absent
        var waste = Slot<[WasteLicense]>.absent, transport = Slot<[TransportLicense]>.absent
        var ule = Slot<[ULEListEntry]>.absent, approvals = Slot<[TransferApproval]>.absent
        var keyDischargers = Slot<[KeyDischarger]>.absent
        let object = try object("") { d, key throws(JSONError) in
            switch key {
            case "schema": schema = try d.schema(Self.registrySchema)
            case "asOf": asOf = try d.date("/asOf")
            case "wasteLicenses": waste = try d.array("/wasteLicenses") { d, p throws(JSONError) in try d.wasteLicense(p) }
            case "transportLicenses":
                transport = try d.array("/transportLicenses") { d, p throws(JSONError) in try d.transportLicense(p) }
            case "ultraLowEmissionList":
                ule = try d.array("/ultraLowEmissionList") { d, p throws(JSONError) in try d.uleEntry(p) }
            case "transferApprovals":
                approvals = try d.array("/transferApprovals") { d, p throws(JSONError) in try d.transferApproval(p) }
            case "keyDischargers":
                keyDischargers = try d.reportedArray("/keyDischargers") { d, p throws(JSONError) in try d.keyDischarger(p) }
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let schema = require(schema, "schema", in: "", object: at), asOf.isUsable,
              waste.isUsable, transport.isUsable, ule.isUsable, approvals.isUsable, keyDischargers.isUsable
        else { return .invalid }
        // A list whose key is absent was not loaded (nil); a present key loads it, also `[]`.
        return .value(Registry(schema: schema, asOf: asOf.value, wasteLicenses: waste.value, transportLicenses: transport.value,
                                ultraLowEmissionList: ule.value, transferApprovals: approvals.value,
                                keyDischargers: keyDischargers.value))
    }

    package mutating func wasteLicense(_ p: String) throws(JSONError) -> Slot<WasteLicense> {
        var license = Slot<String>.absent, holder = Slot<String>.absent, name = Slot<String>.absent
        var codes = Slot<[String]>.absent, validFrom = Slot<LocalDate>.absent, validTo = Slot<LocalDate>.absent
        var capacity = Slot<Quantity>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "license": license = try d.string(p + "/license")
            case "holder": holder = try d.creditCode(p + "/holder")
            case "name": name = try d.string(p + "/name")
            case "codes": codes = try d.strings(p + "/codes")
            case "validFrom": validFrom = try d.date(p + "/validFrom")
            case "validTo": validTo = try d.date(p + "/validTo")
            case "capacity": capacity = try d.quantity(p + "/capacity", [.massRate])
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let l = require(license, "license", in: p, object: at), h = require(holder, "holder", in: p, object: at)
        guard let l, let h, name.isUsable, let codes = codes.orEmpty(), validFrom.isUsable, validTo.isUsable,
              capacity.isUsable
        else { return .invalid }
        return .value(WasteLicense(license: l, holder: h, name: name.value, codes: codes, validFrom: validFrom.value,
                                   validTo: validTo.value, capacity: capacity.value))
    }

    package mutating func transportLicense(_ p: String) throws(JSONError) -> Slot<TransportLicense> {
        var license = Slot<String>.absent, holder = Slot<String>.absent
        var hazardous = Slot<Bool>.absent, validTo = Slot<LocalDate>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "license": license = try d.string(p + "/license")
            case "holder": holder = try d.creditCode(p + "/holder")
            case "hazardous": hazardous = try d.bool(p + "/hazardous")
            case "validTo": validTo = try d.date(p + "/validTo")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let l = require(license, "license", in: p, object: at), h = require(hazardous, "hazardous", in: p, object: at)
        guard let l, let h, holder.isUsable, validTo.isUsable else { return .invalid }
        return .value(TransportLicense(license: l, holder: holder.value, hazardous: h, validTo: validTo.value))
    }

    package mutating func uleEntry(_ p: String) throws(JSONError) -> Slot<ULEListEntry> {
        var uscc = Slot<String>.absent, sources = Slot<[String]>.absent, published = Slot<LocalDate>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "uscc": uscc = try d.creditCode(p + "/uscc")
            case "sources": sources = try d.strings(p + "/sources")
            case "publishedOn": published = try d.date(p + "/publishedOn")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let u = require(uscc, "uscc", in: p, object: at), let sources = sources.orEmpty(), published.isUsable
        else { return .invalid }
        return .value(ULEListEntry(uscc: u, sources: sources, publishedOn: published.value))
    }

    package mutating func transferApproval(_ p: String) throws(JSONError) -> Slot<TransferApproval> {
        var number = Slot<String>.absent, codes = Slot<[String]>.absent, from = Slot<String>.absent
        var to = Slot<String>.absent, quantity = Slot<Quantity>.absent
        var validFrom = Slot<LocalDate>.absent, validTo = Slot<LocalDate>.absent
        var consignor = Slot<String>.absent, receiver = Slot<String>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "number": number = try d.string(p + "/number")
            case "codes": codes = try d.strings(p + "/codes")
            case "from": from = try d.string(p + "/from")
            case "to": to = try d.string(p + "/to")
            case "quantity": quantity = try d.quantity(p + "/quantity", [.mass])
            case "validFrom": validFrom = try d.date(p + "/validFrom")
            case "validTo": validTo = try d.date(p + "/validTo")
            case "consignor": consignor = try d.creditCode(p + "/consignor")
            case "receiver": receiver = try d.creditCode(p + "/receiver")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (number: require(number, "number", in: p, object: at), from: require(from, "from", in: p, object: at),
                 to: require(to, "to", in: p, object: at))
        guard let number = r.number, let from = r.from, let to = r.to, let codes = codes.orEmpty(), quantity.isUsable,
              validFrom.isUsable, validTo.isUsable, consignor.isUsable, receiver.isUsable
        else { return .invalid }
        return .value(TransferApproval(number: number, codes: codes, from: from, to: to, quantity: quantity.value,
                                       validFrom: validFrom.value, validTo: validTo.value,
                                       consignor: consignor.value, receiver: receiver.value))
    }

    /// `keyDischargers[i]` (catalog v2): `uscc` required, `media` and `year` optional.
    package mutating func keyDischarger(_ p: String) throws(JSONError) -> Slot<KeyDischarger> {
        var uscc = Slot<String>.absent, media = Slot<[KeyDischargerMedium]>.absent, year = Slot<Int>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "uscc": uscc = try d.creditCode(p + "/uscc")
            case "media":
                media = try d.array(p + "/media", of: .string) { d, p throws(JSONError) in
                    try d.enumeration(KeyDischargerMedium.self, p)
                }
            case "year": year = try d.integer(p + "/year", in: 1...9999)
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        guard let u = require(uscc, "uscc", in: p, object: at), let media = media.orEmpty(), year.isUsable
        else { return .invalid }
        return .value(KeyDischarger(uscc: u, media: media, year: year.value))
    }
}
