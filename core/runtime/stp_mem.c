// SPDX-License-Identifier: GPL-2.0
/*
 * stp_mem.c - fault-safe reads of kernel and user memory, the probe's
 * registers and function arguments, and the symbol at an address.
 *
 * A probe may fire anywhere (interrupts off, maybe in NMI), so memory is
 * never touched directly: every read goes through copy_from_kernel_nofault()
 * or copy_from_user_nofault(), which fail with -EFAULT instead of faulting
 * (and refuse user addresses for kernel reads and the other way round).
 * The kernel's strncpy_from_*_nofault() are not exported to modules, so
 * strings are copied in chunks that never cross a page the string does
 * not reach: a string that ends just before an unmapped page is not a
 * fault.
 *
 * Errors carry SystemTap 4.8's texts ("... [man error::fault]"), set with
 * stp_errorf() on the context; the tapsets choose which text and when.
 */
#include <linux/uaccess.h>
#include <linux/kallsyms.h>
#include <linux/ptrace.h>
#include <linux/cred.h>
#include <linux/user_namespace.h>
#include <linux/pid_namespace.h>
#include <linux/sched/signal.h>
#include <linux/sched/prio.h>

/* Read 'len' bytes of kernel memory at 'addr': 0, or -EFAULT. */
static int stp_kread(void *dst, unsigned long addr, size_t len)
{
	return copy_from_kernel_nofault(dst, (const void *)addr, len) ?
	       -EFAULT : 0;
}

/* Read 'len' bytes of the current process's memory at 'addr'. */
static int stp_uread(void *dst, unsigned long addr, size_t len)
{
	return copy_from_user_nofault(dst, (const void __user *)addr, len) ?
	       -EFAULT : 0;
}

/*
 * Copy the string at 'addr' into dst[n] (n >= 1), at most n - 1 bytes
 * and always NUL-terminated.  Returns the length copied, or -EFAULT (dst
 * then holds ""). 'user' picks the address space.
 */
static long stp_read_string(char *dst, unsigned long addr, long n, bool user)
{
	long len = 0;

	if (n < 1)
		return 0;
	dst[0] = '\0';
	while (len < n - 1) {
		unsigned long a = addr + len;
		long chunk = min_t(long, n - 1 - len,
				   PAGE_SIZE - (a & ~PAGE_MASK));
		char *nul;
		int rc = user ? stp_uread(dst + len, a, chunk) :
				stp_kread(dst + len, a, chunk);

		if (rc) {
			dst[0] = '\0';
			return -EFAULT;
		}
		nul = memchr(dst + len, '\0', chunk);
		if (nul)
			return nul - dst;
		len += chunk;
	}
	dst[len] = '\0';
	return len;
}

static long stp_kstring(char *dst, unsigned long addr, long n)
{
	return stp_read_string(dst, addr, n, false);
}

static long stp_ustring(char *dst, unsigned long addr, long n)
{
	return stp_read_string(dst, addr, n, true);
}

/* A warning on stderr ("WARNING: ..."), the run goes on. */
static __printf(1, 2) void stp_warnf(const char *fmt, ...)
{
	char buf[STP_MSGLEN];
	va_list ap;

	va_start(ap, fmt);
	vscnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	stp_transport_msg("WARNING: %s", buf);
}

/*
 * Read a 1, 2, 4 or 8 byte integer at 'addr' into *v, sign-extended when
 * 'is_signed': 0, or -EFAULT (*v is then 0).  The caller picks the text.
 */
static int stp_read_int(s64 *v, unsigned long addr, int size, bool is_signed,
			bool user)
{
	union { u8 b; u16 h; u32 w; u64 q; } u = { .q = 0 };
	int rc = user ? stp_uread(&u, addr, size) : stp_kread(&u, addr, size);

	switch (rc ? 0 : size) {
	case 0: *v = 0; break;
	case 1: *v = is_signed ? (s64)(s8)u.b : (s64)u.b; break;
	case 2: *v = is_signed ? (s64)(s16)u.h : (s64)u.h; break;
	case 4: *v = is_signed ? (s64)(s32)u.w : (s64)u.w; break;
	default: *v = (s64)u.q; break;
	}
	return rc;
}

/* stap's text for a failed read of a script's pointer (loc2c's). */
static void stp_read_fault(struct stp_context *c, unsigned long addr)
{
	stp_errorf(c, "read fault [man error::fault] at 0x%lx", addr);
}

/* ---- registers ---- */

/* The probe's registers are user registers when it interrupted user code
 * (a uprobe, or a sample taken in user mode), as stap's user_mode_p. */
static bool stp_user_mode(const struct stp_context *c)
{
	return c->regs && user_mode(c->regs);
}

#ifdef CONFIG_X86_64
/* Register names as stap's register(): 64, 32, 16 and 8-bit views. */
static const struct stp_reg {
	const char *name;
	unsigned short off;	/* offset in struct pt_regs */
	unsigned char size;	/* bytes of the view */
	unsigned char shift;	/* bits: ah/bh/ch/dh */
} stp_regs_table[] = {
#define R(n, f, s, sh) { n, offsetof(struct pt_regs, f), s, sh }
	R("r15", r15, 8, 0), R("r14", r14, 8, 0), R("r13", r13, 8, 0),
	R("r12", r12, 8, 0), R("rbp", bp, 8, 0), R("rbx", bx, 8, 0),
	R("r11", r11, 8, 0), R("r10", r10, 8, 0), R("r9", r9, 8, 0),
	R("r8", r8, 8, 0), R("rax", ax, 8, 0), R("rcx", cx, 8, 0),
	R("rdx", dx, 8, 0), R("rsi", si, 8, 0), R("rdi", di, 8, 0),
	R("orig_rax", orig_ax, 8, 0), R("rip", ip, 8, 0),
	R("xcs", cs, 8, 0), R("eflags", flags, 8, 0), R("rsp", sp, 8, 0),
	R("xss", ss, 8, 0),
	R("ebp", bp, 4, 0), R("ebx", bx, 4, 0), R("eax", ax, 4, 0),
	R("ecx", cx, 4, 0), R("edx", dx, 4, 0), R("esi", si, 4, 0),
	R("edi", di, 4, 0), R("orig_eax", orig_ax, 4, 0), R("eip", ip, 4, 0),
	R("esp", sp, 4, 0),
	R("bp", bp, 2, 0), R("bx", bx, 2, 0), R("ax", ax, 2, 0),
	R("cx", cx, 2, 0), R("dx", dx, 2, 0), R("si", si, 2, 0),
	R("di", di, 2, 0), R("orig_ax", orig_ax, 2, 0), R("ip", ip, 2, 0),
	R("cs", cs, 2, 0), R("flags", flags, 2, 0), R("sp", sp, 2, 0),
	R("ss", ss, 2, 0),
	R("al", ax, 1, 0), R("ah", ax, 1, 8), R("bl", bx, 1, 0),
	R("bh", bx, 1, 8), R("cl", cx, 1, 0), R("ch", cx, 1, 8),
	R("dl", dx, 1, 0), R("dh", dx, 1, 8),
#undef R
};

/* The x86-64 calling convention: the first six integer arguments. */
static const unsigned short stp_arg_regs[] = {
	offsetof(struct pt_regs, di), offsetof(struct pt_regs, si),
	offsetof(struct pt_regs, dx), offsetof(struct pt_regs, cx),
	offsetof(struct pt_regs, r8), offsetof(struct pt_regs, r9),
};

static unsigned long stp_reg_at(const struct pt_regs *regs, unsigned off)
{
	return *(const unsigned long *)((const char *)regs + off);
}

/* register("name"): the value, sign-extended or not from its width. */
static s64 stp_register(struct stp_context *c, const char *name,
			bool sign_extend)
{
	const struct stp_reg *r;
	u64 v;

	if (!c->regs) {
		stp_errorf(c, "cannot access CPU registers in this context");
		return 0;
	}
	for (r = stp_regs_table; r < stp_regs_table + ARRAY_SIZE(stp_regs_table); r++)
		if (!strcmp(r->name, name))
			break;
	if (r == stp_regs_table + ARRAY_SIZE(stp_regs_table)) {
		stp_errorf(c, "Unknown register: %s", name);
		return 0;
	}
	v = stp_reg_at(c->regs, r->off) >> r->shift;
	switch (r->size) {
	case 1: return sign_extend ? (s64)(s8)v : (s64)(u8)v;
	case 2: return sign_extend ? (s64)(s16)v : (s64)(u16)v;
	case 4: return sign_extend ? (s64)(s32)v : (s64)(u32)v;
	default: return (s64)v;
	}
}

/*
 * Function argument 'n' (1-based) at a function's entry: a register for
 * the first six, then the stack (stack[0] is the return address).  As
 * stap's _stp_arg2: 'truncate' keeps 32 bits, sign-extended or not.
 */
static s64 stp_arg(struct stp_context *c, s64 n, bool sign_extend,
		   bool truncate)
{
	struct pt_regs *regs = c->regs;
	unsigned long val, at;

	if (!regs) {
		stp_errorf(c, "cannot access function args in this context");
		return 0;
	}
	if (n < 1) {
		stp_errorf(c, "cannot access arg(%lld)", (long long)n);
		return 0;
	}
	if (n <= ARRAY_SIZE(stp_arg_regs)) {
		val = stp_reg_at(regs, stp_arg_regs[n - 1]);
	} else {
		at = regs->sp + (n - ARRAY_SIZE(stp_arg_regs)) * sizeof(long);
		if (user_mode(regs)) {
			if (stp_uread(&val, at, sizeof(val))) {
				stp_warnf("cannot access arg(%lld) at user stack address %p\n",
					  (long long)n, (void *)at);
				return 0;
			}
		} else if (stp_kread(&val, at, sizeof(val))) {
			stp_errorf(c, "kernel fault at %#lx accessing arg(%lld)",
				   at, (long long)n);
			return 0;
		}
	}
	if (truncate)
		return sign_extend ? (s64)(s32)val : (s64)(u32)val;
	return (s64)val;
}

/* The return value register (rax) at a .return probe. */
static s64 stp_returnval(struct stp_context *c)
{
	if (!c->regs) {
		stp_errorf(c, "returnval() not defined in this context %s",
			   c->probe->pp);
		return 0;
	}
	return (s64)regs_return_value(c->regs);
}
#else
static s64 stp_register(struct stp_context *c, const char *name,
			bool sign_extend)
{
	stp_errorf(c, "register() is not supported on this architecture");
	return 0;
}

static s64 stp_arg(struct stp_context *c, s64 n, bool sign_extend,
		   bool truncate)
{
	stp_errorf(c, "function arguments are not supported on this architecture");
	return 0;
}

static s64 stp_returnval(struct stp_context *c)
{
	if (!c->regs) {
		stp_errorf(c, "returnval() not defined in this context %s",
			   c->probe->pp);
		return 0;
	}
	return (s64)regs_return_value(c->regs);
}
#endif

/*
 * The name of the kernel symbol that holds 'addr', or stap's "0x..." when
 * there is none (kallsyms adds " [module]" for module symbols: dropped).
 */
static void stp_symname(char *dst, size_t n, unsigned long addr)
{
	char buf[KSYM_SYMBOL_LEN];
	char *sp;

	sprint_symbol_no_offset(buf, addr);
	sp = strchr(buf, ' ');
	if (sp)
		*sp = '\0';
	strscpy(dst, buf, n);
}

/*
 * The value of the kernel object 'p' points at (a field of a structure a
 * script holds by address, like a task_struct), read fault-safely; on a
 * fault, stap's "read fault" error and 0.  Taking the field's address
 * does not touch memory.
 */
#define stp_kfield(c, p)						\
	({								\
		typeof(*(p)) _v;					\
		memset(&_v, 0, sizeof(_v));				\
		if (stp_kread(&_v, (unsigned long)(p), sizeof(_v)))	\
			stp_read_fault((c), (unsigned long)(p));	\
		(s64)(unsigned long)_v;					\
	})

/* Whether 'len' bytes at kernel address 'addr' can be read (the first
 * and the last byte: kernel objects are contiguous). */
static bool stp_kreadable(unsigned long addr, size_t len)
{
	char b;

	return !stp_kread(&b, addr, 1) && !stp_kread(&b, addr + len - 1, 1);
}

/*
 * The real credentials of the task_struct at 'task', checked readable
 * with their user namespace (the task_uid() family maps ids through
 * it, as stap): NULL and stap's read fault for a bad task.
 */
static const struct cred *stp_task_cred(struct stp_context *c, s64 task)
{
	struct task_struct *t = (void *)(unsigned long)task;
	const struct cred *cr;
	struct user_namespace *ns;

	cr = (void *)(unsigned long)stp_kfield(c, &t->real_cred);
	if (c->last_error)
		return NULL;
	if (!stp_kreadable((unsigned long)cr, sizeof(*cr))) {
		stp_read_fault(c, (unsigned long)cr);
		return NULL;
	}
	ns = (void *)(unsigned long)stp_kfield(c, (struct user_namespace **)&cr->user_ns);
	if (c->last_error)
		return NULL;
	if (!stp_kreadable((unsigned long)ns, sizeof(*ns))) {
		stp_read_fault(c, (unsigned long)ns);
		return NULL;
	}
	return cr;
}
