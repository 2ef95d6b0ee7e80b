# Pass 2, kernel types from BTF (core/btf.c): tracepoint $arg->member
# chains and @cast(ptr, "struct x"[, "kernel"]) in kernel probes, typed
# from the .BTF section of the guest's vmlinux (t/vm/kmap's vmlinux.btf,
# put there by t/vm/setup).  stap 4.8 reads the kernel headers for
# tracepoints instead; its texts are the expected ones where it can
# answer (stap -p2 -r 6.1.0-56-amd64).  Its -p2 also lists one
# synthesized function per member access (__tracepoint_tvar_get_prev_0
# ...), which ours does not: those blocks are ref_skip.

=== TEST 1: $prev->pid, $next->comm (an address, as stap's), $prev->mm->mmap_base, $prev->comm[0] resolve
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pid, $next->comm, $prev->mm->mmap_base, $prev->comm[0]) }
--- stap_out
# probes
kernel.trace("sched:sched_switch") /* <- kernel.trace("sched:sched_switch") */
  # locals
  __tracepoint_arg_prev:long
  __tracepoint_arg_next:long
--- ref_skip: stap 4.8 lists its synthesized __tracepoint_tvar_get_* functions

=== TEST 2: a missing member lists the alternatives, nearest first
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pidx) }
--- stap_err_like
^semantic error: unable to find member 'pidx' for struct task_struct \(alternatives: pid, dl, .*, rmid, tgid, .*sched_contributes_to_load.*\): operator '->' at <input>:1:57$
^semantic error: unresolved type : identifier '\$prev' at :1:52$
^Pass 2: analysis failed.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 3: & of a tracepoint variable is refused, as stap does
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println(&$prev->se) }
--- stap_err_like
^semantic error: cannot take address of tracepoint variable: identifier '\$prev' at <input>:1:53$
^semantic error: unresolved type : identifier '\$prev' at :1:53$
--- exitcode: 1

=== TEST 4: a struct value, a non-pointer argument, ->member of an array, of an int
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
--- stap_err
semantic error: 'struct raw_spinlock' is being accessed instead of a member such as '->raw_lock': operator '->' at <input>:1:57
        source: probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
                                                                        ^

semantic error: unresolved type : identifier '$prev' at :1:52
        source: probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
                                                                   ^

semantic error: tracepoint variable '$preempt' may not be used as a structure: operator '->' at :1:76
        source: probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
                                                                                           ^

semantic error: invalid access '->x' for array type: operator '->' at :1:107
        source: probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
                                                                                                                          ^

semantic error: invalid access '->x' vs. int: operator '->' at :1:122
        source: probe kernel.trace("sched:sched_switch") { println($prev->pi_lock, $preempt->x, $prev[1]->pid, $prev->comm->x, $prev->pid->x) }
                                                                                                                                         ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 7.
Rerun with -v to see them.
--- exitcode: 1
--- ref_skip: stap prints each of these three times (once per pass over the tree)

=== TEST 5: @cast to kernel types in a kprobe, in begin with "kernel", by typedef-less name
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.function("vfs_read") { println(@cast(pointer_arg(1), "struct file")->f_inode->i_ino) }
probe begin { println(@cast(0, "task_struct", "kernel")->pid + @cast(0, "struct task_struct")->comm[1]) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
pointer_arg:long (argnum:long)
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_read") */
begin /* <- begin */
--- ref_skip: stap 4.8 needs the kernel's debuginfo for kernel.function and @cast

=== TEST 6: @cast to a type BTF does not have
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe begin { println(@cast(0, "struct task_structx", "kernel")->pid) }
--- stap_err
semantic error: type definition 'struct task_structx' not found in 'kernel': operator '@cast' at <input>:1:23
        source: probe begin { println(@cast(0, "struct task_structx", "kernel")->pid) }
                                      ^

semantic error: unresolved type : operator '@cast' at :1:23
        source: probe begin { println(@cast(0, "struct task_structx", "kernel")->pid) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1
--- ref_skip: stap 4.8 suppresses two similar messages here, we one

=== TEST 7: without BTF for the target (Debian's headers alone), stap's words and why
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pid) }
probe begin { println(@cast(0, "struct file")->f_inode) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '/lib/modules/[^']*/build' \(no BTF either: .*\): identifier '\$prev' at <input>:1:52$
^semantic error: type definition 'struct file' not found in 'kernel' \(no kernel debuginfo, and no BTF: .*\): operator '@cast' at :2:23$
--- exitcode: 1
--- ref_skip: stap 4.8 reads the kernel headers for tracepoints

=== TEST 8: pass 3 reads at BTF's offsets, fault-safe, with the int's width and sign; a bitfield is shifted and masked
--- args: -p3 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pid, $prev->mm->mmap_base, $prev->sched_reset_on_fork, &@cast($next, "task_struct")->comm[2]) }
--- stap_out_like
stp_read_int\(&__v0, \(unsigned long\)__a0, 4, 1, false\)\) \{ c->last_stmt = "identifier '\$prev' at <input>:1:52"; stp_read_fault\(c, \(unsigned long\)__a0\); \}
\(\(\(u64\)\(c->tp_args\[1\]\)\) \+ 2272ULL\)
stp_read_int\(&__v\d+, \(unsigned long\)__a\d+, 8, 0, false\)
>> 0\) & 1ULL\)
--- ref_skip: our C

=== TEST 9: a variable index and @cast in a function: the index is a use (not elided), the function reads through BTF too
--- args: -p3 -r $($T_ROOT/t/vm/kmap)
--- stap
function f(t) { return @cast(t, "task_struct")->pid }
probe kernel.trace("sched:sched_switch") { i = 3; println($prev->comm[i], f($next)) }
--- stap_out_like
\(\(\(\(u64\)\(c->tp_args\[1\]\)\) \+ 2976ULL\) \+ \(u64\)\(l->v_i\) \* 1ULL\)
stp_read_int\(&__v\d+, \(unsigned long\)__a\d+, 1, 1, false\)
--- stap_err
--- ref_skip: our C

=== TEST 10: @defined($arg->member) is 1 when BTF resolves the chain, 0 otherwise, with nothing reported
--- args: -p3 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { printf("%d%d%d%d%d%d\n", @defined($prev->pid), @defined($prev->nosuch), @defined($prev->mm->mmap_base), @defined($preempt->x), @defined($$parms->x), @defined(&$prev->pid)) }
--- stap_out_like
stp_printf\(c, "%d%d%d%d%d%d\\012", \(s64\)\(1LL\), \(s64\)\(0LL\), \(s64\)\(1LL\), \(s64\)\(0LL\), \(s64\)\(0LL\), \(s64\)\(0LL\)\)
--- stap_err
--- ref_skip: our C

=== TEST 11: $prev->rt$, $prev$ and $prev$$: stap 4.8's format strings exactly (from its -p3), 32 values at most
--- args: -p3 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->rt$, $prev$, $prev$$, $prev->cpus_mask$) }
--- stap_out_like
"\{\.run_list=\{\.\.\.\}, \.timeout=%llu, \.watchdog_stamp=%llu, \.time_slice=%llu, \.on_rq=%llu, \.on_list=%llu, \.back=%#p\}"
"\{\.thread_info=\{\.\.\.\}, \.__state=%llu, \.stack=%#p, \.usage=\{\.\.\.\}, \.flags=%llu, \.ptrace=%llu, \.on_cpu=%lld, \.wake_entry=\{\.\.\.\}, \.wakee_flips=%llu, \.wakee_flip_decay_ts=%llu, \.last_wakee=%#p, \.recent_used_cpu=%lld, \.wake_cpu=%lld, \.on_rq=%lld, \.prio=%lld, \.static_prio=%lld, \.normal_prio=%lld, \.rt_priority=%llu, \.se=\{\.\.\.\}, \.rt=\{\.\.\.\}, \.dl=\{\.\.\.\}, \.sched_class=%#p, \.sched_task_group=%#p, \.stats=\{\.\.\.\}, \.preempt_notifiers=\{\.\.\.\}, \.btrace_seq=%llu, \.policy=%llu, \.nr_cpus_allowed=%lld, \.cpus_ptr=%#p, \.user_cpus_ptr=%#p, \.cpus_mask=\{\.\.\.\}, \.migration_pending=%#p, \.migration_disabled=%llu, \.migration_flags=%llu, \.rcu_read_lock_nesting=%lld, \.rcu_read_unlock_special=\{\.\.\.\}, \.rcu_node_entry=\{\.\.\.\}, \.rcu_blocked_node=%#p, \.rcu_tasks_nvcsw=%llu, \.rcu_tasks_holdout='%#llc', \.rcu_tasks_idx='%#llc', \.rcu_tasks_idle_cpu=%lld, \.rcu_tasks_holdout_list=\{\.\.\.\}, \.trc_reader_nesting=%lld, \.\.\.\}"
"\{\.thread_info=\{\.flags=%llu, \.syscall_work=%llu, \.status=%llu, \.cpu=%llu\}, \.__state=%llu, \.stack=%#p, \.usage=\{\.refs=\{\.counter=%lld\}\}, \.flags=%llu, \.ptrace=%llu, \.on_cpu=%lld, \.wake_entry=\{\.llist=\{\.next=%#p\}, <union>=\{\.u_flags=%llu, \.a_flags=\{\.counter=%lld\}\}, \.src=%llu, \.dst=%llu\}, \.wakee_flips=%llu, \.wakee_flip_decay_ts=%llu, \.last_wakee=%#p, \.recent_used_cpu=%lld, \.wake_cpu=%lld, \.on_rq=%lld, \.prio=%lld, \.static_prio=%lld, \.normal_prio=%lld, \.rt_priority=%llu, \.se=\{\.load=\{\.weight=%llu, \.inv_weight=%llu\}, \.run_node=\{\.__rb_parent_color=%llu, \.rb_right=%#p, \.rb_left=%#p\}, \.group_node=\{\.next=%#p, \.prev=%#p\}, \.\.\.\}, \.\.\.\}"
"\{\.bits=\[\.\.\.\]\}"
--- stap_err
--- ref_skip: our C (the format strings are stap's, checked against its -p3)

=== TEST 12: pretty printing of a scalar, and of $$parms$, is refused clearly
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev->pid$, $$parms$) }
--- stap_err_like
^semantic error: pretty printing of '\$prev' is supported for structures and unions only: identifier '\$prev' at <input>:1:52$
^semantic error: pretty printing of tracepoint variable '\$\$parms' \('\$\$parms\$'\) is not supported yet: identifier '\$\$parms\$' at :1:65$
--- exitcode: 1
