# Pass 2 for netfilter probes (core/probes.c, kernel.c) and the
# netfilter.* aliases (tapsets/netfilter.stp).  The names of hooks,
# families and priorities are looked up in tables (stap pastes them into
# C); the outputs are SystemTap 4.8's (stap -r 6.1.0-56-amd64 gives the
# same), except where a block says otherwise.

=== TEST 1: the four forms: hook/pf in either order, .priority by number or by name; the $vars a body uses become __nf_ locals
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4") { println($hooknum, $skb) }
probe netfilter.pf("NFPROTO_IPV6").hook("NF_IP6_LOCAL_OUT") { println($in, $out, $okfn) }
probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("-5") { println($skb->len) }
probe netfilter.pf("NFPROTO_IPV4").hook("NF_IP_FORWARD").priority("NF_IP_PRI_SELINUX_LAST") { println(1) }
probe netfilter.hook("NF_ARP_OUT").pf("NFPROTO_ARP"), netfilter.hook("NF_BR_POST_ROUTING").pf("NFPROTO_BRIDGE") { println($hooknum) }
--- stap_out
# probes
netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4") /* <- netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4") */
  # locals
  __nf_hooknum:long
  __nf_skb:long
netfilter.pf("NFPROTO_IPV6").hook("NF_IP6_LOCAL_OUT") /* <- netfilter.pf("NFPROTO_IPV6").hook("NF_IP6_LOCAL_OUT") */
  # locals
  __nf_in:long
  __nf_okfn:long
  __nf_out:long
netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("-5") /* <- netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("-5") */
  # locals
  __nf_skb:long
netfilter.pf("NFPROTO_IPV4").hook("NF_IP_FORWARD").priority("NF_IP_PRI_SELINUX_LAST") /* <- netfilter.pf("NFPROTO_IPV4").hook("NF_IP_FORWARD").priority("NF_IP_PRI_SELINUX_LAST") */
netfilter.hook("NF_ARP_OUT").pf("NFPROTO_ARP") /* <- netfilter.hook("NF_ARP_OUT").pf("NFPROTO_ARP"),netfilter.hook("NF_BR_POST_ROUTING").pf("NFPROTO_BRIDGE") */
  # locals
  __nf_hooknum:long
netfilter.hook("NF_BR_POST_ROUTING").pf("NFPROTO_BRIDGE") /* <- netfilter.hook("NF_ARP_OUT").pf("NFPROTO_ARP"),netfilter.hook("NF_BR_POST_ROUTING").pf("NFPROTO_BRIDGE") */
  # locals
  __nf_hooknum:long
--- stap_err

=== TEST 2: $verdict is written in guru mode (and read)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -g -p2
--- stap
probe netfilter.pf("NFPROTO_IPV4").hook("NF_INET_LOCAL_IN") { if ($skb->len > 100) $verdict = 0; println($verdict) }
--- stap_out
# probes
netfilter.pf("NFPROTO_IPV4").hook("NF_INET_LOCAL_IN") /* <- netfilter.pf("NFPROTO_IPV4").hook("NF_INET_LOCAL_IN") */
  # locals
  __nf_skb:long
  __nf_verdict:long
--- stap_err

=== TEST 3: writing $verdict needs -g
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.pf("NFPROTO_IPV4").hook("NF_INET_LOCAL_IN") { $verdict = 1 }
--- stap_err
semantic error: write to netfilter verdict requires guru mode; need stap -g: identifier '$verdict' at <input>:1:63
        source: probe netfilter.pf("NFPROTO_IPV4").hook("NF_INET_LOCAL_IN") { $verdict = 1 }
                                                                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 4: an unknown variable: stap's unsupported context variable
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") { println($skb->len, $indev) }
--- stap_err
semantic error: unsupported context variable: identifier '$indev' at <input>:1:82
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") { println($skb->len, $indev) }
                                                                                                 ^

semantic error: unsupported context variable: identifier '$indev' at :1:82
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") { println($skb->len, $indev) }
                                                                                                 ^

semantic error: unresolved type : identifier '$indev' at :1:82
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") { println($skb->len, $indev) }
                                                                                                 ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 5: an unknown hook name for the family
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("FOO").pf("NFPROTO_IPV4") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("FOO").pf("NFPROTO_IPV4") { }
                      ^

semantic error: unsupported netfilter hook "FOO" for protocol family "2"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 6: a hook of another family: NF_ARP_IN is no IPv4 hook
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_ARP_IN").pf("NFPROTO_IPV4") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_ARP_IN").pf("NFPROTO_IPV4") { }
                      ^

semantic error: unsupported netfilter hook "NF_ARP_IN" for protocol family "2"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 7: numbers need -g
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("1").pf("2") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("1").pf("2") { }
                      ^

semantic error: unsupported netfilter protocol family "2"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 8: an unknown family
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN").pf("BAR") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("BAR") { }
                      ^

semantic error: unsupported netfilter protocol family "BAR"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 9: an unknown priority
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("xx") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("xx") { }
                      ^

semantic error: unsupported netfilter priority "xx" for protocol family "2"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 10: NF_IP6_PRI_* names are IPv6 only
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("NF_IP6_PRI_FIRST") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4").priority("NF_IP6_PRI_FIRST") { }
                      ^

semantic error: unsupported netfilter priority "NF_IP6_PRI_FIRST" for protocol family "2"; need stap -g

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: the point must name a family
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_INET_LOCAL_IN") { }
                      ^

semantic error: probe point truncated (follow:  pf(string)): identifier 'hook' at :1:17
        source: probe netfilter.hook("NF_INET_LOCAL_IN") { }
                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 12: the names are strings
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.hook(1).pf(2) { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook(1).pf(2) { }
                      ^

semantic error: probe point mismatch (similar: hook, ip, pf, arp, ipv4): identifier 'hook' at :1:17
        source: probe netfilter.hook(1).pf(2) { }
                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 13: -g takes numbers for the hook, the family and the priority
--- args: -r "$("$T_ROOT/t/vm/kmap")" -g -p2
--- stap
probe netfilter.hook("1").pf("2").priority("0x10") { println($hooknum) }
--- stap_out
# probes
netfilter.hook("1").pf("2").priority("0x10") /* <- netfilter.hook("1").pf("2").priority("0x10") */
  # locals
  __nf_hooknum:long
--- stap_err

=== TEST 14: -g with a name the tables lack: an error here (stap 4.8 pastes it into the C and lets the compiler decide)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -g -p2
--- stap
probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_DECNET") { }
--- stap_err
semantic error: while resolving probe point: identifier 'netfilter' at <input>:1:7
        source: probe netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_DECNET") { }
                      ^

semantic error: unsupported netfilter protocol family "NFPROTO_DECNET": not a known NFPROTO_* name or a number 0-15

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 15: -L of the probe kind: no $vars
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4")'
--- stap_out
netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4")
--- stap_err

=== TEST 16: -L netfilter.ipv4.local_in: the alias's variables
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L netfilter.ipv4.local_in
--- stap_out
netfilter.ipv4.local_in __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
--- stap_err

=== TEST 17: -L netfilter.ipv6.*
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'netfilter.ipv6.*'
--- stap_out
netfilter.ipv6.forward __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
netfilter.ipv6.local_in __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
netfilter.ipv6.local_out __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
netfilter.ipv6.post_routing __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
netfilter.ipv6.pre_routing __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string family:long iphdr:long saddr:string daddr:string protocol:long tcphdr:long dport:long sport:long urg:long ack:long psh:long rst:long syn:long fin:long udphdr:long
--- stap_err

=== TEST 18: -L netfilter.arp.*
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'netfilter.arp.*'
--- stap_out
netfilter.arp.forward __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string arphdr:long family:long ar_hrd:long ar_pro:long ar_hln:long ar_pln:long ar_op:long ar_data:long ar_sha:string ar_sip:string ar_tha:string ar_tip:string
netfilter.arp.in __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string arphdr:long family:long ar_hrd:long ar_pro:long ar_hln:long ar_pln:long ar_op:long ar_data:long ar_sha:string ar_sip:string ar_tha:string ar_tip:string
netfilter.arp.out __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string arphdr:long family:long ar_hrd:long ar_pro:long ar_hln:long ar_pln:long ar_op:long ar_data:long ar_sha:string ar_sip:string ar_tha:string ar_tip:string
--- stap_err

=== TEST 19: -L netfilter.bridge.*
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'netfilter.bridge.*'
--- stap_out
netfilter.bridge.forward __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string llcpdu:long brhdr:long llcproto_stp:long protocol:long br_prid:long br_vid:long br_type:long br_flags:long br_rid:long br_rmac:string br_cost:long br_bid:long br_mac:string br_poid:long br_msg:long br_max:long br_htime:long br_fd:long
netfilter.bridge.local_in __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string llcpdu:long brhdr:long llcproto_stp:long protocol:long br_prid:long br_vid:long br_type:long br_flags:long br_rid:long br_rmac:string br_cost:long br_bid:long br_mac:string br_poid:long br_msg:long br_max:long br_htime:long br_fd:long
netfilter.bridge.local_out __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string llcpdu:long brhdr:long llcproto_stp:long protocol:long br_prid:long br_vid:long br_type:long br_flags:long br_rid:long br_rmac:string br_cost:long br_bid:long br_mac:string br_poid:long br_msg:long br_max:long br_htime:long br_fd:long
netfilter.bridge.post_routing __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string llcpdu:long brhdr:long llcproto_stp:long protocol:long br_prid:long br_vid:long br_type:long br_flags:long br_rid:long br_rmac:string br_cost:long br_bid:long br_mac:string br_poid:long br_msg:long br_max:long br_htime:long br_fd:long
netfilter.bridge.pre_routing __nf_in:long __nf_out:long __nf_skb:long pf:string ipproto_tcp:long ipproto_udp:long nf_drop:long nf_accept:long nf_stolen:long nf_queue:long nf_repeat:long nf_stop:long indev:long outdev:long indev_name:string outdev_name:string indev_mac_len:long in_mac:string outdev_mac_len:long out_mac:string length:long data_hex:string data_str:string llcpdu:long brhdr:long llcproto_stp:long protocol:long br_prid:long br_vid:long br_type:long br_flags:long br_rid:long br_rmac:string br_cost:long br_bid:long br_mac:string br_poid:long br_msg:long br_max:long br_htime:long br_fd:long
--- stap_err

=== TEST 20: -l netfilter.*.*: every alias, netfilter.ip.* included
--- args: -r "$("$T_ROOT/t/vm/kmap")" -l 'netfilter.*.*'
--- stap_out
netfilter.arp.forward
netfilter.arp.in
netfilter.arp.out
netfilter.bridge.forward
netfilter.bridge.local_in
netfilter.bridge.local_out
netfilter.bridge.post_routing
netfilter.bridge.pre_routing
netfilter.ip.forward
netfilter.ip.local_in
netfilter.ip.local_out
netfilter.ip.post_routing
netfilter.ip.pre_routing
netfilter.ipv4.forward
netfilter.ipv4.local_in
netfilter.ipv4.local_out
netfilter.ipv4.post_routing
netfilter.ipv4.pre_routing
netfilter.ipv6.forward
netfilter.ipv6.local_in
netfilter.ipv6.local_out
netfilter.ipv6.post_routing
netfilter.ipv6.pre_routing
--- stap_err

=== TEST 21: netfilter.ipv4.local_in elaborates with its helpers (our functions and output: not compared with stap 4.8)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe netfilter.ipv4.local_in { printf("%s %s:%d -> %s:%d %d %d%d%d%d%d%d %s %d\n", pf, saddr, sport, daddr, dport, protocol, syn, ack, fin, rst, psh, urg, indev_name, length) }
--- stap_out
# global embedded code
%{
#include <linux/skbuff.h>
#include <linux/netdevice.h>
%}
%{
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/socket.h>
#include <net/sock.h>
%}
%{
#include <linux/skbuff.h>
#include <linux/ip.h>
#include <linux/tcp.h>
%}
%{
#include <net/tcp.h>
#include <net/inet_connection_sock.h>
%}
%{
#include <linux/netdevice.h>
%}
# functions
__get_skb_iphdr:long (skb:long)
__get_skb_tcphdr:long (skb:long)
__ip_skb_daddr:long (iphdr:long)
__ip_skb_proto:long (iphdr:long)
__ip_skb_saddr:long (iphdr:long)
__netdev_mac:string (addr:long)
__nf_mac:string (addr:long)
__tcp_skb_ack:long (tcphdr:long)
__tcp_skb_dport:long (tcphdr:long)
__tcp_skb_fin:long (tcphdr:long)
__tcp_skb_flagbits:long (tcphdr:long)
__tcp_skb_psh:long (tcphdr:long)
__tcp_skb_rst:long (tcphdr:long)
__tcp_skb_sport:long (tcphdr:long)
__tcp_skb_syn:long (tcphdr:long)
__tcp_skb_urg:long (tcphdr:long)
format_ipaddr:string (addr:long, family:long)
kernel_short:long (addr:long)
kernel_string:string (addr:long)
kernel_string:string (addr:long, err_msg:string)
ntohs:long (x:long)
# probes
netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") /* <- netfilter.ipv4.local_in = netfilter.hook("NF_INET_LOCAL_IN").pf("NFPROTO_IPV4") <- netfilter.ipv4.local_in */
  # locals
  __nf_in:long
  __nf_out:long
  __nf_skb:long
  pf:string
  ipproto_tcp:long
  ipproto_udp:long
  indev:long
  outdev:long
  indev_name:string
  length:long
  iphdr:long
  saddr:string
  daddr:string
  protocol:long
  tcphdr:long
  dport:long
  sport:long
  urg:long
  ack:long
  psh:long
  rst:long
  syn:long
  fin:long
  udphdr:long
--- stap_err
