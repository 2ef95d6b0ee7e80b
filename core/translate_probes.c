/* translate_probes.c - pass 3, per probe kind: the runtime's probe-table
 * row of each resolved probe, and the target variables a kind provides
 * ($value in procfs probes, $NAME arguments of tracepoints).
 *
 * translate.c calls tprobe_row() once per probe and tprobe_target() /
 * tprobe_target_store() for an ND_TARGET; everything here is kind-
 * specific, so a new kind touches this file and core/runtime/ only.
 * One table maps the resolved point's first component to its row maker.
 */
#include "stap.h"

#include <string.h>

void tr_error(Session *s, const Token *tok, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = xvfmt(fmt, ap);
	va_end(ap);
	diag(s, "semantic error", "at", tok, "%s", m);
}

/* A C string literal (the row's strings come from the script). */
static const char *c_str(const char *s)
{
	return c_string_lit(s, strlen(s));
}

/* Was the probe reached through the alias named `name` ("timer.profile")? */
static bool via_alias(const Probe *p, const char *name)
{
	for (int i = 0; i < p->via.len; i++) {
		const Node *a = p->via.data[i];
		for (const Node *pt = a->list2; pt; pt = pt->next) {
			Buf b = {0};
			pp_print(&b, pt, false, NULL);
			if (!strcmp(buf_str(&b), name))
				return true;
		}
	}
	return false;
}

static bool is_procfs(const Probe *p)
{
	return p->point && p->point->list && !strcmp(p->point->list->name, "procfs") && p->str;
}

/* ---- rows, one maker per kind ---- */

typedef bool RowFn(Session *s, const Program *P, const Probe *p, Buf *row);

static bool row_seq(const char *id, const Probe *p, Buf *row)
{
	buf_printf(row, ".kind = %s, .seq = %lld", id, (long long)p->num[0]);
	return true;
}

static bool row_begin(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	return row_seq("STP_PROBE_BEGIN", p, row);
}

static bool row_end(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	return row_seq("STP_PROBE_END", p, row);
}

static bool row_error(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	return row_seq("STP_PROBE_ERROR", p, row);
}

static bool row_never(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	return row_seq("STP_PROBE_NEVER", p, row);
}

static bool row_timer(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	const Node *c1 = p->point->list->next;
	if (c1 && !strcmp(c1->name, "jiffies"))
		buf_printf(row, ".kind = STP_PROBE_TIMER, .period_ns = %lldULL * (NSEC_PER_SEC / HZ), "
			   ".randomize_ns = %lldULL * (NSEC_PER_SEC / HZ)",
			   (long long)p->num[0], (long long)p->num[1]);
	else
		buf_printf(row, ".kind = STP_PROBE_TIMER, .period_ns = %lldULL, .randomize_ns = %lldULL",
			   (long long)p->num[0], (long long)p->num[1]);
	return true;
}

/* perf.type(T).config(C).sample(N); timer.profile (an alias of the
 * cpu-clock) is an hrtimer on every CPU instead, as stap's own kind. */
static bool row_perf(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)P;
	if (via_alias(p, "timer.profile")) {
		buf_printf(row, ".kind = STP_PROBE_PROFILE, .period_ns = %lldULL", (long long)p->num[2]);
		return true;
	}
	if (p->str) {
		tr_error(s, p->tok, "perf probes on a process (.process(\"%s\")) are not supported by the translator yet",
		     p->str);
		return false;
	}
	buf_printf(row, ".kind = STP_PROBE_PERF, .perf_type = %lldU, .perf_config = %lldULL, "
		   ".sample_period = %lldULL",
		   (long long)p->num[0], (long long)p->num[1], (long long)p->num[2]);
	return true;
}

/* The file's mode, as stap 4.8 computes it: the read probe's (0444 less
 * its umask, 0400 without one) or'ed with the first write probe's (0222
 * less its umask, 0200 without one). */
static int procfs_mode(const Program *P, const char *path)
{
	int rmode = 0, wmode = -1;
	for (int i = 0; i < P->probes.len; i++) {
		const Probe *q = P->probes.data[i];
		if (!is_procfs(q) || strcmp(q->str, path))
			continue;
		bool um = q->num[2] >= 0;
		if (!q->num[0])
			rmode = um ? 0444 & ~(int)q->num[2] : 0400;
		else if (wmode < 0)
			wmode = um ? 0222 & ~(int)q->num[2] : 0200;
	}
	return (rmode | (wmode < 0 ? 0 : wmode)) & 0777;
}

static bool row_procfs(Session *s, const Program *P, const Probe *p, Buf *row)
{
	/* two read probes on one file: stap refuses the same way */
	for (int i = 0; i < P->probes.len && !p->num[0]; i++) {
		const Probe *q = P->probes.data[i];
		if (q == p)
			break;
		if (is_procfs(q) && !q->num[0] && !strcmp(q->str, p->str)) {
			tr_error(s, p->tok, "only one read procfs probe is allowed on procfs(\"%s\")", p->str);
			return false;
		}
	}
	buf_printf(row, ".kind = %s, .path = %s, .maxsize = %lldU, .perm = 0%o",
		   p->num[0] ? "STP_PROBE_PROCFS_WRITE" : "STP_PROBE_PROCFS_READ", c_str(p->str),
		   (long long)p->num[1], procfs_mode(P, p->str));
	return true;
}

static bool row_kprobe(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	const char *kind = p->kreturn ? "STP_PROBE_KRETPROBE" : "STP_PROBE_KPROBE";
	if (!*p->ksym) {        /* kprobe.statement(ADDR).absolute */
		buf_printf(row, ".kind = %s, .kaddr = %#llxULL", kind, (unsigned long long)p->kaddr);
		return true;
	}
	const char *sym = p->kmod ? xfmt("%s:%s", p->kmod, p->ksym) : p->ksym;
	buf_printf(row, ".kind = %s, .symbol = %s", kind, c_str(sym));
	if (p->kmaxactive)      /* .maxactive(N); N <= 0 is the kernel's default */
		buf_printf(row, ", .maxactive = %d", p->kmaxactive);
	return true;
}

/* A tracepoint argument's C cast to s64, or NULL when it is no scalar
 * (its value would not fit in one register word). */
static const char *tp_cast(const char *ctype)
{
	static const char *const scalars[] = {
		"char", "signed char", "unsigned char", "short", "short int",
		"unsigned short", "unsigned short int", "int", "signed int",
		"signed", "unsigned", "unsigned int", "long", "long int",
		"unsigned long", "unsigned long int", "long long",
		"long long int", "unsigned long long", "unsigned long long int",
		"bool", "_Bool", "u8", "u16", "u32", "u64", "s8", "s16", "s32",
		"s64", "__u8", "__u16", "__u32", "__u64", "__s8", "__s16",
		"__s32", "__s64", "pid_t", "uid_t", "gid_t", "size_t",
		"ssize_t", "loff_t", "dev_t", "sector_t", "gfp_t", "umode_t",
		"blkcnt_t", "ino_t", "off_t", "clockid_t", "time64_t",
		"ktime_t", "uintptr_t", "unsigned long long int", "fmode_t",
		"irq_hw_number_t", "phys_addr_t", "dma_addr_t", "cputime_t",
	};
	const char *t = ctype;
	if (!strncmp(t, "const ", 6))
		t += 6;
	if (strchr(t, '*'))
		return "(s64)(unsigned long)";
	if (!strncmp(t, "enum ", 5))
		return "(s64)(int)";
	for (size_t i = 0; i < sizeof scalars / sizeof *scalars; i++)
		if (!strcmp(t, scalars[i]))
			return xfmt("(s64)(%s)", t);
	return NULL;
}

static bool row_trace(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)P;
	if (p->tp_args.len > 6) {
		tr_error(s, p->tok, "tracepoint '%s:%s' has %d arguments; more than 6 are not supported "
		     "by the translator yet", p->tp_sys, p->tp_name, p->tp_args.len);
		return false;
	}
	for (int i = 0; i < p->tp_args.len; i++) {
		const TpArg *a = p->tp_args.data[i];
		if (!tp_cast(a->ctype)) {
			tr_error(s, p->tok, "tracepoint '%s:%s' argument '%s' has type '%s', which is not "
			     "a scalar: not supported by the translator yet",
			     p->tp_sys, p->tp_name, a->name, a->ctype);
			return false;
		}
	}
	buf_printf(row, ".kind = STP_PROBE_TRACEPOINT, .tp_name = %s", c_str(p->tp_name));
	return true;
}

/* process("PATH").function/.statement/.mark/.plt: a uprobe (or a
 * uretprobe) on the file's inode at the address's file offset; the
 * link-time address gives the load bias at a hit, the semaphore's file
 * offset lets the kernel count SDT users (uprobe_register_refctr). */
static bool row_uprobe(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	buf_printf(row, ".kind = %s, .upath = %s, .uoffset = %#llxULL, .uaddr = %#llxULL",
		   p->ureturn ? "STP_PROBE_URETPROBE" : "STP_PROBE_UPROBE", c_str(p->upath),
		   (unsigned long long)p->uoffset, (unsigned long long)p->uaddr);
	if (p->sdt_sema_off)
		buf_printf(row, ", .usema_off = %#llxULL", (unsigned long long)p->sdt_sema_off);
	if (p->utarget)
		buf_puts(row, ", .utarget = 1");
	if (p->upid)            /* process(PID).function(...): that process's hits */
		buf_printf(row, ", .upid = %ld", p->upid);
	return true;
}

/* process[("PATH")|(PID)].begin/.end: the path or pid (neither: the -x/-c
 * target's process). */
static bool row_process_life(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	buf_printf(row, ".kind = %s",
		   p->ulife == 'b' ? "STP_PROBE_PROCESS_BEGIN" : "STP_PROBE_PROCESS_END");
	if (p->upid)
		buf_printf(row, ", .upid = %ld", p->upid);
	else if (p->uexec)
		buf_printf(row, ", .upath = %s", c_str(p->uexec));
	return true;
}

/* netfilter.hook(H).pf(PF)[.priority(P)]: an nf_hook_ops in init_net
 * (stp_netfilter.c); pass 2 turned the names into numbers. */
static bool row_netfilter(Session *s, const Program *P, const Probe *p, Buf *row)
{
	(void)s, (void)P;
	buf_printf(row, ".kind = STP_PROBE_NETFILTER, .nf_hook = %lld, .nf_pf = %lld, "
		   ".nf_priority = %lld", (long long)p->num[0], (long long)p->num[1],
		   (long long)p->num[2]);
	return true;
}

static const struct {
	const char *first;  /* the resolved point's first component */
	RowFn *fn;
} rows[] = {
	{"begin", row_begin}, {"end", row_end}, {"error", row_error},
	{"never", row_never}, {"timer", row_timer}, {"perf", row_perf},
	{"procfs", row_procfs}, {"netfilter", row_netfilter},
};

bool tprobe_row(Session *s, const Program *P, const Probe *p, Buf *row)
{
	if (p->ksym)
		return row_kprobe(s, P, p, row);
	if (p->tp_name)
		return row_trace(s, P, p, row);
	if (p->ulife)
		return row_process_life(s, P, p, row);
	if (p->upath)
		return row_uprobe(s, P, p, row);
	const char *k = p->point->list->name;
	for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
		if (!strcmp(k, rows[i].first))
			return rows[i].fn(s, P, p, row);
	tr_error(s, p->tok, "probe point '%s' is not supported by the translator yet", k);
	return false;
}

/* ---- target variables ---- */

static bool is_value(const Probe *p, const Node *n)
{
	return p && is_procfs(p) && n->name && !strcmp(n->name, "$value");
}

/* kernel.function("f") $param (kernel.c typed it through f's BTF
 * prototype): the x86_64 argument register at the kprobe on f's first
 * instruction (no prologue to skip), or rax at a .return, cast to the
 * type's size and sign.  A .return's $param was moved to its entry
 * probe (@entry) in pass 2. */
/* x86_64 pt_regs: the SysV argument registers, then rax (KARG_RETURN) */
static const char *const kregs[] = {"di", "si", "dx", "cx", "r8", "r9", "ax"};

const char *tprobe_kreg(Session *s, const Probe *p, const Node *n)
{
	Vec params = {0};
	const char *ret = NULL;
	int bytes;
	bool sign;
	if (n->argno < 1 || n->argno > KARG_RETURN ||
	    !btf_func_proto(s, p->ksym, &params, &ret) ||
	    (n->argno < KARG_RETURN && n->argno > params.len)) {
		tr_error(s, n->tok, "target variable '%s' is not supported by the translator yet",
			 n->name);
		return NULL;
	}
	const char *ctype = n->argno == KARG_RETURN ? ret :
			    ((TpArg *)params.data[n->argno - 1])->ctype;
	if (!btf_ctype_scalar(s, ctype, &bytes, &sign))
		bytes = 8, sign = false;        /* pass 2 refused it; a base address */
	const char *reg = xfmt("(c->regs ? c->regs->%s : 0UL)", kregs[n->argno - 1]);
	return xfmt("((s64)(%s%d)%s)", sign ? "s" : "u", bytes * 8, reg);
}

const char *tprobe_target(Session *s, const Probe *p, const Node *n)
{
	if (is_value(p, n)) {
		if (!p->num[0]) {
			tr_error(s, n->tok, "procfs $value variable cannot be read in a procfs read probe");
			return NULL;
		}
		return "stp_procfs_value(c)";
	}
	if (p && p->upath)
		return tdwarf_target(s, p, n);
	if (p && p->ksym && *p->ksym && n->argno > 0 && n->argno <= KARG_RETURN)
		return tprobe_kreg(s, p, n);
	if (p && p->netfilter && n->argno == NF_VERDICT_ARG)
		return "((s64)*(unsigned int *)c->tp_args[5])";
	if (p && (p->tp_name || p->netfilter) && n->argno > 0 && n->argno <= p->tp_args.len) {
		const TpArg *a = p->tp_args.data[n->argno - 1];
		const char *cast = tp_cast(a->ctype);
		if (cast && n->argno <= 6)
			return xfmt("(%sc->tp_args[%d])", cast, n->argno - 1);
	}
	tr_error(s, n->tok, "target variable '%s' is not supported by the translator yet", n->name);
	return NULL;
}

const char *tprobe_target_store(Session *s, const Probe *p, const Node *n, const char *op,
				const char *v)
{
	if (is_value(p, n)) {
		if (p->num[0]) {
			tr_error(s, n->tok, "procfs $value variable is read-only in a procfs write probe");
			return NULL;
		}
		if (strcmp(op, "=") && strcmp(op, ".=")) {
			tr_error(s, n->tok, "operator %s on a string", op);
			return NULL;
		}
		return xfmt("stp_procfs_store(c, %s, %s);", v, *op == '.' ? "true" : "false");
	}
	if (p && p->ksym && *p->ksym && n->argno > 0 && n->argno <= KARG_RETURN && !n->btf) {
		/* guru: a parameter's register at entry, rax at a .return */
		return xfmt("if (c->regs) c->regs->%s = (unsigned long)(%s);", kregs[n->argno - 1], v);
	}
	if (p && p->netfilter && n->argno == NF_VERDICT_ARG && !strcmp(op, "="))
		/* the hook returns it (stp_netfilter.c keeps it on its stack) */
		return xfmt("*(unsigned int *)c->tp_args[5] = (unsigned int)(%s);", v);
	if (p && p->upath)      /* $var = v in guru mode: translate_dwarf.c */
		return tdwarf_target_store(s, p, n, op, v);
	tr_error(s, n->tok, "cannot assign to target variable '%s'", n->name);
	return NULL;
}
