# Pass 2, the -p2 listing: globals with sizes, wrap marks and key types,
# the functions the probes reach with their locals, the probes with the
# points they came from, and the probes stap adds (a `begin` for probe
# conditions, an `end` per global written and never read).  Expected
# output is stap 4.8's own.

=== TEST 1: everything in one listing
--- args: -p2 -u
--- stap
global a[10], b, c%, d; function f(x) { y = x; return y } probe p.q = begin { pv = 1 } probe p.* { println(f(pv)); a[1]=1; b[1,"x"]="y"; c["a"] = 1; d=1; println(a[1], b[1,"x"], c["a"], d) } probe timer.s(1) if (d > 0), procfs("foo").read.maxsize(100), timer.hz(100) {  next } probe begin(-3), end(0x10), error {} probe never {}  probe perf.type(1).config(2).process("/bin/ls"), timer.jiffies(3).randomize(1), timer.ms(5), timer.us(100), timer.ns(100000) {}
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
a[10]:long [long]
b:string [long, string]
c%:long [string]
d:long
# functions
f:long (x:long)
  # locals
  y:long
# probes
begin /* <- p.q = begin <- p.* */
  # locals
  pv:long
timer.s(1) if ((__global_d) > (0)) /* <- timer.s(1) if ((__global_d) > (0)),procfs("foo").read.maxsize(100),timer.hz(100) */
procfs("foo").read.maxsize(100) /* <- timer.s(1) if ((__global_d) > (0)),procfs("foo").read.maxsize(100),timer.hz(100) */
timer.hz(100) /* <- timer.s(1) if ((__global_d) > (0)),procfs("foo").read.maxsize(100),timer.hz(100) */
begin(-3) /* <- begin(-3),end(16),error */
end(16) /* <- begin(-3),end(16),error */
error /* <- begin(-3),end(16),error */
never /* <- never */
perf.type(1).config(2).sample(1000000).process("/usr/bin/ls") /* <- perf.type(1).config(2).process("/bin/ls") */
timer.jiffies(3).randomize(1) /* <- perf.type(1).config(2).process("/bin/ls"),timer.jiffies(3).randomize(1),timer.ms(5),timer.us(100),timer.ns(100000) */
timer.ms(5) /* <- perf.type(1).config(2).process("/bin/ls"),timer.jiffies(3).randomize(1),timer.ms(5),timer.us(100),timer.ns(100000) */
timer.us(100) /* <- perf.type(1).config(2).process("/bin/ls"),timer.jiffies(3).randomize(1),timer.ms(5),timer.us(100),timer.ns(100000) */
timer.ns(100000) /* <- perf.type(1).config(2).process("/bin/ls"),timer.jiffies(3).randomize(1),timer.ms(5),timer.us(100),timer.ns(100000) */
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 2: unused functions and globals are not listed
--- args: -p2 -u
--- stap
function g:string (x:long) { return "q" } function h(x) {return x} global zz, yy  probe begin { zz = 1; println(zz) }
--- stap_out
# globals
zz:long
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 3: functions reached only through other functions
--- args: -p2 -u
--- stap
function a() { return b() } function b() { return 1 } function c() { return 2 } probe begin { println(a()) }
--- stap_out
# functions
a:long ()
b:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 4: a function that returns nothing
--- args: -p2 -u
--- stap
function f() { next } probe begin { f() }
--- stap_out
# functions
f:unknown ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 5: function locals
--- args: -p2 -u
--- stap
function f(n) { s = ""; for (i = 0; i < n; i++) s .= "x"; return s } probe begin { println(f(3)) }
--- stap_out
# functions
f:string (n:long)
  # locals
  s:string
  i:long
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 6: a written, never read global is printed at end
--- args: -p2 -u
--- stap
global zz; probe begin { zz = 1 }
--- stap_out
# globals
zz:long
# probes
begin /* <- begin */
end /* <- end */
--- stap_err
--- exitcode: 0

=== TEST 7: each kind of unread global gets its end probe
--- args: -p2 -u
--- stap
global zz, arr, st, q; probe begin { zz = 1; arr[1,"a"] = "x"; st <<< 1; q = 1; println(q) } probe end { }
--- stap_out
# globals
zz:long
arr:string [long, string]
st:stats
q:long
# probes
begin /* <- begin */
end /* <- end */
end /* <- end */
end /* <- end */
  # locals
  __idx0:long
  __idx1:string
  __val:string
end /* <- end */
--- stap_err
--- exitcode: 0

=== TEST 8: an unread statistics array
--- args: -p2 -u
--- stap
global st; probe begin { st[1, "a"] <<< 1 }
--- stap_out
# globals
st:stats [long, string]
# probes
begin /* <- begin */
end /* <- end */
  # locals
  __idx0:long
  __idx1:string
--- stap_err
--- exitcode: 0

=== TEST 9: condition globals add a begin probe
--- args: -p2 -u
--- stap
global d; probe timer.s(1) if (d > 0) {} probe end {d = 2}
--- stap_out
# globals
d:long
# probes
timer.s(1) if ((__global_d) > (0)) /* <- timer.s(1) if ((__global_d) > (0)) */
end /* <- end */
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 10: condition begin comes before the end probes
--- args: -p2 -u
--- stap
global st, g; probe begin { st[1] <<< 1; g = 1 } probe begin if (g) {} 
--- stap_out
# globals
st:stats [long]
g:long
# probes
begin /* <- begin */
begin if (__global_g) /* <- begin if (__global_g) */
begin /* <- begin */
end /* <- end */
  # locals
  __idx0:long
--- stap_err
--- exitcode: 0

=== TEST 11: a global read only in a condition
--- args: -p2 -u
--- stap
global zz; probe begin { zz = 1; }  probe begin if (zz) {}
--- stap_out
# globals
zz:long
# probes
begin /* <- begin */
begin if (__global_zz) /* <- begin if (__global_zz) */
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 12: procfs probes bring their runtime header
--- args: -p2 -u
--- stap
probe procfs("x").read {}
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# probes
procfs("x").read /* <- procfs("x").read */
--- stap_err
--- exitcode: 0

=== TEST 13: global initialised and read
--- args: -p2 -u
--- stap
global zz = 3, st; probe begin { println(zz); st <<< 1 }
--- stap_out
# globals
zz:long
st:stats
# probes
begin /* <- begin */
end /* <- end */
--- stap_err
--- exitcode: 0
