/// The hazardous-waste account.
extension FilingSchema {
    static func hazardousWaste() -> Schema.ObjectType {
        @Sendable func h(_ c: EvalContext) -> HazardousWaste { c.filing.hazardousWaste ?? HazardousWaste() }
        let lots = ValueType.list(.object("WasteLot"))
        return Schema.ObjectType(name: "HazardousWaste", doc: "the period's hazardous-waste account", fields: [
            F.field("openingStock", lots, "stock at the start", { _, c in .objects(.openingStock, count: h(c).openingStock.count) }),
            F.field("generated", lots, "generated in the period", { _, c in .objects(.generated, count: h(c).generated.count) }),
            F.field("utilized", lots, "used or disposed of in-house", { _, c in .objects(.utilized, count: h(c).utilized.count) }),
            F.field("stored", lots, "closing stock", { _, c in .objects(.stored, count: h(c).stored.count) }),
            F.field("transfers", .list(.object("Transfer")), "shipments", { _, c in .objects(.transfer, count: h(c).transfers.count) }),
        ])
    }

    static func lot(_ r: ObjectRef, _ c: EvalContext) -> WasteLot {
        let h = c.filing.hazardousWaste ?? HazardousWaste()
        switch r.kind {
        case .openingStock: return h.openingStock[Int(r.a)]
        case .generated: return h.generated[Int(r.a)]
        case .utilized: return h.utilized[Int(r.a)]
        default: return h.stored[Int(r.a)]
        }
    }

    static func wasteLot() -> Schema.ObjectType {
        Schema.ObjectType(name: "WasteLot", doc: "a quantity of one waste code", fields: [
            F.field("code", str, "waste code NNN-NNN-NN", { r, c in .string(lot(r, c).code) }),
            F.field("quantity", .number(.mass), "mass with its unit", { r, c in let l = lot(r, c); return .quantity(l.quantity, l.unit) }),
            F.field("unit", str, "t or kg", { r, c in .string(lot(r, c).unit.symbol) }),
            F.field("since", .optional(.date), "date it entered storage", { r, c in .of(lot(r, c).since) }),
        ])
    }

    static func transfer() -> Schema.ObjectType {
        @Sendable func t(_ r: ObjectRef, _ c: EvalContext) -> WasteTransfer { (c.filing.hazardousWaste ?? HazardousWaste()).transfers[Int(r.a)] }
        return Schema.ObjectType(name: "Transfer", doc: "a shipment under an electronic manifest", fields: [
            F.field("manifest", optStr, "manifest number", { r, c in .of(t(r, c).manifest) }),
            F.field("code", str, "waste code", { r, c in .string(t(r, c).code) }),
            F.field("quantity", .number(.mass), "shipped mass", { r, c in let x = t(r, c); return .quantity(x.quantity, x.unit) }),
            F.field("receivedQuantity", .optional(.number(.mass)), "received mass", { r, c in let x = t(r, c); return .of(x.receivedQuantity, x.unit) }),
            F.field("unit", str, "t or kg", { r, c in .string(t(r, c).unit.symbol) }),
            F.field("shippedAt", .time, "shipping time", { r, c in .time(t(r, c).shippedAt) }),
            F.field("receivedAt", .optional(.time), "receipt time", { r, c in .of(t(r, c).receivedAt) }),
            F.field("receiver", .object("Party"), "receiving operator", { r, _ in .object(ObjectRef(.receiver, Int(r.a))) }),
            F.field("transporter", .optional(.object("Party")), "carrier", { r, c in t(r, c).transporter == nil ? .null : .object(ObjectRef(.transporter, Int(r.a))) }),
            F.field("origin", optStr, "origin region code", { r, c in .of(t(r, c).origin) }),
            F.field("destination", optStr, "destination region code", { r, c in .of(t(r, c).destination) }),
            F.field("approval", optStr, "cross-province approval number", { r, c in .of(t(r, c).approval) }),
            F.field("confirmedAt", .optional(.time), "receiver's confirmation in the national system (null when not yet or not reported: see hasConfirmedAt)", { r, c in .of(t(r, c).confirmedAt.value) }),
            F.derived("hasConfirmedAt", .bool, "the confirmedAt key is present, also as null (false: not reported)", { r, c in .bool(t(r, c).confirmedAt.isReported) }),
            F.field("discrepancyReportedAt", .optional(.time), "mismatch reported to the receiving bureau (null when not or not said: see hasDiscrepancyReportedAt)", { r, c in .of(t(r, c).discrepancyReportedAt.value) }),
            F.derived("hasDiscrepancyReportedAt", .bool, "the discrepancyReportedAt key is present, also as null (false: not reported)", { r, c in .bool(t(r, c).discrepancyReportedAt.isReported) }),
        ])
    }

    static func party() -> Schema.ObjectType {
        @Sendable func p(_ r: ObjectRef, _ c: EvalContext) -> TransferParty? {
            let t = (c.filing.hazardousWaste ?? HazardousWaste()).transfers[Int(r.a)]
            return r.kind == .receiver ? t.receiver : t.transporter
        }
        return Schema.ObjectType(name: "Party", doc: "a receiver or transporter", fields: [
            F.field("uscc", optStr, "credit code", { r, c in .of(p(r, c)?.uscc) }),
            F.field("license", optStr, "licence number", { r, c in .of(p(r, c)?.license) }),
        ])
    }
}
