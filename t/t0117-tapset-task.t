# tapsets/task.stp: task_current, task_* of a task_struct address,
# pid2task, pid2execname, pexecname, sid, pgrp, task_utime/stime and the
# time strings, cmdline_*.  Expected -p2 output is ours; ref_out is stap
# 4.8's where it differs (its task functions are @task/@cast DWARF
# accessors, listed as __private_..._dwarf_cast_get_cast_N functions;
# ours are fault-safe embedded C reads).  Runtime behaviour is in
# t0303-live-tapset.t.

=== TEST 1: task_current() resolves its types
--- args: -p2
--- stap
probe begin { println(task_current()) }
--- stap_out
# functions
task_current:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 2: task_parent(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_parent(task_current())) }
--- stap_out
# functions
task_current:long ()
task_parent:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_parent:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_2:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 3: task_state(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_state(task_current())) }
--- stap_out
# functions
task_current:long ()
task_state:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_state:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 4: task_execname(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_execname(task_current())) }
--- stap_out
# functions
task_current:long ()
task_execname:string (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
kernel_string:string (addr:long)
task_current:long ()
task_execname:string (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 5: task_pid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_pid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_pid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_pid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 6: task_tid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_tid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_tid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_tid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 7: pid2task(1) resolves its types
--- args: -p2
--- stap
probe begin { println(pid2task(1)) }
--- stap_out
# functions
pid2task:long (pid:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
pid2task:long (pid:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 8: pid2execname(1) resolves its types
--- args: -p2
--- stap
probe begin { println(pid2execname(1)) }
--- stap_out
# functions
pid2execname:string (pid:long)
  # locals
  __tsk:long
pid2task:long (pid:long)
task_execname:string (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
kernel_string:string (addr:long)
pid2execname:string (pid:long)
  # locals
  tsk:long
pid2task:long (pid:long)
task_execname:string (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 9: task_uid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_uid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_uid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_uid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 10: task_euid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_euid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_euid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_euid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 11: task_gid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_gid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_gid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_gid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 12: task_egid(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_egid(task_current())) }
--- stap_out
# functions
task_current:long ()
task_egid:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_egid:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 13: task_prio(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_prio(task_current())) }
--- stap_out
# functions
task_current:long ()
task_prio:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_prio:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 14: task_nice(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_nice(task_current())) }
--- stap_out
# functions
task_current:long ()
task_nice:long (task:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_current:long ()
task_nice:long (task:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 15: task_cpu(task_current()) resolves its types
--- args: -p2
--- stap
probe begin { println(task_cpu(task_current())) }
--- stap_out
# functions
task_cpu:long (task:long)
task_current:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
# functions
task_cpu:long (task:long)
  # locals
  ti:long
task_current:long ()
__private__usr_share_systemtap_tapset_linux_task_stp__dwarf_cast_get_cast_2:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_3:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 16: pexecname() resolves its types
--- args: -p2
--- stap
probe begin { println(pexecname()) }
--- stap_out
# functions
pexecname:string ()
# probes
begin /* <- begin */
  # locals
  __stable___global_pexecname__overload_0_value:string
--- stap_err

=== TEST 17: sid() resolves its types
--- args: -p2
--- stap
probe begin { println(sid()) }
--- stap_out
# functions
sid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_sid__overload_0_value:long
--- stap_err

=== TEST 18: pgrp() resolves its types
--- args: -p2
--- stap
probe begin { println(pgrp()) }
--- stap_out
# functions
pgrp:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_pgrp__overload_0_value:long
--- stap_err

=== TEST 19: task_utime() resolves its types
--- args: -p2
--- stap
probe begin { println(task_utime()) }
--- stap_out
# functions
task_utime:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/sched.h>		/* includes asm/cputime.h */
#include <linux/time.h>

/* Kernels since 2.6.37 generally have cputime_to_usecs, but not msecs.
 * (ref: kernel commit d57af9b2142f31a39dcfdeb30776baadfc802827)
 * Yet note some kernels (RHEL6) may already have both...  */
#if defined(cputime_to_usecs)
#if !defined(cputime_to_msecs)
/* On some kernels (android 3.0 kernels), the cputime_to_usecs() macro
 * definition inadvertently had a semicolon on the end. The following
 * should handle versions of that macro with and without the extra
 * semi-colon. */
#define cputime_to_msecs(__ct)					\
	_stp_div64(NULL, ({cputime_to_usecs(__ct);}), 1000ULL)
#endif

/* Kernels before 2.6.37 have cputime_to_msecs, but not usecs. */
#elif defined(cputime_to_msecs)
#define cputime_to_usecs(__ct)		(cputime_to_msecs(__ct) * 1000ULL)

/* RHEL4 (2.6.9) kernels have neither, but it's just jiffies anyway. */
#else
#define cputime_to_msecs(__ct)		jiffies_to_msecs(__ct)
#define cputime_to_usecs(__ct)		jiffies_to_usecs(__ct)
#endif
%}
# functions
task_utime:long ()
# probes
begin /* <- begin */

=== TEST 20: task_stime() resolves its types
--- args: -p2
--- stap
probe begin { println(task_stime()) }
--- stap_out
# functions
task_stime:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/sched.h>		/* includes asm/cputime.h */
#include <linux/time.h>

/* Kernels since 2.6.37 generally have cputime_to_usecs, but not msecs.
 * (ref: kernel commit d57af9b2142f31a39dcfdeb30776baadfc802827)
 * Yet note some kernels (RHEL6) may already have both...  */
#if defined(cputime_to_usecs)
#if !defined(cputime_to_msecs)
/* On some kernels (android 3.0 kernels), the cputime_to_usecs() macro
 * definition inadvertently had a semicolon on the end. The following
 * should handle versions of that macro with and without the extra
 * semi-colon. */
#define cputime_to_msecs(__ct)					\
	_stp_div64(NULL, ({cputime_to_usecs(__ct);}), 1000ULL)
#endif

/* Kernels before 2.6.37 have cputime_to_msecs, but not usecs. */
#elif defined(cputime_to_msecs)
#define cputime_to_usecs(__ct)		(cputime_to_msecs(__ct) * 1000ULL)

/* RHEL4 (2.6.9) kernels have neither, but it's just jiffies anyway. */
#else
#define cputime_to_msecs(__ct)		jiffies_to_msecs(__ct)
#define cputime_to_usecs(__ct)		jiffies_to_usecs(__ct)
#endif
%}
# functions
task_stime:long ()
# probes
begin /* <- begin */

=== TEST 21: task_time_string() resolves its types
--- args: -p2
--- stap
probe begin { println(task_time_string()) }
--- stap_out
# functions
cputime_to_msecs:long (cputime:long)
cputime_to_string:string (cputime:long)
msecs_to_string:string (msecs:long)
task_stime:long ()
task_time_string:string ()
task_utime:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/sched.h>		/* includes asm/cputime.h */
#include <linux/time.h>

/* Kernels since 2.6.37 generally have cputime_to_usecs, but not msecs.
 * (ref: kernel commit d57af9b2142f31a39dcfdeb30776baadfc802827)
 * Yet note some kernels (RHEL6) may already have both...  */
#if defined(cputime_to_usecs)
#if !defined(cputime_to_msecs)
/* On some kernels (android 3.0 kernels), the cputime_to_usecs() macro
 * definition inadvertently had a semicolon on the end. The following
 * should handle versions of that macro with and without the extra
 * semi-colon. */
#define cputime_to_msecs(__ct)					\
	_stp_div64(NULL, ({cputime_to_usecs(__ct);}), 1000ULL)
#endif

/* Kernels before 2.6.37 have cputime_to_msecs, but not usecs. */
#elif defined(cputime_to_msecs)
#define cputime_to_usecs(__ct)		(cputime_to_msecs(__ct) * 1000ULL)

/* RHEL4 (2.6.9) kernels have neither, but it's just jiffies anyway. */
#else
#define cputime_to_msecs(__ct)		jiffies_to_msecs(__ct)
#define cputime_to_usecs(__ct)		jiffies_to_usecs(__ct)
#endif
%}
# functions
cputime_to_msecs:long (cputime:long)
cputime_to_string:string (cputime:long)
msecs_to_string:string (msecs:long)
  # locals
  ms:long
  secs:long
  mins:long
task_stime:long ()
task_time_string:string ()
task_utime:long ()
# probes
begin /* <- begin */

=== TEST 22: cmdline_args(0, 1, ",") resolves its types
--- args: -p2
--- stap
probe begin { println(cmdline_args(0, 1, ",")) }
--- stap_out
# functions
__cmdline_area:long (end:long)
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __start:long
  __end:long
  __nr:long
  __arg:string
strlen:long (s:string)
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __mm:long
  __arg_start:long
  __arg_end:long
  __nr:long
  __arg:string
strlen:long (s:string)
task_current:long ()
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_2:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_3:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 23: cmdline_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(cmdline_arg(1)) }
--- stap_out
# functions
__cmdline_area:long (end:long)
cmdline_arg:string (n:long)
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __start:long
  __end:long
  __nr:long
  __arg:string
strlen:long (s:string)
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
cmdline_arg:string (n:long)
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __mm:long
  __arg_start:long
  __arg_end:long
  __nr:long
  __arg:string
strlen:long (s:string)
task_current:long ()
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_2:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_3:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 24: cmdline_str() resolves its types
--- args: -p2
--- stap
probe begin { println(cmdline_str()) }
--- stap_out
# functions
__cmdline_area:long (end:long)
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __start:long
  __end:long
  __nr:long
  __arg:string
cmdline_str:string ()
strlen:long (s:string)
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#include <linux/version.h>
#include <linux/file.h>
#if LINUX_VERSION_CODE > KERNEL_VERSION(2,6,25)
#include <linux/fdtable.h>
#endif
#if LINUX_VERSION_CODE >= KERNEL_VERSION(3,9,0)
#include <linux/sched/rt.h>
#endif
#ifndef STAPCONF_TASK_UID
#include <linux/cred.h>
#endif
#include <linux/fs_struct.h>
#include <linux/mm.h>
%}
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
cmdline_args:string (n:long, m:long, delim:string)
  # locals
  __args:string
  __mm:long
  __arg_start:long
  __arg_end:long
  __nr:long
  __arg:string
cmdline_str:string ()
strlen:long (s:string)
task_current:long ()
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_0:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_1:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_2:long (pointer:long)
__private__usr_share_systemtap_tapset_linux_task_stpm__dwarf_cast_get_cast_3:long (pointer:long)
# probes
begin /* <- begin */

=== TEST 25: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { x = task_execname(task_current()) + 1; println(x) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected long but found string: identifier 'task_execname' at <input>:1:19
        source: probe begin { x = task_execname(task_current()) + 1; println(x) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 26: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(task_pid("me")) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected string but found long: string 'me' at <input>:1:32
        source: probe begin { println(task_pid("me")) }
                                               ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
