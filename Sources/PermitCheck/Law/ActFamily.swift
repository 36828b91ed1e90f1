/// Which dates a finding's acts are, by the kind of rule (rules-catalog,
/// "Date of the act"). The family decides what `actDates:` must give, which
/// dates choose the basis a finding cites, and on which date dated
/// parameters are read.
public enum ActFamily: String, Sendable, CaseIterable {
    /// The local dates of the hours (days) that make the finding.
    case hours
    /// From the date the running total first exceeds, to `period.to`.
    case runningTotal = "running-total"
    /// Every date of the period.
    case period
    /// The event's local date (a bypass opening, a transfer's shipment).
    case events
    /// A date tied to the report: the day after its deadline, or its submission.
    case reports
    /// The last day of each failing window.
    case windows
    /// `period.to`: the state of things at the end of the period.
    case state

    /// Whether the rule must say its act dates with `actDates:`.
    var needsDates: Bool { self != .period && self != .state }

    /// Whether `actDates:` may give several dates.
    var takesList: Bool { self == .hours || self == .windows }

    /// Whether dated parameters are read on the act's date: the event's
    /// (events), or each hour's, day's, run's or window's inside the rule's
    /// comprehensions (hours, windows; `Compiler+DatedReads.swift`). Every
    /// other family reads them on `period.to`.
    var readsParamsOnActDate: Bool { self == .events }
    var readsParamsPerElement: Bool { self == .hours || self == .windows }
}
