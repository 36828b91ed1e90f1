import Hummingbird
import PermitCheck

/// The whole vocabulary of the API's error answers, in one place, each with
/// its status, stable code and bilingual message.
extension APIError {
    static func unauthorized(_ reason: LocalizedText) -> APIError {
        APIError(status: .unauthorized, code: "auth.unauthorized", message: reason, headers: [.wwwAuthenticate: "Bearer realm=\"permitcheck\""])
    }
    static let missingToken = unauthorized(LocalizedText(zh: "缺少访问令牌（Authorization: Bearer …）", en: "missing bearer token (Authorization: Bearer …)"))
    static let malformedToken = unauthorized(LocalizedText(zh: "Authorization 头格式不对：应为 \"Bearer\"、一个空格、令牌（不含空白）", en: "malformed Authorization header: expected \"Bearer\", one space, the token (no whitespace)"))
    static let unknownToken = unauthorized(LocalizedText(zh: "访问令牌无效", en: "unknown bearer token"))

    static func forbidden(_ message: LocalizedText) -> APIError {
        APIError(status: .forbidden, code: "auth.forbidden", message: message)
    }
    static let wrongScope = forbidden(LocalizedText(zh: "此令牌的权限范围不允许该操作", en: "this token's scope does not allow this operation"))
    static let otherEnterprise = forbidden(LocalizedText(zh: "企业令牌只能提交本企业（统一社会信用代码一致）的执行报告", en: "an enterprise token may only submit filings of its own enterprise (same credit code)"))
    static let otherSubmission = forbidden(LocalizedText(zh: "企业令牌只能查看本企业的提交记录", en: "an enterprise token may only read its own submissions"))

    static func notFound(_ what: LocalizedText) -> APIError {
        APIError(status: .notFound, code: "resource.not-found", message: LocalizedText(zh: "找不到\(what.zh)", en: "not found: \(what.en)"))
    }
    static let routeNotFound = APIError(status: .notFound, code: "route.not-found", message: LocalizedText(zh: "没有这个接口", en: "no such endpoint"))

    static func badQuery(_ name: String, _ value: String, allowed: [String]) -> APIError {
        let list = allowed.joined(separator: ", ")
        return APIError(status: .badRequest, code: "query.bad-value", message: LocalizedText(zh: "查询参数 \(name)=\(value) 无效，可选：\(list)", en: "query parameter \(name)=\(value) is not valid; one of: \(list)"))
    }
    static func unknownPack(_ name: String, loaded: [String]) -> APIError {
        APIError(status: .badRequest, code: "query.unknown-pack", message: LocalizedText(zh: "未加载规则包 \(name)，已加载：\(loaded.joined(separator: ", "))", en: "no pack named \(name) is loaded; loaded: \(loaded.joined(separator: ", "))"))
    }
    static func malformedFiling(_ problems: [InputProblem]) -> APIError {
        APIError(status: .badRequest, code: "filing.malformed", message: LocalizedText(zh: "执行报告无法读取，请按问题列表修改", en: "the filing cannot be read; fix the listed problems"), problems: problems)
    }
    static let emptyBody = APIError(status: .badRequest, code: "body.empty", message: LocalizedText(zh: "请求体为空", en: "the request body is empty"))
    static func tooLarge(_ limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "body.too-large", message: LocalizedText(zh: "请求体超过上限 \(limit) 字节", en: "the request body exceeds the limit of \(limit) bytes"))
    }
    static func inflatedTooLarge(_ limit: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "body.too-large", message: LocalizedText(zh: "请求体解压后超过上限 \(limit) 字节", en: "the request body exceeds the limit of \(limit) bytes once decompressed"))
    }
    static func inflationTooHigh(_ ratio: Int) -> APIError {
        APIError(status: .contentTooLarge, code: "body.too-large", message: LocalizedText(zh: "请求体解压后超过压缩数据的 \(ratio) 倍（疑似压缩炸弹），上传已中止", en: "the request body inflates to more than \(ratio) times its compressed size (a compression bomb?); the upload is refused"))
    }
    static func unsupportedEncoding(_ coding: String) -> APIError {
        APIError(status: .unsupportedMediaType, code: "body.unsupported-encoding", message: LocalizedText(zh: "不支持请求体编码 Content-Encoding: \(coding)，只接受 gzip 或不压缩", en: "Content-Encoding: \(coding) is not supported; send gzip or no encoding"), headers: [.acceptEncoding: "gzip"])
    }
    static func badGzip(_ reason: String) -> APIError {
        APIError(status: .badRequest, code: "body.bad-gzip", message: LocalizedText(zh: "请求体不是有效的 gzip 数据：\(reason)", en: "the request body is not valid gzip: \(reason)"))
    }
    static func saturated(_ what: LocalizedText, retryAfter: Int) -> APIError {
        APIError(status: .serviceUnavailable, code: "server.busy", message: what, headers: [.retryAfter: String(retryAfter)])
    }
    static let notReady = APIError(status: .serviceUnavailable, code: "server.not-ready", message: LocalizedText(zh: "服务尚未就绪", en: "the service is not ready"))
    static func packRefused(_ failure: CompileFailure) -> APIError {
        APIError(status: .unprocessableContent, code: "pack.compile-failed", message: LocalizedText(zh: "规则包编译失败，继续使用原规则包", en: "a pack failed to compile; the previous packs keep serving"), diagnostics: failure.diagnostics)
    }
    static let auditFinished = APIError(status: .conflict, code: "audit.finished", message: LocalizedText(zh: "该审计已经结束，无法取消", en: "the audit has already finished and cannot be cancelled"))
    static let internalError = APIError(status: .internalServerError, code: "server.internal", message: LocalizedText(zh: "服务器内部错误（已记录日志）", en: "internal server error (logged)"))
    /// `503`, not `500`: the store may come back (disk space, permissions) and the request can be repeated as it was.
    static func storageFailed(retryAfter: Int) -> APIError {
        APIError(status: .serviceUnavailable, code: "server.storage", message: LocalizedText(zh: "无法写入审计记录，未作出判定，请稍后重试", en: "the audit trail could not be written; no decision was given; retry later"), headers: [.retryAfter: String(retryAfter)])
    }
    static func bodyTimeout(_ timeout: Duration) -> APIError {
        let seconds = timeout.components.seconds
        return APIError(status: .requestTimeout, code: "body.timeout", message: LocalizedText(zh: "请求体未在 \(seconds) 秒内送达，连接已关闭", en: "the request body did not arrive within \(seconds) seconds; the connection is closed"), headers: [.connection: "close"])
    }
    static func tooManyUploads(retryAfter: Int) -> APIError {
        APIError(status: .tooManyRequests, code: "upload.too-many", message: LocalizedText(zh: "此令牌或地址同时上传的请求过多，请稍后重试", en: "too many uploads at once from this token or address; retry later"), headers: [.retryAfter: String(retryAfter), .connection: "close"])
    }
    static let shuttingDown = APIError(status: .serviceUnavailable, code: "server.shutting-down", message: LocalizedText(zh: "服务正在停止，上传已中断", en: "the service is stopping; the upload was cut off"), headers: [.connection: "close"])
}
