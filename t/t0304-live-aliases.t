Passes 1-5 live for the tapset's probe aliases (tapsets/syscalls*.stp,
scheduler.stp, signal.stp, vfs.stp, tcp.stp): each block is built by our
stap -p4 on the host and run with staprun in the guest (t --vm); the -c
command runs in the guest while the module is loaded.  The guest has no
network device, only loopback (lo), which the tcp block uses.

=== TEST 1: scheduler.ctxswitch fires, naming the task switched out
--- stap
global seen
probe scheduler.ctxswitch {
	if (prev_pid == target() && prev_task_name == "sleep" && prev_tid == prev_pid &&
	    prev_priority >= 100 && prev_priority < 140 && next_pid != prev_pid)
		seen++
}
probe end { println(seen > 0 ? "sleep switched out" : "no switch seen") }
--- args: -c 'sleep 0.2'
--- stap_out
sleep switched out
--- timeout: 400
--- needs: live

=== TEST 2: scheduler.process_fork and process_exit see the children of the -c command
--- stap
global forked, exited
probe scheduler.process_fork { if (parent_pid == target()) forked[child_pid] = 1 }
probe scheduler.process_exit { if (pid in forked) exited++ }
probe end { printf("exited %d\n", exited) }
--- args: -c 'sh -c "true & true & wait"'
--- stap_out
exited 2
--- timeout: 400
--- needs: live

=== TEST 3: signal.send names the signal and the receiver
--- stap
probe signal.send {
	if (sig_name == "SIGTERM" && pid_name == "sleep")
		printf("%s %s %d %s shared=%d\n", name, sig_name, sig, pid_name, shared)
}
--- args: -c 'sh -c "sleep 5 & sleep 0.2; kill -TERM \$!; wait"'
--- stap_out
signal_generate SIGTERM 15 sleep shared=1
--- timeout: 400
--- needs: live

=== TEST 4: the syscall decoders and errno names give stap 4.8's strings
--- stap
probe begin {
	println(_sys_open_flag_str(0x80000), " ", _sys_open_flag_str(0x241), " ", _sys_open_flag_str(2))
	println(_mmap_flags(0x22), " ", _mprotect_prot_str(0), " ", _mprotect_prot_str(5))
	println(__fork_flags(0x1200011), " ", _signal_name(9), " ", _signal_name(0))
	println(return_str(1, -2), " ", return_str(2, 255), " ", return_str(1, 5), " ", errno_str(-110), " [", errno_str(-4095), "]")
	println(_sock_type_str(0x80001), " ", _sock_family_str(10), " ", _sock_protocol_str(2, 6))
	println(_futex_op_str(128), " ", _futex_op_str(129), " ", _msg_flags_str(0x4040), " ", _msg_flags_str(0))
	println(_seek_whence_str(2), " ", _opoll_op_str(1), " ", _fcntl_cmd_str(1030), " ", _access_mode_str(6), " ", _access_mode_str(0))
	println(_sigprocmask_how_str(2), " ", _wait4_opt_str(1), " ", _wait4_opt_str(0), " ", _at_flag_str(0x100), " ", _dfd_str(-100), " ", _dfd_str(3))
	exit()
}
--- stap_out
O_RDONLY|O_CLOEXEC O_WRONLY|O_CREAT|O_TRUNC O_RDWR
MAP_PRIVATE|MAP_ANONYMOUS PROT_NONE PROT_READ|PROT_EXEC
CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID|SIGCHLD SIGKILL SIG_0
-2 (ENOENT) 0xff 5 ETIMEDOUT []
SOCK_STREAM|SOCK_CLOEXEC PF_INET6 IPPROTO_TCP
FUTEX_WAIT_PRIVATE FUTEX_WAKE_PRIVATE MSG_DONTWAIT|MSG_NOSIGNAL 0x0
SEEK_END EPOLL_CTL_ADD F_DUPFD_CLOEXEC R_OK|W_OK F_OK
SIG_SETMASK WNOHANG 0x0 AT_SYMLINK_NOFOLLOW AT_FDCWD 3
--- needs: live

=== TEST 5: syscall.openat sees the file name cat opens, and its flags
--- stap
probe syscall.openat {
	if (pid() == target() && filename == "\"/etc/passwd\"")
		printf("%s %s | %s\n", name, argstr, filename_unquoted)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /etc/passwd > /dev/null'
--- stap_out
openat AT_FDCWD, "/etc/passwd", O_RDONLY | /etc/passwd
--- needs: live

=== TEST 6: syscall.read and .return, syscall.openat.return: retstr as stap formats it
--- stap
global cnt
probe syscall.openat.return { if (execname() == "dd" && retval < 0) printf("%s = %s\n", name, retstr) }
probe syscall.read { if (execname() == "dd") cnt[tid()] = count }
probe syscall.read.return {
	if (execname() == "dd" && tid() in cnt) {
		printf("%s(%d) = %s\n", name, cnt[tid()], retstr)
		delete cnt[tid()]
	}
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "dd if=/nonexistent 2>/dev/null; dd if=/etc/passwd of=/dev/null bs=1 count=1 2>/dev/null; true"'
--- stap_out
openat = -2 (ENOENT)
read(1) = 1
--- needs: live

=== TEST 7: vfs.read counts the bytes dd reads, on a file of no block device
--- stap
global asked, got
probe vfs.read { if (pid() == target() && devname == "N/A" && ino > 0) asked += bytes_to_read }
probe vfs.read.return { if (pid() == target() && bytes_read > 0) got += bytes_read }
probe end { printf("asked %d, got %d\n", asked >= 7, got >= 7) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'dd if=/etc/passwd of=/dev/null bs=7 count=1'
--- stap_out
asked 1, got 1
--- ref_skip: stap 4.8's vfs.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 8: tcp.sendmsg and tcp.recvmsg on loopback
--- stap
global sent, rcvd
probe tcp.sendmsg { if (family == 2 && size == 6) sent++ }
probe tcp.recvmsg { if (saddr == "127.0.0.1" && (sport == 5555 || dport == 5555)) rcvd++ }
probe end { printf("sent %d, received %d\n", sent > 0, rcvd > 0) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "ip link set lo up; nc -l -p 5555 > /dev/null & sleep 0.3; echo hello | nc -w 1 127.0.0.1 5555; wait"'
--- stap_out
sent 1, received 1
--- ref_skip: stap 4.8's tcp.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 9: syscall.* and syscall.*.return all at once: every call of cat, entries and returns
--- stap
global calls, rets
probe syscall.* { if (pid() == target()) calls[name]++ }
probe syscall.*.return { if (pid() == target()) rets[name]++ }
probe end { foreach (k+ in calls) printf("%s %d %d\n", k, calls[k], rets[k]) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'cat /etc/passwd'
--- stap_out_like
^root:x:0:0:
^brk \d+ \d+$
^openat 1 1$
^close \d+ \d+$
^exit_group 1 0$
--- needs: live
--- timeout: 600

=== TEST 10: a sending TCP socket's state, rto, cwnd, ssthresh, mss and ports (tcp_get_info_*, tcp_ts_get_info_*, tcp_sockstate_str, inet_get_local_port/ip_source); get_cycles() moves
--- stap
global done
probe tcp.sendmsg {
	if (done || family != 2 || __tcp_sock_dport(sock) != 5556) next
	done = 1
	sport = __tcp_sock_sport(sock)
	st = tcp_ts_get_info_state(sock)
	/* ESTABLISHED, or CLOSE_WAIT if the listener's nc was quicker */
	printf("%d %s %s %s %s %s\n", st == 1 || st == 8, tcp_sockstate_str(1), tcp_sockstate_str(8),
	       tcp_sockstate_str(12), tcp_sockstate_str(0), tcp_sockstate_str(99))
	printf("rto %d cwnd %d ssthresh %d mss %d\n", tcp_get_info_rto(sock) >= 200000,
	       tcp_get_info_snd_cwnd(sock) >= 1, tcp_ts_get_info_snd_ssthresh(sock) > 0,
	       tcp_ts_get_info_rcv_mss(sock) > 0)
	printf("%d %d %s\n", inet_get_local_port(sock) == sport, sport != 5556, inet_get_ip_source(sock))
	c = get_cycles(); d = get_cycles()
	printf("cycles %d\n", d > c && c > 0)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "ip link set lo up; nc -l -p 5556 > /dev/null & sleep 0.3; echo hello | nc -w 1 127.0.0.1 5556; wait"'
--- stap_out
1 TCP_ESTABLISHED TCP_CLOSE_WAIT TCP_MAX_STATES UNDEF UNDEF
rto 1 cwnd 1 ssthresh 1 mss 1
1 1 127.0.0.1
cycles 1
--- ref_skip: stap 4.8's tcp.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live
