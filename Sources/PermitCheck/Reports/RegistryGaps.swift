/// The audit's ``RegistryGap``s, for every format's summary.
extension AuditSummary {
    /// Rules with subjects left unjudged because a registry list was not loaded, in pack order.
    public var registryGaps: [RegistryGap] {
        outcomes.filter { $0.insufficientForRegistry > 0 }.map {
            RegistryGap(rule: $0.rule, missing: $0.missingRegistry, subjects: $0.insufficientForRegistry,
                        registryGiven: !(registryLoaded ?? []).isEmpty)
        }
    }
}

