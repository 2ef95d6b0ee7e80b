# Live in the guest: signal.stp's psig functions (signal_str,
# get_sa_handler, sa_handler_str, get_sa_flags, sa_flags_str,
# get_sigaction_mask, sigset_mask_str, is_sig_blocked) read on the -c
# shell after it set its traps, checked against the kernel's own
# /proc/PID/status Sig* masks; socket.stp's socket.* aliases on a
# loopback TCP exchange by busybox nc; syscall.send/recv on the ia32
# socketcall path (a 64-bit program's int $0x80); the decoders, and
# bad addresses (a read fault, no oops).  Pass 2: t/t0134.

=== TEST 1: psig functions on the -c shell agree with /proc/PID/status
--- stap
%{
#include <linux/sched/signal.h>
%}
function k_act:long (task:long, sig:long) %{
	struct task_struct *p = (void *)(unsigned long)STAP_ARG_task;
	STAP_RETVALUE = (long)&p->sighand->action[STAP_ARG_sig - 1];
%}
global out
probe kprocess.create {
	if (pid() != target() || out != "") next
	t = pid2task(target())
	blk = 0; ign = 0; cgt = 0
	for (s = 1; s <= 64; s++) {
		h = get_sa_handler(k_act(t, s))
		if (sa_handler_str(h) == "ignored") ign |= 1 << (s - 1)
		else if (sa_handler_str(h) != "default") cgt |= 1 << (s - 1)
		if (is_sig_blocked(t, s)) blk |= 1 << (s - 1)
	}
	out = sprintf("SigBlk:\t%016x\nSigIgn:\t%016x\nSigCgt:\t%016x\n", blk, ign, cgt)
	a = k_act(t, 10)
	out .= sprintf("%s %s %s %s [%s] [%s]\n", signal_str(10),
		sa_handler_str(get_sa_handler(k_act(t, 2))),
		sa_handler_str(get_sa_handler(k_act(t, 9))),
		sa_handler_str(get_sa_handler(a)) =~ "^0x[0-9a-f]+$" ? "caught" : "?",
		sa_flags_str(get_sa_flags(a)), sigset_mask_str(get_sigaction_mask(a)))
}
probe end { printf("%s", out) }
--- args: -g -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "trap \"\" INT; trap \"echo usr1\" USR1; grep -E \"^Sig(Blk|Ign|Cgt)\" /proc/\$\$/status; (exit 0)"'
--- stap_out
SigBlk:	0000000000000000
SigIgn:	0000000000000006
SigCgt:	0000000000010200
SigBlk:	0000000000000000
SigIgn:	0000000000000006
SigCgt:	0000000000010200
USR1 ignored default caught [RESTORER] [1,2,3,4,5,6,7,8,10,11,12,13,14,15,16,17,18,20,21,22,23,24,25,26,27,28,29,30,31,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63]
--- ref_skip: stap 4.8's get_sa_flags/get_sa_handler @cast to k_sigaction: no kernel debuginfo here
--- needs: live

=== TEST 2: socket.* on a loopback TCP exchange by nc
--- stap
global creates, sends, recvs, sendrets, rcvrets, sends_all, rcvs_all, closes, cr
probe socket.create {
	if (execname() == "nc")
		creates[sprintf("%s %s %s %d", sock_fam_num2str(family),
			sock_type_num2str(type), sock_prot_num2str(protocol), requester)]++
}
probe socket.create.return {
	if (execname() == "nc")
		cr[sprintf("%s %s %s %d %d", sock_fam_num2str(family), sock_type_num2str(type),
			sock_prot_num2str(protocol), success, err)]++
}
probe socket.sendmsg {
	if (execname() == "nc" && size == 6)
		sends[sprintf("%s %s %s %s %s", name, sock_fam_num2str(family),
			sock_type_num2str(type), sock_prot_num2str(protocol),
			sock_state_num2str(state))]++
}
probe socket.recvmsg {	/* the listener's side: whether the client reads is a race */
	if (execname() == "nc" && state == 3 && family == 10)
		recvs[sprintf("%s %s %s %s %s", name, sock_fam_num2str(family),
			sock_type_num2str(type), sock_prot_num2str(protocol),
			sock_state_num2str(state))]++
}
probe socket.sendmsg.return {
	if (execname() == "nc" && size == 6)
		sendrets[sprintf("%s %s %s %d", name, sock_prot_num2str(protocol),
			sock_state_num2str(state), success)]++
}
probe socket.recvmsg.return {
	if (execname() == "nc" && size == 6)
		rcvrets[sprintf("%s %s %s %d", name, sock_prot_num2str(protocol),
			sock_state_num2str(state), success)]++
}
probe socket.send { if (execname() == "nc" && size == 6) sends_all[name, success]++ }
probe socket.receive { if (execname() == "nc" && size == 6) rcvs_all[name, success]++ }
probe socket.close {
	if (execname() == "nc")
		closes[sprintf("%s %s %s", name, sock_fam_num2str(family), sock_type_num2str(type))]++
}
probe end {
	foreach (k+ in creates) printf("create: %s x%d\n", k, creates[k])
	foreach (k+ in cr) printf("create.return: %s x%d\n", k, cr[k])
	foreach (k+ in sends) printf("%s x%d\n", k, sends[k])
	foreach (k+ in recvs) printf("%s\n", k)
	foreach (k+ in sendrets) printf("%s x%d\n", k, sendrets[k])
	foreach (k+ in rcvrets) printf("%s x%d\n", k, rcvrets[k])
	foreach ([n+, ok] in sends_all) printf("%s %d x%d\n", n, ok, sends_all[n, ok])
	foreach ([n+, ok] in rcvs_all) printf("%s %d x%d\n", n, ok, rcvs_all[n, ok])
	foreach (k+ in closes) printf("%s x%d\n", k, closes[k])
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'sh -c "ip link set lo up; nc -l -p 5556 > /dev/null & sleep 0.3; echo hello | nc -w 1 127.0.0.1 5556; wait"'
--- stap_out
create: INET STREAM IP 0 x1
create: INET6 STREAM IP 0 x1
create.return: INET STREAM IP 1 0 x1
create.return: INET6 STREAM IP 1 0 x1
socket.sendmsg INET STREAM TCP CONNECTED x1
socket.recvmsg INET6 STREAM TCP CONNECTED
socket.sendmsg.return TCP CONNECTED 1 x1
socket.recvmsg.return TCP CONNECTED 1 x1
socket.send 1 x2
socket.receive 1 x2
socket.close INET STREAM x1
socket.close INET6 STREAM x2
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 3: syscall.send and syscall.recv (+ .return) on the ia32 socketcall path: a 64-bit program's int $0x80
--- prog
#include <sys/socket.h>
/* int $0x80 takes 32-bit pointers: static data of a non-PIE program */
static unsigned int args[4];
static char msg[] = "ping!", rbuf[16];
static long socketcall(int call)
{
	long r;
	__asm__ volatile ("int $0x80" : "=a" (r)
			  : "a" (102), "b" (call), "c" (args) : "memory");
	return r;
}
int main(void)
{
	int sv[2];

	if (socketpair(AF_UNIX, SOCK_DGRAM, 0, sv))
		return 1;
	args[0] = sv[0]; args[1] = (unsigned long)msg; args[2] = 5;
	args[3] = MSG_DONTWAIT | MSG_NOSIGNAL;
	if (socketcall(9) != 5)		/* SYS_SEND */
		return 2;
	args[0] = sv[1]; args[1] = (unsigned long)rbuf; args[2] = sizeof(rbuf);
	args[3] = 0;
	if (socketcall(10) != 5)	/* SYS_RECV */
		return 3;
	args[0] = 99;
	socketcall(9);			/* EBADF */
	return 0;
}
--- prog_flags: -O2 -no-pie
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap
probe syscall.send {
	if (pid() == target())
		printf("%s(%s) %d %d %s %s\n", name, argstr, s, len, flags_str, buf)
}
probe syscall.recv {
	if (pid() == target())	/* the buffer's address as BUF: it depends on the link */
		printf("%s(%s) %d %d %s\n", name,
		       str_replace(argstr, sprintf("%p", buf_uaddr), "BUF"), s, len, flags_str)
}
probe syscall.send.return, syscall.recv.return {
	if (pid() == target()) printf("%s = %s\n", name, retstr)
}
--- stap_out
send(4, "ping!", 5, MSG_DONTWAIT|MSG_NOSIGNAL) 4 5 MSG_DONTWAIT|MSG_NOSIGNAL "ping!"
send = 5
recv(5, BUF, 16, 0x0) 5 16 0x0
recv = 5
send(99, "ping!", 16, 0x0) 99 16 0x0 "ping!"
send = -9 (EBADF)
--- stap_err
--- ref_skip: stap 4.8 binds syscall.send/recv to __x64_sys_socketcall here (its nd2 fallback), which no 64-bit call reaches
--- needs: live

=== TEST 4: the decoders, and bad addresses: stap's read fault, no oops
--- stap
probe begin {
	printf("[%s] [%s] [%s] [%s] [%s] [%s]\n", signal_str(0), signal_str(1),
	       signal_str(29), signal_str(32), signal_str(64), signal_str(65))
	printf("[%s] [%s] [%s]\n", sigset_mask_str(0), sigset_mask_str(0x8000000000000005),
	       sigset_mask_str(-1))
	printf("[%s] [%s] [%s]\n", sa_flags_str(0), sa_flags_str(0x14000000),
	       sa_flags_str(0xdc000007))
	printf("%s %s %s %s\n", sa_handler_str(0), sa_handler_str(1),
	       sa_handler_str(-1), sa_handler_str(0x401000))
	printf("%s %s %s %s\n", sock_prot_num2str(6), sock_prot_num2str(136),
	       sock_prot_num2str(61), sock_prot_num2str(-1))
	printf("%d %d %d\n", sock_prot_str2num("UDP"), sock_prot_str2num("MPLS-IN-IP"),
	       sock_prot_str2num("udp"))
	printf("%s %s %s %d %d\n", sock_fam_num2str(1), sock_fam_num2str(10),
	       sock_fam_num2str(21), sock_fam_str2num("NETLINK"), sock_fam_str2num("UNIX"))
	printf("%s %s %d %d\n", sock_state_num2str(3), sock_state_num2str(5),
	       sock_state_str2num("FREE"), sock_state_str2num(""))
	printf("%s %s %s %d %d\n", sock_type_num2str(2), sock_type_num2str(10),
	       sock_type_num2str(7), sock_type_str2num("SEQPACKET"), sock_type_str2num("X"))
	printf("[%s] [%s] [%s]\n", sock_flags_num2str(0), sock_flags_num2str(0x1c),
	       sock_flags_num2str(0x20))
	printf("[%s] [%s] [%s]\n", msg_flags_num2str(0), msg_flags_num2str(0x4040),
	       msg_flags_num2str(0x8001))
	try { println(is_sig_blocked(0, 2)) } catch (e) { println(e) }
	try { println(is_sig_blocked(0, 0)) } catch (e) { println(e) }
	try { println(get_sigaction_mask(8)) } catch (e) { println(e) }
	try { println(get_sa_flags(0)) } catch (e) { println(e) }
	try { println(get_sa_handler(16)) } catch (e) { println(e) }
	try { println(_get_sock_addr(0)) } catch (e) { println(e) }
	try { println(_get_sock_size(0, 2)) } catch (e) { println(e) }
	try { println(_get_sock_size(24, 2)) } catch (e) { println(e) }
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out
[] [HUP] [IO/POLL] [RTMIN] [RTMIN+32] []
[] [1,3] [1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60,61,62,63]
[] [RESTART|RESTORER] [NOCLDSTOP|NOCLDWAIT|SIGINFO|ONSTACK|RESTART|NODEFER|RESETHAND|RESTORER]
default ignored error 0x401000
TCP UDPLite UNDEF UNDEF
17 137 -1
LOCAL INET6 UNDEF 16 -1
CONNECTED UNDEF 0 -1
DGRAM PACKET UNDEF 5 -1
[] [NOSPACE|PASSCRED|PASSSEC] []
[] [DONTWAIT|NOSIGNAL] [OOB|MORE]
read fault [man error::fault] at 0xc10
0
read fault [man error::fault] at 0x20
read fault [man error::fault] at 0x8
read fault [man error::fault] at 0x10
-1
-1
read fault [man error::fault] at 0x20
--- ref_skip: stap 4.8 resolves the @cast of get_sa_flags/get_sa_handler through kernel debuginfo, absent here
--- needs: live
