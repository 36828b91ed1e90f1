/// A stoppage (停产) declared in the report (`stoppages[]`, catalog v2).
public struct Stoppage: Sendable {
    public var from: Timestamp
    /// End of the stoppage; `nil` when still stopped at the end of the period.
    public var to: Timestamp?
    /// When the stoppage was declared.
    public var declaredAt: Timestamp?
    /// Free text.
    public var reason: String?
    /// The outlet ids stopped; `nil` (absent or `null`) means the whole enterprise.
    public var outlets: [String]?

    public init(from: Timestamp, to: Timestamp? = nil, declaredAt: Timestamp? = nil, reason: String? = nil,
                outlets: [String]? = nil) {
        self.from = from; self.to = to; self.declaredAt = declaredAt; self.reason = reason; self.outlets = outlets
    }
}
