/// Where each kind of node sits in its document, and so its JSON Pointer.
///
/// This table is the one place that says which JSON keys lead to a node; a
/// test resolves every kind's pointer against `Schemas/filing-v1.schema.json`
/// and `registry-v1.schema.json`, so a renamed key cannot drift silently.
extension ObjectRef {
    /// The node a kind is found in, the key that leads to it, and which of
    /// the reference's indices picks it out of a list (`nil`: not a list).
    struct Placement {
        let parent: Kind?
        let key: String
        let index: KeyPath<ObjectRef, Int32>?
    }

    static func placement(of kind: Kind) -> Placement {
        func p(_ parent: Kind?, _ key: String, _ index: KeyPath<ObjectRef, Int32>? = nil) -> Placement {
            Placement(parent: parent, key: key, index: index)
        }
        switch kind {
        case .filing, .registry: return p(nil, "")
        case .enterprise: return p(.filing, "enterprise")
        case .period: return p(.filing, "period")
        case .permit: return p(.filing, "permit")
        case .outlet: return p(.permit, "outlets", \.a)
        case .limit: return p(.outlet, "limits", \.b)
        case .cap: return p(.permit, "annualCaps", \.a)
        case .series: return p(.filing, "monitoring", \.a)
        case .hour: return p(.series, "values", \.b)
        case .facility: return p(.filing, "facilities", \.a)
        case .bypass: return p(.facility, "bypasses", \.b)
        case .opening: return p(.bypass, "openings", \.c)
        case .ule: return p(.filing, "ultraLowEmission")
        case .uleSource: return p(.ule, "sources", \.a)
        case .hazardousWaste: return p(.filing, "hazardousWaste")
        case .openingStock: return p(.hazardousWaste, "openingStock", \.a)
        case .generated: return p(.hazardousWaste, "generated", \.a)
        case .utilized: return p(.hazardousWaste, "utilized", \.a)
        case .stored: return p(.hazardousWaste, "stored", \.a)
        case .transfer: return p(.hazardousWaste, "transfers", \.a)
        case .receiver: return p(.transfer, "receiver")
        case .transporter: return p(.transfer, "transporter")
        case .report: return p(.filing, "report")
        case .reportDeadline: return p(.permit, "reportSchedule", \.a)
        case .planItem: return p(.outlet, "monitoringPlan", \.b)
        case .frequency: return p(.planItem, "frequency")
        case .manualSample: return p(.filing, "manualSamples", \.a)
        case .stoppage: return p(.filing, "stoppages", \.a)
        case .vocsStream: return p(.filing, "vocsStreams", \.a)
        case .wasteLicense: return p(.registry, "wasteLicenses", \.a)
        case .transportLicense: return p(.registry, "transportLicenses", \.a)
        case .uleEntry: return p(.registry, "ultraLowEmissionList", \.a)
        case .approval: return p(.registry, "transferApprovals", \.a)
        case .keyDischarger: return p(.registry, "keyDischargers", \.a)
        }
    }

    /// The RFC 6901 pointer of this node in its document (filing or registry).
    package var pointer: String {
        var segments: [String] = []
        var kind: Kind? = self.kind
        while let k = kind {
            let place = Self.placement(of: k)
            if let index = place.index { segments.append(String(self[keyPath: index])) }
            if !place.key.isEmpty { segments.append(place.key) }
            kind = place.parent
        }
        return segments.reversed().map { "/" + $0 }.joined()
    }

    /// True for nodes of the registry rather than the filing.
    var isRegistryNode: Bool {
        var kind = self.kind
        while let parent = Self.placement(of: kind).parent { kind = parent }
        return kind == .registry
    }
}
