-- Reads labels.txt (one label a line, '#' comments) for the rotating workloads.
function read_labels()
  local labels = {}
  for line in io.lines(os.getenv("VOCAB_LOAD_DIR") .. "/labels.txt") do
    if line ~= "" and line:sub(1, 1) ~= "#" then
      table.insert(labels, line)
    end
  end
  return labels
end

-- Percent-encodes everything but RFC 3986 unreserved characters (UTF-8 bytes included).
function url_encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", c:byte()) end))
end

-- Our labels contain no control characters; quotes and backslashes are the only JSON escapes needed.
function json_string(text)
  return '"' .. text:gsub('[\\"]', "\\%0") .. '"'
end
