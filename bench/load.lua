-- wrk script of bench/load.py: mixed traffic from a file of paths, one per line.
-- Each connection walks the shuffled list from its own offset; the summary is
-- printed as one JSON line for load.py to read.
local paths = {}
local position = 0
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    paths[#paths + 1] = line
  end
  file:close()
  position = offset % #paths
  -- Behind the TLS proxy: production settings redirect plain HTTP otherwise.
  wrk.headers["X-Forwarded-Proto"] = "https"
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests": %d, "duration_us": %d, "bytes": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, '
      .. '"status_errors": %d, "timeouts": %d, "p50_us": %d, "p95_us": %d, '
      .. '"p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean))
end
