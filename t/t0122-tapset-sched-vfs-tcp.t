# tapsets/scheduler.stp, signal.stp, vfs.stp, tcp.stp: the probe aliases
# resolve at pass 2 with their variables typed.  -L goldens are stap
# 4.8's own (stap -r 6.1.0-56-amd64 -L ALIAS): the tracepoint-based
# aliases list the same variables, in the same order, with the same types.

=== TEST 1: -L scheduler.ctxswitch, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.ctxswitch
--- stap_out
scheduler.ctxswitch __tracepoint_arg_prev:long __tracepoint_arg_next:long name:string prev_priority:long prev_pid:long prev_tid:long prev_task:long prev_task_name:string prevtsk_state:long next_priority:long next_pid:long next_tid:long next_task:long next_task_name:string nexttsk_state:long $preempt:bool $prev:struct task_struct* $next:struct task_struct* $prev_state:unsigned int
--- stap_err

=== TEST 2: -L scheduler.cpu_off, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.cpu_off
--- stap_out
scheduler.cpu_off __tracepoint_arg_prev:long __tracepoint_arg_next:long name:string task_prev:long task_next:long idle:long $preempt:bool $prev:struct task_struct* $next:struct task_struct* $prev_state:unsigned int
--- stap_err

=== TEST 3: -L scheduler.wakeup, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.wakeup
--- stap_out
scheduler.wakeup __tracepoint_arg_p:long name:string task:long task_pid:long task_tid:long task_priority:long task_cpu:long task_state:long $p:struct task_struct*
--- stap_err

=== TEST 4: -L scheduler.wakeup_new, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.wakeup_new
--- stap_out
scheduler.wakeup_new __tracepoint_arg_p:long name:string task_pid:long task_priority:long task_cpu:long task_state:long task:long task_tid:long $p:struct task_struct*
--- stap_err

=== TEST 5: -L scheduler.migrate, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.migrate
--- stap_out
scheduler.migrate __tracepoint_arg_p:long __tracepoint_arg_dest_cpu:long cpu_to:long name:string task:long pid:long priority:long cpu_from:long $p:struct task_struct* $dest_cpu:int
--- stap_err

=== TEST 6: -L scheduler.wait_task, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.wait_task
--- stap_out
scheduler.wait_task __tracepoint_arg_p:long name:string task_pid:long task_priority:long $p:struct task_struct*
--- stap_err

=== TEST 7: -L scheduler.process_fork, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.process_fork
--- stap_out
scheduler.process_fork __tracepoint_arg_parent:long __tracepoint_arg_child:long parent_pid:long child_pid:long name:string $parent:struct task_struct* $child:struct task_struct*
--- stap_err

=== TEST 8: -L scheduler.process_exit, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.process_exit
--- stap_out
scheduler.process_exit __tracepoint_arg_p:long pid:long priority:long name:string $p:struct task_struct*
--- stap_err

=== TEST 9: -L scheduler.process_free, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.process_free
--- stap_out
scheduler.process_free __tracepoint_arg_p:long pid:long priority:long name:string $p:struct task_struct*
--- stap_err

=== TEST 10: -L scheduler.process_wait, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.process_wait
--- stap_out
scheduler.process_wait __tracepoint_arg_pid:long pid:long name:string $pid:struct pid*
--- stap_err

=== TEST 11: -L scheduler.kthread_stop, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.kthread_stop
--- stap_out
scheduler.kthread_stop __tracepoint_arg_t:long thread_pid:long thread_priority:long name:string $t:struct task_struct*
--- stap_err

=== TEST 12: -L scheduler.kthread_stop.return, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L scheduler.kthread_stop.return
--- stap_out
scheduler.kthread_stop.return __tracepoint_arg_ret:long return_value:long name:string $ret:int
--- stap_err

=== TEST 13: -L signal.send, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L signal.send
--- stap_out
signal.send __tracepoint_arg_sig:long __tracepoint_arg_info:long __tracepoint_arg_task:long __tracepoint_arg_group:long name:string sig:long task:long sinfo:long shared:long sig_name:string sig_pid:long pid_name:string si_code:string $sig:int $info:struct kernel_siginfo* $task:struct task_struct* $group:int $result:int
--- stap_err

=== TEST 14: -L signal.handle, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L signal.handle
--- stap_out
signal.handle __tracepoint_arg_sig:long __tracepoint_arg_info:long __tracepoint_arg_ka:long sig:long sig_name:string sinfo:long sig_code:long ka_addr:long name:string sig_mode:string $sig:int $info:struct kernel_siginfo* $ka:struct k_sigaction*
--- stap_err

=== TEST 15: every ctxswitch variable typed; the probes section is stap 4.8's
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe scheduler.ctxswitch { printf("%s %d %d %s %d %d -> %d %d %s %d %d %d %d\n", name, prev_pid, prev_tid, prev_task_name, prev_priority, prevtsk_state, next_pid, next_tid, next_task_name, next_priority, nexttsk_state, prev_task, next_task) }
--- stap_out_like
^\Q# probes\E$
^\Qkernel.trace("sched:sched_switch")! /* <- scheduler.ctxswitch = kernel.trace("sched_switch")!, kernel.function("context_switch") <- scheduler.ctxswitch */\E$
^\Q  # locals\E$
^\Q  __tracepoint_arg_prev:long\E$
^\Q  __tracepoint_arg_next:long\E$
^\Q  name:string\E$
^\Q  prev_priority:long\E$
^\Q  prev_pid:long\E$
^\Q  prev_tid:long\E$
^\Q  prev_task:long\E$
^\Q  prev_task_name:string\E$
^\Q  prevtsk_state:long\E$
^\Q  next_priority:long\E$
^\Q  next_pid:long\E$
^\Q  next_tid:long\E$
^\Q  next_task:long\E$
^\Q  next_task_name:string\E$
^\Q  nexttsk_state:long\E$
--- stap_err
--- ref_err
WARNING: Kernel function symbol table missing [man warning::symbols]

=== TEST 16: every scheduler.* and signal.* tracepoint alias builds (pass 4: their embedded C compiles against the target headers)
--- args: -p4 -r $($T_ROOT/t/krel) -m t0122_sched
--- stap
global n
probe scheduler.ctxswitch { n++; if (n < 3) printf("%s %d %s %d %d -> %d %s %d %d\n", name, prev_pid, prev_task_name, prev_priority, prevtsk_state, next_pid, next_task_name, next_priority, nexttsk_state) }
probe scheduler.cpu_off { if (idle) n++ }
probe scheduler.wakeup, scheduler.wakeup_new { printf("%s %d %d %d %d %d %d\n", name, task, task_pid, task_tid, task_priority, task_cpu, task_state) }
probe scheduler.migrate { printf("%s %d %d %d %d %d\n", name, task, pid, priority, cpu_from, cpu_to) }
probe scheduler.process_fork { printf("%s %d %d\n", name, parent_pid, child_pid) }
probe scheduler.process_exit, scheduler.process_free { printf("%s %d %d\n", name, pid, priority) }
probe scheduler.process_wait { printf("%s %d\n", name, pid) }
probe scheduler.wait_task { printf("%s %d %d\n", name, task_pid, task_priority) }
probe scheduler.kthread_stop { printf("%s %d %d\n", name, thread_pid, thread_priority) }
probe scheduler.kthread_stop.return { printf("%s %d\n", name, return_value) }
probe signal.send { printf("%s %d %s %d %d %d %s %d %s\n", name, sig, sig_name, task, sinfo, shared, si_code, sig_pid, pid_name) }
probe signal.handle { printf("%s %d %s %d %d %d %s\n", name, sig, sig_name, sinfo, sig_code, ka_addr, sig_mode) }
probe scheduler.signal_send { printf("%s %d %d\n", name, pid, signal_number) }
probe timer.s(1) { exit() }
--- stap_out
t0122_sched.ko
--- stap_err
--- ref_skip: SystemTap 4.8's runtime does not build for this kernel as shipped (GUEST-NOTES)
--- timeout: 120

=== TEST 17: vfs.read, vfs.write and .return: every variable typed, in stap 4.8's order
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe vfs.read { printf("%s %d %d %d %d %d %s %d %s %s\n", name, file, pos, buf, bytes_to_read, dev, devname, ino, filename, argstr) }
probe vfs.read.return { printf("%s %d %s %d %d %s\n", name, ret, retstr, error, bytes_read, error_str) }
probe vfs.write { printf("%s %d %d %d %d %d %s %d %s %s\n", name, file, pos, buf, bytes_to_write, dev, devname, ino, filename, argstr) }
probe vfs.write.return { printf("%s %d %s %d %d %s\n", name, ret, retstr, error, bytes_written, error_str) }
--- stap_out_like
^# probes$
^kernel\.function\("vfs_read"\) \/\* <- vfs\.read = kernel\.function\("vfs_read"\) <- vfs\.read \*\/$
^  # locals$
^  file:long$
^  pos:long$
^  buf:long$
^  bytes_to_read:long$
^  dev:long$
^  devname:string$
^  ino:long$
^  filename:string$
^  name:string$
^  argstr:string$
^kernel\.function\("vfs_read"\)\.return \/\* <- vfs\.read\.return = kernel\.function\("vfs_read"\)\.return <- vfs\.read\.return \*\/$
^  # locals$
^  name:string$
^  retstr:string$
^  ret:long$
^  bytes_read:long$
^  error:long$
^  error_str:string$
^kernel\.function\("vfs_write"\) \/\* <- vfs\.write = kernel\.function\("vfs_write"\) <- vfs\.write \*\/$
^  # locals$
^  file:long$
^  pos:long$
^  buf:long$
^  bytes_to_write:long$
^  dev:long$
^  devname:string$
^  ino:long$
^  filename:string$
^  name:string$
^  argstr:string$
^kernel\.function\("vfs_write"\)\.return \/\* <- vfs\.write\.return = kernel\.function\("vfs_write"\)\.return <- vfs\.write\.return \*\/$
^  # locals$
^  name:string$
^  retstr:string$
^  ret:long$
^  bytes_written:long$
^  error:long$
^  error_str:string$
--- stap_err
--- ref_skip: stap 4.8 needs debuginfo for vfs.* and tcp.* (kernel.function with $vars)

=== TEST 18: tcp.sendmsg, tcp.recvmsg, tcp.disconnect and .return: every variable typed
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe tcp.sendmsg { printf("%s %d %d %d\n", name, sock, family, size) }
probe tcp.sendmsg.return { printf("%s %d\n", name, size) }
probe tcp.recvmsg { printf("%s %d %d %d %s %s %d %d\n", name, sock, size, family, saddr, daddr, sport, dport) }
probe tcp.recvmsg.return { printf("%s %d\n", name, size) }
probe tcp.disconnect { printf("%s %d %d %d %s %s %d %d\n", name, sock, family, flags, saddr, daddr, sport, dport) }
probe tcp.disconnect.return { printf("%s %d\n", name, ret) }
--- stap_out_like
^# probes$
^kernel\.function\("tcp_sendmsg"\) \/\* <- tcp\.sendmsg = kernel\.function\("tcp_sendmsg"\) <- tcp\.sendmsg \*\/$
^  # locals$
^  name:string$
^  sock:long$
^  family:long$
^  size:long$
^kernel\.function\("tcp_sendmsg"\)\.return \/\* <- tcp\.sendmsg\.return = kernel\.function\("tcp_sendmsg"\)\.return <- tcp\.sendmsg\.return \*\/$
^  # locals$
^  name:string$
^  size:long$
^kernel\.function\("tcp_recvmsg"\) \/\* <- tcp\.recvmsg = kernel\.function\("tcp_recvmsg"\) <- tcp\.recvmsg \*\/$
^  # locals$
^  name:string$
^  sock:long$
^  size:long$
^  family:long$
^  saddr:string$
^  daddr:string$
^  sport:long$
^  dport:long$
^kernel\.function\("tcp_recvmsg"\)\.return \/\* <- tcp\.recvmsg\.return = kernel\.function\("tcp_recvmsg"\)\.return <- tcp\.recvmsg\.return \*\/$
^  # locals$
^  name:string$
^  size:long$
^kernel\.function\("tcp_disconnect"\) \/\* <- tcp\.disconnect = kernel\.function\("tcp_disconnect"\) <- tcp\.disconnect \*\/$
^  # locals$
^  name:string$
^  sock:long$
^  family:long$
^  flags:long$
^  saddr:string$
^  daddr:string$
^  sport:long$
^  dport:long$
^kernel\.function\("tcp_disconnect"\)\.return \/\* <- tcp\.disconnect\.return = kernel\.function\("tcp_disconnect"\)\.return <- tcp\.disconnect\.return \*\/$
^  # locals$
^  name:string$
^  ret:long$
--- stap_err
--- ref_skip: stap 4.8 needs debuginfo for vfs.* and tcp.* (kernel.function with $vars)

=== TEST 19: -L scheduler.signal_send (on signal:signal_generate; stap 4.8's tracepoint is gone from 6.1)
--- args: -r $($T_ROOT/t/krel) -L scheduler.signal_send
--- stap_out
scheduler.signal_send __tracepoint_arg_sig:long __tracepoint_arg_task:long pid:long name:string signal_number:long $sig:int $info:struct kernel_siginfo* $task:struct task_struct* $group:int $result:int
--- stap_err
--- ref_skip: stap 4.8 sits on sched:sched_signal_send or __send_signal(), neither of which this kernel has

=== TEST 20: signal.syskill, systkill, systgkill (+ .return) resolve on the syscall aliases
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe signal.syskill, signal.systkill, signal.systgkill { printf("%s %s %d %d %s %s\n", name, argstr, sig_pid, task, pid_name, sig_name) }
probe signal.syskill.return, signal.systkill.return, signal.systgkill.return { printf("%s %s\n", name, retstr) }
--- stap_out_like
^kernel\.function\("__x64_sys_kill"\)\? /\* <- syscall\.kill = kernel\.function\("__x64_sys_kill"\)\? <- signal\.syskill = syscall\.kill <- signal\.syskill,signal\.systkill,signal\.systgkill \*/$
^kernel\.function\("__x64_sys_tgkill"\)\.return\? /\* <- syscall\.tgkill\.return = kernel\.function\("__x64_sys_tgkill"\)\.return\? <- signal\.systgkill\.return = syscall\.tgkill\.return <- signal\.syskill\.return,signal\.systkill\.return,signal\.systgkill\.return \*/$
^  pid_name:string$
^  sig_name:string$
--- stap_err
--- ref_skip: stap 4.8 resolves these to its raw_syscalls tracepoint fallbacks without debuginfo
