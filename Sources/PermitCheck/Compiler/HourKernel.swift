/// A number per element, prepared for one series: its unit, and NaN for absent.
struct NumberKernel {
    let unit: Unit
    let at: @Sendable (HourColumns, Int) -> Double
}

/// A truth value per element: 1 true, 0 false, -1 absent (three-valued logic).
typealias TruthKernel = @Sendable (HourColumns, Int) -> Int8

/// Kernels are built per series (units and loop invariants are fixed within
/// one series); building throws when an invariant cannot be evaluated or
/// units do not fit, and the loop then falls back to the general evaluator,
/// so a kernel never changes what a rule means.
typealias NumberKernelBuilder = @Sendable (EvalContext, Unit) throws -> NumberKernel
typealias TruthKernelBuilder = @Sendable (EvalContext, Unit) throws -> TruthKernel

/// Why a kernel could not be prepared for a series.
struct KernelUnavailable: Error {}
