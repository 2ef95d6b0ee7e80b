# Kernel symbols and backtraces, live in the guest (tapsets/context-symbols.stp,
# context-unwind.stp over core/runtime/stp_ksym.c: kallsyms through
# sprint_symbol(), the kernel's ORC unwinder), and user file:line
# (usymfileline() and co over the line table core/usyms.c embeds).
#
# SystemTap 4.8 needs the kernel's debuginfo for kernel.function (the
# -dbg package, not installed): the kernel blocks are ref_skip.  stap
# 4.8's runtime reads .debug_line itself and stops at a DWARF 5 header
# (gcc 12's default), giving hex: the file:line blocks are ref_skip too.

=== TEST 1: symname, symdata, modname of the probed address: the function, "kernel"
--- stap
probe kernel.function("vfs_read") {
	printf("%s|%s|%s\n", symname(addr()), symdata(addr()), modname(addr()))
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^vfs_read\|vfs_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\|kernel\n$
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 2: backtrace() from a kprobe: hex words, the probed address, then ksys_read's return address
--- stap
probe kernel.function("vfs_read") {
	bt = backtrace()
	printf("%s\n", bt)
	printf("%s\n", symname(strtol(tokenize(bt, " "), 16)))
	printf("%s\n", symname(strtol(tokenize("", " "), 16)))
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^(0xffffffff[0-9a-f]{8} ){3,20}\nvfs_read\nksys_read\n$
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 3: print_backtrace(): one stap-shaped line per frame, the caller chain down to the syscall entry
--- stap
probe kernel.function("vfs_read") {
	print_backtrace()
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^ 0xffffffff[0-9a-f]{8} : vfs_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n 0xffffffff[0-9a-f]{8} : ksys_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n( 0xffffffff[0-9a-f]{8} : [\w.]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n)*? 0xffffffff[0-9a-f]{8} : do_syscall_64\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n( 0xffffffff[0-9a-f]{8} : [\w.]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n)*\z
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 4: sprint_backtrace(), stack(), caller(), callers(), print_syms(callers())
--- stap
probe kernel.function("vfs_read") {
	printf("%s", sprint_backtrace())
	printf("stack0 %s\n", symname(stack(0)))
	printf("caller %s\n", caller())
	printf("same %d\n", caller_addr() == stack(1))
	c = callers(1)
	printf("callers %s\n", c)
	print_syms(c)
	printf("%s", sprint_stack(c))
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^vfs_read\+0x[0-9a-f]+ \[kernel\]\nksys_read\+0x[0-9a-f]+ \[kernel\]\n(?:[\w.]+\+0x[0-9a-f]+ \[kernel\]\n)+stack0 vfs_read\ncaller ksys_read 0xffffffff[0-9a-f]{8}\nsame 1\ncallers (0xffffffff[0-9a-f]{8}) (0xffffffff[0-9a-f]{8})\n \1 : vfs_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n \2 : ksys_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n \1 : vfs_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n \2 : ksys_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n\z
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 5: at a .return: "Returning from" the probed function, "Returning to" its caller; backtrace() starts in the caller
--- stap
probe kernel.function("vfs_read").return {
	print_backtrace()
	printf("%s\n", symname(stack(0)))
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^Returning from:  0xffffffff[0-9a-f]{8} : vfs_read\+0x0/0x[0-9a-f]+ \[kernel\]\nReturning to  :  0xffffffff[0-9a-f]{8} : ksys_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n( 0xffffffff[0-9a-f]{8} : [\w.]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n)+ksys_read\n\z
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 6: callers() deeper than the stack is stap's error; callers(-1) is the whole stack
--- stap
probe kernel.function("vfs_read") {
	printf("%d\n", callers(-1) == substr(backtrace(), 0, strlen(backtrace()) - 1))
	println(callers(100))
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
1
--- stap_err_like
ERROR: reached end of stack before unwinding to level 100\b
--- exitcode: 1
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 7: symname/symdata of an address in no symbol are hex, so are the file and line functions (no kernel debuginfo); modname is an error
--- stap
probe begin {
	printf("%s|%s|%s|%s|%s\n", symname(1), symdata(1), symfileline(1), symfile(1), symline(1))
	println(modname(1))
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out
0x1|0x1|0x1|0x1|0x1
--- stap_err_like
^ERROR: Cannot determine kernel module name near identifier 'modname' at 
--- exitcode: 1
--- needs: live

=== TEST 8: module_name() is the -m name; probemod() of a probe on a core kernel function is "kernel"
--- stap
probe kernel.function("vfs_read") { printf("%s %s\n", probemod(), module_name()); exit() }
--- args: -m ksyms_t8 -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
kernel ksyms_t8
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 9: begin has no registers: the backtrace is of the kernel code that ran the probe, none of it this module's
--- stap
probe begin {
	bt = backtrace()
	s = tokenize(bt, " "); n = 0; mod = 0
	while (s != "") { n++; if (modname(strtol(s, 16)) != "kernel") mod++; s = tokenize("", " ") }
	printf("%d %d\n", n > 0, mod)
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out
1 0
--- needs: live
--- ref_skip: stap 4.8 without the kernel's debuginfo has no kernel unwind data: its fallback's frames differ


=== TEST 10: usymfileline(), usymfile(), usymline() of a -g program's function past its prologue (line 4), its caller's line, print_ubacktrace_fileline()
--- prog
#include <stdio.h>
__attribute__((noipa)) int twice(int x)
{
	return x * 2;
}
int main(void)
{
	return twice(3) - 6;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("twice") {
	printf("%s\n%s\n%s\n", usymfileline(uaddr()), usymfile(uaddr()), usymline(uaddr()))
	printf("%s\n", usymfileline(ustack(1)))
	print_ubacktrace_fileline()
}
--- stap_out_like
^/\S+/prog\.c:4\n/\S+/prog\.c\n4\n/\S+/prog\.c:8\n 0x[0-9a-f]+ : twice\+0x[0-9a-f]+/0x[0-9a-f]+ at /\S+/prog\.c:4 \[/\S+/prog\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ at /\S+/prog\.c:8 \[/\S+/prog\]\n
--- needs: live
--- ref_skip: stap 4.8's runtime cannot read gcc 12's DWARF 5 .debug_line (hex only)

=== TEST 11: an address in no object is hex for all three; the line of a -O2 function is a number
--- prog
__attribute__((noipa)) int twice(int x) { return x * 2; }
int main(void) { return twice(3) - 6; }
--- script_args: $PROG2
--- args: -c $PROG2
--- stap
probe process(@1).function("twice") {
	printf("%s|%s|%s\n", usymfileline(1), usymfile(1), usymline(1))
	printf("%d\n", usymline(uaddr()) =~ "^[0-9]+$")
}
--- stap_out
0x1|0x1|0x1
1
--- needs: live
--- ref_skip: stap 4.8's runtime cannot read gcc 12's DWARF 5 .debug_line (usymline is hex)


=== TEST 12: without kernel debuginfo the kernel file:line forms are the address in hex, and print_backtrace_fileline() prints print_backtrace()'s lines
--- stap
probe kernel.function("vfs_read") {
	a = addr()
	printf("%d %d %d\n", symfileline(a) == sprintf("%#x", a), symfile(a) == sprintf("%#x", a), symline(a) == sprintf("%#x", a))
	print_backtrace_fileline()
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out_like
^1 1 1\n 0xffffffff[0-9a-f]{8} : vfs_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n 0xffffffff[0-9a-f]{8} : ksys_read\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 13: backtraces in timer.profile ticks (kernel-mode ones start in the kernel), in a tracepoint (the handler's frame: __schedule's caller chain) and in a timer; print_stack
--- stap
global n, k, tp
probe timer.profile {
	if (!user_mode()) { n++; if (backtrace() =~ "^0xffffffff[0-9a-f]{8} ") k++ }
}
probe kernel.trace("sched_switch") { if (tp == "") tp = sprint_backtrace() }
probe timer.ms(300) {
	printf("%d %d\n", n == k, tp =~ "(^|\n)__schedule\\+0x[0-9a-f]+ \\[kernel\\]\n")
	print_stack(callers(0))
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out_like
^1 1\n 0xffffffff[0-9a-f]{8} : [\w.]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]\n\z
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo to unwind the kernel

=== TEST 14: --ldd: print_ubacktrace_fileline() through a -O2 library and libc (lines from libc6-dbg's separate debuginfo, paths as its DWARF names them); _start has no line
--- prog
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
--- script_args: $PROG2
--- args: --ldd -c $PROG2
--- stap
probe process(@1).function("cb") { print_ubacktrace_fileline() }
--- stap_out_like
\A 0x[0-9a-f]+ : cb\+0x0/0x[0-9a-f]+ at /\S+/prog\.c:2 \[/\S+/O2/prog\]\n 0x[0-9a-f]+ : lib_inner\+0x[0-9a-f]+/0x[0-9a-f]+ at /\S+/lib\.c:\d+ \[/\S+/O2/libt\.so\]\n 0x[0-9a-f]+ : lib_apply\+0x[0-9a-f]+/0x[0-9a-f]+ at /\S+/lib\.c:\d+ \[/\S+/O2/libt\.so\]\n 0x[0-9a-f]+ : main\+0x[0-9a-f]+/0x[0-9a-f]+ at /\S+/prog\.c:3 \[/\S+/O2/prog\]\n 0x[0-9a-f]+ : __libc_start_call_main\+0x[0-9a-f]+/0x[0-9a-f]+ at \S+/libc_start_call_main\.h:\d+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n 0x[0-9a-f]+ : __libc_start_main\S*\+0x[0-9a-f]+/0x[0-9a-f]+ at \S+/libc-start\.c:\d+ \[/usr/lib/x86_64-linux-gnu/libc\.so\.6\]\n 0x[0-9a-f]+ : _start\+0x[0-9a-f]+/0x[0-9a-f]+ \[/\S+/O2/prog\]\n\z
--- needs: live
--- ref_skip: stap 4.8's runtime cannot read gcc 12's DWARF 5 .debug_line (hex only)


=== TEST 15: in a uprobe the kernel backtrace is the kernel path that ran the probe (uprobe_notify_resume), none of it this module's
--- prog
__attribute__((noipa)) int twice(int x) { return x * 2; }
int main(void) { return twice(3) - 6; }
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("twice") {
	printf("%d %d\n", sprint_backtrace() =~ "(^|\n)uprobe_notify_resume\\+0x", sprint_backtrace() !~ "\\[stap_")
}
--- stap_out
1 1
--- needs: live
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo to unwind the kernel
