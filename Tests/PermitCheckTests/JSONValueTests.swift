import Testing
@testable import PermitCheck

@Suite struct JSONValueTests {
    /// RFC 7386 Appendix A: (target, patch, result).
    @Test(arguments: [
        (#"{"a":"b"}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"b"}"#, #"{"b":"c"}"#, #"{"a":"b","b":"c"}"#),
        (#"{"a":"b"}"#, #"{"a":null}"#, #"{}"#),
        (#"{"a":"b","b":"c"}"#, #"{"a":null}"#, #"{"b":"c"}"#),
        (#"{"a":["b"]}"#, #"{"a":"c"}"#, #"{"a":"c"}"#),
        (#"{"a":"c"}"#, #"{"a":["b"]}"#, #"{"a":["b"]}"#),
        (#"{"a":{"b":"c"}}"#, #"{"a":{"b":"d","c":null}}"#, #"{"a":{"b":"d"}}"#),
        (#"{"a":[{"b":"c"}]}"#, #"{"a":[1]}"#, #"{"a":[1]}"#),
        (#"["a","b"]"#, #"["c","d"]"#, #"["c","d"]"#),
        (#"{"a":"b"}"#, #"["c"]"#, #"["c"]"#),
        (#"{"a":"foo"}"#, "null", "null"),
        (#"{"a":"foo"}"#, #""bar""#, #""bar""#),
        (#"{"e":null}"#, #"{"a":1}"#, #"{"e":null,"a":1}"#),
        ("[1,2]", #"{"a":"b","c":null}"#, #"{"a":"b"}"#),
        ("{}", #"{"a":{"bb":{"ccc":null}}}"#, #"{"a":{"bb":{}}}"#),
    ])
    func mergePatchFollowsRFC7386(_ target: String, _ patch: String, _ result: String) throws {
        let merged = try #require(try JSONValue(parsing: target).mergePatch(try JSONValue(parsing: patch)))
        #expect(JSONWriter().string(merged) == result)
    }

    @Test(arguments: [
        (JSONValue.number(50), "50"), (.number(38.2), "38.2"), (.number(-0.0), "-0"), (.number(1e-7), "1e-07"),
        (.number(812000), "812000"), (.number(1e300), "1e+300"), (.number(.nan), "null"), (.number(0.1 + 0.2), "0.30000000000000004"),
        (.string("a\"b\\c\n\t\u{1}/中"), #""a\"b\\c\n\t\u0001/中""#), (.bool(true), "true"), (.null, "null"),
        (JSONValue.array([1, "x", .object(JSONObject()), .array([])]), #"[1,"x",{},[]]"#),
    ])
    func writesCompactJSON(_ value: JSONValue, _ text: String) {
        #expect(JSONWriter().string(value) == text)
    }

    @Test func writesPrettySortedJSON() {
        let value: JSONValue = ["b": [1, 2], "a": ["z": nil, "y": true], "c": []]
        #expect(JSONWriter(pretty: true, keyOrder: .sorted).string(value) == """
        {
          "a": {
            "y": true,
            "z": null
          },
          "b": [
            1,
            2
          ],
          "c": []
        }
        """)
        #expect(JSONWriter(keyOrder: .insertion).string(value) == #"{"b":[1,2],"a":{"z":null,"y":true},"c":[]}"#)
    }

    @Test func objectsCompareUnorderedAndKeepOrder() throws {
        let a = try JSONValue(parsing: #"{"x":1,"y":2,"x":3}"#)
        #expect(a == ["y": 2, "x": 3])
        guard case .object(let object) = a else { return }
        #expect(object.keys == ["x", "y"])
    }
}
