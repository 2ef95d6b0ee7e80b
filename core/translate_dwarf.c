/* translate_dwarf.c - pass 3, the target variables of process() probes:
 * C that reads them at the probe from the user registers (c->regs) and
 * the probed process's memory, fault-safely.
 *
 * A DWARF variable comes as a location program from dwarf.c
 * (dw_var_loc(): the location list entry at the probe address chosen,
 * the frame base and CFA already expanded), which a symbolic stack here
 * turns into one C expression; no libdw call is made in pass 3.  An SDT
 * marker's $argN comes from its argument spec ("-4@%edi",
 * "8@-16(%rbp)", "4@$5").  $return is the return register (its members
 * and pretty prints through dwarf.c's 'r' variable); other values of a
 * .return probe were moved to its .call probe at pass 2 (dwarf_vars.c).
 * [expr] indexes and a @cast base come as C text that translate.c left
 * on the nodes (DWL_CEXPR ops); bitfields are shifted and masked out of
 * their storage read; $var = v (guru) stores with a fault-safe copy.  The runtime
 * side is core/runtime/stp_uprobe.c: stp_dwreg(c, N) reads DWARF
 * register N of c->regs, stp_uderef(c, addr, size, signed) reads user
 * memory (stap's "read fault ... at 0x..." error on a fault), and
 * stp_ubias(c) is the probed mapping's load bias for DW_OP_addr.  In a
 * script function (p == NULL) only @cast and @var nodes come here: a
 * cast reads no register, and @var's bias is checked at run time to be
 * the probed file's (fn_ubias()).
 */
#include "stap.h"

#include <ctype.h>
#include <dwarf.h>
#include <stdlib.h>
#include <string.h>


/* An integer of `size` bytes, sign-extended or not, as s64 C. */
static const char *sized(const char *v, int size, bool sign)
{
	static const char *const st[] = {[1] = "s8", [2] = "s16", [4] = "s32", [8] = "s64"};
	static const char *const ut[] = {[1] = "u8", [2] = "u16", [4] = "u32", [8] = "u64"};
	if (size != 1 && size != 2 && size != 4 && size != 8)
		size = 8;
	return xfmt("((s64)(%s)(%s))", sign ? st[size] : ut[size], v);
}

/* ---- DWARF location programs ---- */

/* The load bias DW_OP_addr adds: the probed mapping's, or in a script
 * function (an @var("name", "PATH")) a check that the probe running it
 * is on PATH, whose bias the handler carries; another probe's context
 * knows no mapping of PATH (stap looks it up in the task's memory
 * map, not built here), and says so at run time. */
static const char *ubias = "stp_ubias(c)";

static const char *fn_ubias(DwFile *f, const Node *n)
{
	const char *path = dw_path(f);
	const char *msg = xfmt("%s read from a probe that is not on %s: its load address is unknown "
			       "(not supported by the translator yet)", n->name, path);
	return xfmt("({ u64 __b = 0; if ((c->probe->kind == STP_PROBE_UPROBE || c->probe->kind == "
		    "STP_PROBE_URETPROBE) && c->probe->upath && !strcmp(c->probe->upath, %s)) __b = "
		    "stp_ubias(c); else stp_errorf(c, \"%%s\", %s); __b; })",
		    c_string_lit(path, strlen(path)), c_string_lit(msg, strlen(msg)));
}

typedef struct {
	const char *v[32];
	int n;
} Stack;

static bool push(Stack *st, const char *v)
{
	if (st->n == 32)
		return false;
	st->v[st->n++] = v;
	return true;
}

static const char *pop(Stack *st)
{
	return st->n ? st->v[--st->n] : NULL;
}

static const struct { int op; const char *c; } binops[] = {
	{DW_OP_plus, "+"}, {DW_OP_minus, "-"}, {DW_OP_mul, "*"}, {DW_OP_and, "&"},
	{DW_OP_or, "|"}, {DW_OP_xor, "^"}, {DW_OP_shl, "<<"}, {DW_OP_shr, ">>"},
};

/* One op on the stack of C expressions (each a u64); false when the
 * program is malformed. */
static bool step(Stack *st, const DwLocOp *o)
{
	const char *a, *b;
	for (size_t i = 0; i < sizeof binops / sizeof *binops; i++)
		if (binops[i].op == o->op) {
			b = pop(st), a = pop(st);
			return a && b && push(st, xfmt("(%s %s %s)", a, binops[i].c, b));
		}
	switch (o->op) {
	case DWL_CEXPR:
		return push(st, xfmt("((u64)(s64)(%s))", o->c));
	case DW_OP_consts:
		return push(st, xfmt("(u64)%lldLL", (long long)o->a));
	case DW_OP_bregx:
	case DW_OP_regx:
		return push(st, xfmt("(u64)stp_dwreg(c, %d)", (int)o->a));
	case DW_OP_addr:
		return push(st, xfmt("((u64)%#llxULL + %s)", (unsigned long long)o->a, ubias));
	case DW_OP_plus_uconst:
		a = pop(st);
		return a && push(st, o->a ? xfmt("(%s + (u64)%lldLL)", a, (long long)o->a) : a);
	case DW_OP_deref_size:
		a = pop(st);
		return a && push(st, xfmt("(u64)stp_uderef(c, %s, %d, 0)", a, (int)o->a));
	case DW_OP_shra:
		b = pop(st), a = pop(st);
		return a && b && push(st, xfmt("(u64)((s64)%s >> %s)", a, b));
	case DW_OP_neg:
		a = pop(st);
		return a && push(st, xfmt("(u64)-(s64)%s", a));
	case DW_OP_not:
		a = pop(st);
		return a && push(st, xfmt("(~%s)", a));
	case DW_OP_dup:
		a = pop(st);
		return a && push(st, a) && push(st, a);
	case DW_OP_drop:
		return pop(st) != NULL;
	case DW_OP_swap:
		b = pop(st), a = pop(st);
		return a && b && push(st, b) && push(st, a);
	case DW_OP_over:
		b = pop(st), a = pop(st);
		return a && b && push(st, a) && push(st, b) && push(st, a);
	default:
		return false;
	}
}

/* The C value of a location program, NULL with *err. */
static const char *loc_c(const DwLoc *l, const char **err)
{
	Stack st = {0};
	if (l->err) {
		*err = l->err;
		return NULL;
	}
	for (int i = 0; i < l->ops.len; i++)
		if (!step(&st, l->ops.data[i])) {
			*err = "malformed DWARF location expression";
			return NULL;
		}
	const char *top = pop(&st);
	if (!top) {
		*err = "empty DWARF location expression";
		return NULL;
	}
	if (l->in_reg || l->is_value)
		return sized(top, l->size, l->sign);
	if (l->bit_size) {
		/* the bits from the storage read, sign-extended from the top
		 * bit of the field when signed */
		const char *raw = xfmt("((u64)stp_uderef(c, %s, %d, 0))", top, l->size);
		int up = 64 - l->bit_shift - l->bit_size, down = 64 - l->bit_size;
		return l->sign ? xfmt("((s64)(%s << %d) >> %d)", raw, up, down)
			       : xfmt("((s64)((%s << %d) >> %d))", raw, up, down);
	}
	return xfmt("stp_uderef(c, %s, %d, %d)", top, l->size, l->sign);
}

/* The DwVar a bound node reads (dwarf_vars.c remembered it), else by
 * its argno among the variables at the probe address.  p is NULL in a
 * script function, where only a @cast(p, "type", "PATH") is bound. */
static const DwVar *var_of(const Probe *p, const Node *n, DwFile **f)
{
	*f = p ? p->udw : NULL;
	const DwVar *v = dwv_ref(n, f);
	if (v || !p)
		return v;
	if (n->argno == 0x7fffffff)
		return dw_return_var(p->udw, p->ufunc);
	Vec vars = {0};
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	return n->argno > 0 && n->argno <= vars.len ? vars.data[n->argno - 1] : NULL;
}

static const DwLoc *target_loc(Session *s, const Probe *p, const Node *n)
{
	DwFile *f;
	const DwVar *v = var_of(p, n, &f);
	if (!v) {
		tr_error(s, n->tok, "target variable '%s' not found at pass 3", n->name);
		return NULL;
	}
	if (v->kind == 'c') {   /* @cast: its base, translated by translate.c */
		DwVar *cv = xalloc(sizeof(*cv));
		*cv = *v;
		cv->cbase = n->str;
		v = cv;
	}
	Vec steps = {0};
	if (!dw_steps(n->list, &steps)) {
		tr_error(s, n->tok, "invalid target-symbol components of '%s'", n->name);
		return NULL;
	}
	const DwLoc *l = dw_var_loc_path(f, p ? p->ufunc : NULL, v, p ? p->uaddr : 0, &steps,
					 n->flags & NF_ADDROF);
	if (l->err) {
		tr_error(s, n->tok, "cannot read target variable '%s' (%s): %s", n->name, v->type,
			 l->err);
		return NULL;
	}
	return l;
}

static const char *dwarf_var(Session *s, const Probe *p, const Node *n)
{
	const DwLoc *l = target_loc(s, p, n);
	const char *err = NULL, *c = l ? loc_c(l, &err) : NULL;
	if (l && !c)
		tr_error(s, n->tok, "cannot read target variable '%s': %s", n->name, err);
	return c;
}

/* A @cast(p, "type", "PATH") that dwarf_vars.c bound: it reads no
 * registers and no probe address, so a script function may hold it. */
static bool is_cast(const Node *n)
{
	DwFile *f;
	const DwVar *v = n->argno > 0 ? dwv_ref(n, &f) : NULL;
	return v && (v->kind == 'c' || n->argno == 0x7ffffff0);
}

/* $var = v (guru mode): the bytes stored into the probed process's
 * memory with a fault-safe copy; a register is not written. */
static const char *store(Session *s, const Probe *p, const Node *n, const char *op,
			 const char *v);

const char *tdwarf_target_store(Session *s, const Probe *p, const Node *n, const char *op,
				const char *v)
{
	DwFile *f = NULL;
	if (!p && is_cast(n) && dwv_ref(n, &f))
		ubias = fn_ubias(f, n);
	const char *c = store(s, p, n, op, v);
	ubias = "stp_ubias(c)";
	return c;
}

static const char *store(Session *s, const Probe *p, const Node *n, const char *op,
			 const char *v)
{
	if (!p ? !is_cast(n) : !p->udw || n->argno <= 0 || p->sdt_name) {
		tr_error(s, n->tok, "cannot assign to target variable '%s'", n->name);
		return NULL;
	}
	const DwLoc *l = target_loc(s, p, n);
	if (!l)
		return NULL;
	const DwLocOp *o0 = l->ops.len == 1 ? l->ops.data[0] : NULL;
	if (l->is_value && o0 && o0->op == DW_OP_regx && o0->a >= 0 && o0->a <= 16 &&
	    !l->bit_size && !(n->flags & NF_ADDROF)) {
		/* a register: its low `size` bytes, in the user registers the
		 * task resumes with */
		const DwLocOp *o = o0;
		unsigned long long mask = l->size >= 8 ? ~0ULL : (1ULL << (8 * l->size)) - 1;
		return xfmt("{ s64 __v = %s; if (!c->last_error) { unsigned long *__r = "
			    "(unsigned long *)((char *)c->regs + stp_dwregs[%d]); *__r = (*__r & "
			    "~%#llxULL) | ((unsigned long)__v & %#llxULL); } }", v, (int)o->a, mask, mask);
	}
	if (l->in_reg || l->is_value || l->bit_size || (n->flags & NF_ADDROF)) {
		tr_error(s, n->tok, "writing target variable '%s' held in a bitfield or a computed "
			 "value is not supported by the translator yet", n->name);
		return NULL;
	}
	Stack st = {0};
	for (int i = 0; i < l->ops.len; i++)
		if (!step(&st, l->ops.data[i])) {
			tr_error(s, n->tok, "malformed DWARF location expression");
			return NULL;
		}
	const char *addr = pop(&st);
	const char *cur = xfmt("stp_uderef(c, __a, %d, %d)", l->size, l->sign);
	const char *val = !strcmp(op, "=") ? v : xfmt("(%s %.*s (%s))", cur, (int)strlen(op) - 1, op, v);
	/* little-endian: the low `size` bytes of __v are the value */
	return xfmt("{ u64 __a = %s; s64 __v = %s; if (!c->last_error) { unsigned long __rc; "
		    "pagefault_disable(); __rc = __copy_to_user_inatomic((void __user *)(uintptr_t)__a, "
		    "&__v, %d); pagefault_enable(); if (__rc) stp_errorf(c, \"write fault [man "
		    "error::fault] at 0x%%lx\", (unsigned long)__a); } }", addr, val, l->size);
}

static const char *dwarf_return(Session *s, const Probe *p, const Node *n)
{
	int size = 8;
	bool sign = true;
	if (!dw_return_scalar(p->udw, p->ufunc, &size, &sign)) {
		tr_error(s, n->tok, "$return of a function whose type is not an integer or pointer is not "
		     "supported by the translator yet");
		return NULL;
	}
	return sized("stp_dwreg(c, 0)", size, sign);
}

/* ---- SDT marker arguments ---- */

/* x86_64 register names in SDT specs: DWARF number and width. */
static const struct { const char *name; int dw, width; } xregs[] = {
	{"rax", 0, 8}, {"eax", 0, 4}, {"ax", 0, 2}, {"al", 0, 1},
	{"rdx", 1, 8}, {"edx", 1, 4}, {"dx", 1, 2}, {"dl", 1, 1},
	{"rcx", 2, 8}, {"ecx", 2, 4}, {"cx", 2, 2}, {"cl", 2, 1},
	{"rbx", 3, 8}, {"ebx", 3, 4}, {"bx", 3, 2}, {"bl", 3, 1},
	{"rsi", 4, 8}, {"esi", 4, 4}, {"si", 4, 2}, {"sil", 4, 1},
	{"rdi", 5, 8}, {"edi", 5, 4}, {"di", 5, 2}, {"dil", 5, 1},
	{"rbp", 6, 8}, {"ebp", 6, 4}, {"bp", 6, 2}, {"bpl", 6, 1},
	{"rsp", 7, 8}, {"esp", 7, 4}, {"sp", 7, 2}, {"spl", 7, 1},
	{"rip", 16, 8},
};

/* "%edi" at *sp: its DWARF number, width; *sp past the name. */
static int xreg(const char **sp, int *width)
{
	const char *s = *sp;
	if (*s != '%')
		return -1;
	s++;
	size_t len = strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789");
	for (size_t i = 0; i < sizeof xregs / sizeof *xregs; i++)
		if (strlen(xregs[i].name) == len && !strncmp(s, xregs[i].name, len)) {
			*width = xregs[i].width;
			*sp = s + len;
			return xregs[i].dw;
		}
	int r;
	char suf = 0;
	if (s[0] == 'r' && sscanf(s + 1, "%d%c", &r, &suf) >= 1 && r >= 8 && r <= 15) {
		size_t digits = r >= 10 ? 2 : 1;
		suf = s[1 + digits];
		*width = suf == 'd' ? 4 : suf == 'w' ? 2 : suf == 'b' ? 1 : 8;
		*sp = s + 1 + digits + (*width != 8);
		return r;
	}
	return -1;
}

/* "total(%rip)", "total+8(%rip)": the data symbol's address plus the
 * load bias (the assembler resolved the rip-relative operand to it);
 * NULL when it is not that form or the symbol is unknown. */
static const char *sdt_rip(DwFile *f, const char *s, int size, bool sign)
{
	const char *paren = strstr(s, "(%rip)");
	if (!f || !paren || paren[6] || paren == s || isdigit((unsigned char)*s) || *s == '-')
		return NULL;
	size_t len = strcspn(s, "+-(");
	long long off = s + len < paren ? strtoll(s + len, NULL, 0) : 0;
	uint64_t addr;
	if (!dw_data_symbol(f, xfmt("%.*s", (int)len, s), &addr))
		return NULL;
	return xfmt("stp_uderef(c, (u64)%#llxULL + (u64)%lldLL + stp_ubias(c), %d, %d)",
		    (unsigned long long)addr, off, size, sign);
}

/* The C of one operand ("%edi", "$5", "-16(%rbp)", "8(%rax,%rdx,4)",
 * "total(%rip)"), NULL when it is not understood. */
static const char *sdt_operand(DwFile *f, const char *s, int size, bool sign)
{
	int w;
	long long disp = 0;
	char *end;
	const char *rip = sdt_rip(f, s, size, sign);
	if (rip)
		return rip;
	if (*s == '$') {
		disp = strtoll(s + 1, &end, 0);
		return *end || end == s + 1 ? NULL : sized(xfmt("%lldLL", disp), size, sign);
	}
	if (*s == '%') {
		int r = xreg(&s, &w);
		return r < 0 || r == 16 || *s ? NULL : sized(xfmt("stp_dwreg(c, %d)", r), size, sign);
	}
	if (*s != '(') {
		disp = strtoll(s, &end, 0);
		if (end == s || *end != '(')
			return NULL;    /* symbol(%rip) and the like */
		s = end;
	}
	s++;
	int base = xreg(&s, &w), index = -1;
	long long scale = 1;
	if (base < 0 || base == 16)
		return NULL;
	if (*s == ',') {
		s++;
		index = xreg(&s, &w);
		if (index < 0 || index == 16)
			return NULL;
		if (*s == ',') {
			scale = strtoll(s + 1, &end, 0);
			s = end;
		}
	}
	if (strcmp(s, ")"))
		return NULL;
	const char *addr = xfmt("((u64)stp_dwreg(c, %d) + (u64)%lldLL", base, disp);
	if (index >= 0)
		addr = xfmt("%s + (u64)stp_dwreg(c, %d) * %lldULL", addr, index, scale);
	return xfmt("stp_uderef(c, %s), %d, %d)", addr, size, sign);
}

static const char *sdt_arg(Session *s, const Probe *p, const Node *n)
{
	const char *a = p->sdt_args ? p->sdt_args : "";
	for (int k = 1; *a; k++) {
		size_t len = strcspn(a, " ");
		if (k == n->argno) {
			const char *spec = xfmt("%.*s", (int)len, a), *at = strchr(spec, '@');
			int size = 8;
			bool sign = false;
			if (at) {
				size = atoi(spec);
				sign = size < 0;
				size = size < 0 ? -size : size;
			}
			const char *c = sdt_operand(p->udw, at ? at + 1 : spec, size, sign);
			if (!c)
				tr_error(s, n->tok, "SDT argument '%s' of marker '%s' is not supported by the "
				     "translator yet", spec, p->sdt_name);
			return c;
		}
		a += len;
		a += strspn(a, " ");
	}
	tr_error(s, n->tok, "marker '%s' has no argument %d", p->sdt_name, n->argno);
	return NULL;
}

/* ---- entry ---- */

static bool is_sdt_arg(const Probe *p, const Node *n)
{
	int k, len = 0;
	return p && p->sdt_name && sscanf(n->name, "$arg%d%n", &k, &len) == 1 && !n->name[len];
}

const char *tdwarf_target(Session *s, const Probe *p, const Node *n)
{
	if (n->argno <= 0) {
		tr_error(s, n->tok, "target variable '%s' is not supported by the translator yet", n->name);
		return NULL;
	}
	if (!p && !is_cast(n)) {
		tr_error(s, n->tok, "target variable '%s' has no probe context at pass 3", n->name);
		return NULL;
	}
	if (!p) {
		DwFile *f;
		dwv_ref(n, &f);
		ubias = fn_ubias(f, n);
		const char *c = dwarf_var(s, p, n);
		ubias = "stp_ubias(c)";
		return c;
	}
	if (is_sdt_arg(p, n))
		return sdt_arg(s, p, n);
	if (n->argno == 0x7fffffff && !n->list && !(n->flags & NF_ADDROF) && !dwv_ref(n, &(DwFile *){0}))
		return dwarf_return(s, p, n);
	if (!p->udw) {
		tr_error(s, n->tok, "target variable '%s' has no DWARF scope at pass 3", n->name);
		return NULL;
	}
	return dwarf_var(s, p, n);
}
