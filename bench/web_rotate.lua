-- wrk script of bench/web.py for the "rotating" load: each request asks for the next path of a
-- list (a file, one path per line, given after `--`, with the index to start at), so that the
-- load cycles through many distinct URLs instead of one. Counting and printing are web_report.lua's
-- (its path in DONDOC_WRK_REPORT, set by bench/web.py).
dofile(os.getenv("DONDOC_WRK_REPORT"))

local paths = {}
local index = 0
local report_init = init

function init(args)
  report_init(args)
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
