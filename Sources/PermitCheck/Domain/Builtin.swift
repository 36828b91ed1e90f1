/// A function of the domain library: its checked signature and its
/// implementation. The checker knows every builtin's types; rules cannot
/// define functions, so evaluation always terminates.
struct Builtin: Sendable {
    /// Implementations by arity, so calls need no argument array on the hot path.
    enum Impl: Sendable {
        case one(@Sendable (Value, EvalContext) throws -> Value)
        case two(@Sendable (Value, Value, EvalContext) throws -> Value)
        case three(@Sendable (Value, Value, Value, EvalContext) throws -> Value)
    }

    let name: String
    /// Signature as documented, e.g. `valid(hours: list<Hour>, refO2: number?) -> list<Hour>`.
    let signature: String
    let doc: LocalizedText
    /// The result type for these argument types, or why they do not fit.
    let check: @Sendable ([ValueType]) -> Fit
    let impl: Impl

    var arity: Int {
        switch impl {
        case .one: return 1
        case .two: return 2
        case .three: return 3
        }
    }

    /// A builtin with fixed parameter types.
    init(_ name: String, _ signature: String, _ zh: String, _ en: String, params: [ValueType], returns: ValueType, impl: Impl) {
        self.init(name, signature, zh, en, check: { args in
            for (i, (want, got)) in zip(params, args).enumerated() where !want.accepts(got) {
                return .bad(BuiltinMessages.argument(i + 1, expected: want, found: got))
            }
            return .ok(returns)
        }, impl: impl)
    }

    /// A builtin whose result type depends on its arguments.
    init(_ name: String, _ signature: String, _ zh: String, _ en: String, check: @escaping @Sendable ([ValueType]) -> Fit, impl: Impl) {
        self.name = name
        self.signature = signature
        self.doc = LocalizedText(zh: zh, en: en)
        self.check = check
        self.impl = impl
    }
}

/// Whether arguments fit a builtin: the result type, or why not.
enum Fit: Sendable {
    case ok(ValueType)
    case bad(LocalizedText)
}

/// The domain library: every function rules may call, by name.
enum Library {
    static let all: [Builtin] = SeriesLibrary.all + GeneralLibrary.all + IdentifierLibrary.all + RegistryLibrary.all
        + MonitoringDutyLibraries.all + WorkingDayLibrary.all + TextLibrary.all

    static let byName: [String: [Builtin]] = Dictionary(grouping: all, by: \.name)
}
