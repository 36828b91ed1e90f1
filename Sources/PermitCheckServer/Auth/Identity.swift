/// Who a request is, as established by its bearer token.
public struct Identity: Sendable, Hashable {
    /// What a token may do; each scope includes the reading rights of the ones before it
    /// except that only `enterprise` is bound to one credit code.
    public enum Scope: String, Sendable, Hashable, CaseIterable {
        /// Checks its own filings and reads its own submissions.
        case enterprise
        /// Runs audits, checks anything, reads everything.
        case auditor
        /// An auditor that may also reload packs.
        case admin
    }

    /// The token's subject, recorded with every decision it obtains.
    public var subject: String
    public var scope: Scope
    /// The enterprise's unified social credit code, for `enterprise` tokens only.
    public var uscc: String?

    /// Auditors and admins read every submission and audit.
    var readsEverything: Bool { scope != .enterprise }

    /// Whether this identity may see a decision about the enterprise `uscc`.
    func mayRead(enterprise uscc: String?) -> Bool {
        if readsEverything { return true }
        guard let uscc, let own = self.uscc else { return false }
        return uscc.hasSameBytes(as: own)
    }
}
