# tapsets/ctime.stp, tzinfo.stp and the cputime conversions of task.stp.
# Expected -p2 output is ours; ref_out is stap 4.8's where it differs
# (stap's ctime() is embedded C, ours is the SystemTap language; stap
# does not fold these calls and neither do we).  Values are checked live
# in t0303-live-tapset.t.

=== TEST 1: ctime(0) resolves its types
--- args: -p2
--- stap
probe begin { println(ctime(0)) }
--- stap_out
# functions
ctime:string (epochsecs:long)
  # locals
  __days:long
  __secs:long
  __wday:long
  __z:long
  __era:long
  __doe:long
  __yoe:long
  __doy:long
  __mp:long
  __mday:long
  __mon:long
  __year:long
error:unknown (msg:string)
substr:string (str:string, start:long, length:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
ctime:string (epochsecs:long)
# probes
begin /* <- begin */

=== TEST 2: ctime() resolves its types
--- args: -p2
--- stap
probe begin { println(ctime()) }
--- stap_out
# functions
ctime:string (epochsecs:long)
  # locals
  __days:long
  __secs:long
  __wday:long
  __z:long
  __era:long
  __doe:long
  __yoe:long
  __doy:long
  __mp:long
  __mday:long
  __mon:long
  __year:long
ctime:string ()
error:unknown (msg:string)
gettimeofday_ns:long ()
gettimeofday_s:long ()
substr:string (str:string, start:long, length:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STAP_NEED_GETTIMEOFDAY 1
%}
# functions
ctime:string (epochsecs:long)
ctime:string ()
gettimeofday_ns:long ()
gettimeofday_s:long ()
# probes
begin /* <- begin */

=== TEST 3: tz_ctime(0) resolves its types
--- args: -p2
--- stap
probe begin { println(tz_ctime(0)) }
--- stap_out
# global embedded code
%{
static long _stp_tz_gmtoff;
module_param(_stp_tz_gmtoff, long, 0400);
MODULE_PARM_DESC(_stp_tz_gmtoff, "local time zone: seconds west of UTC");
static char _stp_tz_name[64];
module_param_string(_stp_tz_name, _stp_tz_name, sizeof(_stp_tz_name), 0400);
MODULE_PARM_DESC(_stp_tz_name, "local time zone: its abbreviation");
%}
# functions
ctime:string (epochsecs:long)
  # locals
  __days:long
  __secs:long
  __wday:long
  __z:long
  __era:long
  __doe:long
  __yoe:long
  __doy:long
  __mp:long
  __mday:long
  __mon:long
  __year:long
error:unknown (msg:string)
substr:string (str:string, start:long, length:long)
tz_ctime:string (epochsecs:long)
tz_gmtoff:long ()
tz_name:string ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
ctime:string (epochsecs:long)
tz_ctime:string (epochsecs:long)
tz_gmtoff:long ()
tz_name:string ()
# probes
begin /* <- begin */

=== TEST 4: tz_gmtoff() resolves its types
--- args: -p2
--- stap
probe begin { println(tz_gmtoff()) }
--- stap_out
# global embedded code
%{
static long _stp_tz_gmtoff;
module_param(_stp_tz_gmtoff, long, 0400);
MODULE_PARM_DESC(_stp_tz_gmtoff, "local time zone: seconds west of UTC");
static char _stp_tz_name[64];
module_param_string(_stp_tz_name, _stp_tz_name, sizeof(_stp_tz_name), 0400);
MODULE_PARM_DESC(_stp_tz_name, "local time zone: its abbreviation");
%}
# functions
tz_gmtoff:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
tz_gmtoff:long ()
# probes
begin /* <- begin */

=== TEST 5: tz_name() resolves its types
--- args: -p2
--- stap
probe begin { println(tz_name()) }
--- stap_out
# global embedded code
%{
static long _stp_tz_gmtoff;
module_param(_stp_tz_gmtoff, long, 0400);
MODULE_PARM_DESC(_stp_tz_gmtoff, "local time zone: seconds west of UTC");
static char _stp_tz_name[64];
module_param_string(_stp_tz_name, _stp_tz_name, sizeof(_stp_tz_name), 0400);
MODULE_PARM_DESC(_stp_tz_name, "local time zone: its abbreviation");
%}
# functions
tz_name:string ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
tz_name:string ()
# probes
begin /* <- begin */

=== TEST 6: cputime_to_usecs(1000) resolves its types
--- args: -p2
--- stap
probe begin { println(cputime_to_usecs(1000)) }
--- stap_out
# functions
cputime_to_usecs:long (cputime:long)
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
cputime_to_usecs:long (cputime:long)
# probes
begin /* <- begin */

=== TEST 7: cputime_to_msecs(1000000) resolves its types
--- args: -p2
--- stap
probe begin { println(cputime_to_msecs(1000000)) }
--- stap_out
# functions
cputime_to_msecs:long (cputime:long)
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
# probes
begin /* <- begin */

=== TEST 8: cputime_to_string(1000000) resolves its types
--- args: -p2
--- stap
probe begin { println(cputime_to_string(1000000)) }
--- stap_out
# functions
cputime_to_msecs:long (cputime:long)
cputime_to_string:string (cputime:long)
msecs_to_string:string (msecs:long)
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
# probes
begin /* <- begin */

=== TEST 9: msecs_to_string(1) resolves its types
--- args: -p2
--- stap
probe begin { println(msecs_to_string(1)) }
--- stap_out
# functions
msecs_to_string:string (msecs:long)
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
msecs_to_string:string (msecs:long)
  # locals
  ms:long
  secs:long
  mins:long
# probes
begin /* <- begin */

=== TEST 10: usecs_to_string(1) resolves its types
--- args: -p2
--- stap
probe begin { println(usecs_to_string(1)) }
--- stap_out
# functions
usecs_to_string:string (usecs:long)
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
usecs_to_string:string (usecs:long)
  # locals
  us:long
  secs:long
  mins:long
# probes
begin /* <- begin */

=== TEST 11: nsecs_to_string(1) resolves its types
--- args: -p2
--- stap
probe begin { println(nsecs_to_string(1)) }
--- stap_out
# functions
nsecs_to_string:string (nsecs:long)
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
nsecs_to_string:string (nsecs:long)
  # locals
  ns:long
  secs:long
  mins:long
# probes
begin /* <- begin */

=== TEST 12: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(ctime("now")) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected string but found long: string 'now' at <input>:1:29
        source: probe begin { println(ctime("now")) }
                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
