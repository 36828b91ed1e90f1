/// Which products and quotients of quantities mean something, and the factor
/// from the product of base units to the result's base unit.
///
/// mg/m3 × m3/h = mg/h = 1e-6 kg/h; mg/L × m3/h = 1e3 mg/h = 1e-3 kg/h;
/// kg/h × h = kg = 1e-3 t; t ÷ h = 1e3 kg/h.
extension Dimension {
    package static func product(_ a: Dimension, _ b: Dimension) -> (Dimension, Double)? {
        switch (a, b) {
        case (.none, let d), (let d, .none): return (d, 1)
        case (.airConcentration, .volumeFlow), (.volumeFlow, .airConcentration): return (.massRate, 1e-6)
        case (.waterConcentration, .volumeFlow), (.volumeFlow, .waterConcentration): return (.massRate, 1e-3)
        case (.massRate, .time), (.time, .massRate): return (.mass, 1e-3)
        default: return nil
        }
    }

    package static func quotient(_ a: Dimension, _ b: Dimension) -> (Dimension, Double)? {
        if a == b { return (.none, 1) }
        switch (a, b) {
        case (let d, .none): return (d, 1)
        case (.mass, .time): return (.massRate, 1e3)
        case (.massRate, .volumeFlow): return (.airConcentration, 1e6)
        default: return nil
        }
    }
}
