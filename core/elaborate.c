/* elaborate.c - pass 2: resolve probes and symbols, infer types.
 *
 * The steps, in stap's order:
 *
 *  1. collect the files' globals, functions and aliases; register the
 *     aliases in the probe table (probes.c);
 *  2. resolve every probe's points into Probes, each with its own copy of
 *     the body (aliases merged in);
 *  3. bind symbols in each probe body, and in each function the probes
 *     reach (a worklist: functions nothing calls are never looked at,
 *     as in stap);
 *  4. infer types over the reachable code, again and again until an
 *     iteration learns nothing new, then once more reporting what is still
 *     unknown ("unresolved type").
 *
 * Type inference is a visitor that is told the type the context expects
 * (TYPE_UNKNOWN when it does not care) and returns the expression's type.
 * A variable takes the first type it is given and remembers the token
 * that gave it, for "type was first inferred here".
 */
#include "stap.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ */
/* Diagnostics                                                         */

/* stap prints a token's file name only when it differs from the file of
 * the token printed before (warnings and errors alike). */
static const SrcFile *last_file;

static void put_token(Buf *b, const Token *t)
{
	token_describe(b, t);
	if (!t->file)
		return;
	buf_printf(b, " at %s:%d:%d", t->file == last_file ? "" : t->file->name,
		   t->line, t->col);
	last_file = t->file;
}

/* The source line and a caret under the column, `align` in front. */
static void put_source(Buf *b, const char *align, const Token *t)
{
	if (t->file && t->file->text)
		diag_source(b, xfmt("%ssource: ", align), t);
}

SemErr *sem_err(const char *site, const Token *tok, SemErr *chain, const char *fmt, ...)
{
	SemErr *e = xalloc(sizeof(*e));
	va_list ap;
	va_start(ap, fmt);
	e->msg = xvfmt(fmt, ap);
	va_end(ap);
	e->site = site;
	e->tok = tok;
	e->chain = chain;
	return e;
}

/* One error (and its chain), unless the same chain of checks printed
 * before: stap then only counts it. */
void sem_report(Session *s, SemErr *e)
{
	Buf key = {0};
	buf_puts(&key, "\2sem");
	for (SemErr *c = e; c; c = c->chain)
		buf_printf(&key, ":%s", c->site);
	s->nerrors++;
	bool seen = false;
	for (int i = 0; i < s->seen_msgs.len && !seen; i++)
		seen = !strcmp(s->seen_msgs.data[i], buf_str(&key));
	if (seen && !s->verbose) {
		s->nsuppressed++;
		return;
	}
	if (!seen)
		vec_push(&s->seen_msgs, (char *)buf_str(&key));
	if (s->quiet)
		return;
	Buf b = {0};
	for (SemErr *c = e; c; c = c->chain) {
		buf_printf(&b, "semantic error: %s", c->msg);
		if (c->tok) {
			buf_puts(&b, ": ");
			put_token(&b, c->tok);
			buf_putc(&b, '\n');
			put_source(&b, "        ", c->tok);
		}
		if (c->tok2) {
			put_token(&b, c->tok2);
			buf_putc(&b, '\n');
			put_source(&b, "        ", c->tok2);
		}
		if (!c->tok && !c->tok2)
			buf_putc(&b, '\n');
		buf_putc(&b, '\n');
	}
	fputs(buf_str(&b), stderr);
}

void sem_warn(Session *s, const Token *tok, const char *fmt, ...)
{
	if (s->suppress_warnings)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *msg = xvfmt(fmt, ap);
	va_end(ap);
	char *key = xfmt("\3warn:%s", msg);
	bool seen = false;
	for (int i = 0; i < s->seen_msgs.len && !seen; i++)
		seen = !strcmp(s->seen_msgs.data[i], key);
	if (seen && !s->verbose) {
		s->nwarn_suppressed++;
		return;
	}
	if (!seen)
		vec_push(&s->seen_msgs, key);
	s->nwarnings++;
	Buf b = {0};
	buf_printf(&b, "WARNING: %s", msg);
	if (tok) {
		buf_puts(&b, ": ");
		put_token(&b, tok);
	}
	buf_putc(&b, '\n');
	if (tok)
		put_source(&b, " ", tok);
	fputs(buf_str(&b), stderr);
}

/* ------------------------------------------------------------------ */
/* State                                                               */

typedef struct {
	Session *s;
	ProbeTable *table;
	Program *prog;
	Vec globals;            /* Symbol *, every declared global          */
	Vec funcs;              /* Func *, every function declared          */
	Vec work;               /* Func * reached, not yet bound            */
	/* the body being walked */
	Vec *locals;            /* current probe's or function's locals     */
	Func *fn;               /* current function, NULL in a probe        */
	Probe *probe;
	int loop_depth;
	/* type inference */
	int resolved;           /* newly resolved this iteration            */
	int unresolved;         /* still unknown this iteration             */
	Vec reported;           /* error keys already reported              */
	int arity_errors;
	bool in_arith;          /* visiting an arithmetic operator's operand */
	int nmismatch;          /* mismatches found, reported or not        */
	bool assert_mode;       /* the last pass: report what is unknown    */
	bool void_ok;           /* a call whose value is not used           */
	int gen;                /* visit generation for function walks      */
	Tapsets *lib;           /* the library index, opened on first need  */
	Vec lib_probes;         /* plain probes of library files, unresolved */
	Vec embed_exprs;        /* ND_EMBED_EXPR reached (privilege check)  */
	int stmt_serial;        /* statements of blocks entered so far      */
	int priv_serial;        /* the one that had a privilege error       */
} Elab;

static const char *type_name(Type t)
{
	switch (t) {
	case TYPE_LONG: return "long";
	case TYPE_STRING: return "string";
	case TYPE_STATS: return "stats";
	default: return "unknown";
	}
}

/* The inference visits the same code once per iteration: a problem is
 * reported the first time only. */
/* Report `e` once per check and place: `at` says where (e->tok when
 * NULL; another token when the message blames a declaration). */
static void error_at(Elab *E, SemErr *e, const Token *at)
{
	char *key = xfmt("%s@%p", e->site, (void *)(at ? at : e->tok));
	for (int i = 0; i < E->reported.len; i++)
		if (!strcmp(E->reported.data[i], key))
			return;
	vec_push(&E->reported, key);
	sem_report(E->s, e);
}

static void error(Elab *E, SemErr *e)
{
	error_at(E, e, NULL);
}

/* ------------------------------------------------------------------ */
/* Step 1: collect                                                     */

static Symbol *new_symbol(const char *name, Token *tok, int flags)
{
	Symbol *y = xalloc(sizeof(*y));
	y->name = name;
	y->tok = tok;
	y->flags = flags;
	y->arity = -1;
	return y;
}

static Symbol *find_sym(const Vec *v, const char *name)
{
	for (int i = 0; i < v->len; i++) {
		Symbol *y = v->data[i];
		if (!strcmp(y->name, name))
			return y;
	}
	return NULL;
}

static Func *find_func(Elab *E, const char *name)
{
	for (int i = 0; i < E->funcs.len; i++) {
		Func *f = E->funcs.data[i];
		if (!strcmp(f->name, name))
			return f;
	}
	return NULL;
}

bool cast_module_is_kernel(const char *mod)
{
	size_t len = strlen(mod);
	return !strcmp(mod, "kernel") ||
	       (!strncmp(mod, "kernel<", 7) && mod[len - 1] == '>');
}

bool node_defined_test(const Node *c)
{
	if (c && c->kind == ND_UNARY && !strcmp(c->op, "!"))
		c = c->lhs;
	return c && c->kind == ND_DEFINED;
}

bool node_take_live_branch(Node *n)
{
	const Node *c = n->cond;
	int k = c && c->kind == ND_NUM ? c->num != 0 :
		c && c->kind == ND_UNARY && !strcmp(c->op, "!") && c->lhs &&
		c->lhs->kind == ND_NUM ? c->lhs->num == 0 : -1;
	if ((n->kind != ND_IF && n->kind != ND_TERNARY) || k < 0)
		return false;
	Node *live = k ? n->then : n->els, *next = n->next;
	if (live)
		*n = *live;
	else
		*n = (Node){.kind = ND_BLOCK, .tok = n->tok};
	n->next = next;
	return true;
}

static Symbol *add_global(Elab *E, Node *g)
{
	Symbol *old = find_sym(&E->globals, g->name);
	if (old) {
		error(E, sem_err("dup-global", g->tok,
				 sem_err("dup-global-prev", old->tok, NULL, "previously defined here"),
				 "conflicting global variables"));
		return old;
	}
	Symbol *y = new_symbol(g->name, g->tok, SYM_GLOBAL);
	y->decl = g;
	y->order = E->globals.len;
	if (g->flags & (NF_HAS_SIZE | NF_WRAP))
		y->arity = -1;  /* an array, arity from use */
	if (g->lhs) {
		/* an initialiser fixes the type, with no token to blame */
		y->type = g->lhs->kind == ND_STR ? TYPE_STRING : TYPE_LONG;
		y->arity = 0;
	}
	vec_push(&E->globals, y);
	return y;
}

/* Functions may share a name: overloads, tried in order by a call with
 * the same number of arguments. */
static Func *add_function(Elab *E, Node *f)
{
	Func *fn = xalloc(sizeof(*fn));
	fn->decl = f;
	fn->name = f->name;
	fn->type = f->type;
	for (Node *p = f->list; p; p = p->next) {
		Symbol *y = new_symbol(p->name, p->tok, SYM_PARAM);
		y->decl = p;
		y->order = fn->params.len;
		y->type = p->type;
		y->arity = 0;
		vec_push(&fn->params, y);
	}
	for (int i = E->funcs.len - 1; i >= 0; i--) {
		Func *o = E->funcs.data[i];
		if (!strcmp(o->name, fn->name) && o->params.len == fn->params.len) {
			o->overload = fn;
			break;
		}
	}
	if (f->then && f->then->kind == ND_EMBED_STMT) {
		fn->embedded = true;
		fn->markers = embed_markers(f->then->str);
	}
	vec_push(&E->funcs, fn);
	return fn;
}

int embed_markers(const char *code)
{
	static const struct { const char *m; int f; } tab[] = {
		{"/* pure */", EMB_PURE}, {"/* unprivileged */", EMB_UNPRIVILEGED},
		{"/* myproc-unprivileged */", EMB_MYPROC_UNPRIV},
		{"/* stable */", EMB_STABLE}, {"/* guru */", EMB_GURU},
	};
	int flags = 0;
	for (size_t i = 0; i < sizeof tab / sizeof *tab; i++)
		if (code && strstr(code, tab[i].m))
			flags |= tab[i].f;
	return flags;
}

/* The first function called `name` that takes `nargs` arguments. */
static Func *find_overload(Elab *E, const char *name, int nargs)
{
	for (int i = 0; i < E->funcs.len; i++) {
		Func *f = E->funcs.data[i];
		if (!strcmp(f->name, name) && f->params.len == nargs)
			return f;
	}
	return NULL;
}

static void collect(Elab *E, ParsedFile *pf, Vec *probes)
{
	for (Node *n = pf->items; n; n = n->next) {
		switch (n->kind) {
		case ND_GLOBAL: add_global(E, n); break;
		case ND_FUNCTION: add_function(E, n); break;
		case ND_ALIAS: probes_add_alias(E->table, n); break;
		case ND_PROBE: vec_push(probes, n); break;
		case ND_EMBED_TOP: vec_push(&E->prog->embeds, n); break;
		default: break;
		}
	}
}

/* The tapset library, consulted when the script lacks a name: the files
 * that define it are parsed (tapset.c) and their functions, globals,
 * aliases, top-level embedded code and plain probes join the program, as
 * in stap (a tapset keeps its globals up to date with its own probes:
 * target_set.stp).  The probes wait in lib_probes: this may run in the
 * middle of resolving a probe point (an alias lookup), so they are
 * resolved later, by take_lib_probes(). */
static bool load_library(Elab *E, char kind, const char *name)
{
	if (!E->lib)
		E->lib = tapsets_open(E->s);
	Vec files = {0};
	if (!tapsets_load(E->lib, kind, name, &files))
		return false;
	for (int i = 0; i < files.len; i++) {
		ParsedFile *pf = files.data[i];
		for (Node *n = pf->items; n; n = n->next) {
			switch (n->kind) {
			case ND_GLOBAL: add_global(E, n)->flags |= SYM_LIBRARY; break;
			case ND_FUNCTION: add_function(E, n)->library = true; break;
			case ND_ALIAS: probes_add_alias(E->table, n); break;
			case ND_EMBED_TOP: vec_push(&E->prog->embeds, n); break;
			case ND_PROBE: vec_push(&E->lib_probes, n); break;
			default: break;
			}
		}
	}
	return true;
}

/* Resolve the library probes loaded so far; true when there were any. */
static bool take_lib_probes(Elab *E)
{
	if (!E->lib_probes.len)
		return false;
	Vec todo = E->lib_probes;
	E->lib_probes = (Vec){0};
	for (int i = 0; i < todo.len; i++)
		probes_resolve(E->table, todo.data[i], &E->prog->probes);
	return true;
}

static bool load_aliases(void *ctx, const char *first)
{
	return load_library(ctx, 'a', first);
}

/* ------------------------------------------------------------------ */
/* Step 3: symbol binding                                              */

static void bind(Elab *E, Node *n);

static void bind_list(Elab *E, Node *n)
{
	for (; n; n = n->next)
		bind(E, n);
}

/* A name in an array position: a global, or an error. */
static void bind_array(Elab *E, Node *base, int nidx)
{
	if (base->kind != ND_SYM) {
		bind(E, base);
		return;
	}
	/* a local of that name is an arity error later; parameters are
	 * never arrays, so they are not looked at */
	Symbol *y = E->locals ? find_sym(E->locals, base->name) : NULL;
	if (y) {
		base->sym = y;  /* arity check reports it */
		return;
	}
	y = find_sym(&E->globals, base->name);
	if (!y && load_library(E, 'g', base->name))
		y = find_sym(&E->globals, base->name);
	if (!y) {
		error(E, sem_err("unresolved-array", base->tok, NULL,
				 "unresolved arity-%d global array %s, missing global declaration?",
				 nidx, base->name));
		return;
	}
	y->flags |= SYM_USED;
	base->sym = y;
}

static void bind_sym(Elab *E, Node *n)
{
	Symbol *y = find_sym(E->locals, n->name);
	if (!y && E->fn)
		y = find_sym(&E->fn->params, n->name);
	if (!y)
		y = find_sym(&E->globals, n->name);
	if (!y && load_library(E, 'g', n->name))
		y = find_sym(&E->globals, n->name);
	if (!y) {
		y = new_symbol(n->name, n->tok, 0);
		y->arity = 0;
		y->arity_tok = n->tok;
		vec_push(E->locals, y);
	}
	y->flags |= SYM_USED;
	n->sym = y;
}

/* --privilege=stapusr: embedded C runs in the kernel, so a script may
 * call only the embedded-C functions marked callable by it ("/\* unprivileged *\/"
 * or "/\* myproc-unprivileged *\/"; the runtime limits the latter to the
 * user's own processes).  stap says so at each call, at the function. */
static bool unprivileged(const Session *s)
{
	return s->privilege && !strcmp(s->privilege, "stapusr");
}

static bool embed_allowed(int markers)
{
	return markers & (EMB_UNPRIVILEGED | EMB_MYPROC_UNPRIV);
}

/* As stap counts them: one report per statement (its check abandons the
 * rest of the statement), two for a statement in a function body (stap
 * checks function bodies twice); the first is printed, the rest counted
 * as similar messages. */
static void check_call_privilege(Elab *E, Func *f)
{
	if (!unprivileged(E->s) || !f->embedded || embed_allowed(f->markers))
		return;
	if (E->priv_serial == E->stmt_serial)
		return;
	E->priv_serial = E->stmt_serial;
	for (int k = 0; k < (E->fn ? 2 : 1); k++)
		sem_report(E->s, sem_err("priv-function", f->decl->tok, NULL,
					 "function may not be used when --privilege=%s is specified",
					 E->s->privilege));
}

/* Embedded expressions (%{ %} in a script function of a tapset) are
 * checked once the calls are: stap reports them only when the calls
 * passed. */
static void check_expr_privilege(Elab *E)
{
	if (!unprivileged(E->s))
		return;
	for (int i = 0; i < E->embed_exprs.len; i++) {
		Node *n = E->embed_exprs.data[i];
		if (!embed_allowed(embed_markers(n->str)))
			error(E, sem_err("priv-embed-expr", n->tok, NULL,
					 "embedded expression may not be used when --privilege=%s is specified",
					 E->s->privilege));
	}
}

/* Does the body hold a @cast(p, "type") with no module? */
static bool has_bare_cast(const Node *n)
{
	for (; n; n = n->next) {
		if (n->kind == ND_CAST && !n->str2)
			return true;
		if (has_bare_cast(n->lhs) || has_bare_cast(n->rhs) || has_bare_cast(n->cond) ||
		    has_bare_cast(n->then) || has_bare_cast(n->els) || has_bare_cast(n->init) ||
		    has_bare_cast(n->inc) || has_bare_cast(n->limit) || has_bare_cast(n->list))
			return true;
	}
	return false;
}

/* A function called from a process() probe whose @cast(p, "type") names
 * no module: as stap 4.8, a copy of it for that probe
 * ("__clone_probe_N_of___global_f__overload_0"), its casts bound to the
 * probed file's types (dwarf_vars.c); one copy per probe and function. */
static Func *probe_clone(Elab *E, Func *g)
{
	static Vec made;        /* triples: probe, function, copy */
	Probe *p = E->probe;
	if (!p || E->fn || !p->upath || !p->udw || !dw_has_dwarf(p->udw) || g->embedded || g->overload ||
	    !g->decl->then || !has_bare_cast(g->decl->then))
		return g;
	for (int i = 0; i + 2 < made.len; i += 3)
		if (made.data[i] == p && made.data[i + 1] == g)
			return made.data[i + 2];
	int k = 0;
	while (k < E->prog->probes.len && E->prog->probes.data[k] != p)
		k++;
	Node *d = node_copy(g->decl);
	d->name = xfmt("__clone_probe_%d_of___global_%s__overload_0", k, g->name);
	Func *c = add_function(E, d);
	c->library = g->library;
	dwv_bind_func_probe(E->s, p, d->then);
	vec_push(&made, p);
	vec_push(&made, g);
	vec_push(&made, c);
	return c;
}

static void bind_call(Elab *E, Node *n)
{
	bind_list(E, n->list);
	Func *f = find_func(E, n->name);
	if (!f && load_library(E, 'f', n->name))
		f = find_func(E, n->name);
	if (!f) {
		Vec names = {0};
		for (int i = 0; i < E->funcs.len; i++)
			vec_push(&names, (void *)((Func *)E->funcs.data[i])->name);
		tapsets_names(E->lib, 'f', &names);
		error(E, sem_err("unresolved-function", n->tok, NULL,
				 "unresolved function %s%s", n->name,
				 similar_names(n->name, &names)));
		return;
	}
	int nargs = 0;
	for (Node *a = n->list; a; a = a->next)
		nargs++;
	Func *g = find_overload(E, n->name, nargs);
	if (!g) {
		SemErr *e = sem_err("call-arity", n->tok, NULL,
				    "arity mismatch found (function '%s' takes %d args)",
				    f->name, f->params.len);
		e->tok2 = f->decl->tok;
		error(E, e);
		return;
	}
	g = probe_clone(E, g);
	n->fn = g;
	check_call_privilege(E, g);
	for (; g; g = g->overload) {
		if (!g->reachable) {
			g->reachable = true;
			vec_push(&E->work, g);
		}
	}
}

static void count_list(const Node *n, int *k)
{
	for (*k = 0; n; n = n->next)
		(*k)++;
}

/* Target variables: only procfs's $value is not DWARF, and this version
 * does not build it yet. */
static void bind_target(Elab *E, Node *n)
{
	if (n->btf || n->argno > 0)     /* $arg->a[i]: its index expressions */
		for (Node *c = n->list; c; c = c->next)
			if (c->kind == ND_COMP_INDEX)
				bind(E, c->lhs);
	if (n->argno > 0 && n->lhs)     /* @cast(p, "t", "PATH"): p (dwarf_vars.c) */
		bind(E, n->lhs);
	if (n->argno)           /* kernel.c resolved (or refused) it */
		return;
	if (E->probe && E->probe->kind && !strcmp(n->name, "$value") &&
	    E->probe->point->list && !strcmp(E->probe->point->list->name, "procfs")) {
		n->etype = TYPE_STRING;	/* pass 3: translate_probes.c */
		return;
	}
	error(E, sem_err("target-symbol", n->tok, NULL,
			 "unresolved target-symbol expression"));
}

static void unsupported(Elab *E, Node *n, const char *what)
{
	error(E, sem_err("unsupported", n->tok, NULL, "%s is not supported yet", what));
}

/* @cast(p, "struct x"[, "kernel"])->m: kernel types through BTF (btf.c)
 * in kernel probes and functions; other modules need DWARF. */
/* A @cast of the kernel's types (BTF): its module says so, or, without
 * one, the probe is not a user-space one. */
static bool cast_is_kernel(const Elab *E, const Node *n)
{
	const Probe *p = E->probe;
	return n->str2 ? cast_module_is_kernel(n->str2) :
	       !p || p->ksym || p->tp_name || !p->upath;
}

static void bind_cast(Elab *E, Node *n)
{
	if (!cast_is_kernel(E, n)) {
		unsupported(E, n, "@cast");
		return;
	}
	bind(E, n->lhs);
	for (Node *c = n->list; c; c = c->next)
		if (c->kind == ND_COMP_INDEX)
			bind(E, c->lhs);
	btf_bind_cast(E->s, n);         /* errors reported there */
}

static bool has_star(const Node *list)
{
	for (; list; list = list->next)
		if (list->kind == ND_STAR)
			return true;
	return false;
}

/* @entry(expr) means something only in a .return probe (dwarf_vars.c
 * replaces it there, user-space and kernel); anywhere else stap calls it
 * an internal error, under the probe or function it is in. */
static void bind_entry(Elab *E, Node *n)
{
	Buf where = {0};
	if (E->fn)
		buf_printf(&where, "function %s", E->fn->name);
	else if (E->probe) {
		buf_puts(&where, "probe ");
		pp_print(&where, E->probe->point, false, NULL);
	}
	SemErr *e = sem_err("entry", n->tok, NULL,
			    "internal error: @entry is only valid in .return probes");
	error(E, where.len ? sem_err("entry-where", NULL, e, "while processing %s", buf_str(&where)) : e);
}

static void bind(Elab *E, Node *n)
{
	if (!n)
		return;
	int k;
	switch (n->kind) {
	case ND_SYM: bind_sym(E, n); return;
	case ND_CALL: bind_call(E, n); return;
	case ND_INDEX:
		count_list(n->list, &k);
		if (has_star(n->list)) {
			error(E, sem_err("index-star", n->lhs->tok, NULL,
					 "wildcard not allowed in array index"));
			return;
		}
		bind_list(E, n->list);
		bind_array(E, n->lhs, k);
		return;
	case ND_IN:
		count_list(n->list, &k);
		bind_list(E, n->list);
		bind_array(E, n->rhs, k);
		return;
	case ND_FOREACH: {
		count_list(n->list, &k);
		Node *arr = n->rhs;
		if (arr->kind == ND_INDEX) {
			bind_list(E, arr->list);
			bind_array(E, arr->lhs, k);
		} else {
			bind_array(E, arr, k);
		}
		bind_list(E, n->list);
		bind(E, n->lhs);
		bind(E, n->limit);
		E->loop_depth++;
		bind(E, n->then);
		E->loop_depth--;
		return;
	}
	case ND_DELETE:
		if (n->lhs->kind == ND_INDEX && n->lhs->lhs->kind == ND_SYM) {
			/* delete a[i, *]: a slice is fine here */
			count_list(n->lhs->list, &k);
			bind_list(E, n->lhs->list);
			bind_array(E, n->lhs->lhs, k);
			return;
		}
		if (n->lhs->kind != ND_SYM && n->lhs->kind != ND_INDEX) {
			error(E, sem_err("delete-operand", n->lhs->tok, NULL,
					 "invalid operand of delete expression"));
			return;
		}
		if (n->lhs->kind == ND_SYM) {
			Symbol *y = find_sym(&E->globals, n->lhs->name);
			if (y && !find_sym(E->locals, n->lhs->name)) {
				y->flags |= SYM_USED;
				n->lhs->sym = y;
				return;
			}
		}
		bind(E, n->lhs);
		return;
	case ND_STAT: case ND_HIST:
		if (n->lhs->kind == ND_SYM && (find_sym(E->locals, n->lhs->name) ||
		    (E->fn && find_sym(&E->fn->params, n->lhs->name)) ||
		    !find_sym(&E->globals, n->lhs->name))) {
			error(E, sem_err("stat-local", n->lhs->tok, NULL,
					 "stat locals not supported, missing global declaration? "));
			return;
		}
		if (n->lhs->kind == ND_SYM)
			bind_array(E, n->lhs, 0);
		else
			bind(E, n->lhs);
		return;
	case ND_ASSIGN:
		/* @hist_log(s)[i] = v: a bucket is read-only */
		if (n->lhs->kind == ND_INDEX && n->lhs->lhs->kind == ND_HIST) {
			SemErr *e = sem_err("lvalue", n->tok, NULL, "Expecting lvalue for assignment");
			e->tok2 = n->lhs->lhs->tok;
			error(E, e);
			return;
		}
		bind(E, n->lhs);
		bind(E, n->rhs);
		return;
	case ND_TARGET: bind_target(E, n); return;
	case ND_IF: case ND_TERNARY: {
		bool defined = node_defined_test(n->cond);
		bind(E, n->cond);
		if (defined && node_take_live_branch(n)) {
			bind(E, n);
			return;
		}
		bind(E, n->then);
		bind(E, n->els);
		return;
	}
	case ND_DEFINED:
		/* @defined of something that does not resolve is 0: nothing
		 * non-DWARF resolves to a target variable */
		if (n->lhs->kind == ND_TARGET) {
			*n = (Node){.kind = ND_NUM, .tok = n->tok, .num = 0, .next = n->next};
			return;
		}
		if (n->lhs->kind == ND_CAST && cast_is_kernel(E, n->lhs)) {
			/* a kernel type (BTF): 1 when the chain resolves */
			bind(E, n->lhs->lhs);
			*n = (Node){.kind = ND_NUM, .tok = n->tok, .next = n->next,
				    .num = btf_cast_defined(E->s, n->lhs)};
			return;
		}
		bind(E, n->lhs);
		return;
	case ND_CAST: bind_cast(E, n); return;
	case ND_ATVAR: unsupported(E, n, "@var"); return;
	case ND_ENTRY: bind_entry(E, n); return;
	case ND_PERF: unsupported(E, n, "@perf"); return;
	case ND_REGISTER: unsupported(E, n, n->op); return;
	case ND_DEREF: unsupported(E, n, n->op); return;
	case ND_CONST: unsupported(E, n, "@const"); return;
	case ND_AUTOCAST:
		/* no value outside DWARF has a type to dereference */
		if (n->list)
			error(E, sem_err("autocast", n->tok, NULL, "unknown type in dereference"));
		else
			unsupported(E, n, "a target-variable member access");
		return;
	case ND_PROBEWRITE: unsupported(E, n, "@probewrite"); return;
	case ND_EMBED_EXPR:
		vec_push(&E->embed_exprs, n);
		return;         /* the parser let it in: a privileged file */
	case ND_EMBED_STMT:
		return;
	case ND_WHILE: case ND_FOR:
		bind(E, n->init);
		bind(E, n->cond);
		bind(E, n->inc);
		E->loop_depth++;
		bind(E, n->then);
		E->loop_depth--;
		return;
	case ND_BLOCK:
		for (Node *st = n->list; st; st = st->next) {
			E->stmt_serial++;
			bind(E, st);
		}
		return;
	case ND_TRY:
		bind(E, n->then);
		if (n->name) {
			/* kept as lhs: the optimiser sees the catch assign it */
			Node *sym = n->lhs ? n->lhs : xalloc(sizeof(*sym));
			sym->kind = ND_SYM, sym->tok = n->tok, sym->name = n->name;
			bind_sym(E, sym);
			sym->sym->type = sym->sym->type ? sym->sym->type : TYPE_STRING;
			if (!sym->sym->type_tok)
				sym->sym->type_tok = n->tok;
			n->lhs = sym;
		}
		bind(E, n->els);
		return;
	default:
		bind(E, n->lhs);
		bind(E, n->rhs);
		bind(E, n->cond);
		bind(E, n->then);
		bind(E, n->els);
		bind(E, n->init);
		bind(E, n->inc);
		bind(E, n->limit);
		bind_list(E, n->list);
		return;
	}
}

/* ---- arrays modified while a foreach walks them ---- */

/* The variable an assignment, ++/--, <<< or delete writes, or NULL. */
static Symbol *written_sym(const Node *n)
{
	const Node *t = NULL;
	switch (n->kind) {
	case ND_ASSIGN: case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
	case ND_DELETE:
		t = n->lhs;
		break;
	default:
		return NULL;
	}
	if (t->kind == ND_INDEX)
		t = t->lhs;
	return t->kind == ND_SYM ? t->sym : NULL;
}

static bool func_writes(Func *f, Symbol *y, int gen);

/* Does the tree (or a function it calls) write `y`? */
static bool tree_writes(const Node *n, Symbol *y, int gen)
{
	for (; n; n = n->next) {
		if (written_sym(n) == y)
			return true;
		if (n->kind == ND_CALL && n->fn) {
			for (Func *g = n->fn; g; g = g->overload)
				if (func_writes(g, y, gen))
					return true;
		}
		if (tree_writes(n->lhs, y, gen) || tree_writes(n->rhs, y, gen) ||
		    tree_writes(n->cond, y, gen) || tree_writes(n->then, y, gen) ||
		    tree_writes(n->els, y, gen) || tree_writes(n->init, y, gen) ||
		    tree_writes(n->inc, y, gen) || tree_writes(n->limit, y, gen) ||
		    tree_writes(n->list, y, gen))
			return true;
	}
	return false;
}

static bool func_writes(Func *f, Symbol *y, int gen)
{
	if (f->visit_gen == gen)
		return false;   /* recursion: already being looked at */
	f->visit_gen = gen;
	return tree_writes(f->decl->then, y, gen);
}

/* Walk a body; `iter` holds the arrays of the enclosing foreach loops. */
static void check_mods(Elab *E, const Node *n, Vec *iter)
{
	for (; n; n = n->next) {
		Symbol *w = written_sym(n);
		for (int i = 0; w && i < iter->len; i++) {
			if (iter->data[i] != w)
				continue;
			const Node *t = n->lhs->kind == ND_INDEX ? n->lhs->lhs : n->lhs;
			error(E, sem_err("foreach-mod", t->tok, NULL,
					 "variable '%s' modified during 'foreach' iteration", w->name));
		}
		if (n->kind == ND_CALL && n->fn) {
			for (int i = 0; i < iter->len; i++) {
				Symbol *y = iter->data[i];
				bool w = false;
				int gen = ++E->gen;
				for (Func *g = n->fn; g && !w; g = g->overload)
					w = func_writes(g, y, gen);
				if (w)
					error(E, sem_err("foreach-call-mod", n->tok, NULL,
							 "function call modifies var '%s' during "
							 "'foreach' iteration", y->name));
			}
		}
		Symbol *arr = NULL;
		if (n->kind == ND_FOREACH) {
			const Node *b = n->rhs->kind == ND_INDEX ? n->rhs->lhs : n->rhs;
			arr = b->kind == ND_SYM ? b->sym : NULL;
		}
		if (arr)
			vec_push(iter, arr);
		check_mods(E, n->then, iter);
		if (arr)
			iter->len--;
		check_mods(E, n->lhs, iter);
		check_mods(E, n->rhs, iter);
		check_mods(E, n->cond, iter);
		check_mods(E, n->els, iter);
		check_mods(E, n->init, iter);
		check_mods(E, n->inc, iter);
		check_mods(E, n->list, iter);
	}
}

static void check_foreach_mods(Elab *E)
{
	Vec iter = {0};
	for (int i = 0; i < E->prog->probes.len; i++)
		check_mods(E, ((Probe *)E->prog->probes.data[i])->body, &iter);
	for (int i = 0; i < E->work.len; i++)
		check_mods(E, ((Func *)E->work.data[i])->decl->then, &iter);
}

/* An embedded-C function: "/\* stable *\/" only with "/\* pure *\/"; each
 * "/\* pragma:read:G *\/" or "pragma:write:G" names a global that must
 * exist (it is then used, as stap counts it). */
static void bind_embedded(Elab *E, Func *f)
{
	const Node *body = f->decl->then;
	if ((f->markers & EMB_STABLE) && !(f->markers & EMB_PURE))
		error(E, sem_err("stable-pure", body->tok, NULL,
				 "stable function must also be /* pure */"));
	static const char *const kinds[] = { "read", "write" };
	for (int k = 0; k < 2; k++) {
		const char *pre = xfmt("/* pragma:%s:", kinds[k]);
		for (const char *p = body->str; p && (p = strstr(p, pre)); ) {
			p += strlen(pre);
			size_t n = strcspn(p, " */");
			const char *name = xstrndup(p, n);
			Symbol *y = find_sym(&E->globals, name);
			if (!y && load_library(E, 'g', name))
				y = find_sym(&E->globals, name);
			if (y)
				y->flags |= SYM_USED;
			else
				error(E, sem_err(xfmt("pragma-%s", kinds[k]), body->tok, NULL,
						 "unresolved pragma:%s global %s", kinds[k], name));
		}
	}
}

/* Does a probe condition assign, ++/--, <<< or delete anything? */
static bool cond_writes(const Node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case ND_ASSIGN: case ND_PREINC: case ND_PREDEC: case ND_POSTINC:
	case ND_POSTDEC: case ND_DELETE:
		return true;
	default:
		break;
	}
	if (cond_writes(n->lhs) || cond_writes(n->rhs) || cond_writes(n->cond) ||
	    cond_writes(n->then) || cond_writes(n->els))
		return true;
	for (const Node *k = n->list; k; k = k->next)
		if (cond_writes(k))
			return true;
	return false;
}

/* An embedded-C expression without the pure marker, or NULL. */
static const Node *cond_impure_embed(const Node *n)
{
	if (!n)
		return NULL;
	if (n->kind == ND_EMBED_EXPR && !(embed_markers(n->str) & EMB_PURE))
		return n;
	const Node *kids[] = { n->lhs, n->rhs, n->cond, n->then, n->els };
	for (size_t i = 0; i < sizeof kids / sizeof *kids; i++) {
		const Node *e = cond_impure_embed(kids[i]);
		if (e)
			return e;
	}
	for (const Node *k = n->list; k; k = k->next) {
		const Node *e = cond_impure_embed(k);
		if (e)
			return e;
	}
	return NULL;
}

/* A probe condition may name globals only. */
static void bind_cond(Elab *E, Node *n)
{
	if (!n)
		return;
	if (n->kind == ND_SYM) {
		Symbol *y = find_sym(&E->globals, n->name);
		if (!y) {
			error(E, sem_err("cond-global", n->tok, NULL,
					 "probe condition must not reference undeclared global"));
			return;
		}
		y->flags |= SYM_USED;
		n->sym = y;
		return;
	}
	if (n->kind == ND_CALL) {
		error(E, sem_err("cond-function", n->tok, NULL,
				 "probe condition must not reference function"));
		return;
	}
	bind_cond(E, n->lhs);
	bind_cond(E, n->rhs);
	bind_cond(E, n->cond);
	bind_cond(E, n->then);
	bind_cond(E, n->els);
	for (Node *k = n->list; k; k = k->next)
		bind_cond(E, k);
}

static void bind_all(Elab *E)
{
	Program *P = E->prog;
	int pi = 0, fi = 0;
again:
	for (int i = pi; i < P->probes.len; i++, pi = i) {
		Probe *p = P->probes.data[i];
		E->probe = p;
		E->fn = NULL;
		E->locals = &p->locals;
		kernel_bind_probe(E->s, p);     /* kernel.trace $args (kernel.c) */
		Vec ng = {0}, np = {0};
		dwv_bind_probe(E->s, p, &ng, &np);	/* process $vars (dwarf_vars.c) */
		dwv_bind_kentry(E->s, p, &ng, &np);	/* kretprobes' @entry (dwarf_vars.c) */
		for (int k = 0; k < ng.len; k++)	/* .return's @entry carriers */
			add_global(E, ng.data[k]);
		if (np.len) {	/* ... and its .call probe: first, as stap's */
			for (int k = 0; k < np.len; k++) {
				vec_push(&P->probes, NULL);
				memmove(&P->probes.data[i + 1], &P->probes.data[i],
					sizeof(void *) * (P->probes.len - 1 - i));
				P->probes.data[i] = np.data[k];
			}
			i--;	/* bind it, then p again (its $vars are done) */
			continue;
		}
		bind(E, p->body);
		Vec none = {0};
		E->locals = &none;
		bind_cond(E, p->cond);
		/* stap names the condition's top token, whatever writes */
		const Node *emb;
		if (p->cond && cond_writes(p->cond))
			error(E, sem_err("cond-write", p->cond->tok, NULL,
					 "probe condition must not modify any variables"));
		else if (p->cond && (emb = cond_impure_embed(p->cond)))
			error(E, sem_err("cond-embed", emb->tok, NULL,
					 "probe condition must not include impure embedded-C"));
	}
	pi = P->probes.len;
	E->probe = NULL;
	for (int i = fi; i < E->work.len; i++, fi = i) {
		Func *f = E->work.data[i];
		E->fn = f;
		E->locals = &f->locals;
		if (f->decl->then && f->decl->then->kind == ND_BLOCK) {
			dwv_bind_func(E->s, f->decl->then);	/* @cast(.., "PATH") */
			bind(E, f->decl->then);
		}
		else if (f->embedded)
			bind_embedded(E, f);
	}
	fi = E->work.len;
	E->fn = NULL;
	/* library files the bodies pulled in may bring probes of their own */
	if (take_lib_probes(E))
		goto again;
}

/* ------------------------------------------------------------------ */
/* Step 4: types                                                       */

static Type infer(Elab *E, Node *n, Type want);

/* "type mismatch: expected A but found B" at a token. */
static void mismatch(Elab *E, const Token *tok, Type want, Type found)
{
	E->nmismatch++;
	error(E, sem_err("type-mismatch", tok, NULL,
			 "type mismatch: expected %s but found %s",
			 type_name(want), type_name(found)));
}

/* Something whose type is still unknown: counted, and in the last
 * iteration reported, as stap reports each such use. */
static void unresolved(Elab *E, const Token *tok)
{
	E->unresolved++;
	if (E->assert_mode)
		sem_report(E->s, sem_err("unresolved-type", tok, NULL, "unresolved type "));
}

/* Give symbol `y` type `t` at token `tok`, or report the conflict. */
static void sym_type(Elab *E, Symbol *y, Type t, const Token *tok)
{
	if (t == TYPE_UNKNOWN)
		return;
	if (y->type == TYPE_UNKNOWN) {
		y->type = t;
		y->type_tok = (Token *)tok;
		E->resolved++;
		return;
	}
	if (y->type == t)
		return;
	E->nmismatch++;
	if (!y->type_tok) {
		mismatch(E, tok, t, y->type);
		return;
	}
	if (y->flags & SYM_PARAM) {
		/* stap types a function's parameters as its "indexes" */
		error(E, sem_err("index-mismatch", tok,
				 sem_err("index-first", y->type_tok, NULL,
					 "type of index %d was first inferred here (%s)",
					 y->order, type_name(y->type)),
				 "index %d type mismatch (%s)", y->order, type_name(t)));
		return;
	}
	error(E, sem_err("sym-mismatch", tok,
			 sem_err("sym-first", y->type_tok, NULL,
				 "type was first inferred here (%s)", type_name(y->type)),
			 "type mismatch (%s)", type_name(t)));
}

/* Check and fix the arity of `y` at a use with `k` indexes. */
static bool sym_arity(Elab *E, Symbol *y, int k, const Token *tok)
{
	/* global a[N] is an array: stap blames the declaration */
	if (k == 0 && y->decl && y->decl->kind == ND_GLOBAL && (y->decl->flags & NF_HAS_SIZE)) {
		error_at(E, sem_err("arity-sized", y->tok, NULL, "inconsistent arity"), tok);
		E->arity_errors++;
		return false;
	}
	if (y->arity < 0) {
		y->arity = k;
		y->arity_tok = (Token *)tok;
		if (k) {
			y->key_type = xalloc(sizeof(Type) * k);
			y->key_tok = xalloc(sizeof(Token *) * k);
		}
		return true;
	}
	if (y->arity == k)
		return true;
	SemErr *first = y->arity_tok ?
		sem_err("arity-first", y->arity_tok, NULL, "arity %d first inferred here", y->arity) :
		NULL;
	error(E, sem_err("arity", tok, first, "inconsistent arity (%d vs %d)", y->arity, k));
	E->arity_errors++;
	return false;
}

/* A scalar use of a symbol: arity 0. */
static Type infer_sym(Elab *E, Node *n, Type want)
{
	Symbol *y = n->sym;
	if (!y)
		return TYPE_UNKNOWN;
	if (!(y->flags & SYM_PARAM) && !sym_arity(E, y, 0, n->tok))
		return TYPE_UNKNOWN;
	if (y->arity == 0 && !y->arity_tok)
		y->arity_tok = n->tok;
	if (y->type == TYPE_STATS && want != TYPE_STATS) {
		/* a stat where a value is wanted: stap's plain mismatch */
		if (want != TYPE_UNKNOWN && y->type_tok)
			sym_type(E, y, want, n->tok);
		else
			error(E, sem_err("invalid-stats", n->tok, NULL, "invalid type stats"));
		return TYPE_UNKNOWN;
	}
	sym_type(E, y, want, n->tok);
	if (y->type == TYPE_UNKNOWN)
		unresolved(E, n->tok);
	return y->type;
}

/* Keys of an index/in/foreach against the array's key types. */
static void infer_keys(Elab *E, Symbol *y, Node *keys)
{
	int i = 0;
	for (Node *k = keys; k; k = k->next, i++) {
		if (k->kind == ND_STAR)
			continue;
		Type kt = infer(E, k, TYPE_UNKNOWN);
		if (kt == TYPE_UNKNOWN && y->key_type[i] != TYPE_UNKNOWN)
			kt = infer(E, k, y->key_type[i]);
		if (kt == TYPE_UNKNOWN || kt == y->key_type[i])
			continue;
		if (y->key_type[i] == TYPE_UNKNOWN) {
			y->key_type[i] = kt;
			y->key_tok[i] = k->tok;
			E->resolved++;
		} else {
			E->nmismatch++;
			error(E, sem_err("index-mismatch", k->tok,
					 sem_err("index-first", y->key_tok[i], NULL,
						 "type of index %d was first inferred here (%s)",
						 i, type_name(y->key_type[i])),
					 "index %d type mismatch (%s)", i, type_name(kt)));
		}
	}
}

static Symbol *array_sym(Elab *E, Node *base, int k)
{
	if (base->kind != ND_SYM || !base->sym)
		return NULL;
	Symbol *y = base->sym;
	if (!sym_arity(E, y, k, base->tok))
		return NULL;
	return y;
}

/* arr[k...] as a value: the element type. */
static Type infer_index(Elab *E, Node *n, Type want)
{
	int k;
	count_list(n->list, &k);
	Symbol *y = array_sym(E, n->lhs, k);
	if (!y) {
		for (Node *i = n->list; i; i = i->next)
			infer(E, i, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	}
	infer_keys(E, y, n->list);
	if (y->type == TYPE_STATS && want != TYPE_STATS) {
		error(E, sem_err("invalid-stats", n->lhs->tok, NULL, "invalid type stats"));
		return TYPE_UNKNOWN;
	}
	sym_type(E, y, want, n->lhs->tok);
	if (y->type == TYPE_UNKNOWN)
		unresolved(E, n->lhs->tok);
	return y->type;
}

/* What is known of an expression's type before visiting it: literals,
 * variables and calls as typed so far, others as of the last visit. */
static Type known(const Node *n)
{
	switch (n->kind) {
	case ND_NUM: return TYPE_LONG;
	case ND_STR: return TYPE_STRING;
	case ND_SYM: return n->sym && n->sym->type != TYPE_STATS ? n->sym->type : n->etype;
	case ND_CALL: return n->fn ? n->fn->type : TYPE_UNKNOWN;
	default: return n->etype;
	}
}

/* Both sides of `=`: the right first, then the left told its type. */
static Type infer_assign(Elab *E, Node *n, Type want)
{
	const char *op = n->op;
	if (!strcmp(op, "<<<")) {
		infer(E, n->lhs, TYPE_STATS);
		infer(E, n->rhs, TYPE_LONG);
		return want == TYPE_STATS ? TYPE_STATS : TYPE_LONG;
	}
	if (!strcmp(op, ".=")) {
		infer(E, n->lhs, TYPE_STRING);
		infer(E, n->rhs, TYPE_STRING);
		return TYPE_STRING;
	}
	if (strcmp(op, "=")) {
		infer(E, n->lhs, TYPE_LONG);
		infer(E, n->rhs, TYPE_LONG);
		return TYPE_LONG;
	}
	Type kr = known(n->rhs);
	Type lt = infer(E, n->lhs, kr != TYPE_UNKNOWN ? kr : want);
	/* a right side whose type was known has been checked through the
	 * left: it is not reported again */
	Type rt = infer(E, n->rhs, kr != TYPE_UNKNOWN ? TYPE_UNKNOWN : lt);
	if (lt == TYPE_UNKNOWN && rt != TYPE_UNKNOWN)
		lt = infer(E, n->lhs, rt);
	return lt != TYPE_UNKNOWN ? lt : rt;
}

/* A literal or other fixed-type expression in a context. */
static Type fixed(Elab *E, Node *n, Type t, Type want)
{
	if (want != TYPE_UNKNOWN && want != t)
		mismatch(E, n->tok, want, t);
	return t;
}

/* An operator used where its result type does not fit. */
static void invalid(Elab *E, Node *n, Type want, Type own)
{
	if (want == TYPE_STATS)
		error(E, sem_err("invalid-stats", n->tok, NULL, "invalid type stats"));
	else if (E->in_arith && own == TYPE_STRING)
		error(E, sem_err("invalid-op", n->tok, NULL, "invalid operator"));
	else
		mismatch(E, n->tok, want, own);
}

static Type infer_concat(Elab *E, Node *n, Type want)
{
	if (want != TYPE_UNKNOWN && want != TYPE_STRING)
		invalid(E, n, want, TYPE_STRING);
	bool in = E->in_arith;
	E->in_arith = false;
	infer(E, n->lhs, TYPE_STRING);
	infer(E, n->rhs, TYPE_STRING);
	E->in_arith = in;
	return TYPE_STRING;
}

/* + - * / % << >> & | ^ && ||: longs, with stap's "sides don't agree"
 * when an operand's own type is not long. */
static Type infer_arith(Elab *E, Node *n, Type want)
{
	if (want == TYPE_STRING || want == TYPE_STATS)
		invalid(E, n, want, TYPE_LONG);
	bool in = E->in_arith;
	int before = E->nmismatch;
	E->in_arith = true;
	Type l = infer(E, n->lhs, TYPE_LONG);
	Type r = infer(E, n->rhs, TYPE_LONG);
	E->in_arith = in;
	/* an operand found mismatched has been reported as such */
	if (l != TYPE_UNKNOWN && r != TYPE_UNKNOWN && l != r && E->nmismatch == before)
		error(E, sem_err("sides", n->tok, NULL,
				 "type mismatch: left and right sides don't agree (%s vs %s)",
				 type_name(l), type_name(r)));
	return TYPE_LONG;
}

/* Each side is told the other's type as known so far. */
static Type infer_compare(Elab *E, Node *n, Type want)
{
	infer(E, n->lhs, known(n->rhs));
	infer(E, n->rhs, known(n->lhs));
	if (want == TYPE_STRING || want == TYPE_STATS)
		invalid(E, n, want, TYPE_LONG);
	return TYPE_LONG;
}

static Type infer_ternary(Elab *E, Node *n, Type want)
{
	infer(E, n->cond, TYPE_LONG);
	Type a = infer(E, n->then, want);
	Type b = infer(E, n->els, a != TYPE_UNKNOWN ? a : want);
	if (a == TYPE_UNKNOWN && b != TYPE_UNKNOWN)
		a = infer(E, n->then, b);
	return a != TYPE_UNKNOWN ? a : b;
}

static Type infer_call(Elab *E, Node *n, Type want)
{
	Func *f = n->fn;
	bool void_ok = E->void_ok;
	E->void_ok = false;
	if (!f) {
		for (Node *a = n->list; a; a = a->next)
			infer(E, a, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	}
	int i = 0;
	for (Node *a = n->list; a; a = a->next, i++) {
		Symbol *p = f->params.data[i];
		Type at = infer(E, a, TYPE_UNKNOWN);
		if (at == TYPE_UNKNOWN && p->type != TYPE_UNKNOWN)
			at = infer(E, a, p->type);
		if (at == TYPE_UNKNOWN)
			continue;
		sym_type(E, p, at, a->tok);
	}
	if (f->type == TYPE_UNKNOWN && want != TYPE_UNKNOWN) {
		f->type = want;
		f->type_tok = n->tok;
		E->resolved++;
	} else if (want != TYPE_UNKNOWN && f->type != want) {
		if (f->type_tok)
			error(E, sem_err("sym-mismatch", n->tok,
					 sem_err("sym-first", f->type_tok, NULL,
						 "type was first inferred here (%s)",
						 type_name(f->type)),
					 "type mismatch (%s)", type_name(want)));
		else
			mismatch(E, n->tok, want, f->type);
	}
	/* the other overloads must agree with the first */
	for (Func *g = f->overload; g; g = g->overload) {
		for (int k = 0; k < g->params.len; k++) {
			Symbol *p = f->params.data[k], *q = g->params.data[k];
			sym_type(E, q, p->type, n->tok);
		}
		if (g->type == TYPE_UNKNOWN && f->type != TYPE_UNKNOWN) {
			g->type = f->type;
			g->type_tok = n->tok;
			E->resolved++;
		} else if (f->type != TYPE_UNKNOWN && g->type != f->type) {
			E->nmismatch++;
			error(E, sem_err("sym-mismatch", n->tok,
					 sem_err("sym-first", g->type_tok, NULL,
						 "type was first inferred here (%s)",
						 type_name(g->type)),
					 "type mismatch (%s)", type_name(f->type)));
		}
	}
	/* a function that returns nothing may be called for its effect */
	if (f->type == TYPE_UNKNOWN && !void_ok)
		unresolved(E, n->tok);
	return f->type;
}

/* printf's format: the type each directive takes, in order. */
static int format_types(const Node *fmt, Type *out, int max)
{
	int n = 0;
	const char *s = fmt->str, *end = s + fmt->slen;
	while (s < end) {
		if (*s++ != '%')
			continue;
		if (s < end && *s == '%') {
			s++;
			continue;
		}
		while (s < end && strchr("-+ #0", *s))
			s++;
		if (s < end && *s == '*') {
			if (n < max)
				out[n] = TYPE_LONG;
			n++;
			s++;
		}
		while (s < end && (*s >= '0' && *s <= '9'))
			s++;
		if (s < end && *s == '.') {
			s++;
			if (s < end && *s == '*') {
				if (n < max)
					out[n] = TYPE_LONG;
				n++;
				s++;
			}
			while (s < end && (*s >= '0' && *s <= '9'))
				s++;
		}
		while (s < end && (*s == 'l' || *s == 'h' || *s == 'L' || *s == 'j' ||
				   *s == 'z' || *s == 't'))
			s++;
		if (s >= end)
			break;
		char c = *s++;
		if (n < max)
			out[n] = c == 's' ? TYPE_STRING : TYPE_LONG;	/* %m %M: an address */
		n++;
	}
	return n;
}

static Type infer_print(Elab *E, Node *n, Type want)
{
	const char *op = n->op;
	bool to_string = op[0] == 's';
	bool formatted = strstr(op, "printf") != NULL;
	Node *args = n->list;
	if (formatted && args && args->kind == ND_STR) {
		Type types[64];
		int nf = format_types(args, types, 64), na = 0;
		for (Node *a = args->next; a; a = a->next)
			na++;
		if (nf != na) {
			error(E, sem_err("print-args", n->tok, NULL,
					 "Wrong number of args to formatted print operator"));
		} else {
			int i = 0;
			for (Node *a = args->next; a; a = a->next, i++)
				infer(E, a, i < 64 ? types[i] : TYPE_UNKNOWN);
		}
	} else {
		bool unknown = false;
		for (Node *a = args; a; a = a->next) {
			if (a->kind == ND_HIST) {
				infer(E, a, TYPE_UNKNOWN);
				continue;
			}
			/* a statistic prints as itself */
			Node *base = a->kind == ND_INDEX ? a->lhs : a;
			if (base->kind == ND_SYM && base->sym && base->sym->type == TYPE_STATS)
				continue;
			if (infer(E, a, TYPE_UNKNOWN) == TYPE_UNKNOWN) {
				unresolved(E, a->tok);
				unknown = true;
			}
		}
		if (unknown)
			unresolved(E, n->tok);
	}
	(void)want;     /* stap does not check a print's use */
	return to_string ? TYPE_STRING : TYPE_LONG;
}

/* @count(x) and friends, @hist_*(x): x must be statistics. */
static Type infer_stat(Elab *E, Node *n, Type want)
{
	Node *x = n->lhs;
	if (x->kind == ND_INDEX) {
		infer_index(E, x, TYPE_STATS);
	} else if (x->kind == ND_SYM && x->sym) {
		if (sym_arity(E, x->sym, 0, x->tok))
			sym_type(E, x->sym, TYPE_STATS, x->tok);
	} else {
		Type t = infer(E, x, TYPE_UNKNOWN);
		if (t != TYPE_UNKNOWN && t != TYPE_STATS)
			mismatch(E, x->tok, TYPE_STATS, t);
	}
	/* stap does not check an aggregate's use against the context */
	(void)want;
	return n->kind == ND_HIST ? TYPE_UNKNOWN : TYPE_LONG;
}

static void infer_foreach(Elab *E, Node *n)
{
	int k;
	count_list(n->list, &k);
	Node *arr = n->rhs, *base = arr->kind == ND_INDEX ? arr->lhs : arr;
	Symbol *y = array_sym(E, base, k);
	if (y) {
		infer_keys(E, y, n->list);
		if (arr->kind == ND_INDEX)
			infer_keys(E, y, arr->list);
		if (n->lhs && y->type != TYPE_UNKNOWN)
			infer(E, n->lhs, y->type == TYPE_STATS ? TYPE_UNKNOWN : y->type);
	}
	if (n->limit)
		infer(E, n->limit, TYPE_LONG);
	E->loop_depth++;
	infer(E, n->then, TYPE_UNKNOWN);
	E->loop_depth--;
}

static void infer_delete(Elab *E, Node *n)
{
	Node *x = n->lhs;
	if (x->kind == ND_INDEX) {
		int k;
		count_list(x->list, &k);
		Symbol *y = array_sym(E, x->lhs, k);
		if (y)
			infer_keys(E, y, x->list);
		return;
	}
	if (x->kind == ND_SYM && x->sym) {
		/* deleting a whole array or a scalar: any arity, any type */
		return;
	}
	infer(E, x, TYPE_UNKNOWN);
}

static void infer_return(Elab *E, Node *n)
{
	if (!n->lhs)
		return;
	Func *f = E->fn;
	if (!f)
		return;
	Type t = infer(E, n->lhs, TYPE_UNKNOWN);
	if (t == TYPE_UNKNOWN && f->type != TYPE_UNKNOWN)
		t = infer(E, n->lhs, f->type);
	if (t == TYPE_UNKNOWN)
		return;
	if (f->type == TYPE_UNKNOWN) {
		f->type = t;
		f->type_tok = n->lhs->tok;
		E->resolved++;
	} else if (f->type != t) {
		mismatch(E, n->lhs->tok, t, f->type);
	}
}

static Type infer_node(Elab *E, Node *n, Type want);

/* stap counts every expression whose type becomes known as progress:
 * the iterations go on while anything does. */
static Type infer(Elab *E, Node *n, Type want)
{
	if (!n)
		return TYPE_UNKNOWN;
	Type t = infer_node(E, n, want);
	if (t != TYPE_UNKNOWN && n->etype == TYPE_UNKNOWN && n->kind != ND_NUM &&
	    n->kind != ND_STR && n->kind >= ND_NUM) {
		n->etype = t;
		E->resolved++;
	}
	return t;
}

/* `=~` patterns compile in pass 2, as in stap (num: 1 once it did). */
static void check_regex(Elab *E, Node *n)
{
	const char *msg;
	int pos;
	if (n->num || !n->rhs || n->rhs->kind != ND_STR)
		return;
	if (regex_compile(n->rhs->str, n->rhs->slen, &msg, &pos))
		n->num = 1;
	else
		error(E, sem_err("regex", n->rhs->tok, NULL, "regex compilation error%s: %s",
				 pos < 0 ? "" : xfmt(" (at position %d)", pos), msg));
}

/* A BTF-typed target (btf.c set its etype): its index expressions and
 * @cast's operand are longs. */
static Type infer_btf(Elab *E, Node *n, Type want)
{
	if (n->kind == ND_CAST)
		infer(E, n->lhs, TYPE_LONG);
	for (Node *c = n->list; c; c = c->next)
		if (c->kind == ND_COMP_INDEX && c->lhs)
			infer(E, c->lhs, TYPE_LONG);
	return fixed(E, n, n->etype, want);
}

static Type infer_node(Elab *E, Node *n, Type want)
{
	switch (n->kind) {
	case ND_NUM: return fixed(E, n, TYPE_LONG, want);
	case ND_STR: return fixed(E, n, TYPE_STRING, want);
	case ND_SYM: return infer_sym(E, n, want);
	case ND_CAST:
		return n->btf ? infer_btf(E, n, want) : TYPE_UNKNOWN;
	case ND_TARGET:         /* a tracepoint argument: kernel.c */
		if (n->btf)
			return infer_btf(E, n, want);
		if (n->argno > 0)
			return fixed(E, n, TYPE_LONG, want);
		/* procfs $value: bind_target typed it */
		return n->etype != TYPE_UNKNOWN ? fixed(E, n, n->etype, want) : TYPE_UNKNOWN;
	case ND_INDEX: return infer_index(E, n, want);
	case ND_ASSIGN: return infer_assign(E, n, want);
	case ND_CALL: return infer_call(E, n, want);
	case ND_PRINT: return infer_print(E, n, want);
	case ND_STAT: case ND_HIST: return infer_stat(E, n, want);
	case ND_COMPARE: return infer_compare(E, n, want);
	case ND_TERNARY: return infer_ternary(E, n, want);
	case ND_BINARY:
		return !strcmp(n->op, ".") ? infer_concat(E, n, want) : infer_arith(E, n, want);
	case ND_EMBED_EXPR:
		return fixed(E, n, n->str && strstr(n->str, "/* string */") ? TYPE_STRING : TYPE_LONG, want);
	case ND_REGEX:
		infer(E, n->lhs, TYPE_STRING);
		check_regex(E, n);
		return fixed(E, n, TYPE_LONG, want);
	case ND_LOGICAL:
		return infer_arith(E, n, want);
	case ND_UNARY: {
		Type t = infer(E, n->lhs, TYPE_LONG);
		if (t != TYPE_UNKNOWN && t != TYPE_LONG)
			mismatch(E, n->lhs->tok, TYPE_LONG, t);
		return fixed(E, n, TYPE_LONG, want);
	}
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
		infer(E, n->lhs, TYPE_LONG);
		return fixed(E, n, TYPE_LONG, want);
	case ND_IN: {
		int k;
		count_list(n->list, &k);
		Symbol *y = array_sym(E, n->rhs, k);
		if (y)
			infer_keys(E, y, n->list);
		return fixed(E, n, TYPE_LONG, want);
	}
	/* statements */
	case ND_BLOCK:
		for (Node *s = n->list; s; s = s->next)
			infer(E, s, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	case ND_EXPR_STMT:
		E->void_ok = n->lhs->kind == ND_CALL;
		infer(E, n->lhs, TYPE_UNKNOWN);
		E->void_ok = false;
		return TYPE_UNKNOWN;
	case ND_IF:
		infer(E, n->cond, TYPE_LONG);
		infer(E, n->then, TYPE_UNKNOWN);
		infer(E, n->els, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	case ND_WHILE: case ND_FOR:
		infer(E, n->init, TYPE_UNKNOWN);
		if (n->cond)
			infer(E, n->cond, TYPE_LONG);
		infer(E, n->inc, TYPE_UNKNOWN);
		infer(E, n->then, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	case ND_FOREACH: infer_foreach(E, n); return TYPE_UNKNOWN;
	case ND_DELETE: infer_delete(E, n); return TYPE_UNKNOWN;
	case ND_RETURN: infer_return(E, n); return TYPE_UNKNOWN;
	case ND_TRY:
		infer(E, n->then, TYPE_UNKNOWN);
		infer(E, n->els, TYPE_UNKNOWN);
		return TYPE_UNKNOWN;
	default:
		return TYPE_UNKNOWN;
	}
}

/* After the fixed point: every reachable symbol needs a type. */
static void report_unresolved(Elab *E, Vec *syms)
{
	for (int i = 0; i < syms->len; i++) {
		Symbol *y = syms->data[i];
		if (y->type == TYPE_UNKNOWN && (y->flags & SYM_USED || y->flags & SYM_PARAM))
			sem_report(E->s, sem_err("unresolved-type", y->tok, NULL, "unresolved type "));
	}
}

/* One visit of everything reachable: functions, conditions, bodies. */
static void infer_pass(Elab *E)
{
	Program *P = E->prog;
	E->resolved = E->unresolved = 0;
	for (int i = 0; i < E->work.len; i++) {
		Func *f = E->work.data[i];
		E->fn = f;
		if (f->decl->then && f->decl->then->kind == ND_BLOCK)
			infer(E, f->decl->then, TYPE_UNKNOWN);
	}
	E->fn = NULL;
	for (int i = 0; i < P->probes.len; i++) {
		Probe *p = P->probes.data[i];
		if (p->cond)
			infer(E, p->cond, TYPE_UNKNOWN);
	}
	for (int i = 0; i < P->probes.len; i++) {
		Probe *p = P->probes.data[i];
		E->probe = p;
		infer(E, p->body, TYPE_UNKNOWN);
	}
	E->probe = NULL;
}

/* Iterate to the fixed point (infer_fix); if anything is still unknown
 * then, one more pass reports each unknown use, and then the
 * declarations, as stap does (infer_report). */
/* The fixed point alone: stap folds constants before it reports what is
 * still unknown (code folded away is typed but never reported). */
static void infer_fix(Elab *E)
{
	for (int iter = 0; iter < 1000; iter++) {
		infer_pass(E);
		/* stap checks arities while binding symbols, and stops there */
		if (iter == 0 && E->arity_errors)
			return;
		if (!E->resolved)
			break;
	}
}

static void infer_report(Elab *E)
{
	if (!E->unresolved)
		return;
	E->assert_mode = true;
	infer_pass(E);
	for (int i = 0; i < E->work.len; i++) {
		Func *f = E->work.data[i];
		report_unresolved(E, &f->params);
		report_unresolved(E, &f->locals);
	}
	for (int i = 0; i < E->prog->probes.len; i++)
		report_unresolved(E, &((Probe *)E->prog->probes.data[i])->locals);
	report_unresolved(E, &E->globals);
}

/* ------------------------------------------------------------------ */
/* Reads and writes, for the probes stap adds                          */

static void mark(Node *n, bool write);

static void mark_sym(Node *base, bool write)
{
	if (base->kind == ND_SYM && base->sym)
		base->sym->flags |= write ? SYM_WRITTEN : SYM_READ;
	else
		mark(base, false);
}

/* The target of an assignment: a variable or an array element. */
static void mark_target(Node *n, bool also_read)
{
	if (n->kind == ND_INDEX) {
		for (Node *k = n->list; k; k = k->next)
			mark(k, false);
		mark_sym(n->lhs, true);
		if (also_read)
			mark_sym(n->lhs, false);
		return;
	}
	mark_sym(n, true);
	if (also_read)
		mark_sym(n, false);
}

/* A statement: there, n++, n-- and n += v only write n, as stap counts
 * them (a global so updated is still printed at the end); their value
 * used in an expression is a read. */
static void mark_stmt(Node *st)
{
	if (st->kind == ND_EXPR_STMT && st->lhs)
		st = st->lhs;
	switch (st->kind) {
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
		mark_target(st->lhs, false);
		return;
	case ND_ASSIGN:
		mark_target(st->lhs, false);
		mark(st->rhs, true);
		return;
	case ND_BLOCK:
		for (Node *c = st->list; c; c = c->next)
			mark_stmt(c);
		return;
	case ND_IF:
		mark(st->cond, true);
		if (st->then)
			mark_stmt(st->then);
		if (st->els)
			mark_stmt(st->els);
		return;
	default:
		mark(st, true);
		return;
	}
}

static void mark(Node *n, bool write)
{
	for (; n; n = write ? NULL : n->next) {
		switch (n->kind) {
		case ND_SYM:
			mark_sym(n, false);
			break;
		case ND_ASSIGN:
			mark_target(n->lhs, strcmp(n->op, "=") && strcmp(n->op, "<<<"));
			mark(n->rhs, true);
			break;
		case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
			mark_target(n->lhs, true);
			break;
		case ND_DELETE:
			mark_target(n->lhs, false);
			break;
		case ND_FOREACH:
			mark_sym(n->rhs->kind == ND_INDEX ? n->rhs->lhs : n->rhs, false);
			if (n->rhs->kind == ND_INDEX)
				mark(n->rhs->list, false);
			for (Node *k = n->list; k; k = k->next)
				mark_sym(k, true);
			if (n->lhs)
				mark_sym(n->lhs, true);
			mark(n->limit, true);
			mark(n->then, true);
			break;
		default:
			mark(n->lhs, true);
			mark(n->rhs, true);
			mark(n->cond, true);
			mark(n->then, true);
			mark(n->els, true);
			mark(n->init, true);
			mark(n->inc, true);
			mark(n->limit, true);
			mark(n->list, false);
			break;
		}
		if (write)
			break;
	}
}

static Node *synth_point(Token *tok, const char *name)
{
	Node *c = xalloc(sizeof(*c));
	c->kind = ND_PP_COMP;
	c->tok = tok;
	c->name = name;
	Node *pt = xalloc(sizeof(*pt));
	pt->kind = ND_PROBE_POINT;
	pt->tok = tok;
	pt->list = c;
	return pt;
}

/* A probe stap adds: `begin` or `end`, empty body. */
static Probe *synth_probe(Elab *E, const char *name, Token *tok)
{
	Probe *p = xalloc(sizeof(*p));
	Node *pt = synth_point(tok, name);
	Node *user = xalloc(sizeof(*user));
	user->kind = ND_PROBE;
	user->tok = tok;
	user->list = pt;
	p->point = pt;
	p->user = user;
	p->tok = tok;
	p->body = xalloc(sizeof(Node));
	p->body->kind = ND_BLOCK;
	p->body->tok = tok;
	vec_push(&E->prog->probes, p);
	return p;
}

static Symbol *synth_local(Probe *p, const char *name, Type t)
{
	Symbol *y = new_symbol(name, p->tok, SYM_USED);
	y->type = t;
	y->arity = 0;
	vec_push(&p->locals, y);
	return y;
}

static bool cond_has_global(const Node *n)
{
	if (!n)
		return false;
	if (n->kind == ND_SYM && n->sym && (n->sym->flags & SYM_GLOBAL))
		return true;
	if (cond_has_global(n->lhs) || cond_has_global(n->rhs) ||
	    cond_has_global(n->cond) || cond_has_global(n->then) || cond_has_global(n->els))
		return true;
	for (const Node *k = n->list; k; k = k->next)
		if (cond_has_global(k))
			return true;
	return false;
}

/* stap caches the value of a /\* stable *\/ embedded function within one
 * probe or function run: a local per such function called, listed after
 * the body's own locals, in order of first call. */
static void stable_locals(Node *n, Vec *locals)
{
	for (; n; n = n->next) {
		if (n->kind == ND_CALL && n->fn && n->fn->embedded &&
		    (n->fn->markers & EMB_STABLE) && !n->fn->params.len) {
			const char *nm = xfmt("__stable___global_%s__overload_0_value", n->fn->name);
			if (!find_sym(locals, nm)) {
				Symbol *y = new_symbol(nm, n->tok, 0);
				y->type = n->fn->type;
				y->arity = 0;
				vec_push(locals, y);
			}
		}
		Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els, n->init,
				n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i])
				stable_locals(kids[i], locals);
	}
}

/* What stap adds at the end of pass 2: a `begin` that evaluates the
 * probe conditions once at start, and an `end` probe per global that is
 * written and never read, which prints it. */
static void synth_probes(Elab *E)
{
	Program *P = E->prog;
	int nuser = P->probes.len;
	bool conds = false;
	for (int i = 0; i < nuser; i++) {
		Probe *p = P->probes.data[i];
		if (p->body)
			mark_stmt(p->body);
		mark(p->cond, true);
		conds |= cond_has_global(p->cond);
	}
	for (int i = 0; i < E->work.len; i++) {
		Node *body = ((Func *)E->work.data[i])->decl->then;
		if (body)
			mark_stmt(body);
	}
	if (conds)
		synth_probe(E, "begin", ((Probe *)P->probes.data[0])->tok);
	for (int i = 0; i < E->globals.len; i++) {
		Symbol *y = E->globals.data[i];
		/* the script's own globals only, as stap: a tapset's state
		 * (@this1's __this_var1) is not printed */
		if (!(y->flags & SYM_USED) || !(y->flags & SYM_WRITTEN) ||
		    (y->flags & (SYM_READ | SYM_LIBRARY)))
			continue;
		Probe *p = synth_probe(E, "end", y->tok);
		for (int k = 0; k < y->arity; k++)
			synth_local(p, xfmt("__idx%d", k), y->key_type[k]);
		if (y->arity > 0 && y->type != TYPE_STATS)
			synth_local(p, "__val", y->type);
	}
}

/* ------------------------------------------------------------------ */
/* Entry                                                               */

static const Symbol *hist_base(const Node *h)
{
	const Node *b = h->lhs && h->lhs->kind == ND_INDEX ? h->lhs->lhs : h->lhs;
	return b && b->kind == ND_SYM ? b->sym : NULL;
}

/* One histogram shape per statistic, as stap checks in pass 2: the first
 * @hist_* of a variable sets it, a different one is an error. */
static bool hist_same(const Node *a, const Node *b)
{
	if (strcmp(a->op, b->op))
		return false;
	const Node *x = a->list, *y = b->list;
	for (; x && y; x = x->next, y = y->next)
		if (x->kind != ND_NUM || y->kind != ND_NUM || x->num != y->num)
			return false;
	return !x && !y;
}

static void hist_walk(Elab *E, const Node *n, Vec *seen)
{
	for (; n; n = n->next) {
		if (n->kind == ND_HIST) {
			const Node *b = n->lhs && n->lhs->kind == ND_INDEX ? n->lhs->lhs : n->lhs;
			const Symbol *y = b && b->kind == ND_SYM ? b->sym : NULL;
			int i = 0;
			while (y && i < seen->len && hist_base(seen->data[i]) != y)
				i++;
			if (y && i == seen->len)
				vec_push(seen, (void *)n);
			else if (y && !hist_same(seen->data[i], n))
				error(E, sem_err("hist-types", n->tok, NULL,
						 "multiple histogram types declared on '%s%s'",
						 (y->flags & SYM_GLOBAL) ? "__global_" : "", y->name));
		}
		const Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els,
				      n->init, n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i])
				hist_walk(E, kids[i], seen);
	}
}

static void hist_check(Elab *E)
{
	Vec seen = {0};
	for (int i = 0; i < E->prog->probes.len; i++)
		hist_walk(E, ((Probe *)E->prog->probes.data[i])->body, &seen);
	for (int i = 0; i < E->funcs.len; i++) {
		Func *f = E->funcs.data[i];
		if (f->reachable && !f->embedded)
			hist_walk(E, f->decl->then, &seen);
	}
}

Program *elaborate(Session *s, Vec *files)
{
	Elab ctx = {.s = s}, *E = &ctx;
	E->prog = xalloc(sizeof(Program));
	E->table = probes_new(s);
	probes_set_library(E->table, load_aliases, E);
	int errors = s->nerrors;

	Vec user_probes = {0};
	for (int i = 0; i < files->len; i++)
		collect(E, files->data[i], &user_probes);
	for (int i = 0; i < user_probes.len; i++)
		probes_resolve(E->table, user_probes.data[i], &E->prog->probes);
	take_lib_probes(E);
	if (s->nerrors == errors && !E->prog->probes.len) {
		sem_report(s, sem_err("no-probes", NULL, NULL, "no probes found"));
		return NULL;
	}
	bind_all(E);
	if (s->nerrors == errors)
		check_expr_privilege(E);
	if (s->nerrors == errors)
		check_foreach_mods(E);
	if (s->nerrors != errors)
		return NULL;
	int warnings = s->nwarnings;
	if (!s->unoptimized && !optimise(s, &E->prog->probes, &E->work, &E->globals))
		return NULL;
	/* stap reports nothing unresolved after a type conflict */
	infer_fix(E);
	if (s->nerrors != errors)
		return NULL;
	if (!s->unoptimized) {
		if (!optimise_fold(s, &E->prog->probes, &E->work, &E->globals))
			return NULL;
		infer_pass(E);  /* what is left, counted again */
	}
	infer_report(E);
	hist_check(E);
	for (int i = 0; i < E->globals.len; i++) {
		Symbol *y = E->globals.data[i];
		if ((y->flags & SYM_USED) && (y->decl->flags & NF_WRAP) && y->arity == 0)
			error(E, sem_err("wrap-scalar", y->tok, NULL, "wrapping not supported for scalars"));
	}
	if (s->nerrors != errors)
		return NULL;

	/* -W: a warning fails the pass, as an error would */
	if (s->warnings_are_errors && s->nwarnings != warnings)
		return NULL;
	Program *P = E->prog;
	if (!s->unoptimized) {
		for (int i = 0; i < P->probes.len; i++) {
			Probe *p = P->probes.data[i];
			stable_locals(p->body, &p->locals);
		}
		for (int i = 0; i < E->funcs.len; i++) {
			Func *f = E->funcs.data[i];
			if (f->reachable && !f->embedded)
				stable_locals(f->decl->then, &f->locals);
		}
	}
	synth_probes(E);
	for (int i = 0; i < E->globals.len; i++) {
		Symbol *y = E->globals.data[i];
		if (y->flags & SYM_USED)
			vec_push(&P->globals, y);
	}
	for (int i = 0; i < E->funcs.len; i++) {
		Func *f = E->funcs.data[i];
		if (!f->reachable)
			continue;
		/* stap lists them by name (overloads in declaration order) */
		int k = P->funcs.len;
		vec_push(&P->funcs, f);
		while (k > 0 && strcmp(((Func *)P->funcs.data[k - 1])->name, f->name) > 0) {
			P->funcs.data[k] = P->funcs.data[k - 1];
			k--;
		}
		P->funcs.data[k] = f;
	}
	for (int i = 0; i < P->probes.len; i++) {
		Probe *p = P->probes.data[i];
		if (p->point->list && !strcmp(p->point->list->name, "procfs"))
			P->needs_procfs = true;
	}
	return P;
}
