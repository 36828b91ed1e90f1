/// Versions that reports and findings name.
public enum PermitCheckVersion {
    /// The engine's version, written into reports.
    public static let engine = "0.1.0"
}
