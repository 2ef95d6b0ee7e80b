# Passes 3-5 of process() probes, live in the guest: uprobes and
# uretprobes by inode and offset, target variables from DWARF location
# expressions (-O0 and -O2), SDT markers with a semaphore, a shared
# library, process.begin/.end, and which processes -c lets fire (the
# target only for `process` without a path; every process of the binary
# for process("PATH"), as SystemTap 4.8).  The programs
# are t/fixtures/process/up.c and uplib.c, built by build-live.sh into
# /tmp/stap-t0320 (a fixed path: pass 2 reads them on the host, and
# `--- carry` puts them at the same path in the guest, with their
# libraries).  up N MS: N rounds of add(i, 10i, "xyz") and an SDT
# marker up:tick(i, 100i), MS milliseconds apart, then show("hello"),
# show((char *)16), walk() over three structs and lib_mul(6, 7); it
# prints nothing (its output would race with the probes').
# Busybox's sh runs the -c command; it execs a lone command itself.
# Reference check (t --vm --stap=/usr/bin/stap): 15 passed, 9 skipped
# (ref_skip says why for each).

=== TEST 1: function entry with parameters at -O0, user_string of a char *
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/up0").function("add") {
	printf("add a=%d b=%d s=%s\n", $a, $b, user_string($s))
}
--- carry
/tmp/stap-t0320/up0
--- stap_out
add a=0 b=0 s=xyz
add a=1 b=10 s=xyz
add a=2 b=20 s=xyz
--- needs: live

=== TEST 2: the same at -O2 (parameters in registers), walk's pointer parameter read with user_int
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up2
--- stap
probe process("/tmp/stap-t0320/up2").function("add") {
	printf("add a=%d b=%d s=%s\n", $a, $b, user_string($s))
}
probe process("/tmp/stap-t0320/up2").function("walk") {
	printf("walk n=%d p[0].a=%d\n", $n, user_int($p))
}
--- carry
/tmp/stap-t0320/up2
--- stap_out
add a=0 b=0 s=xyz
add a=1 b=10 s=xyz
add a=2 b=20 s=xyz
walk n=3 p[0].a=1
--- needs: live

=== TEST 3: .return with $return, at -O0 and -O2
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c 'sh -c "/tmp/stap-t0320/up0 2; exec /tmp/stap-t0320/up2 2"'
--- stap
probe process("/tmp/stap-t0320/up0").function("add").return,
      process("/tmp/stap-t0320/up2").function("add").return {
	printf("%s %d\n", execname(), $return)
}
probe process("/tmp/stap-t0320/up2").function("walk").return { printf("walk %d\n", $return) }
--- carry
/tmp/stap-t0320/up0
/tmp/stap-t0320/up2
--- stap_out
up0 1
up0 12
up2 1
up2 12
walk 140
--- ref_skip: SystemTap 4.8 built with -r RELEASE says "process return probes not available [man error::inode-uprobes]" (GUEST-NOTES: its uretprobes need --sysroot and -r PATH)
--- needs: live

=== TEST 4: a statement probe inside a loop: locals at -O0, a static local (DW_OP_addr in a PIE)
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/up0").statement("walk@up.c:31") {
	printf("i=%d acc=%d n=%d walks=%d\n", $i, $acc, $n, $walks)
}
--- carry
/tmp/stap-t0320/up0
--- stap_out
i=0 acc=0 n=3 walks=41
i=1 acc=10 n=3 walks=41
i=2 acc=50 n=3 walks=41
--- needs: live

=== TEST 5: SDT marker arguments at -O0, the semaphore counted while the probe is armed
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up0 2'
--- stap
probe process("/tmp/stap-t0320/up0").mark("tick") {
	printf("%s %s %d %d\n", $$provider, $$name, $arg1, $arg2)
}
probe process("/tmp/stap-t0320/up0").statement("main@up.c:59") { printf("enabled=%d\n", $enabled) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
up tick 0 0
up tick 1 100
enabled=2
--- needs: live

=== TEST 6: SDT marker arguments at -O2 (-4@%edi -8@%rax), by provider and name
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up2 3'
--- stap
probe process("/tmp/stap-t0320/up2").provider("up").mark("tick") { printf("%d %d\n", $arg1, $arg2) }
--- carry
/tmp/stap-t0320/up2
--- stap_out
0 0
1 100
2 200
--- needs: live

=== TEST 7: a function of a shared library: by its path, through .library(), and its PLT slot
Two probes on one address fire in reverse script order, as in stap 4.8
(the kernel runs the newest uprobe consumer first).
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/libup.so").function("lib_mul") { printf("lib_mul(%d, %d)\n", $a, $b) }
probe process("/tmp/stap-t0320/up0").library("libup.so").function("lib_mul") { printf("via .library: %d\n", $b) }
probe process("/tmp/stap-t0320/up0").plt("lib_mul") { println("via the plt") }
--- carry
/tmp/stap-t0320/up0
--- stap_out
via the plt
via .library: 7
lib_mul(6, 7)
--- needs: live

=== TEST 8: a library function's .return, after its entry
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/libup.so").function("lib_mul") { printf("lib_mul(%d, %d)\n", $a, $b) }
probe process("/tmp/stap-t0320/libup.so").function("lib_mul").return { printf("= %d\n", $return) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
lib_mul(6, 7)
= 42
--- ref_skip: SystemTap 4.8 built with -r RELEASE says "process return probes not available [man error::inode-uprobes]" (GUEST-NOTES: its uretprobes need --sysroot and -r PATH)
--- needs: live

=== TEST 9: process.begin/.end of the -c target (an exec ends the old image and begins the new), process("PATH").begin/.end
# Our staprun runs the command with sh -c (busybox's sh then execs it: two
# execs); SystemTap's stapio execs it directly, and its task finder runs
# the path probe's begin before the target's.
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process.begin { printf("begin target=%d\n", pid() == target()) }
probe process("/tmp/stap-t0320/up0").begin { printf("begin %s\n", execname()) }
probe process("/tmp/stap-t0320/up0").end { printf("end %s\n", execname()) }
probe process.end { printf("end target=%d\n", pid() == target()) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
begin target=1
end target=1
begin target=1
end target=1
begin target=1
begin up0
end up0
end target=1
--- ref_out
begin target=1
end target=1
begin up0
begin target=1
end up0
end target=1
--- needs: live

=== TEST 10: -c does not filter process("PATH") probes (as stap 4.8): a background up0 counts too
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c 'sh -c "/tmp/stap-t0320/up0 5 & exec /tmp/stap-t0320/up0 3 20"'
--- stap
global hits, others
probe process("/tmp/stap-t0320/up0").function("add") {
	if (pid() == target()) hits++; else others++
}
probe end { printf("hits=%d others=%d\n", hits, others) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
hits=3 others=5
--- needs: live

=== TEST 11: process without a path (the -c program): the target's hits
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up0 3'
--- stap
probe process.function("add") { printf("%d %d\n", pid() == target(), $a) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
1 0
1 1
1 2
--- needs: live

=== TEST 12: the target exits mid-trace: its .end probe, then a clean end of the session
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up0 3 100'
--- stap
global hits, ticks
probe process("/tmp/stap-t0320/up0").function("add") { hits++ }
probe process("/tmp/stap-t0320/up0").function("main").return { println("main returned") }
probe process("/tmp/stap-t0320/up0").end { printf("ended hits=%d\n", hits) }
probe timer.ms(50) { ticks++ }
probe end { printf("end ticks>0=%d\n", ticks > 0) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
main returned
ended hits=3
end ticks>0=1
--- ref_skip: SystemTap 4.8 built with -r RELEASE says "process return probes not available [man error::inode-uprobes]" (GUEST-NOTES: its uretprobes need --sysroot and -r PATH)
--- needs: live

=== TEST 13: user_string on a bad pointer: stap's fault text, the run ends
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/up0").function("show") { printf("show %s\n", user_string($s)) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
show hello
--- stap_err_like
^ERROR: user string copy fault -14 at 0x0*10 \[man error::fault\] near identifier 'user_string_n' at .*
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 14: member chains through a pointer parameter at -O0 (on the stack)
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/up0").function("walk") { printf("a=%d b=%d\n", $p->a, $p->b) }
--- carry
/tmp/stap-t0320/up0
--- stap_out
a=1 b=10
--- needs: live

=== TEST 15: member chains through a pointer parameter at -O2 (in a register)
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up2
--- stap
probe process("/tmp/stap-t0320/up2").function("walk") { printf("a=%d b=%d\n", $p->a, $p->b) }
--- carry
/tmp/stap-t0320/up2
--- stap_out
a=1 b=10
--- needs: live

=== TEST 16: pass 2: an unknown member, as stap 4.8 words it
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up0").function("walk") { println($p->x) }'
--- stap_err_like
^semantic error: unable to find member 'x' for struct pt \(alternatives: a, b\): operator '->' at <input>:1:67
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 17: pass 2: a member of an int, as stap 4.8 words it
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up0").function("walk") { println($n->x) }'
--- stap_err_like
^semantic error: invalid access '->x' vs. int: operator '->' at <input>:1:67
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 18: pass 2: a parameter in a .return probe is read at entry (t0321 runs it), with stap's warning
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up0").function("add").return { println($a) }'
--- stap_err_like
^WARNING: confusing usage, value is captured as @entry\(\$a\) in \.return probe \[man stapprobes\] RETURN PROBES: identifier '\$a' at <input>:1:
--- exitcode: 0
--- ref_skip: SystemTap 4.8 built with -r RELEASE says "process return probes not available [man error::inode-uprobes]" (GUEST-NOTES)

=== TEST 19: pass 2: an -O2 local whose location needs DW_OP_entry_value is refused, naming it
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up2").statement("walk@up.c:31") { println($i) }'
--- stap_err_like
^semantic error: DW_OP_entry_value is not supported yet: identifier '\$i' at <input>:1:74
--- exitcode: 1
--- ref_skip: SystemTap 4.8 refuses it too, in other words: "unhandled DW_OP operation in DWARF expression [1] at 2 (163: 1, ADDRESS)" (163 is DW_OP_entry_value)

=== TEST 20: $$parms, $$locals and $$vars (arrays as [...], as stap 4.8)
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up0 2 50'
--- stap
probe process("/tmp/stap-t0320/up0").function("add") { println($$parms) }
probe process("/tmp/stap-t0320/up0").statement("main@up.c:59") { println($$locals); println($$vars) }
--- carry
/tmp/stap-t0320/up0
--- stap_out_like
^a=0x0 b=0x0 s=0x[0-9a-f]+
a=0x1 b=0xa s=0x[0-9a-f]+
n=0x2 enabled=0x0 pts=\[\.\.\.\] word=\[\.\.\.\] hello=\[\.\.\.\] w=0x8c m=0x2a
argc=0x3 argv=0x[0-9a-f]+ n=0x2 enabled=0x0 pts=\[\.\.\.\] word=\[\.\.\.\] hello=\[\.\.\.\] w=0x8c m=0x2a
$
--- needs: live

=== TEST 21: constant indexes on arrays and pointers, &$var, $var->member[N]
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c /tmp/stap-t0320/up0
--- stap
probe process("/tmp/stap-t0320/up0").function("walk") {
	printf("%d %d %d\n", $p[1]->a, $p[2]->b, &$p[2] - &$p[0])
}
probe process("/tmp/stap-t0320/up0").statement("main@up.c:59") {
	printf("%c%c %d %d\n", $word[0], $hello[4], $pts[2]->a, &$pts[1]->b - &$pts[1]->a)
}
--- carry
/tmp/stap-t0320/up0
--- stap_out
2 30 32
xo 3 8
--- needs: live

=== TEST 22: pass 2: & of a register variable, as stap 4.8 words it
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up2").function("walk") { println(&$n) }'
--- stap_err_like
^semantic error: cannot take address of object in register: identifier '\$n' at <input>:1:66
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 23: pass 2: [N] on an int, as stap 4.8 words it
--- args
-p2 $(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -e 'probe process("/tmp/stap-t0320/up0").function("walk") { println($n[1]) }'
--- stap_err_like
^semantic error: invalid access '\[1\]' vs\. int: operator '\[' at <input>:1:67
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 24: an SDT argument that names a global ("-8@total(%rip)" at -O2; "-8@%rax" at -O0)
--- args
$(sh "$STAP_TEST_DIR"/fixtures/process/build-live.sh) -c '/tmp/stap-t0320/up2 3'
--- stap
probe process("/tmp/stap-t0320/up2").mark("total") { println($arg1) }
--- carry
/tmp/stap-t0320/up2
--- stap_out
33
--- needs: live

=== TEST 25: a system library named by its symlink (libz.so.1 -> libz.so.1.2.13): the probe lands on the file the loader maps
--- prog
#include <stdio.h>
#include <zlib.h>
int main(void)
{
	unsigned char in[64] = "hello hello hello hello", out[128];
	uLongf n = sizeof(out);
	return compress(out, &n, in, sizeof(in)) != Z_OK;
}
--- prog_flags: -lz
--- args: -c $PROG0
--- stap
probe process("/lib/x86_64-linux-gnu/libz.so.1").function("compress") { println(ppfunc()) }
probe process("/lib/x86_64-linux-gnu/libz.so.1").function("deflate") { n++ }
global n
probe end { printf("deflate %s\n", n > 0 ? "called" : "never called") }
--- stap_out
compress
deflate called
--- stap_err_like
\AWARNING: cannot find module /usr/lib/x86_64-linux-gnu/libz\.so\.1\.2\.13 debuginfo: No DWARF information found \[man warning::debuginfo\]\n
--- needs: live
