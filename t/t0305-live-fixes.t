Live checks of fixes found in review: the instruction pointer a kprobe or
kretprobe handler sees (stap 4.8's generated handlers set it to the probed
address at a call, to the return address at a .return, and put the
kernel's value back after), no registers in timer.s/ms probes (only
timer.profile has them, as in stap), and the local time zone that staprun
hands the module for tz_ctime() (stap's stapio sends the same two values).

=== TEST 1: at a kprobe addr() is the probed address itself
--- stap
global at, before
probe kernel.function("vfs_read") {
	if (at != "") next
	at = symname(addr())
	before = symname(addr() - 1)
}
probe end { printf("%s %s\n", at, before == at ? "inside" : "at start") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function
--- stap_out
vfs_read at start
--- needs: live

=== TEST 2: at a kretprobe addr() is the return address in the caller
--- stap
global callers
probe kernel.function("vfs_read").return { callers[symname(addr())]++ }
probe end {
	printf("ksys_read %s, vfs_read %s\n",
	       "ksys_read" in callers ? "seen" : "missing",
	       "vfs_read" in callers ? "seen" : "absent")
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function
--- stap_out
ksys_read seen, vfs_read absent
--- needs: live

=== TEST 3: timer.ms has no registers, timer.profile has them
--- stap
global t = -1, p = -1
probe timer.ms(1) { if (t < 0) t = registers_valid() }
probe timer.profile { if (p < 0) p = registers_valid() }
probe timer.ms(200) { printf("timer %d profile %d\n", t, p); exit() }
--- stap_out
timer 0 profile 1
--- needs: live

=== TEST 4: pointer_arg() in a timer probe is stap's error
--- stap
probe timer.ms(1) { println(pointer_arg(1)) }
--- stap_out
--- stap_err_like
\AERROR: cannot access function args in this context near identifier '_stp_arg2' at \S+/registers\.stp:\d+:\d+\nWARNING: Number of errors: 1, skipped probes: 0\n\z
--- exitcode: 1
--- needs: live

=== TEST 5: staprun passes the time zone: tz_ctime, tz_gmtoff, tz_name
The guest has no /etc/localtime and no TZ: glibc's UTC, named "UTC"
(without the parameters tz_name() is "").
--- stap
probe begin { printf("%s|%d|%s\n", tz_ctime(0), tz_gmtoff(), tz_name()); exit() }
--- stap_out
Thu Jan  1 00:00:00 1970 UTC|0|UTC
--- needs: live

=== TEST 6: str_replace with an empty search string 100 times in one probe
Its embedded C leaves with "return;": that must end the body only, not
skip the function's epilogue (MAXNESTING bookkeeping), or the 11th call
fails with "MAXNESTING exceeded".
--- stap
probe begin {
	n = 0
	for (i = 0; i < 100; i++)
		if (str_replace("abc", "", "x") == "abc")
			n++
	println(n)
	exit()
}
--- stap_out
100
--- needs: live

=== TEST 7: a guru embedded-C function that returns early, 100 calls
--- args: -g
--- stap
function early:long (x:long) %{
	STAP_RETVALUE = STAP_ARG_x * 2;
	if (STAP_ARG_x > 0)
		return;
	STAP_RETVALUE = -1;
%}
function twice:long (x:long) { return early(x) + early(-x) }
probe begin {
	s = 0
	for (i = 1; i <= 100; i++)
		s += twice(i)
	println(s)
	exit()
}
--- stap_out
10000
--- needs: live
