-- Load test of POST /v1/check with one example filing (loopback only).
-- FILING: path of the filing (default Examples/filings/printing-xinzhou.json)
-- TOKEN:  bearer token (default the documented example auditor token)
-- PACK:   pack name (default cn-national)
local path = os.getenv("FILING") or "Examples/filings/printing-xinzhou.json"
local file = assert(io.open(path, "rb"))
wrk.body = file:read("*a")
file:close()
wrk.method = "POST"
wrk.path = "/v1/check?pack=" .. (os.getenv("PACK") or "cn-national")
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "example-auditor-token")
-- wrk prints "Non-2xx or 3xx responses: N" when any answer was not 200: read it.
