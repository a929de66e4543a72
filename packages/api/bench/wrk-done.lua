-- wrk script: POST the JSON body in WRK_BODY to /v1/summarize; print one STATS line (JSON)
local f = assert(io.open(os.getenv("WRK_BODY"), "r"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
wrk.path = "/v1/summarize"

local oks = {}
function setup(thread) thread:set("ok", 0); table.insert(oks, thread) end
function response(status, headers, body) if status == 200 then ok = ok + 1 end end
function done(summary, latency, requests)
  local ok = 0
  for _, t in ipairs(oks) do ok = ok + t:get("ok") end
  io.write(string.format('STATS {"requests":%d,"ok":%d,"seconds":%f,"p50":%f,"p99":%f}\n',
    summary.requests, ok, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
