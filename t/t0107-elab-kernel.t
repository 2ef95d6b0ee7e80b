# Pass 2, kernel probe points without debuginfo (core/kernel.c):
# kernel.function / module().function resolved against the target's
# symbol map, kernel.trace against its trace headers.  Most tests use the
# fixture tree t/fixtures/ktree (a fake build dir: System.map, .config,
# three trace headers); the last ones use Debian's 6.1 headers, where the
# expected output is stap 4.8's own (stap -r 6.1.0-56-amd64 -p2).

=== TEST 1: kernel.function, .call and .return, exact names
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read"), kernel.function("vfs_write").call,
      kernel.function("vfs_readv").return { println(1) }
--- stap_out
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_read"),kernel.function("vfs_write").call,kernel.function("vfs_readv").return */
kernel.function("vfs_write").call /* <- kernel.function("vfs_read"),kernel.function("vfs_write").call,kernel.function("vfs_readv").return */
kernel.function("vfs_readv").return /* <- kernel.function("vfs_read"),kernel.function("vfs_write").call,kernel.function("vfs_readv").return */
--- stap_err

=== TEST 2: wildcards * ? [...] expand to one probe per text symbol, sorted; clones (.part .isra .cold) and data symbols are not functions
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_*"), kernel.function("do_sys_ope?"), kernel.function("[j]iffies_fix") ? { println(1) }
--- stap_out
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_*"),kernel.function("do_sys_ope?"),kernel.function("[j]iffies_fix")? */
kernel.function("vfs_readlink") /* <- kernel.function("vfs_*"),kernel.function("do_sys_ope?"),kernel.function("[j]iffies_fix")? */
kernel.function("vfs_readv") /* <- kernel.function("vfs_*"),kernel.function("do_sys_ope?"),kernel.function("[j]iffies_fix")? */
kernel.function("vfs_write") /* <- kernel.function("vfs_*"),kernel.function("do_sys_ope?"),kernel.function("[j]iffies_fix")? */
kernel.function("do_sys_open") /* <- kernel.function("vfs_*"),kernel.function("do_sys_ope?"),kernel.function("[j]iffies_fix")? */
--- stap_err

=== TEST 3: stap's blacklist: lock functions never, do_exit not for .return; __kprobes and init text are skipped
--- args: -l 'kernel.function("*").return' -r $T_ROOT/t/fixtures/ktree
--- stap_out
kernel.function("_stext").return
kernel.function("do_sys_open").return
kernel.function("show_stat").return
kernel.function("startup_64").return
kernel.function("vfs_read").return
kernel.function("vfs_readlink").return
kernel.function("vfs_readv").return
kernel.function("vfs_write").return
--- stap_err

=== TEST 4: ... while do_exit can take an entry probe
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("do_exit") { println(1) }
--- stap_out
# probes
kernel.function("do_exit") /* <- kernel.function("do_exit") */
--- stap_err

=== TEST 5: a blacklisted function matches nothing
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("_raw_spin_lock") { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.function("_raw_spin_lock") { println(1) }
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 6: module("M").function, wildcards in both, '-' and '_' alike in module names
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe module("my*").function("*").return, module("my_other").function("helper_fn") { println(1) }
--- stap_out
# probes
module("my-other").function("helper_fn").return /* <- module("my*").function("*").return,module("my_other").function("helper_fn") */
module("mymod").function("mymod_read").return /* <- module("my*").function("*").return,module("my_other").function("helper_fn") */
module("mymod").function("mymod_write").return /* <- module("my*").function("*").return,module("my_other").function("helper_fn") */
module("my-other").function("helper_fn") /* <- module("my*").function("*").return,module("my_other").function("helper_fn") */
--- stap_err

=== TEST 7: optional and sufficient points
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("nosuch") ?, module("nosuch").function("*") ?,
      kernel.function("vfs_write")!, kernel.function("vfs_read") { println(1) }
--- stap_out
# probes
kernel.function("vfs_write")! /* <- kernel.function("nosuch")?,module("nosuch").function("*")?,kernel.function("vfs_write")!,kernel.function("vfs_read") */
--- stap_err

=== TEST 8: no such function: stap's "no match"
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("nosuch_xyz") { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.function("nosuch_xyz") { println(1) }
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 9: no such module: no match as well
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe module("nosuch").function("f") { println(1) }
--- stap_err_like
^semantic error: while resolving probe point: identifier 'module' at <input>:1:7$
^semantic error: no match$
--- exitcode: 1

=== TEST 10: name@file needs DWARF: stap's missing-debuginfo message
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read@fs/read_write.c") { println(1) }
--- stap_err_like
^semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7$
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '.*/t/fixtures/ktree'$
--- exitcode: 1

=== TEST 11: name@file:line too
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe module("mymod").function("mymod_read@m.c:12").return { println(1) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '.*/t/fixtures/ktree'$
--- exitcode: 1

=== TEST 12: .statement needs DWARF
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.statement("vfs_read@fs/read_write.c:460") { println(1) }
--- stap_err_like
^semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7$
^semantic error: missing x86_64 kernel/module debuginfo
--- exitcode: 1

=== TEST 13: .inline needs DWARF
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read").inline { println(1) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo
--- exitcode: 1

=== TEST 14: .label needs DWARF
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe module("mymod").function("mymod_read").label("out") { println(1) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo
--- exitcode: 1

=== TEST 15: a $var of a kernel function needs DWARF, at the variable
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read") { println($file) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '.*/t/fixtures/ktree': identifier '\$file' at <input>:1:45$
--- exitcode: 1

=== TEST 16: $return and $$parms of a kernel function likewise; @defined is 0
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read").return { println($return, @defined($count)) }
--- stap_err_like
identifier '\$return' at <input>:1:52$
^Pass 2: analysis failed.
--- exitcode: 1

=== TEST 17: no symbol map: says where it looked
--- args: -p2 -r $T_ROOT/t/fixtures/kbuild
--- stap
probe kernel.function("vfs_read") { println(1) }
--- stap_err_like
^semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7$
^semantic error: kernel symbol table missing for 6.1.0-56-amd64: looked for .*/t/fixtures/kbuild/System.map, /boot/System.map-6.1.0-56-amd64, /lib/modules/6.1.0-56-amd64/System.map \[man warning::symbols\]$
--- exitcode: 1

=== TEST 18: Debian's one-line placeholder System.map is no symbol map
--- args: -p2 -r $T_ROOT/t/fixtures/ktree-placeholder
--- stap
probe kernel.function("vfs_read") { println(1) }
--- stap_err_like
^semantic error: kernel symbol table missing for 6.1.0-ktree-placeholder: looked for .*/t/fixtures/ktree-placeholder/System.map, 
--- exitcode: 1

=== TEST 19: kernel.trace, SYS:EVENT and EVENT; the events the map lacks (fix_nosym) or the .config leaves out (fix_off) are gone
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch"), kernel.trace("fix_wak*"), kernel.trace("*:*_switch"), kernel.trace("fix_nosym") ?, kernel.trace("fix_off") ? { println(1) }
--- stap_out
# probes
kernel.trace("fix:fix_switch") /* <- kernel.trace("fix:fix_switch"),kernel.trace("fix_wak*"),kernel.trace("*:*_switch"),kernel.trace("fix_nosym")?,kernel.trace("fix_off")? */
kernel.trace("fix:fix_wakeup") /* <- kernel.trace("fix:fix_switch"),kernel.trace("fix_wak*"),kernel.trace("*:*_switch"),kernel.trace("fix_nosym")?,kernel.trace("fix_off")? */
kernel.trace("fix:fix_waking") /* <- kernel.trace("fix:fix_switch"),kernel.trace("fix_wak*"),kernel.trace("*:*_switch"),kernel.trace("fix_nosym")?,kernel.trace("fix_off")? */
kernel.trace("fix:fix_switch") /* <- kernel.trace("fix:fix_switch"),kernel.trace("fix_wak*"),kernel.trace("*:*_switch"),kernel.trace("fix_nosym")?,kernel.trace("fix_off")? */
kernel.trace("other:other_switch") /* <- kernel.trace("fix:fix_switch"),kernel.trace("fix_wak*"),kernel.trace("*:*_switch"),kernel.trace("fix_nosym")?,kernel.trace("fix_off")? */
--- stap_err

=== TEST 20: no such tracepoint: no match
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:nosuch") { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.trace("fix:nosuch") { println(1) }
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 21: $args read as longs; the locals stap lists, in TP_PROTO order
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch") { x = $next; println(x + $prev + $prev_state) }
--- stap_out
# probes
kernel.trace("fix:fix_switch") /* <- kernel.trace("fix:fix_switch") */
  # locals
  __tracepoint_arg_prev:long
  __tracepoint_arg_next:long
  __tracepoint_arg_prev_state:long
  x:long
--- stap_err

=== TEST 22: a $var in a string context is a type mismatch
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_wakeup") { s = "a"; s = $p; println(s) }
--- stap_err_like
^semantic error: type mismatch
--- exitcode: 1

=== TEST 23: unknown $var: stap's message with every alternative, nearest first, and its unresolved type after it
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch") { println($nosuch) }
--- stap_err
semantic error: unable to find tracepoint variable '$nosuch' (alternatives: $next, $$name, $$parms, $$vars, $prev, $preempt, $prev_state): identifier '$nosuch' at <input>:1:48
        source: probe kernel.trace("fix:fix_switch") { println($nosuch) }
                                                               ^

semantic error: unresolved type : identifier '$nosuch' at :1:48
        source: probe kernel.trace("fix:fix_switch") { println($nosuch) }
                                                               ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 24: $$parms, $$vars, $$name, $$system, @defined
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix_wakeup") { println($$parms, $$vars, $$name, $$system, @defined($cpu), @defined($nosuch)) }
--- stap_out
# probes
kernel.trace("fix:fix_wakeup") /* <- kernel.trace("fix_wakeup") */
  # locals
  __tracepoint_arg_p:long
  __tracepoint_arg_cpu:long
--- stap_err

=== TEST 25: $$parms is sprintf("p=%p cpu=%#x", $p, $cpu): its value is checked by type
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix_wakeup") { x = 1 + $$parms; println(x) }
--- stap_err_like
^semantic error: type mismatch
--- exitcode: 1

=== TEST 26: writing a tracepoint variable needs -g
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch") { $prev = 1 }
--- stap_err
semantic error: write to tracepoint variable '$prev' not permitted; need stap -g: identifier '$prev' at <input>:1:40
        source: probe kernel.trace("fix:fix_switch") { $prev = 1 }
                                                       ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 27: ... and is not supported with -g
--- args: -p2 -g -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch") { $prev++ }
--- stap_err_like
^semantic error: write to tracepoint variable '\$prev' is not supported: identifier '\$prev' at <input>:1:40$
--- exitcode: 1

=== TEST 28: member access needs the argument's type (BTF, t0124): said clearly when the tree has none
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch") { println($prev->pid) }
--- stap_err_like
^semantic error: missing x86_64 kernel/module debuginfo \[man warning::debuginfo\] under '[^']*/t/fixtures/ktree' \(no BTF either: /sys/kernel/btf/vmlinux for the running kernel, or a vmlinux with a \.BTF section\): identifier '\$prev' at <input>:1:48$
--- exitcode: 1

=== TEST 29: a struct passed by value cannot be a long
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_cond") { println($pair) }
--- stap_err_like
^semantic error: tracepoint variable '\$pair' has type 'struct fix_pair': only integers and pointers are supported: identifier '\$pair' at <input>:1:46$
--- exitcode: 1

=== TEST 30: ... while its other argument is fine
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_cond") { println($id) }
--- stap_out
# probes
kernel.trace("fix:fix_cond") /* <- kernel.trace("fix:fix_cond") */
  # locals
  __tracepoint_arg_id:long
--- stap_err

=== TEST 31: TP_PROTO(void), DECLARE_TRACE, arch headers, a proto in a macro
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("other_void"), kernel.trace("fix_tp"), kernel.trace("x86_fix:*"), kernel.trace("other:other_switch") { println($$parms) }
--- stap_out
# probes
kernel.trace("other:other_void") /* <- kernel.trace("other_void"),kernel.trace("fix_tp"),kernel.trace("x86_fix:*"),kernel.trace("other:other_switch") */
kernel.trace("fix:fix_tp") /* <- kernel.trace("other_void"),kernel.trace("fix_tp"),kernel.trace("x86_fix:*"),kernel.trace("other:other_switch") */
  # locals
  __tracepoint_arg_rq:long
kernel.trace("x86_fix:x86_fix_vector") /* <- kernel.trace("other_void"),kernel.trace("fix_tp"),kernel.trace("x86_fix:*"),kernel.trace("other:other_switch") */
  # locals
  __tracepoint_arg_vector:long
  __tracepoint_arg_where:long
kernel.trace("other:other_switch") /* <- kernel.trace("other_void"),kernel.trace("fix_tp"),kernel.trace("x86_fix:*"),kernel.trace("other:other_switch") */
  # locals
  __tracepoint_arg_prev:long
  __tracepoint_arg_next:long
--- stap_err

=== TEST 32: no trace headers at all: said so
--- args: -p2 -r $T_ROOT/t/fixtures/kbuild
--- stap
probe kernel.trace("sched:sched_switch") { println(1) }
--- stap_err_like
^semantic error: no tracepoints found: no trace headers under '.*/t/fixtures/kbuild'$
--- exitcode: 1

=== TEST 33: the real 6.1 headers: sched_switch with $prev and $next, as stap 4.8
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched:sched_switch") { println($prev, $next) }
--- stap_out
# probes
kernel.trace("sched:sched_switch") /* <- kernel.trace("sched:sched_switch") */
  # locals
  __tracepoint_arg_prev:long
  __tracepoint_arg_next:long
--- stap_err

=== TEST 34: the real 6.1 headers: EVENT alone and $$parms, as stap 4.8
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched_switch") { println($$parms) }
--- stap_out
# probes
kernel.trace("sched:sched_switch") /* <- kernel.trace("sched_switch") */
  # locals
  __tracepoint_arg_preempt:long
  __tracepoint_arg_prev:long
  __tracepoint_arg_next:long
  __tracepoint_arg_prev_state:long
--- stap_err

=== TEST 35: the real 6.1 headers: an unknown variable, as stap 4.8
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched:sched_switch") { println($nosuch) }
--- stap_err
semantic error: unable to find tracepoint variable '$nosuch' (alternatives: $next, $$name, $$parms, $$vars, $prev, $preempt, $prev_state): identifier '$nosuch' at <input>:1:52
        source: probe kernel.trace("sched:sched_switch") { println($nosuch) }
                                                                   ^

semantic error: unresolved type : identifier '$nosuch' at :1:52
        source: probe kernel.trace("sched:sched_switch") { println($nosuch) }
                                                                   ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 36a: the real 6.1 headers: wildcards over events with and without the variable, as stap 4.8 (the same count of suppressed messages)
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched:sched_sw*"), kernel.trace("sched_wak*") ? , kernel.trace("nosuch")!, kernel.trace("sched:sched_switch") { println($prev) }
--- stap_err
semantic error: unable to find tracepoint variable '$prev' (alternatives: $$parms, $$name, $$vars, $src_cpu, $src_tsk, $dst_cpu, $dst_tsk): identifier '$prev' at <input>:1:141
        source: probe kernel.trace("sched:sched_sw*"), kernel.trace("sched_wak*") ? , kernel.trace("nosuch")!, kernel.trace("sched:sched_switch") { println($prev) }
                                                                                                                                                            ^

semantic error: unresolved type : identifier '$prev' at :1:141
        source: probe kernel.trace("sched:sched_sw*"), kernel.trace("sched_wak*") ? , kernel.trace("nosuch")!, kernel.trace("sched:sched_switch") { println($prev) }
                                                                                                                                                            ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 13.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 36: the real 6.1 headers: no such tracepoint, as stap 4.8
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("nosuch:nosuch") { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.trace("nosuch:nosuch") { println(1) }
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 37: the real 6.1 headers: wildcards, writes refused as stap 4.8 refuses them
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe kernel.trace("sched:sched_sw*") { $prev = 1 }
--- stap_err_like
^\Qsemantic error: write to tracepoint variable '$prev' not permitted; need stap -g: identifier '$prev' at <input>:1:41\E$
--- exitcode: 1

=== TEST 38: --dump-probe-types lists the kernel kinds
--- args: --dump-probe-types
--- stap_out_like
^kernel\.function\(string\)$
^kernel\.function\(string\)\.call$
^kernel\.function\(string\)\.return$
^kernel\.trace\(string\)$
^module\(string\)\.function\(string\)$
^module\(string\)\.function\(string\)\.call$
^module\(string\)\.function\(string\)\.return$
--- stap_err

=== TEST 39: the guest kernel's own map (t/vm/setup saves its kallsyms: VM_KDIR_SYMS): functions resolve, stap's blacklist applies
--- args: -p2 -r $(. $T_ROOT/.cache/vm/current.env 2>/dev/null; echo ${VM_KDIR_SYMS:?no VM_KDIR_SYMS: run t/vm/setup})
--- stap
probe kernel.function("vfs_read"), kernel.function("vfs_rea?").return, kernel.function("_raw_spin_lock") ?, kernel.function("do_exit").return ? { println(1) }
--- stap_out
# probes
kernel.function("vfs_read") /* <- kernel.function("vfs_read"),kernel.function("vfs_rea?").return,kernel.function("_raw_spin_lock")?,kernel.function("do_exit").return? */
kernel.function("vfs_read").return /* <- kernel.function("vfs_read"),kernel.function("vfs_rea?").return,kernel.function("_raw_spin_lock")?,kernel.function("do_exit").return? */
--- stap_err

=== TEST 40: the guest kernel's own map: built-in tracepoints stay (those of modules not loaded at boot go)
--- args: -p2 -r $(. $T_ROOT/.cache/vm/current.env 2>/dev/null; echo ${VM_KDIR_SYMS:?no VM_KDIR_SYMS: run t/vm/setup})
--- stap
probe kernel.trace("sched:sched_switch"), kernel.trace("sunrpc:*") ? { println($prev) }
--- stap_out
# probes
kernel.trace("sched:sched_switch") /* <- kernel.trace("sched:sched_switch"),kernel.trace("sunrpc:*")? */
  # locals
  __tracepoint_arg_prev:long
--- stap_err

=== TEST 41: kbuild works in that build dir (a copy of the headers tree with absolute links)
--- args: -p4 -m t0107_kmap -r $(. $T_ROOT/.cache/vm/current.env 2>/dev/null; echo ${VM_KDIR_SYMS:?no VM_KDIR_SYMS: run t/vm/setup})
--- stap
probe begin { exit() }
--- stap_out
t0107_kmap.ko
--- stap_err
--- timeout: 120

=== TEST 42: a truncated kernel point lists what may follow, as stap 4.8
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel {}
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel {}
                      ^

semantic error: probe point truncated (follow:  data(number) data(string) function(number) function(string) mark(string) statement(number) statement(string) trace(string)): identifier 'kernel' at :1:7
        source: probe kernel {}
                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 43: a bad suffix, as stap 4.8
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read").foo {}
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.function("vfs_read").foo {}
                      ^

semantic error: invalid suffix for probe: identifier 'foo' at :1:35
        source: probe kernel.function("vfs_read").foo {}
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 44: a tracepoint has no .return, as stap 4.8
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.trace("fix:fix_switch").return {}
--- stap_err
semantic error: while resolving probe point: identifier 'kernel' at <input>:1:7
        source: probe kernel.trace("fix:fix_switch").return {}
                      ^

semantic error: invalid suffix for probe: keyword at :1:38
        source: probe kernel.trace("fix:fix_switch").return {}
                                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 45: kinds stap has that are not built here: said so by name
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.data(0x10).write {}
probe module("mymod").function(0x10) {}
--- stap_err_like
^semantic error: probe point kind 'kernel.data' is not supported yet: identifier 'kernel' at :1:7$
^semantic error: probe point kind 'module.function\(number\)' \(by address\) is not supported yet: identifier 'module' at :2:7$
--- exitcode: 1

=== TEST 46: `@defined($a) ? $a : $b` on a tracepoint: the dead branch's unknown $b is dropped before it is reported (process/cycle_thief.stp)
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.trace("irq_handler_entry") { i = @defined($irq) ? $irq : $id; println(i) }
--- stap_out
# probes
kernel.trace("irq:irq_handler_entry") /* <- kernel.trace("irq_handler_entry") */
  # locals
  __tracepoint_arg_irq:long
  i:long

=== TEST 47: ... the same for a BTF member that is not there, and for `if (@defined(...)) ... else ...`
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.trace("irq_handler_entry") {
	println(@defined($action->data) ? $action->data : 1)
	if (@defined($id)) println($id) else println($irq)
}
--- stap_out
# probes
kernel.trace("irq:irq_handler_entry") /* <- kernel.trace("irq_handler_entry") */
  # locals
  __tracepoint_arg_irq:long

=== TEST 48: ... but an unknown $var in the live branch is still an error
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kernel.trace("irq_handler_entry") { if (@defined($irq)) println($id) }
--- stap_err_like
^semantic error: unable to find tracepoint variable '\$id' \(alternatives: \$irq, \$\$name, \$\$vars, \$action, \$\$parms\): identifier '\$id' at <input>:1:71$
--- exitcode: 1
