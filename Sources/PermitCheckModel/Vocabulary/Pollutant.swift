/// Pollutant names: the canonical set of filing-v1 and their HJ 212-2017 aliases.
package enum Pollutant {
    /// Canonical names.
    package static let canonical: [String] = ["SO2", "NOx", "PM", "NMHC", "CO", "Hg", "COD", "NH3N", "TP", "TN"]

    /// HJ 212-2017 code → canonical name.
    package static let aliases: [String: String] = [
        "a21026": "SO2", "a21002": "NOx", "a34013": "PM", "a24088": "NMHC", "a21005": "CO",
        "a20058": "Hg", "w01018": "COD", "w21003": "NH3N", "w21011": "TP", "w21001": "TN",
    ]

    /// The canonical name for a name or HJ 212 code, or `nil` when unknown.
    package static func normalize(_ name: String) -> String? {
        if canonical.contains(name) { return name }
        return aliases[name]
    }
}
