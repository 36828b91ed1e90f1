/// One line of an audit's JSON Lines body, as handed from the uploading
/// request to the background worker.
struct AuditLine: Sendable {
    enum Content: Sendable {
        case document([UInt8])
        /// Longer than the filing limit; its bytes were skipped, not kept.
        case tooLong(Int)
    }

    /// 1-based line number in the body.
    var number: Int
    var content: Content
}

/// Thrown to the uploader when the audit was cancelled while its body was still arriving.
struct AuditClosed: Error {}
