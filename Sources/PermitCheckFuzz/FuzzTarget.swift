import PermitCheck
import PermitCheckModel

/// What each fuzz target feeds its input to, and the invariants it checks
/// beyond "does not crash": a rejected input names at least one located
/// error, an accepted one names none, and whatever is accepted can be used
/// (a compiled pack runs, a patched document writes and reads back).
public enum FuzzTarget: String, CaseIterable, Sendable {
    case filing
    case registry
    case pack
    case mergePatch = "merge-patch"
    case hj212

    /// Runs one input; the broken invariant, or `nil`.
    public func run(_ bytes: [UInt8]) -> String? {
        switch self {
        case .filing: return Self.decoded(Filing.decode(bytes))
        case .registry: return Self.decoded(Registry.decode(bytes))
        case .pack: return Self.pack(bytes)
        case .mergePatch: return Self.mergePatch(bytes)
        case .hj212: return Self.hj212(bytes)
        }
    }

    /// An HJ 212 packet (input starting `##`), or a data segment that the
    /// target frames with its true length and CRC first — so that mutants get
    /// past the checksum and reach the field parser. A refused packet has a
    /// known code, an offset inside it and a bilingual message; an accepted
    /// one reads the same when framed again from its own data segment.
    static func hj212(_ bytes: [UInt8]) -> String? {
        var packet = bytes
        if !bytes.starts(with: [UInt8(ascii: "#"), UInt8(ascii: "#")]) {
            guard bytes.count <= HJ212Reader.maxDataBytes else { return nil }
            packet = HJ212Reader.frame(bytes)
        }
        switch HJ212Reader.read(packet) {
        case .failure(let p):
            let codes = [HJ212Code.badFrame, HJ212Code.badLength, HJ212Code.badCRC, HJ212Code.badField]
            if !codes.contains(p.code) { return "unknown code \(p.code)" }
            if p.offset < 0 || p.offset > packet.count { return "offset \(p.offset) outside the packet of \(packet.count) bytes" }
            if p.message.zh.isEmpty || p.message.en.isEmpty { return "problem without a bilingual message: \(p)" }
            return nil
        case .success(let read):
            guard packet.count >= 10 else { return "accepted a packet shorter than its frame" }
            let data = Array(packet[6..<(packet.count - 4)])
            guard case .success(let again) = HJ212Reader.read(HJ212Reader.frame(data)) else { return "accepted, but not when framed again" }
            return again == read ? nil : "framing the same data again reads differently"
        }
    }

    /// A decoder's result is a value without errors, or errors without a value,
    /// each error at a JSON Pointer and a 1-based line and column.
    static func decoded<T>(_ d: Decoded<T>) -> String? {
        let errors = d.problems.filter { $0.severity == .error }
        if d.value == nil && errors.isEmpty { return "rejected without an error" }
        if d.value != nil && !errors.isEmpty { return "accepted with errors: \(errors)" }
        for p in d.problems {
            if p.line < 1 || p.column < 1 { return "unlocated problem: \(p)" }
            if !(p.pointer.isEmpty || p.pointer.hasPrefix("/")) { return "malformed pointer: \(p)" }
            if p.message.zh.isEmpty || p.message.en.isEmpty { return "problem without a bilingual message: \(p)" }
        }
        return nil
    }

    /// A pack compiles, or fails with located errors; a compiled pack checks a
    /// small filing without trapping.
    static func pack(_ bytes: [UInt8]) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            let pack = try RulePack.compile(yaml: text, name: "fuzz.yaml")
            _ = Engine(pack: pack).check(FuzzFiling.small)
            return nil
        } catch {
            let errors = error.diagnostics.filter { $0.severity == .error }
            if errors.isEmpty { return "compile failed without an error" }
            for d in errors where d.location.line < 1 || d.location.column < 1 { return "unlocated diagnostic: \(d)" }
            return nil
        }
    }

    /// Two JSON texts separated by a NUL byte, target and patch: merging is
    /// idempotent (RFC 7386: applying a patch twice changes nothing more) and
    /// the result writes out and reads back as the same value.
    static func mergePatch(_ bytes: [UInt8]) -> String? {
        let parts = bytes.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2,
              let target = try? JSONValue(parsing: String(decoding: parts[0], as: UTF8.self)),
              let patch = try? JSONValue(parsing: String(decoding: parts[1], as: UTF8.self))
        else { return nil }
        guard let once = target.mergePatch(patch) else { return nil }
        guard let twice = once.mergePatch(patch) else { return "a patch that applied once is refused the second time" }
        if twice != once { return "merge patch is not idempotent" }
        let written = JSONWriter().string(once)
        guard let back = try? JSONValue(parsing: written) else { return "merged value does not read back: \(written.prefix(200))" }
        if back != once { return "merged value reads back differently" }
        return nil
    }
}
