/// The id of a filing that does not decode.
extension Filing {
    /// The top-level `id` of a document, read as far as the text allows:
    /// members before it are skipped (their syntax checked), so a line cut
    /// off after its `id` still names its filing. `nil` when the document is
    /// not an object, the text breaks before `id`, or `id` is not a string.
    /// Input-error records carry it (`filing`), so a batch's lost lines can
    /// be traced to the filings they were meant to be.
    public static func peekID(_ bytes: some Collection<UInt8>) -> String? {
        withContiguousBytes(bytes) { raw in
            raw.withMemoryRebound(to: UInt8.self) { buffer -> String? in
                var reader = JSONReader(buffer)
                guard reader.peekToken() == .object else { return nil }
                reader.enterContainer()
                var started = false
                do throws(JSONError) {
                    while let key = try reader.nextKey(&started) {
                        if key.hasSameBytes(as: "id") {
                            return reader.peekToken() == .string ? try reader.readString() : nil
                        }
                        try reader.skipValue(depth: 1)
                    }
                } catch {
                    return nil
                }
                return nil
            }
        }
    }
}
