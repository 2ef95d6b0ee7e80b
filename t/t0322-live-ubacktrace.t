# User backtraces and symbols, live in the guest: ubacktrace(),
# print_ubacktrace(), print_ustack(), sprint_ubacktrace(), ucallers(),
# ustack(), usymname(), usymdata(), umodname() over the CFI unwinder of
# core/runtime/stp_unwind.c and the symbol/unwind tables core/usyms.c
# embeds: the probed binary, -d objects, --ldd libraries.
#
# Programs: REC (leaf <- rec x4 <- main; "deep" as argv[1] makes it 31
# levels; at -O2 gcc makes rec(0)'s call of leaf a tail call, so 3 rec
# frames) at -O0 (frame pointers) and -O2 (CFI only), LIBPROG (cb called
# back from libt.so's lib_inner <- lib_apply <- main), and the sampling
# program (qsort in libc, called from libt.so, comparing in the program).
# Blocks that need libc by name link with RUNPATH
# /usr/lib/x86_64-linux-gnu, so that ldd (and with it t/vm/carry) puts
# libc at that path in the guest too and the process maps it from there:
# -d and --ldd name objects by their canonical path, the host's
# /usr/lib/..., and stap matches a mapping by its path (we match by
# inode, the same file).
#
# Reference check (t --vm --stap=/usr/bin/stap): 23 passed, 9 skipped
# (ref_skip says why for each: -p2/-p3 blocks, stap's .return refusal,
# no frame-pointer fallback and no unwinding in timer.profile in 4.8,
# objects matched by path only).
#
# FlameGraph is not packaged in Debian 12 (apt-cache search flamegraph /
# stackcollapse: nothing), so the sampling block checks its output
# against stackcollapse-stap.pl's input grammar: stacks of frame lines
# (" 0xADDR : sym+off/size [obj]") each ended by a "\tCOUNT" line.

=== TEST 1: print_ubacktrace at -O0: the recursion, main, then libc (no unwind data there: the walk stops, with stap's warning)
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- stap_err_like
WARNING: Missing unwind data for a module, rerun with 'stap -d /\S*lib/x86_64-linux-gnu/libc\.so\.6'
--- needs: live

=== TEST 2: print_ubacktrace at -O2: CFI without frame pointers
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG2
--- args: -c $PROG2
--- stap
probe process(@1).function("leaf") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n(?: 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n){3,4} 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 3: ubacktrace(): hex addresses, each followed by a space
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") { printf("[%s]\n", ubacktrace()) }
--- stap_out_like
\A\[(0x[0-9a-f]+ ){7}\]\n\z
--- needs: live

=== TEST 4: print_ustack(ubacktrace()): usymdata per address, the address as ubacktrace wrote it
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG2
--- args: -c $PROG2
--- stap
probe process(@1).function("leaf") { print_ustack(ubacktrace()) }
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n(?: 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n){3,4} 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ : 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 5: sprint_ubacktrace(): symbol+offset [basename], lines
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") { print(sprint_ubacktrace()) }
--- stap_out_like
\Aleaf\+0x[0-9a-f]+ \[prog\]\n(rec\+0x[0-9a-f]+ \[prog\]\n){4}main\+0x[0-9a-f]+ \[prog\]\n0x[0-9a-f]+ \[libc\.so\.6\+0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 6: print_ubacktrace_brief(): symbol+offset, or the bare address
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") { print_ubacktrace_brief() }
--- stap_out_like
\Aleaf\+0x[0-9a-f]+\n(rec\+0x[0-9a-f]+\n){4}main\+0x[0-9a-f]+\n0x[0-9a-f]+\n\z
--- needs: live

=== TEST 7: usymname, usymdata, umodname of uaddr() and of a caller
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") {
	println(usymname(uaddr()))
	println(usymdata(uaddr()))
	println(umodname(uaddr()) == @1 ? "umodname ok" : umodname(uaddr()))
	println(usymname(ustack(1)), " ", usymname(ustack(5)))
	println(ustack(0) == uaddr())
}
--- stap_out_like
\Aleaf\nleaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\numodname ok\nrec main\n1\n\z
--- needs: live

=== TEST 8: ucallers(n): the first n+1 addresses; -1 all of them; too deep is an error
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") {
	println(ucallers(2))
	println(ucallers(-1) == substr(ubacktrace(), 0, strlen(ubacktrace()) - 1))
	println(ucallers(10))
}
--- stap_out_like
\A0x[0-9a-f]+ 0x[0-9a-f]+ 0x[0-9a-f]+\n1\n\z
--- stap_err_like
ERROR: reached end of stack before unwinding to level 10\b
--- exitcode: 1
--- needs: live

=== TEST 9: ustack(n) past the end of the stack is an error naming the level
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") {
	println(usymname(ustack(6)) == umodname(ustack(6)) ? "bad" : "hex")
	println(ustack(7))
}
--- stap_out_like
\Ahex\n\z
--- stap_err_like
ERROR: reached end of stack before unwinding to level 7\b
--- exitcode: 1
--- needs: live

=== TEST 10: addresses in no object: usymname/usymdata print hex, umodname is an error
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") {
	println(usymname(1), " ", usymdata(16), " ", usymname(0))
	println(umodname(16))
}
--- stap_out
0x1 0x10 0x0
--- stap_err_like
ERROR: module cannot be found near identifier \'umodname\' at 
--- exitcode: 1
--- needs: live

=== TEST 11: through a shared library with -d LIB: callback, library frames, main
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- script_args: $PROG0
--- args: -d $LIB0 -c $PROG0
--- stap
probe process(@1).function("cb") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : cb\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : lib_inner\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/libt\.so\]\n 0x[0-9a-f]+ : lib_apply\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/libt\.so\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 12: the same at -O2
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- script_args: $PROG2
--- args: -d $LIB2 -c $PROG2
--- stap
probe process(@1).function("cb") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : cb\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ : lib_inner\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/libt\.so\]\n 0x[0-9a-f]+ : lib_apply\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/libt\.so\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 13: without -d LIB: the library frame is its path and offset, and the walk stops there
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("cb") { print_ubacktrace(); println(umodname(ustack(1)) == "" ? "" : "libt") }
--- stap_out_like
\A 0x[0-9a-f]+ : cb\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ \[/\S+/O0/libt\.so\+0x[0-9a-f]+/0x[0-9a-f]+\]\nlibt\n\z
--- stap_err_like
WARNING: Missing unwind data for a module, rerun with 'stap -d /\S+/O0/libt\.so'
--- needs: live

=== TEST 14: --ldd: the program's libraries (found through its RUNPATH) and libc, down to _start
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- prog_flags: -Wl,-rpath,/usr/lib/x86_64-linux-gnu
--- script_args: $PROG0
--- args: --ldd -c $PROG0
--- stap
probe process(@1).function("cb") { print_ubacktrace_brief() }
--- stap_out_like
\Acb\+0x[0-9a-f]+\nlib_inner\+0x[0-9a-f]+\nlib_apply\+0x[0-9a-f]+\nmain\+0x[0-9a-f]+\n__libc_start_call_main\+0x[0-9a-f]+\n__libc_start_main\S*\+0x[0-9a-f]+\n_start\+0x[0-9a-f]+\n\z
--- needs: live

=== TEST 15: -d libc without --ldd: libc's frames by name, its path in usymdata
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- prog_flags: -Wl,-rpath,/usr/lib/x86_64-linux-gnu
--- script_args: $PROG2
--- args: -d /usr/lib/x86_64-linux-gnu/libc.so.6 -c $PROG2
--- stap
probe process(@1).function("leaf") {
	print_ustack(ucallers(-1))
}
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n(?: 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n){3,4} 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ : __libc_start_call_main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n 0x[0-9a-f]+ : __libc_start_main\S*\+0x[0-9a-f]+/0x[0-9a-f]+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n 0x[0-9a-f]+ : _start\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n\z
--- needs: live

=== TEST 16: MAXBACKTRACE: 20 frames by default, -D MAXBACKTRACE=3 three
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG2
--- args: -DMAXBACKTRACE=3 -c "$PROG2 deep"
--- stap
probe process(@1).function("leaf") { print_ubacktrace_brief(); println(ucallers(-1) != "") }
--- stap_out_like
\Aleaf\+0x[0-9a-f]+\nrec\+0x[0-9a-f]+\nrec\+0x[0-9a-f]+\n1\n\z
--- needs: live

=== TEST 17: MAXBACKTRACE default: a 30-deep recursion prints 20 frames
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c "$PROG0 deep"
--- stap
probe process(@1).function("leaf") { print_ubacktrace_brief() }
--- stap_out_like
\Aleaf\+0x[0-9a-f]+\n(rec\+0x[0-9a-f]+\n){19}\z
--- needs: live

=== TEST 18: .return: the walk starts at the return address in the caller
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf").return { print_ubacktrace_brief() }
--- stap_out_like
\A(rec\+0x[0-9a-f]+\n){4}main\+0x[0-9a-f]+\n0x[0-9a-f]+\n\z
--- ref_skip: SystemTap 4.8 built with -r RELEASE says "process return probes not available [man error::inode-uprobes]" (GUEST-NOTES: its uretprobes need --sysroot and -r PATH)
--- needs: live

=== TEST 19: begin runs in staprun: its stack unwinds to one frame, hex only (stap tracks no object there)
--- stap
probe begin { print_ubacktrace(); printf("[%s]\n", ubacktrace()); print(sprint_ubacktrace()); exit() }
--- stap_out_like
\A 0x[0-9a-f]+\n\[0x[0-9a-f]+ \]\n0x[0-9a-f]+\n\z
--- stap_err_like
WARNING: Missing unwind data for a module, rerun with 'stap -d \(unknown; retry with -DDEBUG_UNWIND\)'
--- needs: live

=== TEST 20: no user context (the idle task in timer.profile): stap's words with the probe point it resolved to, ubacktrace() a newline
--- stap
global done
probe timer.profile {
	if (pid() == 0 && !done) {
		done = 1
		print_ubacktrace(); printf("[%s]\n", ubacktrace()); print(sprint_ubacktrace())
		print_ubacktrace_brief()
		exit()
	}
}
--- stap_out
<no user backtrace at perf.type(1).config(0).sample(1000000)>
[
]
<no user backtrace at perf.type(1).config(0).sample(1000000)>
<no user backtrace at perf.type(1).config(0).sample(1000000)>
--- needs: live

=== TEST 21: print_ubacktrace(pc, sp, fp): from the caller's frame, read from leaf's frame pointer at -O0
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") {
	/* at -O0 after the prologue: the caller's rbp at [rbp], its pc at [rbp+8] */
	bp = register("rbp")
	print_ubacktrace(user_long(bp + 8), bp + 16, user_long(bp))
}
--- stap_out_like
\A 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 22: sample-bt: timer.profile over a program in three objects (prog, libt.so, libc qsort calling back into prog), folded by print_ustack in stackcollapse-stap.pl's input grammar
--- prog
#include <stdlib.h>
#include <string.h>
extern long lib_sort_rounds(int (*cmp)(const void *, const void *), int rounds);
__attribute__((noipa)) int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}
__attribute__((noipa)) void report(void) { __asm__ volatile(""); }
int main(int argc, char **argv)
{
	long r = lib_sort_rounds(cmp_int, argc > 1 ? atoi(argv[1]) : 40);
	report();
	return r > 0 ? 0 : 1;
}
--- lib
#include <stdlib.h>
static int buf[4096];
__attribute__((noipa)) static void fill(unsigned seed)
{
	for (int i = 0; i < 4096; i++)
		buf[i] = (int)((seed = seed * 1103515245u + 12345u) >> 8);
}
__attribute__((noipa)) long lib_sort_rounds(int (*cmp)(const void *, const void *), int rounds)
{
	long sum = 0;
	for (int r = 0; r < rounds; r++) {
		fill((unsigned)r);
		qsort(buf, 4096, sizeof(buf[0]), cmp);
		sum += buf[0] & 1 ? 1 : 2;
	}
	return sum;
}
--- prog_flags: -Wl,-rpath,/usr/lib/x86_64-linux-gnu
--- script_args: $PROG2
--- args: -DMAXACTION=100000 -DMAXMAPENTRIES=10000 --ldd -d $PROG2 -c "$PROG2 60"
--- stap
global bts
probe timer.profile {
	if (pid() == target())
		bts[ubacktrace()] <<< 1
}
/* printed in the target's context, where its objects are known */
probe process(@1).function("report") {
	foreach (bt in bts- limit 50) {
		print_ustack(bt)
		printf("\t%d\n", @count(bts[bt]))
	}
	exit()
}
--- stap_out_like
(?s)\A(?=.*\[/\S+/O2/prog\]\n)(?=.*lib_sort_rounds\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/libt\.so\]\n)(?=.* : (msort_with_tmp|qsort_r|__qsort_r)\S*\+0x[0-9a-f]+/0x[0-9a-f]+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n)(?=.*cmp_int\+)((?: 0x[0-9a-f]+ : [^\n]*\S\n)+\t[1-9][0-9]*\n)+\z
--- timeout: 120
--- ref_skip: SystemTap 4.8 does not unwind past the sampled PC in timer.profile (measured in the guest: every stack is one frame, "cmp_int+0x0/0x20 [.../prog]", "msort_with_tmp.part.0+0x294/0x320 [.../libc.so.6]"), so no stack shows libt.so callers; its output does fit the same grammar
--- needs: live

=== TEST 23: pass 2: print_ubacktrace with one argument is an arity error naming the three-argument form
--- args: -p2
--- stap
probe begin { print_ubacktrace(1) }
--- stap_err_like
^semantic error: arity mismatch found \(function 'print_ubacktrace' takes 3 args\): identifier 'print_ubacktrace' at <input>:1:15\n
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 24: pass 2: usymname of a string is a type mismatch
--- args: -p2
--- stap
probe begin { println(usymname("a")) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'a' at <input>:1:32\n
--- exitcode: 1
--- ref_skip: SystemTap 4.8's -p2 needs a kernel tree on this host; the text is its own, taken with -r 6.1.0-56-amd64

=== TEST 25: pass 3: -d of a file that is not there (or not ELF) is stap's warning, and the script still builds
--- args: -p3 -d /nonexistent/obj -d /etc/passwd
--- stap
probe begin { println(ubacktrace()) }
--- stap_out_like
stp_unwind\.c|_stp_module
--- stap_err
WARNING: missing unwind/symbol data for module '/nonexistent/obj'
WARNING: missing unwind/symbol data for module '/etc/passwd'
--- ref_skip: -p3 output is each translator's own C

=== TEST 26: pass 3: the probed binary, -d objects and --ldd libraries are embedded once each, libc from its separate debuginfo
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- script_args: $PROG0
--- args: -p3 --ldd -d $LIB0 -d $PROG0
--- stap
probe process(@1).function("cb") { print_ubacktrace() }
--- stap_out_like
(?s)^(?!.*\.path = "[^"]*/O0/prog".*\.path = "[^"]*/O0/prog")(?=.*\.path = "[^"]*/O0/libt\.so")(?=.*\.path = "/usr/lib/x86_64-linux-gnu/libc\.so\.6")(?=.*"__libc_start_call_main")(?=.*\.path = "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64\.so\.2")
--- ref_skip: -p3 output is each translator's own C

=== TEST 27: no .eh_frame for the program's functions, only .debug_frame (-fno-asynchronous-unwind-tables -g, -O2): read first, as stap
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- prog_flags: -fno-asynchronous-unwind-tables -fno-unwind-tables
--- script_args: $PROG2
--- args: -c $PROG2
--- stap
probe process(@1).function("leaf") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n(?: 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n){3,4} 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- needs: live

=== TEST 28: no CFI at all (-g0, -O0): the probe at leaf's entry (no DWARF: before its push %rbp), then the frame-pointer chain
--- prog
#include <stdio.h>
__attribute__((noipa)) int leaf(int n) { return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(int argc, char **argv)
{
	(void)argv;
	return rec(argc > 1 ? 30 : 3) >= 3 ? 0 : 1;
}
--- prog_flags: -fno-asynchronous-unwind-tables -fno-unwind-tables -g0
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("leaf") { print_ubacktrace() }
--- stap_out_like
\A 0x[0-9a-f]+ : leaf\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : rec\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O0/prog\]\n 0x[0-9a-f]+ \[/\S+/libc\.so\.6\+0x[0-9a-f]+/0x[0-9a-f]+\]\n\z
--- ref_skip: SystemTap 4.8 has no frame-pointer fallback for user stacks: it stops at the first frame without CFI
--- needs: live

=== TEST 29: from a kernel probe (a system call of the target): the stack the task left at its syscall entry, through libc with -d
--- prog
#include <unistd.h>
__attribute__((noipa)) int leaf(int n) { usleep(1000); return n * 2; }
__attribute__((noipa)) int rec(int n)
{
	int r;
	if (n == 0)
		return leaf(n);
	r = rec(n - 1);
	__asm__ volatile("" : "+r"(r));
	return r + 1;
}
int main(void) { return rec(3) == 3 ? 0 : 1; }
--- prog_flags: -Wl,-rpath,/usr/lib/x86_64-linux-gnu
--- args: -r "$("$T_ROOT/t/vm/kmap")" -d /usr/lib/x86_64-linux-gnu/libc.so.6 -d $PROG2 -c $PROG2
--- stap
probe syscall.clock_nanosleep { if (pid() == target()) print_ubacktrace_brief() }
--- stap_out_like
\A(\S+\+0x[0-9a-f]+\n){1,3}usleep\+0x[0-9a-f]+\nleaf\+0x[0-9a-f]+\n(rec\+0x[0-9a-f]+\n){3,4}main\+0x[0-9a-f]+\n__libc_start_call_main\+0x[0-9a-f]+\n__libc_start_main\S*\+0x[0-9a-f]+\n_start\+0x[0-9a-f]+\n\z
--- needs: live

=== TEST 30: pass 3: libc's symbols as stap picks them (one name per address: the last, non-local first; an ifunc's resolver, not the ifunc symbol; no unallocated ones)
--- args: -p3 -d /usr/lib/x86_64-linux-gnu/libc.so.6
--- stap
probe begin { print_ubacktrace() }
--- stap_out_like
\{ 0x[0-9a-f]+, "nanosleep" \},
\{ 0x[0-9a-f]+, "malloc" \},
\{ 0x[0-9a-f]+, "memchr_ifunc" \},
\{ 0x[0-9a-f]+, "__libc_start_main@GLIBC_2\.2\.5" \},
--- stap_out_unlike
"__nanosleep"
"__libc_malloc"
"__evoke_link_warning_getwd"
--- ref_skip: -p3 output is each translator's own C (the same table was compared with stap 4.8's stap_symbols.c by hand: all 4890 entries equal)

=== TEST 31: --ldd where the target's /lib is no symlink: libc is found by the path ld.so found it at (/lib/x86_64-linux-gnu), and printed by its canonical one
--- prog
#include <stdio.h>
#include <stdlib.h>
extern int lib_apply(int (*fn)(int), int n);
__attribute__((noipa)) int cb(int n) { return n + 1; }
int main(void) { return lib_apply(cb, 2) == 3 ? 0 : 1; }
--- lib
__attribute__((noipa)) int lib_inner(int (*fn)(int), int n)
{
	int r = fn(n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
int lib_apply(int (*fn)(int), int n)
{
	int r = lib_inner(fn, n);
	__asm__ volatile("" : "+r"(r));
	return r;
}
--- script_args: $PROG0
--- args: --ldd -c $PROG0
--- stap
probe process(@1).function("cb") { print_ubacktrace_brief(); println(usymdata(ustack(4))) }
--- stap_out_like
\Acb\+0x[0-9a-f]+\nlib_inner\+0x[0-9a-f]+\nlib_apply\+0x[0-9a-f]+\nmain\+0x[0-9a-f]+\n__libc_start_call_main\+0x[0-9a-f]+\n__libc_start_main\S*\+0x[0-9a-f]+\n_start\+0x[0-9a-f]+\n__libc_start_call_main\+0x[0-9a-f]+/0x[0-9a-f]+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n\z
--- ref_skip: SystemTap 4.8 matches a mapping by its path: the guest maps libc from /lib/x86_64-linux-gnu (a directory there, not a symlink), --ldd names /usr/lib/x86_64-linux-gnu/libc.so.6, so stap prints libc's frames as hex and stops
--- needs: live

=== TEST 32: ucallers without a user context (the idle task): stap's "0x0" for level 0, and an error past it
--- stap
global done
probe timer.profile {
	if (pid() == 0 && !done) {
		done = 1
		println(ucallers(-1), " ", ucallers(0))
		println(ucallers(1))
	}
}
probe timer.ms(200) { exit() }
--- stap_out
0x0 0x0
--- stap_err_like
ERROR: reached end of stack before unwinding to level 1\b
--- exitcode: 1
--- needs: live
