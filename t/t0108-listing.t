# -l PATTERN / -L PATTERN: the probe points a pattern matches, one per
# line, sorted, as SystemTap lists them: an alias by its name (with -L,
# its locals and the variables of what it expands to), a kind by the
# points it resolves to.  Points that need an argument the pattern does
# not give are not listed.  Goldens marked "stap 4.8" are its own output
# (stap -r 6.1.0-56-amd64 -l/-L ...); the rest use t/fixtures/ktree.

=== TEST 1: one point, as stap 4.8
--- args: -l begin
--- stap_out
begin
--- stap_err

=== TEST 2: -L of a point without variables, as stap 4.8
--- args: -L begin
--- stap_out
begin
--- stap_err

=== TEST 3: procfs.*: only the points that need no argument, as stap 4.8
--- args: -l 'procfs.*'
--- stap_out
procfs.read
procfs.write
--- stap_err

=== TEST 4: nothing matches: nothing listed, exit 1 (stap 4.8 too)
--- args: -l 'nosuch.*'
--- stap_out
--- stap_err
--- exitcode: 1

=== TEST 5: a point with its argument is listed as resolved
--- args: -l 'timer.ms(10)'
--- stap_out
timer.ms(10)
--- stap_err

=== TEST 6: kernel.trace with wildcards: every event, sorted
--- args: -l 'kernel.trace("*")' -r $T_ROOT/t/fixtures/ktree
--- stap_out
kernel.trace("fix:fix_cond")
kernel.trace("fix:fix_on")
kernel.trace("fix:fix_switch")
kernel.trace("fix:fix_tp")
kernel.trace("fix:fix_wakeup")
kernel.trace("fix:fix_waking")
kernel.trace("other:other_switch")
kernel.trace("other:other_void")
kernel.trace("x86_fix:x86_fix_vector")
--- stap_err

=== TEST 7: -L kernel.trace: each argument with its C type, in DWARF's spelling (char const*, long unsigned int), address-space marks dropped
--- args: -L 'kernel.trace("*")' -r $T_ROOT/t/fixtures/ktree
--- stap_out
kernel.trace("fix:fix_cond") $pair:struct fix_pair $id:long int
kernel.trace("fix:fix_on") $name:char const* $flags:long unsigned int $fn:void (*) (int)
kernel.trace("fix:fix_switch") $preempt:bool $prev:struct task_struct* $next:struct task_struct* $prev_state:unsigned int
kernel.trace("fix:fix_tp") $rq:struct rq*
kernel.trace("fix:fix_wakeup") $p:struct task_struct* $cpu:int
kernel.trace("fix:fix_waking") $p:struct task_struct* $cpu:int
kernel.trace("other:other_switch") $prev:struct task_struct* $next:struct task_struct*
kernel.trace("other:other_void")
kernel.trace("x86_fix:x86_fix_vector") $vector:int $where:u64*
--- stap_err

=== TEST 8: kernel.function and module().function, sorted; .return kept
--- args: -l 'kernel.function("vfs_*").return' -r $T_ROOT/t/fixtures/ktree
--- stap_out
kernel.function("vfs_read").return
kernel.function("vfs_readlink").return
kernel.function("vfs_readv").return
kernel.function("vfs_write").return
--- stap_err

=== TEST 9: module("*").function("*")
--- args: -L 'module("*").function("*")' -r $T_ROOT/t/fixtures/ktree
--- stap_out
module("my-other").function("helper_fn")
module("mymod").function("mymod_read")
module("mymod").function("mymod_write")
--- stap_err

=== TEST 10: aliases by name, sorted; an alias over a wildcard is listed once
--- args: -l 'fixalias.*' -r $T_ROOT/t/fixtures/ktree -I $T_ROOT/t/fixtures/ktree/tapset
--- stap_out
fixalias.read
fixalias.switch
fixalias.wake
--- stap_err

=== TEST 11: -L of aliases: the tracepoint arguments the alias reads, its locals, then what the tracepoint offers (stap 4.8's order)
--- args: -L 'fixalias.*' -r $T_ROOT/t/fixtures/ktree -I $T_ROOT/t/fixtures/ktree/tapset
--- stap_out
fixalias.read name:string count:long
fixalias.switch __tracepoint_arg_prev:long __tracepoint_arg_prev_state:long name:string prev_task:long state:long $preempt:bool $prev:struct task_struct* $next:struct task_struct* $prev_state:unsigned int
fixalias.wake __tracepoint_arg_cpu:long name:string cpu:long $p:struct task_struct* $cpu:int
--- stap_err

=== TEST 12: an alias several levels deep
--- args: -l 'fixalias.read.*' -r $T_ROOT/t/fixtures/ktree -I $T_ROOT/t/fixtures/ktree/tapset
--- stap_out
fixalias.read.return
--- stap_err

=== TEST 13: the real 6.1 headers: -l kernel.trace("sched:*"), as stap 4.8
--- args: -l 'kernel.trace("sched:*")' -r $($T_ROOT/t/krel)
--- stap_out
kernel.trace("sched:pelt_cfs_tp")
kernel.trace("sched:pelt_dl_tp")
kernel.trace("sched:pelt_irq_tp")
kernel.trace("sched:pelt_rt_tp")
kernel.trace("sched:pelt_se_tp")
kernel.trace("sched:pelt_thermal_tp")
kernel.trace("sched:sched_cpu_capacity_tp")
kernel.trace("sched:sched_kthread_stop")
kernel.trace("sched:sched_kthread_stop_ret")
kernel.trace("sched:sched_kthread_work_execute_end")
kernel.trace("sched:sched_kthread_work_execute_start")
kernel.trace("sched:sched_kthread_work_queue_work")
kernel.trace("sched:sched_migrate_task")
kernel.trace("sched:sched_move_numa")
kernel.trace("sched:sched_overutilized_tp")
kernel.trace("sched:sched_pi_setprio")
kernel.trace("sched:sched_process_exec")
kernel.trace("sched:sched_process_exit")
kernel.trace("sched:sched_process_fork")
kernel.trace("sched:sched_process_free")
kernel.trace("sched:sched_process_hang")
kernel.trace("sched:sched_process_wait")
kernel.trace("sched:sched_stat_blocked")
kernel.trace("sched:sched_stat_iowait")
kernel.trace("sched:sched_stat_runtime")
kernel.trace("sched:sched_stat_sleep")
kernel.trace("sched:sched_stat_wait")
kernel.trace("sched:sched_stick_numa")
kernel.trace("sched:sched_swap_numa")
kernel.trace("sched:sched_switch")
kernel.trace("sched:sched_update_nr_running_tp")
kernel.trace("sched:sched_util_est_cfs_tp")
kernel.trace("sched:sched_util_est_se_tp")
kernel.trace("sched:sched_wait_task")
kernel.trace("sched:sched_wake_idle_without_ipi")
kernel.trace("sched:sched_wakeup")
kernel.trace("sched:sched_wakeup_new")
kernel.trace("sched:sched_waking")
--- stap_err

=== TEST 14: the real 6.1 headers: -L kernel.trace("sched:*"), as stap 4.8
--- args: -L 'kernel.trace("sched:*")' -r $($T_ROOT/t/krel)
--- stap_out
kernel.trace("sched:pelt_cfs_tp") $cfs_rq:struct cfs_rq*
kernel.trace("sched:pelt_dl_tp") $rq:struct rq*
kernel.trace("sched:pelt_irq_tp") $rq:struct rq*
kernel.trace("sched:pelt_rt_tp") $rq:struct rq*
kernel.trace("sched:pelt_se_tp") $se:struct sched_entity*
kernel.trace("sched:pelt_thermal_tp") $rq:struct rq*
kernel.trace("sched:sched_cpu_capacity_tp") $rq:struct rq*
kernel.trace("sched:sched_kthread_stop") $t:struct task_struct*
kernel.trace("sched:sched_kthread_stop_ret") $ret:int
kernel.trace("sched:sched_kthread_work_execute_end") $work:struct kthread_work* $function:kthread_work_func_t
kernel.trace("sched:sched_kthread_work_execute_start") $work:struct kthread_work*
kernel.trace("sched:sched_kthread_work_queue_work") $worker:struct kthread_worker* $work:struct kthread_work*
kernel.trace("sched:sched_migrate_task") $p:struct task_struct* $dest_cpu:int
kernel.trace("sched:sched_move_numa") $tsk:struct task_struct* $src_cpu:int $dst_cpu:int
kernel.trace("sched:sched_overutilized_tp") $rd:struct root_domain* $overutilized:bool
kernel.trace("sched:sched_pi_setprio") $tsk:struct task_struct* $pi_task:struct task_struct*
kernel.trace("sched:sched_process_exec") $p:struct task_struct* $old_pid:pid_t $bprm:struct linux_binprm*
kernel.trace("sched:sched_process_exit") $p:struct task_struct*
kernel.trace("sched:sched_process_fork") $parent:struct task_struct* $child:struct task_struct*
kernel.trace("sched:sched_process_free") $p:struct task_struct*
kernel.trace("sched:sched_process_hang") $tsk:struct task_struct*
kernel.trace("sched:sched_process_wait") $pid:struct pid*
kernel.trace("sched:sched_stat_blocked") $tsk:struct task_struct* $delay:u64
kernel.trace("sched:sched_stat_iowait") $tsk:struct task_struct* $delay:u64
kernel.trace("sched:sched_stat_runtime") $tsk:struct task_struct* $runtime:u64 $vruntime:u64
kernel.trace("sched:sched_stat_sleep") $tsk:struct task_struct* $delay:u64
kernel.trace("sched:sched_stat_wait") $tsk:struct task_struct* $delay:u64
kernel.trace("sched:sched_stick_numa") $src_tsk:struct task_struct* $src_cpu:int $dst_tsk:struct task_struct* $dst_cpu:int
kernel.trace("sched:sched_swap_numa") $src_tsk:struct task_struct* $src_cpu:int $dst_tsk:struct task_struct* $dst_cpu:int
kernel.trace("sched:sched_switch") $preempt:bool $prev:struct task_struct* $next:struct task_struct* $prev_state:unsigned int
kernel.trace("sched:sched_update_nr_running_tp") $rq:struct rq* $change:int
kernel.trace("sched:sched_util_est_cfs_tp") $cfs_rq:struct cfs_rq*
kernel.trace("sched:sched_util_est_se_tp") $se:struct sched_entity*
kernel.trace("sched:sched_wait_task") $p:struct task_struct*
kernel.trace("sched:sched_wake_idle_without_ipi") $cpu:int
kernel.trace("sched:sched_wakeup") $p:struct task_struct*
kernel.trace("sched:sched_wakeup_new") $p:struct task_struct*
kernel.trace("sched:sched_waking") $p:struct task_struct*
--- stap_err

=== TEST 15: the real 6.1 headers: one event by name alone, as stap 4.8
--- args: -l 'kernel.trace("sched_switch")' -r $($T_ROOT/t/krel)
--- stap_out
kernel.trace("sched:sched_switch")
--- stap_err

=== TEST 16: -L of an alias whose body uses @entry lists the alias's variables, not the .call probe pass 2 makes to save the entry values
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L udp.recvmsg.return
--- stap_out
udp.recvmsg.return name:string size:long family:long saddr:string daddr:string sport:long dport:long
