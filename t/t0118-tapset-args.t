# tapsets/registers.stp and context.stp: function arguments by number
# (x86-64), returnval, register/u_register, registers_valid, user_mode,
# is_return, probefunc, ppfunc.  Expected -p2 output is ours; ref_out is
# stap 4.8's where it differs (its register() keeps offset tables in
# globals filled by an init probe, its probefunc() calls symname() and
# usymname(); ours reach the registers in C).  Runtime behaviour is in
# t0303-live-tapset.t.

=== TEST 1: pointer_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(pointer_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
pointer_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
pointer_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 2: int_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(int_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
int_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
int_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 3: uint_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(uint_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
uint_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
uint_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 4: long_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(long_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
long_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
long_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 5: ulong_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(ulong_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
ulong_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
ulong_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 6: longlong_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(longlong_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
  # locals
  lowbits:long
  highbits:long
probing_32bit_app:long ()
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 7: ulonglong_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(ulonglong_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
ulonglong_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
  # locals
  lowbits:long
  highbits:long
probing_32bit_app:long ()
ulonglong_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 8: s32_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(s32_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
int_arg:long (argnum:long)
s32_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
int_arg:long (argnum:long)
s32_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 9: u32_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(u32_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
u32_arg:long (argnum:long)
uint_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
u32_arg:long (argnum:long)
uint_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 10: s64_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(s64_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
s64_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
  # locals
  lowbits:long
  highbits:long
probing_32bit_app:long ()
s64_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 11: u64_arg(1) resolves its types
--- args: -p2
--- stap
probe begin { println(u64_arg(1)) }
--- stap_out
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
u64_arg:long (argnum:long)
ulonglong_arg:long (argnum:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_arg2:long (argnum:long, sign_extend:long, truncate:long, force64:long)
longlong_arg:long (argnum:long)
  # locals
  lowbits:long
  highbits:long
probing_32bit_app:long ()
u64_arg:long (argnum:long)
ulonglong_arg:long (argnum:long)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 12: returnval() resolves its types
--- args: -p2
--- stap
probe begin { println(returnval()) }
--- stap_out
# functions
returnval:long ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define N(a) [a]=#a

static const char * const errlist[] = {
/* from asm-generic/errno-base.h */
[1] = "EPERM",
[2] = "ENOENT",
[3] = "ESRCH",
[4] = "EINTR",
[5] = "EIO",
[6] = "ENXIO",
[7] = "E2BIG",
[8] = "ENOEXEC",
[9] = "EBADF",
[10]= "ECHILD",
[11]= "EAGAIN",
[12]= "ENOMEM",
[13]= "EACCES",
[14]= "EFAULT",
[15]= "ENOTBLK",
[16]= "EBUSY",
[17]= "EEXIST",
[18]= "EXDEV",
[19]= "ENODEV",
[20]= "ENOTDIR",
[21]= "EISDIR",
[22]= "EINVAL",
[23]= "ENFILE",
[24]= "EMFILE",
[25]= "ENOTTY",
[26]= "ETXTBSY",
[27]= "EFBIG",
[28]= "ENOSPC",
[29]= "ESPIPE",
[30]= "EROFS",
[31]= "EMLINK",
[32]= "EPIPE",
[33]= "EDOM",
[34]= "ERANGE",
/* end of errno-base.h */
/* The rest of this is arch-dependent */
#ifdef EDEADLK
	N(EDEADLK),
#endif
#ifdef ENAMETOOLONG
	N(ENAMETOOLONG),
#endif
#ifdef ENOLCK
	N(ENOLCK),
#endif
#ifdef ENOSYS
	N(ENOSYS),
#endif
#ifdef ENOTEMPTY
	N(ENOTEMPTY),
#endif
#ifdef ELOOP
	N(ELOOP),
#endif
#ifdef ENOMSG
	N(ENOMSG),
#endif
#ifdef EIDRM
	N(EIDRM),
#endif
#ifdef ECHRNG
	N(ECHRNG),
#endif
#ifdef EL2NSYNC
	N(EL2NSYNC),
#endif
#ifdef EL3HLT
	N(EL3HLT),
#endif
#ifdef EL3RST
	N(EL3RST),
#endif
#ifdef ELNRNG
	N(ELNRNG),
#endif
#ifdef EUNATCH
	N(EUNATCH),
#endif
#ifdef ENOCSI
	N(ENOCSI),
#endif
#ifdef EL2HLT
	N(EL2HLT),
#endif
#ifdef EBADE
	N(EBADE),
#endif
#ifdef EBADR
	N(EBADR),
#endif
#ifdef EXFULL
	N(EXFULL),
#endif
#ifdef ENOANO
	N(ENOANO),
#endif
#ifdef EBADRQC
	N(EBADRQC),
#endif
#ifdef EBADSLT
	N(EBADSLT),
#endif
#ifdef EBFONT
	N(EBFONT),
#endif
#ifdef ENOSTR
	N(ENOSTR),
#endif
#ifdef ENODATA
	N(ENODATA),
#endif
#ifdef ETIME
	N(ETIME),
#endif
#ifdef ENOSR
	N(ENOSR),
#endif
#ifdef ENONET
	N(ENONET),
#endif
#ifdef ENOPKG
	N(ENOPKG),
#endif
#ifdef EREMOTE
	N(EREMOTE),
#endif
#ifdef ENOLINK
	N(ENOLINK),
#endif
#ifdef EADV
	N(EADV),
#endif
#ifdef ESRMNT
	N(ESRMNT),
#endif
#ifdef ECOMM
	N(ECOMM),
#endif
#ifdef EPROTO
	N(EPROTO),
#endif
#ifdef EMULTIHOP
	N(EMULTIHOP),
#endif
#ifdef EDOTDOT
	N(EDOTDOT),
#endif
#ifdef EBADMSG
	N(EBADMSG),
#endif
#ifdef EOVERFLOW
	N(EOVERFLOW),
#endif
#ifdef ENOTUNIQ
	N(ENOTUNIQ),
#endif
#ifdef EBADFD
	N(EBADFD),
#endif
#ifdef EREMCHG
	N(EREMCHG),
#endif
#ifdef ELIBACC
	N(ELIBACC),
#endif
#ifdef ELIBBAD
	N(ELIBBAD),
#endif
#ifdef ELIBSCN
	N(ELIBSCN),
#endif
#ifdef ELIBMAX
	N(ELIBMAX),
#endif
#ifdef ELIBEXEC
	N(ELIBEXEC),
#endif
#ifdef EILSEQ
	N(EILSEQ),
#endif
#ifdef ERESTART
	N(ERESTART),
#endif
#ifdef ESTRPIPE
	N(ESTRPIPE),
#endif
#ifdef EUSERS
	N(EUSERS),
#endif
#ifdef ENOTSOCK
	N(ENOTSOCK),
#endif
#ifdef EDESTADDRREQ
	N(EDESTADDRREQ),
#endif
#ifdef EMSGSIZE
	N(EMSGSIZE),
#endif
#ifdef EPROTOTYPE
	N(EPROTOTYPE),
#endif
#ifdef ENOPROTOOPT
	N(ENOPROTOOPT),
#endif
#ifdef EPROTONOSUPPORT
	N(EPROTONOSUPPORT),
#endif
#ifdef ESOCKTNOSUPPORT
	N(ESOCKTNOSUPPORT),
#endif
#ifdef EOPNOTSUPP
	N(EOPNOTSUPP),
#endif
#ifdef EPFNOSUPPORT
	N(EPFNOSUPPORT),
#endif
#ifdef EAFNOSUPPORT
	N(EAFNOSUPPORT),
#endif
#ifdef EADDRINUSE
	N(EADDRINUSE),
#endif
#ifdef EADDRNOTAVAIL
	N(EADDRNOTAVAIL),
#endif
#ifdef ENETDOWN
	N(ENETDOWN),
#endif
#ifdef ENETUNREACH
	N(ENETUNREACH),
#endif
#ifdef ENETRESET
	N(ENETRESET),
#endif
#ifdef ECONNABORTED
	N(ECONNABORTED),
#endif
#ifdef ECONNRESET
	N(ECONNRESET),
#endif
#ifdef ENOBUFS
	N(ENOBUFS),
#endif
#ifdef EISCONN
	N(EISCONN),
#endif
#ifdef ENOTCONN
	N(ENOTCONN),
#endif
#ifdef ESHUTDOWN
	N(ESHUTDOWN),
#endif
#ifdef ETOOMANYREFS
	N(ETOOMANYREFS),
#endif
#ifdef ETIMEDOUT
	N(ETIMEDOUT),
#endif
#ifdef ECONNREFUSED
	N(ECONNREFUSED),
#endif
#ifdef EHOSTDOWN
	N(EHOSTDOWN),
#endif
#ifdef EHOSTUNREACH
	N(EHOSTUNREACH),
#endif
#ifdef EALREADY
	N(EALREADY),
#endif
#ifdef EINPROGRESS
	N(EINPROGRESS),
#endif
#ifdef ESTALE
	N(ESTALE),
#endif
#ifdef EUCLEAN
	N(EUCLEAN),
#endif
#ifdef ENOTNAM
	N(ENOTNAM),
#endif
#ifdef ENAVAIL
	N(ENAVAIL),
#endif
#ifdef EISNAM
	N(EISNAM),
#endif
#ifdef EREMOTEIO
	N(EREMOTEIO),
#endif
#ifdef EDQUOT
	N(EDQUOT),
#endif
#ifdef ENOMEDIUM
	N(ENOMEDIUM),
#endif
#ifdef EMEDIUMTYPE
	N(EMEDIUMTYPE),
#endif
#ifdef ECANCELED
	N(ECANCELED),
#endif
#ifdef ENOKEY
	N(ENOKEY),
#endif
#ifdef EKEYEXPIRED
	N(EKEYEXPIRED),
#endif
#ifdef EKEYREVOKED
	N(EKEYREVOKED),
#endif
#ifdef EKEYREJECTED
	N(EKEYREJECTED),
#endif
#ifdef EOWNERDEAD
	N(EOWNERDEAD),
#endif
#ifdef ENOTRECOVERABLE
	N(ENOTRECOVERABLE),
#endif
#if defined (EDEADLOCK) && EDEADLOCK != EDEADLK
	N(EDEADLOCK),
#endif
#ifdef E
	N(EADV),
#endif
};
#undef N
static const int Maxerrno = sizeof(errlist)/sizeof(char *);
%}
%{
static long _stp_returnval(struct pt_regs *regs) {
	if (regs) {
#if defined  (STAPCONF_X86_UNIREGS)  && (defined (__x86_64__) || defined (__i386__))
		return regs->ax;
#elif defined (__i386__)
		return regs->eax;
#elif defined (__x86_64__)
		// TODO: Handle -m32 apps.
		return regs->rax;
#elif defined (__powerpc__)
		return regs->gpr[3];
#elif defined (__ia64__)
		return regs->r8;
#elif defined (__sparc64__)
		return regs->u_regs[UREG_RETPC];
#elif defined (__s390x__)
		return regs->gprs[2];
#elif defined (__aarch64__)
		return regs->regs[0];
#elif defined (__arm__)
		return regs->ARM_r0;
#elif defined (__mips__)
		return regs->regs[2];
#else
		_stp_error("returnval() not defined for this architecture");
		return 0;
#endif
      }
        
      _stp_error("_stp_returnval called with 0"); /* non-crashy assert */
      return 0;}
%}
# functions
returnval:long ()
# probes
begin /* <- begin */

=== TEST 13: register("rax") resolves its types
--- args: -p2
--- stap
probe begin { println(register("rax")) }
--- stap_out
# functions
register:long (name:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_get_register_by_offset:long (offset:long)
_stp_register:long (name:string, sign_extend:long)
  # locals
  reg32:long
  reg16:long
  reg8:long
  offset:long
  value:long
  __stable___global_registers_valid__overload_0_value:long
_stp_sign_extend16:long (value:long)
_stp_sign_extend32:long (value:long)
_stp_sign_extend8:long (value:long)
assert:unknown (expression:long, msg:string)
error:unknown (msg:string)
register:long (name:string)
registers_valid:long ()
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 14: u_register("eax") resolves its types
--- args: -p2
--- stap
probe begin { println(u_register("eax")) }
--- stap_out
# functions
u_register:long (name:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
_stp_get_register_by_offset:long (offset:long)
_stp_register:long (name:string, sign_extend:long)
  # locals
  reg32:long
  reg16:long
  reg8:long
  offset:long
  value:long
  __stable___global_registers_valid__overload_0_value:long
_stp_sign_extend16:long (value:long)
_stp_sign_extend32:long (value:long)
_stp_sign_extend8:long (value:long)
assert:unknown (expression:long, msg:string)
error:unknown (msg:string)
registers_valid:long ()
u_register:long (name:string)
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 15: registers_valid() resolves its types
--- args: -p2
--- stap
probe begin { println(registers_valid()) }
--- stap_out
# functions
registers_valid:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_registers_valid__overload_0_value:long
--- stap_err

=== TEST 16: user_mode() resolves its types
--- args: -p2
--- stap
probe begin { println(user_mode()) }
--- stap_out
# functions
user_mode:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_user_mode__overload_0_value:long
--- stap_err

=== TEST 17: is_return() resolves its types
--- args: -p2
--- stap
probe begin { println(is_return()) }
--- stap_out
# functions
is_return:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_is_return__overload_0_value:long
--- stap_err

=== TEST 18: probefunc() resolves its types
--- args: -p2
--- stap
probe begin { println(probefunc()) }
--- stap_out
# functions
probefunc:string ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
addr:long ()
probefunc:string ()
  # locals
  __stable___global_user_mode__overload_0_value:long
  __stable___global_uaddr__overload_0_value:long
  __stable___global_addr__overload_0_value:long
symname:string (addr:long)
uaddr:long ()
user_mode:long ()
usymname:string (addr:long)
# probes
begin /* <- begin */

=== TEST 19: ppfunc() resolves its types
--- args: -p2
--- stap
probe begin { println(ppfunc()) }
--- stap_out
# functions
ppfunc:string ()
# probes
begin /* <- begin */
  # locals
  __stable___global_ppfunc__overload_0_value:string
--- stap_err

=== TEST 20: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(pointer_arg("1")) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected string but found long: string '1' at <input>:1:35
        source: probe begin { println(pointer_arg("1")) }
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 21: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(register(1)) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected long but found string: number '1' at <input>:1:32
        source: probe begin { println(register(1)) }
                                               ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 22: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(probefunc() + 1) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected long but found string: identifier 'probefunc' at <input>:1:23
        source: probe begin { println(probefunc() + 1) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 23: asmlinkage() and fastcall() change nothing on x86-64: elided, as stap
--- args: -p2
--- stap
probe begin { asmlinkage(); fastcall(); println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding side-effect-free expression : identifier 'asmlinkage' at <input>:1:15
 source: probe begin { asmlinkage(); fastcall(); println(1) }
                       ^
Number of similar warning messages suppressed: 1.
Rerun with -v to see them.
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 24: asmlinkage() and fastcall() resolve their types (-u keeps them)
--- args: -p2 -u
--- stap
probe begin { asmlinkage(); fastcall(); println(1) }
--- stap_out
# functions
asmlinkage:unknown ()
fastcall:unknown ()
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
/* Set to include regparm field in probe context in translate.cxx. */
#ifndef STAP_NEED_REGPARM
#define STAP_NEED_REGPARM 1
#endif
%}
# globals
_reg_offsets[21]:long [string]
_r32_offsets[10]:long [string]
_r16_offsets[13]:long [string]
_r8_offsets[8]:long [string]
# functions
asmlinkage:unknown ()
fastcall:unknown ()
# probes
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 25: addr() resolves its types
--- args: -p2
--- stap
probe begin { println(addr()) }
--- stap_out
# functions
addr:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_addr__overload_0_value:long
--- stap_err

=== TEST 26: uaddr() resolves its types
--- args: -p2
--- stap
probe begin { println(uaddr()) }
--- stap_out
# functions
uaddr:long ()
# probes
begin /* <- begin */
  # locals
  __stable___global_uaddr__overload_0_value:long
--- stap_err

=== TEST 27: symname(addr()) resolves its types
--- args: -p2
--- stap
probe begin { println(symname(addr())) }
--- stap_out
# functions
addr:long ()
symname:string (addr:long)
# probes
begin /* <- begin */
  # locals
  __stable___global_addr__overload_0_value:long
--- stap_err
