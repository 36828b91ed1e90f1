/// Identifier checks rules call: credit codes, permit numbers, outlet ids,
/// waste codes and regions (see `Domain/Identifiers/` for the standards).
enum IdentifierLibrary {
    static let optStr = ValueType.optional(.string), optBool = ValueType.optional(.bool)

    static func text(_ f: @escaping @Sendable (String) -> Value) -> Builtin.Impl {
        .one { v, _ in v.string.map(f) ?? .null }
    }

    static let all: [Builtin] = [
        Builtin("uscc_valid", "uscc_valid(code: string) -> bool", "统一社会信用代码是否符合 GB 32100-2015（含校验码）", "whether a credit code passes GB 32100-2015, check character included",
                params: [optStr], returns: optBool, impl: text { .bool(CreditCode.isValid($0)) }),
        Builtin("uscc_check", "uscc_check(code: string) -> string?", "按前 17 位计算出的校验码；前 17 位含非法字符时为 null", "the check character the first 17 characters call for; null when they are not all in the alphabet",
                params: [optStr], returns: optStr, impl: text { s in CreditCode.expectedCheckCharacter(s).map { .string(String($0)) } ?? .null }),
        Builtin("permit_number_ok", "permit_number_ok(number: string) -> bool", "许可证编号结构：信用代码 18 位 + 3 位数字 + 1 位字母", "permit number structure: 18 credit-code characters, 3 digits, one letter",
                params: [optStr], returns: optBool, impl: text { .bool(PermitNumber.isWellFormed($0)) }),
        Builtin("permit_uscc", "permit_uscc(number: string) -> string?", "许可证编号中的信用代码部分", "the credit-code part of a permit number",
                params: [optStr], returns: optStr, impl: text { s in PermitNumber.creditCode(of: s).map { .string(String($0)) } ?? .null }),
        Builtin("outlet_id_ok", "outlet_id_ok(id: string) -> bool", "排放口编号是否为 DA/DW + 3 位数字", "whether an outlet id is DA or DW and 3 digits",
                params: [optStr], returns: optBool, impl: text { .bool(OutletID.isWellFormed($0)) }),
        Builtin("outlet_medium", "outlet_medium(id: string) -> string?", "排放口编号表示的介质（air 或 water）", "the medium an outlet id names (air or water)",
                params: [optStr], returns: optStr, impl: text { s in OutletID.medium(of: s).map { .string($0.rawValue) } ?? .null }),
        Builtin("unit_medium", "unit_medium(unit: string) -> string?", "浓度单位表示的介质：mg/L 为 water，mg/m3、ug/m3、ng/m3 为 air", "the medium a concentration unit means: mg/L water; mg/m3, ug/m3, ng/m3 air",
                params: [optStr], returns: optStr, impl: text { s in
                    switch Unit(symbol: s)?.dimension {
                    case .airConcentration?: return .string("air")
                    case .waterConcentration?: return .string("water")
                    default: return .null
                    }
                }),
        Builtin("waste_code_ok", "waste_code_ok(code: string) -> bool", "危险废物代码格式 NNN-NNN-NN", "whether a waste code has the shape NNN-NNN-NN",
                params: [optStr], returns: optBool, impl: text { .bool(WasteCode.isWellFormed($0)) }),
        Builtin("category", "category(code: string) -> string?", "危险废物代码的类别（900-041-49 → HW49）", "the category of a waste code (900-041-49 → HW49)",
                params: [optStr], returns: optStr, impl: text { s in WasteCode.category(of: s).map { .string($0) } ?? .null }),
        Builtin("known_category", "known_category(category: string) -> bool", "是否为现行名录类别 HW01–HW40、HW45–HW50", "whether a category is in the current list (HW01–HW40, HW45–HW50)",
                params: [optStr], returns: optBool, impl: text { .bool(WasteCode.isKnownCategory($0)) }),
        Builtin("province", "province(region: string) -> string?", "行政区划代码的省级部分（前两位）", "the province (first two digits) of a region code",
                params: [optStr], returns: optStr, impl: text { s in RegionCode.province(of: s).map { .string($0) } ?? .null }),
    ]
}
