/// A collected VOCs waste-gas stream (收集的废气, `vocsStreams[]`, catalog v2),
/// treated or not. A facility's `initialRate` is that of the stream it treats.
public struct VOCsStream: Sendable {
    public var id: String
    public var outlet: String?
    /// Uncontrolled NMHC mass rate (a mass rate).
    public var initialRate: Quantity?
    /// The facility id treating the stream: `.none` for `null` (untreated),
    /// `.absent` when the key is missing (not reported: a rule on untreated
    /// streams must not read it as untreated).
    public var treatedBy: Reported<String>
    /// The raw and auxiliary materials meet the national low-VOCs content rules.
    public var lowVocsMaterials: Bool?

    public init(id: String, outlet: String? = nil, initialRate: Quantity? = nil, treatedBy: Reported<String> = .absent,
                lowVocsMaterials: Bool? = nil) {
        self.id = id; self.outlet = outlet; self.initialRate = initialRate; self.treatedBy = treatedBy
        self.lowVocsMaterials = lowVocsMaterials
    }
}
