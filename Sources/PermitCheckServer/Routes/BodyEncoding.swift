import Foundation
import Hummingbird
import NIOCore
import PermitCheck

/// The `Content-Encoding` of a request body: none (or `identity`), or `gzip`
/// (`x-gzip`), inflated as it arrives. Anything else — `br`, `deflate`,
/// `gzip, gzip` — is `415` with `Accept-Encoding: gzip` (RFC 7694), before a
/// byte of the body is read: a body is never read as other than it is.
enum BodyEncoding: Sendable, Equatable {
    case identity, gzip

    init(_ headers: HTTPFields) throws(APIError) {
        let codings = headers[values: .contentEncoding]
            .flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
            .filter { !$0.isEmpty && $0 != "identity" }
        switch codings {
        case []: self = .identity
        case ["gzip"], ["x-gzip"]: self = .gzip
        default: throw .unsupportedEncoding(codings.joined(separator: ", "))
        }
    }
}

/// A gzip request body inflated piece by piece as it arrives, with a bound on
/// what it may inflate to, checked before each piece is handed on (so a
/// "gzip bomb" is `413` after at most one piece past the bound, never held):
///
/// - ``Bound/total(_:)``: at most this many bytes in all (a check: the
///   `--max-body` limit applies to the filing, after inflation);
/// - ``Bound/ratio(floor:ratio:)``: past `floor` bytes, at most `ratio` times
///   the compressed bytes received (an audit, whose total is unbounded: a
///   stream of real filings compresses some 5–20×, a bomb some 1,000×; Apache's
///   `DeflateInflateRatioLimit` bounds it the same way, by 200).
struct InflatingBody: AsyncSequence, Sendable {
    typealias Element = ByteBuffer

    enum Bound: Sendable {
        case total(Int)
        case ratio(floor: Int, ratio: Int)
    }

    /// The audits' bound: `--max-body` bytes at any ratio (one filing may be as
    /// repetitive as it likes), then at most 200 bytes per compressed byte.
    static func auditBound(maxFilingBytes: Int) -> Bound { .ratio(floor: maxFilingBytes, ratio: 200) }

    /// Bytes inflated per piece: small, so the bound is checked often.
    static let pieceBytes = 1 << 16

    let base: RequestBody
    let bound: Bound

    func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(base: base.makeAsyncIterator(), inflater: GzipInflater(), bound: bound)
    }

    struct AsyncIterator: AsyncIteratorProtocol {
        var base: RequestBody.AsyncIterator
        let inflater: GzipInflater?
        let bound: Bound
        var compressed = 0
        var inflated = 0
        var ended = false

        mutating func next() async throws -> ByteBuffer? {
            guard let inflater else { throw APIError.badGzip("zlib could not start") }
            while !ended {
                if inflater.needsInput {
                    guard let chunk = try await base.next() else {
                        ended = true
                        do throws(GzipError) { try inflater.finish() } catch { throw APIError.badGzip(error.reason) }
                        return nil
                    }
                    compressed += chunk.readableBytes
                    inflater.feed(chunk.readableBytesView)
                    continue
                }
                var piece: [UInt8] = []
                do throws(GzipError) {
                    _ = try inflater.inflate(into: &piece, maxBytes: room)
                } catch {
                    ended = true
                    throw APIError.badGzip(error.reason)
                }
                guard !piece.isEmpty else { continue }
                inflated += piece.count
                try check()
                return ByteBuffer(bytes: piece)
            }
            return nil
        }

        /// At most one byte past a total bound is ever inflated.
        private var room: Int {
            switch bound {
            case .total(let limit): Swift.min(InflatingBody.pieceBytes, Swift.max(1, limit - inflated + 1))
            case .ratio: InflatingBody.pieceBytes
            }
        }

        private mutating func check() throws(APIError) {
            switch bound {
            case .total(let limit) where inflated > limit:
                ended = true
                throw .inflatedTooLarge(limit)
            case .ratio(let floor, let ratio) where inflated > floor && inflated > compressed * ratio:
                ended = true
                throw .inflationTooHigh(ratio)
            default:
                return
            }
        }
    }

    /// The whole inflated body (a check's filing), within a ``Bound/total(_:)`` bound.
    func collect() async throws -> [UInt8] {
        var out: [UInt8] = []
        for try await piece in self { out.append(contentsOf: piece.readableBytesView) }
        return out
    }
}
