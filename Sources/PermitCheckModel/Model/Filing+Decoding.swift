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
    /// of `initialRate`; catalog v2: per manual sample `outlet`, `pollutant`,
    /// `sampledAt`, `unit`; per stoppage `from`; per VOCs stream `id`; per
    /// report-schedule entry `kind`, `dueDaysAfterPeriodEnd`; per plan item
    /// `pollutant`, `method`, and `frequency` (`times`, `per`) for manual items.
    /// Everything else is optional; `null` means absent and `seal: ""` is
    /// stored as `nil` — except for the catalog-v2 members whose `null` means
    /// "reported: none" (the optional v2 lists, `report`, `treatedBy`,
    /// `confirmedAt`, `discrepancyReportedAt`; see ``Reported``). Unknown fields are warnings.
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
