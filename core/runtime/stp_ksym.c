// SPDX-License-Identifier: GPL-2.0
/*
 * stp_ksym.c - kernel addresses to symbols, and kernel backtraces:
 * symdata(), modname(), symfileline(), backtrace(), print_backtrace(),
 * stack(), callers() (tapsets/context-symbols.stp, context-unwind.stp).
 *
 * Pass 3 (core/usyms.c) includes this file when the script calls a
 * function whose embedded C carries pragma:ksym; stp_unwind.c includes
 * it too, for the format flags below.
 *
 * Symbols come from the running kernel's kallsyms through the exported
 * sprint_symbol() ("name+0xoff/0xsize [mod]"), so module symbols are
 * known without -d.  The core kernel's module name is "kernel", as
 * stap's.  There is no kernel line table (no kernel debuginfo): the
 * file and line formats fall back as stap's do when it lacks them.
 *
 * Backtraces use the kernel's own unwinder (ORC on Debian's kernels,
 * __unwind_start/unwind_next_frame, exported GPL), which reads the stack
 * within its bounds only (never faults) and recovers kretprobe return
 * addresses: from the probe's registers when the probe has kernel ones
 * (kprobes, kretprobes, timer and perf ticks in the kernel: the probed
 * PC first), else from the handler's own frame with this module's frames
 * left out (begin, end, tracepoints, uprobes).  A timer or perf tick in
 * user mode gives the user PC alone, as stap.
 */
#ifndef STP_KSYM_C
#define STP_KSYM_C

#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/percpu.h>
#include <asm/unwind.h>

#ifndef MAXBACKTRACE
#define MAXBACKTRACE 20
#endif

/* stap's _STP_SYM_* flags (runtime/sym.h): they pick the format */
#define STP_SYM_SYMBOL		1
#define STP_SYM_HEX_SYMBOL	2
#define STP_SYM_MODULE		4
#define STP_SYM_OFFSET		8
#define STP_SYM_SIZE		16
#define STP_SYM_PRE_SPACE	64
#define STP_SYM_POST_SPACE	128
#define STP_SYM_NEWLINE		256
#define STP_SYM_MODULE_BASENAME	512
#define STP_SYM_LINENUMBER	1024
#define STP_SYM_FILENAME	2048
#define STP_SYM_NONE	(STP_SYM_POST_SPACE)
#define STP_SYM_BRIEF	(STP_SYM_SYMBOL | STP_SYM_OFFSET | STP_SYM_NEWLINE)
#define STP_SYM_FULL	(STP_SYM_SYMBOL | STP_SYM_HEX_SYMBOL | STP_SYM_MODULE | \
			 STP_SYM_OFFSET | STP_SYM_SIZE | STP_SYM_PRE_SPACE | \
			 STP_SYM_NEWLINE)
#define STP_SYM_FULLER	(STP_SYM_FULL | STP_SYM_FILENAME | STP_SYM_LINENUMBER)
#define STP_SYM_SIMPLE	(STP_SYM_SYMBOL | STP_SYM_MODULE | STP_SYM_MODULE_BASENAME | \
			 STP_SYM_OFFSET | STP_SYM_NEWLINE)
#define STP_SYM_DATA	(STP_SYM_SYMBOL | STP_SYM_MODULE | STP_SYM_OFFSET | \
			 STP_SYM_SIZE)

/* What one address resolved to; any part may be missing (NULL, 0). */
struct stp_addrinfo {
	const char *name, *mod, *file;
	unsigned long off, size, line;
};

/*
 * stap's _stp_snprint_addr: one address in the format 'flags' picks
 * (the same for kernel and user addresses), "0x..." when its parts are
 * missing.
 */
static int stp_addr_fmt(char *buf, size_t len, unsigned long addr, int flags,
			const struct stp_addrinfo *a)
{
	const char *pre = flags & STP_SYM_PRE_SPACE ? " " : "";
	const char *post = flags & STP_SYM_POST_SPACE ? " " :
			   flags & STP_SYM_NEWLINE ? "\n" : "";
	const char *name = a->name, *mod = a->mod, *file = a->file;
	unsigned long off = a->off, size = a->size, line = a->line;

	switch (flags) {
	case STP_SYM_SYMBOL:
		if (name)
			return snprintf(buf, len, "%s%s%s", pre, name, post);
		break;
	case STP_SYM_FILENAME:
		if (file)
			return snprintf(buf, len, "%s%s%s", pre, file, post);
		break;
	case STP_SYM_LINENUMBER:
		if (line)
			return snprintf(buf, len, "%s%lu%s", pre, line, post);
		break;
	case STP_SYM_FILENAME | STP_SYM_LINENUMBER:
		if (file && line)
			return snprintf(buf, len, "%s%s:%lu%s", pre, file, line, post);
		if (file)
			return snprintf(buf, len, "%s%s%s", pre, file, post);
		if (line)
			return snprintf(buf, len, "%s??:%lu%s", pre, line, post);
		break;
	case STP_SYM_BRIEF:
		if (name)
			return snprintf(buf, len, "%s%s+%#lx%s", pre, name, off, post);
		break;
	case STP_SYM_SIMPLE:
		if (name && mod)
			return snprintf(buf, len, "%s%s+%#lx [%s]%s", pre, name, off,
					mod, post);
		if (name)
			return snprintf(buf, len, "%s%s+%#lx%s", pre, name, off, post);
		if (mod)
			return snprintf(buf, len, "%s%#lx [%s+%#lx]%s", pre, addr,
					mod, off, post);
		break;
	case STP_SYM_DATA:
		if (name && mod)
			return snprintf(buf, len, "%s%s+%#lx/%#lx [%s]%s", pre, name,
					off, size, mod, post);
		if (name)
			return snprintf(buf, len, "%s%s+%#lx/%#lx%s", pre, name, off,
					size, post);
		if (mod)
			return snprintf(buf, len, "%s%#lx [%s+%#lx/%#lx]%s", pre,
					addr, mod, off, size, post);
		break;
	case STP_SYM_FULLER:
		if (file && (name || mod)) {
			char at[24] = "";

			if (line)
				snprintf(at, sizeof(at), ":%lu", line);
			if (name && mod)
				return snprintf(buf, len, "%s%#lx : %s+%#lx/%#lx at %s%s [%s]%s",
						pre, addr, name, off, size, file, at,
						mod, post);
			if (name)
				return snprintf(buf, len, "%s%#lx : %s+%#lx/%#lx at %s%s%s",
						pre, addr, name, off, size, file, at,
						post);
			return snprintf(buf, len, "%s%#lx [%s+%#lx/%#lx] at %s%s%s", pre,
					addr, mod, off, size, file, at, post);
		}
		fallthrough;
	case STP_SYM_FULL:
		if (name && mod)
			return snprintf(buf, len, "%s%#lx : %s+%#lx/%#lx [%s]%s", pre,
					addr, name, off, size, mod, post);
		if (name)
			return snprintf(buf, len, "%s%#lx : %s+%#lx/%#lx%s", pre, addr,
					name, off, size, post);
		if (mod)
			return snprintf(buf, len, "%s%#lx [%s+%#lx/%#lx]%s", pre, addr,
					mod, off, size, post);
		break;
	}
	return snprintf(buf, len, "%s%#lx%s", pre, addr, post);
}

/* kallsyms' "name+0xoff/0xsize [mod]" in 'sym', cut into its parts. */
static void stp_ksym_parse(char *sym, struct stp_addrinfo *a)
{
	char *slash, *plus, *mod;
	size_t n = strlen(sym);

	memset(a, 0, sizeof(*a));
	if (!strncmp(sym, "0x", 2))
		return;		/* sprint_symbol found nothing */
	mod = strstr(sym, " [");
	if (mod && n && sym[n - 1] == ']') {
		sym[n - 1] = '\0';
		*mod = '\0';
		a->mod = mod + 2;
	}
	slash = strrchr(sym, '/');
	plus = slash ? strrchr(sym, '+') : NULL;
	if (!plus || plus > slash)
		return;
	*slash = *plus = '\0';
	if (kstrtoul(plus + 1, 16, &a->off) || kstrtoul(slash + 1, 16, &a->size))
		return;
	a->name = sym[0] == '.' ? sym + 1 : sym;
	if (!a->mod)
		a->mod = "kernel";
}

/* sprint_symbol()'s output (some 700 bytes): per CPU, not on the
 * probe's stack; a CPU runs one handler at a time. */
struct stp_ksym_buf {
	char sym[KSYM_SYMBOL_LEN];
};
static DEFINE_PER_CPU(struct stp_ksym_buf, stp_ksym_bufs);

/* One kernel address formatted as 'flags'. */
static int stp_ksym_fmt(char *buf, size_t len, unsigned long addr, int flags)
{
	char *sym = this_cpu_ptr(&stp_ksym_bufs)->sym;
	struct stp_addrinfo a = { NULL };

	if (flags & (STP_SYM_SYMBOL | STP_SYM_MODULE)) {
		sprint_symbol(sym, addr);
		stp_ksym_parse(sym, &a);
	}
	if (a.mod && (flags & STP_SYM_MODULE_BASENAME) && strrchr(a.mod, '/'))
		a.mod = strrchr(a.mod, '/') + 1;
	return stp_addr_fmt(buf, len, addr, flags, &a);
}

/* symname(), symdata(), symfileline() and co: into a script string. */
static void stp_ksym_str(char *dst, unsigned long addr, int flags)
{
	stp_ksym_fmt(dst, MAXSTRINGLEN, addr, flags);
}

/* modname(): "kernel", the module's name, or NULL when addr is in none. */
static bool stp_kmodname(char *dst, unsigned long addr)
{
	char *sym = this_cpu_ptr(&stp_ksym_bufs)->sym;
	struct stp_addrinfo a;

	sprint_symbol(sym, addr);
	stp_ksym_parse(sym, &a);
	if (!a.mod)
		return false;
	strscpy(dst, a.mod, MAXSTRINGLEN);
	return true;
}

/* ---- backtraces ---- */

struct stp_kbt {
	unsigned long pcs[MAXBACKTRACE];
	int n;
	char line[KSYM_SYMBOL_LEN + 64];
};
static DEFINE_PER_CPU(struct stp_kbt, stp_kbts);

/* The kernel PCs of the probe's stack, innermost first, into b->pcs. */
static void stp_kbt_collect(struct stp_context *c, struct stp_kbt *b)
{
	struct pt_regs *regs = c->regs;
	struct unwind_state st;
	unsigned long pc;

	b->n = 0;
	/* as stap: a uprobe has no kernel registers (the walk from here
	 * shows the kernel path that ran it); a tick in user mode gives
	 * the user PC alone */
	if (regs && user_mode(regs) && (c->probe->kind == STP_PROBE_UPROBE ||
					c->probe->kind == STP_PROBE_URETPROBE))
		regs = NULL;
	if (regs && user_mode(regs)) {
		b->pcs[b->n++] = instruction_pointer(regs);
		return;
	}
	if (regs)
		b->pcs[b->n++] = instruction_pointer(regs);
	for (unwind_start(&st, current, regs, NULL);
	     !unwind_done(&st) && b->n < MAXBACKTRACE; unwind_next_frame(&st)) {
		pc = unwind_get_return_address(&st);
		if (!pc)
			break;
		/* no registers: the walk starts in this module's code */
		if (!regs && !b->n && within_module(pc, THIS_MODULE))
			continue;
		b->pcs[b->n++] = pc;
	}
}

/* A kretprobe's probed function, for print_backtrace()'s header. */
static unsigned long stp_kbt_retfrom(struct stp_context *c)
{
	int i;

	if (c->probe->kind != STP_PROBE_KRETPROBE)
		return 0;
	for (i = 0; i < stp_nkprobes; i++)
		if (stp_kprobes[i].probe == c->probe)
			return (unsigned long)stp_kprobes[i].u.krp.kp.addr;
	return 0;
}

/* Append one line to dst (MAXSTRINGLEN, cut as stap's) or print it. */
static void stp_kbt_put(struct stp_context *c, char *dst, size_t *used,
			const char *s, int n)
{
	if (!dst) {
		stp_print_str(c, s);
		return;
	}
	n = min_t(int, n, MAXSTRINGLEN - 1 - (int)*used);
	if (n <= 0)
		return;
	memcpy(dst + *used, s, n);
	*used += n;
	dst[*used] = '\0';
}

/*
 * backtrace() (STP_SYM_NONE: "0x... 0x... "), print_backtrace() and
 * sprint_backtrace(): into dst or, with dst NULL, to the output.  At a
 * .return the full formats first name the function returned from, as
 * stap's "Returning from: ... Returning to  : ...".
 */
static void stp_kbt_emit(struct stp_context *c, char *dst, int flags)
{
	struct stp_kbt *b = this_cpu_ptr(&stp_kbts);
	unsigned long from = stp_kbt_retfrom(c);
	size_t used = 0;
	int i, n;

	if (dst)
		dst[0] = '\0';
	stp_kbt_collect(c, b);
	if (from && (flags & STP_SYM_FULL) == STP_SYM_FULL) {
		stp_kbt_put(c, dst, &used, "Returning from: ", 16);
		n = stp_ksym_fmt(b->line, sizeof(b->line), from, flags);
		stp_kbt_put(c, dst, &used, b->line, min_t(int, n, sizeof(b->line) - 1));
		stp_kbt_put(c, dst, &used, "Returning to  : ", 16);
	}
	for (i = 0; i < b->n; i++) {
		n = stp_ksym_fmt(b->line, sizeof(b->line), b->pcs[i], flags);
		stp_kbt_put(c, dst, &used, b->line, min_t(int, n, sizeof(b->line) - 1));
	}
}

/* stack(n): the n-th PC of the backtrace, 0 past its end. */
static unsigned long stp_kstack_get(struct stp_context *c, long n)
{
	struct stp_kbt *b = this_cpu_ptr(&stp_kbts);

	if (n < 0 || n >= MAXBACKTRACE)
		return 0;
	stp_kbt_collect(c, b);
	return n < b->n ? b->pcs[n] : 0;
}

/*
 * callers(n) in one walk: the first n + 1 PCs (all with -1) as "0x%x",
 * space-separated, whole ones only up to MAXSTRINGLEN, into dst (NULL:
 * none); the walk's depth in *depth, for the tapset's error.
 */
static void stp_kcallers(struct stp_context *c, char *dst, long n, long *depth)
{
	struct stp_kbt *b = this_cpu_ptr(&stp_kbts);
	size_t used = 0, total = 0;
	int i;

	stp_kbt_collect(c, b);
	*depth = b->n;
	if (!dst)
		return;
	dst[0] = '\0';
	for (i = 0; i < b->n && (n == -1 || i <= n); i++) {
		char piece[24];
		int len = snprintf(piece, sizeof(piece), "%s%#lx", i ? " " : "",
				   b->pcs[i]);

		total += len;
		if (total > MAXSTRINGLEN)
			break;
		stp_kbt_put(c, dst, &used, piece, len);
	}
}

#endif /* STP_KSYM_C */
