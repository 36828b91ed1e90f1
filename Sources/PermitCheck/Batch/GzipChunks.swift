/// Inflates a gzip stream chunk by chunk (concatenated members included), so
/// a `.jsonl.gz` of any size is read in bounded memory (``GzipInflater``).
final class GzipChunks: ChunkSource {
    private let input: any ChunkSource
    private let name: String
    private let inflater: GzipInflater
    private var compressed: [UInt8] = []
    private var inputEnded = false
    private var finished = false

    init(_ input: any ChunkSource, name: String) throws(BatchFailure) {
        guard let inflater = GzipInflater() else { throw BatchFailure.badGzip(name, "inflateInit2 failed") }
        self.input = input
        self.name = name
        self.inflater = inflater
    }

    func read(into buffer: inout [UInt8]) throws(BatchFailure) -> Bool {
        while !finished {
            if inflater.needsInput {
                compressed.removeAll(keepingCapacity: true)
                if !inputEnded { inputEnded = try !input.read(into: &compressed) }
                if compressed.isEmpty {
                    finished = true
                    do throws(GzipError) { try inflater.finish() } catch { throw BatchFailure.badGzip(name, error.reason) }
                    return false
                }
                inflater.feed(compressed)
            }
            let produced: Int
            do throws(GzipError) {
                produced = try inflater.inflate(into: &buffer, maxBytes: FileChunks.chunkSize)
            } catch {
                finished = true
                throw BatchFailure.badGzip(name, error.reason)
            }
            if produced > 0 { return true }
        }
        return false
    }
}
