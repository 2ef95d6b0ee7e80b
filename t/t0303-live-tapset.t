Tapset functions live (t --vm): the task functions agree with the context
functions, memory reads fault with SystemTap 4.8's texts (tapsets/memory.stp,
core/runtime/stp_mem.c), register functions error where there are no
registers, ctime() computes dates.  Texts are stap 4.8's, from its tapset
and runtime sources.  An error inside a tapset function is "near" a call
(the script's, or one inside our tapsets where stap names its own tapset
files), so those blocks match the message with _like.
The begin probes run in staprun's process (it writes "start").

=== TEST 1: task functions agree with pid(), tid(), execname() ...
--- stap
probe begin {
	t = task_current()
	printf("%d %d %d %d\n", task_pid(t) == pid(), task_tid(t) == tid(),
	       pid2task(pid()) == t, task_pid(task_parent(t)) == ppid())
	printf("%d %d %d\n", pid2execname(pid()) == execname(),
	       task_execname(t) == execname(), task_execname(task_parent(t)) == pexecname())
	printf("%d %d %d %d\n", task_uid(t) == uid(), task_gid(t) == gid(),
	       task_euid(t) == euid(), task_egid(t) == egid())
	printf("%d %d %d %d\n", task_cpu(t) == cpu(), task_state(t),
	       task_prio(t) - task_nice(t), task_nice(t) >= -20 && task_nice(t) <= 19)
	printf("[%s] %d %d\n", pid2execname(99999999), pid2task(99999999), pgrp() > 0 && sid() >= 0)
	exit()
}
--- stap_out
1 1 1 1
1 1 1
1 1 1 1
1 0 20 1
[] 0 1
--- needs: live

=== TEST 2: a bad task pointer is a read fault, not an oops
--- stap
probe begin { try { println(task_pid(0)) } catch (e) { println(e) }
	try { println(task_execname(8)) } catch (e) { println(e) }
	try { println(task_uid(16)) } catch (e) { println(e) }
	exit() }
--- stap_out_like
^read fault \[man error::fault\] at 0x[0-9a-f]+
kernel string copy fault at 0x[0-9a-f]+ \[man error::fault\]
read fault \[man error::fault\] at 0x[0-9a-f]+
--- needs: live

=== TEST 3: kernel_string(0) is stap's kernel copy fault
--- stap
probe begin { println(kernel_string(0)) }
--- stap_err_like
^ERROR: kernel string copy fault at 0x0 \[man error::fault\] near identifier 'kernel_string' at \S+:\d+:\d+$
^WARNING: Number of errors: 1, skipped probes: 0$
--- exitcode: 1
--- needs: live

=== TEST 4: user_string(0) is stap's user copy fault (-EFAULT)
--- stap
probe begin { println(user_string(0)) }
--- stap_err_like
^ERROR: user string copy fault -14 at 0x0 \[man error::fault\] near identifier 'user_string_n' at \S+:\d+:\d+$
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: kernel integer reads fault with their own texts
--- stap
probe begin {
	try { println(kernel_long(0)) } catch (e) { println(e) }
	try { println(kernel_int(8)) } catch (e) { println(e) }
	try { println(kernel_short(0)) } catch (e) { println(e) }
	try { println(kernel_char(0)) } catch (e) { println(e) }
	try { println(kernel_pointer(0)) } catch (e) { println(e) }
	try { println(kernel_string_n(0, 4)) } catch (e) { println(e) }
	println(kernel_string_quoted(0))
	exit()
}
--- stap_out
kernel long copy fault at 0x0 [man error::fault]
kernel int copy fault at 0x8 [man error::fault]
kernel short copy fault at 0x0 [man error::fault]
kernel char copy fault at 0x0 [man error::fault]
kernel pointer copy fault at 0x0 [man error::fault]
kernel string copy fault at 0x0 [man error::fault]
0x0
--- needs: live

=== TEST 6: user integer reads: 0 on a fault, _warn variants warn, _error ones error
--- stap
probe begin {
	println(user_int(0), user_long(0), user_char(0), user_short(0), user_ushort(0),
		user_ulong(0), user_int8(0), user_uint8(0), user_int16(0), user_uint16(0),
		user_int32(0), user_uint32(0), user_int64(0), user_uint64(0))
	println(user_int_warn(0), user_char_warn(0))
	try { println(user_long_error(0)) } catch (e) { println(e) }
	exit()
}
--- stap_out
00000000000000
00
read fault [man error::fault] at 0x0
--- stap_err
WARNING: user int copy fault 0x0 [man error::fault]
WARNING: user char copy fault at 0x0 [man error::fault]
--- needs: live

=== TEST 7: user_string_n_warn warns, returns its message, and the probe goes on
--- stap
probe begin { println(user_string_n_warn(0, 10, "<unknown>")); println("after"); exit() }
--- stap_out
<unknown>
after
--- stap_err
WARNING: user string copy fault -14 at 0x0 [man error::fault]
--- needs: live

=== TEST 8: quoted forms give the address on a fault
--- stap
probe begin { println(user_string_quoted(0), " ", user_string_n_quoted(0, 5, 10), " ",
	kernel_string_quoted(4096), " ", string_quoted("a\"b\n")); exit() }
--- stap_out
0x0 0x0 0x1000 "a\"b\n"
--- needs: live

=== TEST 9: user memory reads: staprun's own argument area
--- stap
probe begin {
	a = __cmdline_area(0)
	s = user_string(a)
	printf("%d %d\n", isinstr(s, "staprun"), strlen(user_string_n(a, 3)))
	printf("%d %d %d\n", user_uint8(a) == stringat(s, 0),
	       user_uint16(a) == stringat(s, 0) + stringat(s, 1) * 256,
	       user_int8(a + 1) == stringat(s, 1))
	printf("%s %s\n", user_string_n_quoted(a, 3, 20), user_string_n_quoted(a, 50, 6))
	exit()
}
--- stap_out_like
^1 3
1 1 1
^"\S{3}" "\S"\.\.\.$
--- ref_skip: __cmdline_area is this tapset's own helper
--- needs: live

=== TEST 10: pointer_arg(1) in begin: no registers, stap's error
--- stap
probe begin { println(pointer_arg(1)) }
--- stap_err_like
^ERROR: cannot access function args in this context near identifier '_stp_arg2' at \S+:\d+:\d+$
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 11: returnval() in begin
--- stap
probe begin { println(returnval()) }
--- stap_err_like
^ERROR: returnval\(\) not defined in this context begin near identifier 'returnval' at \S+:\d+:\d+$
^WARNING: Number of errors: 1, skipped probes: 0$
--- exitcode: 1
--- needs: live

=== TEST 12: no registers: registers_valid, user_mode, is_return, probefunc, ppfunc, addr; uaddr is staprun's
--- stap
probe begin {
	printf("%d %d %d [%s] [%s]\n", registers_valid(), user_mode(), is_return(), probefunc(), ppfunc())
	printf("%d %d %s\n", addr(), uaddr() > 0, symname(0))
	try { println(register("rax")) } catch (e) { println(e) }
	exit()
}
--- stap_out
0 0 0 [0x0] []
0 1 0x0
cannot access CPU registers in this context
--- needs: live

=== TEST 13: ctime() of the epoch, the 32-bit limits and a leap day
--- stap
probe begin {
	println(ctime(0)); println(ctime(-1)); println(ctime(2147483647))
	println(ctime(-2147483648)); println(ctime(951782400)); println(ctime(1700000000))
	println(ctime(-86400)); println(ctime(1234567890))
	try { println(ctime(2147483648)) } catch (e) { println(e) }
	try { println(ctime(-2147483649)) } catch (e) { println(e) }
	exit()
}
--- stap_out
Thu Jan  1 00:00:00 1970
Wed Dec 31 23:59:59 1969
Tue Jan 19 03:14:07 2038
Fri Dec 13 20:45:52 1901
Tue Feb 29 00:00:00 2000
Tue Nov 14 22:13:20 2023
Wed Dec 31 00:00:00 1969
Fri Feb 13 23:31:30 2009
Time too far in the future to be converted
Time too far in the past to be converted
--- needs: live

=== TEST 14: tz_ctime in the guest's zone (no TZ, no /etc/localtime: UTC, as stap's stapio sends it)
--- stap
probe begin { printf("[%s] %d [%s]\n", tz_ctime(0), tz_gmtoff(), tz_name()); exit() }
--- stap_out
[Thu Jan  1 00:00:00 1970 UTC] 0 [UTC]
--- needs: live

=== TEST 15: cputime and time strings
--- stap
probe begin {
	println(cputime_to_usecs(1234567), " ", cputime_to_msecs(1234567890))
	println(cputime_to_string(61234567890), " ", msecs_to_string(1005),
		" ", usecs_to_string(62000007), " ", nsecs_to_string(3))
	println(task_utime() >= 0 && task_stime() >= 0, " ",
		isinstr(task_time_string(), "usr: 0m"))
	exit()
}
--- stap_out
1234 1234
1m1.234s 0m1.005s 1m2.000007s 0m0.000000003s
1 1
--- ref_skip: stap 4.8's cputime_to_usecs uses jiffies_to_usecs, wrong since the kernel's cputime became nanoseconds (4.11); ours treats it as ns
--- needs: live

=== TEST 16: error-message forms return their message on a fault
--- stap
probe begin { printf("[%s] [%s] [%s] [%s]\n", user_string(0, "err"), user_string2(0, "e2"),
	user_string_n(0, 3, "e3"), user_string_n2(0, 3, "e4")); exit() }
--- stap_out
[err] [e2] [e3] [e4]
--- needs: live

=== TEST 17: cmdline_str() holds staprun's command line
--- stap
probe begin { printf("%d %d\n", isinstr(cmdline_str(), "staprun"), isinstr(cmdline_arg(0), "staprun")); exit() }
--- stap_out
1 1
--- ref_skip: stap 4.8's modules run under stapio, whose command line is not staprun's
--- needs: live

=== TEST 18: overloads by arity: user_string_warn(0) warns and returns "" (stap 4.8, not "<unknown>")
--- stap
probe begin { printf("[%s]\n", user_string_warn(0));
	printf("[%s] [%s]\n", kernel_string(0, "kerr"), user_string_n_warn(0, 3)); println(ctime() != "")
	printf("[%s] [%s] [%s] [%s]\n", user_string_warn(0, "w1"), user_string2_warn(0, "w2"),
	       user_string2_n_warn(0, 3, "w3"), kernel_string2(0, "k2"))
	printf("%s %s\n", user_string_n_quoted(0, 3), user_string_n2_quoted(0, 3, 9)); exit() }
--- stap_out
[]
[kerr] []
1
[w1] [w2] [w3] [k2]
0x0 0x0
--- stap_err
WARNING: user string copy fault -14 at 0x0 [man error::fault]
WARNING: user string copy fault -14 at 0x0 [man error::fault]
WARNING: user string copy fault -14 at 0x0 [man error::fault]
WARNING: user string copy fault -14 at 0x0 [man error::fault]
WARNING: user string copy fault -14 at 0x0 [man error::fault]
--- ref_skip: stap 4.8 elides user_string2_n_warn as side-effect-free (its own warning says so), losing the third warning
--- needs: live

=== TEST 19: kernel.function: argument registers, probefunc/ppfunc, returnval, user memory at a read's buffer
--- stap
global buf, n, args_ok, ret_ok, readable, shown
probe kernel.function("vfs_read") {
	/* staprun's own reads of the module's files (a -c command's reads
	 * do not show up here yet) */
	if (execname() != "staprun") next
	n++
	/* file: a kernel pointer (negative as a long), buf: a user address */
	if (pointer_arg(1) < 0 && pointer_arg(2) > 0 && ulong_arg(3) > 0 &&
	    long_arg(1) == pointer_arg(1) && u32_arg(1) == (pointer_arg(1) & 0xffffffff) &&
	    s32_arg(1) == int_arg(1) && u64_arg(2) == pointer_arg(2) &&
	    uint_arg(3) == (ulong_arg(3) & 0xffffffff) && int_arg(1) == register("edi"))
		args_ok++
	buf[tid()] = pointer_arg(2)
	if (n == 1)
		printf("%s %s %s %d %d %d %s %d\n", probefunc(), ppfunc(), pp(), registers_valid(),
		       user_mode(), is_return(), symname(addr()), uaddr() > 0)
}
probe kernel.function("vfs_read").return {
	if (execname() != "staprun" || !(tid() in buf)) next
	r = returnval()
	if (r >= 0)
		ret_ok++
	if (r > 0)
		try { user_uint8_error(buf[tid()]); readable++ } catch { }
	if (!shown++)
		printf("%s %s %d %d\n", probefunc(), ppfunc(), is_return(), r == register("rax"))
	delete buf[tid()]
}
probe timer.ms(200) { exit() }
probe end {
	printf("%s %d %d %d\n", n > 0 ? "fired" : "silent", args_ok == n, ret_ok > 0, readable > 0)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function
--- stap_out
vfs_read vfs_read kernel.function("vfs_read") 1 0 0 vfs_read 1
vfs_read vfs_read 1 1
fired 1 1 1
--- needs: live

=== TEST 20: target_set_pid(): the -c command and what it forks, transitively; target_set_report() names each one's parent
--- prog
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	if (argc > 1)
		return 0;		/* the grandchild, exec'd again */
	pid_t a = fork();
	if (a == 0) {
		pid_t b = fork();
		if (b == 0) {
			execl(argv[0], argv[0], "leaf", (char *)0);
			_exit(1);
		}
		waitpid(b, 0, 0);
		_exit(0);
	}
	waitpid(a, 0, 0);
	return 0;
}
--- stap
probe kernel.trace("sched:sched_process_exec") {
	if (pid() != target() && target_set_pid(pid())) {
		target_set_report()
		printf("%d %d %d %d %d\n", target_set_pid(pid()), target_set_pid(ppid()),
		       target_set_pid(stp_pid()), target_set_pid(1), ppid() != target())
	}
}
--- args: -c $PROG0
--- stap_out_like
^target set:
^\d+ begat \d+
^\d+ begat \d+
^\d+ begat \d+
^1 1 0 0 1$
--- needs: live

=== TEST 21: argv[]/argc hold the script arguments; -G argv_2=... changes one at load time; probe init runs first
--- stap
probe begin { printf("%d", argc); for (i = 1; i <= argc; i++) printf(" [%s]", argv[i]); println(""); exit() }
probe init { println("init") }
--- script_args: one "two words" 3
--- args: -G argv_2=changed
--- stap_out
init
3 [one] [changed] [3]
--- needs: live

=== TEST 22: without arguments argc is 0, and argv[1..32] exist all the same, empty (stap 4.8)
--- stap
probe begin { printf("%d %d %d [%s]\n", argc, [1] in argv, [32] in argv, argv[1]); exit() }
--- stap_out
0 1 1 []
--- needs: live

=== TEST 23: cpu_clock_ns/us/ms/s(cpu()) agree with local_clock_ns(); a CPU that is not online is stap's error
--- stap
probe begin {
	a = local_clock_ns(); b = cpu_clock_ns(cpu()); c = local_clock_ns()
	printf("%d %d %d\n", a <= b && b <= c, cpu_clock_us(cpu()) >= b / 1000, cpu_clock_s(0) == cpu_clock_ms(0) / 1000)
	try { println(cpu_clock_ns(4096)) } catch (e) { println(e) }
	try { println(cpu_clock_ns(-1)) } catch (e) { println(e) }
	exit()
}
--- stap_out
1 1 1
cpu 4096 is not online
cpu -1 is not online
--- needs: live
--- ref_skip: stap 4.8 built for this kernel lacks STAPCONF_CPU_CLOCK: its cpu_clock_ns() returns the time of day for any cpu, even one not online

=== TEST 24: pn() names the probe as the script does (an alias, wildcards expanded); pp() the point it resolved to
--- stap
global seen
probe syscall.*ppid, begin {
	if (seen[pn()]++) next
	printf("%s %s\n", pn(), pp() == pn() ? "same" : "resolved")
	if (pn() != "begin") exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'echo \$PPID >/dev/null; true'"
--- stap_out_like
^begin same$
^syscall\.getppid resolved$
--- needs: live
