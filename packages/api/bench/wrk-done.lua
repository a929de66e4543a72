-- wrk script: POST the body in WRK_BODY (JSON) to WRK_PATH (default /v1/summarize); print one
-- STATS line (JSON): requests, 200s, refusals (429 and 503), seconds, latency p50 / p99 in ms
local f = assert(io.open(os.getenv("WRK_BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.path = os.getenv("WRK_PATH") or "/v1/summarize"

local threads = {}
function setup(thread) thread:set("ok", 0); thread:set("refused", 0); table.insert(threads, thread) end
function response(status, headers, body)
  if status == 200 then ok = ok + 1 elseif status == 429 or status == 503 then refused = refused + 1 end
end
function done(summary, latency, requests)
  local ok, refused = 0, 0
  for _, t in ipairs(threads) do ok = ok + t:get("ok"); refused = refused + t:get("refused") end
  io.write(string.format('STATS {"requests":%d,"ok":%d,"refused":%d,"seconds":%f,"p50":%f,"p99":%f}\n',
    summary.requests, ok, refused, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
