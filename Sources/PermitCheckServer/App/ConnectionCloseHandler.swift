import HTTPTypes
import NIOCore
import NIOHTTPTypes

/// Closes the connection once a response that says `Connection: close` has
/// been written.
///
/// Hummingbird keeps a connection open after an early answer and reads the
/// rest of the request body to throw it away. For a body that is too large,
/// too slow or over the upload cap that is exactly the work the answer
/// refused, so such answers carry `Connection: close` and this handler
/// closes the connection right after their last byte.
final class ConnectionCloseHandler: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    private var closeAfterEnd = false

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        switch unwrapOutboundIn(data) {
        case .head(let head):
            closeAfterEnd = head.headerFields[.connection]?.lowercased() == "close"
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            guard closeAfterEnd else { return context.write(data, promise: promise) }
            closeAfterEnd = false
            let loopBound = context.loopBound
            context.writeAndFlush(data).whenComplete { result in
                loopBound.value.close(promise: nil)
                promise?.completeWith(result)
            }
        }
    }
}

@available(*, unavailable)
extension ConnectionCloseHandler: Sendable {}
