/// Reads filing-v1 and registry-v1 documents straight from bytes into the
/// model, collecting every problem on the way.
///
/// One type holds the reader, the problems found so far and the field helpers;
/// the document shapes live in extensions (`DocumentDecoder+Filing.swift`…).
/// Each helper is called with the reader on a value, consumes that value
/// whatever it is, and returns a ``Slot``: a wrong type is reported and
/// skipped, so decoding always goes on to the next field. Only a
/// ``JSONError`` (the text is not JSON) ends decoding early.
package struct DocumentDecoder {
    package var reader: JSONReader
    package var problems: [InputProblem] = []
    /// Capacity for the next number array: series of one filing share a length.
    package var capacityHint = 64

    package init(_ bytes: UnsafeBufferPointer<UInt8>) { reader = JSONReader(bytes) }

    /// Runs `decode` over a whole document: problems in document order, the
    /// value only when none is an error, and a lone syntax error when the text is not JSON.
    package static func run<T>(
        _ bytes: UnsafeBufferPointer<UInt8>, _ decode: (inout DocumentDecoder) throws(JSONError) -> Slot<T>
    ) -> Decoded<T> {
        var decoder = DocumentDecoder(bytes)
        do {
            let slot = try decode(&decoder)
            try decoder.reader.finish()
            if slot.isAbsent {  // the document is `null`
                decoder.report(InputCode.wrongType, InputMessage.wrongType(expected: .object, found: .null), "", at: 0)
            }
            let hasError = decoder.problems.contains { $0.severity == .error }
            return Decoded(value: hasError ? nil : slot.value, problems: decoder.problems)
        } catch {
            let code = error.kind == .badUTF8 ? InputCode.badUTF8 : error.kind == .outOfRange ? InputCode.outOfRange : InputCode.syntax
            let problem = InputProblem(severity: .error, code: code, message: error.message, pointer: "",
                                       line: error.line, column: error.column)
            return Decoded(value: nil, problems: [problem])
        }
    }

    // MARK: Reporting

    package mutating func report(
        _ code: String, _ message: LocalizedText, _ pointer: String, at offset: Int, severity: InputProblem.Severity = .error
    ) {
        let (line, column) = reader.position(of: offset)
        problems.append(InputProblem(severity: severity, code: code, message: message, pointer: pointer, line: line, column: column))
    }

    /// Reports a value of the wrong type and skips it.
    package mutating func wrongType(_ expected: JSONKind, _ pointer: String) throws(JSONError) {
        let found: JSONKind
        switch reader.peekToken() {
        case .object: found = .object
        case .array: found = .array
        case .string: found = .string
        case .number: found = .number
        case .literal: found = reader.current == UInt8(ascii: "n") ? .null : .boolean
        case .end, .invalid: try reader.skipValue(); return  // throws the syntax error
        }
        report(InputCode.wrongType, InputMessage.wrongType(expected: expected, found: found), pointer, at: reader.offset)
        try reader.skipValue()
    }

    /// A missing required field is reported at the start of its object.
    package mutating func require<T>(_ slot: Slot<T>, _ key: String, in pointer: String, object offset: Int) -> T? {
        if case .absent = slot {
            report(InputCode.missingField, InputMessage.missingField(key), pointer + "/" + key, at: offset)
        }
        return slot.value
    }

    // MARK: Containers

    /// Iterates an object's members; `body` returns `false` for a key it does
    /// not know, which becomes an `input.unknown-field` warning. Returns the
    /// object's offset (for positioning missing fields).
    package mutating func object(
        _ pointer: String, _ body: (inout DocumentDecoder, String) throws(JSONError) -> Bool
    ) throws(JSONError) -> Slot<Int> {
        switch reader.peekToken() {
        case .object: break
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.object, pointer); return .invalid
        }
        let start = reader.offset
        reader.enterContainer()
        var started = false
        var seen: [String] = []
        while let key = try reader.nextKey(&started) {
            let keyOffset = reader.keyOffset
            // JSON leaves duplicate names undefined; a filing must not say two things.
            // Names are compared as bytes (RFC 8259 §8.3), not by canonical equivalence.
            if seen.firstIndex(sameBytesAs: key) != nil {
                report(InputCode.duplicateKey, InputMessage.duplicateKey(key), pointer + "/" + JSONPointer.escape(key), at: keyOffset)
                try reader.skipValue()
                continue
            }
            seen.append(key)
            if try !body(&self, key) {
                let fieldPointer = pointer + "/" + JSONPointer.escape(key)
                report(InputCode.unknownField, InputMessage.unknownField(key), fieldPointer, at: keyOffset, severity: .warning)
                try skipUnknown(fieldPointer)
            }
        }
        return .value(start)
    }

    /// Skips a value the schema does not define, still refusing a duplicate
    /// name anywhere inside it: an ignored field must not hide an ambiguous
    /// document (README, "Reading filings"). Nesting is bounded like every read.
    package mutating func skipUnknown(_ pointer: String, depth: Int = 0) throws(JSONError) {
        guard depth < JSONReader.maxDepth else { throw reader.error(.syntax, JSONMessage.tooDeep) }
        switch reader.peekToken() {
        case .object:
            reader.enterContainer()
            var started = false
            var seen = Set<[UInt8]>()
            while let key = try reader.nextKey(&started) {
                let keyOffset = reader.keyOffset
                let inner = pointer + "/" + JSONPointer.escape(key)
                if !seen.insert(Array(key.utf8)).inserted {
                    report(InputCode.duplicateKey, InputMessage.duplicateKey(key), inner, at: keyOffset)
                }
                try skipUnknown(inner, depth: depth + 1)
            }
        case .array:
            reader.enterContainer()
            var started = false
            var index = 0
            while try reader.nextElement(&started) {
                try skipUnknown(pointer + "/" + String(index), depth: depth + 1)
                index += 1
            }
        default: try reader.skipValue()
        }
    }

    /// Decodes each element with `element`, which receives the element's pointer.
    /// An absent array is empty; an array with an unusable element is `.invalid`.
    package mutating func array<T>(
        _ pointer: String, of kind: JSONKind = .object, _ element: (inout DocumentDecoder, String) throws(JSONError) -> Slot<T>
    ) throws(JSONError) -> Slot<[T]> {
        switch reader.peekToken() {
        case .array: break
        case .literal where reader.consumeNull(): return .absent
        default: try wrongType(.array, pointer); return .invalid
        }
        reader.enterContainer()
        var out: [T] = []
        var valid = true
        var started = false
        var index = 0
        while try reader.nextElement(&started) {
            let elementPointer = pointer + "/" + String(index)
            let elementOffset = reader.offset
            index += 1
            switch try element(&self, elementPointer) {
            case .value(let v): out.append(v)
            case .absent:
                // `null` as an element is not an absent field: it is a wrong type.
                report(InputCode.wrongType, InputMessage.wrongType(expected: kind, found: .null), elementPointer,
                       at: elementOffset)
                valid = false
            case .invalid: valid = false
            }
        }
        return valid ? .value(out) : .invalid
    }

    /// An optional catalog-v2 list: `null` is "reported: none" and reads as
    /// empty, so only an absent key stays `.absent` (filing-v1: absent means
    /// not reported, and rules count it as insufficient data).
    package mutating func reportedArray<T>(
        _ pointer: String, of kind: JSONKind = .object, _ element: (inout DocumentDecoder, String) throws(JSONError) -> Slot<T>
    ) throws(JSONError) -> Slot<[T]> {
        if case .literal = reader.peekToken(), reader.consumeNull() { return .value([]) }
        return try array(pointer, of: kind, element)
    }
}

/// RFC 6901 JSON Pointer tokens.
package enum JSONPointer {
    /// Escapes `~` and `/` in a reference token.
    package static func escape(_ token: String) -> String {
        guard token.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return token }
        return token.replacing("~", with: "~0").replacing("/", with: "~1")
    }
}
