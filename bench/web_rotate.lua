-- wrk script of bench/web.py for the "rotating" load: each request asks for the next path of a
-- list (a file, one path per line, given after `--`, with the index to start at), so that the
-- load cycles through many distinct URLs instead of one. Counts and prints like web_report.lua.
local threads = {}
local paths = {}
local index = 0

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not200 = 0
  for line in io.lines(args[1]) do
    if line ~= "" then
      table.insert(paths, line)
    end
  end
  index = tonumber(args[2] or "0") % #paths
end

function request()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
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
