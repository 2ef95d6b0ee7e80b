/* dwarf_vars.c - pass 2 of process() probes' target variables.
 *
 * Every $var, $var->chain[i], &$var, $var$/$var$$, $$parms/$$locals/
 * $$vars/$$return (with their $ and $$ suffixes), $return, @entry(),
 * @defined(), @var("name@file") and @cast(p, "type", "PATH") in the
 * body of a process() probe is bound here against the DWARF of the
 * probed file (dwarf.c), as stap's dwarf_var_expanding_visitor does:
 *
 * - a readable value becomes an ND_TARGET (a long) whose DwVar is
 *   remembered for pass 3 (translate_dwarf.c), which asks dwarf.c for
 *   its location program again (with the C of any [expr] index);
 * - $var$ becomes sprintf(FORMAT, members...) with stap's format
 *   (dwarf.c: dw_pretty), char data through user_string_quoted();
 * - in a .return probe, anything but $return is read at entry, as
 *   stap: a synthesized .call probe stores it in a global array keyed
 *   by thread and depth (entry_tvar_NAME_K[tid(), ++ctr[tid()]]) and
 *   the return probe takes it back out, with stap's names and shape;
 * - errors are stap's, naming the variable and the alternatives, or
 *   with --skip-badvars a warning and the literal 0.
 *
 * A script function's body has no probe: only its @cast(p, "type",
 * "PATH") and @var("name", "PATH") bind (dwv_bind_func), and in the
 * copy of a function that elaborate.c makes for each process probe
 * calling it, a module-less @cast(p, "type") binds to that probe's file
 * (dwv_bind_func_probe), as stap 4.8's per-probe function clones.
 */
#include "stap.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- the DwVar of each bound node, for pass 3 ---- */

typedef struct {
	const Node *n;
	DwFile *f;
	const DwVar *v;
} Ref;

static Vec refs;                /* Ref * */

static void remember(const Node *n, DwFile *f, const DwVar *v)
{
	Ref *r = xalloc(sizeof(*r));
	r->n = n, r->f = f, r->v = v;
	vec_push(&refs, r);
}

const DwVar *dwv_ref(const Node *n, DwFile **f)
{
	for (int i = refs.len - 1; i >= 0; i--) {
		Ref *r = refs.data[i];
		if (r->n == n) {
			*f = r->f;
			return r->v;
		}
	}
	return NULL;
}

/* ---- node constructors ---- */

static Node *mk(int kind, Token *tok)
{
	Node *n = xalloc(sizeof(*n));
	n->kind = kind;
	n->tok = tok;
	return n;
}

static Node *mk_sym(Token *tok, const char *name)
{
	Node *n = mk(ND_SYM, tok);
	n->name = name;
	return n;
}

static Node *mk_num(Token *tok, int64_t v)
{
	Node *n = mk(ND_NUM, tok);
	n->num = v;
	return n;
}

static Node *mk_str(Token *tok, const char *s)
{
	Node *n = mk(ND_STR, tok);
	n->str = s;
	n->slen = (int)strlen(s);
	return n;
}

static Node *mk_op(int kind, Token *tok, const char *op, Node *lhs, Node *rhs)
{
	Node *n = mk(kind, tok);
	n->op = op;
	n->lhs = lhs;
	n->rhs = rhs;
	return n;
}

static Node *mk_call(Token *tok, const char *name, Node *args)
{
	Node *n = mk(ND_CALL, tok);
	n->name = name;
	n->list = args;
	return n;
}

/* arr[k1, k2] */
static Node *mk_index(Token *tok, const char *arr, Node *k1, Node *k2)
{
	Node *n = mk(ND_INDEX, tok);
	n->lhs = mk_sym(tok, arr);
	k1->next = k2;
	n->list = k1;
	return n;
}

static Node *mk_stmt(Node *e)
{
	Node *s = mk(ND_EXPR_STMT, e->tok);
	s->lhs = e;
	return s;
}

/* Replace n by r in place, keeping n's place in its list. */
static void replace(Node *n, const Node *r)
{
	Node *next = n->next;
	*n = *r;
	n->next = next;
}

/* sprintf(FMT, ARGS...): how $$vars and the like expand. */
static Node *mk_sprintf(Token *tok, Buf *fmt, Node *args)
{
	Node *f = mk_str(tok, buf_str(fmt));
	f->next = args;
	Node *r = mk(ND_PRINT, tok);
	r->op = "sprintf";
	r->list = f;
	r->etype = TYPE_STRING;
	return r;
}

/* ---- the binder ---- */

typedef struct {
	Session *s;
	Probe *p;
	Vec *globals;           /* out: ND_GLOBAL nodes to declare         */
	Vec *probes;            /* out: the .call probe of a .return one   */
	Probe *entry;           /* that probe, made on first need          */
	Node **ret_at;          /* where the next restore statement goes   */
	bool quiet;             /* @defined: errors are an answer, not news */
	bool failed;
	bool func;              /* a script function's body: no probe
				   context, only @cast(p, "t", "PATH") binds */
} B;

static void fail(B *b, Node *n, SemErr *e)
{
	b->failed = true;
	if (b->quiet)
		return;
	if (b->s->skip_badvars && n->kind == ND_TARGET) {
		sem_warn(b->s, n->tok, "Bad $context variable being substituted with literal 0");
		replace(n, mk_num(n->tok, 0));
		return;
	}
	sem_report(b->s, e);
	if (n->kind == ND_ATVAR || n->kind == ND_CAST) {     /* refused: not again */
		n->name = n->kind == ND_ATVAR ? "@var" : "@cast";
		n->kind = ND_TARGET;
	}
	n->argno = -1;
}

static int count_entry;         /* stap numbers its entry_tvar globals
				   session-wide                              */

/* The .call probe beside a .return one: at the function's probe
 * address (after the prologue, as stap's), reading what the return
 * probe will want; its body starts with _entry_tvar_tid = tid(). */
static Probe *entry_probe(B *b)
{
	if (b->entry)
		return b->entry;
	Probe *p = b->p, *q = xalloc(sizeof(*q));
	*q = *p;
	q->ureturn = false;
	q->kreturn = false;     /* a kernel one: a kprobe on the same symbol */
	q->kmaxactive = 0;
	q->locals = (Vec){0};
	q->cond = NULL;
	q->entry_carrier = true;
	/* a symbol-table function has no prologue to skip: its entry, as
	 * stap (which probes it there too) */
	if (p->upath) {
		q->uaddr = p->ufunc->inlined || p->ufunc->symtab ? p->ufunc->entry
								  : dw_prologue(p->udw, p->ufunc);
		q->uoffset = dw_file_offset(p->udw, q->uaddr);
		q->unote = xfmt("pc=%s", dw_pc_note(p->udw, q->uaddr));
	}
	Node *pt = xalloc(sizeof(*pt)), **tail = &pt->list;
	*pt = *p->point;
	for (Node *c = p->point->list; c; c = c->next) {
		Node *d = xalloc(sizeof(*d));
		*d = *c;
		d->next = NULL;
		/* stap keeps a .maxactive(N) after it, which a kprobe ignores */
		if (!strcmp(c->name, "return") &&
		    (!c->next || !strcmp(c->next->name, "maxactive")))
			d->name = "call";
		*tail = d;
		tail = &d->next;
	}
	q->point = pt;
	if (p->upath)
		q->ulist = pt;
	Token *tok = p->tok;
	Node *body = mk(ND_BLOCK, tok);
	body->list = mk_stmt(mk_op(ND_ASSIGN, tok, "=", mk_sym(tok, "_entry_tvar_tid"),
				   mk_call(tok, "tid", NULL)));
	q->body = body;
	vec_push(b->probes, q);
	/* the return probe's own _entry_tvar_tid, first in its body */
	Node *first = mk_stmt(mk_op(ND_ASSIGN, tok, "=", mk_sym(tok, "_entry_tvar_tid"),
				    mk_call(tok, "tid", NULL)));
	first->next = p->body->list;
	p->body->list = first;
	b->ret_at = &first->next;
	return b->entry = q;
}

static void declare(B *b, Token *tok, const char *name)
{
	Node *g = mk(ND_GLOBAL, tok);
	g->name = name;
	vec_push(b->globals, g);
}

/* @entry(e) in a .return probe: e is evaluated by the .call probe and
 * kept per thread and call depth; n becomes the value taken back. */
static void save_at_entry(B *b, Node *n, Node *e, const char *what)
{
	Token *tok = n->tok;
	Probe *q = entry_probe(b);
	const char *g = xfmt("__global_entry_tvar_%s_%d", what, count_entry++);
	const char *ctr = xfmt("%s_ctr", g), *tmp = xfmt("%s_tmp", g);
	declare(b, tok, g);
	declare(b, tok, ctr);
	/* entry: G[tid, ++G_ctr[tid]] = e */
	Node *inc = mk_op(ND_PREINC, tok, "++",
			  mk_index(tok, ctr, mk_sym(tok, "_entry_tvar_tid"), NULL), NULL);
	Node *set = mk_stmt(mk_op(ND_ASSIGN, tok, "=",
				  mk_index(tok, g, mk_sym(tok, "_entry_tvar_tid"), inc), e));
	Node **at = &q->body->list;
	while (*at)
		at = &(*at)->next;
	*at = set;
	/* return: G_tmp = G[tid, G_ctr[tid]]; delete G[tid, G_ctr[tid]--];
	 * if (!G_ctr[tid]) delete G_ctr[tid] */
	Node *get = mk_stmt(mk_op(ND_ASSIGN, tok, "=", mk_sym(tok, tmp),
				  mk_index(tok, g, mk_sym(tok, "_entry_tvar_tid"),
					   mk_index(tok, ctr, mk_sym(tok, "_entry_tvar_tid"), NULL))));
	Node *dec = mk_op(ND_POSTDEC, tok, "--",
			  mk_index(tok, ctr, mk_sym(tok, "_entry_tvar_tid"), NULL), NULL);
	Node *del = mk(ND_DELETE, tok);
	del->lhs = mk_index(tok, g, mk_sym(tok, "_entry_tvar_tid"), dec);
	Node *ifn = mk(ND_IF, tok);
	ifn->cond = mk_op(ND_UNARY, tok, "!",
			  mk_index(tok, ctr, mk_sym(tok, "_entry_tvar_tid"), NULL), NULL);
	ifn->then = mk(ND_DELETE, tok);
	ifn->then->lhs = mk_index(tok, ctr, mk_sym(tok, "_entry_tvar_tid"), NULL);
	get->next = del;
	del->next = ifn;
	ifn->next = *b->ret_at;
	*b->ret_at = get;
	b->ret_at = &ifn->next;
	replace(n, mk_sym(tok, tmp));
}

/* "$n->val", "$n->$" (stap shows a pretty suffix as a member). */
static const char *target_text(const Node *n)
{
	Node c = *n;
	c.pretty = 0;
	c.next = NULL;
	Buf b = {0};
	print_node(&b, &c, 0);
	if (n->pretty)
		buf_printf(&b, "->%s", n->pretty > 1 ? "$$" : "$");
	return buf_str(&b);
}

static void bind_tree(B *b, Node *n);

/* ---- $$parms, $$locals, $$vars, $$return ---- */

static Node *target_for(B *b, const Node *n, const DwVar *v, int argno, const Vec *extra);
static bool pretty(B *b, Node *n, const DwVar *v, int argno, const Vec *steps);

/* sprintf("a=%#x b=%#x", $a, $b) as stap expands them: an array shows
 * as "name=[...]", a struct or union as "name={...}", what cannot be
 * read as "name=?"; with a $ suffix each is "name=%s" of its pretty
 * print. */
static void expand_vars(B *b, Node *n)
{
	const Probe *p = b->p;
	int want = !strcmp(n->name, "$$parms") ? 'p' : !strcmp(n->name, "$$locals") ? 'l' : 'v';
	Vec vars = {0};
	Buf fmt = {0};
	Node *args = NULL, **tail = &args;
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	for (int i = 0; i < vars.len; i++) {
		const DwVar *v = vars.data[i];
		if ((want == 'p' && !v->param) || (want == 'l' && v->param))
			continue;
		const DwLoc *l = dw_var_loc(p->udw, p->ufunc, v, p->uaddr);
		size_t tl = strlen(v->type);
		bool arr = tl > 2 && !strcmp(v->type + tl - 2, "[]");
		Node *t = NULL;
		if (n->pretty) {
			Node *pn = target_for(b, n, v, i + 1, NULL);
			pn->pretty = n->pretty;
			b->quiet = true, b->failed = false;
			bool ok = pretty(b, pn, v, i + 1, &(Vec){0});
			b->quiet = false;
			buf_printf(&fmt, "%s%s=%s", fmt.len ? " " : "", v->name, ok ? "%s" : "?");
			t = ok ? pn : NULL;
		} else {
			bool ok = !l->err && !arr && !v->aggregate;
			buf_printf(&fmt, "%s%s=%s", fmt.len ? " " : "", v->name,
				   ok ? "%#x" : arr ? "[...]" : v->aggregate ? "{...}" : "?");
			t = ok ? target_for(b, n, v, i + 1, NULL) : NULL;
		}
		if (!t)
			continue;
		*tail = t;
		tail = &t->next;
	}
	replace(n, mk_sprintf(n->tok, &fmt, args));
}

/* $$return: "return=%#x" of $return, or "return=%s" of its pretty
 * print with a suffix. */
static void expand_return(B *b, Node *n, const DwVar *rv)
{
	Node *t = target_for(b, n, rv, 0x7fffffff, NULL);
	t->pretty = n->pretty;
	if (n->pretty && !pretty(b, t, rv, 0x7fffffff, &(Vec){0}))
		return;
	Node *f = mk_str(n->tok, n->pretty ? "return=%s" : "return=%#x");
	f->next = t;
	Node *pr = mk(ND_PRINT, n->tok);
	pr->op = "sprintf";
	pr->list = f;
	pr->etype = TYPE_STRING;
	replace(n, pr);
}

/* ---- one variable ---- */

/* A bound ND_TARGET for v: n's name and components, then `extra`
 * steps (DwStep *) as members and constant indexes. */
static Node *target_for(B *b, const Node *n, const DwVar *v, int argno, const Vec *extra)
{
	Node *t = mk(ND_TARGET, n->tok);
	t->name = n->name;
	t->lhs = n->lhs;
	t->argno = argno;
	t->etype = TYPE_LONG;
	Node **tail = &t->list;
	for (const Node *c = n->list; c; c = c->next) {
		Node *d = xalloc(sizeof(*d));
		*d = *c;
		d->next = NULL;
		*tail = d;
		tail = &d->next;
	}
	for (int i = 0; extra && i < extra->len; i++) {
		const DwStep *st = extra->data[i];
		Node *d = mk(st->member ? ND_COMP_MEMBER : ND_COMP_INDEX, n->tok);
		if (st->member)
			d->name = st->member;
		else
			d->lhs = mk_num(n->tok, st->index);
		*tail = d;
		tail = &d->next;
	}
	remember(t, b->p->udw, v);
	return t;
}

/* $var$ / $var$$: sprintf(FORMAT, ...) of what the steps reach. */
static bool pretty(B *b, Node *n, const DwVar *v, int argno, const Vec *steps)
{
	const Probe *p = b->p;
	if (n->flags & NF_ADDROF) {
		fail(b, n, sem_err("process-var", n->tok, NULL,
				   "cannot take address of pretty-printed variable"));
		return false;
	}
	Vec args = {0};
	const char *err = NULL;
	const char *fmt = dw_pretty(p->udw, p->ufunc, v, p->uaddr, steps, n->pretty > 1, &args, &err);
	if (!fmt) {
		fail(b, n, sem_err("process-var", n->tok, NULL, "%s", err));
		return false;
	}
	Node *list = NULL, **tail = &list;
	for (int i = 0; i < args.len; i++) {
		const DwPrettyArg *a = args.data[i];
		Vec extra = {0};
		for (int k = steps->len; k < a->steps.len; k++)
			vec_push(&extra, a->steps.data[k]);
		Node *t = target_for(b, n, v, argno, &extra);
		if (a->str)
			t = mk_call(n->tok, "user_string_quoted", t);
		*tail = t;
		tail = &t->next;
	}
	Node *f = mk_str(n->tok, fmt);
	f->next = list;
	Node *pr = mk(ND_PRINT, n->tok);
	pr->op = "sprintf";
	pr->list = f;
	pr->flags = NF_PRETTY;
	pr->etype = TYPE_STRING;
	replace(n, pr);
	return true;
}

/* The error of a location that cannot be read, as stap words it. */
static SemErr *loc_error(const Probe *p, const Node *n, const DwVar *v, const DwLoc *l)
{
	if (l->err_member) {
		const Node *c = n->list;
		for (int k = 1; k < l->err_member && c && c->next; k++)
			c = c->next;
		return sem_err("process-var", c ? c->tok : n->tok, NULL, "%s", l->err);
	}
	if (l->optimized)
		return sem_err("process-var", n->tok, NULL,
			       "not accessible at this address (pc: %#llx) [man error::dwarf]",
			       (unsigned long long)p->uaddr);
	if (v->aggregate && !n->list && !(n->flags & NF_ADDROF))
		return sem_err("process-var", n->tok, NULL,
			       "'%s' (%s) is being accessed instead of a member%s%s%s",
			       v->agg_type, v->aggregate, v->first_member ? " such as '->" : "",
			       v->first_member ? v->first_member : "", v->first_member ? "'" : "");
	return sem_err("process-var", n->tok, NULL, "%s", l->err);
}

/* A variable found: its value (or address, or pretty print). */
static void bind_var(B *b, Node *n, const DwVar *v, int argno)
{
	const Probe *p = b->p;
	Vec steps = {0};
	if (!dw_steps(n->list, &steps)) {
		fail(b, n, sem_err("process-var", n->tok, NULL, "invalid target-symbol components"));
		return;
	}
	if (n->pretty) {
		pretty(b, n, v, argno, &steps);
		return;
	}
	DwLoc *l = dw_var_loc_path(p->udw, p->ufunc, v, p->uaddr, &steps, n->flags & NF_ADDROF);
	if (l->err) {
		fail(b, n, loc_error(p, n, v, l));
		return;
	}
	n->argno = argno;
	n->etype = TYPE_LONG;
	remember(n, p->udw, v);
}

/* A marker's $$parms/$$vars: sprintf("$arg1=%#x $arg2=%#x", $arg1, $arg2)
 * as stap expands them (added for process probes' SDT markers). */
static Node *sdt_parms(const Probe *p, Node *n)
{
	Buf fmt = {0};
	Node *args = NULL, **tail = &args;
	for (int i = 1; i <= p->sdt_nargs; i++) {
		buf_printf(&fmt, "%s$arg%d=%%#x", i > 1 ? " " : "", i);
		Node *t = mk(ND_TARGET, n->tok);
		t->name = xfmt("$arg%d", i);
		t->argno = i;
		t->etype = TYPE_LONG;
		*tail = t;
		tail = &t->next;
	}
	return mk_sprintf(n->tok, &fmt, args);
}

static bool sdt_var(B *b, Node *n)
{
	const Probe *p = b->p;
	const char *name = n->name + 1;
	if ((!strcmp(n->name, "$$parms") || !strcmp(n->name, "$$vars")) && !n->list &&
	    !n->pretty && !(n->flags & NF_ADDROF)) {
		replace(n, sdt_parms(p, n));
		return true;
	}
	if (!strcmp(n->name, "$$name") || !strcmp(n->name, "$$provider")) {
		const char *v = n->name[2] == 'n' ? p->sdt_name : p->sdt_provider;
		if (!v)
			return false;   /* a .plt probe has a $$name only */
		replace(n, mk_str(n->tok, v));
		return true;
	}
	int k = 0, len = 0;
	if (sscanf(name, "arg%d%n", &k, &len) == 1 && !name[len] && k >= 1 && k <= p->sdt_nargs &&
	    !n->list && !n->pretty && !(n->flags & NF_ADDROF)) {
		n->argno = k;
		n->etype = TYPE_LONG;
		return true;
	}
	return false;
}

/* $var in a process probe: a parameter or local visible at the probe
 * address (innermost first; argno its 1-based place among dw_vars()),
 * $return in a .return probe (argno 0x7fffffff), an SDT marker's $argN
 * (argno N) and $$name/$$provider; else stap's error. */
static void bind_target(B *b, Node *n)
{
	Probe *p = b->p;
	const char *name = n->name + 1;
	for (Node *c = n->list; c; c = c->next)
		bind_tree(b, c->lhs);   /* $p[$i]: the index's own targets */
	if (p->sdt_name && sdt_var(b, n))
		return;
	bool context_vars = !strcmp(n->name, "$$parms") || !strcmp(n->name, "$$locals") ||
			    !strcmp(n->name, "$$vars");
	if ((!p->ufunc || p->ufunc->symtab) && context_vars && !n->list &&
	    !(n->flags & NF_ADDROF)) {
		/* stap: a function without DWARF has no variables to list */
		replace(n, mk_str(n->tok, ""));
		return;
	}
	if (!p->ufunc || p->ufunc->symtab) {
		fail(b, n, sem_err("process-var", n->tok, NULL,
				   "debuginfo scope not found for module '%s', cannot resolve "
				   "context variable [man error::dwarf]", p->upath));
		return;
	}
	bool ret = !strcmp(name, "return") || !strcmp(name, "$return");
	if (p->ureturn && !ret) {
		/* stap reads it at entry, and says so */
		if (!b->quiet) {
			sem_warn(b->s, n->tok, "confusing usage, value is captured as @entry(%s) in "
				 ".return probe [man stapprobes] RETURN PROBES", target_text(n));
			Node *e = xalloc(sizeof(*e));
			*e = *n;
			e->next = NULL;
			save_at_entry(b, n, e, name);
		}
		return;
	}
	if (ret && p->ureturn) {
		DwVar *rv = dw_return_var(p->udw, p->ufunc);
		if (!rv) {
			fail(b, n, sem_err("process-var", n->tok, NULL,
					   "unable to find return value [man error::dwarf]"));
			return;
		}
		if (name[0] == '$')
			expand_return(b, n, rv);
		else
			bind_var(b, n, rv, 0x7fffffff);
		return;
	}
	if (!strcmp(n->name, "$$parms") || !strcmp(n->name, "$$locals") ||
	    !strcmp(n->name, "$$vars")) {
		if (n->list || (n->flags & NF_ADDROF))
			fail(b, n, sem_err("process-var", n->tok, NULL,
					   "%s may only be used with a pretty-print suffix", n->name));
		else
			expand_vars(b, n);
		return;
	}
	Vec vars = {0};
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	for (int i = vars.len - 1; name[0] != '$' && i >= 0; i--) {   /* innermost wins */
		DwVar *v = vars.data[i];
		if (!strcmp(v->name, name)) {
			bind_var(b, n, v, i + 1);
			return;
		}
	}
	fail(b, n, sem_err("process-var", n->tok, NULL, "%s",
			   dw_missing_local(p->udw, p->ufunc, p->uaddr, name)));
}

/* ---- @var, @cast, @defined ---- */

/* @cast(p, "type", "PATH<a.h><b.h>"): as stap, the types of a tiny C
 * file that includes the headers, built with -g (and unused types
 * kept) into a shared object cached under $TMPDIR by a hash of its
 * text; NULL with *err when it does not build. */
static DwFile *header_types(const char *spec, const char **err)
{
	Buf src = {0}, inc = {0};
	for (const char *h = strchr(spec, '<'); h; h = strchr(h + 1, '<')) {
		size_t n = strcspn(h + 1, ">");
		if (!h[1 + n] || !n) {
			*err = "malformed header list";
			return NULL;
		}
		buf_printf(&src, "#include <%.*s>\n", (int)n, h + 1);
		buf_printf(&inc, " -include '%.*s'", (int)n, h + 1);
	}
	uint64_t hash = 14695981039346656037ull;
	for (const char *c = buf_str(&src); *c; c++)
		hash = (hash ^ (unsigned char)*c) * 1099511628211ull;
	const char *tmp = getenv("TMPDIR");
	const char *base = xfmt("%s/stap-cast-%016llx", tmp && *tmp ? tmp : "/tmp",
				(unsigned long long)hash);
	const char *so = xfmt("%s.so", base);
	if (access(so, R_OK) != 0) {
		/* stap's way: the headers as -include of an empty C file, gcc's
		 * complaints passed on */
		const char *part = xfmt("%s.%d.so", base, (int)getpid());
		const char *cmd = xfmt("gcc -g -fno-eliminate-unused-debug-types -shared -fPIC "
				       "-o '%s' -x c /dev/null%s", part, buf_str(&inc));
		fflush(stderr);
		int rc = system(cmd);
		if (rc != 0 || rename(part, so) != 0) {
			unlink(part);
			if (rc != 0)
				fprintf(stderr, "WARNING: gcc exited with status: %d\n",
					WIFEXITED(rc) ? WEXITSTATUS(rc) : rc);
			*err = "the headers do not compile";
			return NULL;
		}
	}
	return dw_open(so, err);
}

/* The module a @var/@cast names: the probed file when it is that one
 * (or none is named); another file's types serve @cast only, and so
 * do headers ("PATH<a.h>"). */
static DwFile *module_of(B *b, const Node *n, bool same_only)
{
	const char *mod = n->str2;
	if (!mod || !*mod)
		return b->p->udw;       /* NULL in a function */
	if (strchr(mod, '<') && !same_only) {
		const char *err = NULL;
		return header_types(mod, &err);
	}
	size_t len = strcspn(mod, "<");
	const char *path = dw_find_exec(xstrndup(mod, len));
	if (path && b->p->udw && !strcmp(path, dw_path(b->p->udw)))
		return b->p->udw;
	if (same_only || !path)
		return NULL;
	const char *err = NULL;
	DwFile *f = dw_open(path, &err);
	return f && dw_has_dwarf(f) ? f : NULL;
}

static void bind_atvar(B *b, Node *n)
{
	const char *spec = n->str, *at = strchr(spec, '@');
	const char *name = at ? xstrndup(spec, at - spec) : spec, *file = at ? at + 1 : NULL;
	/* a function has no probed file: @var names its module */
	DwFile *f = module_of(b, n, !b->func || strchr(n->str2, '<'));
	if (!f) {
		fail(b, n, sem_err("process-var", n->tok, NULL,
				   "@var from module '%s' other than the probed one is not supported yet",
				   n->str2));
		return;
	}
	const DwVar *v = dw_global(f, name, file);
	if (!v) {
		fail(b, n, sem_err("process-var", n->tok, NULL,
				   "unable to find global '%s' in %s%s%s", name,
				   dw_path(f), file ? ", in " : "", file ? file : ""));
		return;
	}
	n->kind = ND_TARGET;
	n->name = xfmt("@var(\"%s\")", spec);
	DwFile *pf = b->p->udw;
	b->p->udw = f;          /* the same in a probe; a function's module */
	bind_var(b, n, v, 0x7ffffff0);
	b->p->udw = pf;
}

static void bind_cast(B *b, Node *n)
{
	bind_tree(b, n->lhs);
	for (Node *c = n->list; c; c = c->next)
		bind_tree(b, c->lhs);
	DwFile *f = module_of(b, n, false);
	DwVar *v = f ? dw_cast_type(f, n->str) : NULL;
	if (!v) {
		/* no module named: the probed file's */
		fail(b, n, sem_err("process-var", n->tok, NULL, "type definition '%s' not found in '%s'",
				   n->str, n->str2 ? n->str2 : dw_path(b->p->udw)));
		return;
	}
	n->kind = ND_TARGET;
	n->name = xfmt("@cast(\"%s\")", n->str);
	Vec steps = {0};
	if (!dw_steps(n->list, &steps)) {
		fail(b, n, sem_err("process-var", n->tok, NULL, "invalid target-symbol components"));
		return;
	}
	if (n->pretty) {
		Probe *p = b->p;
		DwFile *pf = p->udw;
		p->udw = f;
		pretty(b, n, v, 0x7ffffff1, &steps);
		p->udw = pf;
		return;
	}
	DwLoc *l = dw_var_loc_path(f, NULL, v, 0, &steps, n->flags & NF_ADDROF);
	if (l->err) {
		fail(b, n, loc_error(b->p, n, v, l));
		return;
	}
	n->argno = 0x7ffffff1;
	n->etype = TYPE_LONG;
	remember(n, f, v);
}

/* A @cast bound here: one naming a user-space module (or headers), or
 * naming none in a process probe with DWARF (or a function copied for
 * one), which means the probed file. */
static bool is_dwarf_cast(const B *b, const Node *n)
{
	if (n->kind != ND_CAST)
		return false;
	return n->str2 ? !cast_module_is_kernel(n->str2) : b->p->udw && dw_has_dwarf(b->p->udw);
}

/* @defined($var...): 1 when it binds, else 0 (quietly). */
static void bind_defined(B *b, Node *n)
{
	Node *e = n->lhs;
	bool cast = is_dwarf_cast(b, e) ||
		    (b->func && e->kind == ND_ATVAR && e->str2 && *e->str2);
	if ((e->kind != ND_TARGET && e->kind != ND_ATVAR && !cast) || (b->func && !cast)) {
		bind_tree(b, e);        /* in a function: elaborate.c's answer */
		return;
	}
	Node *copy = xalloc(sizeof(*copy));
	*copy = *e;
	copy->next = NULL;
	bool q = b->quiet;
	b->quiet = true;
	b->failed = false;
	if (copy->kind == ND_TARGET && b->p->ureturn)
		b->p->ureturn = false, bind_target(b, copy), b->p->ureturn = true;
	else
		bind_tree(b, copy);
	b->quiet = q;
	replace(n, mk_num(n->tok, !b->failed));
}

/* ---- the walk ---- */

static void bind_one(B *b, Node *n);

static void bind_tree(B *b, Node *n)
{
	for (; n; n = n->next)
		bind_one(b, n);
}

/* `@defined($x) ? $x : $y` and `if (@defined($x)) ...`: only the live
 * branch is bound (and kept), as stap's folding drops the other before
 * its unresolved targets are reported (node_take_live_branch). */
static bool fold_branch(B *b, Node *n)
{
	if (n->kind != ND_TERNARY && n->kind != ND_IF)
		return false;
	bool defined = node_defined_test(n->cond);
	bind_tree(b, n->cond);
	if (!defined || !node_take_live_branch(n))
		return false;
	bind_one(b, n);
	return true;
}

/* A write to a target variable that stap refuses: without -g, or with
 * an operator other than "=" (reported; true). */
static bool bad_write(B *b, Node *n)
{
	Node *t = n->lhs;
	if (!t || b->quiet)
		return false;
	const char *msg = NULL;
	const Token *at = n->tok;
	if (b->func && !is_dwarf_cast(b, t) && !(t->kind == ND_ATVAR && t->str2 && *t->str2))
		return false;   /* elaborate.c's */
	if ((t->kind == ND_TARGET || t->kind == ND_ATVAR || is_dwarf_cast(b, t)) && !b->s->guru) {
		/* stap names the kind of variable */
		msg = t->kind == ND_ATVAR ? "write to @var variable not permitted; need stap -g" :
		      t->kind == ND_CAST ? "write to @cast context variable not permitted; need stap -g" :
		      "write to target variable not permitted; need stap -g";
		at = t->tok;
	} else if (t->kind == ND_TARGET && (n->kind != ND_ASSIGN || strcmp(n->op, "="))) {
		/* stap 4.8's words, two spaces and all */
		msg = "Only the following assign operator is implemented on target variables:  =";
	}
	if (!msg)
		return false;
	b->failed = true;
	sem_report(b->s, sem_err("process-var", at, NULL, "%s", msg));
	t->argno = -1;
	bind_tree(b, n->rhs);
	return true;
}

static void bind_one(B *b, Node *n)
{
	if (fold_branch(b, n))
		return;
	switch (n->kind) {
	case ND_TARGET:
		if (!n->argno && !b->func)
			bind_target(b, n);
		return;
	case ND_ENTRY:
		/* no DWARF needed unless e reads $vars (bound in the .call
		 * probe, with stap's error there) */
		if (!b->func && b->p->ureturn && b->p->ufunc) {
			save_at_entry(b, n, n->lhs, "entry");
			return;
		}
		break;
	case ND_DEFINED:
		bind_defined(b, n);
		return;
	case ND_ATVAR:
		if (!b->func || (n->str2 && *n->str2))
			bind_atvar(b, n);
		return;
	case ND_CAST:
		if (is_dwarf_cast(b, n)) {
			bind_cast(b, n);
			return;
		}
		break;
	case ND_ASSIGN:
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
		if (bad_write(b, n))
			return;
		break;
	default:
		break;
	}
	bind_tree(b, n->lhs);
	bind_tree(b, n->rhs);
	bind_tree(b, n->cond);
	bind_tree(b, n->then);
	bind_tree(b, n->els);
	bind_tree(b, n->init);
	bind_tree(b, n->inc);
	bind_tree(b, n->limit);
	bind_tree(b, n->list);
}

void dwv_bind_probe(Session *s, Probe *p, Vec *globals, Vec *probes)
{
	if (!p->upath)
		return;
	B b = {.s = s, .p = p, .globals = globals, .probes = probes};
	bind_tree(&b, p->body);
}

/* @entry(e) in a kernel .return probe (a kretprobe): the same carriers
 * as a process probe's, saved by a kprobe on the same symbol; e needs
 * no DWARF (its $vars kernel_bind_probe() has refused). */
static void bind_kentry(B *b, Node *n)
{
	for (; n; n = n->next) {
		if (n->kind == ND_ENTRY) {
			save_at_entry(b, n, n->lhs, "entry");
			continue;
		}
		bind_kentry(b, n->lhs);
		bind_kentry(b, n->rhs);
		bind_kentry(b, n->cond);
		bind_kentry(b, n->then);
		bind_kentry(b, n->els);
		bind_kentry(b, n->init);
		bind_kentry(b, n->inc);
		bind_kentry(b, n->limit);
		bind_kentry(b, n->list);
	}
}

void dwv_bind_kentry(Session *s, Probe *p, Vec *globals, Vec *probes)
{
	if (!p->kreturn)
		return;
	B b = {.s = s, .p = p, .globals = globals, .probes = probes};
	bind_kentry(&b, p->body);
}

/* A script function's body: its @cast(p, "type", "PATH") nodes (and
 * @defined of them) bound against PATH's DWARF, which needs no probe
 * context (stap's dwarf_cast_expanding_visitor runs on functions too);
 * pass 3 reads them from the current task's memory, fault-safely.
 * Everything else is elaborate.c's. */
void dwv_bind_func(Session *s, Node *body)
{
	Probe none = {0};
	B b = {.s = s, .p = &none, .func = true};
	bind_tree(&b, body);
}

/* The copy of a function made for one process() probe (elaborate.c):
 * its @cast(p, "type") with no module binds to the probed file. */
void dwv_bind_func_probe(Session *s, Probe *p, Node *body)
{
	B b = {.s = s, .p = p, .func = true};
	bind_tree(&b, body);
}
