-- Warm-up (not reported): every route the bench times, in turn, so tiered JIT compilation reaches the code of
-- each before anything is measured.
local dir = os.getenv("VOCAB_LOAD_DIR")
dofile(dir .. "/labels.lua")

local requests, next_index = {}, 0

function init(args)
  local labels = read_labels()
  local parts = {}
  for _, label in ipairs(labels) do
    table.insert(requests, wrk.format("GET", "/api/v1/normalize?label=" .. url_encode(label)))
    table.insert(requests, wrk.format("GET", "/health"))
    parts[#parts + 1] = json_string(label)
  end
  local body = '{"labels":[' .. table.concat(parts, ",") .. ']}'
  for _ = 1, 4 do
    table.insert(requests, wrk.format("POST", "/api/v1/normalize", { ["Content-Type"] = "application/json" }, body))
  end
end

function request()
  next_index = next_index % #requests + 1
  return requests[next_index]
end
