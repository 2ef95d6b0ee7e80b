# Pass 2 (and the C of pass 3), kernel.function target variables without
# kernel debuginfo (core/kernel.c, core/btf.c): $param of the function's
# BTF prototype read from the x86_64 argument registers at the kprobe on
# its first instruction, typed by BTF ($file->f_inode->i_ino, $p->comm,
# $file$, $$parms), $return (rax) and entry values of $params in .return
# probes (an @entry .call probe, as stap), @defined folding, guru writes
# of the registers, and the errors for what needs DWARF (locals, a 7th
# parameter, a struct by value, a compiler clone, a function BTF lacks).
# SystemTap 4.8 needs the kernel's debuginfo for all of this, so no block
# can compare with it (ref_skip); its message texts are kept where it has
# one ("unable to find local", "confusing usage", "need stap -g").
# -r "$(t/vm/kmap)" is the guest kernel's build tree with its real symbol
# map and vmlinux.btf.

=== TEST 1: $count, $buf, $file->f_inode->i_ino, $p->comm, $$parms, $file$ elaborate; the .return's $count is an @entry value, with stap's warning
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { printf("%d %x %d %s %s\n", $count, $buf, $file->f_inode->i_ino, $$parms, $file$) }
probe kernel.function("wake_up_new_task") { println(kernel_string($p->comm)) }
probe kernel.function("vfs_read").return { println($return, $count) }
--- stap_out
# globals
__global_entry_tvar_entry_0:long [long, long]
__global_entry_tvar_entry_0_ctr:long [long]
# functions
kernel_string:string (addr:long)
tid:long ()
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_read") */
  # locals
  __tracepoint_arg_file:long
  __tracepoint_arg_buf:long
  __tracepoint_arg_count:long
  __tracepoint_arg_pos:long
kernel.function("wake_up_new_task") /* <- kernel.function("wake_up_new_task") */
  # locals
  __tracepoint_arg_p:long
kernel.function("vfs_read").call /* <- kernel.function("vfs_read").return */
  # locals
  __tracepoint_arg_count:long
  _entry_tvar_tid:long
kernel.function("vfs_read").return /* <- kernel.function("vfs_read").return */
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_entry_0_tmp:long
--- stap_err
WARNING: confusing usage, value is captured as @entry($count) in .return probe [man stapprobes] RETURN PROBES: identifier '$count' at <input>:3:61
 source: probe kernel.function("vfs_read").return { println($return, $count) }
                                                                     ^
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function $vars

=== TEST 2: the C reads the argument registers at entry (rdi, rdx), rax at the return, cast to the type's size and sign; members through the fault-safe read
--- args: -p3 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { println($count, $file->f_inode->i_ino) }
probe kernel.function("do_sys_open") { println($flags) }
probe kernel.function("vfs_read").return { println($return) }
--- stap_out_like
\(\(s64\)\(u64\)\(c->regs \? c->regs->dx : 0UL\)\)
\(\(\(u64\)\(\(\(s64\)\(u64\)\(c->regs \? c->regs->di : 0UL\)\)\)\) \+ 32ULL\).*stp_read_int\(
\(\(s64\)\(s32\)\(c->regs \? c->regs->dx : 0UL\)\)
\(\(s64\)\(s64\)\(c->regs \? c->regs->ax : 0UL\)\)
--- ref_skip: our C

=== TEST 3: a local: stap's missing-local message, the parameters as alternatives
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { println($ret) }
--- stap_err
semantic error: unable to find local 'ret', [man error::dwarf] in kernel function 'vfs_read' (no debuginfo: only the parameters of its BTF prototype are known) (alternatives: $buf, $pos, $file, $count): identifier '$ret' at <input>:1:45
        source: probe kernel.function("vfs_read") { println($ret) }
                                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 4: $return at entry is a missing local; $return of a void function has no return value
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { println($return) }
probe kernel.function("schedule").return { println($return) }
--- stap_err_like
^semantic error: unable to find local 'return', \[man error::dwarf\] in kernel function 'vfs_read' .*\(alternatives: \$buf, \$count, \$pos, \$file\): identifier '\$return' at <input>:1:45$
^semantic error: unable to find return value \[man error::dwarf\]: identifier '\$return' at :2:52$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 5: what no register holds: a 7th parameter, a struct passed by value
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("do_mmap") { println($populate) }
probe kernel.function("from_kuid") { println($kuid) }
--- stap_err_like
^semantic error: parameter '\$populate' of 'do_mmap' is its parameter 7: only the first six, passed in registers, can be read without debuginfo: identifier '\$populate' at <input>:1:44$
^semantic error: parameter '\$kuid' of 'from_kuid' has type 'kuid_t': only integer, enum and pointer parameters can be read without debuginfo: identifier '\$kuid' at :2:46$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 6: a compiler clone's parameters are refused; a symbol BTF has no prototype for keeps the missing-debuginfo error
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("finish_task_switch.isra.0") { println($prev) }
probe kernel.function("_stext") { println($x) }
--- stap_err_like
^semantic error: target variable '\$prev' of 'finish_task_switch.isra.0' is unavailable: a compiler clone's parameters may be reordered or dropped, and only its original's prototype is known without debuginfo: identifier '\$prev' at <input>:1:62$
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '.*': identifier '\$x' at :2:43$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 7: @defined folds: a parameter, a member chain BTF resolves, $return at a .return are 1; a local, a bad member, a 7th parameter, $return at entry are 0
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") {
	println(@defined($file), @defined($file->f_inode->i_ino), @defined($nope),
		@defined($file->nope), @defined($return), @defined($$parms))
}
probe kernel.function("do_mmap") { println(@defined($populate), @defined($pgoff)) }
probe kernel.function("vfs_read").return { println(@defined($return), @defined($count)) }
probe kernel.function("vfs_read") { println(@defined($x) ? $x : $count) }
--- stap_out
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_read") */
kernel.function("do_mmap") /* <- kernel.function("do_mmap") */
kernel.function("vfs_read").return /* <- kernel.function("vfs_read").return */
kernel.function("vfs_read") /* <- kernel.function("vfs_read") */
  # locals
  __tracepoint_arg_count:long
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 8: & of a member of what a parameter points to is an address; & of the parameter itself, and -> on an integer, are refused
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { println(&$file->f_pos, &$file, $count->x) }
--- stap_err_like
^semantic error: cannot take address of kernel function parameter '\$file': it is passed in a register: identifier '\$file' at <input>:1:61$
^semantic error: kernel function parameter '\$count' may not be used as a structure: operator '->' at :1:74$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 9: writes need -g, as stap
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { $count = 1 }
--- stap_err_like
^semantic error: write to target variable not permitted; need stap -g: identifier '\$count' at <input>:1:37$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 10: with -g, "=" sets the register (a parameter at entry, rax at a .return); other operators, members and a .return's parameter are refused
--- args: -g -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { $count += 1; $file->f_pos = 0 }
probe kernel.function("vfs_read").return { $count = 1 }
--- stap_err_like
^semantic error: Only the following assign operator is implemented on target variables:  =: identifier '\$count' at <input>:1:37$
^semantic error: write to '\$file' is not supported without debuginfo: only a parameter's or \$return's register can be set: identifier '\$file' at :1:50$
^semantic error: write to parameter '\$count' in a .return probe: the function has returned, its value at entry is a copy: identifier '\$count' at :2:44$
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo

=== TEST 11: the C of guru writes: the argument register at entry, rax at a return
--- args: -g -p3 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read") { $count = 7 }
probe kernel.function("vfs_read").return { $return = -1 }
--- stap_out_like
if \(c->regs\) c->regs->dx = \(unsigned long\)\(.*7.*\);
if \(c->regs\) c->regs->ax = \(unsigned long\)\(.*-1.*\);
--- ref_skip: our C

=== TEST 12: -L lists a kernel.function's parameters from BTF, with DWARF's type spelling ("long unsigned int"); no file:line without DWARF
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'kernel.function("vfs_rea*")'
--- stap_out
kernel.function("vfs_read") $file:struct file* $buf:char* $count:size_t $pos:loff_t*
kernel.function("vfs_readlink") $dentry:struct dentry* $buffer:char* $buflen:int
kernel.function("vfs_readv") $file:struct file* $vec:struct iovec const* $vlen:long unsigned int $pos:loff_t* $flags:rwf_t
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 13: -L of a .return lists $return first; a void function's none
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'kernel.function("vfs_read").return'
--- stap_out
kernel.function("vfs_read").return $return:ssize_t $file:struct file* $buf:char* $count:size_t $pos:loff_t*
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 14: -L of a void function's .return: no $return, and it has no parameters
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'kernel.function("schedule").return'
--- stap_out
kernel.function("schedule").return
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function

=== TEST 15: -L of an alias on kernel.function lists its locals only, as stap 4.8 without debuginfo
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'vfs.read'
--- stap_out
vfs.read file:long pathname:string pos:long buf:long bytes_to_read:long dev:long devname:string ino:long filename:string name:string argstr:string

=== TEST 16: $$parms: stap's "name=%#x" list; a by-value struct "{...}", a parameter past the sixth "?"; $$return "return=%#x", a .return's $$parms the entry values
--- args: -p3 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("do_mmap") { println($$parms) }
probe kernel.function("from_kuid") { println($$vars) }
probe kernel.function("vfs_read").return { println($$return, $$parms) }
--- stap_out_like
"file=%#x addr=%#x len=%#x prot=%#x flags=%#x pgoff=%#x populate=\\\? uf=\\\?"
"targ=%#x kuid=\{\.\.\.\}"
"return=%#x"
"file=%#x buf=%#x count=%#x pos=%#x"
--- ref_skip: our C

=== TEST 17: a pretty print or member chain in a .return is captured at entry, with stap's warning naming it as stap does ("$file->$")
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read").return { println($file$, $file->f_inode->i_ino) }
--- stap_err_like
^WARNING: confusing usage, value is captured as @entry\(\$file->\$\) in \.return probe \[man stapprobes\] RETURN PROBES: identifier '\$file\$' at <input>:1:52$
^WARNING: confusing usage, value is captured as @entry\(\$file->f_inode->i_ino\) in \.return probe \[man stapprobes\] RETURN PROBES: identifier '\$file' at :1:60$
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function $vars

=== TEST 18: an explicit @entry($param...) in a .return is bound in its .call probe, with no warning; @entry($return) is not a parameter there
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.function("vfs_read").return { println(@entry($file->f_inode->i_ino), @entry($count) + $return) }
probe kernel.function("schedule").return { println(@entry($return)) }
--- stap_err
semantic error: unable to find local 'return', [man error::dwarf] in kernel function 'schedule' (no debuginfo: only the parameters of its BTF prototype are known) (<no alternatives>): identifier '$return' at <input>:2:59
        source: probe kernel.function("schedule").return { println(@entry($return)) }
                                                                          ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function $vars

=== TEST 19: an alias on kernel.function: its body and the user's both read the parameters
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe myr = kernel.function("vfs_read") { c = $count }
probe myr { println(c, $file->f_inode->i_ino) }
--- stap_out
# probes
kernel.function("vfs_read") /* <- myr = kernel.function("vfs_read") <- myr */
  # locals
  __tracepoint_arg_file:long
  __tracepoint_arg_count:long
  c:long
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function $vars
