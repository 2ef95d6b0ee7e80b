# Pass 2, probe points: the table of probe kinds, their parameters, and
# SystemTap 4.8's messages for points that do not resolve.  Expected
# output is stap 4.8's own (stap -p2 on the same script).

=== TEST 1: begin, end, error, never
--- args: -p2 -u
--- stap
probe begin, end, error, never {}
--- stap_out
# probes
begin /* <- begin,end,error,never */
end /* <- begin,end,error,never */
error /* <- begin,end,error,never */
never /* <- begin,end,error,never */
--- stap_err
--- exitcode: 0

=== TEST 2: sequence numbers, negative and hex
--- args: -p2 -u
--- stap
probe begin(-3), end(0x10), error(5), begin(-9223372036854775808) {}
--- stap_out
# probes
begin(-3) /* <- begin(-3),end(16),error(5),begin(-9223372036854775808) */
end(16) /* <- begin(-3),end(16),error(5),begin(-9223372036854775808) */
error(5) /* <- begin(-3),end(16),error(5),begin(-9223372036854775808) */
begin(-9223372036854775808) /* <- begin(-3),end(16),error(5),begin(-9223372036854775808) */
--- stap_err
--- exitcode: 0

=== TEST 3: begin has no suffix
--- args: -p2 -u
--- stap
probe begin.foo {}
--- stap_err
semantic error: while resolving probe point: identifier 'begin' at <input>:1:7
        source: probe begin.foo {}
                      ^

semantic error: invalid suffix for probe: identifier 'foo' at :1:13
        source: probe begin.foo {}
                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 4: every hrtimer unit
--- args: -p2 -u
--- stap
probe timer.s(1), timer.sec(2), timer.ms(5), timer.msec(6), timer.us(100), timer.usec(200), timer.ns(100000), timer.nsec(200000) {}
--- stap_out
# probes
timer.s(1) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.sec(2) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.ms(5) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.msec(6) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.us(100) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.usec(200) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.ns(100000) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
timer.nsec(200000) /* <- timer.s(1),timer.sec(2),timer.ms(5),timer.msec(6),timer.us(100),timer.usec(200),timer.ns(100000),timer.nsec(200000) */
--- stap_err
--- exitcode: 0

=== TEST 5: randomize
--- args: -p2 -u
--- stap
probe timer.ms(10).randomize(3), timer.s(1).randomize(0), timer.jiffies(3).randomize(1) {}
--- stap_out
# probes
timer.ms(10).randomize(3) /* <- timer.ms(10).randomize(3),timer.s(1).randomize(0),timer.jiffies(3).randomize(1) */
timer.s(1).randomize(0) /* <- timer.ms(10).randomize(3),timer.s(1).randomize(0),timer.jiffies(3).randomize(1) */
timer.jiffies(3).randomize(1) /* <- timer.ms(10).randomize(3),timer.s(1).randomize(0),timer.jiffies(3).randomize(1) */
--- stap_err
--- exitcode: 0

=== TEST 6: jiffies and hz
--- args: -p2 -u
--- stap
probe timer.jiffies(100), timer.hz(100) {}
--- stap_out
# probes
timer.jiffies(100) /* <- timer.jiffies(100),timer.hz(100) */
timer.hz(100) /* <- timer.jiffies(100),timer.hz(100) */
--- stap_err
--- exitcode: 0

=== TEST 7: timer unit misspelt
--- args: -p2 -u
--- stap
probe timer.mss(1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.mss(1) {}
                      ^

semantic error: probe point mismatch (similar: ms, s, ns, us, msec): identifier 'mss' at :1:13
        source: probe timer.mss(1) {}
                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 8: timer unit without a number
--- args: -p2 -u
--- stap
probe timer.ms {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.ms {}
                      ^

semantic error: probe point mismatch (similar: ms, s, ns, us, hz): identifier 'ms' at :1:13
        source: probe timer.ms {}
                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 9: timer unit with a string
--- args: -p2 -u
--- stap
probe timer.ms("x") {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.ms("x") {}
                      ^

semantic error: probe point mismatch (similar: ms, s, ns, us, hz): identifier 'ms' at :1:13
        source: probe timer.ms("x") {}
                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 10: timer.s(0) is out of range
--- args: -p2 -u
--- stap
probe timer.s(0) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.s(0) {}
                      ^

semantic error: interval value out of range (1, 86400)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: timer.s over a day
--- args: -p2 -u
--- stap
probe timer.s(86401) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.s(86401) {}
                      ^

semantic error: interval value out of range (1, 86400)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 12: timer.ms(-1) is out of range
--- args: -p2 -u
--- stap
probe timer.ms(-1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.ms(-1) {}
                      ^

semantic error: interval value out of range (1, 86400000)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 13: timer.us below 100us
--- args: -p2 -u
--- stap
probe timer.us(1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.us(1) {}
                      ^

semantic error: interval value out of range (100, 86400000000)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 14: timer.ns below 100us
--- args: -p2 -u
--- stap
probe timer.ns(99) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.ns(99) {}
                      ^

semantic error: interval value out of range (100000, 86400000000000)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 15: randomize larger than the interval
--- args: -p2 -u
--- stap
probe timer.s(1).randomize(2) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.s(1).randomize(2) {}
                      ^

semantic error: randomization value out of range

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 16: negative randomize
--- args: -p2 -u
--- stap
probe timer.ms(10).randomize(-1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.ms(10).randomize(-1) {}
                      ^

semantic error: randomization value out of range

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 17: jiffies(0)
--- args: -p2 -u
--- stap
probe timer.jiffies(0) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.jiffies(0) {}
                      ^

semantic error: invalid interval for jiffies timer

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 18: jiffies too large
--- args: -p2 -u
--- stap
probe timer.jiffies(1000001) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.jiffies(1000001) {}
                      ^

semantic error: invalid interval for jiffies timer

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 19: hz(0)
--- args: -p2 -u
--- stap
probe timer.hz(0) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.hz(0) {}
                      ^

semantic error: frequency must be greater than 0

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 20: hz too fast
--- args: -p2 -u
--- stap
probe timer.hz(2000000) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.hz(2000000) {}
                      ^

semantic error: interval value out of range (100000, 86400000000000)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 21: hz takes no randomize
--- args: -p2 -u
--- stap
probe timer.hz(1).randomize(1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.hz(1).randomize(1) {}
                      ^

semantic error: invalid suffix for probe: identifier 'randomize' at :1:19
        source: probe timer.hz(1).randomize(1) {}
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 22: timer.profile falls back to perf
--- args: -p2 -u
--- stap
probe timer.profile {}
--- stap_out
# probes
perf.type(1).config(0).sample(1000000) /* <- perf.type(1).config(0).sample(1000000) */
--- stap_err
--- exitcode: 0

=== TEST 23: timer.profile.tick has no kernel hook
--- args: -p2 -u
--- stap
probe timer.profile.tick {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.profile.tick {}
                      ^

semantic error: profiling timer support (register_timer_hook) not found in kernel!

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 24: perf.type().config() gets the default sample period
--- args: -p2 -u
--- stap
probe perf.type(1).config(0) {}
--- stap_out
# probes
perf.type(1).config(0).sample(1000000) /* <- perf.type(1).config(0) */
--- stap_err
--- exitcode: 0

=== TEST 25: perf sample period
--- args: -p2 -u
--- stap
probe perf.type(1).config(2).sample(5) {}
--- stap_out
# probes
perf.type(1).config(2).sample(5) /* <- perf.type(1).config(2).sample(5) */
--- stap_err
--- exitcode: 0

=== TEST 26: perf type may be negative
--- args: -p2 -u
--- stap
probe perf.type(-1).config(0) {}
--- stap_out
# probes
perf.type(-1).config(0).sample(1000000) /* <- perf.type(-1).config(0) */
--- stap_err
--- exitcode: 0

=== TEST 27: perf sample(0)
--- args: -p2 -u
--- stap
probe perf.type(1).config(0).sample(0) {}
--- stap_err
semantic error: while resolving probe point: identifier 'perf' at <input>:1:7
        source: probe perf.type(1).config(0).sample(0) {}
                      ^

semantic error: invalid perf sample period 0: number '0' at :1:37
        source: probe perf.type(1).config(0).sample(0) {}
                                                    ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 28: perf negative sample period points at the number
--- args: -p2 -u
--- stap
probe perf.type(1).config(0).sample(-1) {}
--- stap_err
semantic error: while resolving probe point: identifier 'perf' at <input>:1:7
        source: probe perf.type(1).config(0).sample(-1) {}
                      ^

semantic error: invalid perf sample period -1: number '1' at :1:38
        source: probe perf.type(1).config(0).sample(-1) {}
                                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 29: perf process path is resolved
--- args: -p2 -u
--- stap
probe perf.type(1).config(2).process("/bin/ls") {}
--- stap_out
# probes
perf.type(1).config(2).sample(1000000).process("/usr/bin/ls") /* <- perf.type(1).config(2).process("/bin/ls") */
--- stap_err
--- exitcode: 0

=== TEST 30: perf process without -c
--- args: -p2 -u
--- stap
probe perf.type(1).config(2).process {}
--- stap_err
semantic error: while resolving probe point: identifier 'perf' at <input>:1:7
        source: probe perf.type(1).config(2).process {}
                      ^

semantic error: unspecified process probe is invalid without a -c COMMAND [man stapprobes]

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 31: perf.sw and perf.hw names
--- args: -p2 -u
--- stap
probe perf.sw.cpu_clock, perf.hw.cpu_cycles, perf.sw.page_faults.sample(5) {}
--- stap_out
# probes
perf.type(1).config(0).sample(1000000) /* <- perf.type(1).config(0) */
perf.type(0).config(0).sample(1000000) /* <- perf.type(0).config(0) */
perf.type(1).config(2).sample(5) /* <- perf.type(1).config(2).sample(5) */
--- stap_err
--- exitcode: 0

=== TEST 32: perf.hw with a process suffix
--- args: -p2 -u
--- stap
probe perf.hw.instructions.process("/bin/ls") {}
--- stap_out
# probes
perf.type(0).config(1).sample(1000000).process("/usr/bin/ls") /* <- perf.type(0).config(1).process("/bin/ls") */
--- stap_err
--- exitcode: 0

=== TEST 33: unknown perf.sw event
--- args: -p2 -u
--- stap
probe perf.sw.foo {}
--- stap_err
semantic error: while resolving probe point: identifier 'perf' at <input>:1:7
        source: probe perf.sw.foo {}
                      ^

semantic error: probe point mismatch (similar: cpu_clock, task_clock, page_faults, cpu_migrations, page_faults_maj): identifier 'foo' at :1:15
        source: probe perf.sw.foo {}
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 34: procfs read and write
--- args: -p2 -u
--- stap
probe procfs("foo").read.maxsize(100), procfs.write, procfs.read, procfs("a/b").write {}
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# probes
procfs("foo").read.maxsize(100) /* <- procfs("foo").read.maxsize(100),procfs.write,procfs.read,procfs("a/b").write */
procfs.write /* <- procfs("foo").read.maxsize(100),procfs.write,procfs.read,procfs("a/b").write */
procfs.read /* <- procfs("foo").read.maxsize(100),procfs.write,procfs.read,procfs("a/b").write */
procfs("a/b").write /* <- procfs("foo").read.maxsize(100),procfs.write,procfs.read,procfs("a/b").write */
--- stap_err
--- exitcode: 0

=== TEST 35: procfs umask
--- args: -p2 -u
--- stap
probe procfs("x").umask(0777).read, procfs.umask(0444).write {}
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# probes
procfs("x").umask(511).read /* <- procfs("x").umask(511).read,procfs.umask(292).write */
procfs.umask(292).write /* <- procfs("x").umask(511).read,procfs.umask(292).write */
--- stap_err
--- exitcode: 0

=== TEST 36: procfs truncated
--- args: -p2 -u
--- stap
probe procfs("x") {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x") {}
                      ^

semantic error: probe point truncated (follow:  read umask(number) write): identifier 'procfs' at :1:7
        source: probe procfs("x") {}
                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 37: procfs misspelt
--- args: -p2 -u
--- stap
probe procfs.reed {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs.reed {}
                      ^

semantic error: probe point mismatch (similar: read, write, umask): identifier 'reed' at :1:14
        source: probe procfs.reed {}
                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 38: procfs path with a leading slash
--- args: -p2 -u
--- stap
probe procfs("/x").write {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("/x").write {}
                      ^

semantic error: procfs path cannot start with a '/': identifier 'procfs' at :1:7
        source: probe procfs("/x").write {}
                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 39: procfs path with a trailing slash
--- args: -p2 -u
--- stap
probe procfs("x/").write {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x/").write {}
                      ^

semantic error: procfs path cannot end with a '/': identifier 'procfs' at :1:7
        source: probe procfs("x/").write {}
                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 40: procfs empty path
--- args: -p2 -u
--- stap
probe procfs("").read {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("").read {}
                      ^

semantic error: procfs path cannot end with a '/': identifier 'procfs' at :1:7
        source: probe procfs("").read {}
                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 41: procfs maxsize(0)
--- args: -p2 -u
--- stap
probe procfs("x").read.maxsize(0) {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x").read.maxsize(0) {}
                      ^

semantic error: maxsize must be greater than 0

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 42: procfs negative maxsize
--- args: -p2 -u
--- stap
probe procfs("x").read.maxsize(-5) {}
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x").read.maxsize(-5) {}
                      ^

semantic error: maxsize must be greater than 0

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 43: two bad points: both reported
--- args: -p2 -u
--- stap
probe timer.mss(1) {} probe begin.bar {}
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.mss(1) {} probe begin.bar {}
                      ^

semantic error: probe point mismatch (similar: ms, s, ns, us, msec): identifier 'mss' at :1:13
        source: probe timer.mss(1) {} probe begin.bar {}
                            ^

semantic error: while resolving probe point: identifier 'begin' at :1:29
        source: probe timer.mss(1) {} probe begin.bar {}
                                            ^

semantic error: invalid suffix for probe: identifier 'bar' at :1:35
        source: probe timer.mss(1) {} probe begin.bar {}
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 44: optional point that resolves to nothing is dropped
--- args: -p2 -u
--- stap
probe begin { z = 1 } probe foo? {}
--- stap_out
# probes
begin /* <- begin */
  # locals
  z:long
--- stap_err
--- exitcode: 0

=== TEST 45: optional flags are printed
--- args: -p2 -u
--- stap
probe end(-5)?, begin! {}
--- stap_out
# probes
end(-5)? /* <- end(-5)?,begin! */
begin! /* <- end(-5)?,begin! */
--- stap_err
--- exitcode: 0

=== TEST 46: a sufficient point stops the list
--- args: -p2 -u
--- stap
probe begin!, end {}
--- stap_out
# probes
begin! /* <- begin!,end */
--- stap_err
--- exitcode: 0

=== TEST 47: condition printed with its globals renamed
--- args: -p2 -u
--- stap
global d; probe timer.s(1) if (d > 0) { d = 1 }
--- stap_out
# globals
d:long
# probes
timer.s(1) if ((__global_d) > (0)) /* <- timer.s(1) if ((__global_d) > (0)) */
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 48: condition on a local
--- args: -p2 -u
--- stap
probe begin(1) if (x > 0) {}
--- stap_err
semantic error: probe condition must not reference undeclared global: identifier 'x' at <input>:1:20
        source: probe begin(1) if (x > 0) {}
                                   ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 49: condition without globals
--- args: -p2 -u
--- stap
probe timer.s(1) if (1) {}
--- stap_out
# probes
timer.s(1) if (1) /* <- timer.s(1) if (1) */
--- stap_err
--- exitcode: 0

=== TEST 50: several points share a body
--- args: -p2 -u
--- stap
probe begin, timer.s(1), end { x = 1; println(x) }
--- stap_out
# probes
begin /* <- begin,timer.s(1),end */
  # locals
  x:long
timer.s(1) /* <- begin,timer.s(1),end */
  # locals
  x:long
end /* <- begin,timer.s(1),end */
  # locals
  x:long
--- stap_err
--- exitcode: 0
