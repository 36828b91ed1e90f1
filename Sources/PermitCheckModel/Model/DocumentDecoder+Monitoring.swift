/// Monitoring series: the hot path. Number arrays are read straight from the
/// bytes into `[Double]` (`null` → NaN), without a tree, a `String` per number,
/// or a second copy.
extension DocumentDecoder {
    /// A decoded array and where it starts (for length-mismatch reports).
    package struct Column<Element> {
        package var elements: [Element]
        package var offset: Int
    }

    /// `monitoring[i]`.
    package mutating func series(_ p: String) throws(JSONError) -> Slot<MonitoringSeries> {
        var outlet = Slot<String>.absent, pollutant = Slot<String>.absent, unit = Slot<Unit>.absent
        var start = Slot<Timestamp>.absent, interval = Slot<SeriesInterval>.absent
        var values = Slot<Column<Double>>.absent, o2 = Slot<Column<Double>>.absent, flow = Slot<Column<Double>>.absent
        var flags = Slot<Column<UInt8>>.absent
        let object = try object(p) { d, key throws(JSONError) in
            switch key {
            case "outlet": outlet = try d.string(p + "/outlet")
            case "pollutant": pollutant = try d.pollutant(p + "/pollutant")
            case "unit": unit = try d.unit(p + "/unit")
            case "start": start = try d.timestamp(p + "/start")
            case "interval": interval = try d.enumeration(SeriesInterval.self, p + "/interval")
            case "values": values = try d.column(p + "/values")
            case "o2": o2 = try d.column(p + "/o2", allowNegative: true)
            case "flow": flow = try d.column(p + "/flow")
            case "flags": flags = try d.flags(p + "/flags")
            default: return false
            }
            return true
        }
        guard case .value(let at) = object else { return object.failed() }
        let r = (
            outlet: require(outlet, "outlet", in: p, object: at), pollutant: require(pollutant, "pollutant", in: p, object: at),
            unit: require(unit, "unit", in: p, object: at), start: require(start, "start", in: p, object: at),
            interval: require(interval, "interval", in: p, object: at), values: require(values, "values", in: p, object: at),
            flags: require(flags, "flags", in: p, object: at)
        )
        var lengthsAgree = true
        if let count = r.values?.elements.count {
            let others = [("o2", o2.value.map { ($0.elements.count, $0.offset) }),
                          ("flow", flow.value.map { ($0.elements.count, $0.offset) }),
                          ("flags", r.flags.map { ($0.elements.count, $0.offset) })]
            for case let (name, (length, offset)?) in others where length != count {
                report(InputCode.lengthMismatch, InputMessage.lengthMismatch(name, count: length, expected: count),
                       p + "/" + name, at: offset)
                lengthsAgree = false
            }
        }
        guard lengthsAgree, let outlet = r.outlet, let pollutant = r.pollutant, let unit = r.unit, let start = r.start,
              let interval = r.interval, let values = r.values, let flags = r.flags,
              o2.isUsable, flow.isUsable
        else { return .invalid }
        return .value(MonitoringSeries(
            outlet: outlet, pollutant: pollutant, unit: unit, start: start, interval: interval,
            values: values.elements, o2: o2.value?.elements, flow: flow.value?.elements, flags: flags.elements))
    }

    /// An array of numbers or `null`s, read in one pass; negative numbers are
    /// errors unless `allowNegative` (O2 readings out of 0…21 are a data-quality
    /// finding, DQ-O2, not an unreadable filing).
    package mutating func column(_ pointer: @autoclosure () -> String, allowNegative: Bool = false) throws(JSONError) -> Slot<Column<Double>> {
        switch reader.peekToken() {
        case .array: break
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.array, pointer()); return .invalid
        }
        let start = reader.offset
        var out: [Double] = []
        out.reserveCapacity(capacityHint)
        var valid = true
        var negatives = 0, firstNegative = 0.0, firstNegativeOffset = 0, firstNegativeIndex = 0
        var r = reader
        r.enterContainer()
        var started = false
        while try r.nextElement(&started) {
            let c = r.current
            if c &- 0x30 < 10 || c == UInt8(ascii: "-") {
                let elementStart = r.offset
                let value = try r.readNumber()
                if value < 0 {
                    if negatives == 0 { firstNegative = value; firstNegativeOffset = elementStart; firstNegativeIndex = out.count }
                    negatives += 1
                }
                out.append(value)
            } else if r.consumeNull() {
                out.append(.nan)
            } else {
                reader = r
                try wrongType(.number, pointer() + "/" + String(out.count))
                r = reader
                out.append(.nan)
                valid = false
            }
        }
        reader = r
        capacityHint = max(capacityHint, out.count)
        if negatives > 0, !allowNegative {
            report(InputCode.outOfRange, InputMessage.negativeElements(count: negatives, first: firstNegative),
                   pointer() + "/" + String(firstNegativeIndex), at: firstNegativeOffset)
            valid = false
        }
        return valid ? .value(Column(elements: out, offset: start)) : .invalid
    }

    /// The `flags` string: one HJ 212-2017 flag byte per element.
    package mutating func flags(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<Column<UInt8>> {
        switch reader.peekToken() {
        case .string: break
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.string, pointer()); return .invalid
        }
        let start = reader.offset
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacityHint)
        try reader.readStringBytes(into: &bytes)
        var bad = 0, firstBad = 0
        for (i, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "N"), UInt8(ascii: "F"), UInt8(ascii: "M"), UInt8(ascii: "S"),
                 UInt8(ascii: "D"), UInt8(ascii: "C"), UInt8(ascii: "T"), UInt8(ascii: "B"):
                continue
            default:
                if bad == 0 { firstBad = i }
                bad += 1
            }
        }
        if bad > 0 {
            let shown = String(String(decoding: bytes[firstBad...].prefix(4), as: UTF8.self).prefix(1))
            report(InputCode.unknownEnum, InputMessage.badFlags(shown, count: bad), pointer(), at: start + 1 + firstBad)
            return .invalid
        }
        return .value(Column(elements: bytes, offset: start))
    }
}
