-- wrk script of bench/reads.py: walks the paths listed in the file $BENCH_PATHS, one per line, each thread from
-- its own place, and sends each request as the TLS-terminating proxy passes it on, from one of 256 residents.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end

local threads = 0
function setup(thread)
  thread:set("offset", threads * 7919)
  threads = threads + 1
end

local sent = 0
function request()
  sent = sent + 1
  local position = (offset + sent) % #paths + 1
  local headers = {["X-Forwarded-For"] = "10.0." .. (sent % 16) .. "." .. (sent % 16 + 1), ["X-Forwarded-Proto"] = "https"}
  return wrk.format("GET", paths[position], headers)
end
