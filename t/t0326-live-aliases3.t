Passes 1-5 live for tapsets/ioblock.stp, networking.stp, udp.stp and the
tcp.receive aliases of tcp.stp: each block is built by our stap -p4 on
the host and run with staprun in the guest (t --vm).  The guest has only
loopback (lo) for networking, and no disk: the ioblock blocks carry
Debian's brd module (t/vm/kmod) and read or write its /dev/ram0.

=== TEST 1: ioblock.request and ioblock.end: the partition scan's read of /dev/ram0 as brd loads
(brd serves page-cache reads through its rw_page without a bio; the scan
reads through buffer heads, so the page is the block device's own)
--- stap
global req, done, rq_bio
probe ioblock.request {
	if (devname == "ram0" && execname() == "insmod" && !req) {
		printf("%s %s rw=%d %s sector=%d size=%d vcnt=%d idx=%d p_start_sect=%d ino>0=%d bdev=%d hw=%d contains=%d\n",
		       name, devname, rw, bio_rw_str(rw), sector, size, vcnt > 0, idx, p_start_sect,
		       ino > 0, bdev != 0, hw_segments, bdev_contains)
		req = 1
		rq_bio = $bio
	}
}
probe ioblock.end {
	if ($bio == rq_bio && !done) {
		printf("%s %s %s bytes_done=%d error=%d opf=%d\n", name, devname, bio_rw_str(rw), bytes_done, error, opf & 0xff)
		done = 1
	}
}
--- carry
$("$T_ROOT/t/vm/kmod" brd)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'insmod $("$T_ROOT/t/vm/kmod" brd) rd_nr=1 rd_size=1024; rmmod brd'"
--- stap_out_like
^ioblock\.request ram0 rw=0 R sector=0 size=4096 vcnt=1 idx=0 p_start_sect=0 ino>0=1 bdev=1 hw=0 contains=0$
^ioblock\.end ram0 R bytes_done=4096 error=0 opf=0$
--- timeout: 400
--- ref_skip: stap 4.8's ioblock.request/end are kprobes reading $bio through the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 2: a write to /dev/ram0: ioblock_trace.request and .end, rw 1 "W", q set
--- stap
global seen
probe ioblock_trace.request {
	if (devname == "ram0" && bio_rw_num(rw) == BIO_WRITE && !seen["req"]) {
		printf("%s %s %d %s size>0=%d bytes_done==size=%d\n", name, devname, rw, bio_rw_str(rw), size > 0, bytes_done == size)
		seen["req"] = 1
	}
}
probe ioblock_trace.end {
	if (devname == "ram0" && rw == 1 && !seen["end"]) {
		printf("%s %s %s q=%d\n", name, devname, bio_rw_str(rw), q != 0)
		seen["end"] = 1
	}
}
--- carry
$("$T_ROOT/t/vm/kmod" brd)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'insmod $("$T_ROOT/t/vm/kmod" brd) rd_nr=1 rd_size=1024 && dd if=/dev/zero of=/dev/ram0 bs=4096 seek=20 count=1 conv=fsync 2>/dev/null; rmmod brd'"
--- stap_out
ioblock_trace.request ram0 1 W size>0=1 bytes_done==size=1
ioblock_trace.end ram0 W q=1
--- timeout: 400
--- ref_skip: stap 4.8's __bio_devname casts through the kernel's debuginfo (@cast(bio, "bio", "kernel")), which it needs the -dbg package for
--- needs: live

=== TEST 3: the bio helpers: bdevname of 0, bio_rw_str, bio_rw_num
--- stap
probe begin {
	println(bdevname(0), " ", bio_rw_str(0), bio_rw_str(1), bio_rw_str(3), " ", bio_rw_num(1), bio_rw_num(2), " ", BIO_READ, BIO_WRITE)
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")"
--- stap_out
N/A RWW 10 01
--- ref_skip: stap 4.8's bdevname casts through the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 4: udp.sendmsg, recvmsg, disconnect and their .return on loopback (the .return's socket is the call's, read after it: disconnected, it has no addresses)
--- prog
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(5556),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr u = { .sa_family = AF_UNSPEC };
	int s = socket(AF_INET, SOCK_DGRAM, 0), c = socket(AF_INET, SOCK_DGRAM, 0);
	char buf[64];
	int n;

	if (bind(s, (void *)&a, sizeof(a)) || connect(c, (void *)&a, sizeof(a)))
		return 2;
	send(c, "hello!", 6, 0);
	n = recv(s, buf, sizeof(buf), 0);
	connect(c, &u, sizeof(u));	/* udp_disconnect() */
	return n != 6;
}
--- stap
probe udp.sendmsg {
	if (pid() == target())
		printf("%s size=%d family=%d %s:%d -> %s:%d sport>0=%d\n", name, size, family, saddr, dport > 0 ? 0 : 1, daddr, dport, sport > 0)
}
probe udp.sendmsg.return, udp.recvmsg.return { if (pid() == target()) printf("%s.return size=%d family=%d %s:%d %s:%d\n", name, size, family, saddr, sport == 5556 ? sport : (sport > 0 ? 1 : 0), daddr, dport) }
probe udp.recvmsg {
	if (pid() == target())
		printf("%s size=%d family=%d %s:%d <- %s:%d\n", name, size, family, saddr, sport, daddr, dport)
}
probe udp.disconnect {
	if (pid() == target())
		printf("%s flags=%d family=%d %s -> %s:%d sock=%d\n", name, flags, family, saddr, daddr, dport, sock != 0)
}
probe udp.disconnect.return { if (pid() == target()) printf("%s.return ret=%d %s %s:%d\n", name, ret, saddr, daddr, dport) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'ip link set lo up; $PROG0'"
--- stap_out
udp.sendmsg size=6 family=2 127.0.0.1:0 -> 127.0.0.1:5556 sport>0=1
udp.sendmsg.return size=6 family=2 127.0.0.1:1 127.0.0.1:5556
udp.recvmsg size=64 family=2 127.0.0.1:5556 <- 0.0.0.0:0
udp.recvmsg.return size=6 family=2 127.0.0.1:5556 0.0.0.0:0
udp.disconnect flags=2 family=2 127.0.0.1 -> 127.0.0.1:5556 sock=1
udp.disconnect.return ret=0 0.0.0.0 0.0.0.0:0
--- timeout: 400
--- ref_skip: stap 4.8's udp.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 5: netdev.change_mtu, change_mac, ioctl and get_stats on lo (ifconfig reads /proc/net/dev first)
--- stap
global stats, ioc
probe netdev.get_stats { if (ppid() == target() && dev_name == "lo" && !stats++) printf("get_stats %s\n", dev_name) }
probe netdev.change_mtu { if (ppid() == target()) printf("change_mtu %s %d -> %d\n", dev_name, old_mtu, new_mtu) }
probe netdev.change_mac { if (ppid() == target()) printf("change_mac %s %d %s -> %s\n", dev_name, mac_len, old_mac, new_mac) }
probe netdev.ioctl { if (ppid() == target() && cmd == 0x8913 && !ioc++) printf("ioctl cmd=%#x arg=%s\n", cmd, arg) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'exec 2>/dev/null; ifconfig lo >/dev/null; ip link set lo mtu 1500; ip link set lo mtu 65536; ip link set lo address 00:11:22:33:44:55; cat /proc/net/dev >/dev/null; true'"
--- stap_out
get_stats lo
ioctl cmd=0x8913 arg="lo"
change_mtu lo 65536 -> 1500
change_mtu lo 1500 -> 65536
change_mac lo 6 00:00:00:00:00:00 -> 00:11:22:33:44:55
--- timeout: 400
--- ref_skip: stap 4.8's netdev.* kprobe aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 6: netdev.transmit, hard_transmit and receive for a ping on lo; tcp.receive sees the SYN of a connection, tcp.recvmsg.return the socket (@entry: busybox nc listens on IPv6, v4-mapped)
--- stap
global tx, htx, rx, seen
probe netdev.transmit { if (dev_name == "lo" && protocol == 8 && length == 98 && truesize > length) tx++ }
probe netdev.hard_transmit { if (dev_name == "lo" && protocol == 8 && length == 98 && truesize > length) htx++ }
probe netdev.receive { if (dev_name == "lo" && protocol == 8 && length == 84 && truesize > length) rx++ }
probe tcp.receive {
	if (dport == 5555 && syn && !ack && !seen++)
		printf("%s family=%d %s -> %s proto=%d sport>0=%d dport=%d urg=%d ack=%d psh=%d rst=%d syn=%d fin=%d\n",
		       name, family, saddr, daddr, protocol, sport > 0, dport, urg, ack, psh, rst, 1, fin)
}
probe tcp.recvmsg.return {
	if (size == 3 && execname() == "nc")
		printf("%s.return %d %d %s %s %d\n", name, size, family, saddr, daddr, dport > 0)
}
probe end { printf("transmit %d, hard_transmit %d, receive %d\n", tx >= 2, htx >= 2, rx >= 2) }
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'ip link set lo up; ping -c 1 127.0.0.1 >/dev/null; nc -l -p 5555 > /dev/null & sleep 0.3; echo hi | nc -w 1 127.0.0.1 5555; wait'"
--- stap_out
tcp.ipv4.receive family=2 127.0.0.1 -> 127.0.0.1 proto=6 sport>0=1 dport=5555 urg=0 ack=0 psh=0 rst=0 syn=1 fin=0
tcp.recvmsg.return 3 10 0000:0000:0000:0000:0000:ffff:7f00:0001 0000:0000:0000:0000:0000:ffff:7f00:0001 1
transmit 1, hard_transmit 1, receive 1
--- timeout: 400
--- ref_skip: stap 4.8's netdev.transmit/hard_transmit and tcp.receive need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 7: netdev.set_promiscuity: a packet socket's PACKET_MR_PROMISC membership on lo
--- prog
#include <net/if.h>
#include <linux/if_packet.h>
#include <sys/socket.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/if_ether.h>

int main(void)
{
	struct packet_mreq m = { .mr_ifindex = if_nametoindex("lo"), .mr_type = PACKET_MR_PROMISC };
	int s = socket(AF_PACKET, SOCK_RAW, htons(ETH_P_ALL));

	if (s < 0 || setsockopt(s, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &m, sizeof(m)))
		return 1;
	close(s);	/* drops the membership: promiscuity -1 */
	return 0;
}
--- stap
probe netdev.set_promiscuity {
	if (pid() == target())
		printf("%s inc=%d enable=%d disable=%d\n", dev_name, inc, enable, disable)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out
lo inc=1 enable=1 disable=0
lo inc=-1 enable=0 disable=1
--- timeout: 400
--- ref_skip: stap 4.8's netdev.set_promiscuity needs the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 8: vfs.open names the path from the root, across a mount (/proc); vfs.open.return has it too (@entry)
--- stap
global ok
probe vfs.open {
	if (ppid() == target() && (pathname == "/etc/passwd" || pathname == "/proc/version" || pathname == "/t"))
		printf("%s %s cred=%d argstr_ok=%d\n", name, pathname, cred != 0, argstr == sprintf("%s, %p", pathname, cred))
}
probe vfs.open.return {
	if (ppid() == target() && pathname == "/proc/version")
		printf("%s.return %s %s %d %d %s cred=%d path=%d\n", name, pathname, retstr, ret, error, error_str, cred != 0, path != 0)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'cat /etc/passwd /proc/version >/dev/null; ls /t >/dev/null; true'"
--- stap_out
vfs.open /etc/passwd cred=1 argstr_ok=1
vfs.open /proc/version cred=1 argstr_ok=1
vfs.open.return /proc/version 0 0 0  cred=1 path=1
vfs.open /t cred=1 argstr_ok=1
--- timeout: 400
--- ref_skip: stap 4.8's vfs.open needs the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 9: tcpmib.*, ipmib.*, linuxmib.*: one IPv4 loopback connection, reset by the client, keyed by the script's filter on port 5557
--- prog
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

int main(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(5557),
				 .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	int one = 1, l = socket(AF_INET, SOCK_STREAM, 0), c = socket(AF_INET, SOCK_STREAM, 0), s;
	char buf[16];

	setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (void *)&a, sizeof(a)) || listen(l, 4) || connect(c, (void *)&a, sizeof(a)))
		return 2;
	s = accept(l, NULL, NULL);
	if (s < 0 || write(c, "hello", 5) != 5 || read(s, buf, sizeof(buf)) != 5)
		return 3;
	struct linger lg = { .l_onoff = 1, .l_linger = 0 };
	setsockopt(c, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	close(c);			/* an abortive close: a reset */
	read(s, buf, sizeof(buf));	/* ECONNRESET */
	close(s);
	close(l);
	return 0;
}
--- stap
function tcpmib_filter_key:long (sk:long, op:long)
{
	if (!sk || tcpmib_local_addr(sk) != 0x7f000001)
		return 0
	return tcpmib_local_port(sk) == 5557 ? 1 : (tcpmib_remote_port(sk) == 5557 ? 2 : 0)
}
function ipmib_filter_key:long (skb:long, op:long, SourceIsLocal:long)
{
	if (ipmib_get_proto(skb) != 6 || ipmib_local_addr(skb, SourceIsLocal) != 0x7f000001)
		return 0
	return ipmib_tcp_local_port(skb, SourceIsLocal) == 5557 ? 1 : (ipmib_tcp_remote_port(skb, SourceIsLocal) == 5557 ? 2 : 0)
}
function linuxmib_filter_key:long (sk:long, op:long) { return tcpmib_filter_key(sk, op) }
probe tcpmib.*, ipmib.*, linuxmib.* {}
probe end {
	printf("ActiveOpens %d %d PassiveOpens %d %d\n", ActiveOpens[1], ActiveOpens[2], PassiveOpens[1], PassiveOpens[2])
	printf("CurrEstab %d %d AttemptFails %d %d EstabResets %d %d\n", CurrEstab[1], CurrEstab[2], AttemptFails[1], AttemptFails[2], EstabResets[1], EstabResets[2])
	# the client sends SYN, data, RST; the server ACK, data, RST arrive (its
	# ACKs may be delayed past the reset: no count for its sends)
	printf("InSegs %d %d OutSegs %d\n", InSegs[1] >= 3, InSegs[2] >= 1, OutSegs[2] >= 3)
	printf("InReceives %d %d OutRequests %d %d\n", InReceives[1] >= 3, InReceives[2] >= 1, OutRequests[1] >= 1, OutRequests[2] >= 3)
	printf("ListenDrops %d RetransSegs %d InDiscards %d OutRsts %d\n", ListenDrops[1] + ListenDrops[2], RetransSegs[1] + RetransSegs[2], InDiscards[1] + InDiscards[2], OutRsts[2])
	printf("%s\n", ip_ntop(htonl(0x7f000001)))
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'ip link set lo up; $PROG0'"
--- stap_out
ActiveOpens 0 1 PassiveOpens 1 0
CurrEstab 0 0 AttemptFails 0 0 EstabResets 1 1
InSegs 1 1 OutSegs 1
InReceives 1 1 OutRequests 1 1
ListenDrops 0 RetransSegs 0 InDiscards 0 OutRsts 1
127.0.0.1
--- timeout: 400
--- ref_skip: stap 4.8's tcpmib/ipmib/linuxmib aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 10: vfs.read.return and vfs.write.return carry the call's file (@entry): io/disktop.stp's devname, and pathname
--- stap
probe vfs.read.return {
	if (pid() == target() && pathname == "/etc/passwd" && bytes_read > 0)
		printf("%s.return %s devname=%s ino>0=%d asked=%d got>0=%d dev=%d\n", name, pathname, devname, ino > 0, bytes_to_read, bytes_read > 0, dev != 0)
}
probe vfs.write.return {
	if (pid() == target() && pathname == "/dev/null")
		printf("%s.return %s devname=%s wrote=%d of %d pos=%d buf=%d\n", name, pathname, devname, bytes_written, bytes_to_write, pos != 0, buf != 0)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'dd if=/etc/passwd of=/dev/null bs=7 count=1'
--- stap_out
vfs.read.return /etc/passwd devname=N/A ino>0=1 asked=7 got>0=1 dev=1
vfs.write.return /dev/null devname=N/A wrote=7 of 7 pos=1 buf=1
--- timeout: 400
--- ref_skip: stap 4.8's vfs.* aliases need the kernel's debuginfo (-dbg package)
--- needs: live

=== TEST 11: queue_stats: one request waits 100 ms and is served 200 ms of a 400 ms run
--- stap
global t
probe begin { qsq_start("q"); qs_wait("q") }
probe timer.ms(100) { if (t++ == 0) qs_run("q") else if (t == 3) qs_done("q") else if (t == 4) {
	printf("util %d blocked %d qlen %d\n", qsq_utilization("q", 100) / 10, qsq_blocked("q", 100) / 10, qsq_wait_queue_length("q", 100) / 10)
	printf("svctm %d await %d tput %d\n", (qsq_service_time("q", 1) + 50000) / 100000, (qsq_wait_time("q", 1) + 50000) / 100000, qsq_throughput("q", 10000000))
	qsq_print("q")
	exit()
} }
--- stap_out_like
^util [45] blocked [23] qlen [23]$
^svctm 2 await 3 tput 2\d$
^q: 2\.\d{3} ops/s, 0\.2\d\d qlen, [23]\d{5} await, [12]\d{5} svctm, 2\d% wait, [45]\d% util$
--- needs: live

=== TEST 12: netdev.register (before the device is named), get_stats and change_mac on a dummy device (Debian's dummy module)
--- stap
global st
probe netdev.register { if (ppid() == target()) printf("register %s\n", dev_name) }
probe netdev.change_mac { if (ppid() == target()) printf("change_mac %s %d %s\n", dev_name, mac_len, new_mac) }
probe netdev.get_stats { if (ppid() == target() && dev_name == "dummy0" && !st++) printf("get_stats %s\n", dev_name) }
--- carry
$("$T_ROOT/t/vm/kmod" dummy)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c "sh -c 'insmod $("$T_ROOT/t/vm/kmod" dummy) numdummies=1 && ip link set dummy0 address 02:00:00:00:00:01 && cat /proc/net/dev >/dev/null; rmmod dummy'"
--- stap_out
register dummy%d
get_stats dummy0
change_mac dummy0 6 02:00:00:00:00:01
--- timeout: 400
--- ref_skip: stap 4.8's netdev.* kprobe aliases need the kernel's debuginfo (-dbg package)
--- needs: live
