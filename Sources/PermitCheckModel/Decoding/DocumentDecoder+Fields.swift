/// Scalar fields: each reads one value, reports what is wrong with it, and
/// treats `null` as absent (filing-v1: `null` for an optional field = absent).
extension DocumentDecoder {
    package mutating func string(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<String> {
        switch reader.peekToken() {
        case .string: return .value(try reader.readString())
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.string, pointer()); return .invalid
        }
    }

    /// A credit code: a string of ASCII characters only. A look-alike
    /// character (U+212A KELVIN SIGN for `K`) is an input error rather than
    /// a code that equals the real one under canonical equivalence; whether
    /// the code is well-formed (GB 32100-2015) is a rule's question (ID-USCC).
    package mutating func creditCode(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<String> {
        let offset = reader.offset
        let slot = try string(pointer())
        if case .value(let code) = slot, let (scalar, position) = code.firstNonASCII {
            report(InputCode.nonASCIICode, InputMessage.nonASCIICode(scalar, at: position), pointer(), at: offset)
            return .invalid
        }
        return slot
    }

    /// A string where `""` means the same as absent (e.g. `seal`).
    package mutating func nonEmptyString(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<String> {
        let slot = try string(pointer())
        if case .value(let text) = slot, text.isEmpty { return .absent }
        return slot
    }

    package mutating func bool(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<Bool> {
        switch reader.peekToken() {
        case .literal:
            if let value = try reader.readLiteral() { return .value(value) }
            return .absent
        default: try wrongType(.boolean, pointer()); return .invalid
        }
    }

    /// A number, optionally required to lie in `range` (`input.out-of-range` otherwise).
    package mutating func number(
        _ pointer: @autoclosure () -> String, in range: ClosedRange<Double> = -.infinity ... .infinity
    ) throws(JSONError) -> Slot<Double> {
        switch reader.peekToken() {
        case .number:
            let start = reader.offset
            let value = try reader.readNumber()
            guard range.contains(value) else {
                let message = range.upperBound < .infinity ? InputMessage.outside(value, range)
                    : range.lowerBound == 0 ? InputMessage.negative(value) : InputMessage.below(value, range.lowerBound)
                report(InputCode.outOfRange, message, pointer(), at: start)
                return .invalid
            }
            return .value(value)
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.number, pointer()); return .invalid
        }
    }

    /// A quantity that must not be negative.
    package mutating func amount(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<Double> {
        try number(pointer(), in: 0 ... .infinity)
    }

    /// A whole number in `range` (day counts, times, years). `1.0` is whole;
    /// `1.5` is `input.wrong-type`, a number out of the range (or beyond `Int`)
    /// `input.out-of-range`. The conversion to `Int` never traps.
    package mutating func integer(
        _ pointer: @autoclosure () -> String, in range: ClosedRange<Double> = -.infinity ... .infinity
    ) throws(JSONError) -> Slot<Int> {
        let start = reader.offset
        let slot = try number(pointer(), in: range)
        guard case .value(let value) = slot else { return slot.failed() }
        guard value.rounded(.towardZero) == value else {
            report(InputCode.wrongType, InputMessage.notInteger(value), pointer(), at: start)
            return .invalid
        }
        guard let whole = Int(exactly: value) else {
            report(InputCode.outOfRange, InputMessage.outside(value, range), pointer(), at: start)
            return .invalid
        }
        return .value(whole)
    }

    /// A fraction in 0…1 (efficiencies, rates).
    package mutating func fraction(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<Double> {
        try number(pointer(), in: 0...1)
    }

    /// A string checked by `parse`; failures are reported with `code` and `message`.
    private mutating func parsed<T>(
        _ pointer: @autoclosure () -> String, expected: JSONKind, code: String,
        message: (String) -> LocalizedText, _ parse: (String) -> T?
    ) throws(JSONError) -> Slot<T> {
        switch reader.peekToken() {
        case .string:
            let start = reader.offset
            let text = try reader.readString()
            if let value = parse(text) { return .value(value) }
            report(code, message(text), pointer(), at: start)
            return .invalid
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(expected, pointer()); return .invalid
        }
    }

    /// `YYYY-MM-DD`.
    package mutating func date(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<LocalDate> {
        try parsed(pointer(), expected: .dateString, code: InputCode.badDate, message: InputMessage.badDate) {
            LocalDate(utf8: $0.utf8)
        }
    }

    /// RFC 3339 with a required offset.
    package mutating func timestamp(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<Timestamp> {
        try parsed(pointer(), expected: .timeString, code: InputCode.badTime, message: InputMessage.badTime) {
            Timestamp(utf8: $0.utf8)
        }
    }

    /// One of a closed set of strings.
    package mutating func enumeration<E: RawRepresentable & CaseIterable>(
        _ type: E.Type, _ pointer: @autoclosure () -> String
    ) throws(JSONError) -> Slot<E> where E.RawValue == String {
        try parsed(pointer(), expected: .string, code: InputCode.unknownEnum,
                   message: { InputMessage.unknownEnum($0, allowed: E.allCases.map(\.rawValue)) }) { E(rawValue: $0) }
    }

    /// A pollutant name or HJ 212 code, normalised to the canonical name.
    package mutating func pollutant(_ pointer: @autoclosure () -> String) throws(JSONError) -> Slot<String> {
        try parsed(pointer(), expected: .string, code: InputCode.unknownEnum,
                   message: InputMessage.unknownPollutant, Pollutant.normalize)
    }

    /// A unit from filing-v1's set; when `dimensions` is not empty, the unit must measure one of them.
    package mutating func unit(_ pointer: @autoclosure () -> String, _ dimensions: [Dimension] = []) throws(JSONError) -> Slot<Unit> {
        let start = reader.offset
        let slot = try parsed(pointer(), expected: .string, code: InputCode.badUnit, message: InputMessage.unknownUnit) { text in
            Unit(symbol: text).flatMap { Unit.filingUnits.contains($0) ? $0 : nil }
        }
        if case .value(let unit) = slot, !dimensions.isEmpty, !dimensions.contains(unit.dimension) {
            report(InputCode.badUnit, InputMessage.wrongDimension(unit, expected: dimensions), pointer(), at: start)
            return .invalid
        }
        return slot
    }

    /// An array of strings; absent is empty.
    package mutating func strings(_ pointer: String) throws(JSONError) -> Slot<[String]> {
        try array(pointer, of: .string) { d, p throws(JSONError) in try d.string(p) }
    }

    /// An array of pollutant names, normalised.
    package mutating func pollutants(_ pointer: String) throws(JSONError) -> Slot<[String]> {
        try array(pointer, of: .string) { d, p throws(JSONError) in try d.pollutant(p) }
    }

    /// `{ "value": 30000, "unit": "t/a" }`, both required, the value non-negative.
    package mutating func quantity(_ pointer: String, _ dimensions: [Dimension]) throws(JSONError) -> Slot<Quantity> {
        var value = Slot<Double>.absent, unit = Slot<Unit>.absent
        let start = try object(pointer) { d, key throws(JSONError) in
            switch key {
            case "value": value = try d.amount(pointer + "/value")
            case "unit": unit = try d.unit(pointer + "/unit", dimensions)
            default: return false
            }
            return true
        }
        guard case .value(let at) = start else { return start.failed() }
        let v = require(value, "value", in: pointer, object: at), u = require(unit, "unit", in: pointer, object: at)
        guard let v, let u else { return .invalid }
        return .value(Quantity(v, u))
    }
}
