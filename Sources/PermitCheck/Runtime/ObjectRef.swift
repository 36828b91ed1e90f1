/// A node of the filing or registry named by its kind and up to three indices,
/// e.g. limit `j` of outlet `i`. Field access reads the model directly; the
/// node's JSON Pointer (a finding's subject) follows from the indices, and the
/// binding (`Binding/ObjectRef+Pointer.swift`) knows which keys lead there.
/// The kinds are listed here because values carry them; a test checks that the
/// binding places every one.
package struct ObjectRef: Sendable, Hashable {
    package enum Kind: UInt8, Sendable, CaseIterable {
        case filing, enterprise, period, permit, outlet, limit, cap, series, hour
        case facility, bypass, opening, ule, uleSource, hazardousWaste
        case openingStock, generated, utilized, stored, transfer, receiver, transporter
        case report, reportDeadline, planItem, frequency, manualSample, stoppage, vocsStream
        case registry, wasteLicense, transportLicense, uleEntry, approval, keyDischarger
    }

    package let kind: Kind
    package let a: Int32
    package let b: Int32
    package let c: Int32

    init(_ kind: Kind, _ a: Int = 0, _ b: Int = 0, _ c: Int = 0) {
        self.kind = kind
        self.a = Int32(truncatingIfNeeded: a)
        self.b = Int32(truncatingIfNeeded: b)
        self.c = Int32(truncatingIfNeeded: c)
    }
}
