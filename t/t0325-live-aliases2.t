Passes 1-5 live for the second set of tapset aliases: nd_syscall.*
(tapsets/nd_syscalls.stp), syscall_any (syscall_any.stp, syscall_table.stp),
kprocess.* (kprocess.stp), vm.* (memory_vm.stp), irq_handler.*, softirq.*,
workqueue.* (irq.stp) and scheduler.cpu_on (scheduler.stp, on the
finish_task_switch.isra.0 clone of the 6.1 kernel).  Each block is built
by our stap -p4 on the host and run with staprun in the guest (t --vm);
the -c command runs in the guest while the module is loaded.

=== TEST 1: nd_syscall.openat and its .return see the file cat opens and the descriptor it gets
--- stap
probe nd_syscall.openat {
	if (pid() == target() && filename_unquoted == "/etc/passwd")
		printf("%s %s\n", name, argstr)
}
probe nd_syscall.openat.return {
	if (pid() == target())
		printf("%s.return %s\n", name, retval >= 3 ? "a descriptor" : retstr)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /etc/passwd > /dev/null'
--- stap_out_like
^openat AT_FDCWD, "/etc/passwd", O_RDONLY(\|O_LARGEFILE)?$
^openat.return a descriptor$
--- needs: live
--- timeout: 600

=== TEST 2: nd_syscall.* and nd_syscall.*.return together: every call of cat, entries and returns
--- stap
global calls, rets
probe nd_syscall.* { if (pid() == target()) calls[name]++ }
probe nd_syscall.*.return { if (pid() == target()) rets[name]++ }
probe end { foreach (k+ in calls) printf("%s %d %d\n", k, calls[k], rets[k]) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /etc/passwd'
--- stap_out_like
^root:x:0:0:
^openat 1 1$
^exit_group 1 0$
--- needs: live
--- timeout: 600

=== TEST 3: syscall_any and .return: numbers, names and return values; syscall_name and syscall_num
--- stap
global n, ent, ret
probe begin {
	printf("%s %s %s [%s] [%s] %d %d %d\n", syscall_name(0), syscall_name(257),
	       syscall_name(59), syscall_name(-1), syscall_name(100000),
	       syscall_num("openat"), syscall_num("exit_group"), syscall_num("nosuchcall"))
}
probe syscall_any {
	if (pid() == target()) {
		ent[name]++
		if (syscall_nr != syscall_num(name))
			printf("bad entry %d %s\n", syscall_nr, name)
	}
}
probe syscall_any.return {
	if (pid() == target()) {
		ret[name]++
		if (name == "openat")
			printf("openat returned %d (%s)\n", retval, retval == -2 ? "ENOENT" : "fd")
	}
}
probe end {
	printf("entries %d %d, returns %d %d\n", ent["openat"], ent["exit_group"],
	       ret["openat"], ret["exit_group"])
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /nonexistent'
--- stap_out_like
^read openat execve \[\] \[\] 257 231 -1$
^openat returned -2 \(ENOENT\)$
^entries 1 1, returns 1 0$
--- needs: live
--- timeout: 600
--- ref_exitcode: 1

=== TEST 4: kprocess.* follow a fork, exit(3), an exec that fails, one that works, and the reaping
--- prog
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	if (argc > 1)
		return 0;		/* the exec'd child */
	pid_t a = fork();
	if (a == 0)
		_exit(3);
	waitpid(a, 0, 0);
	pid_t b = fork();
	if (b == 0) {
		/* on the stack: probes read only pages already present */
		char path[] = "/nonexistent", arg[] = "x", leaf[] = "leafarg";
		execl(path, arg, (char *)0);
		execl(argv[0], argv[0], leaf, (char *)0);
		_exit(1);
	}
	waitpid(b, 0, 0);
	return 0;
}
--- stap
global kids, nkids, started, released
probe kprocess.create {
	if (pid() == target()) {
		kids[new_pid] = 1
		nkids++
		if (new_pid != new_tid || task_pid(task) != new_pid)
			println("bad create")
	}
}
probe kprocess.start { if (pid() in kids) started++ }
probe kprocess.exit {
	if (pid() in kids)
		printf("exit %d\n", code)
}
probe kprocess.exec {
	if (pid() in kids)
		printf("exec %s %s %s\n", name, filename, isinstr(args, "leafarg") ? "leafarg" : args)
}
probe kprocess.exec_complete {
	if (pid() in kids)
		printf("exec_complete %s %d %d %s\n", name, errno, success, retstr)
}
probe kprocess.release {
	if (released_pid in kids && released_pid == released_tid && task_pid(task) == released_pid)
		released++
}
probe end { printf("created %d started %d released %d\n", nkids, started, released) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out_like
^exit 768$
^exec execve "/nonexistent" \["x"\]$
^exec_complete execve -2 0 -2 \(ENOENT\)$
^exec execve ".*" leafarg$
^exec_complete execve 0 1 0$
^exit 0$
^created 2 started 2 released 2$
--- ref_skip: stap 4.8's kprocess.start/exit/release need the kernel's debuginfo (-dbg package)
--- needs: live
--- timeout: 600

=== TEST 5: vm.mmap, vm.pagefault(.return), vm.write_shared(_copy), vm.munmap, vm.brk at known addresses
--- prog
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>
#define BASE 0x600000000000UL
#define LEN 0x123000UL
int main(void)
{
	char *p = mmap((void *)BASE, LEN, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	if (p == MAP_FAILED)
		return 1;
	p[0x5000] = 1;			/* a write fault on a new page */
	volatile char c = p[0x7000];	/* a read fault: the zero page */
	p[0x7000] = c + 1;		/* a write to it: a copy of the zero page */
	munmap(p, LEN);
	long cur = syscall(SYS_brk, 0);
	cur = syscall(SYS_brk, (cur + 0xfff) & ~0xfffL);
	syscall(SYS_brk, cur + 0x37000);	/* not glibc's first 0x21000 */
	return 0;
}
--- stap
# A MAP_FIXED mmap clears its range first (mmap_region() calls
# do_mas_munmap()): the first munmap line comes from the mmap.
global faulting, lastbrk
probe vm.mmap {
	if (pid() == target() && address == 0x600000000000)
		printf("%s %#x %#x\n", name, address, length)
}
probe vm.pagefault {
	if (pid() == target() && address >= 0x600000000000 && address < 0x600000123000) {
		printf("%s %#x %d\n", name, address, write_access)
		faulting[tid()] = 1
	}
}
probe vm.pagefault.return {
	if (tid() in faulting) {
		delete faulting[tid()]
		printf("%s.return minor=%d major=%d error=%d\n", name,
		       vm_fault_contains(fault_type, VM_FAULT_MINOR),
		       vm_fault_contains(fault_type, VM_FAULT_MAJOR),
		       vm_fault_contains(fault_type, VM_FAULT_ERROR))
	}
}
probe vm.write_shared {
	if (pid() == target() && address >= 0x600000000000 && address < 0x600000123000)
		printf("%s %#x\n", name, address)
}
probe vm.write_shared_copy {
	if (pid() == target() && address >= 0x600000000000 && address < 0x600000123000)
		printf("%s %#x zero=%d\n", name, address, zero)
}
probe vm.munmap {
	if (pid() == target() && address == 0x600000000000)
		printf("%s %#x %#x\n", name, address, length)
}
probe syscall.brk.return { if (pid() == target()) lastbrk = retval }
probe vm.brk {
	if (pid() == target() && length == 0x37000)
		printf("%s %#x at the old break: %d\n", name, length, address == lastbrk)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out
mmap 0x600000000000 0x123000
munmap 0x600000000000 0x123000
pagefault 0x600000005000 1
pagefault.return minor=1 major=0 error=0
pagefault 0x600000007000 0
pagefault.return minor=1 major=0 error=0
pagefault 0x600000007000 1
write_shared 0x600000007000
write_shared_copy 0x600000007000 zero=1
pagefault.return minor=1 major=0 error=0
munmap 0x600000000000 0x123000
brk 0x37000 at the old break: 1
--- ref_skip: stap 4.8's vm.pagefault/mmap/munmap/brk/write_shared* need the kernel's debuginfo (-dbg package)
--- needs: live
--- timeout: 600

=== TEST 6: vm.kmalloc, vm.kmem_cache_alloc, vm.kfree, vm.kmem_cache_free: sizes, flags, callers
--- stap
global ka, kc, kf, cf, bad
probe vm.kmalloc {
	if (pid() != target()) next
	ka++
	if (name != "kmalloc" || bytes_req > bytes_alloc || bytes_req <= 0 || ptr == 0 ||
	    gfp_flag_name == "" || caller_function == "" || gfp_flags != $gfp_flags)
		bad++
}
probe vm.kmem_cache_alloc {
	if (pid() != target()) next
	kc++
	if (name != "kmem_cache_alloc" || bytes_req > bytes_alloc || bytes_req <= 0 ||
	    ptr == 0 || gfp_flag_name == "" || caller_function == "")
		bad++
}
probe vm.kfree { if (pid() == target() && ptr && name == "kfree" && caller_function != "") kf++ }
probe vm.kmem_cache_free {
	if (pid() == target() && ptr && name == "kmem_cache_free" && caller_function != "") cf++
}
probe begin {
	printf("%s, %s, %s, %s, [%s]\n", __gfp_flag_str(0xcc0), __gfp_flag_str(0x400cc0),
	       __gfp_flag_str(0xa20), __gfp_flag_str(0x100), __gfp_flag_str(0))
}
probe end { printf("kmalloc %d cache %d kfree %d cache_free %d bad %d\n", ka > 0, kc > 0, kf > 0, cf > 0, bad) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /etc/passwd > /dev/null'
--- stap_out
GFP_KERNEL, __GFP_IO | __GFP_FS | __GFP_ACCOUNT | __GFP_DIRECT_RECLAIM | __GFP_KSWAPD_RECLAIM, GFP_ATOMIC, __GFP_ZERO, []
kmalloc 1 cache 1 kfree 1 cache_free 1 bad 0
--- ref_skip: stap 4.8's vm.kmem_cache_alloc reads $bytes_req, which 6.1's kmem_cache_alloc event lacks
--- needs: live
--- timeout: 600

=== TEST 7: scheduler.cpu_on: task_prev is the task the last switch on this CPU took off, idle when the idle task comes on
--- stap
global prev_on, next_on, good, bad, idles, idlebad
probe scheduler.cpu_off { prev_on[cpu()] = task_prev; next_on[cpu()] = task_next }
probe scheduler.cpu_on {
	if (!(cpu() in next_on)) next
	if (next_on[cpu()] == task_current() && task_prev == prev_on[cpu()] && name == "cpu_on")
		good++
	else
		bad++
	if (idle) idles++
	if (idle != (task_pid(next_on[cpu()]) == 0)) idlebad++
	delete next_on[cpu()]
}
probe end { printf("good %d bad %d idle %d idlebad %d\n", good > 10, bad, idles > 0, idlebad) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "sleep 0.1; sleep 0.1; true"'
--- stap_out
good 1 bad 0 idle 1 idlebad 0
--- ref_skip: stap 4.8's scheduler.cpu_on needs the kernel's debuginfo (-dbg package)
--- needs: live
--- timeout: 600

=== TEST 8: irq_handler.* on the serial port's interrupt, softirq.* on the timer softirq, workqueue.* on the kernel's periodic work
--- stap
global ent, ex, irqin, irqout, handled, bad, queued, ins, exe, matched, bykworker
probe irq_handler.entry {
	if (kernel_string(dev_name) == "ttyS0") {
		if (irqin++ == 0)
			printf("irq %d %s %s %s\n", irq, kernel_string(dev_name), flags_str,
			       symname(handler))
		if (action == 0 || dev_id == 0 || thread_fn != 0 || thread != 0)
			bad++
	}
}
probe irq_handler.exit {
	if (kernel_string(dev_name) == "ttyS0") {
		irqout++
		if (ret == 1) handled++
	}
}
probe softirq.entry { ent[vec_nr]++; if (h || vec || action) bad++ }
probe softirq.exit { ex[vec_nr]++ }
probe workqueue.insert { ins++; queued[work] = work_func; if (wq_thread) bad++ }
probe workqueue.execute {
	exe++
	if (work in queued && queued[work] == work_func) matched++
	if (wq_thread == task_current() && isinstr(task_execname(wq_thread), "kworker"))
		bykworker++
}
probe end {
	printf("entries %d exits %d handled %d\n", irqin > 0, irqin == irqout, handled > 0)
	printf("timer softirq %d, entries %d exits\n", ent[1] > 0, ex[1] > 0)
	printf("work queued %d run %d matched %d by kworker %d\n", ins > 0, exe > 0,
	       matched > 0, bykworker == exe)
	printf("bad %d\n", bad)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "echo hi > /dev/ttyS0; sleep 1.5"'
--- stap_out_like
^irq 4 ttyS0 0x0 serial8250_interrupt$
^entries 1 exits 1 handled 1$
^timer softirq 1, entries 1 exits$
^work queued 1 run 1 matched 1 by kworker 1$
^bad 0$
--- ref_skip: stap 4.8's workqueue.* name events of 2.6.2x kernels, gone here
--- needs: live
--- timeout: 600

=== TEST 9: stopwatches: start, stop, read while running and stopped, delete
--- stap
global t1, t2
probe begin {
	start_stopwatch("a")
	start_stopwatch("a")		/* already running: no change */
	start_stopwatch("b")
	stop_stopwatch("b")
	t1 = read_stopwatch_us("b")
}
probe timer.ms(200) {
	stop_stopwatch("a")
	t2 = read_stopwatch_ms("a")
	printf("a %d %d b %d %d\n", t2 >= 150 && t2 < 2000, read_stopwatch_ms("a") == t2,
	       read_stopwatch_us("b") == t1, read_stopwatch_s("b"))
	start_stopwatch("a")
	printf("running again %d\n", read_stopwatch_ns("a") >= t2 * 1000000)
	delete_stopwatch("a")
	printf("deleted %d never %d\n", read_stopwatch_ns("a"), read_stopwatch_ns("c"))
	exit()
}
--- stap_out
a 1 1 b 1 0
running again 1
deleted 0 never 0
--- needs: live
--- timeout: 600

=== TEST 10: vm.oom_kill, vm.kmalloc_node, vm.kmem_cache_alloc_node load (and are sane when they fire); addr_to_node of a slab object
--- stap
global bad
probe begin { printf("node %d\n", addr_to_node(task_current())) }
probe vm.oom_kill { if (name != "oom_kill" || task_pid(task) <= 0) bad++ }
probe vm.kmalloc_node {
	if ($node < 0 || name != "kmalloc_node" || bytes_req > bytes_alloc || gfp_flag_name == "")
		bad++
}
probe vm.kmem_cache_alloc_node {
	if ($node < 0 || name != "kmem_cache_alloc_node" || bytes_req > bytes_alloc || bytes_req <= 0)
		bad++
}
probe end { printf("bad %d\n", bad) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "true & wait"'
--- stap_out
node 0
bad 0
--- ref_skip: stap 4.8's vm.oom_kill and the kmalloc_node fallbacks need the kernel's debuginfo (-dbg package)
--- needs: live
--- timeout: 600

=== TEST 11: addr_to_node of a user address is an error, as in stap 4.8
--- stap
probe begin { println(addr_to_node(0x600000000000)) }
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_err_like
^ERROR: invalid kernel virtual address 0x600000000000
--- exitcode: 1
--- needs: live
--- timeout: 600
--- ref_skip: stap 4.8 prints the address with %p, which the kernel hashes: "0x(____ptrval____)"; ours gives the address

=== TEST 12: workqueue.create and workqueue.destroy: a new unbound pool's worker (writeback's nice set to -5), destroyed when the nice goes back to 0
--- stap
global made
probe workqueue.create {
	if (cpu == -1 && isinstr(task_execname(wq_thread), "kworker/u")) {
		made[wq_thread] = 1
		printf("create unbound %d\n", task_pid(wq_thread) > 0)
	}
}
probe workqueue.destroy { if (wq_thread in made) println("destroy the same worker") }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "echo -5 > /sys/devices/virtual/workqueue/writeback/nice; sleep 0.2; echo 0 > /sys/devices/virtual/workqueue/writeback/nice; sleep 0.5"'
--- stap_out
create unbound 1
destroy the same worker
--- ref_skip: stap 4.8's workqueue.* name events of 2.6.2x kernels, gone here
--- needs: live
--- timeout: 600

=== TEST 13: pstrace: the task first, then its parents, init left out
--- prog
#include <sys/wait.h>
#include <unistd.h>
int main(int argc, char **argv)
{
	char leaf[] = "leaf";

	if (argc > 1)
		return 0;
	pid_t a = fork();
	if (a == 0) {
		execl(argv[0], argv[0], leaf, (char *)0);
		_exit(1);
	}
	waitpid(a, 0, 0);
	return 0;
}
--- stap
probe kprocess.exec {
	if (ppid() == target()) {
		__me = sprintf(" %s(%d)", execname(), pid())
		__tr = pstrace(task_current())
		printf("%d %d %d [%s]\n", substr(__tr, 0, strlen(__me)) == __me,
		       isinstr(__tr, sprintf(" %s(%d)", pid2execname(target()), target())),
		       isinstr(__tr, "(1)"), pstrace(pid2task(1)))
	}
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out
1 1 0 []
--- needs: live
--- timeout: 600

=== TEST 14: queue statistics: one request waits and runs for 100 ms
--- stap
probe begin { qsq_start("q"); qs_wait("q"); qs_run("q") }
probe timer.ms(100) {
	qs_done("q")
	s = qsq_service_time("q", 1)
	w = qsq_wait_time("q", 1)
	# the request waits only between the two calls of begin
	printf("util %d blocked %d qlen %d svctm %d await %d tput %d\n",
	       qsq_utilization("q", 100) >= 80, qsq_blocked("q", 100) < 5,
	       qsq_wait_queue_length("q", 1000) < 50, s >= 80000 && s < 1000000,
	       w >= s && w - s < 20000, qsq_throughput("q", 1000000) <= 13)
	qsq_print("q")
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out_like
^util 1 blocked 1 qlen 1 svctm 1 await 1 tput 1$
^q: \d+\.\d{3} ops/s, 0\.0\d\d qlen, \d+ await, \d+ svctm, [0-4]% wait, \d+% util$
--- needs: live
--- timeout: 600
