import Foundation
import PermitCheck
#if canImport(Glibc)
import Glibc
#endif

/// One HTTP/1.1 answer as it came off the socket.
struct RawResponse: Sendable {
    var status: Int
    /// Header names in lower case.
    var headers: [String: String]
    var body: [UInt8]

    var json: JSONValue { (try? JSONValue(parsing: body)) ?? .null }
    var errorCode: String? { json["error"]?["code"]?.string }
}

/// A loopback TCP connection driven byte by byte, for tests that must send
/// a body slowly, stop half way, or see exactly when the server closes.
///
/// Non-blocking throughout: waiting is `Task.sleep`, so many slow clients
/// share the test's two cooperative threads without blocking them.
final class RawConnection: @unchecked Sendable {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private(set) var peerClosed = false

    /// Connects to 127.0.0.1:`port`; `nil` when it cannot.
    init?(port: Int) async {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        self.fd = fd
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        if result != 0 && errno != EINPROGRESS { Glibc.close(fd); return nil }
        // Wait until writable: the connection is made (or failed).
        for _ in 0..<500 {
            var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            if poll(&p, 1, 0) > 0 { break }
            try? await Task.sleep(for: .milliseconds(2))
        }
        var error: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length)
        if error != 0 { Glibc.close(fd); return nil }
    }

    deinit { Glibc.close(fd) }

    /// Sends all of `bytes`; `false` once the peer has gone.
    @discardableResult
    func send(_ bytes: [UInt8]) async -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n > 0 { offset += n; continue }
            guard n < 0, errno == EAGAIN || errno == EWOULDBLOCK else { return false }
            try? await Task.sleep(for: .milliseconds(1))
        }
        return true
    }

    func send(_ text: String) async -> Bool { await send(Array(text.utf8)) }

    /// Reads what has arrived; records when the peer has closed.
    private func pump() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if n > 0 { buffer.append(contentsOf: chunk[0..<n]); return true }
        if n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK) { peerClosed = true }
        return false
    }

    /// The next complete response (by `Content-Length`), or `nil` after `timeout` or a close without one.
    func response(timeout: Duration) async -> RawResponse? {
        let end = ContinuousClock.now + timeout
        while true {
            while pump() {}
            if let parsed = Self.parse(&buffer) { return parsed }
            if peerClosed || ContinuousClock.now >= end { return nil }
            try? await Task.sleep(for: .milliseconds(5))
        }
    }

    /// Whether the server closes the connection within `timeout`.
    func closes(within timeout: Duration) async -> Bool {
        let end = ContinuousClock.now + timeout
        while !peerClosed && ContinuousClock.now < end {
            while pump() {}
            if !peerClosed { try? await Task.sleep(for: .milliseconds(10)) }
        }
        return peerClosed
    }

    static func parse(_ buffer: inout [UInt8]) -> RawResponse? {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard let headEnd = buffer.firstRange(of: separator) else { return nil }
        let head = String(decoding: buffer[..<headEnd.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = headers["content-length"].flatMap { Int($0) } ?? 0
        guard buffer.count - headEnd.upperBound >= length else { return nil }
        let body = Array(buffer[headEnd.upperBound..<(headEnd.upperBound + length)])
        buffer.removeFirst(headEnd.upperBound + length)
        return RawResponse(status: status, headers: headers, body: body)
    }
}

/// Whole requests over a fresh connection each (`Connection: close`).
enum RawHTTP {
    static func request(
        port: Int, _ method: String = "GET", _ path: String, token: String? = nil, body: [UInt8]? = nil,
        timeout: Duration = .seconds(60)
    ) async -> RawResponse? {
        guard let connection = await RawConnection(port: port) else { return nil }
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
        if let token { head += "Authorization: Bearer \(token)\r\n" }
        if let body { head += "Content-Length: \(body.count)\r\n" }
        head += "\r\n"
        guard await connection.send(Array(head.utf8) + (body ?? [])) else { return nil }
        return await connection.response(timeout: timeout)
    }
}
