-- Loaded by every workload script: counts answers by status in each wrk thread and, at the end, prints one
-- machine-readable RESULT line that run.sh turns into a table row (wrk's own text has no p99 without --latency
-- parsing and no split of 429 from 5xx).
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  -- Lets the rotating workloads start each thread at a different place in their list.
  thread:set("thread_index", #threads)
end

function init(args)
  statuses = {}
  if init_workload then
    init_workload(args)
  end
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local by = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      by[status] = (by[status] or 0) + count
    end
  end
  local ok, s429, s5xx, other = 0, 0, 0, 0
  for status, count in pairs(by) do
    if status >= 200 and status < 300 then ok = ok + count
    elseif status == 429 then s429 = s429 + count
    elseif status >= 500 then s5xx = s5xx + count
    else other = other + count end
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f p50_ms=%.3f p99_ms=%.3f ok=%d s429=%d s5xx=%d other=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    ok, s429, s5xx, other, e.connect + e.read + e.write + e.timeout))
end
