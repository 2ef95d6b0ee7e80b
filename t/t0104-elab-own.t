# Pass 2: what this stap says where SystemTap's words depend on its own
# tapset library (the "similar:" lists), or where a feature is not built
# yet.  Each expectation was written by hand and reviewed against stap 4.8.

=== TEST 1: --dump-probe-types lists the table, sorted, and needs no script
--- args: --dump-probe-types
--- stap_out
begin
begin(number)
end
end(number)
error
error(number)
kernel.function(string)
kernel.function(string).call
kernel.function(string).return
kernel.function(string).return.maxactive(number)
kernel.trace(string)
kprobe.function(string)
kprobe.function(string).call
kprobe.function(string).return
kprobe.function(string).return.maxactive(number)
kprobe.module(string).function(string)
kprobe.module(string).function(string).call
kprobe.module(string).function(string).return
kprobe.module(string).function(string).return.maxactive(number)
kprobe.statement(number).absolute
module(string).function(string)
module(string).function(string).call
module(string).function(string).return
module(string).function(string).return.maxactive(number)
netfilter.hook(string).pf(string)
netfilter.hook(string).pf(string).priority(string)
netfilter.pf(string).hook(string)
netfilter.pf(string).hook(string).priority(string)
never
perf.type(number).config(number)
perf.type(number).config(number).process
perf.type(number).config(number).process(string)
perf.type(number).config(number).sample(number)
process(number).begin
process(number).end
process(number).function(string)
process(number).function(string).call
process(number).function(string).inline
process(number).function(string).return
process(number).mark(string)
process(number).plt
process(number).plt(string)
process(number).plt(string).return
process(number).plt.return
process(number).provider(string).mark(string)
process(number).statement(number)
process(number).statement(string)
process(string).begin
process(string).end
process(string).function(string)
process(string).function(string).call
process(string).function(string).callee(string)
process(string).function(string).callees
process(string).function(string).callees(number)
process(string).function(string).inline
process(string).function(string).return
process(string).library(string).function(string)
process(string).library(string).function(string).call
process(string).library(string).function(string).inline
process(string).library(string).function(string).return
process(string).library(string).mark(string)
process(string).library(string).plt
process(string).library(string).plt(string)
process(string).library(string).plt(string).return
process(string).library(string).plt.return
process(string).library(string).provider(string).mark(string)
process(string).library(string).statement(number)
process(string).library(string).statement(string)
process(string).mark(string)
process(string).plt
process(string).plt(string)
process(string).plt(string).return
process(string).plt.return
process(string).provider(string).mark(string)
process(string).statement(number)
process(string).statement(string)
process.begin
process.end
process.function(string)
process.function(string).call
process.function(string).callee(string)
process.function(string).callees
process.function(string).callees(number)
process.function(string).inline
process.function(string).return
process.library(string).function(string)
process.library(string).function(string).call
process.library(string).function(string).return
process.library(string).mark(string)
process.library(string).plt
process.library(string).plt(string)
process.library(string).plt(string).return
process.library(string).plt.return
process.mark(string)
process.plt
process.plt(string)
process.plt(string).return
process.plt.return
process.provider(string).mark(string)
process.statement(number)
process.statement(string)
procfs(string).read
procfs(string).read.maxsize(number)
procfs(string).umask(number).read
procfs(string).umask(number).read.maxsize(number)
procfs(string).umask(number).write
procfs(string).write
procfs.read
procfs.read.maxsize(number)
procfs.umask(number).read
procfs.umask(number).read.maxsize(number)
procfs.umask(number).write
procfs.write
timer.hz(number)
timer.jiffies(number)
timer.jiffies(number).randomize(number)
timer.ms(number)
timer.ms(number).randomize(number)
timer.msec(number)
timer.msec(number).randomize(number)
timer.ns(number)
timer.ns(number).randomize(number)
timer.nsec(number)
timer.nsec(number).randomize(number)
timer.s(number)
timer.s(number).randomize(number)
timer.sec(number)
timer.sec(number).randomize(number)
timer.us(number)
timer.us(number).randomize(number)
timer.usec(number)
timer.usec(number).randomize(number)
--- stap_err
--- exitcode: 0

=== TEST 2: an unknown probe point: stap's message, suggestions from what exists
--- args: -p2
--- stap
probe foo {}
--- stap_err_like
^semantic error: while resolving probe point: identifier 'foo' at <input>:1:7
        source: probe foo \{\}
                      \^

semantic error: probe point mismatch \(similar: [a-z_, ]+\): identifier 'foo' at :1:7
--- exitcode: 1

=== TEST 3: begin with a string: a mismatch that suggests begin itself
--- args: -p2
--- stap
probe begin("x") {}
--- stap_err_like
^semantic error: while resolving probe point: identifier 'begin' at <input>:1:7
(.*\n){3}semantic error: probe point mismatch \(similar: begin, end, [a-z_, ]+\): identifier 'begin' at :1:7
--- exitcode: 1

=== TEST 4: kernel.function without a symbol map: said so, with where it looked (t0107 has the rest)
--- args: -p2 -r $T_ROOT/t/fixtures/kbuild
--- stap
probe kernel.function("vfs_read") {}
--- stap_err_like
^semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7$
^semantic error: kernel symbol table missing for 6.1.0-56-amd64: looked for .*/t/fixtures/kbuild/System.map, 
--- exitcode: 1

=== TEST 5: kernel.trace without trace headers: said so (t0107 has the rest)
--- args: -p2 -r $T_ROOT/t/fixtures/kbuild
--- stap
probe kernel.trace("sched:sched_switch") {}
--- stap_err_like
^semantic error: no tracepoints found: no trace headers under '.*/t/fixtures/kbuild'$
--- exitcode: 1

=== TEST 6: process .label() probes are not built yet
--- args: -p2
--- stap
probe process("/bin/ls").function("main").label("out") {}
--- stap_err_like
probe point kind 'process.function' is not supported yet
--- exitcode: 1

=== TEST 7: @cast through a header (stap compiles it) is not built yet (kernel types come from BTF: t0124)
--- args: -p2
--- stap
probe begin { println(@cast(0, "task_struct", "<linux/sched.h>")->pid) }
--- stap_err
semantic error: @cast is not supported yet: operator '@cast' at <input>:1:23
        source: probe begin { println(@cast(0, "task_struct", "<linux/sched.h>")->pid) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 8: procfs $value passes pass 2 (pass 3 builds it: t0301)
--- args: -p2
--- stap
probe procfs.read { $value = "x" }
--- stap_out_like
(?m)^procfs\.read /\* <- procfs\.read \*/$

=== TEST 9: a function neither the script nor the tapset library defines
--- args: -p2
--- stap
probe begin { println(nosuchfunc()) }
--- stap_err_like
^semantic error: unresolved function nosuchfunc \(similar: .*\): identifier 'nosuchfunc' at <input>:1:23
--- exitcode: 1

=== TEST 10: similar errors from one check: the first is printed, the rest counted
--- args: -p2
--- stap
probe begin { f() } probe end { g() }
--- stap_err_like
^semantic error: unresolved function f\b.*: identifier 'f' at <input>:1:15
        source: probe begin \{ f\(\) \} probe end \{ g\(\) \}
                              \^

Pass 2: analysis failed.  \[man error::pass2\]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
$
--- exitcode: 1

=== TEST 11: -v shows them all
--- args: -p2 -v
--- stap
probe begin { f() } probe end { g() }
--- stap_err_like
unresolved function f\b.*: identifier 'f' at <input>:1:15
(.*\n)+semantic error: unresolved function g\b.*: identifier 'g' at :1:33
--- exitcode: 1

=== TEST 12: -p3 goes on after a good pass 2 and prints the C
--- args: -p3
--- stap
probe begin { println(1) }
--- stap_out_like
^STP_MODULE\(stp_generated_probes, stp_globals_init, stp_globals_free\);$
--- stap_err

=== TEST 13: -p2 with no probes
--- args: -p2
--- stap
function f() { return 1 }
--- stap_err
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 14: a tapset directory given with -I is consulted for aliases
--- args: -p2 -I fixtures/elab-tapset
--- stap
probe my.tick { println(n) }
--- stap_out
# probes
timer.s(5) /* <- my.tick = timer.s(5) <- my.tick */
  # locals
  n:long
--- stap_err
--- exitcode: 0
