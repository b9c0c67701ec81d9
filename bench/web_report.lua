-- wrk script of bench/web.py: counts responses other than 200 (wrk itself only counts >= 400, so
-- a redirect to the login page would pass for a page) and prints one line for the benchmark to
-- read: requests, duration (us), socket errors, non-200 responses, latency p50/p95/p99/max (us).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not200 = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not200 = not200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not200")
  end
  local e = summary.errors
  io.write(string.format("DONDOC-WRK %d %d %d %d %d %d %d %d\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, bad,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
