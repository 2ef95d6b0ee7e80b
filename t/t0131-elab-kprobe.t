# Pass 2, SystemTap's DWARF-less probe kinds (core/probes.c): kprobe.function,
# kprobe.module().function, kprobe.statement().absolute, .maxactive(N) on
# returns (kprobe.* and kernel.function), @entry in kernel return probes, and
# process("GLOB") paths.  kprobe.function names come from the target's symbol
# map; the blocks with -r "$(t/vm/kmap)" read the guest kernel's real one and
# expect SystemTap 4.8's own output (stap -r THAT_DIR -p2/-l/-L gives the
# same), except where a block says otherwise.

=== TEST 1: kprobe.function, .call, .return, .return.maxactive(N): one point each, "name = SYM" as stap
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read"), kprobe.function("vfs_write").call, kprobe.function("vfs_readv").return, kprobe.function("vfs_writev").return.maxactive(16) { println(1) }
--- stap_out
# probes
kprobe.function("vfs_read") /*  name = vfs_read*/ /* <- kprobe.function("vfs_read"),kprobe.function("vfs_write").call,kprobe.function("vfs_readv").return,kprobe.function("vfs_writev").return.maxactive(16) */
kprobe.function("vfs_write").call /*  name = vfs_write*/ /* <- kprobe.function("vfs_read"),kprobe.function("vfs_write").call,kprobe.function("vfs_readv").return,kprobe.function("vfs_writev").return.maxactive(16) */
kprobe.function("vfs_readv").return /*  name = vfs_readv*/ /* <- kprobe.function("vfs_read"),kprobe.function("vfs_write").call,kprobe.function("vfs_readv").return,kprobe.function("vfs_writev").return.maxactive(16) */
kprobe.function("vfs_writev").return.maxactive(16) /*  name = vfs_writev*/ /* <- kprobe.function("vfs_read"),kprobe.function("vfs_write").call,kprobe.function("vfs_readv").return,kprobe.function("vfs_writev").return.maxactive(16) */
--- stap_err

=== TEST 2: a wildcard expands over the map's text names, sorted
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_re*") { println(1) }
--- stap_out
# probes
kprobe.function("vfs_read") /*  name = vfs_read*/ /* <- kprobe.function("vfs_re*") */
kprobe.function("vfs_readlink") /*  name = vfs_readlink*/ /* <- kprobe.function("vfs_re*") */
kprobe.function("vfs_readv") /*  name = vfs_readv*/ /* <- kprobe.function("vfs_re*") */
kprobe.function("vfs_removexattr") /*  name = vfs_removexattr*/ /* <- kprobe.function("vfs_re*") */
kprobe.function("vfs_rename") /*  name = vfs_rename*/ /* <- kprobe.function("vfs_re*") */
--- stap_err

=== TEST 3: -l takes every name, clones (.part.0) included, as stap's kprobe.function (kernel.function leaves them out)
--- args: -r "$("$T_ROOT/t/vm/kmap")" -l 'kprobe.function("ZSTD_DCtx_ref*")'
--- stap_out
kprobe.function("ZSTD_DCtx_refDDict")
kprobe.function("ZSTD_DCtx_refDDict.part.0")
kprobe.function("ZSTD_DCtx_refPrefix")
kprobe.function("ZSTD_DCtx_refPrefix_advanced")
--- stap_err

=== TEST 4: -L of returns and maxactive: no variables without debuginfo
--- args: -r "$("$T_ROOT/t/vm/kmap")" -L 'kprobe.function("vfs_re*").return' -L 'kprobe.function("vfs_read").return.maxactive(3)'
--- stap_out
kprobe.function("vfs_read").return.maxactive(3)
--- stap_err

=== TEST 5: -l of kprobe.* lists nothing (every kprobe kind needs an argument), exit status 1 as stap's
--- args: -r "$("$T_ROOT/t/vm/kmap")" -l 'kprobe.*'
--- stap_out
--- stap_err
--- exitcode: 1

=== TEST 6: kprobe.module("M").function("F") is taken as written (the module may load later), "name = M:F"
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.module("ext4").function("ext4_file_open"), kprobe.module("ext4").function("ext4_llseek").call,
      kprobe.module("ext4").function("ext4_file_write_iter").return.maxactive(4) { println(1) }
--- stap_out
# probes
kprobe.module("ext4").function("ext4_file_open") /*  name = ext4:ext4_file_open*/ /* <- kprobe.module("ext4").function("ext4_file_open"),kprobe.module("ext4").function("ext4_llseek").call,kprobe.module("ext4").function("ext4_file_write_iter").return.maxactive(4) */
kprobe.module("ext4").function("ext4_llseek").call /*  name = ext4:ext4_llseek*/ /* <- kprobe.module("ext4").function("ext4_file_open"),kprobe.module("ext4").function("ext4_llseek").call,kprobe.module("ext4").function("ext4_file_write_iter").return.maxactive(4) */
kprobe.module("ext4").function("ext4_file_write_iter").return.maxactive(4) /*  name = ext4:ext4_file_write_iter*/ /* <- kprobe.module("ext4").function("ext4_file_open"),kprobe.module("ext4").function("ext4_llseek").call,kprobe.module("ext4").function("ext4_file_write_iter").return.maxactive(4) */
--- stap_err

=== TEST 7: a wildcard in kprobe.module() expands over the modules known (stap 4.8 would register "my*:F", which never fires)
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kprobe.module("my*").function("*").return, kprobe.module("nosuch*").function("f") ? { println(1) }
--- stap_out
# probes
kprobe.module("my-other").function("helper_fn").return /*  name = my-other:helper_fn*/ /* <- kprobe.module("my*").function("*").return,kprobe.module("nosuch*").function("f")? */
kprobe.module("mymod").function("mymod_read").return /*  name = mymod:mymod_read*/ /* <- kprobe.module("my*").function("*").return,kprobe.module("nosuch*").function("f")? */
kprobe.module("mymod").function("mymod_write").return /*  name = mymod:mymod_write*/ /* <- kprobe.module("my*").function("*").return,kprobe.module("nosuch*").function("f")? */
--- stap_err

=== TEST 8: kprobe.statement(ADDR).absolute in guru mode: the address in hex, the origin as stap prints it
--- args: -g -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.statement(0xffffffff81000000).absolute, kprobe.statement(12).absolute { println(pp()) }
--- stap_out
# functions
pp:string ()
# probes
kprobe.statement(0xffffffff81000000).absolute /*  name = */ /* <- kprobe.statement(-2130706432).absolute,kprobe.statement(12).absolute */
  # locals
  __stable___global_pp__overload_0_value:string
kprobe.statement(0xc).absolute /*  name = */ /* <- kprobe.statement(-2130706432).absolute,kprobe.statement(12).absolute */
  # locals
  __stable___global_pp__overload_0_value:string
--- stap_err

=== TEST 9: ... and without -g, stap's error at the probe keyword
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.statement(0xffffffff81000000).absolute { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kprobe' at <input>:1:7
        source: probe kprobe.statement(0xffffffff81000000).absolute { println(1) }
                      ^

semantic error: absolute statement probe in unprivileged script; need stap -g: keyword at :1:1
        source: probe kprobe.statement(0xffffffff81000000).absolute { println(1) }
                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 10: kprobe.statement without .absolute: truncated, named at its last component
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.statement(0x10) { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kprobe' at <input>:1:7
        source: probe kprobe.statement(0x10) { println(1) }
                      ^

semantic error: probe point truncated (follow:  absolute): identifier 'statement' at :1:14
        source: probe kprobe.statement(0x10) { println(1) }
                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: .maxactive only after .return, and .call.return is no point
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read").maxactive(3), kprobe.function("vfs_read").call.return { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'kprobe' at <input>:1:7
        source: probe kprobe.function("vfs_read").maxactive(3), kprobe.function("vfs_read").call.return { println(1) }
                      ^

semantic error: invalid suffix for probe: identifier 'maxactive' at :1:35
        source: probe kprobe.function("vfs_read").maxactive(3), kprobe.function("vfs_read").call.return { println(1) }
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 12: no such function: no match, with similar names (stap 4.8 picks other ones)
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("nonexist") { println(1) }
--- stap_err_like
\Asemantic error: while resolving probe point: identifier 'kprobe' at <input>:1:7
        source: probe kprobe\.function\("nonexist"\) \{ println\(1\) \}
                      \^

semantic error: no match \(similar functions: do_exit, [a-z_, ]+\)

Pass 2: analysis failed\.  \[man error::pass2\]
\z
--- exitcode: 1

=== TEST 13: $vars of kprobe.* are plain unresolved (stap looks for no debuginfo there)
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read") { println($file) }
--- stap_err_like
\Asemantic error: unresolved target-symbol expression: identifier '\$file' at <input>:1:45
--- exitcode: 1

=== TEST 14: @entry in a kprobe .return: a .call probe saves it per thread, stap's carriers
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read").return { println(@entry(1)) }
--- stap_out
# globals
__global_entry_tvar_entry_0:long [long, long]
__global_entry_tvar_entry_0_ctr:long [long]
# functions
tid:long ()
# probes
kprobe.function("vfs_read").call /*  name = vfs_read*/ /* <- kprobe.function("vfs_read").return */
  # locals
  _entry_tvar_tid:long
kprobe.function("vfs_read").return /*  name = vfs_read*/ /* <- kprobe.function("vfs_read").return */
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_entry_0_tmp:long
--- stap_err

=== TEST 15: ... with .maxactive(N), which the .call keeps in its name as stap
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read").return.maxactive(5) { println(@entry(1)) }
--- stap_out
# globals
__global_entry_tvar_entry_0:long [long, long]
__global_entry_tvar_entry_0_ctr:long [long]
# functions
tid:long ()
# probes
kprobe.function("vfs_read").call.maxactive(5) /*  name = vfs_read*/ /* <- kprobe.function("vfs_read").return.maxactive(5) */
  # locals
  _entry_tvar_tid:long
kprobe.function("vfs_read").return.maxactive(5) /*  name = vfs_read*/ /* <- kprobe.function("vfs_read").return.maxactive(5) */
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_entry_0_tmp:long
--- stap_err

=== TEST 16: @entry in kernel.function returns (stap 4.8 needs the kernel's debuginfo there)
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read").return { t = gettimeofday_us() - @entry(gettimeofday_us()); println(t) }
--- stap_out
# globals
__global_entry_tvar_entry_0:long [long, long]
__global_entry_tvar_entry_0_ctr:long [long]
# functions
gettimeofday_ns:long ()
gettimeofday_us:long ()
tid:long ()
# probes
kernel.function("vfs_read").call /* <- kernel.function("vfs_read").return */
  # locals
  _entry_tvar_tid:long
kernel.function("vfs_read").return /* <- kernel.function("vfs_read").return */
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_entry_0_tmp:long
  t:long
--- stap_err

=== TEST 17: ... and in the aliases on them (io/iotime.stp's syscall.read.return): the .call probe first, the carriers global
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe syscall.read.return { t = gettimeofday_us() - @entry(gettimeofday_us()); println(t) }
--- stap_out_like
# globals
__global_entry_tvar_entry_0:long \[long, long\]
__global_entry_tvar_entry_0_ctr:long \[long\]
(?s:.*)# probes
kernel\.function\("__x64_sys_read"\)\.call\? /\* <- syscall\.read\.return = kernel\.function\("__x64_sys_read"\)\.return\? <- syscall\.read\.return \*/
  # locals
  _entry_tvar_tid:long
kernel\.function\("__x64_sys_read"\)\.return\? /\* <- syscall\.read\.return = kernel\.function\("__x64_sys_read"\)\.return\? <- syscall\.read\.return \*/
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_entry_0_tmp:long
  t:long
\z
--- stap_err

=== TEST 18: @entry outside a return probe is still stap's internal error
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe kprobe.function("vfs_read") { println(@entry(1)) }
--- stap_err
semantic error: while processing probe kprobe.function("vfs_read")

semantic error: internal error: @entry is only valid in .return probes: operator '@entry' at <input>:1:45
        source: probe kprobe.function("vfs_read") { println(@entry(1)) }
                                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 19: kernel.function(...).return.maxactive(N) and module(...).function(...).return.maxactive(N) (stap 4.8 needs debuginfo)
--- args: -p2 -r $T_ROOT/t/fixtures/ktree
--- stap
probe kernel.function("vfs_read").return.maxactive(7), module("mymod").function("mymod_write").return.maxactive(2) { println(1) }
--- stap_out
# probes
kernel.function("vfs_read").return.maxactive(7) /* <- kernel.function("vfs_read").return.maxactive(7),module("mymod").function("mymod_write").return.maxactive(2) */
module("mymod").function("mymod_write").return.maxactive(2) /* <- kernel.function("vfs_read").return.maxactive(7),module("mymod").function("mymod_write").return.maxactive(2) */
--- stap_err

=== TEST 20: process("/lib*/libc.so.*"): the path is a glob over this host's files (memory/last_100_frees.stp; here /lib32/libc.so.6)
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe process("/lib*/libc.so.*").function("free") { println(1) }
--- stap_out
# probes
process("/usr/lib32/libc.so.6").function("free") /* pc=.dynamic+0x99bf0 */ /* <- process("/usr/lib32/libc.so.6").function("free") */
--- stap_err
WARNING: cannot find module /usr/lib32/libc.so.6 debuginfo: No DWARF information found [man warning::debuginfo]

=== TEST 21: a glob that matches nothing: stap's glob error
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe process("/nonexist*/x").function("free") { println(1) }
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/nonexist*/x").function("free") { println(1) }
                      ^

semantic error: glob /nonexist*/x error (3)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 22: a glob takes libraries that are not executable (here /usr/lib32/libpthread.so.0, 0644): stap's warning, then no match
--- args: -p2 -r "$("$T_ROOT/t/vm/kmap")"
--- stap
probe process("/usr/lib32/libpthread.so*").function("__pthread_mutex_init") { println(1) }
--- stap_err
WARNING: cannot find module /usr/lib32/libpthread.so.0 debuginfo: No DWARF information found [man warning::debuginfo]
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/usr/lib32/libpthread.so*").function("__pthread_mutex_init") { println(1) }
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 23: a glob over two programs: each probed, canonical; -l lists them
--- prog
#include <stdlib.h>
__attribute__((noinline)) void f(void *p) { free(p); }
int main(void) { f(malloc(8)); return 0; }
--- args: -l "process(\"$PROGDIR/O?/pr*g\").function(\"f\")"
--- stap_out_like
\A(?:process\("[^"]+/O0/prog"\)\.function\("f@[^"]+:2"\)\n)(?:process\("[^"]+/O2/prog"\)\.function\("f@[^"]+:2"\)\n)\z
--- stap_err
