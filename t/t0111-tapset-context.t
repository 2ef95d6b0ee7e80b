# tapsets/context.stp: pid, tid, ppid, uid, euid, gid, execname, cpu,
# target, pp.  Expected -p2 output is stap 4.8's, including the
# __stable_..._value local stap adds for a /* stable */ function's value.

=== TEST 1: pid resolves its types
--- args: -p2
--- stap
probe begin { println(pid()) }
--- stap_out
# functions
pid:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 2: tid resolves its types
--- args: -p2
--- stap
probe begin { println(tid()) }
--- stap_out
# functions
tid:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 3: ppid resolves its types
--- args: -p2
--- stap
probe begin { println(ppid()) }
--- stap_out
# functions
ppid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_ppid__overload_0_value:long
--- stap_err

=== TEST 4: uid resolves its types
--- args: -p2
--- stap
probe begin { println(uid()) }
--- stap_out
# functions
uid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_uid__overload_0_value:long
--- stap_err

=== TEST 5: euid resolves its types
--- args: -p2
--- stap
probe begin { println(euid()) }
--- stap_out
# functions
euid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_euid__overload_0_value:long
--- stap_err

=== TEST 6: gid resolves its types
--- args: -p2
--- stap
probe begin { println(gid()) }
--- stap_out
# functions
gid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_gid__overload_0_value:long
--- stap_err

=== TEST 7: execname resolves its types
--- args: -p2
--- stap
probe begin { println(execname()) }
--- stap_out
# functions
execname:string ()
# probes
begin /* <- begin */
  # locals
  __stable___global_execname__overload_0_value:string
--- stap_err

=== TEST 8: cpu resolves its types
--- args: -p2
--- stap
probe begin { println(cpu()) }
--- stap_out
# functions
cpu:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_cpu__overload_0_value:long
--- stap_err

=== TEST 9: target resolves its types
--- args: -p2
--- stap
probe begin { println(target()) }
--- stap_out
# functions
target:long ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 10: pp resolves its types
--- args: -p2
--- stap
probe begin { println(pp()) }
--- stap_out
# functions
pp:string ()
# probes
begin /* <- begin */
  # locals
  __stable___global_pp__overload_0_value:string
--- stap_err
