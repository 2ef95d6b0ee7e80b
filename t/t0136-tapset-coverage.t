# Tapset names no other test names (t/tapset-docs/run finds them): each
# resolves and types as its doc comment says (goldens reviewed by eye;
# where SystemTap 4.8 can elaborate the same script, its output is ours).

=== TEST 1: perf.hw.* and perf.sw.* aliases: the perf.type(N).config(M) events of the kernel's ABI, an end probe printing the counter (stap 4.8's listing)
--- args: -p2
--- stap
global n
probe perf.hw.branch_instructions, perf.hw.branch_misses, perf.hw.bus_cycles,
      perf.hw.cache_misses, perf.hw.cache_references, perf.hw.ref_cpu_cycles,
      perf.hw.stalled_cycles_backend, perf.hw.stalled_cycles_frontend,
      perf.sw.alignment_faults, perf.sw.cpu_migrations, perf.sw.emulation_faults,
      perf.sw.page_faults_maj, perf.sw.page_faults_min { n++ }
--- stap_out
# globals
n:long
# probes
perf.type(0).config(4).sample(1000000) /* <- perf.type(0).config(4) */
perf.type(0).config(5).sample(1000000) /* <- perf.type(0).config(5) */
perf.type(0).config(6).sample(1000000) /* <- perf.type(0).config(6) */
perf.type(0).config(3).sample(1000000) /* <- perf.type(0).config(3) */
perf.type(0).config(2).sample(1000000) /* <- perf.type(0).config(2) */
perf.type(0).config(9).sample(1000000) /* <- perf.type(0).config(9) */
perf.type(0).config(8).sample(1000000) /* <- perf.type(0).config(8) */
perf.type(0).config(7).sample(1000000) /* <- perf.type(0).config(7) */
perf.type(1).config(7).sample(1000000) /* <- perf.type(1).config(7) */
perf.type(1).config(4).sample(1000000) /* <- perf.type(1).config(4) */
perf.type(1).config(8).sample(1000000) /* <- perf.type(1).config(8) */
perf.type(1).config(6).sample(1000000) /* <- perf.type(1).config(6) */
perf.type(1).config(5).sample(1000000) /* <- perf.type(1).config(5) */
end /* <- end */

=== TEST 2: print_usyms, sprint_usyms, sprint_ustack: user stacks from a string of addresses
--- args: -p2
--- stap
probe begin { print_usyms(ucallers(2)); println(sprint_usyms(ucallers(2)), sprint_ustack(ubacktrace())) }
--- stap_out_like
^__ucallers_depth:long \(\)$
^__ucallers_walk:string \(n:long\)$
^__umaxstringlen:long \(\)$
^print_usyms:unknown \(callers:string\)$
^sprint_ustack:string \(stk:string\)$
^sprint_usyms:string \(callers:string\)$

=== TEST 3: bio_op, get_netdev_name, tcpmib_get_state, format_ipaddr
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe begin { println(bio_op(0), get_netdev_name(0), tcpmib_get_state(0), format_ipaddr(0x0100007f, 2)) }
--- stap_out_like
^bio_op:long \(bio:long\)$
^format_ipaddr:string \(addr:long, family:long\)$
^get_netdev_name:string \(addr:long\)$
^tcpmib_get_state:long \(sk:long\)$

=== TEST 4: @prints4 ... @prints8: a statistics array of 4 to 8 keys
--- args: -p1
--- stap
global s4, s5, s6, s8
probe end { @prints4(s4) @prints5(s5) @prints6(s6) @prints8(s8) }
--- stap_out
# parse tree dump
# file <input>
global s4
global s5
global s6
global s8
probe end {
    foreach ([__a, __b, __c, __d] in s4-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(s4[__a, __b, __c, __d]), @min(s4[__a, __b, __c, __d]), @max(s4[__a, __b, __c, __d]), @sum(s4[__a, __b, __c, __d]), @avg(s4[__a, __b, __c, __d]));
    }
    foreach ([__a, __b, __c, __d, __e] in s5-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(s5[__a, __b, __c, __d, __e]), @min(s5[__a, __b, __c, __d, __e]), @max(s5[__a, __b, __c, __d, __e]), @sum(s5[__a, __b, __c, __d, __e]), @avg(s5[__a, __b, __c, __d, __e]));
    }
    foreach ([__a, __b, __c, __d, __e, __f] in s6-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, ",", __f, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(s6[__a, __b, __c, __d, __e, __f]), @min(s6[__a, __b, __c, __d, __e, __f]), @max(s6[__a, __b, __c, __d, __e, __f]), @sum(s6[__a, __b, __c, __d, __e, __f]), @avg(s6[__a, __b, __c, __d, __e, __f]));
    }
    foreach ([__a, __b, __c, __d, __e, __f, __g, __h] in s8-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, ",", __f, ",", __g, ",", __h, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(s8[__a, __b, __c, __d, __e, __f, __g, __h]), @min(s8[__a, __b, __c, __d, __e, __f, __g, __h]), @max(s8[__a, __b, __c, __d, __e, __f, __g, __h]), @sum(s8[__a, __b, __c, __d, __e, __f, __g, __h]), @avg(s8[__a, __b, __c, __d, __e, __f, __g, __h]));
    }
}
