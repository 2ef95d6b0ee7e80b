/* translate_dwarf.c - pass 3, the target variables of process() probes:
 * C that reads them at the probe from the user registers (c->regs) and
 * the probed process's memory, fault-safely.
 *
 * A DWARF variable comes as a location program from dwarf.c
 * (dw_var_loc(): the location list entry at the probe address chosen,
 * the frame base and CFA already expanded), which a symbolic stack here
 * turns into one C expression; no libdw call is made in pass 3.  An SDT
 * marker's $argN comes from its argument spec ("-4@%edi",
 * "8@-16(%rbp)", "4@$5").  $return is the return register.  The runtime
 * side is core/runtime/stp_uprobe.c: stp_dwreg(c, N) reads DWARF
 * register N of c->regs, stp_uderef(c, addr, size, signed) reads user
 * memory (stap's "read fault ... at 0x..." error on a fault), and
 * stp_ubias(c) is the probed mapping's load bias for DW_OP_addr.
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
	case DW_OP_consts:
		return push(st, xfmt("(u64)%lldLL", (long long)o->a));
	case DW_OP_bregx:
	case DW_OP_regx:
		return push(st, xfmt("(u64)stp_dwreg(c, %d)", (int)o->a));
	case DW_OP_addr:
		return push(st, xfmt("((u64)%#llxULL + stp_ubias(c))", (unsigned long long)o->a));
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
	return xfmt("stp_uderef(c, %s, %d, %d)", top, l->size, l->sign);
}

static const char *dwarf_var(Session *s, const Probe *p, const Node *n)
{
	Vec vars = {0};
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	if (n->argno > vars.len) {
		tr_error(s, n->tok, "target variable '%s' not found at pass 3", n->name);
		return NULL;
	}
	if (p->ureturn) {
		tr_error(s, n->tok, "target variable '%s' in a .return probe (its value at entry) is not "
		     "supported by the translator yet", n->name);
		return NULL;
	}
	const DwVar *v = vars.data[n->argno - 1];
	Vec steps = {0};
	bool addr_of = n->flags & NF_ADDROF;
	const DwLoc *l = n->list || addr_of ? (dw_steps(n->list, &steps),
					       dw_var_loc_path(p->udw, p->ufunc, v, p->uaddr,
							       &steps, addr_of))
					    : dw_var_loc(p->udw, p->ufunc, v, p->uaddr);
	const char *err = NULL, *c = loc_c(l, &err);
	if (!c)
		tr_error(s, n->tok, "cannot read target variable '%s' (%s): %s", n->name, v->type, err);
	return c;
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
	return p->sdt_name && sscanf(n->name, "$arg%d%n", &k, &len) == 1 && !n->name[len];
}

const char *tdwarf_target(Session *s, const Probe *p, const Node *n)
{
	if (n->argno <= 0) {
		tr_error(s, n->tok, "target variable '%s' is not supported by the translator yet", n->name);
		return NULL;
	}
	if (is_sdt_arg(p, n))
		return sdt_arg(s, p, n);
	if (n->argno == 0x7fffffff)
		return dwarf_return(s, p, n);
	if (!p->udw || !p->ufunc) {
		tr_error(s, n->tok, "target variable '%s' has no DWARF scope at pass 3", n->name);
		return NULL;
	}
	return dwarf_var(s, p, n);
}
