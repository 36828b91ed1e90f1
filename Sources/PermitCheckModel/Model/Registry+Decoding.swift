/// Reading registries from bytes.
extension Registry {
    /// Decodes a registry-v1 document, reporting every problem at once.
    ///
    /// Required fields: `schema` (= `permitcheck/registry-v1`); per waste
    /// licence `license`, `holder`; per transport licence `license`,
    /// `hazardous`; per list entry `uscc`; per transfer approval `number`,
    /// `from`, `to`; per key discharger `uscc` (catalog v2); `value` and `unit`
    /// of any quantity. Everything else is optional; an absent `keyDischargers`
    /// ("not loaded") stays `nil`, apart from `null` or `[]`.
    public static func decode(_ buffer: UnsafeRawBufferPointer) -> Decoded<Registry> {
        buffer.withMemoryRebound(to: UInt8.self) { bytes in
            DocumentDecoder.run(bytes) { d throws(JSONError) in try d.registry() }
        }
    }

    /// Decodes a registry-v1 document held in any byte collection.
    public static func decode(_ bytes: some Collection<UInt8>) -> Decoded<Registry> {
        withContiguousBytes(bytes) { decode($0) }
    }
}
