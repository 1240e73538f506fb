-- GET /api/v1/normalize?label=… rotating over every label of labels.txt (exact, normalized, Japanese, unmatched).
-- Requests are built once per thread; each thread starts at a different place in the list.
local dir = os.getenv("VOCAB_LOAD_DIR")
dofile(dir .. "/common.lua")
dofile(dir .. "/labels.lua")

local requests, next_index = {}, 0

function init_workload(args)
  for _, label in ipairs(read_labels()) do
    table.insert(requests, wrk.format("GET", "/api/v1/normalize?label=" .. url_encode(label)))
  end
  next_index = (thread_index * 7) % #requests
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
