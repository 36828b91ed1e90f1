import Foundation
import Glibc
import PermitCheck

/// Scaled filings as JSON Lines, for benchmarks and batch tests.
///
/// Line `i` (0-based) is archetype `i mod 6` built with its own seed and
/// `hours` elements per series, compact, with the id suffixed by the 1-based
/// line number. With `corrupt` > 0, that many lines — chosen by the seed,
/// so the same every run — are spoiled, alternately as truncated JSON
/// (`input.syntax`) and as a filing without `enterprise.uscc`
/// (`input.missing-field`), so a reader must report exactly `corrupt` errors.
public struct BatchPlan: Sendable {
    public var count: Int
    public var hours: Int
    public var seed: UInt64
    public var corrupt: Int

    public init(count: Int, hours: Int, seed: UInt64, corrupt: Int = 0) {
        self.count = max(0, count); self.hours = max(1, hours); self.seed = seed
        self.corrupt = min(max(0, corrupt), self.count)
    }

    /// How a corrupted line is broken.
    public enum Corruption: Sendable, Equatable { case truncated, missingField }

    /// The corrupted lines (0-based) and how each is broken: a partial
    /// Fisher–Yates draw, then alternating kinds in line order.
    public var corruptions: [Int: Corruption] {
        var random = SplitMix64(seed: seed, stream: "batch/corrupt")
        var lines = Array(0..<count)
        for i in 0..<corrupt { lines.swapAt(i, i + random.below(count - i)) }
        var result: [Int: Corruption] = [:]
        for (n, line) in lines.prefix(corrupt).sorted().enumerated() { result[line] = n % 2 == 0 ? .truncated : .missingField }
        return result
    }

    /// The text of line `index` (without the newline).
    public func line(_ index: Int, corruption: Corruption? = nil) -> [UInt8] {
        let archetype = Archetype.batchRotation[index % Archetype.batchRotation.count]
        let context = BuildContext(hours: hours, seed: SplitMix64.mix(seed &+ UInt64(index)), copy: index + 1)
        var filing = archetype.filing(context)
        if corruption == .missingField { filing = Self.removingUSCC(filing) }
        let bytes = JSONWriter().bytes(filing)
        guard corruption == .truncated else { return bytes }
        // Cut just after a comma past the middle: never a complete value, always ASCII-clean.
        let comma = bytes[(bytes.count / 2)...].firstIndex(of: UInt8(ascii: ",")) ?? bytes.count / 2
        return Array(bytes[..<(comma + 1)])
    }

    /// Writes the batch to `path`, one filing at a time (memory stays at one filing).
    /// The path is opened in place (created or truncated), never replaced, so
    /// `/dev/null` or a pipe stays what it is.
    public func write(to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        defer { try? handle.close() }
        let spoiled = corruptions
        for index in 0..<count {
            try handle.write(contentsOf: Data(line(index, corruption: spoiled[index]) + [0x0A]))
        }
    }

    static func removingUSCC(_ filing: JSONValue) -> JSONValue {
        guard case .object(var root) = filing, case .object(var enterprise)? = root["enterprise"] else { return filing }
        enterprise["uscc"] = nil
        root["enterprise"] = .object(enterprise)
        return .object(root)
    }
}
