/* print2.c - the -p2 output: the resolved program as stap lists it.
 *
 *   # globals
 *   a[10]:long [long]
 *   # functions
 *   f:long (x:long)
 *     # locals
 *     y:long
 *   # probes
 *   timer.s(1) (comment: <- timer.s(1),end)
 *     # locals
 *     x:string
 *
 * A probe shows the point it resolved to, then in a C comment what it
 * came from: the aliases expanded, innermost first, and the user's probe
 * point list.
 */
#include "stap.h"

#include <string.h>

static const char *tname(Type t)
{
	switch (t) {
	case TYPE_LONG: return "long";
	case TYPE_STRING: return "string";
	case TYPE_STATS: return "stats";
	default: return "unknown";
	}
}

static void put_keys(Buf *b, const Symbol *y)
{
	if (y->arity <= 0)
		return;
	buf_puts(b, " [");
	for (int i = 0; i < y->arity; i++)
		buf_printf(b, "%s%s", i ? ", " : "", tname(y->key_type[i]));
	buf_putc(b, ']');
}

static void put_global(Buf *b, const Symbol *y)
{
	buf_puts(b, y->name);
	if (y->decl && (y->decl->flags & NF_HAS_SIZE))
		buf_printf(b, "[%lld]", (long long)y->decl->num);
	if (y->decl && (y->decl->flags & NF_WRAP))
		buf_putc(b, '%');
	buf_printf(b, ":%s", tname(y->type));
	put_keys(b, y);
	buf_putc(b, '\n');
}

/* The tracepoint arguments a body reads ($prev: argno 2 -> used[1]). */
static void used_args(const Node *n, bool *used, int nargs)
{
	for (; n; n = n->next) {
		if (n->kind == ND_TARGET && n->argno > 0 && n->argno <= nargs)
			used[n->argno - 1] = true;
		used_args(n->lhs, used, nargs);
		used_args(n->rhs, used, nargs);
		used_args(n->cond, used, nargs);
		used_args(n->then, used, nargs);
		used_args(n->els, used, nargs);
		used_args(n->init, used, nargs);
		used_args(n->inc, used, nargs);
		used_args(n->limit, used, nargs);
		used_args(n->list, used, nargs);
	}
}

/* stap keeps each tracepoint argument a probe reads in a local
 * __tracepoint_arg_NAME, listed in TP_PROTO order. */
static bool put_nf_vars(Buf *b, const Probe *p, bool listing);

static bool put_tp_locals(Buf *b, const Probe *p)
{
	if (p->netfilter)
		return put_nf_vars(b, p, false);
	int n = p->tp_args.len;
	bool used[n + 1];
	memset(used, 0, sizeof used);
	used_args(p->body, used, n);
	bool any = false;
	for (int i = 0; i < n; i++) {
		if (!used[i])
			continue;
		if (!any)
			buf_puts(b, "  # locals\n");
		any = true;
		buf_printf(b, "  __tracepoint_arg_%s:long\n", ((TpArg *)p->tp_args.data[i])->name);
	}
	return any;
}

/* stap copies each netfilter variable a probe uses into a local
 * __nf_NAME, listed by name ($verdict included). */
static bool put_nf_vars(Buf *b, const Probe *p, bool listing)
{
	static const char *const by_name[] = {"hooknum", "in", "okfn", "out", "skb", "verdict"};
	static const int argno[] = {1, 3, 5, 4, 2, NF_VERDICT_ARG};
	bool used[NF_VERDICT_ARG + 1];
	memset(used, 0, sizeof used);
	used_args(p->body, used, NF_VERDICT_ARG);
	bool any = false;
	for (int i = 0; i < NF_VERDICT_ARG; i++) {
		if (!used[argno[i] - 1])
			continue;
		if (!any && !listing)
			buf_puts(b, "  # locals\n");
		any = true;
		buf_printf(b, listing ? " __nf_%s:long" : "  __nf_%s:long\n", by_name[i]);
	}
	return any;
}

static void put_locals(Buf *b, const Vec *locals, bool header_done)
{
	if (!locals->len)
		return;
	if (!header_done)
		buf_puts(b, "  # locals\n");
	for (int i = 0; i < locals->len; i++) {
		const Symbol *y = locals->data[i];
		buf_printf(b, "  %s:%s", y->name, tname(y->type));
		put_keys(b, y);
		buf_putc(b, '\n');
	}
}

static void put_function(Buf *b, const Func *f)
{
	buf_printf(b, "%s:%s (", f->name, tname(f->type));
	for (int i = 0; i < f->params.len; i++) {
		const Symbol *p = f->params.data[i];
		buf_printf(b, "%s%s:%s", i ? ", " : "", p->name, tname(p->type));
	}
	buf_puts(b, ")\n");
	put_locals(b, &f->locals, false);
}

/* "a, b = x, y" for an alias; points joined by `sep`. */
static void put_points(Buf *b, const Node *pts, const char *sep, const Vec *globals)
{
	for (const Node *pt = pts; pt; pt = pt->next) {
		pp_print(b, pt, true, globals);
		if (pt->next)
			buf_puts(b, sep);
	}
}

static void put_probe(Buf *b, const Probe *p, const Vec *globals)
{
	pp_print(b, p->point, true, globals);
	if (p->unote)   /* process probes: where, "pc=.dynamic+0x1158" */
		buf_printf(b, " /* %s */", p->unote);
	if (p->kprobe)  /* kprobe.*: the symbol registered, in stap's spacing */
		buf_printf(b, " /*  name = %s%s%s*/", p->kmod ? p->kmod : "", p->kmod ? ":" : "",
			   p->ksym);
	buf_puts(b, " /* <- ");
	if (p->input) {
		pp_print(b, p->input, false, globals);
	} else {
		for (int i = 0; i < p->via.len; i++) {
			const Node *a = p->via.data[i];
			/* an alias prints as written: its globals not renamed */
			put_points(b, a->list2, ", ", NULL);
			buf_puts(b, a->flags & NF_EPILOGUE ? " += " : " = ");
			put_points(b, a->list, ", ", NULL);
			buf_puts(b, " <- ");
		}
		put_points(b, p->user->list, ",", globals);
	}
	buf_puts(b, " */\n");
	put_locals(b, &p->locals, put_tp_locals(b, p));
}

void print_program(FILE *out, const Program *P)
{
	Buf b = {0};
	if (P->needs_procfs || P->embeds.len) {
		buf_puts(&b, "# global embedded code\n");
		for (int i = 0; i < P->embeds.len; i++)
			buf_printf(&b, "%%{%s%%}\n", ((Node *)P->embeds.data[i])->str);
		if (P->needs_procfs)
			buf_puts(&b, "%{#include \"procfs-probes.h\"%}\n");
	}
	if (P->globals.len) {
		buf_puts(&b, "# globals\n");
		for (int i = 0; i < P->globals.len; i++)
			put_global(&b, P->globals.data[i]);
	}
	if (P->funcs.len) {
		buf_puts(&b, "# functions\n");
		for (int i = 0; i < P->funcs.len; i++)
			put_function(&b, P->funcs.data[i]);
	}
	buf_puts(&b, "# probes\n");
	for (int i = 0; i < P->probes.len; i++)
		put_probe(&b, P->probes.data[i], &P->globals);
	fwrite(b.buf, 1, b.len, out);
}

/* -L shows DWARF's spelling of the base types (stap reads them from the
 * tracepoint's debuginfo); the headers spell them as C does. */
static const char *dwarf_spelling(const char *t)
{
	static const char *const map[][2] = {
		{"long", "long int"}, {"unsigned long", "long unsigned int"},
		{"long long", "long long int"},
		{"unsigned long long", "long long unsigned int"},
		{"short", "short int"}, {"unsigned short", "short unsigned int"},
		{"unsigned", "unsigned int"}, {"signed char", "signed char"},
	};
	/* "const struct page*" is DWARF's "struct page const*" */
	static const char *const quals[] = {"const", "volatile"};
	for (int q = 0; q < 2; q++) {
		size_t ql = strlen(quals[q]);
		if (strncmp(t, quals[q], ql) || t[ql] != ' ')
			continue;
		const char *star = strchr(t, '*');
		size_t n = star ? (size_t)(star - t - ql - 1) : strlen(t + ql + 1);
		const char *base = dwarf_spelling(xstrndup(t + ql + 1, n));
		return xfmt("%s %s%s", base, quals[q], star ? star : "");
	}
	const char *star = strchr(t, '*');
	if (star && star > t) {
		const char *base = dwarf_spelling(xstrndup(t, star - t));
		return xfmt("%s%s", base, star);
	}
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (!strcmp(t, map[i][0]))
			return map[i][1];
	return t;
}

/* A process probe's variables: a marker's $argN:long, or the DWARF
 * parameters and locals that have a location at the address (none for
 * a function known only from the symbol table). */
static void put_process_vars(Buf *b, const Probe *p)
{
	for (int i = 1; p->sdt_name && i <= p->sdt_nargs; i++)
		buf_printf(b, " $arg%d:long", i);
	if (p->sdt_name || !p->ufunc || p->ufunc->symtab)
		return;
	const DwVar *rv = p->ureturn ? dw_return_var(p->udw, p->ufunc) : NULL;
	if (rv)                 /* a .return probe's value first, as stap */
		buf_printf(b, " $return:%s", rv->type);
	Vec vars = {0};
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	/* a .function probe lists its function's own scope (stap takes
	 * the function's DIE there, not the scopes at the address) */
	bool func = false;
	for (const Node *c = p->point ? p->point->list : NULL; c; c = c->next)
		func |= c->name && !strcmp(c->name, "function");
	int deepest = 0;
	for (int i = 0; i < vars.len && !func; i++)
		if (((const DwVar *)vars.data[i])->scope > deepest)
			deepest = ((const DwVar *)vars.data[i])->scope;
	/* stap lists the innermost scope first, each in DIE order */
	for (int d = deepest; d >= 0; d--)
		for (int i = 0; i < vars.len; i++) {
			const DwVar *v = vars.data[i];
			if (v->scope == d && dw_var_accessible(p->udw, v, p->uaddr))
				buf_printf(b, " $%s:%s", v->name, v->type);
		}
}

void print_probe_vars(Buf *b, const Probe *p)
{
	/* stap lists no $vars for netfilter probes, only the locals */
	int n = p->netfilter ? 0 : p->tp_args.len;
	if (p->netfilter)
		put_nf_vars(b, p, true);
	bool used[n + 1];
	memset(used, 0, sizeof used);
	used_args(p->body, used, n);
	for (int i = 0; i < n; i++)
		if (used[i])
			buf_printf(b, " __tracepoint_arg_%s:long", ((TpArg *)p->tp_args.data[i])->name);
	for (int i = 0; i < p->locals.len; i++) {
		const Symbol *y = p->locals.data[i];
		/* not the carriers of @entry values (dwarf_vars.c): pass 2's,
		 * not the alias's variables */
		if (!strncmp(y->name, "_entry_tvar_", 12) ||
		    !strncmp(y->name, "__global_entry_tvar_", 20))
			continue;
		buf_printf(b, " %s:%s", y->name, tname(y->type));
	}
	for (int i = 0; i < n; i++) {
		const TpArg *a = p->tp_args.data[i];
		buf_printf(b, " $%s:%s", a->name, dwarf_spelling(a->ctype));
	}
	put_process_vars(b, p);
}
