/// Reading filings from bytes.
extension Filing {
    /// Decodes a filing-v1 document (the whole text, UTF-8), reporting every problem at once.
    ///
    /// Required fields (absent or `null` → `input.missing-field`): `schema`
    /// (= `permitcheck/filing-v1`), `id`, `kind`, `period.from`, `period.to`,
    /// `enterprise.uscc`, `enterprise.name`, `permit.number`, `permit.class`,
    /// `permit.validFrom`, `permit.validTo`; per outlet `id`, `medium`; per limit
    /// `pollutant`, `value`, `unit`, `averaging`; per annual cap `pollutant`,
    /// `value`, `unit`; per series `outlet`, `pollutant`, `unit`, `start`,
    /// `interval`, `values`, `flags`; per facility `id`; per bypass `id`,
    /// `status`; per opening `from`, `reason`; per transfer `code`, `quantity`,
    /// `unit`, `shippedAt`, `receiver`; per waste lot `code`, `quantity`, `unit`;
    /// `ultraLowEmission.claim` when that object is present; `value` and `unit`
    /// of `initialRate`. Everything else is optional; `null` means absent and
    /// `seal: ""` is stored as `nil`. Unknown fields are warnings.
    public static func decode(_ buffer: UnsafeRawBufferPointer) -> Decoded<Filing> {
        buffer.withMemoryRebound(to: UInt8.self) { bytes in
            DocumentDecoder.run(bytes) { d throws(JSONError) in try d.filing() }
        }
    }

    /// Decodes a filing-v1 document held in any byte collection (contiguous ones are not copied).
    public static func decode(_ bytes: some Collection<UInt8>) -> Decoded<Filing> {
        withContiguousBytes(bytes) { decode($0) }
    }
}
