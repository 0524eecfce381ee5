-- A mix of pages under load (bench/run.py's fault run and soak): each thread asks for the
-- paths in turn, from its own place in the list, and counts the answers per period of time.
-- Arguments (after --): the periods' ends in Unix seconds, comma-separated ("-": a single
-- period), then the paths. Periods are told by os.time(): bench/run.py starts wrk on a whole
-- second and ends its periods on whole seconds, when it also kills or starts Redis.
-- done() writes one JSON line: RESULT as latency.lua's, COUNTS the answers of each period
-- by class ("1:2xx"), the 500s on their own ("1:500") and the page cache's hits ("1:hit").
local threads = {}

setup = function(thread)
  thread:set("offset", #threads)
  table.insert(threads, thread)
end

init = function(args)
  ends = {}
  if args[1] ~= "-" then
    for each in string.gmatch(args[1], "%d+") do
      table.insert(ends, tonumber(each))
    end
  end
  paths = {}
  for i = 2, #args do
    table.insert(paths, args[i])
  end
  counts = {}
  asked = offset or 0
end

request = function()
  asked = asked + 1
  return wrk.format(nil, paths[asked % #paths + 1])
end

local function count(key)
  counts[key] = (counts[key] or 0) + 1
end

response = function(status, headers, body)
  local now, period = os.time(), #ends + 1
  for i, last in ipairs(ends) do
    if now < last then
      period = i
      break
    end
  end
  count(period .. ":" .. math.floor(status / 100) .. "xx")
  if status == 500 then
    count(period .. ":500")
  end
  if (headers["X-Page-Cache"] or headers["x-page-cache"]) == "hit" then
    count(period .. ":hit")
  end
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for key, n in pairs(thread:get("counts")) do
      total[key] = (total[key] or 0) + n
    end
  end
  local fields = {}
  for key, n in pairs(total) do
    table.insert(fields, string.format('"%s": %d', key, n))
  end
  io.write(string.format(
    'RESULT {"requests": %d, "duration_us": %d, "status_errors": %d, "socket_errors": %d, ' ..
    '"p50_us": %d, "p95_us": %d, "p99_us": %d, "counts": {%s}}\n',
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    table.concat(fields, ", ")))
end
