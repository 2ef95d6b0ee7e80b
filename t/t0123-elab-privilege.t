# --privilege=stapusr|stapsys|stapdev and --unprivileged, as SystemTap 4.8
# enforces them at pass 2: probe kinds allowed per level (probes.c, the
# privilege column), embedded C callable by stapusr only when marked
# "/* unprivileged */" or "/* myproc-unprivileged */" (elaborate.c), and the
# option rules (main.c).  Every expected text below is stap 4.8's output for
# the same command (stap -r 6.1.0-56-amd64 -p2 ...), paths aside.  The
# fixture tapset is t/fixtures/privilege/priv.stp.

=== TEST 1: probe point: kernel.function is not allowed for stapusr
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe kernel.function("vfs_read") { }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.function("vfs_read") { }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: keyword at :1:14
        source: probe kernel.function("vfs_read") { }
                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2: probe point: the last component is named (.return)
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe kernel.function("vfs_read").return { }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.function("vfs_read").return { }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: keyword at :1:35
        source: probe kernel.function("vfs_read").return { }
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 3: probe point: module().function
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe module("ext4").function("ext4_*") {}
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'module' at <input>:1:7
        source: probe module("ext4").function("ext4_*") {}
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: keyword at :1:22
        source: probe module("ext4").function("ext4_*") {}
                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 4: probe point: kernel.trace
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe kernel.trace("sched:sched_switch") {}
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.trace("sched:sched_switch") {}
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: identifier 'trace' at :1:14
        source: probe kernel.trace("sched:sched_switch") {}
                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 5: probe point: procfs, with --unprivileged
--- args: -p2 --unprivileged
--- stap
probe procfs("x").read { println(1) }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x").read { println(1) }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: identifier 'read' at :1:19
        source: probe procfs("x").read { println(1) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 6: probe point: timer.profile.tick
--- args: -p2 --privilege=stapusr
--- stap
probe timer.profile.tick { println(1) }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'timer' at <input>:1:7
        source: probe timer.profile.tick { println(1) }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: identifier 'tick' at :1:21
        source: probe timer.profile.tick { println(1) }
                                    ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 7: probe point: perf with .process
--- args: -p2 --privilege=stapusr
--- stap
probe perf.type(1).config(0).process("/bin/true") { println(1) }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'perf' at <input>:1:7
        source: probe perf.type(1).config(0).process("/bin/true") { println(1) }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: identifier 'process' at :1:30
        source: probe perf.type(1).config(0).process("/bin/true") { println(1) }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 8: probe point: an optional point that is not allowed is dropped
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe kernel.function("vfs_read")? { println(1) } probe begin { println(2) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 9: probe point: '!' makes the next alternative used
--- args: -p2 -r $T_ROOT/t/fixtures/ktree --privilege=stapusr
--- stap
probe kernel.trace("sched:sched_switch") ! , begin { println(1) }
--- stap_out
# probes
begin /* <- kernel.trace("sched:sched_switch")!,begin */
--- stap_err
--- exitcode: 0

=== TEST 10: probe point: a list with a refused point fails
--- args: -p2 --privilege=stapusr
--- stap
probe procfs("x").read, begin { println(1) }
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:7
        source: probe procfs("x").read, begin { println(1) }
                      ^

semantic error: probe point is not allowed for --privilege=stapusr: identifier 'read' at :1:19
        source: probe procfs("x").read, begin { println(1) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: probe point: stapusr may use begin, end, error, never and timers
--- args: -p2 -u --privilege=stapusr
--- stap
probe begin, end, error, never, timer.ms(100), timer.s(1).randomize(1), timer.jiffies(10), timer.hz(5) { println(1) }
--- stap_out
# probes
begin /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
end /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
error /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
never /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
timer.ms(100) /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
timer.s(1).randomize(1) /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
timer.jiffies(10) /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
timer.hz(5) /* <- begin,end,error,never,timer.ms(100),timer.s(1).randomize(1),timer.jiffies(10),timer.hz(5) */
--- stap_err
--- exitcode: 0

=== TEST 12: probe point: stapusr may probe processes (no -x or -c needed)
--- args: -p2 --privilege=stapusr
--- stap
probe process("/bin/true").begin { println(1) }
--- stap_out
# probes
process("/usr/bin/true").begin /* <- process("/bin/true").begin */
--- stap_err
--- exitcode: 0

=== TEST 13: probe point: stapsys may use kernel probes
--- args: -p2 --privilege=stapsys
--- stap
probe procfs("x").read { println(1) }
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# probes
procfs("x").read /* <- procfs("x").read */
--- stap_err
--- exitcode: 0

=== TEST 14: functions: embedded C without a marker
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_emb()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\n\z
--- exitcode: 1

=== TEST 15: functions: with /* unprivileged */ or /* myproc-unprivileged */
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_emb_ok(), my_emb_my()) }
--- stap_out
# functions
my_emb_my:long ()
my_emb_ok:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 16: functions: each call is one report, the others are counted
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_two()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 1\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 17: functions: two functions, two reports
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_emb() + my_other()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\n\z
--- exitcode: 1

=== TEST 18: functions: an embedded expression without the marker
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_expr()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ embedded\ expression\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ embedded\-code\ at\ \S+/t/fixtures/privilege/priv\.stp:3:29\n\ \ \ \ \ \ \ \ source:\ function\ my_expr\(\)\ \{\ return\ %\{\ 1\ %\}\ \}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\n\z
--- exitcode: 1

=== TEST 19: functions: an embedded expression with the marker
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_expr_ok()) }
--- stap_out
# functions
my_expr_ok:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 20: functions: embedded expressions are checked only when the calls pass
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_emb(), my_expr()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\n\z
--- exitcode: 1

=== TEST 21: functions: stapsys may call any of them
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapsys
--- stap
probe begin { println(my_emb(), my_expr()) }
--- stap_out
# functions
my_emb:long ()
my_expr:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 22: functions: kernel_string is not for stapusr
stap 4.8 names its own tapset file (conversions.stp:18:10); ours is memory.stp.
--- args: -p2 --privilege=stapusr
--- stap
probe begin { printf("%s\n", kernel_string(0)) }
--- stap_out
--- stap_err_like
\Asemantic error: function may not be used when --privilege=stapusr is specified: identifier 'kernel_string' at \S+/tapsets/memory\.stp:\d+:10
        source: function kernel_string:string \(addr:long\)
                         \^

Pass 2: analysis failed\.  \[man error::pass2\]
\z
--- exitcode: 1

=== TEST 23: functions: user_string, pid, execname are
stap 4.8 prints its user_string's global embedded code too (ours has none).
--- args: -p2 --privilege=stapusr
--- stap
probe begin { println(user_string(0), pid(), execname()) }
--- stap_out
# functions
execname:string ()
pid:long ()
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */
  # locals
  __stable___global_execname__overload_0_value:string
--- stap_err
--- exitcode: 0

=== TEST 24: options: -g and --privilege=stapusr
--- args: -p2 -g --privilege=stapusr
--- stap
probe begin { println(1) }
--- stap_out
--- stap_err
You can't specify -g and --privilege=stapusr together.
Try '--help' for more information. [man stap]
--- exitcode: 1

=== TEST 25: options: -g and --privilege=stapsys
--- args: -p2 --privilege=stapsys -g
--- stap
probe begin { println(1) }
--- stap_out
--- stap_err
You can't specify -g and --privilege=stapsys together.
Try '--help' for more information. [man stap]
--- exitcode: 1

=== TEST 26: options: a bad level
--- args: -p2 --privilege=foo
--- stap
probe begin { println(1) }
--- stap_out
--- stap_err
Invalid argument 'foo' for --privilege.
--- exitcode: 1

=== TEST 27: options: two different levels
--- args: -p2 --privilege=stapsys --privilege=stapusr
--- stap
probe begin { println(1) }
--- stap_out
--- stap_err
Privilege level may be set only once.
--- exitcode: 1

=== TEST 28: options: the same level twice, --unprivileged with stapusr
--- args: -p2 --privilege=stapusr --unprivileged
--- stap
probe begin { println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 29: functions: one report per statement, the second statement's is counted
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_emb()); println(my_other()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 1\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 30: functions: a statement in a block of its own is one more
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { if (1) { println(my_emb()) } println(my_other()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 1\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 31: functions: each probe's statement is one report
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
probe begin { println(my_other()) } probe end { println(my_emb()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_other'\ at\ \S+/t/fixtures/privilege/priv\.stp:9:10\n\ \ \ \ \ \ \ \ source:\ function\ my_other:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 5;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 1\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 32: functions: a function body's statements count twice, as in stap
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
function f() { a = my_emb(); b = my_other() ; return a + b} probe begin { println(f()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 3\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 33: functions: a function called from two probes is checked once (twice counted)
--- args: -p2 -I $T_ROOT/t/fixtures/privilege --privilege=stapusr
--- stap
function f() { return my_emb() } probe begin { println(f()) } probe end { println(f()) }
--- stap_out
--- stap_err_like
\Asemantic\ error:\ function\ may\ not\ be\ used\ when\ \-\-privilege=stapusr\ is\ specified:\ identifier\ 'my_emb'\ at\ \S+/t/fixtures/privilege/priv\.stp:5:10\n\ \ \ \ \ \ \ \ source:\ function\ my_emb:long\ \(\)\ %\{\ STAP_RETVALUE\ =\ 2;\ %\}\n\ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \ \^\n\nPass\ 2:\ analysis\ failed\.\ \ \[man\ error::pass2\]\nNumber\ of\ similar\ error\ messages\ suppressed:\ 1\.\nRerun\ with\ \-v\ to\ see\ them\.\n\z
--- exitcode: 1

=== TEST 34: --dump-probe-types lists only what the level allows (after all options)
stap 4.8 lists exactly these non-process kinds for stapusr; its process
kinds are more than ours (DWARF ones this stap does not have).
--- args: --dump-probe-types --privilege=stapusr
--- stap_out_like
\Abegin\nbegin\(number\)\nend\nend\(number\)\nerror\nerror\(number\)\nnever\n(?:process[^\n]*\n)+timer\.hz\(number\)\ntimer\.jiffies\(number\)\ntimer\.jiffies\(number\)\.randomize\(number\)\ntimer\.ms\(number\)\n(?:timer\.[a-z]+\(number\)(?:\.randomize\(number\))?\n){15}\z
--- stap_out_unlike
kernel|procfs|perf|profile|module
--- exitcode: 0

=== TEST 35: --privilege=stapsys lists the kernel kinds too
--- args: --privilege=stapsys --dump-probe-types
--- stap_out_like
^kernel\.function\(string\)\.return$
^procfs\(string\)\.read$
^perf\.type\(number\)\.config\(number\)$
--- exitcode: 0
