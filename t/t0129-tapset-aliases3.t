# tapsets/ioblock.stp, networking.stp, udp.stp, tcp.stp (tcp.receive),
# vfs.stp (vfs.open), tcpmib.stp, ipmib.stp, linuxmib.stp: the aliases
# resolve at pass 2 with their variables typed, and their embedded C
# builds.  The tracepoint-based aliases list what stap 4.8 lists
# (`stap -r 6.1.0-56-amd64 -L ALIAS`), except the variables this kernel
# cannot give, which stap lists as "unknown" (see TEST 2); stap cannot
# list the kernel.function ones without the -dbg package.

=== TEST 1: -L netdev.receive, as stap 4.8
--- args: -r $($T_ROOT/t/vm/kmap) -L netdev.receive
--- stap_out
netdev.receive __tracepoint_arg_skb:long dev_name:string length:long protocol:long truesize:long $skb:struct sk_buff*
--- stap_err

=== TEST 2: -L ioblock_trace.*: stap 4.8's variables but q (bounce, request) and phys_segments, which it lists as "unknown" on this kernel
--- args: -r $($T_ROOT/t/vm/kmap) -L ioblock_trace.*
--- stap_out
ioblock_trace.bounce __tracepoint_arg_bio:long name:string devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long size:long bdev_contains:long bdev:long p_start_sect:long $bio:struct bio*
ioblock_trace.end __tracepoint_arg_q:long __tracepoint_arg_bio:long name:string q:long devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long size:long bdev_contains:long bdev:long p_start_sect:long $q:struct request_queue* $bio:struct bio*
ioblock_trace.request __tracepoint_arg_bio:long name:string devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long size:long bdev_contains:long bdev:long p_start_sect:long $bio:struct bio*
--- stap_err
--- ref_out
ioblock_trace.bounce __tracepoint_arg_bio:long name:string q:unknown devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long phys_segments:unknown size:long bdev_contains:long bdev:long p_start_sect:long $bio:struct bio*
ioblock_trace.end __tracepoint_arg_q:long __tracepoint_arg_bio:long name:string q:long devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long phys_segments:unknown size:long bdev_contains:long bdev:long p_start_sect:long $q:struct request_queue* $bio:struct bio*
ioblock_trace.request __tracepoint_arg_bio:long name:string q:unknown devname:string ino:long bytes_done:long sector:long flags:long rw:long opf:long vcnt:long idx:long phys_segments:unknown size:long bdev_contains:long bdev:long p_start_sect:long $bio:struct bio*

=== TEST 3: -L ioblock.*: on the block tracepoints, $bio usable by handlers
--- args: -r $($T_ROOT/t/vm/kmap) -L ioblock.*
--- stap_out
ioblock.end __tracepoint_arg_bio:long name:string devname:string ino:long bytes_done:long error:long sector:long flags:long rw:long opf:long vcnt:long idx:long hw_segments:long size:long $q:struct request_queue* $bio:struct bio*
ioblock.request __tracepoint_arg_bio:long name:string devname:string ino:long sector:long flags:long rw:long opf:long vcnt:long idx:long hw_segments:long size:long bdev:long bdev_contains:long p_start_sect:long $bio:struct bio*
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 4: -L netdev.*: netdev.change_rx_flag is optional and this kernel inlines dev_change_rx_flags()
--- args: -r $($T_ROOT/t/vm/kmap) -L netdev.*
--- stap_out
netdev.change_mac dev_name:string mac_len:long old_mac:string new_mac:string
netdev.change_mtu old_mtu:long new_mtu:long dev_name:string
netdev.change_rx_flag
netdev.close dev_name:string
netdev.get_stats dev_name:string
netdev.hard_transmit dev_name:string protocol:long length:long truesize:long
netdev.ioctl cmd:long arg:string
netdev.open dev_name:string
netdev.receive __tracepoint_arg_skb:long dev_name:string length:long protocol:long truesize:long $skb:struct sk_buff*
netdev.register dev_name:string
netdev.rx netdev:long dev_name:string protocol:long
netdev.set_promiscuity dev_name:string enable:long disable:long inc:long
netdev.transmit dev_name:string length:long protocol:long truesize:long
netdev.unregister dev_name:string
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 5: -L udp.*
--- args: -r $($T_ROOT/t/vm/kmap) -L udp.*
--- stap_out
udp.disconnect name:string sock:long flags:long family:long saddr:string daddr:string sport:long dport:long
udp.recvmsg name:string sock:long size:long family:long saddr:string daddr:string sport:long dport:long
udp.sendmsg name:string sock:long size:long family:long saddr:string daddr:string sport:long dport:long
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 6: udp.*.return: the return value and the call's socket (@entry: a .call probe keeps it), typed
--- args: -r $($T_ROOT/t/vm/kmap) -p2
--- stap
probe udp.sendmsg.return, udp.recvmsg.return { printf("%s %d %d %s %s %d %d\n", name, size, family, saddr, daddr, sport, dport) }
probe udp.disconnect.return { printf("%s %d %d %s %s %d %d\n", name, ret, family, saddr, daddr, sport, dport) }
--- stap_out_like
^kernel\.function\("udp_sendmsg"\)\.call /\* <- udp\.sendmsg\.return = kernel\.function\("udp_sendmsg"\)\.return <- udp\.sendmsg\.return,udp\.recvmsg\.return \*/$
^kernel\.function\("udp_disconnect"\)\.return /\* <- udp\.disconnect\.return = kernel\.function\("udp_disconnect"\)\.return <- udp\.disconnect\.return \*/$
^  name:string$
^  size:long$
^  ret:long$
^  family:long$
^  saddr:string$
^  daddr:string$
^  sport:long$
^  dport:long$
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 7: -L tcp.ipv*.receive
--- args: -r $($T_ROOT/t/vm/kmap) -L tcp.ipv*.receive
--- stap_out
tcp.ipv4.receive name:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long
tcp.ipv6.receive name:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 8: -L vfs.open
--- args: -r $($T_ROOT/t/vm/kmap) -L vfs.open
--- stap_out
vfs.open name:string path:long cred:long pathname:string argstr:string
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 9: vfs.open.return, vfs.read.return, vfs.write.return: the call's arguments by @entry, typed
--- args: -r $($T_ROOT/t/vm/kmap) -p2
--- stap
probe vfs.open.return { printf("%s %s %d %d %s %d %d %s\n", name, retstr, ret, error, error_str, path, cred, pathname) }
probe vfs.read.return { printf("%s %d %s %d %d %d %d %d %s %d\n", name, file, pathname, pos, buf, bytes_to_read, dev, ino, devname, bytes_read) }
probe vfs.write.return { printf("%s %d %s %d %d %d %d %d %s %d\n", name, file, pathname, pos, buf, bytes_to_write, dev, ino, devname, bytes_written) }
--- stap_out_like
^kernel\.function\("vfs_open"\)\.call\? /\* <- vfs\.open\.return = kernel\.function\("vfs_open"\)\.return\? <- vfs\.open\.return \*/$
^kernel\.function\("vfs_open"\)\.return\? /\* <- vfs\.open\.return = kernel\.function\("vfs_open"\)\.return\? <- vfs\.open\.return \*/$
^kernel\.function\("vfs_read"\)\.return /\* <- vfs\.read\.return = kernel\.function\("vfs_read"\)\.return <- vfs\.read\.return \*/$
^  path:long$
^  cred:long$
^  pathname:string$
^  file:long$
^  bytes_to_read:long$
^  bytes_to_write:long$
^  devname:string$
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 10: a variable this kernel cannot give is not there: a script using phys_segments fails at pass 2, as with stap 4.8 (whose error names the tapset's $bio->bi_phys_segments)
--- args: -r $($T_ROOT/t/vm/kmap) -p2
--- stap
probe ioblock.request { println(phys_segments) }
--- stap_out
--- stap_err_like
^WARNING: never-assigned local variable 'phys_segments' \(similar: hw_segments, 
^semantic error: unresolved type : identifier 'phys_segments' at :1:33$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1
--- ref_skip: stap 4.8's error names its tapset's $bio->bi_phys_segments instead

=== TEST 11: the mib aliases elaborate with the script's filter functions; return values that need an entry argument probe the entry too
--- args: -r $($T_ROOT/t/vm/kmap) -p2
--- stap
function tcpmib_filter_key:long (sk:long, op:long) { return sk ? tcpmib_local_port(sk) + tcpmib_remote_port(sk) + tcpmib_local_addr(sk) + tcpmib_remote_addr(sk) : 0 }
function ipmib_filter_key:long (skb:long, op:long, SourceIsLocal:long) {
	if (ipmib_get_proto(skb) != 6) return 0
	return ipmib_remote_addr(skb, SourceIsLocal) + ipmib_local_addr(skb, SourceIsLocal) + ipmib_tcp_remote_port(skb, SourceIsLocal) + ipmib_tcp_local_port(skb, SourceIsLocal)
}
function linuxmib_filter_key:long (sk:long, op:long) { return tcpmib_filter_key(sk, op) }
probe tcpmib.*, ipmib.*, linuxmib.* {}
--- stap_out_like
^kernel\.function\("tcp_connect"\) /\* <- tcpmib\.ActiveOpens = kernel\.function\("tcp_connect"\), kernel\.function\("tcp_connect"\)\.return <- tcpmib\.\*,ipmib\.\*,linuxmib\.\* \*/$
^kernel\.function\("tcp_connect"\)\.return /\* <- tcpmib\.ActiveOpens = 
^kernel\.function\("__inet_lookup_established"\)\.return! /\* <- tcpmib\.InSegs = 
^kernel\.function\("tcp_v4_send_reset"\) /\* <- __tcpmib\.OutRsts\.tcp_v4_send_reset = kernel\.function\("tcp_v4_send_reset"\) <- tcpmib\.OutRsts = __tcpmib\.OutRsts\.\* <- 
^kernel\.function\("__icmp_send"\)! /\* <- ipmib\.InUnknownProtos = 
^kernel\.function\("ip_do_fragment"\)\.return /\* <- ipmib\.FragFails = 
^kernel\.function\("tcp_delack_timer"\)\.return /\* <- _linuxmib\.DelayedACKs\.C = kernel\.function\("tcp_delack_timer"\)\.return <- linuxmib\.DelayedACKs = _linuxmib\.DelayedACKs\.\* <- 
^ActiveOpens:long \[long\]$
^ListenOverflows:long \[long\]$
^FragOKs:long \[long\]$
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 12: the helpers resolve with their types (values: t0326)
--- args: -r $($T_ROOT/t/vm/kmap) -p2
--- stap
probe begin { println(ip_ntop(htonl(0x7f000001)), bio_rw_str(1), disk_name(0, 0)) }
--- stap_out_like
^ip_ntop:string \(addr:long\)$
^bio_rw_str:string \(rw:long\)$
^disk_name:string \(hd:long, partno:long\)$
--- stap_err
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 13: every alias of these files builds (pass 4: their embedded C and BTF casts compile against the target's headers)
--- args: -p4 -r $($T_ROOT/t/vm/kmap) -m t0129_all
--- stap
global n
function tcpmib_filter_key:long (sk:long, op:long) { return sk ? tcpmib_local_port(sk) + 1 : 0 }
function ipmib_filter_key:long (skb:long, op:long, SourceIsLocal:long) { return ipmib_get_proto(skb) == 6 ? ipmib_tcp_local_port(skb, SourceIsLocal) + ipmib_local_addr(skb, SourceIsLocal) + 1 : 0 }
function linuxmib_filter_key:long (sk:long, op:long) { return tcpmib_filter_key(sk, op) }
probe tcpmib.*, ipmib.*, linuxmib.* {}
probe ioblock.request { printf("%s %s %d %d %d %d %d %d %d %d %d %d %d %d %s\n", name, devname, ino, sector, flags, rw, opf, vcnt, idx, hw_segments, size, bdev, bdev_contains, p_start_sect, bio_rw_str(rw)) }
probe ioblock.end { printf("%s %s %d %d %d %d %d\n", name, devname, bytes_done, error, sector, rw, size) }
probe ioblock_trace.* { printf("%s %s %d %d %d %d\n", name, devname, ino, bytes_done, p_start_sect, bdev) }
probe ioblock_trace.end { n += q }
probe netdev.receive, netdev.transmit, netdev.hard_transmit { printf("%s %d %d %d\n", dev_name, length, protocol, truesize) }
probe netdev.rx { printf("%d %s %d\n", netdev, dev_name, protocol) }
probe netdev.change_mtu { printf("%s %d %d\n", dev_name, old_mtu, new_mtu) }
probe netdev.open, netdev.close, netdev.register, netdev.unregister, netdev.get_stats, netdev.change_rx_flag ? { println(dev_name) }
probe netdev.set_promiscuity { printf("%s %d %d %d\n", dev_name, enable, disable, inc) }
probe netdev.ioctl { printf("%d %s\n", cmd, arg) }
probe netdev.change_mac { printf("%s %d %s %s\n", dev_name, mac_len, old_mac, new_mac) }
probe udp.sendmsg, udp.recvmsg { printf("%s %d %d %d %s %s %d %d\n", name, sock, size, family, saddr, daddr, sport, dport) }
probe udp.disconnect { printf("%s %d %d\n", name, sock, flags) }
probe udp.sendmsg.return, udp.recvmsg.return { printf("%s %d\n", name, size) }
probe udp.disconnect.return { printf("%s %d\n", name, ret) }
probe tcp.receive { printf("%s %d %s %s %d %d %d %d%d%d%d%d%d %d %d\n", name, family, saddr, daddr, sport, dport, protocol, urg, ack, psh, rst, syn, fin, iphdr, tcphdr) }
probe vfs.open { printf("%s %d %d %s %s\n", name, path, cred, pathname, argstr) }
probe vfs.open.return { printf("%s %s %d %d %s\n", name, retstr, ret, error, error_str) }
probe timer.s(1) { printf("%s\n", ip_ntop(0)); exit() }
--- stap_out
t0129_all.ko
--- stap_err
--- timeout: 300
--- ref_skip: stap 4.8 needs the kernel's debuginfo (-dbg package) for these kernel.function aliases and @cast(..., "kernel")

=== TEST 14: the corpus examples on these aliases elaborate: network/netdev.stp
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/network/netdev.stp
--- stap_out_like
^kernel\.function\("dev_set_mac_address"\)\? /\* <- netdev\.change_mac = kernel\.function\("dev_set_mac_address"\)\? <- netdev\.change_mac \*/$
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 15: network/nettop.stp
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/network/nettop.stp
--- stap_out_like
^kernel\.trace\("net:netif_receive_skb"\)! /\* <- netdev\.receive = 
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 16: network/tcpdumplike.stp
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/network/tcpdumplike.stp
--- stap_out_like
^kernel\.function\("tcp_v6_rcv"\)! /\* <- tcp\.ipv6\.receive = 
^kernel\.function\("udp_recvmsg"\) /\* <- udp\.recvmsg = 
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 17: general/graphs.stp: ioblock.*, scheduler.cpu_on/off and the queue_stats functions
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/general/graphs.stp
--- stap_out_like
^kernel\.trace\("block:block_bio_queue"\) /\* <- ioblock\.request = kernel\.trace\("block_bio_queue"\) <- ioblock\.request \*/$
^kernel\.trace\("block:block_bio_complete"\) /\* <- ioblock\.end = kernel\.trace\("block_bio_complete"\) <- ioblock\.end \*/$
^qsq_utilization:long \(qname:string, scale:long\)$
^qs_wait:unknown \(qname:string\)$
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 18: io/ioblktime.stp: its handlers use $bio of ioblock.request/end (tracepoint arguments, typed by BTF)
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/io/ioblktime.stp
--- stap_out_like
^kernel\.trace\("block:block_bio_complete"\) /\* <- ioblock\.end = kernel\.trace\("block_bio_complete"\) <- ioblock\.end \*/$
^  __tracepoint_arg_bio:long$
^bio_rw_str:string \(rw:long\)$
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 19: io/slowvfs.stp: vfs.open.return's pathname by @entry
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/io/slowvfs.stp
--- stap_out_like
^kernel\.function\("vfs_open"\)\.return\? /\* <- vfs\.open\.return = kernel\.function\("vfs_open"\)\.return\? <- vfs\.open\.return \*/$
^  pathname:string$
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)

=== TEST 20: io/disktop.stp: vfs.read.return's devname by @entry, no never-assigned warning
--- args: -g -r $($T_ROOT/t/vm/kmap) -p2 /usr/share/systemtap/examples/io/disktop.stp
--- stap_out_like
^kernel\.function\("vfs_read"\)\.return /\* <- vfs\.read\.return = kernel\.function\("vfs_read"\)\.return <- vfs\.read\.return \*/$
^  devname:string$
--- stap_err
--- ref_skip: stap 4.8 cannot elaborate this example without the kernel's debuginfo (t/corpus/p2-ref)
