# tapsets/timestamp.stp: gettimeofday_*, jiffies, local_clock_*.  Expected
# -p2 output is stap 4.8's, less its '# global embedded code' section
# (runtime-specific #defines; ours needs none).

=== TEST 1: gettimeofday_s resolves its types
--- args: -p2
--- stap
probe begin { println(gettimeofday_s()) }
--- stap_out
# functions
gettimeofday_ns:long ()
gettimeofday_s:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 2: gettimeofday_ms resolves its types
--- args: -p2
--- stap
probe begin { println(gettimeofday_ms()) }
--- stap_out
# functions
gettimeofday_ms:long ()
gettimeofday_ns:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 3: gettimeofday_us resolves its types
--- args: -p2
--- stap
probe begin { println(gettimeofday_us()) }
--- stap_out
# functions
gettimeofday_ns:long ()
gettimeofday_us:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 4: gettimeofday_ns resolves its types
--- args: -p2
--- stap
probe begin { println(gettimeofday_ns()) }
--- stap_out
# functions
gettimeofday_ns:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 5: jiffies resolves its types
--- args: -p2
--- stap
probe begin { println(jiffies()) }
--- stap_out
# functions
jiffies:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 6: local_clock_s resolves its types
--- args: -p2
--- stap
probe begin { println(local_clock_s()) }
--- stap_out
# functions
local_clock_ns:long ()
local_clock_s:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 7: local_clock_ms resolves its types
--- args: -p2
--- stap
probe begin { println(local_clock_ms()) }
--- stap_out
# functions
local_clock_ms:long ()
local_clock_ns:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 8: local_clock_us resolves its types
--- args: -p2
--- stap
probe begin { println(local_clock_us()) }
--- stap_out
# functions
local_clock_ns:long ()
local_clock_us:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 9: local_clock_ns resolves its types
--- args: -p2
--- stap
probe begin { println(local_clock_ns()) }
--- stap_out
# functions
local_clock_ns:long ()
# probes
begin /* <- begin */
--- stap_err
