-- wrk script for scripts/load-test.sh: requests the paths listed in the file named by the
-- WRK_PATHS environment variable, in turn, and prints p50/p90/p95/p99 latency when done.
local paths = {}
local next_path = 1

function init(args)
  local file = assert(io.open(os.getenv("WRK_PATHS"), "r"))
  for line in file:lines() do
    if line ~= "" then paths[#paths + 1] = line end
  end
  file:close()
  -- each wrk thread starts at a different place in the list
  next_path = math.random(#paths)
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
  io.write(string.format("latency ms: p50 %.1f  p90 %.1f  p95 %.1f  p99 %.1f  max %.1f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
