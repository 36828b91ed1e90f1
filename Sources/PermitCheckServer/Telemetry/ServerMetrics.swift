import Metrics
import Prometheus

/// The service's metrics: swift-metrics handles backed by one Prometheus
/// registry per server, so two servers in one test process never share series.
///
/// Series: `permitcheck_http_requests_total` and
/// `permitcheck_http_request_duration_seconds` by route, method and status;
/// `permitcheck_findings_total` by severity; `permitcheck_audits_running`;
/// `permitcheck_checks_in_flight`.
public struct ServerMetrics: Sendable {
    let registry: PrometheusCollectorRegistry
    let factory: PrometheusMetricsFactory
    let auditsRunning: Meter
    let checksInFlight: Meter

    init() {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(500), .milliseconds(1), .milliseconds(2), .milliseconds(5), .milliseconds(10),
            .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250), .milliseconds(500),
            .seconds(1), .seconds(2), .seconds(5), .seconds(10),
        ]
        self.registry = registry
        self.factory = factory
        self.auditsRunning = Meter(label: "permitcheck_audits_running", factory: factory)
        self.checksInFlight = Meter(label: "permitcheck_checks_in_flight", factory: factory)
        // Present from the start, so dashboards see zeros rather than gaps.
        for severity in ["critical", "high", "medium", "low", "info"] {
            Counter(label: "permitcheck_findings_total", dimensions: [("severity", severity)], factory: factory).increment(by: 0)
        }
        auditsRunning.set(0)
        checksInFlight.set(0)
    }

    func recordRequest(route: String, method: String, status: Int, nanoseconds: UInt64) {
        let dimensions = [("route", route), ("method", method), ("status", String(status))]
        Counter(label: "permitcheck_http_requests_total", dimensions: dimensions, factory: factory).increment()
        Timer(label: "permitcheck_http_request_duration_seconds", dimensions: dimensions, factory: factory)
            .recordNanoseconds(Int64(clamping: nanoseconds))
    }

    func recordFindings(severity: String, count: Int) {
        guard count > 0 else { return }
        Counter(label: "permitcheck_findings_total", dimensions: [("severity", severity)], factory: factory).increment(by: count)
    }

    /// The Prometheus text exposition of every series.
    func exposition() -> [UInt8] { registry.emitToBuffer() }
}
