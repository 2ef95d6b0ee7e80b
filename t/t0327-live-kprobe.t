Passes 1-5 live for SystemTap's DWARF-less kprobe kinds (kprobe.function,
kprobe.module().function, .return.maxactive(N)), @entry in kernel return
probes, and a process("GLOB") path on a program's libc, in the guest
(t --vm).  The kernel's symbol map is the guest's own (t/vm/kmap); the -c
command makes the reads the probes see.

=== TEST 1: kprobe.function("vfs_read") fires, with probefunc() and pp() (stap 4.8 embeds no kernel symbols without debuginfo: its probefunc() is the map's address in hex)
--- stap
global n, fn, pt
probe kprobe.function("vfs_read") {
	n++
	fn[probefunc()]++
	pt[pp()]++
}
probe end {
	printf("fired %s\n", n > 0 ? "yes" : "no")
	foreach (f in fn) printf("probefunc %s\n", f)
	foreach (p in pt) printf("pp %s\n", p)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
fired yes
probefunc vfs_read
pp kprobe.function("vfs_read")
--- ref_out
fired yes
probefunc 0xffffffff813669e0
pp kprobe.function("vfs_read")
--- needs: live

=== TEST 2: kprobe.function(...).return: returnval() is read's result, pp() names the return
--- stap
global n, pos, bad, pt
probe kprobe.function("vfs_read").return {
	n++
	if (returnval() > 0) pos++
	if (returnval() < -4095) bad++
	pt[pp()]++
}
probe end {
	printf("returns %s, positive %s, out of range %d\n", n > 0 ? "seen" : "none",
	       pos > 0 ? "yes" : "no", bad)
	foreach (p in pt) printf("pp %s\n", p)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
returns seen, positive yes, out of range 0
pp kprobe.function("vfs_read").return
--- needs: live

=== TEST 3: .maxactive(N) on kprobe.function and kernel.function returns: registered and firing
--- stap
global k, f
probe kprobe.function("vfs_read").return.maxactive(20) { k++ }
probe kernel.function("vfs_read").return.maxactive(3) { f++ }
probe end { printf("kprobe %s, kernel %s\n", k > 0 ? "fired" : "silent", f > 0 ? "fired" : "silent") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function
--- stap_out
kprobe fired, kernel fired
--- needs: live

=== TEST 4: @entry in a kprobe .return: the file pointer saved at entry is the one the call had; the result never exceeds the count asked
--- stap
global at, same, diff, over, n
probe kprobe.function("vfs_read") { at[tid()] = pointer_arg(1) }
probe kprobe.function("vfs_read").return {
	n++
	if (@entry(pointer_arg(1)) == at[tid()]) same++; else diff++
	if (returnval() > @entry(ulong_arg(3))) over++
}
probe end { printf("returns %s, entry pointer same %s, differs %d, over count %d\n",
		   n > 0 ? "seen" : "none", same > 0 ? "yes" : "no", diff, over) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
returns seen, entry pointer same yes, differs 0, over count 0
--- needs: live

=== TEST 5: @entry(gettimeofday_ns()) in syscall.read.return (io/iotime.stp): elapsed >= 0, the entry time before the return's
--- stap
global n, neg, late, order
probe syscall.read.return {
	now = gettimeofday_ns()
	t = now - @entry(gettimeofday_ns())
	n++
	if (t < 0) neg++
	if (t > 10000000000) late++
	if (@entry(gettimeofday_ns()) <= now) order++
}
probe end { printf("reads %s, negative %d, over 10s %d, entry first %s\n",
		   n > 0 ? "seen" : "none", neg, late, order == n ? "always" : "not always") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- ref_skip: SystemTap 4.8's syscall.read.return needs the kernel's debuginfo
--- stap_out
reads seen, negative 0, over 10s 0, entry first always
--- needs: live

=== TEST 6: process("/lib*/x86_64-linux-gnu/libc.so.*").function("free") (memory/last_100_frees.stp's glob form) fires on the program's frees
--- prog
#include <stdlib.h>
int main(void)
{
	for (int i = 0; i < 5; i++) {
		volatile char *p = malloc(100 + i);
		p[0] = 1;
		free((void *)p);
	}
	void *volatile none = 0;        /* not folded away as free(NULL) is */
	free(none);
	return 0;
}
--- stap
global ptrs, nulls
probe process("/lib*/x86_64-linux-gnu/libc.so.*").function("free") {
	if (execname() != "prog")
		next
	if (pointer_arg(1)) ptrs++; else nulls++
}
probe end { printf("frees %s, free(NULL) %s\n", ptrs >= 5 ? ">= 5" : "< 5", nulls >= 1 ? "seen" : "missed") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out
frees >= 5, free(NULL) seen
--- needs: live

=== TEST 7: kprobe.module("M").function("F") of a module not loaded fails quietly, as stap's; the session goes on
--- stap
global n
probe kprobe.module("nosuchmod").function("nosuch_fn") { println("never") }
probe kprobe.function("vfs_read") { n++ }
probe end { printf("vfs_read %s\n", n > 0 ? "fired" : "silent") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
vfs_read fired
--- stap_err
--- needs: live

=== TEST 8: kprobe.statement(ADDR).absolute (-g) is registered by address: one that is not kernel text is refused with a warning, the session goes on (the guest's KASLR moves real text away from the map's addresses)
--- stap
global n
probe kprobe.statement(0x10).absolute { println("never") }
probe kprobe.function("vfs_read") { n++ }
probe end { printf("vfs_read %s\n", n > 0 ? "fired" : "silent") }
--- args: -g -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /proc/version >/dev/null'
--- stap_out
vfs_read fired
--- stap_err_like
\AWARNING: probe kprobe\.statement\(0x10\)\.absolute \(address 0x10\) registration error \[man warning::pass5\] \(rc -\d+\)\n\z
--- needs: live
