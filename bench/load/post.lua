-- POST /api/v1/normalize with JSON batches of VOCAB_LOAD_BATCH labels (default 100) drawn in turn from labels.txt.
-- Batches are built once per thread and sent in rotation, so each holds a different slice of the mix.
local dir = os.getenv("VOCAB_LOAD_DIR")
dofile(dir .. "/common.lua")
dofile(dir .. "/labels.lua")

local requests, next_index = {}, 0

function init_workload(args)
  local labels = read_labels()
  local size = tonumber(os.getenv("VOCAB_LOAD_BATCH") or "100")
  local headers = { ["Content-Type"] = "application/json" }
  -- As many batches as labels, each starting one label later, so every label leads a batch once.
  for start = 1, #labels do
    local parts = {}
    for k = 0, size - 1 do
      parts[#parts + 1] = json_string(labels[(start + k - 1) % #labels + 1])
    end
    table.insert(requests, wrk.format("POST", "/api/v1/normalize", headers, '{"labels":[' .. table.concat(parts, ",") .. ']}'))
  end
  next_index = (thread_index * 7) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
