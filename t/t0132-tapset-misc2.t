# Pass 2 of tapsets/system.stp, logging.stp (assert, switch_file),
# indent.stp and indent-default.stp, dev.stp, proc_mem.stp,
# task_files.stp and rlimit.stp: what each function is typed as, and
# what a wrong use says.  Goldens are stap 4.8's (stap -p2 -r KREL) where
# the library's shape is the same; where our helpers differ from stap's,
# the block says so in ref_skip.  Their live behaviour: t/t0328.

=== TEST 1: system(cmd) takes a string and returns nothing
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { system("echo hi") }
--- stap_out
# functions
system:unknown (cmd:string)
# probes
begin /* <- begin */

=== TEST 2: system() of a number is a type mismatch
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { system(1) }
--- stap_err_like
^semantic error: type mismatch: expected long but found string: number '1' at <input>:1:22$
^Pass 2: analysis failed.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 3: switch_file() takes nothing
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe timer.s(5) { switch_file() }
--- stap_out
# functions
switch_file:unknown ()
# probes
timer.s(5) /* <- timer.s(5) */
--- ref_skip: stap 4.8's switch_file() is script calling system("kill -USR2 " . stp_pid()); ours is one runtime call

=== TEST 4: assert with one and two arguments: two overloads around error()
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { assert(1); assert(0, "m") }
--- stap_out
# functions
assert:unknown (expression:long)
assert:unknown (expression:long, msg:string)
error:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 5: assert of a string is a type mismatch
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { assert("a") }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'a' at <input>:1:22$
--- exitcode: 1

=== TEST 6: assert with three arguments has no overload
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { assert(1, "a", 2) }
--- stap_err_like
^semantic error: arity mismatch found \(function 'assert' takes \d args\): identifier 'assert' at <input>:1:15$
--- exitcode: 1

=== TEST 7: MKDEV, MAJOR, MINOR, usrdev2kerndev: long to long, with kdev_t.h
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(MKDEV(1,2) + MAJOR(3) + MINOR(4) + usrdev2kerndev(5)) }
--- stap_out
# global embedded code
%{
#include <linux/kdev_t.h>
%}
# functions
MAJOR:long (dev:long)
MINOR:long (dev:long)
MKDEV:long (major:long, minor:long)
usrdev2kerndev:long (dev:long)
# probes
begin /* <- begin */

=== TEST 8: MKDEV takes two numbers
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(MKDEV("8", 1)) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string '8' at <input>:1:29$
--- exitcode: 1

=== TEST 9: thread_indent, indent and their _depth forms, on __indent_timestamp
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(thread_indent(1), indent(-1), thread_indent_depth(1), indent_depth(2)) }
--- stap_out
# globals
__indent_levels:long [long]
__indent_starts:long [long]
# functions
__indent_line:string (key:long, name:string, delta:long)
  # locals
  __now:long
  __elapsed:long
  __depth:long
__indent_step:long (key:long, delta:long)
  # locals
  __level:long
__indent_timestamp:long ()
execname:string ()
gettimeofday_ns:long ()
gettimeofday_us:long ()
indent:string (delta:long)
indent_depth:long (delta:long)
thread_indent:string (delta:long)
  # locals
  __stable___global_execname__overload_0_value:string
thread_indent_depth:long (delta:long)
tid:long ()
# probes
begin /* <- begin */
--- ref_skip: stap 4.8's helpers are _generic_indent/_generic_indent_depth over _indent_counters/_indent_timestamps; ours are named otherwise

=== TEST 10: a script's own __indent_timestamp replaces the library's (no gettimeofday)
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
function __indent_timestamp () { return 5 }
probe begin { println(indent(1)) }
--- stap_out
# globals
__indent_levels:long [long]
__indent_starts:long [long]
# functions
__indent_line:string (key:long, name:string, delta:long)
  # locals
  __now:long
  __elapsed:long
  __depth:long
__indent_step:long (key:long, delta:long)
  # locals
  __level:long
__indent_timestamp:long ()
indent:string (delta:long)
# probes
begin /* <- begin */
--- ref_skip: stap 4.8's helpers are _generic_indent/_generic_indent_depth over _indent_counters/_indent_timestamps; ours are named otherwise

=== TEST 11: thread_indent of a string is a type mismatch
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(thread_indent("x")) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'x' at <input>:1:37$
--- exitcode: 1

=== TEST 12: proc_mem_* with and without a pid, the _pid names, the strings
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin {
	println(proc_mem_size() + proc_mem_size(1) + proc_mem_size_pid(1) + proc_mem_rss() + proc_mem_rss(1) + proc_mem_rss_pid(1))
	println(proc_mem_shr() + proc_mem_shr(1) + proc_mem_shr_pid(1) + proc_mem_txt() + proc_mem_txt(1) + proc_mem_txt_pid(1))
	println(proc_mem_data() + proc_mem_data(1) + proc_mem_data_pid(1))
	println(proc_mem_string(), proc_mem_string(2), proc_mem_string_pid(3), bytes_to_string(4), pages_to_string(5))
}
--- stap_out_like
^proc_mem_data:long \(\)\nproc_mem_data:long \(pid:long\)\nproc_mem_data_pid:long \(pid:long\)$
^proc_mem_rss:long \(\)\nproc_mem_rss:long \(pid:long\)\nproc_mem_rss_pid:long \(pid:long\)$
^proc_mem_shr:long \(\)\nproc_mem_shr:long \(pid:long\)\nproc_mem_shr_pid:long \(pid:long\)$
^proc_mem_size:long \(\)\nproc_mem_size:long \(pid:long\)\nproc_mem_size_pid:long \(pid:long\)$
^proc_mem_string:string \(\)\nproc_mem_string:string \(pid:long\)\nproc_mem_string_pid:string \(pid:long\)$
^proc_mem_txt:long \(\)\nproc_mem_txt:long \(pid:long\)\nproc_mem_txt_pid:long \(pid:long\)$
^bytes_to_string:string \(bytes:long\)$
^pages_to_string:string \(pages:long\)$
^mem_page_size:long \(\)$
^pid2task:long \(pid:long\)$
^task_current:long \(\)$
--- ref_skip: stap 4.8's proc_mem_* are script with locals (task, mm) over its own helpers; ours call C helpers

=== TEST 13: proc_mem_string of a string is a type mismatch
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(proc_mem_string("1")) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string '1' at <input>:1:39$
--- exitcode: 1
--- ref_skip: stap 4.8's proc_mem.stp fails first on this kernel (unknown type in dereference: atomic_long_read(&mm->rss_stat->count[member]))

=== TEST 14: task_open_file_handles and task_max_file_handles take a task
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(task_open_file_handles(task_current()) + task_max_file_handles(task_current())) }
--- stap_out_like
^task_current:long \(\)\ntask_max_file_handles:long \(task:long\)\ntask_open_file_handles:long \(task:long\)$

=== TEST 15: rlimit_from_str, task_rlimit and every task_rlimit_NAME
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin {
	t = task_current()
	println(rlimit_from_str("RLIMIT_AS") + task_rlimit(t, "RLIMIT_AS"))
	println(task_rlimit_cpu(t) + task_rlimit_fsize(t) + task_rlimit_data(t) + task_rlimit_stack(t))
	println(task_rlimit_core(t) + task_rlimit_rss(t) + task_rlimit_nproc(t) + task_rlimit_nofile(t))
	println(task_rlimit_memlock(t) + task_rlimit_as(t) + task_rlimit_locks(t) + task_rlimit_sigpending(t))
	println(task_rlimit_msgqueue(t) + task_rlimit_nice(t) + task_rlimit_rtprio(t) + task_rlimit_rttime(t))
}
--- stap_out_like
^rlimit_from_str:long \(lim_str:string\)$
^task_rlimit:long \(task:long, lim_str:string\)\n  # locals\n  __lim:long$
^task_rlimit_as:long \(task:long\)\ntask_rlimit_core:long \(task:long\)\ntask_rlimit_cpu:long \(task:long\)\ntask_rlimit_data:long \(task:long\)\ntask_rlimit_fsize:long \(task:long\)\ntask_rlimit_locks:long \(task:long\)\ntask_rlimit_memlock:long \(task:long\)\ntask_rlimit_msgqueue:long \(task:long\)\ntask_rlimit_nice:long \(task:long\)\ntask_rlimit_nofile:long \(task:long\)\ntask_rlimit_nproc:long \(task:long\)\ntask_rlimit_rss:long \(task:long\)\ntask_rlimit_rtprio:long \(task:long\)\ntask_rlimit_rttime:long \(task:long\)\ntask_rlimit_sigpending:long \(task:long\)\ntask_rlimit_stack:long \(task:long\)$
--- ref_skip: stap 4.8's task_rlimit_* read @cast(sig, "signal_struct", "kernel"), which needs kernel debuginfo (type definition 'signal_struct' not found)

=== TEST 16: -S takes SIZE[,N], checked as stap checks it
--- args: -p2 -r $($T_ROOT/t/krel) -o out -S 1x
--- stap
probe begin { }
--- stap_err
ERROR: Safety pattern mismatch for -S parameter ('1x' vs. '^[0-9]+(,[0-9]+)?$') rc=1
--- exitcode: 1

=== TEST 17: -S SIZE,N with a bad N
--- args: -p2 -r $($T_ROOT/t/krel) -o out -S 1,
--- stap
probe begin { }
--- stap_err
ERROR: Safety pattern mismatch for -S parameter ('1,' vs. '^[0-9]+(,[0-9]+)?$') rc=1
--- exitcode: 1

=== TEST 18: -S SIZE,N is accepted (pass 5 hands it to staprun)
--- args: -p2 -r $($T_ROOT/t/krel) -o out -S 2,5
--- stap
probe begin { switch_file() }
--- stap_out
# functions
switch_file:unknown ()
# probes
begin /* <- begin */
--- ref_skip: stap 4.8's switch_file() is script calling system("kill -USR2 " . stp_pid()); ours is one runtime call

=== TEST 19: stapusr may call system(), assert() and thread_indent()
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { system("x"); assert(1); println(thread_indent(1)) }
--- stap_out_like
^system:unknown \(cmd:string\)$
^assert:unknown \(expression:long\)$
^thread_indent:string \(delta:long\)$

=== TEST 20: stapusr may not call switch_file() (embedded C, as in stap)
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { switch_file() }
--- stap_err_like
^semantic error: function may not be used when --privilege=stapusr is specified: identifier '(switch_file|stp_pid)' at 
--- exitcode: 1

=== TEST 21: stapusr may not call MAJOR() (embedded C, as in stap)
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { println(MAJOR(1)) }
--- stap_err_like
^semantic error: function may not be used when --privilege=stapusr is specified: identifier 'MAJOR' at 
--- exitcode: 1

=== TEST 22: stapusr may not call proc_mem_size() (embedded C, as in stap)
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { println(proc_mem_size()) }
--- stap_err_like
^semantic error: function may not be used when --privilege=stapusr is specified: identifier '(__proc_mm|_stp_valid_task)' at 
--- exitcode: 1

=== TEST 23: stapusr may not call task_open_file_handles() (embedded C, as in stap)
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { println(task_open_file_handles(0)) }
--- stap_err_like
^semantic error: function may not be used when --privilege=stapusr is specified: identifier 'task_open_file_handles' at 
--- exitcode: 1

=== TEST 24: stapusr may not call rlimit_from_str() (embedded C, as in stap)
--- args: -p2 -r $($T_ROOT/t/krel) --unprivileged
--- stap
probe begin { println(rlimit_from_str("RLIMIT_AS")) }
--- stap_err_like
^semantic error: function may not be used when --privilege=stapusr is specified: identifier 'rlimit_from_str' at 
--- exitcode: 1
