-- wrk script for the desk load benchmark: each request takes the next path from the file named by the PATHS
-- environment variable (one path a line, cycled), sends the API token from TOKEN, and `done` prints the latency
-- percentiles, the request rate and how many answers were not 2xx.
local paths = {}
local counter = 0
local token = os.getenv("TOKEN")

for line in io.lines(os.getenv("PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end

request = function()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "text/html" })
end

done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("requests=%d seconds=%.1f rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.status, errors))
end
