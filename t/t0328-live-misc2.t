Passes 1-5 live for tapsets/system.stp, logging.stp (assert,
switch_file), indent.stp, dev.stp, proc_mem.stp, task_files.stp and
rlimit.stp, and the parts of staprun they need (system() commands and
-o FILE / -S SIZE,N output files, core/staprun/staprun.c).  Files are
read back by the -c command, which runs in the guest's /t beside them.

=== TEST 1: system() runs after the output printed before it
--- stap
probe begin { for (i = 0; i < 3; i++) println("before ", i); system("echo hi") }
probe timer.ms(300) { println("after"); exit() }
--- stap_out
before 0
before 1
before 2
hi
after
--- needs: live

=== TEST 2: system() runs sh -c in the background, as stap's uid, after the probe's output
--- stap
probe begin { system("echo one; echo two | tr a-z A-Z"); println("mid") }
global n
probe timer.ms(300) { if (!n++) system("id -u") }
probe timer.ms(700) { println("end"); exit() }
--- stap_out
mid
one
TWO
0
end
--- needs: live

=== TEST 3: the output of system() goes to stdout, not to the -o file
--- stap
probe begin { println("to file"); system("echo to stdout") }
--- args: -o sys.out -c 'sleep 0.4; echo "file:"; cat sys.out'
--- stap_out
to stdout
file:
to file
--- needs: live

=== TEST 4: switch_file() moves -o FILE on to FILE.1, FILE.2, right where it was called
--- stap
probe begin { println("one"); switch_file(); print("two"); switch_file(); println("three") }
--- args: -o sw.out -c 'sleep 0.4; for f in sw.out*; do echo "== $f"; cat $f; done'
--- stap_out
== sw.out
one
== sw.out.1
two== sw.out.2
three
--- ref_skip: stap 4.8 names the files the same (sw.out, sw.out.1, sw.out.2) but switches late, by system("kill -USR2 PID") after the probe: its sw.out holds one, twothree and the others are empty
--- needs: live

=== TEST 5: -S SIZE,N starts at FILE.0 and keeps the last N files
--- stap
probe begin { println("a"); switch_file(); println("b"); switch_file(); println("c"); switch_file(); println("d") }
--- args: -o rot.out -S 1,2 -c 'sleep 0.4; for f in rot.out*; do echo "== $f"; cat $f; done'
--- stap_out
== rot.out.2
c
== rot.out.3
d
--- ref_skip: stap 4.8 keeps the same two files (rot.out.2, rot.out.3) but switches late, by system("kill -USR2 PID") after the probe: both are empty
--- needs: live

=== TEST 6: -S SIZE switches files before one would grow past SIZE megabytes
--- stap
global n
probe timer.ms(1) {
	for (i = 0; i < 100; i++)
		if (n < 120)
			printf("%099d\n", n * 100 + i)
	n++
}
--- args: -o big.out -S 1 -c 'sleep 3; ls big.out*; cat big.out.0 big.out.1 | wc -c; [ $(wc -c < big.out.0) -le 1048576 ] && [ $(wc -c < big.out.0) -gt 983040 ] && echo first-full; tail -1 big.out.1'
--- stap_out
big.out.0
big.out.1
1200000
first-full
000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000011999
--- timeout: 30
--- needs: live

=== TEST 7: switch_file() without -o does nothing
--- stap
probe begin { println("one"); switch_file(); println("two"); exit() }
--- stap_out
one
two
--- needs: live

=== TEST 8: -S without -o is refused by staprun
--- stap
probe begin { exit() }
--- args: -S 1
--- stap_err_like
You have to specify output FILE with '-S' option\.
--- exitcode: 1
--- needs: live

=== TEST 9: assert() passes quietly, then fails with stap's ERROR line and exit code
--- stap
probe begin { assert(1); assert(2 > 1, "not this"); println("ok"); assert(0); println("unreached") }
--- stap_out
ok
--- stap_err
ERROR: Assertion failed
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 10: assert(expr, msg) fails with msg; try/catch catches it
--- stap
probe begin {
	try { assert(0, "first") } catch (e) { println("caught: ", e) }
	assert(1 == 2, "pid2task: process not found. exiting.")
}
--- stap_out
caught: first
--- stap_err
ERROR: pid2task: process not found. exiting.
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 11: thread_indent and indent: times, levels and the reset, by a script's own clock
--- stap
global now
function __indent_timestamp () { return now }
function show (s) { println("[", str_replace(s, sprintf("%s(%d)", execname(), tid()), "T"), "]") }
probe begin {
	now = 100; show(thread_indent(1))
	now = 105; show(thread_indent(1))
	now = 107; show(thread_indent(2))
	now = 108; show(thread_indent(-2))
	now = 109; show(thread_indent(-1))
	now = 110; show(thread_indent(-1))
	now = 200; show(thread_indent(1))
	now = 300; show(indent(1)); now = 301; show(indent(1)); now = 302; show(indent(-1))
	println(thread_indent_depth(0), " ", indent_depth(-1), " ", indent_depth(0))
	println(thread_indent_depth(1), thread_indent_depth(1), thread_indent_depth(-1), thread_indent_depth(-1))
	exit()
}
--- stap_out
[     0 T:]
[     5 T: ]
[     7 T:   ]
[     8 T:   ]
[     9 T: ]
[    10 T:]
[     0 T:]
[     0 :]
[     1 : ]
[     2 : ]
0 0 0
1221
--- needs: live

=== TEST 12: thread_indent's default clock is microseconds, and names the thread
--- stap
probe begin { a = thread_indent(1); b = thread_indent(-1); printf("%s\n%s\n", a, b); exit() }
--- stap_out_like
^     0 staprun\(\d+\):$
^ *\d+ staprun\(\d+\):$
--- ref_skip: stap 4.8's begin probes run in stapio, not staprun
--- needs: live

=== TEST 13: MKDEV, MAJOR, MINOR and usrdev2kerndev are the kernel's arithmetic
--- stap
probe begin {
	printf("%d %d %d\n", MKDEV(8, 1), MAJOR(MKDEV(8, 1)), MINOR(MKDEV(8, 1)))
	printf("%#x %d %d\n", usrdev2kerndev(0x801), MAJOR(usrdev2kerndev(0x801)), MINOR(usrdev2kerndev(0x801)))
	printf("%#x %#x %#x\n", usrdev2kerndev(0x12345678), MAJOR(usrdev2kerndev(0x12345678)), MINOR(usrdev2kerndev(0x12345678)))
	printf("%d %d %d %d\n", MAJOR(-1), MINOR(-1), MKDEV(1, -1), MKDEV(4095, 1048575))
	exit()
}
--- stap_out
8388609 8 1
0x800001 8 1
0x45612378 0x456 0x12378
4294967295 1048575 -1 4294967295
--- needs: live

=== TEST 14: proc_mem_* of the -c process are its /proc/PID/statm (size, text, data)
--- stap
probe timer.ms(300) {
	p = target()
	printf("stap %d %d %d\n", proc_mem_size(p), proc_mem_txt(p), proc_mem_data(p))
	printf("pos %d %d %d\n", proc_mem_size(p) > 0, proc_mem_rss(p) > 0, proc_mem_shr(p) >= 0)
	printf("le %d %d\n", proc_mem_rss(p) <= proc_mem_size(p), proc_mem_shr(p) <= proc_mem_rss(p))
	printf("pid %d\n", proc_mem_size_pid(p) == proc_mem_size(p) && proc_mem_rss_pid(p) == proc_mem_rss(p) &&
	       proc_mem_shr_pid(p) == proc_mem_shr(p) && proc_mem_txt_pid(p) == proc_mem_txt(p) &&
	       proc_mem_data_pid(p) == proc_mem_data(p))
	println(proc_mem_string(p))
	println(proc_mem_string_pid(p) == proc_mem_string(p))
	exit()
}
--- args: -c 'read -r s r sh t l d x </proc/$$/statm; echo "statm $s $t $d"; sleep 1; exit 0'
--- stap_out_like
^statm (\d+) (\d+) (\d+)\n(?s:.*)^stap \1 \2 \3$
^pos 1 1 1$
^le 1 1$
^pid 1$
^size: [ \d.]{4}[KMG], rss: [ \d.KMG]{5}, shr: [ \d.KMG]{5}, txt: [ \d.]{4}[KMG], data: [ \d.]{4}[KMG]$
^1$
--- needs: live

=== TEST 15: proc_mem_* of the current process, of none, and of a kernel thread are 0 where there is no mm
--- stap
probe begin {
	printf("%d %d %d\n", proc_mem_size() > 0, proc_mem_txt() > 0, proc_mem_data() > 0)
	printf("%d %d %d %d %d\n", proc_mem_size(0), proc_mem_rss(-1), proc_mem_shr(99999999), proc_mem_txt(2), proc_mem_data(2))
	println(proc_mem_string(99999999))
	println(proc_mem_string() == proc_mem_string(pid()))
	exit()
}
--- stap_out
1 1 1
0 0 0 0 0
size:     0, rss:     0, shr:     0, txt:     0, data:     0
1
--- needs: live

=== TEST 16: bytes_to_string and pages_to_string: five columns with K, M, G
--- stap
probe begin {
	printf("[%s][%s][%s][%s]\n", bytes_to_string(0), bytes_to_string(1023), bytes_to_string(1024), bytes_to_string(1536))
	printf("[%s][%s][%s]\n", bytes_to_string(10 * 1024 + 512), bytes_to_string(1023 * 1024), bytes_to_string(5 * 1048576 + 1048575))
	printf("[%s][%s][%s]\n", bytes_to_string(3 << 30), bytes_to_string(20000 << 30), bytes_to_string(-5))
	printf("[%s][%s]\n", pages_to_string(1), pages_to_string(256))
	exit()
}
--- stap_out
[    0][ 1023][1.00K][1.50K]
[10.5K][1023K][5.99M]
[3.00G][20000G][   -5]
[4.00K][1.00M]
--- needs: live

=== TEST 17: task_open_file_handles and task_max_file_handles of the -c process
--- stap
probe timer.ms(300) {
	t = pid2task(target())
	printf("open %d max %d\n", task_open_file_handles(t), task_max_file_handles(t))
	exit()
}
--- args: -c 'exec 3</dev/null 4</dev/null 7</dev/null; sleep 1'
--- stap_out
open 6 max 64
--- needs: live

=== TEST 18: task_rlimit*, rlimit_from_str of the -c process
--- stap
probe timer.ms(300) {
	t = pid2task(target())
	printf("nofile %d %d %d\n", task_rlimit_nofile(t), task_rlimit(t, "RLIMIT_NOFILE"), task_rlimit(t, "RLIMIT_BOGUS"))
	printf("codes %d %d %d\n", rlimit_from_str("RLIMIT_CPU"), rlimit_from_str("RLIMIT_NOFILE"), rlimit_from_str("nofile"))
	printf("cpu %d\n", task_rlimit_cpu(t))
	exit()
}
--- args: -c 'ulimit -n 77; sleep 1'
--- stap_out
nofile 77 77 -1
codes 0 7 -1
cpu -1
--- ref_skip: stap 4.8's task_rlimit_* read @cast(sig, "signal_struct", "kernel"), which needs kernel debuginfo
--- needs: live

=== TEST 19: task_open_file_handles of a bad task is a read fault, not an oops
--- stap
probe begin { println(task_open_file_handles(0)) }
--- stap_err_like
^ERROR: read fault \[man error::fault\] at 0x[0-9a-f]+
--- exitcode: 1
--- needs: live

=== TEST 20: -o /dev/null stays /dev/null through switches and -S removals
--- stap
probe begin { println("x"); switch_file(); println("y"); switch_file(); println("z") }
--- args: -o /dev/null -S 1,1 -c 'sleep 0.4; ls -l /dev/null | cut -c1; ls /dev/null.* 2>/dev/null | wc -l'
--- stap_out
c
0
--- ref_skip: stap 4.8's stapio removes /dev/null as the oldest file beyond N and recreates it as a plain file (ls shows '-')
--- needs: live

=== TEST 21: -o FILE takes strftime(3) conversions, also for the rotated names
--- stap
probe begin { println("first"); switch_file(); println("second") }
--- args: -o 'tm_%Y_%%.out' -c 'sleep 0.4; for f in tm_*; do echo "== $f"; cat $f; done'
--- stap_out_like
^== tm_20\d\d_%\.out\nfirst\n== tm_20\d\d_%\.out\.1\nsecond\n\z
--- ref_skip: stap 4.8 switches late, by system("kill -USR2 PID") after the probe: its first file holds both lines
--- needs: live
