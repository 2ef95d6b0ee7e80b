-- t/nginx/gc.lua [N] - a LuaJIT workload for the LuaJIT samples
-- (t/t0330-live-samples.t, run by t/nginx/build-luajit's luajit): N
-- rounds (default 200000) that make a string and a table each and keep
-- the last 1000, so the GC steps all along, inside a pcall (lua_pcall
-- from the luajit executable runs the chunk).
local n = tonumber(arg and arg[1]) or 200000
local keep, bytes = {}, 0
local ok, err = pcall(function()
	for i = 1, n do
		local s = tostring(i) .. "x"
		keep[i % 1000] = { s, i }
		bytes = bytes + #s
	end
end)
assert(ok, err)
print(("lua: %d rounds, %d string bytes"):format(n, bytes))
