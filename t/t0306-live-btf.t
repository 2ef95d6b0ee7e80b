Kernel types from BTF, live (core/btf.c, core/translate_btf.c): tracepoint
$arg->member chains and @cast(ptr, "struct x")->member in kernel probes,
built against the guest kernel's build dir (t/vm/kmap, whose vmlinux.btf
is the guest's ELF vmlinux).  Values are checked against the tapsets,
which read the same fields through the kernel headers.

=== TEST 1: sched_switch: $prev->pid, $next->comm (an address, as in stap), $next->tgid, $prev->comm[i] agree with the tapsets
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") {
	i = 0
	printf("%d %d %d %d\n", $prev->pid == task_tid($prev), kernel_string($next->comm) == task_execname($next),
	       $next->tgid == task_pid($next), $prev->comm[i] == stringat(task_execname($prev), i))
	exit()
}
--- stap_out
1 1 1 1
--- needs: live

=== TEST 2: @cast(pointer_arg(1), "struct file")->f_inode->i_ino on vfs_read, and the "file" / "kernel" forms
--- args: -r $($T_ROOT/t/vm/kmap) -c 'cat /proc/version >/dev/null'
--- stap
global n, same, pos, inode
probe kernel.function("vfs_read") {
	f = pointer_arg(1)
	ino = @cast(f, "struct file")->f_inode->i_ino
	n++
	same += ino == __file_ino(f)
	pos += ino > 0
	inode += @cast(f, "file", "kernel")->f_inode == __file_inode(f)
}
probe end { printf("%s %d %d %d\n", n > 0 ? "fired" : "silent", same == n, pos == n, inode == n) }
--- stap_out
fired 1 1 1
--- ref_skip: stap 4.8's kernel.function needs the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 3: a bad pointer is a read fault, caught or reported, never an oops
--- stap
probe begin {
	try { println(@cast(8, "struct task_struct")->pid) } catch (e) { println(e) }
	println(@cast(0, "struct file")->f_inode->i_ino)
}
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap_out_like
^read fault \[man error::fault\] at 0x[0-9a-f]+
--- stap_err_like
^ERROR: read fault \[man error::fault\] at 0x[0-9a-f]+ near operator '@cast' at <input>:3:10$
--- exitcode: 1
--- ref_skip: stap 4.8 takes @cast kernel types from debuginfo, which this kernel lacks (ours uses BTF)
--- needs: live

=== TEST 4: $prev->rt$ and $next$ / $next$$ pretty printing, formatted as stap's (its -p3 format strings; MAXSTRINGLEN cuts the long ones)
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") {
	println($prev->rt$)
	println($next$)
	println($next$$)
	exit()
}
--- stap_out_like
^\{\.run_list=\{\.\.\.\}, \.timeout=\d+, \.watchdog_stamp=\d+, \.time_slice=\d+, \.on_rq=\d+, \.on_list=\d+, \.back=0x[0-9a-f]+\}$
^\{\.thread_info=\{\.\.\.\}, \.__state=\d+, \.stack=0x[0-9a-f]+, \.usage=\{\.\.\.\}, \.flags=\d+, \.ptrace=\d+, .*\.prio=\d+, \.static_prio=\d+, 
^\{\.thread_info=\{\.flags=\d+, \.syscall_work=\d+, \.status=\d+, \.cpu=\d+\}, \.__state=\d+, \.stack=0x[0-9a-f]+, \.usage=\{\.refs=\{\.counter=[1-9]\d*\}\}, .*<union>=\{\.u_flags=
--- needs: live

=== TEST 5: @cast(p, "T")[i] indexes an array of T at p, as stap (what @cast_sizeof's &@cast(0, T)[1] relies on); "kernel<h.h>" modules are the kernel's BTF types
--- stap
probe begin {
	printf("%d %d %d\n", &@cast(0, "struct list_head", "kernel")[1],
	       &@cast(0, "struct hlist_node", "kernel<linux/list.h>")[3],
	       @cast_module_sizeof("kernel", "struct list_head"))
	exit()
}
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap_out
16 48 16
--- ref_skip: SystemTap 4.8 needs kernel debuginfo for @cast(..., "kernel")
--- needs: live

=== TEST 6: @defined of a kernel @cast chain: 1 when BTF resolves it, 0 for a missing member or type, no error (stap's @type_member_defined)
--- stap
probe begin {
	printf("%d %d %d\n", @defined(@cast(0, "task_struct", "kernel")->pid),
	       @defined(@cast(0, "task_struct", "kernel")->nope),
	       @defined(@cast(0, "nosuchtype", "kernel")->x))
	printf("%d %d %d\n", @type_member_defined("struct task_struct", comm),
	       @type_member_defined("struct task_struct", nope), @type_defined("struct nosuch"))
	exit()
}
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap_out
1 0 0
1 0 0
--- ref_skip: SystemTap 4.8 needs kernel debuginfo for @cast(..., "kernel")
--- needs: live
