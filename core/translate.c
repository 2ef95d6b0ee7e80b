/* translate.c - pass 3: the resolved Program to C for a kernel module.
 *
 * Translation goes through a backend: one table of operations per runtime
 * (the kernel-C one here; a BPF one can plug in beside it).  The kernel-C
 * backend emits what core/runtime/test/rt_selftest.c shows by hand:
 *
 *   #include "stp_runtime.h"
 *   globals (one rwlock each), user functions, probe handlers,
 *   the probe table, globals init/free, STP_MODULE(...)
 *
 * Locals and temporaries live in the per-CPU context (c->locals), never on
 * the kernel stack: each probe and function has a frame struct, and a
 * function's frame sits just after its caller's (recursion is bounded by
 * MAXNESTING and by the size of the area).  Expressions become straight-
 * line C writing temporaries; after anything that can fail the code checks
 * c->last_error and jumps to the innermost handler (a catch, or the exit
 * of the probe/function).  Every statement carries a #line mark into the
 * script and its stap-worded position in c->last_stmt, and counts one
 * action against MAXACTION.  A probe takes the locks of every global it
 * (or a function it calls) uses at entry, in declaration order.
 */
#include "stap.h"

#include <fnmatch.h>
#include <string.h>
#include <stdlib.h>

/* ------------------------------------------------------------------ */
/* The backend interface.                                              */

struct Backend {
	const char *name;
	/* Whole-program translation to the backend's source text; NULL after
	 * an error (reported).  A backend may refuse a construct it lacks. */
	char *(*translate)(Session *s, const Program *P);
};

static char *kc_translate(Session *s, const Program *P);

static const Backend backends[] = {
	[RT_KERNEL] = {"kernel", kc_translate},
	[RT_BPF] = {"bpf", NULL},
};

const Backend *backend_for(Runtime rt)
{
	return &backends[rt];
}

char *translate(Session *s, const Program *P)
{
	const Backend *b = backend_for(s->runtime);
	if (!b->translate) {
		fprintf(stderr, "semantic error: the '%s' runtime has no translator yet; "
			"use --runtime=kernel\n", b->name);
		return NULL;
	}
	return b->translate(s, P);
}

/* ------------------------------------------------------------------ */
/* Kernel-C generator state.                                           */

typedef struct {
	Session *s;
	const Program *P;
	Buf *out;             /* the body being generated */
	int ind;
	int tl, ts, tl_max, ts_max;  /* statement temporaries: long, string */
	int pl, pe;           /* persistent slots: long, map entry */
	int label;
	const char *errlab;   /* where an error jumps */
	const char *retlab;   /* function exit (return) */
	Vec brk, cont;        /* loop label stacks */
	Func *fn;             /* the function being generated, or NULL */
	bool failed;
	/* the largest frames, as strings and 8-byte slots (locals area) */
	int fn_s, fn_l, pr_s, pr_l;
	Vec rx;               /* Regex *: `=~` patterns, emitted as rx_N */
} G;

static void gerr(G *g, const Token *tok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void gerr(G *g, const Token *tok, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *m = xvfmt(fmt, ap);
	va_end(ap);
	if (!g->failed || g->s->verbose)
		diag(g->s, "semantic error", "at", tok, "%s", m);
	g->failed = true;
}

static void emit(G *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void emit(G *g, const char *fmt, ...)
{
	va_list ap;
	for (int i = 0; i < g->ind; i++)
		buf_putc(g->out, '\t');
	va_start(ap, fmt);
	buf_puts(g->out, xvfmt(fmt, ap));
	va_end(ap);
	buf_putc(g->out, '\n');
}

static const char *tmp_l(G *g)
{
	int i = g->tl++;
	if (g->tl > g->tl_max)
		g->tl_max = g->tl;
	return xfmt("l->tl[%d]", i);
}

static const char *tmp_s(G *g)
{
	int i = g->ts++;
	if (g->ts > g->ts_max)
		g->ts_max = g->ts;
	return xfmt("l->ts[%d]", i);
}

static const char *new_label(G *g, const char *what)
{
	return xfmt("%s_%d", what, g->label++);
}

/* A C string literal for bytes (octal escapes; no trigraph surprises). */
const char *c_string_lit(const char *s, int n)
{
	Buf b = {0};
	buf_putc(&b, '"');
	for (int i = 0; i < n; i++) {
		unsigned char ch = s[i];
		if (ch == '"' || ch == '\\')
			buf_printf(&b, "\\%c", ch);
		else if (ch == '?')
			buf_puts(&b, "\\?");
		else if (ch < 32 || ch >= 127)
			buf_printf(&b, "\\%03o", ch);
		else
			buf_putc(&b, ch);
	}
	buf_putc(&b, '"');
	return buf_str(&b);
}

/* stap's position text: "operator '/' at <input>:1:51". */
static const char *pos_text(const Token *t)
{
	Buf b = {0};
	token_describe(&b, t);
	buf_printf(&b, " at %s:%d:%d", t->file ? t->file->name : "<input>", t->line, t->col);
	return buf_str(&b);
}

static void mark(G *g, const Token *t)
{
	if (t)
		emit(g, "c->last_stmt = %s;", c_string_lit(pos_text(t), strlen(pos_text(t))));
}

static void chk(G *g)
{
	emit(g, "if (unlikely(c->last_error)) goto %s;", g->errlab);
}

static void line_mark_to(Buf *b, const Token *t)
{
	if (t && t->file)
		buf_printf(b, "#line %d %s\n", t->line,
			   c_string_lit(t->file->name, strlen(t->file->name)));
}

static void line_mark(G *g, const Token *t)
{
	line_mark_to(g->out, t);
}

/* ------------------------------------------------------------------ */
/* Globals: names, locks, histogram shapes.                             */

typedef struct {
	int hist;             /* 0 none, 1 log, 2 linear */
	int64_t lo, hi, step;
	const Token *tok;
} HistShape;

static int global_index(const G *g, const Symbol *y)
{
	for (int i = 0; i < g->P->globals.len; i++)
		if (g->P->globals.data[i] == y)
			return i;
	return -1;
}

static bool is_global(const Symbol *y)
{
	return y && (y->flags & SYM_GLOBAL);
}

static const char *gname(const Symbol *y)
{
	return xfmt("g_%s", y->name);
}

static const char *lname(const Symbol *y)
{
	return xfmt("l->v_%s", y->name);
}

static const char *var_ref(const Symbol *y)
{
	return is_global(y) ? gname(y) : lname(y);
}

/* The C name of a script function: overloads (same name, any arity)
 * get the index of their Func in the program. */
static const Program *cfn_prog;

static const char *cfn(const Func *f)
{
	int me = -1, same = 0;
	for (int i = 0; cfn_prog && i < cfn_prog->funcs.len; i++) {
		const Func *o = cfn_prog->funcs.data[i];
		if (o == f)
			me = i;
		if (o && !strcmp(o->name, f->name))
			same++;
	}
	return same > 1 ? xfmt("%s__ov%d", f->name, me) : f->name;
}

/* ------------------------------------------------------------------ */
/* Expressions.                                                         */

static const char *ex(G *g, Node *n);
static void stmt(G *g, Node *n);

static Type etype(const Node *n)
{
	if (n->etype)
		return n->etype;
	switch (n->kind) {
	case ND_STR: return TYPE_STRING;
	case ND_NUM: return TYPE_LONG;
	case ND_SYM: return n->sym ? n->sym->type : TYPE_UNKNOWN;
	default: return TYPE_UNKNOWN;
	}
}

static bool is_str(const Node *n)
{
	return etype(n) == TYPE_STRING;
}

/* The array symbol of an ND_INDEX / ND_IN / foreach operand. */
static Symbol *array_sym(G *g, Node *n)
{
	if (n && n->kind == ND_SYM && n->sym && is_global(n->sym))
		return n->sym;
	gerr(g, n ? n->tok : NULL, "unsupported array operand");
	return NULL;
}

/* Keys of arr[k1, k2] as a compound literal. */
static const char *keys(G *g, Node *list, Symbol *arr)
{
	Buf b = {0};
	buf_puts(&b, "K(");
	int i = 0;
	for (Node *k = list; k; k = k->next, i++) {
		if (k->kind == ND_STAR) {
			gerr(g, k->tok, "wildcard not allowed in array index");
			return "NULL";
		}
		const char *v = ex(g, k);
		bool s = arr && arr->key_type && i < arr->arity ?
			arr->key_type[i] == TYPE_STRING : is_str(k);
		buf_printf(&b, "%s{ .%s = %s }", i ? ", " : "", s ? "s" : "l", v);
	}
	buf_putc(&b, ')');
	return buf_str(&b);
}

/* Keys of a slice arr[k, *, ...]: '*' positions set bits in *wild and
 * pass a dummy key.  The other keys are copied to temporaries, so a loop
 * body that changes a variable does not change the slice. */
static const char *slice_keys(G *g, Node *list, Symbol *arr, unsigned *wild)
{
	Buf b = {0};
	buf_puts(&b, "K(");
	*wild = 0;
	int i = 0;
	for (Node *k = list; k; k = k->next, i++) {
		bool s = arr && arr->key_type && i < arr->arity ?
			arr->key_type[i] == TYPE_STRING : is_str(k);
		const char *v;
		if (k->kind == ND_STAR) {
			*wild |= 1u << i;
			v = s ? "\"\"" : "0";
		} else {
			const char *x = ex(g, k), *t = s ? tmp_s(g) : tmp_l(g);
			emit(g, s ? "gen_strcpy(%s, %s);" : "%s = %s;", t, x);
			v = t;
		}
		buf_printf(&b, "%s{ .%s = %s }", i ? ", " : "", s ? "s" : "l", v);
	}
	buf_putc(&b, ')');
	return buf_str(&b);
}

static bool has_star(const Node *list)
{
	for (const Node *k = list; k; k = k->next)
		if (k->kind == ND_STAR)
			return true;
	return false;
}

static const char *num_lit(int64_t v)
{
	if (v == INT64_MIN)
		return "(-9223372036854775807LL - 1)";
	return xfmt("%lldLL", (long long)v);
}

/* Statistics data of a stat operand (global scalar or array element):
 * returns a C expression of type struct stp_stat_data * (may be NULL for
 * a missing array element), and the histogram expression in *hist. */
static const char *stat_data(G *g, Node *n, const char **hist)
{
	if (n->kind == ND_SYM && n->sym && is_global(n->sym)) {
		const char *t = xfmt("l->pp[%d]", g->pe++);
		emit(g, "%s = stp_stat_read(%s);", t, gname(n->sym));
		*hist = xfmt("&%s->h", gname(n->sym));
		return xfmt("((struct stp_stat_data *)%s)", t);
	}
	if (n->kind == ND_INDEX) {
		Symbol *a = array_sym(g, n->lhs);
		if (!a)
			return "NULL";
		const char *k = keys(g, n->list, a);
		const char *t = xfmt("l->pp[%d]", g->pe++);
		emit(g, "%s = stp_map_stat_find(c, %s, %s);", t, gname(a), k);
		*hist = xfmt("&%s->hist", gname(a));
		return xfmt("(%s ? stp_mentry_stat(%s, %s) : NULL)", t, gname(a), t);
	}
	gerr(g, n->tok, "unsupported statistics operand");
	*hist = "NULL";
	return "NULL";
}

static const char *ex_stat(G *g, Node *n)
{
	const char *hist;
	const char *d = stat_data(g, n->lhs, &hist);
	const char *t = tmp_l(g);
	const char *op = n->op + 1;  /* "@count" -> "count" */
	mark(g, n->tok);
	if (!strcmp(op, "variance"))
		emit(g, "%s = gen_sd(c, %s, %s, 5);", t, d, hist);
	else {
		static const char *ops[] = {"count", "sum", "min", "max", "avg"};
		int k = -1;
		for (int i = 0; i < 5; i++)
			if (!strcmp(op, ops[i]))
				k = i;
		if (k < 0) {
			gerr(g, n->tok, "unsupported statistic %s", n->op);
			return "0";
		}
		emit(g, "%s = gen_sd(c, %s, %s, %d);", t, d, hist, k);
	}
	chk(g);
	return t;
}

/* Function calls: caller's temps hold the arguments; the callee's frame
 * follows the caller's in c->locals. */
static const char *ex_call(G *g, Node *n)
{
	Func *f = n->fn;
	if (!f) {
		gerr(g, n->tok, "unresolved function %s", n->name);
		return "0";
	}
	Buf args = {0};
	for (Node *a = n->list; a; a = a->next)
		buf_printf(&args, ", %s", ex(g, a));
	const char *ret = f->type == TYPE_STRING ? tmp_s(g) : tmp_l(g);
	const char *rp = f->type == TYPE_STRING ? ret : xfmt("&%s", ret);
	/* overloads by priority (`: N`, lower first), then declaration order */
	Vec ov = {0};
	for (Func *o = f; o; o = o->overload) {
		int i = ov.len;
		vec_push(&ov, o);
		for (; i > 0 && ((Func *)ov.data[i - 1])->decl->num > o->decl->num; i--)
			ov.data[i] = ov.data[i - 1];
		ov.data[i] = o;
	}
	for (int i = 0; i < ov.len; i++) {
		/* `next` in an overload (a silent unwind) tries the next one */
		if (i) {
			emit(g, "if (c->last_error == stp_silent) {");
			g->ind++;
			emit(g, "c->last_error = NULL;");
		}
		mark(g, n->tok);
		emit(g, "fn_%s(c, (char *)(l + 1), %s%s);", cfn(ov.data[i]), rp, buf_str(&args));
		if (i) {
			g->ind--;
			emit(g, "}");
		}
	}
	/* past the last one, stap 4.8 makes it an error at the call */
	emit(g, "if (unlikely(c->last_error == stp_silent)) {");
	g->ind++;
	mark(g, n->tok);
	emit(g, "c->last_error = \"all functions exhausted\";");
	g->ind--;
	emit(g, "}");
	chk(g);
	return ret;
}

/* ---- the print family, with the format checked here ---- */

typedef struct {
	int nargs;            /* values the format consumes (with '*') */
	char types[64];       /* 'l' or 's' per value */
} FmtInfo;

/* Check a format as stap's runtime reads it; false with *why on error. */
static bool fmt_scan(const char *f, int len, FmtInfo *fi, const char **why)
{
	fi->nargs = 0;
	for (int i = 0; i < len; i++) {
		if (f[i] != '%')
			continue;
		i++;
		while (i < len && strchr("-+ #0", f[i]))
			i++;
		if (i < len && f[i] == '*') {
			if (fi->nargs < 64) fi->types[fi->nargs] = 'l';
			fi->nargs++, i++;
		} else
			while (i < len && f[i] >= '0' && f[i] <= '9')
				i++;
		if (i < len && f[i] == '.') {
			i++;
			if (i < len && f[i] == '*') {
				if (fi->nargs < 64) fi->types[fi->nargs] = 'l';
				fi->nargs++, i++;
			} else
				while (i < len && f[i] >= '0' && f[i] <= '9')
					i++;
		}
		while (i < len && strchr("hlLjzt", f[i]))
			i++;
		if (i >= len) {
			*why = "invalid or missing conversion specifier";
			return false;
		}
		char c = f[i];
		if (c == '%')
			continue;
		char t;
		if (strchr("diuxXopcbmM", c))
			t = c == 'm' || c == 'M' ? 'l' : 'l';
		else if (c == 's')
			t = 's';
		else {
			*why = "invalid or missing conversion specifier";
			return false;
		}
		if (fi->nargs < 64)
			fi->types[fi->nargs] = t;
		fi->nargs++;
	}
	return true;
}

/* Can evaluating the expression (and the ones linked after it) change a
 * variable?  Assignments, ++/--, delete, calls (a function may write a
 * global). */
static bool writes(const Node *n)
{
	for (; n; n = n->next) {
		switch (n->kind) {
		case ND_ASSIGN: case ND_PREINC: case ND_PREDEC:
		case ND_POSTINC: case ND_POSTDEC: case ND_CALL: case ND_DELETE:
			return true;
		default:
			break;
		}
		const Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els,
				      n->init, n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i] && writes(kids[i]))
				return true;
	}
	return false;
}

/* The value of one print argument as stp_printf wants it.  As in stap,
 * each argument is copied into a temporary in order when a later one
 * may write a variable: printf("%d %d", x++, x) reads x after x++. */
static const char *print_arg(G *g, Node *a)
{
	const char *v = ex(g, a);
	if (!writes(a->next))
		return is_str(a) ? v : xfmt("(s64)(%s)", v);
	const char *t = is_str(a) ? tmp_s(g) : tmp_l(g);
	if (is_str(a))
		emit(g, "gen_strcpy(%s, %s);", t, v);
	else
		emit(g, "%s = (s64)(%s);", t, v);
	return t;
}

static const char *ex_print(G *g, Node *n)
{
	const char *op = n->op;
	bool to_str = op[0] == 's';
	const char *base = to_str ? op + 1 : op;
	Buf fmt = {0}, args = {0};
	Node *a = n->list;
	if (!strcmp(base, "printf")) {
		if (!a || a->kind != ND_STR) {
			gerr(g, n->tok, "print format must be a literal string");
			return "\"\"";
		}
		FmtInfo fi;
		const char *why;
		if (!fmt_scan(a->str, a->slen, &fi, &why)) {
			gerr(g, a->tok, "%s", why);
			return "\"\"";
		}
		int given = 0;
		for (Node *b = a->next; b; b = b->next)
			given++;
		if (given != fi.nargs) {
			gerr(g, n->tok, "Wrong number of args to formatted print operator");
			return "\"\"";
		}
		int i = 0;
		for (Node *b = a->next; b; b = b->next, i++) {
			bool want_s = i < 64 && fi.types[i] == 's';
			if (want_s != is_str(b)) {
				gerr(g, b->tok, "format string expected %s argument", want_s ? "a string" : "a numeric");
				return "\"\"";
			}
			buf_printf(&args, ", %s", print_arg(g, b));
		}
		buf_puts(&fmt, c_string_lit(a->str, a->slen));
	} else {
		bool d = !strcmp(base, "printd") || !strcmp(base, "printdln");
		bool ln = !strcmp(base, "println") || !strcmp(base, "printdln");
		Buf f = {0};
		const char *delim = NULL;
		if (d) {
			if (!a || a->kind != ND_STR) {
				gerr(g, n->tok, "delimiter must be a literal string");
				return "\"\"";
			}
			delim = a->str;
			a = a->next;
		}
		for (Node *b = a; b; b = b->next) {
			if (b->kind == ND_HIST) {
				if (to_str || b != n->list || b->next) {
					gerr(g, b->tok, "a histogram can only be printed alone, with print()");
					return "\"\"";
				}
				const char *hist;
				const char *dd = stat_data(g, b->lhs, &hist);
				mark(g, n->tok);
				emit(g, "gen_print_hist(c, %s, %s);", dd, hist);
				chk(g);
				if (ln)
					emit(g, "stp_print_char(c, '\\n');");
				return "0";
			}
			if (delim && b != a)
				for (const char *p = delim; *p; p++)
					buf_puts(&f, *p == '%' ? "%%" : xstrndup(p, 1));
			buf_puts(&f, is_str(b) ? "%s" : "%d");
			buf_printf(&args, ", %s", print_arg(g, b));
		}
		if (ln)
			buf_putc(&f, '\n');
		buf_puts(&fmt, c_string_lit(f.buf ? f.buf : "", f.len));
	}
	mark(g, n->tok);
	if (to_str) {
		const char *t = tmp_s(g);
		emit(g, "stp_sprintf(c, %s, %s%s);", t, buf_str(&fmt), buf_str(&args));
		chk(g);
		return t;
	}
	emit(g, "stp_printf(c, %s%s);", buf_str(&fmt), buf_str(&args));
	chk(g);
	return "0";
}

/* ---- assignment targets ---- */

/* Store long `v` into lvalue n. */
static void store_long(G *g, Node *n, const char *v)
{
	if (n->kind == ND_SYM) {
		emit(g, "%s = %s;", var_ref(n->sym), v);
		return;
	}
	Symbol *a = array_sym(g, n->lhs);
	if (!a)
		return;
	const char *k = keys(g, n->list, a);
	mark(g, n->tok);
	emit(g, "stp_map_set_long(c, %s, %s, %s);", gname(a), k, v);
	chk(g);
}

static void store_str(G *g, Node *n, const char *v)
{
	if (n->kind == ND_SYM) {
		emit(g, "gen_strcpy(%s, %s);", var_ref(n->sym), v);
		return;
	}
	Symbol *a = array_sym(g, n->lhs);
	if (!a)
		return;
	const char *k = keys(g, n->list, a);
	mark(g, n->tok);
	emit(g, "stp_map_set_str(c, %s, %s, %s);", gname(a), k, v);
	chk(g);
}

static bool lvalue_ok(G *g, Node *n)
{
	if (n->kind == ND_SYM && n->sym)
		return true;
	if (n->kind == ND_INDEX && n->lhs->kind == ND_SYM)
		return true;
	gerr(g, n->tok, "unsupported assignment target");
	return false;
}

/* A long binary operation on two C values, stap semantics. */
static const char *long_op(G *g, const char *op, const char *a, const char *b, const Token *tok)
{
	if (!strcmp(op, "+") || !strcmp(op, "-") || !strcmp(op, "*"))
		return xfmt("(s64)((u64)(%s) %s (u64)(%s))", a, op, b);
	if (!strcmp(op, "/") || !strcmp(op, "%")) {
		const char *t = tmp_l(g);
		mark(g, tok);
		emit(g, "%s = stp_%s(c, %s, %s);", t, *op == '/' ? "div" : "mod", a, b);
		chk(g);
		return t;
	}
	if (!strcmp(op, "<<"))
		return xfmt("(s64)((u64)(%s) << ((%s) & 63))", a, b);
	if (!strcmp(op, ">>"))
		return xfmt("((s64)(%s) >> ((%s) & 63))", a, b);
	if (!strcmp(op, "&") || !strcmp(op, "|") || !strcmp(op, "^"))
		return xfmt("((s64)(%s) %s (s64)(%s))", a, op, b);
	return "0";
}

/* Target variables a probe kind provides: translate_probes.c. */
static const Probe *cur_probe;	/* the probe being generated, or NULL */

/* A target expression typed through BTF (translate_btf.c): the base is
 * @cast's operand or the tracepoint argument's raw value. */
static const char *ex_btf_index(void *g, Node *e)
{
	return ex(g, e);
}

static const char *ex_btf(G *g, Node *n)
{
	if (n->kind == ND_TARGET && cur_probe && cur_probe->ksym && *cur_probe->ksym) {
		/* a kernel.function $param / $return: its register */
		const char *kb = tprobe_kreg(g->s, cur_probe, n);
		return kb ? tbtf_expr(g->s, n, kb, ex_btf_index, g) : "0";
	}
	if (n->kind == ND_TARGET && (n->argno < 1 || n->argno > 6)) {
		gerr(g, n->tok, "target variable '%s' is not supported by the translator yet",
		     n->name);
		return "0";
	}
	const char *base = n->kind == ND_CAST ? ex(g, n->lhs) :
			   xfmt("c->tp_args[%d]", n->argno - 1);
	return tbtf_expr(g->s, n, base, ex_btf_index, g);
}

/* DWARF [expr] indexes and a @cast base: their C, kept on the nodes
 * (translate_dwarf.c reads it there). */
static void target_operands(G *g, Node *n)
{
	for (Node *c = n->list; c; c = c->next)
		if (c->kind == ND_COMP_INDEX && c->lhs && c->lhs->kind != ND_NUM)
			c->str = ex(g, c->lhs);
	if (n->lhs)
		n->str = ex(g, n->lhs);
}

/* $var$ (dwarf_vars.c): stap wraps its sprintf in try { } catch {
 * return "ERROR" }: a read that faults gives that string, not an
 * error. */
static const char *ex_pretty(G *g, Node *n)
{
	if (!n->list || !n->list->next)
		return ex_print(g, n);  /* no value read: nothing can fault */
	const char *caught = new_label(g, "catch"), *done = new_label(g, "tried");
	const char *outer = g->errlab;
	g->errlab = caught;
	const char *v = ex_print(g, n);
	g->errlab = outer;
	emit(g, "goto %s;", done);
	emit(g, "%s:", caught);
	emit(g, "if (c->last_error == stp_silent) goto %s;", outer);
	emit(g, "c->last_error = NULL;");
	emit(g, "gen_strcpy(%s, \"ERROR\");", v);
	emit(g, "%s: ;", done);
	return v;
}

/* A @cast(p, "type", "PATH") or @var("name", "PATH") in a script
 * function (dwarf_vars.c bound it against PATH's DWARF):
 * translate_dwarf.c reads it with no probe. */
static bool fn_dwarf_cast(const G *g, const Node *n)
{
	DwFile *f;
	return g->fn && (n->argno == 0x7ffffff1 || n->argno == 0x7ffffff0) && dwv_ref(n, &f);
}

static const char *ex_target(G *g, Node *n)
{
	if (n->btf) {
		/* a faulting read ends the statement there, as a DWARF one:
		 * nothing after it (the println around it) runs */
		const char *t = tmp_l(g);
		emit(g, "%s = %s;", t, ex_btf(g, n));
		chk(g);
		return t;
	}
	target_operands(g, n);
	bool cast = fn_dwarf_cast(g, n);
	const char *c = cast ? tdwarf_target(g->s, NULL, n) :
			tprobe_target(g->s, g->fn ? NULL : cur_probe, n);
	if (!c)
		g->failed = true;
	if (c && (cast || (!g->fn && cur_probe && cur_probe->upath))) {
		/* a DWARF read that faults ends the handler there, as stap's
		 * deref_fault: nothing after it in the statement runs */
		const char *t = tmp_l(g);
		mark(g, n->tok);        /* stap: "... near identifier '$n' at ..." */
		emit(g, "%s = %s;", t, c);
		chk(g);
		return t;
	}
	return c ? c : "0";
}

static const char *ex_target_store(G *g, Node *n)
{
	const char *v = ex(g, n->rhs);
	target_operands(g, n->lhs);
	const char *st = fn_dwarf_cast(g, n->lhs) ? tdwarf_target_store(g->s, NULL, n->lhs, n->op, v) :
			 tprobe_target_store(g->s, g->fn ? NULL : cur_probe, n->lhs, n->op, v);
	if (!st) {
		g->failed = true;
		return "0";
	}
	mark(g, n->tok);
	emit(g, "%s", st);
	chk(g);
	return v;
}

static const char *ex_assign(G *g, Node *n)
{
	Node *lhs = n->lhs;
	const char *op = n->op;
	if (lhs->kind == ND_TARGET)
		return ex_target_store(g, n);
	if (!strcmp(op, "<<<")) {
		const char *v = ex(g, n->rhs);
		if (lhs->kind == ND_SYM && is_global(lhs->sym)) {
			emit(g, "stp_stat_add(%s, %s);", gname(lhs->sym), v);
			return v;
		}
		if (lhs->kind == ND_INDEX) {
			Symbol *a = array_sym(g, lhs->lhs);
			if (!a)
				return "0";
			const char *k = keys(g, lhs->list, a);
			mark(g, lhs->tok);
			emit(g, "stp_map_stat_add(c, %s, %s, %s);", gname(a), k, v);
			chk(g);
			return v;
		}
		gerr(g, n->tok, "unsupported '<<<' target");
		return "0";
	}
	if (!lvalue_ok(g, lhs))
		return "0";
	if (is_str(lhs)) {
		const char *v = ex(g, n->rhs);
		if (!strcmp(op, ".=")) {
			const char *cur = ex(g, lhs);
			const char *t = tmp_s(g);
			emit(g, "gen_cat(%s, %s, %s);", t, cur, v);
			v = t;
		} else if (strcmp(op, "=")) {
			gerr(g, n->tok, "operator %s on a string", op);
			return "\"\"";
		}
		if (lhs->kind == ND_SYM) {
			store_str(g, lhs, v);
			return var_ref(lhs->sym);
		}
		const char *t = tmp_s(g);
		emit(g, "gen_strcpy(%s, %s);", t, v);
		store_str(g, lhs, t);
		return t;
	}
	const char *v = ex(g, n->rhs);
	const char *t = tmp_l(g);
	if (!strcmp(op, "="))
		emit(g, "%s = %s;", t, v);
	else {
		const char *bop = xstrndup(op, strlen(op) - 1);
		const char *cur = ex(g, lhs);
		/* stap reports x /= 0 near the right operand */
		emit(g, "%s = %s;", t, long_op(g, bop, cur, v, n->rhs->tok));
	}
	store_long(g, lhs, t);
	return t;
}

static const char *ex_crement(G *g, Node *n)
{
	Node *lhs = n->lhs;
	if (!lvalue_ok(g, lhs))
		return "0";
	bool inc = n->kind == ND_PREINC || n->kind == ND_POSTINC;
	bool post = n->kind == ND_POSTINC || n->kind == ND_POSTDEC;
	const char *old = tmp_l(g), *nw = tmp_l(g);
	emit(g, "%s = %s;", old, ex(g, lhs));
	emit(g, "%s = (s64)((u64)%s %s 1);", nw, old, inc ? "+" : "-");
	store_long(g, lhs, nw);
	return post ? old : nw;
}

static const char *ex_logical(G *g, Node *n)
{
	bool and = !strcmp(n->op, "&&");
	const char *t = tmp_l(g);
	const char *a = ex(g, n->lhs);
	emit(g, "%s = !!(%s);", t, a);
	emit(g, "if (%s%s) {", and ? "" : "!", t);
	g->ind++;
	const char *b = ex(g, n->rhs);
	emit(g, "%s = !!(%s);", t, b);
	g->ind--;
	emit(g, "}");
	return t;
}

static const char *ex_ternary(G *g, Node *n)
{
	bool s = is_str(n);
	const char *t = s ? tmp_s(g) : tmp_l(g);
	const char *c = ex(g, n->cond);
	emit(g, "if (%s) {", c);
	g->ind++;
	const char *a = ex(g, n->then);
	emit(g, s ? "gen_strcpy(%s, %s);" : "%s = %s;", t, a);
	g->ind--;
	emit(g, "} else {");
	g->ind++;
	const char *b = ex(g, n->els);
	emit(g, s ? "gen_strcpy(%s, %s);" : "%s = %s;", t, b);
	g->ind--;
	emit(g, "}");
	return t;
}

/* %{ C %} as an expression (guru mode; pass 2 checked -g): a long, or
 * with a / * string * / marker a string, as stap 4.8.  CONTEXT and THIS
 * are the probe context and frame, as in embedded functions. */
static const char *ex_embed(G *g, Node *n)
{
	bool s = is_str(n);
	const char *t = s ? tmp_s(g) : tmp_l(g);
	emit(g, "{");
	buf_puts(g->out, "#define CONTEXT c\n#define THIS l\n");
	line_mark(g, n->tok);
	if (s)
		emit(g, "\tstrscpy(%s, (%s), MAXSTRINGLEN);", t, n->str ? n->str : "\"\"");
	else
		emit(g, "\t%s = (s64)(%s);", t, n->str ? n->str : "0");
	buf_puts(g->out, "#undef CONTEXT\n#undef THIS\n");
	emit(g, "}");
	chk(g);
	return t;
}

/* %{ C %} alone as a statement: its code runs as a C block (stap 4.8
 * wraps it in a cast, so there only an expression compiles; a block
 * takes both). */
static void st_embed(G *g, Node *n)
{
	emit(g, "{");
	buf_puts(g->out, "#define CONTEXT c\n#define THIS l\n");
	line_mark(g, n->tok);
	buf_printf(g->out, "%s\n;\n", n->str ? n->str : "");
	buf_puts(g->out, "#undef CONTEXT\n#undef THIS\n");
	emit(g, "}");
	chk(g);
}

/* s =~ "re": the pattern was checked in pass 2; its program is static
 * data (rx_N), shared by equal patterns. */
static const char *ex_regex(G *g, Node *n)
{
	const char *msg;
	int pos, id = -1;
	for (int i = 0; i < g->rx.len; i++) {
		const Regex *r = g->rx.data[i];
		if ((int)strlen(r->pattern) == n->rhs->slen &&
		    !memcmp(r->pattern, n->rhs->str, n->rhs->slen))
			id = i;
	}
	if (id < 0) {
		Regex *r = regex_compile(n->rhs->str, n->rhs->slen, &msg, &pos);
		if (!r) {
			gerr(g, n->rhs->tok, "regex compilation error%s: %s",
			     pos < 0 ? "" : xfmt(" (at position %d)", pos), msg);
			return "0";
		}
		vec_push(&g->rx, r);
		id = g->rx.len - 1;
	}
	const char *a = ex(g, n->lhs);
	const char *t = tmp_l(g);
	mark(g, n->tok);
	emit(g, "%s = stp_regex_match(c, &rx_%d, %s);", t, id, a);
	chk(g);
	return strcmp(n->op, "!~") ? t : xfmt("(s64)!%s", t);
}

static const char *ex(G *g, Node *n)
{
	switch (n->kind) {
	case ND_NUM:
		return num_lit(n->num);
	case ND_STR:
		return c_string_lit(n->str, n->slen);
	case ND_SYM:
		if (!n->sym) {
			gerr(g, n->tok, "unresolved symbol %s", n->name);
			return "0";
		}
		if (n->sym->type == TYPE_STATS || n->sym->arity > 0) {
			gerr(g, n->tok, "unsupported use of %s", n->name);
			return "0";
		}
		return var_ref(n->sym);
	case ND_INDEX: {
		if (n->lhs->kind == ND_HIST) {	/* a histogram's bucket count */
			const char *hist, *dd = stat_data(g, n->lhs->lhs, &hist);
			const char *i = ex(g, n->list), *t = tmp_l(g);
			mark(g, n->tok);
			emit(g, "%s = gen_hist_bucket(c, %s, %s, %s);", t, dd, hist, i);
			chk(g);
			return t;
		}
		Symbol *a = array_sym(g, n->lhs);
		if (!a)
			return "0";
		const char *k = keys(g, n->list, a);
		if (a->type == TYPE_STRING) {
			const char *t = tmp_s(g);
			emit(g, "gen_strcpy(%s, stp_map_get_str(%s, %s));", t, gname(a), k);
			return t;
		}
		if (a->type == TYPE_STATS) {
			gerr(g, n->tok, "unsupported use of statistics array %s", a->name);
			return "0";
		}
		const char *t = tmp_l(g);
		emit(g, "%s = stp_map_get_long(%s, %s);", t, gname(a), k);
		return t;
	}
	case ND_IN: {
		Symbol *a = array_sym(g, n->rhs);
		if (!a)
			return "0";
		if (has_star(n->list)) {
			unsigned wild;
			const char *k = slice_keys(g, n->list, a, &wild);
			return xfmt("(s64)stp_map_exists_slice(%s, %s, %uu)", gname(a), k, wild);
		}
		const char *k = keys(g, n->list, a);
		return xfmt("(s64)stp_map_exists(%s, %s)", gname(a), k);
	}
	case ND_CALL:
		return ex_call(g, n);
	case ND_PRINT:
		return n->flags & NF_PRETTY ? ex_pretty(g, n) : ex_print(g, n);
	case ND_STAT:
		return ex_stat(g, n);
	case ND_HIST:
		gerr(g, n->tok, "a histogram can only be printed, with print()");
		return "0";
	case ND_UNARY: {
		const char *a = ex(g, n->lhs);
		if (!strcmp(n->op, "-"))
			return xfmt("(s64)(0 - (u64)(%s))", a);
		if (!strcmp(n->op, "!"))
			return xfmt("(s64)!(%s)", a);
		if (!strcmp(n->op, "~"))
			return xfmt("(s64)~(%s)", a);
		return xfmt("(s64)(%s)", a);
	}
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
		return ex_crement(g, n);
	case ND_BINARY: {
		const char *a = ex(g, n->lhs);
		if (!strcmp(n->op, ".")) {
			const char *b = ex(g, n->rhs);
			const char *t = tmp_s(g);
			emit(g, "gen_cat(%s, %s, %s);", t, a, b);
			return t;
		}
		/* keep the left value: the right side may change it */
		if (n->rhs->kind != ND_NUM && n->rhs->kind != ND_SYM) {
			const char *t = tmp_l(g);
			emit(g, "%s = %s;", t, a);
			a = t;
		}
		const char *b = ex(g, n->rhs);
		const char *t = tmp_l(g);
		emit(g, "%s = %s;", t, long_op(g, n->op, a, b, n->tok));
		return t;
	}
	case ND_COMPARE: {
		const char *a = ex(g, n->lhs), *b;
		if (is_str(n->lhs)) {
			if (n->rhs->kind != ND_STR && n->rhs->kind != ND_SYM) {
				const char *t = tmp_s(g);
				emit(g, "gen_strcpy(%s, %s);", t, a);
				a = t;
			}
			b = ex(g, n->rhs);
			return xfmt("(s64)(strcmp(%s, %s) %s 0)", a, b, n->op);
		}
		if (n->rhs->kind != ND_NUM && n->rhs->kind != ND_SYM) {
			const char *t = tmp_l(g);
			emit(g, "%s = %s;", t, a);
			a = t;
		}
		b = ex(g, n->rhs);
		return xfmt("(s64)((s64)(%s) %s (s64)(%s))", a, n->op, b);
	}
	case ND_LOGICAL:
		return ex_logical(g, n);
	case ND_TERNARY:
		return ex_ternary(g, n);
	case ND_ASSIGN:
		return ex_assign(g, n);
	case ND_TARGET:
		return ex_target(g, n);
	case ND_CAST:
		return n->btf ? ex_target(g, n) : (gerr(g, n->tok, "@cast is not supported by the translator yet"), "0");
	case ND_REGEX:
		return ex_regex(g, n);
	case ND_EMBED_EXPR:
		return ex_embed(g, n);
	default:
		gerr(g, n->tok, "this construct is not supported by the translator yet");
		return "0";
	}
}

/* ------------------------------------------------------------------ */
/* Statements.                                                          */

static void block(G *g, Node *n)
{
	for (Node *s = n; s; s = s->next)
		stmt(g, s);
}

static void body(G *g, Node *n)
{
	if (!n)
		return;
	if (n->kind == ND_BLOCK)
		block(g, n->list);
	else
		stmt(g, n);
}

static void loop_body(G *g, Node *b, const char *brk, const char *cont)
{
	vec_push(&g->brk, (void *)brk);
	vec_push(&g->cont, (void *)cont);
	body(g, b);
	g->brk.len--;
	g->cont.len--;
}

/* foreach (i in @hist_*(s)): the bucket numbers, in order. */
static void st_foreach_hist(G *g, Node *n)
{
	if (n->limit || n->sort_key || n->lhs || !n->list || n->list->next || !n->list->sym) {
		gerr(g, n->tok, "unsupported foreach over a histogram");
		return;
	}
	const char *hist, *dd = stat_data(g, n->rhs->lhs, &hist);
	const char *d = xfmt("l->pp[%d]", g->pe++), *i = xfmt("l->pl[%d]", g->pl++);
	const char *brk = new_label(g, "brk"), *cont = new_label(g, "cont");
	emit(g, "%s = %s;", d, dd);
	emit(g, "for (%s = 0; %s && %s < (%s)->buckets; %s++) {", i, d, i, hist, i);
	g->ind++;
	emit(g, "%s = %s;", var_ref(n->list->sym), i);
	loop_body(g, n->then, brk, cont);
	emit(g, "%s: ;", cont);
	emit(g, "if (unlikely(!stp_action(c, 1))) goto %s;", g->errlab);
	g->ind--;
	emit(g, "}");
	emit(g, "%s: ;", brk);
}

static void st_foreach(G *g, Node *n)
{
	if (n->rhs->kind == ND_HIST) {
		st_foreach_hist(g, n);
		return;
	}
	Node *arr = n->rhs->kind == ND_INDEX ? n->rhs->lhs : n->rhs;
	Symbol *a = array_sym(g, arr);
	if (!a)
		return;
	const char *slice = NULL;
	unsigned wild = 0;
	if (n->rhs->kind == ND_INDEX)
		slice = slice_keys(g, n->rhs->list, a, &wild);
	const char *m = gname(a);
	const char *e = xfmt("l->pe[%d]", g->pe++);
	const char *lim = NULL, *cnt = NULL;
	if (n->limit) {
		lim = xfmt("l->pl[%d]", g->pl++);
		cnt = xfmt("l->pl[%d]", g->pl++);
		emit(g, "%s = %s;", lim, ex(g, n->limit));
		emit(g, "%s = 0;", cnt);
	}
	int col = n->sort_key > 0 ? n->sort_key : n->sort_key < 0 ? 0 : -1;
	int dir = n->flags & NF_SORT_DESC ? -1 : 1;
	int agg = 0;
	if (n->op) {
		static const char *aggs[] = {"@count", "@sum", "@min", "@max", "@avg"};
		for (int i = 0; i < 5; i++)
			if (!strcmp(n->op, aggs[i]))
				agg = i;
	}
	if (a->type == TYPE_STATS) {	/* merge the CPUs' maps first */
		emit(g, "stp_map_agg(c, %s);", m);
		chk(g);
	}
	if (col >= 0)
		emit(g, "stp_map_sort(%s, %d, %d, %d);", m, col, dir, agg);
	const char *brk = new_label(g, "brk"), *cont = new_label(g, "cont");
	emit(g, "for (%s = stp_map_first(%s); %s; %s = stp_map_next(%s, %s)) {", e, m, e, e, m, e);
	g->ind++;
	if (slice) {
		emit(g, "if (!stp_map_slice_match(%s, %s, %s, %uu))", m, e, slice, wild);
		emit(g, "\tcontinue;");
	}
	if (lim) {
		emit(g, "if (%s++ >= %s)", cnt, lim);
		emit(g, "\tbreak;");
	}
	int i = 0;
	for (Node *k = n->list; k; k = k->next, i++) {
		if (!k->sym)
			continue;
		if (a->key_type && a->key_type[i] == TYPE_STRING)
			emit(g, "gen_strcpy(%s, stp_mentry_key_str(%s, %s, %d));", lname(k->sym), m, e, i);
		else
			emit(g, "%s = stp_mentry_key_long(%s, %s, %d);", lname(k->sym), m, e, i);
	}
	if (n->lhs && n->lhs->sym) {
		if (a->type == TYPE_STRING)
			emit(g, "gen_strcpy(%s, stp_mentry_str(%s, %s));", lname(n->lhs->sym), m, e);
		else if (a->type == TYPE_LONG)
			emit(g, "%s = *stp_mentry_long(%s, %s);", lname(n->lhs->sym), m, e);
		else
			gerr(g, n->lhs->tok, "foreach value of a statistics array is not supported");
	}
	loop_body(g, n->then, brk, cont);
	emit(g, "%s: ;", cont);
	g->ind--;
	emit(g, "}");
	emit(g, "%s: ;", brk);
}

static void st_delete(G *g, Node *n)
{
	Node *x = n->lhs;
	if (x->kind == ND_SYM && x->sym) {
		Symbol *y = x->sym;
		if (y->arity > 0)
			emit(g, "stp_map_clear(%s);", gname(y));
		else if (y->type == TYPE_STATS)
			emit(g, "stp_stat_clear(%s);", gname(y));
		else if (y->type == TYPE_STRING)
			emit(g, "%s[0] = 0;", var_ref(y));
		else
			emit(g, "%s = 0;", var_ref(y));
		return;
	}
	if (x->kind == ND_INDEX) {
		Symbol *a = array_sym(g, x->lhs);
		if (!a)
			return;
		if (has_star(x->list)) {
			unsigned wild;
			const char *k = slice_keys(g, x->list, a, &wild);
			emit(g, "stp_map_delete_slice(%s, %s, %uu);", gname(a), k, wild);
			return;
		}
		const char *k = keys(g, x->list, a);
		emit(g, "stp_map_delete(%s, %s);", gname(a), k);
		return;
	}
	gerr(g, n->tok, "unsupported delete operand");
}

static void st_try(G *g, Node *n)
{
	const char *caught = new_label(g, "catch"), *done = new_label(g, "tried");
	const char *outer = g->errlab;
	g->errlab = caught;
	emit(g, "{");
	g->ind++;
	body(g, n->then);
	g->ind--;
	emit(g, "}");
	g->errlab = outer;
	emit(g, "goto %s;", done);
	emit(g, "%s:", caught);
	/* a silent unwind (next in a function, a skip) is not caught */
	emit(g, "if (c->last_error == stp_silent) goto %s;", outer);
	if (n->name) {
		Symbol *y = NULL;
		const Vec *locals = g->fn ? &g->fn->locals : NULL;
		for (int i = 0; locals && i < locals->len; i++)
			if (!strcmp(((Symbol *)locals->data[i])->name, n->name))
				y = locals->data[i];
		(void)y;
		emit(g, "gen_strcpy(l->v_%s, c->last_error);", n->name);
	}
	emit(g, "c->last_error = NULL;");
	emit(g, "c->last_stmt = NULL;");
	emit(g, "{");
	g->ind++;
	body(g, n->els);
	g->ind--;
	emit(g, "}");
	emit(g, "%s: ;", done);
}

static void stmt(G *g, Node *n)
{
	int save_tl = g->tl, save_ts = g->ts;
	if (n->kind != ND_BLOCK && n->kind != ND_NULL_STMT) {
		line_mark(g, n->tok);
		mark(g, n->tok);  /* stap: the statement's first token */
		emit(g, "if (unlikely(!stp_action(c, 1))) goto %s;", g->errlab);
	}
	switch (n->kind) {
	case ND_BLOCK:
		emit(g, "{");
		g->ind++;
		block(g, n->list);
		g->ind--;
		emit(g, "}");
		break;
	case ND_NULL_STMT:
		break;
	case ND_EXPR_STMT: {
		if (n->lhs->kind == ND_EMBED_EXPR) {
			st_embed(g, n->lhs);
			break;
		}
		const char *v = ex(g, n->lhs);
		(void)v;
		break;
	}
	case ND_IF: {
		const char *c = ex(g, n->cond);
		emit(g, "if (%s) {", c);
		g->ind++;
		body(g, n->then);
		g->ind--;
		if (n->els) {
			emit(g, "} else {");
			g->ind++;
			body(g, n->els);
			g->ind--;
		}
		emit(g, "}");
		break;
	}
	case ND_WHILE:
	case ND_FOR: {
		const char *brk = new_label(g, "brk"), *cont = new_label(g, "cont");
		if (n->init)
			stmt(g, n->init);
		emit(g, "for (;;) {");
		g->ind++;
		if (n->cond) {
			int tl = g->tl, ts = g->ts;
			const char *c = ex(g, n->cond);
			emit(g, "if (!(%s))", c);
			emit(g, "\tbreak;");
			g->tl = tl, g->ts = ts;
		}
		loop_body(g, n->then, brk, cont);
		emit(g, "%s: ;", cont);
		/* as stap: the increment is no statement of its own; one
		 * action stands for the iteration, blamed on the statement
		 * run last (the body's) */
		if (n->inc && n->inc->kind == ND_EXPR_STMT) {
			int tl = g->tl, ts = g->ts;
			(void)ex(g, n->inc->lhs);
			g->tl = tl, g->ts = ts;
		} else if (n->inc)
			stmt(g, n->inc);
		emit(g, "if (unlikely(!stp_action(c, 1))) goto %s;", g->errlab);
		g->ind--;
		emit(g, "}");
		emit(g, "%s: ;", brk);
		break;
	}
	case ND_FOREACH:
		st_foreach(g, n);
		break;
	case ND_BREAK:
	case ND_CONTINUE: {
		Vec *v = n->kind == ND_BREAK ? &g->brk : &g->cont;
		if (!v->len)
			gerr(g, n->tok, "%s outside a loop", n->kind == ND_BREAK ? "break" : "continue");
		else
			emit(g, "goto %s;", (char *)v->data[v->len - 1]);
		break;
	}
	case ND_NEXT:
		if (g->fn)
			emit(g, "c->last_error = stp_silent; goto %s;", g->errlab);
		else
			emit(g, "goto out;");
		break;
	case ND_RETURN:
		if (!g->fn) {
			gerr(g, n->tok, "return outside a function");
			break;
		}
		if (n->lhs) {
			const char *v = ex(g, n->lhs);
			if (g->fn->type == TYPE_STRING)
				emit(g, "gen_strcpy(ret, %s);", v);
			else
				emit(g, "*ret = %s;", v);
		}
		emit(g, "goto out;");
		break;
	case ND_DELETE:
		st_delete(g, n);
		break;
	case ND_TRY:
		st_try(g, n);
		break;
	case ND_EMBED_STMT:
		gerr(g, n->tok, "embedded C statements are not supported by the translator yet");
		break;
	default:
		gerr(g, n->tok, "statement not supported by the translator yet");
	}
	g->tl = save_tl, g->ts = save_ts;
}

/* ------------------------------------------------------------------ */
/* Frames, functions, probes.                                           */

static void frame_vars(Buf *b, const Vec *v)
{
	for (int i = 0; i < v->len; i++) {
		const Symbol *y = v->data[i];
		if (y->type == TYPE_STRING)
			buf_printf(b, "\tchar v_%s[MAXSTRINGLEN];\n", y->name);
		else
			buf_printf(b, "\ts64 v_%s;\n", y->name);
	}
}

/* A bound on a frame's size: its strings and 8-byte slots. */
static void frame_note(G *g, bool is_fn, const Vec *a, const Vec *b)
{
	int ns = g->ts_max, nl = g->tl_max + g->pl + 2 * g->pe + 2;
	const Vec *vs[] = {a, b};
	for (int k = 0; k < 2; k++)
		for (int i = 0; vs[k] && i < vs[k]->len; i++) {
			const Symbol *y = vs[k]->data[i];
			if (y->type == TYPE_STRING)
				ns++;
			else
				nl++;
		}
	int *ms = is_fn ? &g->fn_s : &g->pr_s, *ml = is_fn ? &g->fn_l : &g->pr_l;
	if (ns > *ms)
		*ms = ns;
	if (nl > *ml)
		*ml = nl;
}

static void frame_temps(Buf *b, const G *g)
{
	if (g->tl_max)
		buf_printf(b, "\ts64 tl[%d];\n", g->tl_max);
	if (g->ts_max)
		buf_printf(b, "\tchar ts[%d][MAXSTRINGLEN];\n", g->ts_max);
	if (g->pl)
		buf_printf(b, "\ts64 pl[%d];\n", g->pl);
	if (g->pe)
		buf_printf(b, "\tvoid *pe[%d];\n\tvoid *pp[%d];\n", g->pe, g->pe);
}

static void g_reset(G *g, Buf *out, Func *fn)
{
	g->out = out;
	g->ind = 1;
	g->tl = g->ts = g->tl_max = g->ts_max = g->pl = g->pe = 0;
	g->errlab = "out";
	g->fn = fn;
	g->brk.len = g->cont.len = 0;
}

static const char *param_decl(const Symbol *y)
{
	return xfmt(y->type == TYPE_STRING ? "const char *a_%s" : "s64 a_%s", y->name);
}

static const char *fn_proto(const Func *f)
{
	Buf b = {0};
	buf_printf(&b, "static void fn_%s(struct stp_context *c, char *sp, %s",
		   cfn(f), f->type == TYPE_STRING ? "char *ret" : "s64 *ret");
	for (int i = 0; i < f->params.len; i++)
		buf_printf(&b, ", %s", param_decl(f->params.data[i]));
	buf_putc(&b, ')');
	return buf_str(&b);
}

/* The frame check and parameter copies every function starts with. */
static void fn_enter(Buf *o, const Func *f)
{
	buf_printf(o, "\tstruct fn_%s_locals *l = (void *)sp;\n\n", cfn(f));
	/* stap blames MAXNESTING on the function's name in its definition */
	const char *at = f->decl->tok ? c_string_lit(pos_text(f->decl->tok), strlen(pos_text(f->decl->tok))) : "NULL";
	buf_printf(o, "\tif (unlikely(!stp_nest_enter(c))) {\n\t\tc->last_stmt = %s;\n\t\tgoto leave;\n\t}\n", at);
	buf_puts(o, "\tif (unlikely((char *)(l + 1) > (char *)c->locals + sizeof(c->locals))) {\n"
		    "\t\tstp_error(c, \"MAXNESTING exceeded\");\n\t\tgoto out;\n\t}\n");
	buf_printf(o, "\tmemset(l, 0, sizeof(*l));\n");
	if (f->type == TYPE_STRING)
		buf_puts(o, "\tret[0] = 0;\n");
	else
		buf_puts(o, "\t*ret = 0;\n");
	for (int i = 0; i < f->params.len; i++) {
		const Symbol *y = f->params.data[i];
		if (y->type == TYPE_STRING)
			buf_printf(o, "\tgen_strcpy(l->v_%s, a_%s);\n", y->name, y->name);
		else
			buf_printf(o, "\tl->v_%s = a_%s;\n", y->name, y->name);
	}
}

/*
 * An embedded-C body goes in a function of its own, called by the
 * script function's wrapper: a "return;" in the body (stap's convention,
 * and our string.stp's str_replace) then ends the body only, and the
 * wrapper's epilogue (the MAXNESTING count) still runs.  STAP_RETURN and
 * STAP_ERROR return as well; a "goto out" reaches the body's end.
 */
static void emit_embedded_body(Buf *out, const Func *f, const Node *b)
{
	buf_printf(out, "static inline void fn_%s_body(struct stp_context *c, "
		   "struct fn_%s_locals *l, %s)\n{\n", cfn(f), cfn(f),
		   f->type == TYPE_STRING ? "char *ret" : "s64 *ret");
	/* stap's conventions for embedded-C bodies */
	for (int i = 0; i < f->params.len; i++) {
		const Symbol *y = f->params.data[i];
		buf_printf(out, "#define STAP_ARG_%s (l->v_%s)\n", y->name, y->name);
	}
	if (f->type == TYPE_STRING)
		buf_puts(out, "#define STAP_RETVALUE ret\n"
			 "#define STAP_RETURN(v) do { strscpy(ret, (v), MAXSTRINGLEN); return; } while (0)\n");
	else
		buf_puts(out, "#define STAP_RETVALUE (*ret)\n"
			 "#define STAP_RETURN(v) do { *ret = (v); return; } while (0)\n");
	buf_puts(out, "#define STAP_ERROR(...) do { stp_errorf(c, __VA_ARGS__); return; } while (0)\n"
		 "#define CONTEXT c\n#define THIS l\n");
	line_mark_to(out, b->tok);
	buf_printf(out, "\t{\n%s\n\t}\n", b->str ? b->str : "");
	buf_puts(out, "\tgoto out;\nout:\n\t;\n");
	buf_puts(out, "#undef STAP_RETVALUE\n#undef STAP_RETURN\n#undef STAP_ERROR\n"
		 "#undef CONTEXT\n#undef THIS\n");
	for (int i = 0; i < f->params.len; i++)
		buf_printf(out, "#undef STAP_ARG_%s\n", ((Symbol *)f->params.data[i])->name);
	buf_puts(out, "}\n\n");
}

static void emit_function(G *g, Buf *out, Func *f)
{
	Buf frame = {0}, code = {0};
	g_reset(g, &code, f);
	Node *b = f->decl->then;
	bool embedded = b && b->kind == ND_EMBED_STMT;
	if (!embedded)
		body(g, b);
	buf_printf(&frame, "struct fn_%s_locals {\n", cfn(f));
	frame_vars(&frame, &f->params);
	frame_vars(&frame, &f->locals);
	frame_temps(&frame, g);
	frame_note(g, true, &f->params, &f->locals);
	buf_puts(&frame, "\tchar pad;\n};\n\n");
	buf_puts(out, buf_str(&frame));
	if (embedded)
		emit_embedded_body(out, f, b);
	buf_printf(out, "%s\n{\n", fn_proto(f));
	fn_enter(out, f);
	if (embedded) {
		/* stap reports an error of embedded C at the function's name */
		if (f->decl->tok)
			buf_printf(out, "\tc->last_stmt = %s;\n",
				   c_string_lit(pos_text(f->decl->tok), strlen(pos_text(f->decl->tok))));
		buf_printf(out, "\tfn_%s_body(c, l, ret);\n\tgoto out;\n", cfn(f));
	} else
		buf_puts(out, buf_str(&code));
	buf_puts(out, "out:\n\tstp_nest_leave(c);\n\treturn;\nleave:\n\tstp_nest_leave(c);\n}\n\n");
}

/* ---- which globals a probe touches, and how ---- */

enum { U_READ = 1, U_WRITE = 2 };

static void uses(const Node *n, int *use, const G *g, Vec *seen_fns);

static void use_sym(const G *g, const Symbol *y, int how, int *use)
{
	int i = is_global(y) ? global_index(g, y) : -1;
	if (i >= 0)
		use[i] |= how;
}

static void uses_list(const Node *n, int *use, const G *g, Vec *seen)
{
	for (; n; n = n->next)
		uses(n, use, g, seen);
}

static const Symbol *base_sym(const Node *n)
{
	if (n && n->kind == ND_INDEX)
		n = n->lhs;
	return n && n->kind == ND_SYM ? n->sym : NULL;
}

static void uses(const Node *n, int *use, const G *g, Vec *seen)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_SYM:
		if (n->sym)
			use_sym(g, n->sym, U_READ, use);
		return;
	case ND_ASSIGN: {
		const Symbol *y = base_sym(n->lhs);
		if (y) {
			/* '<<<' adds to this CPU's copy (scalars and arrays) */
			bool stat_add = !strcmp(n->op, "<<<");
			use_sym(g, y, stat_add ? U_READ : U_WRITE, use);
		}
		break;
	}
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
	case ND_DELETE: {
		const Symbol *y = base_sym(n->lhs);
		if (y)
			use_sym(g, y, U_WRITE, use);
		break;
	}
	case ND_STAT: case ND_HIST: case ND_FOREACH: {
		/* reading an aggregate, or sorting an array, writes */
		const Symbol *y = base_sym(n->kind == ND_FOREACH ? n->rhs : n->lhs);
		if (y)
			use_sym(g, y, U_WRITE, use);
		break;
	}
	case ND_CALL:
		if (n->fn) {
			bool done = false;
			for (int i = 0; i < seen->len; i++)
				done |= seen->data[i] == n->fn;
			if (!done) {
				vec_push(seen, n->fn);
				uses(n->fn->decl->then, use, g, seen);
			}
		}
		break;
	default:
		break;
	}
	uses(n->lhs, use, g, seen);
	uses(n->rhs, use, g, seen);
	uses(n->cond, use, g, seen);
	uses(n->then, use, g, seen);
	uses(n->els, use, g, seen);
	uses(n->init, use, g, seen);
	uses(n->inc, use, g, seen);
	uses(n->limit, use, g, seen);
	if (n->kind != ND_FUNCTION)
		uses_list(n->list, use, g, seen);
}

/* Runtime probe kind and its table row fields: translate_probes.c. */
static bool probe_row(G *g, const Probe *p, Buf *row)
{
	if (tprobe_row(g->s, g->P, p, row))
		return true;
	g->failed = true;
	return false;
}

/* pn(): the probe point as the script names it, wildcards expanded but
 * aliases not: the outermost alias's name (of several, the one a point of
 * the script matches), else the resolved point. */
static const char *probe_name(const Probe *p)
{
	Buf b = {0};
	if (!p->via.len) {
		pp_print(&b, p->point, false, NULL);
		return buf_str(&b);
	}
	const Node *a = p->via.data[p->via.len - 1], *pick = a->list2;
	for (const Node *n = a->list2; n && a->list2->next; n = n->next) {
		Buf nb = {0};
		pp_print(&nb, n, false, NULL);
		for (const Node *u = p->user->list; u; u = u->next) {
			Buf ub = {0};
			pp_print(&ub, u, false, NULL);
			if (!fnmatch(buf_str(&ub), buf_str(&nb), 0))
				pick = n;
		}
		if (pick != a->list2)
			break;
	}
	pp_print(&b, pick, false, NULL);
	return buf_str(&b);
}

static void emit_probe(G *g, Buf *out, Buf *table, Probe *p, int idx)
{
	Buf code = {0}, frame = {0}, row = {0};
	g_reset(g, &code, NULL);
	cur_probe = p;
	int ng = g->P->globals.len;
	int *use = xalloc(sizeof(int) * (ng + 1));
	Vec seen = {0};
	uses(p->body, use, g, &seen);
	uses(p->cond, use, g, &seen);
	if (p->cond) {
		const char *c = ex(g, p->cond);
		emit(g, "if (!(%s))", c);
		emit(g, "\tgoto out;");
	}
	body(g, p->body);
	buf_printf(&frame, "struct probe_%d_locals {\n", idx);
	frame_vars(&frame, &p->locals);
	frame_temps(&frame, g);
	frame_note(g, false, &p->locals, NULL);
	buf_puts(&frame, "\tchar pad;\n};\n\n");
	buf_puts(out, buf_str(&frame));

	Buf pp = {0};
	pp_print(&pp, p->point, false, NULL);
	buf_printf(out, "/* %s */\nstatic void probe_%d(struct stp_context *c)\n{\n", buf_str(&pp), idx);
	buf_printf(out, "\tstruct probe_%d_locals *l = (void *)c->locals;\n", idx);
	buf_puts(out, "\tBUILD_BUG_ON(sizeof(*l) > sizeof(c->locals));\n");
	buf_puts(out, "\tmemset(l, 0, sizeof(*l));\n");
	/* locks in declaration order; on a timeout unlock what was taken */
	int nlocked = 0;
	for (int i = 0; i < ng; i++) {
		if (!use[i])
			continue;
		const Symbol *y = g->P->globals.data[i];
		buf_printf(out, "\tif (!stp_lock(c, &lk_%s, %s))\n\t\tgoto unlock_%d;\n",
			   y->name, use[i] & U_WRITE ? "true" : "false", nlocked);
		nlocked++;
	}
	buf_puts(out, buf_str(&code));
	buf_puts(out, "out:\n");
	int k = nlocked;
	for (int i = ng - 1; i >= 0; i--) {
		if (!use[i])
			continue;
		const Symbol *y = g->P->globals.data[i];
		buf_printf(out, "\tstp_unlock(&lk_%s, %s);\nunlock_%d:\n", y->name,
			   use[i] & U_WRITE ? "true" : "false", --k);
	}
	buf_puts(out, "\treturn;\n}\n\n");
	(void)k;
	if (!probe_row(g, p, &row))
		return;
	const char *pn = probe_name(p);
	buf_printf(table, "\t{ %s, .pp = %s, .pn = %s, .handler = probe_%d },\n", buf_str(&row),
		   c_string_lit(buf_str(&pp), pp.len), c_string_lit(pn, strlen(pn)), idx);
}

/* ---- globals ---- */

static void hist_of(const Node *n, const Symbol *y, HistShape *h, G *g)
{
	if (!n)
		return;
	if (n->kind == ND_HIST && base_sym(n->lhs) == y) {
		HistShape s = {0};
		s.tok = n->tok;
		if (!strcmp(n->op, "@hist_log"))
			s.hist = 1;
		else {
			s.hist = 2;
			const Node *a = n->list;
			if (a && a->next && a->next->next) {
				s.lo = a->num, s.hi = a->next->num, s.step = a->next->next->num;
			}
		}
		if (h->hist && (h->hist != s.hist || h->lo != s.lo || h->hi != s.hi || h->step != s.step))
			gerr(g, n->tok, "multiple histogram types declared on '%s'", y->name);
		else
			*h = s;
	}
	hist_of(n->lhs, y, h, g);
	hist_of(n->rhs, y, h, g);
	hist_of(n->cond, y, h, g);
	hist_of(n->then, y, h, g);
	hist_of(n->els, y, h, g);
	hist_of(n->init, y, h, g);
	hist_of(n->inc, y, h, g);
	hist_of(n->limit, y, h, g);
	for (const Node *k = n->list; k; k = k->next)
		hist_of(k, y, h, g);
}

static HistShape global_hist(G *g, const Symbol *y)
{
	HistShape h = {0};
	for (int i = 0; i < g->P->probes.len; i++) {
		const Probe *p = g->P->probes.data[i];
		hist_of(p->body, y, &h, g);
	}
	for (int i = 0; i < g->P->funcs.len; i++) {
		const Func *f = g->P->funcs.data[i];
		if (f)
			hist_of(f->decl->then, y, &h, g);
	}
	return h;
}

static const char *hist_args(const HistShape *h)
{
	static const char *types[] = {"STP_HIST_NONE", "STP_HIST_LOG", "STP_HIST_LINEAR"};
	return xfmt("%s, %lld, %lld, %lld", types[h->hist], (long long)h->lo,
		    (long long)h->hi, (long long)h->step);
}

static const char *stp_type(Type t)
{
	return t == TYPE_STRING ? "STP_T_STRING" : t == TYPE_STATS ? "STP_T_STAT" : "STP_T_LONG";
}

/* Is the global named by a -G NAME=VALUE? */
static bool global_set(const Session *s, const char *name)
{
	size_t n = strlen(name);
	for (int i = 0; i < s->globals_set.len; i++) {
		const char *a = s->globals_set.data[i];
		if (!strncmp(a, name, n) && a[n] == '=')
			return true;
	}
	return false;
}

/* -G NAME=VALUE: the scalar global becomes a module parameter of its own
 * name, as in stap (staprun passes NAME=VALUE when it loads the module);
 * a value given replaces the initializer.  A number that does not parse
 * fails the load with the parameter named.  Only globals -G names: the
 * name is a C token in the kernel's macros, where one that is also a
 * kernel macro (VM_FAULT_ERROR) would expand. */
static void emit_global_param(const G *g, const Symbol *y, Buf *decl, Buf *init)
{
	if (!global_set(g->s, y->name))
		return;
	buf_printf(decl, "static char *G_%s;\nmodule_param_named(%s, G_%s, charp, 0);\n",
		   y->name, y->name, y->name);
	if (y->type == TYPE_STRING)
		buf_printf(init, "\tif (G_%s)\n\t\tstrscpy(g_%s, G_%s, MAXSTRINGLEN);\n",
			   y->name, y->name, y->name);
	else
		buf_printf(init, "\tif (G_%s && kstrtoll(G_%s, 0, &g_%s)) {\n"
			   "\t\tpr_err(\"%%s: -G %s: '%%s' is not a number\\n\", THIS_MODULE->name, G_%s);\n"
			   "\t\treturn -EINVAL;\n\t}\n",
			   y->name, y->name, y->name, y->name, y->name);
}

static void emit_globals(G *g, Buf *decl, Buf *init, Buf *fr)
{
	for (int i = 0; i < g->P->globals.len; i++) {
		const Symbol *y = g->P->globals.data[i];
		const Node *d = y->decl;
		buf_printf(decl, "static DEFINE_RWLOCK(lk_%s);\n", y->name);
		if (y->arity > 0) {
			HistShape h = {0};
			if (y->type == TYPE_STATS)
				h = global_hist(g, y);
			buf_printf(decl, "static struct stp_map *g_%s;\n", y->name);
			buf_puts(init, "\t{\n\t\tstatic const enum stp_type kt[] = { ");
			for (int k = 0; k < y->arity; k++)
				buf_printf(init, "%s%s", k ? ", " : "", stp_type(y->key_type[k]));
			buf_puts(init, " };\n");
			const char *hp = "NULL";
			if (y->type == TYPE_STATS) {
				buf_printf(init, "\t\tstruct stp_hist h;\n\n\t\tstp_hist_init(&h, %s);\n", hist_args(&h));
				hp = "&h";
			}
			buf_printf(init, "\t\tg_%s = stp_map_new(%s, %d, kt, %s, %lld, %s, %s);\n"
				   "\t\tif (!g_%s)\n\t\t\treturn -ENOMEM;\n\t}\n",
				   y->name, c_string_lit(y->name, strlen(y->name)), y->arity, stp_type(y->type),
				   d && (d->flags & NF_HAS_SIZE) ? (long long)d->num : 0LL,
				   d && (d->flags & NF_WRAP) ? "true" : "false", hp, y->name);
			buf_printf(fr, "\tstp_map_free(g_%s);\n\tg_%s = NULL;\n", y->name, y->name);
		} else if (y->type == TYPE_STATS) {
			HistShape h = global_hist(g, y);
			buf_printf(decl, "static struct stp_stat *g_%s;\n", y->name);
			buf_printf(init, "\tg_%s = stp_stat_new(%s);\n\tif (!g_%s)\n\t\treturn -ENOMEM;\n",
				   y->name, hist_args(&h), y->name);
			buf_printf(fr, "\tstp_stat_free(g_%s);\n\tg_%s = NULL;\n", y->name, y->name);
		} else if (y->type == TYPE_STRING) {
			buf_printf(decl, "static char g_%s[MAXSTRINGLEN];\n", y->name);
			if (d && d->lhs && d->lhs->kind == ND_STR)
				buf_printf(init, "\tgen_strcpy(g_%s, %s);\n", y->name, c_string_lit(d->lhs->str, d->lhs->slen));
			else
				buf_printf(init, "\tg_%s[0] = 0;\n", y->name);
			emit_global_param(g, y, decl, init);
		} else {
			buf_printf(decl, "static s64 g_%s;\n", y->name);
			int64_t v = 0;
			if (d && d->lhs && d->lhs->kind == ND_NUM)
				v = d->lhs->num;
			else if (d && d->lhs && d->lhs->kind == ND_UNARY && d->lhs->lhs->kind == ND_NUM)
				v = -d->lhs->lhs->num;
			buf_printf(init, "\tg_%s = %s;\n", y->name, num_lit(v));
			emit_global_param(g, y, decl, init);
		}
	}
}

/* Helpers the generated code shares (static, in the module). */
static const char prelude[] =
	"#define K(...) ((const union stp_key[]){ __VA_ARGS__ })\n"
	"\n"
	"/* strings are bounded by MAXSTRINGLEN; copies may overlap */\n"
	"static inline char *gen_strcpy(char *dst, const char *src)\n"
	"{\n"
	"\tsize_t n = strnlen(src, MAXSTRINGLEN - 1);\n"
	"\n"
	"\tif (dst != src) {\n"
	"\t\tmemmove(dst, src, n);\n"
	"\t\tdst[n] = 0;\n"
	"\t}\n"
	"\treturn dst;\n"
	"}\n"
	"\n"
	"static inline char *gen_cat(char *dst, const char *a, const char *b)\n"
	"{\n"
	"\tsize_t n = strnlen(a, MAXSTRINGLEN - 1), m;\n"
	"\n"
	"\tmemmove(dst, a, n);\n"
	"\tm = strnlen(b, MAXSTRINGLEN - 1 - n);\n"
	"\tmemmove(dst + n, b, m);\n"
	"\tdst[n + m] = 0;\n"
	"\treturn dst;\n"
	"}\n"
	"\n"
	"/* @count @sum @min @max @avg @variance (0..5); a missing array\n"
	"   element counts as empty */\n"
	"static s64 gen_sd(struct stp_context *c, struct stp_stat_data *d,\n"
	"\t\t  const struct stp_hist *h, int op)\n"
	"{\n"
	"\tif (!d) {\n"
	"\t\tif (op > 1)\n"
	"\t\t\tstp_error(c, \"empty aggregate\");\n"
	"\t\treturn 0;\n"
	"\t}\n"
	"\tswitch (op) {\n"
	"\tcase 0: return stp_sd_count(c, d);\n"
	"\tcase 1: return stp_sd_sum(c, d);\n"
	"\tcase 2: return stp_sd_min(c, d);\n"
	"\tcase 3: return stp_sd_max(c, d);\n"
	"\tcase 4: return stp_sd_avg(c, d);\n"
	"\tdefault: return stp_sd_variance(c, h, d);\n"
	"\t}\n"
	"}\n"
	"\n"
	"/* @hist_*(s)[i]: bucket i's count */\n"
	"static s64 gen_hist_bucket(struct stp_context *c, struct stp_stat_data *d,\n"
	"\t\t\t   const struct stp_hist *h, s64 i)\n"
	"{\n"
	"\tif (i < 0 || i >= h->buckets) {\n"
	"\t\tstp_error(c, \"histogram index out of range\");\n"
	"\t\treturn 0;\n"
	"\t}\n"
	"\treturn d ? d->hist[i] : 0;\n"
	"}\n"
	"\n"
	"static void gen_print_hist(struct stp_context *c, struct stp_stat_data *d,\n"
	"\t\t\t   const struct stp_hist *h)\n"
	"{\n"
	"\t/* stap: printing the histogram of nothing is an error */\n"
	"\tif (!d || !d->count)\n"
	"\t\tstp_error(c, \"empty aggregate\");\n"
	"\telse\n"
	"\t\tstp_sd_print_hist(c, h, d);\n"
	"}\n\n";

/* The `=~` programs, and the per-CPU scratch for the largest one. */
static void emit_regexes(G *g, Buf *out, Buf *init, Buf *fr)
{
	int maxn = 0, maxg = 0;
	if (!g->rx.len)
		return;
	for (int i = 0; i < g->rx.len; i++) {
		const Regex *r = g->rx.data[i];
		regex_emit_c(out, r, xfmt("rx_%d", i));
		maxn = r->n > maxn ? r->n : maxn;
		maxg = r->ngroups > maxg ? r->ngroups : maxg;
	}
	buf_puts(out, "\n");
	buf_printf(init, "\tif (stp_rx_init(%d, %d))\n\t\treturn -ENOMEM;\n", maxn, maxg);
	buf_puts(fr, "\tstp_rx_free();\n");
}

/* stap's recursion analysis: the deepest chain of calls from a probe,
 * not following a call into a function already on the chain. */
static void nest_walk(const Node *n, Vec *stack, int *maxd, bool *rec)
{
	for (; n; n = n->next) {
		for (Func *f = n->kind == ND_CALL ? n->fn : NULL; f; f = f->overload) {
			if (stack->len + 1 > *maxd)
				*maxd = stack->len + 1;
			bool on = false;
			for (int i = 0; i < stack->len && !on; i++)
				on = stack->data[i] == f;
			if (on) {
				*rec = true;
				continue;
			}
			vec_push(stack, f);
			nest_walk(f->decl->then, stack, maxd, rec);
			stack->len--;
		}
		const Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els,
				      n->init, n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i])
				nest_walk(kids[i], stack, maxd, rec);
	}
}

static int nest_depth(const Program *P, bool *rec)
{
	Vec stack = {0};
	int maxd = 0;
	for (int i = 0; i < P->probes.len; i++) {
		const Probe *p = P->probes.data[i];
		nest_walk(p->body, &stack, &maxd, rec);
		nest_walk(p->cond, &stack, &maxd, rec);
	}
	return maxd;
}

static char *kc_translate(Session *s, const Program *P)
{
	G gs = {.s = s, .P = P}, *g = &gs;
	cfn_prog = P;
	Buf out = {0}, decl = {0}, init = {0}, fr = {0}, fns = {0}, probes = {0}, table = {0};

	buf_puts(&out, "/* generated by stap " STAP_TOOL_VERSION " (pass 3): do not edit */\n");
	for (int i = 0; i < s->defines.len; i++) {
		const char *d = s->defines.data[i];
		const char *eq = strchr(d, '=');
		if (eq)
			buf_printf(&out, "#ifndef %.*s\n#define %.*s %s\n#endif\n", (int)(eq - d), d,
				   (int)(eq - d), d, eq + 1);
		else
			buf_printf(&out, "#ifndef %s\n#define %s\n#endif\n", d, d);
	}
	emit_globals(g, &decl, &init, &fr);
	/* function prototypes first: calls may come before the definition */
	for (int i = 0; i < P->funcs.len; i++) {
		Func *f = P->funcs.data[i];
		if (f) {
			buf_printf(&fns, "struct fn_%s_locals;\n", cfn(f));
			buf_printf(&fns, "%s;\n", fn_proto(f));
		}
	}
	buf_puts(&fns, "\n");
	for (int i = 0; i < P->funcs.len; i++) {
		Func *f = P->funcs.data[i];
		if (f)
			emit_function(g, &fns, f);
	}
	for (int i = 0; i < P->probes.len; i++)
		emit_probe(g, &probes, &table, P->probes.data[i], i);
	if (g->failed || s->nerrors)
		return NULL;

	/* stap's default MAXNESTING: the deepest call chain, or 11 more
	 * than the chain that closes a cycle for a recursive program */
	bool rec = false;
	int depth = nest_depth(P, &rec);
	buf_printf(&out, "#ifndef MAXNESTING\n#define MAXNESTING %d\n#endif\n",
		   rec ? depth + 11 : depth > 0 ? depth : 1);
	/* the locals area: a probe frame and MAXNESTING function frames */
	buf_printf(&out, "#ifndef STP_LOCALS_SIZE\n#define STP_LOCALS_SIZE "
		   "(16384 + %d * MAXSTRINGLEN + %d + MAXNESTING * (%d * MAXSTRINGLEN + %d))\n#endif\n",
		   g->pr_s, 8 * g->pr_l, g->fn_s, 8 * g->fn_l);
	buf_puts(&out, "#include \"stp_runtime.h\"\n");
	/* what stap's runtime brings in for embedded C (tapsets use it) */
	buf_puts(&out, "#include <linux/sched/clock.h>\n#include <linux/uaccess.h>\n\n");
	usyms_emit(s, P, &out, &init, &fr);   /* core/usyms.c */
	for (int i = 0; i < P->embeds.len; i++) {
		const Node *e = P->embeds.data[i];
		line_mark_to(&out, e->tok);
		buf_printf(&out, "%s\n", e->str);
	}
	buf_puts(&out, prelude);
	emit_regexes(g, &out, &init, &fr);
	buf_puts(&out, "/* globals */\n");
	buf_puts(&out, buf_str(&decl));
	buf_puts(&out, "\n");
	buf_puts(&out, buf_str(&fns));
	buf_puts(&out, buf_str(&probes));
	buf_puts(&out, "static const struct stp_probe stp_generated_probes[] = {\n");
	buf_puts(&out, buf_str(&table));
	buf_puts(&out, "};\n\n");
	buf_printf(&out, "static void stp_globals_free(void)\n{\n%s}\n\n", buf_str(&fr));
	buf_printf(&out, "static int stp_globals_init(void)\n{\n%s\treturn 0;\n}\n\n", buf_str(&init));
	buf_puts(&out, "STP_MODULE(stp_generated_probes, stp_globals_init, stp_globals_free);\n");
	return (char *)buf_str(&out);
}
