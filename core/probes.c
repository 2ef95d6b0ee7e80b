/* probes.c - the table of probe kinds and probe-point resolution.
 *
 * Every probe kind is one row of `kinds[]`: the patterns it answers to
 * (SystemTap's --dump-probe-types spelling, "timer.s(number)") and one
 * resolver that checks the parameters and writes the canonical point.
 * The patterns are compiled into a match tree, one node per component
 * (name plus argument shape), and script aliases are entered into the
 * same tree, so that a point such as `p.*` or `timer.ms(10)` is resolved
 * by one walk, as stap does.  Errors chain "while resolving probe point"
 * with the reason, positioned as stap positions them.
 *
 * An alias is expanded by appending what the user wrote after the alias
 * name to each of the alias's own points and resolving the result again
 * (so aliases nest), and by wrapping the body: `=` puts the alias body
 * before the user's, `+=` after it.  Each Probe gets its own copy.
 */
#include "stap.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <fnmatch.h>
#include <errno.h>
#include <signal.h>

typedef enum { ARG_NONE, ARG_NUM, ARG_STR } ArgKind;

/* One component of a user point, flattened for the walk. */
typedef struct {
	Node *c;            /* ND_PP_COMP */
	ArgKind arg;
} Comp;

typedef struct Resolve Resolve;
typedef SemErr *(*Resolver)(Resolve *R, Probe *p);

typedef enum {
	K_BEGIN, K_END, K_ERROR, K_NEVER, K_TIMER, K_JIFFIES, K_HZ,
	K_PERF, K_PROCFS, K_UNSUPPORTED,
	K_KFUNC,        /* kernel.function, module().function: kprobes     */
	K_KTRACE,       /* kernel.trace: tracepoints                        */
	K_KDWARF,       /* kernel points that need debuginfo: an error      */
	K_PROCESS,      /* process(...).function/statement/mark/plt: uprobes */
	K_PROCESS_LIFE, /* process[(...)].begin/.end                          */
} KindId;

/* A kind whose one point stands for many (wildcards over the kernel's
 * symbols or tracepoints) expands instead: it appends one Probe per
 * match to `out`, each a copy of `tmpl` with its own canonical point. */
typedef SemErr *(*Expander)(Resolve *R, const Probe *tmpl, Vec *out);

struct ProbeKind {
	KindId id;
	const char *name;        /* for messages                            */
	const char *patterns;    /* '\n'-separated patterns                   */
	Resolver resolve;
	Expander expand;         /* instead of resolve, when set             */
	unsigned privilege;      /* PRIV_* levels allowed; 0: stapsys, stapdev */
};

typedef struct MNode MNode;
struct MNode {
	const char *name;
	ArgKind arg;
	Vec kids;               /* MNode *                                  */
	const ProbeKind *kind;  /* a kind's pattern ends here               */
	Vec aliases;            /* ND_ALIAS nodes whose name ends here       */
};

struct ProbeTable {
	Session *s;
	MNode root;
	bool (*load_library)(void *ctx, const char *first);
	void *ctx;
};

/* The walk over one user point. */
struct Resolve {
	ProbeTable *t;
	Node *user;             /* the ND_PROBE as written                  */
	Node *point;            /* the point being resolved (maybe expanded)*/
	Comp *comps;
	int ncomps;
	Vec via;                /* ND_ALIAS, innermost last while walking   */
	Node *body;             /* the body so far (aliases wrap it)        */
	Node *cond;             /* combined condition                       */
	Vec *out;
	int depth;
	const MNode *at;        /* the node whose kind is being resolved     */
};

/* ------------------------------------------------------------------ */
/* Deep copy                                                           */

static Node *copy_list(const Node *n);

Node *node_copy(const Node *n)
{
	if (!n)
		return NULL;
	Node *d = xalloc(sizeof(*d));
	*d = *n;
	d->next = NULL;
	d->lhs = node_copy(n->lhs);
	d->rhs = node_copy(n->rhs);
	d->cond = node_copy(n->cond);
	d->then = node_copy(n->then);
	d->els = node_copy(n->els);
	d->init = node_copy(n->init);
	d->inc = node_copy(n->inc);
	d->limit = node_copy(n->limit);
	d->list = copy_list(n->list);
	d->list2 = copy_list(n->list2);
	return d;
}

/* Lists are copied with a loop: statement lists can be long. */
static Node *copy_list(const Node *n)
{
	Node *head = NULL, **tail = &head;
	for (; n; n = n->next) {
		*tail = node_copy(n);
		tail = &(*tail)->next;
	}
	return head;
}

/* ------------------------------------------------------------------ */
/* Printing points                                                     */

static void put_quoted(Buf *b, const char *s, int len)
{
	buf_putc(b, '"');
	for (int i = 0; i < len; i++) {
		if (s[i] == '"' || s[i] == '\\')
			buf_putc(b, '\\');
		buf_putc(b, s[i]);
	}
	buf_putc(b, '"');
}

/* stap names globals __global_NAME once a condition is resolved. */
static void rename_globals(Node *n, const Vec *globals)
{
	if (!n)
		return;
	if (n->kind == ND_SYM && globals) {
		for (int i = 0; i < globals->len; i++) {
			const Symbol *g = globals->data[i];
			if (!strcmp(g->name, n->name)) {
				n->name = xfmt("__global_%s", n->name);
				break;
			}
		}
	}
	rename_globals(n->lhs, globals);
	rename_globals(n->rhs, globals);
	rename_globals(n->cond, globals);
	rename_globals(n->then, globals);
	rename_globals(n->els, globals);
	for (Node *k = n->list; k; k = k->next)
		rename_globals(k, globals);
}

void pp_print(Buf *b, const Node *pp, bool cond, const Vec *globals)
{
	for (const Node *c = pp->list; c; c = c->next) {
		buf_puts(b, c->name);
		if (c->flags & NF_HAS_ARG) {
			buf_putc(b, '(');
			if (c->lhs->kind == ND_STR)
				put_quoted(b, c->lhs->str, c->lhs->slen);
			else if (c->lhs->str)   /* spelled by a resolver: statement(0x1194) */
				buf_puts(b, c->lhs->str);
			else
				buf_printf(b, "%lld", (long long)c->lhs->num);
			buf_putc(b, ')');
		}
		if (c->next)
			buf_putc(b, '.');
	}
	if (pp->flags & NF_SUFFICIENT)
		buf_putc(b, '!');
	else if (pp->flags & NF_OPTIONAL)
		buf_putc(b, '?');
	if (cond && pp->cond) {
		Node *e = node_copy(pp->cond);
		rename_globals(e, globals);
		buf_puts(b, " if (");
		print_node(b, e, 0);
		buf_putc(b, ')');
	}
}

/* ------------------------------------------------------------------ */
/* The match tree                                                      */

static MNode *mnode_kid(MNode *m, const char *name, ArgKind arg, bool add)
{
	for (int i = 0; i < m->kids.len; i++) {
		MNode *k = m->kids.data[i];
		if (k->arg == arg && !strcmp(k->name, name))
			return k;
	}
	if (!add)
		return NULL;
	MNode *k = xalloc(sizeof(*k));
	k->name = name;
	k->arg = arg;
	vec_push(&m->kids, k);
	return k;
}

/* "timer.s(number).randomize(number)" into the tree. */
static void add_pattern(MNode *root, const char *pat, const ProbeKind *kind)
{
	MNode *m = root;
	while (*pat) {
		size_t n = strcspn(pat, ".(");
		const char *name = xstrndup(pat, n);
		ArgKind arg = ARG_NONE;
		pat += n;
		if (*pat == '(') {
			arg = pat[1] == 'n' ? ARG_NUM : ARG_STR;
			pat = strchr(pat, ')') + 1;
		}
		m = mnode_kid(m, name, arg, true);
		if (*pat == '.')
			pat++;
	}
	m->kind = kind;
}

/* ------------------------------------------------------------------ */
/* Resolvers                                                           */

/* The argument of the component called `name` (the walk has checked
 * its shape), or NULL. */
static Node *arg_of(Resolve *R, const char *name)
{
	for (int i = 0; i < R->ncomps; i++)
		if (!strcmp(R->comps[i].c->name, name) && R->comps[i].c->lhs)
			return R->comps[i].c->lhs;
	return NULL;
}

static bool has_comp(Resolve *R, const char *name)
{
	for (int i = 0; i < R->ncomps; i++)
		if (!strcmp(R->comps[i].c->name, name))
			return true;
	return false;
}

static Node *new_comp(Token *tok, const char *name, Node *arg)
{
	Node *c = xalloc(sizeof(*c));
	c->kind = ND_PP_COMP;
	c->tok = tok;
	c->name = name;
	if (arg) {
		c->flags |= NF_HAS_ARG;
		c->lhs = arg;
	}
	return c;
}

static Node *new_num(Token *tok, int64_t v)
{
	Node *n = xalloc(sizeof(*n));
	n->kind = ND_NUM;
	n->tok = tok;
	n->num = v;
	return n;
}

/* begin, end, error, never: the point is its own canonical form. */
static SemErr *resolve_plain(Resolve *R, Probe *p)
{
	(void)R;
	p->num[0] = p->point->list->lhs ? p->point->list->lhs->num : 0;
	return NULL;
}

/* timer.UNIT(N)[.randomize(M)]: hrtimers, bounded as stap bounds them:
 * at least 100us, at most a day, in the unit written. */
static SemErr *resolve_timer(Resolve *R, Probe *p)
{
	static const struct { const char *unit; int64_t ns; } units[] = {
		{"s", 1000000000}, {"sec", 1000000000}, {"ms", 1000000},
		{"msec", 1000000}, {"us", 1000}, {"usec", 1000},
		{"ns", 1}, {"nsec", 1},
	};
	const Node *c = R->comps[1].c;
	int64_t per = 0;
	for (size_t i = 0; i < sizeof units / sizeof *units; i++)
		if (!strcmp(c->name, units[i].unit))
			per = units[i].ns;
	int64_t v = c->lhs->num;
	int64_t lo = (100000 + per - 1) / per, hi = 86400 * (1000000000 / per);
	if (v < lo || v > hi)
		return sem_err("timer-range", NULL, NULL,
			       "interval value out of range (%lld, %lld)",
			       (long long)lo, (long long)hi);
	Node *r = arg_of(R, "randomize");
	if (r && (r->num < 0 || r->num > v))
		return sem_err("timer-rand", NULL, NULL, "randomization value out of range");
	p->num[0] = v * per;
	p->num[1] = r ? r->num * per : 0;
	return NULL;
}

static SemErr *resolve_jiffies(Resolve *R, Probe *p)
{
	int64_t v = R->comps[1].c->lhs->num;
	if (v <= 0 || v > 1000000)
		return sem_err("jiffies-range", NULL, NULL, "invalid interval for jiffies timer");
	Node *r = arg_of(R, "randomize");
	if (r && (r->num < 0 || r->num > v))
		return sem_err("timer-rand", NULL, NULL, "randomization value out of range");
	p->num[0] = v;
	p->num[1] = r ? r->num : 0;
	return NULL;
}

static SemErr *resolve_hz(Resolve *R, Probe *p)
{
	int64_t v = R->comps[1].c->lhs->num;
	if (v <= 0)
		return sem_err("hz-range", NULL, NULL, "frequency must be greater than 0");
	int64_t ns = 1000000000 / v;
	if (ns < 100000)
		return sem_err("timer-range", NULL, NULL,
			       "interval value out of range (100000, 86400000000000)");
	p->num[0] = ns;
	return NULL;
}

/* perf.type(T).config(C)[.sample(N)][.process[("path")]]: stap prints
 * the point with the sample period it chose and the path resolved. */
static SemErr *resolve_perf(Resolve *R, Probe *p)
{
	Token *tok = R->comps[0].c->tok;
	Node *sample = arg_of(R, "sample");
	if (sample && sample->num <= 0)
		return sem_err("perf-sample", sample->tok, NULL,
			       "invalid perf sample period %lld", (long long)sample->num);
	if (has_comp(R, "process") && !arg_of(R, "process")) {
		if (!R->t->s->cmd)
			return sem_err("perf-process", NULL, NULL,
				       "unspecified process probe is invalid without a "
				       "-c COMMAND [man stapprobes]");
		return sem_err("perf-process-c", tok, NULL,
			       "perf probes on the -c COMMAND process are not supported yet");
	}
	Node *path = arg_of(R, "process");
	const char *real = NULL;
	if (path) {
		real = realpath(path->str, NULL);
		if (!real)
			return sem_err("perf-path", path->tok, NULL,
				       "cannot find executable '%s'", path->str);
	}
	Node *pt = xalloc(sizeof(*pt));
	*pt = *p->point;
	Node **tail = &pt->list;
	*tail = new_comp(tok, "perf", NULL);
	tail = &(*tail)->next;
	*tail = new_comp(tok, "type", new_num(tok, R->comps[1].c->lhs->num));
	tail = &(*tail)->next;
	*tail = new_comp(tok, "config", new_num(tok, R->comps[2].c->lhs->num));
	tail = &(*tail)->next;
	int64_t period = sample ? sample->num : 1000000;
	*tail = new_comp(tok, "sample", new_num(tok, period));
	tail = &(*tail)->next;
	if (real) {
		Node *s = xalloc(sizeof(*s));
		s->kind = ND_STR;
		s->tok = path->tok;
		s->str = real;
		s->slen = strlen(real);
		*tail = new_comp(tok, "process", s);
	}
	p->input = p->point;
	p->point = pt;
	p->num[0] = R->comps[1].c->lhs->num;
	p->num[1] = R->comps[2].c->lhs->num;
	p->num[2] = period;
	p->str = real;
	return NULL;
}

/* procfs[("path")][.umask(N)].read[.maxsize(N)] / .write */
static SemErr *resolve_procfs(Resolve *R, Probe *p)
{
	Token *tok = R->comps[0].c->tok;
	Node *path = arg_of(R, "procfs");
	const char *s = path ? path->str : "command";
	size_t len = path ? (size_t)path->slen : strlen(s);
	if (len == 0 || s[len - 1] == '/')
		return sem_err("procfs-end", tok, NULL, "procfs path cannot end with a '/'");
	if (s[0] == '/')
		return sem_err("procfs-start", tok, NULL, "procfs path cannot start with a '/'");
	if (strstr(s, "//"))
		return sem_err("procfs-dslash", tok, NULL, "procfs path component cannot be empty");
	Node *m = arg_of(R, "maxsize");
	if (m && m->num <= 0)
		return sem_err("procfs-maxsize", NULL, NULL, "maxsize must be greater than 0");
	Node *u = arg_of(R, "umask");
	p->str = s;
	p->num[0] = has_comp(R, "write");
	p->num[1] = m ? m->num : 0;
	p->num[2] = u ? u->num : -1;
	return NULL;
}

/* Kinds that the table knows by name but this version cannot build. */
static SemErr *resolve_unsupported(Resolve *R, Probe *p)
{
	(void)p;
	Buf b = {0};
	for (int i = 0; i < R->ncomps && i < 2; i++) {
		buf_puts(&b, R->comps[i].c->name);
		if (i + 1 < R->ncomps && i < 1)
			buf_putc(&b, '.');
	}
	return sem_err("unsupported-kind", R->comps[0].c->tok, NULL,
		       "probe point kind '%s' is not supported yet", buf_str(&b));
}

static SemErr *resolve_no_tick(Resolve *R, Probe *p)
{
	(void)R, (void)p;
	return sem_err("profile-tick", NULL, NULL,
		       "profiling timer support (register_timer_hook) not found in kernel!");
}

/* ---- kernel points (kernel.c has the symbols and tracepoints) ---- */

static Node *new_str(Token *tok, const char *v)
{
	Node *n = xalloc(sizeof(*n));
	n->kind = ND_STR;
	n->tok = tok;
	n->str = v;
	n->slen = strlen(v);
	return n;
}

/* A copy of the template with the point `comps` (linked ND_PP_COMP). */
static Probe *derive(const Probe *tmpl, Node *comps)
{
	Probe *q = xalloc(sizeof(*q));
	*q = *tmpl;
	Node *pt = xalloc(sizeof(*pt));
	*pt = *tmpl->point;
	pt->list = comps;
	q->point = pt;
	return q;
}

/* kernel.function("PAT")[.call|.return], module("M").function(...):
 * one kprobe per matching text symbol of the target's symbol map.
 * What needs DWARF (name@file:line, .statement, .inline, .label ...)
 * gets stap's missing-debuginfo error. */
static SemErr *expand_kfunc(Resolve *R, const Probe *tmpl, Vec *out)
{
	Session *s = R->t->s;
	Token *tok = R->comps[0].c->tok;
	Node *mod = arg_of(R, "module"), *fn = arg_of(R, "function");
	if (!fn || R->ncomps > 3)
		return sem_err("kernel-debuginfo", NULL, NULL, "%s", kernel_debuginfo_msg(s));
	if (strpbrk(fn->str, "@:+"))
		return sem_err("kernel-debuginfo", NULL, NULL, "%s", kernel_debuginfo_msg(s));
	bool ret = has_comp(R, "return"), call = has_comp(R, "call");
	Vec fns = {0};
	SemErr *e = kernel_functions(s, mod ? mod->str : NULL, fn->str, ret, &fns);
	if (e)
		return e;
	for (int i = 0; i < fns.len; i++) {
		const KFunc *f = fns.data[i];
		Node *head = f->mod ? new_comp(tok, "module", new_str(tok, f->mod)) :
			     new_comp(tok, "kernel", NULL);
		head->next = new_comp(tok, "function", new_str(tok, f->name));
		if (ret || call)
			head->next->next = new_comp(tok, ret ? "return" : "call", NULL);
		Probe *q = derive(tmpl, head);
		q->ksym = f->name;
		q->kmod = f->mod;
		q->kreturn = ret;
		vec_push(out, q);
	}
	return NULL;
}

static SemErr *resolve_kdwarf(Resolve *R, Probe *p)
{
	(void)p;
	return sem_err("kernel-debuginfo", NULL, NULL, "%s", kernel_debuginfo_msg(R->t->s));
}

/* kernel.function(ADDR): stap finds the function around an address in
 * its symbol table; not built here. */
static SemErr *resolve_kaddr(Resolve *R, Probe *p)
{
	(void)p;
	return sem_err("unsupported-kaddr", R->comps[0].c->tok, NULL,
		       "probe point kind '%s.function(number)' (by address) is not "
		       "supported yet", R->comps[0].c->name);
}

/* kernel.trace("SYS:EVENT") / ("EVENT"): one probe per tracepoint. */
static SemErr *expand_ktrace(Resolve *R, const Probe *tmpl, Vec *out)
{
	Token *tok = R->comps[0].c->tok;
	Vec evs = {0};
	SemErr *e = kernel_traces(R->t->s, arg_of(R, "trace")->str, &evs);
	if (e)
		return e;
	for (int i = 0; i < evs.len; i++) {
		const KTrace *t = evs.data[i];
		Node *head = new_comp(tok, "kernel", NULL);
		head->next = new_comp(tok, "trace", new_str(tok, xfmt("%s:%s", t->sys, t->name)));
		Probe *q = derive(tmpl, head);
		q->tp_sys = t->sys;
		q->tp_name = t->name;
		q->tp_args = t->args;
		vec_push(out, q);
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* process(...): user-space probes, resolved with dwarf.c              */
/*
 * One user point may stand for many probes (function("*")): an
 * expander, one Probe per site, in stap's order.  The point each
 * prints is the canonical one stap prints (the path canonical, the
 * function as "name@file:line", addresses in hex), and so is its
 * origin: stap rewrites both.  $vars are bound by probes_bind_process()
 * from the DWARF scope at the probe address.
 */

/* One probe site found for a user point. */
typedef struct {
	const char *comp;       /* "function" or "statement"              */
	Node *arg;              /* its argument, canonical                */
	uint64_t addr;
	DwFunc *fn;             /* the function around it, if known       */
	DwMark *mark;
	const char *plt;        /* .plt: the function's name               */
} USite;

/* statement(0x1194): stap prints probe addresses in hex. */
static Node *new_hex(Token *tok, uint64_t v)
{
	Node *n = new_num(tok, (int64_t)v);
	n->str = xfmt("%#llx", (unsigned long long)v);
	return n;
}

static int comp_index(Resolve *R, const char *name)
{
	for (int i = 0; i < R->ncomps; i++)
		if (!strcmp(R->comps[i].c->name, name))
			return i;
	return -1;
}

/* " (similar functions: a, b)" from similar_names()'s " (similar: ...)" */
static const char *similar_kind(const char *name, const Vec *cands, const char *what)
{
	const char *s = similar_names(name, cands);
	if (!*s)
		return "";
	return xfmt(" (similar %s: %s", what, s + strlen(" (similar: "));
}

/* The executable of a running process, canonical. */
static SemErr *pid_path(long long pid, const char **path)
{
	if (pid <= 0 || (kill((pid_t)pid, 0) < 0 && errno == ESRCH))
		return sem_err("process-pid", NULL, NULL, "cannot probe pid %lld: %s", pid,
			       strerror(ESRCH));
	*path = dw_find_exec(xfmt("/proc/%lld/exe", pid));
	if (!*path)
		return sem_err("process-pid", NULL, NULL, "cannot probe pid %lld: %s", pid,
			       strerror(errno));
	return NULL;
}

/* process("PATH"), process(PID), or process (the -c COMMAND's program,
 * else the -x PID's) to a canonical executable path. */
static SemErr *process_path(Resolve *R, const char **path)
{
	Node *a = R->comps[0].c->lhs;
	Session *s = R->t->s;
	if (!a && s->cmd) {
		const char *w = s->cmd + strspn(s->cmd, " \t");
		const char *prog = xstrndup(w, strcspn(w, " \t"));
		if (!(*path = dw_find_exec(prog)))
			return sem_err("process-exec", NULL, NULL, "cannot find executable '%s'", prog);
		return NULL;
	}
	if (!a && s->target_pid)
		return pid_path(s->target_pid, path);
	if (!a)
		return sem_err("process-unspec", NULL, NULL, "unspecified process probe is invalid "
			       "without a -c COMMAND or -x PID [man stapprobes]");
	if (a->kind == ND_NUM)
		return pid_path(a->num, path);
	*path = dw_find_exec(a->str);
	if (!*path && !strchr(a->str, '/'))
		return sem_err("process-exec", NULL, NULL, "cannot find executable '%s'", a->str);
	if (!*path)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	return NULL;
}

static SemErr *sites_function(Resolve *R, DwFile *f, Node *arg, Vec *out)
{
	bool ret = has_comp(R, "return");
	/* inline code has no return to probe: .return is .call's */
	int want = has_comp(R, "inline") ? 'i' : has_comp(R, "call") || ret ? 'c' : 'f';
	Session *s = R->t->s;
	if (!dw_has_dwarf(f))
		sem_warn(s, NULL, "cannot find module %s debuginfo: No DWARF information found "
			 "[man warning::debuginfo]", dw_path(f));
	/* "name@file:line": stap takes the line only to warn about it */
	const char *name, *file;
	int line;
	dw_split_pattern(arg->str, &name, &file, &line);
	const char *pat = line ? xfmt("%s@%s", name, file) : arg->str;
	Vec fns = {0};
	dw_functions(f, pat, want, &fns);
	if (!fns.len) {
		Vec names = {0};
		dw_function_names(f, &names);
		return sem_err("process-nomatch", NULL, NULL, "no match%s",
			       similar_kind(name, &names, "functions"));
	}
	for (int i = 0; i < fns.len; i++) {
		DwFunc *fn = fns.data[i];
		if (line && fn->line != line)
			sem_warn(s, R->user->tok, "For probing a particular line, use a "
				 ".statement() probe, not .function()");
		USite *u = xalloc(sizeof(*u));
		u->comp = "function";
		u->arg = new_str(arg->tok, fn->file ? xfmt("%s@%s:%d", fn->name, fn->file, fn->line)
					    : fn->name);
		u->addr = ret || fn->inlined ? fn->entry : dw_prologue(f, fn);
		u->fn = fn;
		vec_push(out, u);
	}
	return NULL;
}

static SemErr *sites_statement(Resolve *R, DwFile *f, Node *arg, Vec *out)
{
	if (arg->kind == ND_NUM) {
		USite *u = xalloc(sizeof(*u));
		u->comp = "statement";
		u->addr = (uint64_t)arg->num;
		u->arg = new_hex(arg->tok, u->addr);
		u->fn = dw_func_at(f, u->addr);
		vec_push(out, u);
		return NULL;
	}
	const char *name, *file;
	int line;
	dw_split_pattern(arg->str, &name, &file, &line);
	if (line <= 0)
		return sem_err("process-stmt", arg->tok, NULL,
			       "statement probes need a FUNC@FILE:LINE, not '%s'", arg->str);
	Vec fns = {0};
	dw_functions(f, xfmt("%s@%s", name, file), 'c', &fns);
	int before = out->len;
	const char *missing = NULL;
	for (int i = 0; i < fns.len; i++) {
		DwFunc *fn = fns.data[i];
		Vec addrs = {0};
		if (!dw_statements(f, fn, line, &addrs)) {
			if (!strpbrk(name, "*?["))
				missing = fn->file;
			continue;
		}
		/* stap probes a line once per function: its lowest address */
		uint64_t lowest = UINT64_MAX;
		for (int k = 0; k < addrs.len; k++)
			if (*(uint64_t *)addrs.data[k] < lowest)
				lowest = *(uint64_t *)addrs.data[k];
		USite *u = xalloc(sizeof(*u));
		u->comp = "statement";
		u->addr = lowest;
		u->arg = new_str(arg->tok, xfmt("%s@%s:%d", fn->name, fn->file, line));
		u->fn = fn;
		vec_push(out, u);
	}
	if (out->len == before && missing)
		sem_report(R->t->s, sem_err("process-lines", NULL, NULL,
					    "no line records for %s:%d [man error::dwarf]", missing, line));
	if (out->len == before)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	return NULL;
}

static SemErr *sites_mark(Resolve *R, DwFile *f, Vec *out)
{
	Node *prov = arg_of(R, "provider"), *name = arg_of(R, "mark");
	Vec marks = {0};
	dw_marks(f, prov ? prov->str : NULL, name->str, &marks);
	if (!marks.len) {
		Vec names = {0};
		dw_mark_names(f, &names);
		return sem_err("process-nomatch", NULL, NULL, "no match%s",
			       similar_kind(name->str, &names, "marks"));
	}
	for (int i = 0; i < marks.len; i++) {
		USite *u = xalloc(sizeof(*u));
		u->comp = "statement";
		u->mark = marks.data[i];
		u->addr = u->mark->pc;
		u->arg = new_hex(name->tok, u->addr);
		u->fn = dw_func_at(f, u->addr);
		vec_push(out, u);
	}
	return NULL;
}

static SemErr *sites_plt(Resolve *R, DwFile *f, Vec *out)
{
	Node *pat = arg_of(R, "plt");
	Vec slots = {0};
	dw_plt(f, pat ? pat->str : "*", &slots);
	if (!slots.len)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	for (int i = 0; i < slots.len; i++) {
		USite *u = xalloc(sizeof(*u));
		u->comp = "statement";
		u->addr = ((DwFunc *)slots.data[i])->entry;
		u->plt = ((DwFunc *)slots.data[i])->name;
		u->arg = new_hex(R->comps[0].c->tok, u->addr);
		vec_push(out, u);
	}
	return NULL;
}

/* The resolved point: process("PATH")[.library("LIB")].COMP(ARG) and
 * the user's suffixes (.call .return .inline) after it. */
static Node *site_point(Resolve *R, const char *path, const char *lib, const USite *u,
			int kind_at)
{
	Token *tok = R->comps[0].c->tok;
	Node *pt = xalloc(sizeof(*pt));
	*pt = *R->point;
	Node **tail = &pt->list;
	*tail = new_comp(tok, "process", new_str(tok, path));
	tail = &(*tail)->next;
	if (lib) {
		*tail = new_comp(tok, "library", new_str(tok, lib));
		tail = &(*tail)->next;
	}
	*tail = new_comp(tok, u->comp, u->arg);
	tail = &(*tail)->next;
	bool plain = u->mark || !strcmp(R->comps[kind_at].c->name, "plt");
	for (int i = kind_at + 1; i < R->ncomps; i++) {
		const char *n = R->comps[i].c->name;
		if (plain && strcmp(n, "return"))
			continue;       /* .provider(...).mark(...) became statement() */
		*tail = new_comp(tok, n, NULL);
		tail = &(*tail)->next;
	}
	return pt;
}

/* What -l lists for a marker or PLT slot: the name, not the address
 * (process("P").provider("p").mark("n"), process("P").plt("f")). */
static Node *site_listing(Resolve *R, const char *path, const USite *u, int kind_at)
{
	Token *tok = R->comps[0].c->tok;
	Node *pt = xalloc(sizeof(*pt));
	*pt = *R->point;
	Node **tail = &pt->list;
	*tail = new_comp(tok, "process", new_str(tok, path));
	tail = &(*tail)->next;
	for (int i = kind_at; i < R->ncomps; i++) {
		const char *n = R->comps[i].c->name;
		const char *v = !strcmp(n, "provider") ? u->mark->provider :
				!strcmp(n, "mark") ? u->mark->name :
				!strcmp(n, "plt") ? u->plt : NULL;
		*tail = new_comp(tok, n, v ? new_str(tok, v) : NULL);
		tail = &(*tail)->next;
	}
	return pt;
}

static void site_probe(Resolve *R, Probe *p, DwFile *f, const char *exec, const char *lib,
		       const USite *u, int kind_at)
{
	p->point = site_point(R, dw_path(f), NULL, u, kind_at);
	p->input = lib ? site_point(R, exec, dw_path(f), u, kind_at) : p->point;
	p->ulist = u->mark || u->plt ? site_listing(R, dw_path(f), u, kind_at) : p->input;
	p->upath = dw_path(f);
	p->uexec = exec;
	p->ubuild_id = dw_build_id(f);
	p->uaddr = u->addr;
	p->uoffset = dw_file_offset(f, u->addr);
	p->ureturn = has_comp(R, "return");
	p->unote = xfmt("pc=%s", dw_pc_note(f, u->addr));
	p->udw = f;
	p->ufunc = u->fn;
	if (u->mark) {
		p->sdt_provider = u->mark->provider;
		p->sdt_name = u->mark->name;
		p->sdt_args = u->mark->args;
		p->sdt_nargs = u->mark->nargs;
		p->sdt_sema = u->mark->sema;
		p->sdt_sema_off = u->mark->sema ? dw_file_offset(f, u->mark->sema) : 0;
	}
}

/* process("PATH")[.library("LIB")].function/statement/mark/plt... */
static SemErr *expand_process(Resolve *R, const Probe *tmpl, Vec *out)
{
	const char *exec;
	SemErr *e = process_path(R, &exec);
	if (e)
		return e;
	Node *c0 = R->comps[0].c;
	bool unnamed = !c0->lhs;
	if (!c0->lhs) {         /* stap names the -c/-x program in the point */
		c0->lhs = new_str(c0->tok, exec);
		c0->flags |= NF_HAS_ARG;
		R->comps[0].arg = ARG_STR;
	}
	const char *err;
	DwFile *f = dw_open(exec, &err);
	if (!f)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	const char *lib = NULL;
	int kind_at = 1;
	if (comp_index(R, "library") == 1) {
		kind_at = 2;
		lib = dw_find_library(f, R->comps[1].c->lhs->str);
		DwFile *lf = lib ? dw_open(lib, &err) : NULL;
		if (!lf) {
			Vec names = {0};
			dw_library_paths(f, &names);
			return sem_err("process-nomatch", NULL, NULL, "no match%s",
				       similar_kind(R->comps[1].c->lhs->str, &names, "libraries"));
		}
		f = lf;
	}
	const char *what = R->comps[kind_at].c->name;
	Vec sites = {0};
	if (!strcmp(what, "function"))
		e = sites_function(R, f, R->comps[kind_at].c->lhs, &sites);
	else if (!strcmp(what, "statement"))
		e = sites_statement(R, f, R->comps[kind_at].c->lhs, &sites);
	else if (!strcmp(what, "plt"))
		e = sites_plt(R, f, &sites);
	else
		e = sites_mark(R, f, &sites);
	if (e)
		return e;
	for (int i = 0; i < sites.len; i++) {
		Probe *q = xalloc(sizeof(*q));
		*q = *tmpl;
		site_probe(R, q, f, exec, lib, sites.data[i], kind_at);
		q->utarget = unnamed;
		vec_push(out, q);
	}
	return NULL;
}

/* process.begin/.end, process("PATH").begin/.end, process(PID)...: the
 * path canonical in the point, the origin as the user wrote it. */
static SemErr *resolve_process_life(Resolve *R, Probe *p)
{
	p->ulife = has_comp(R, "begin") ? 'b' : 'e';
	if (!R->comps[0].c->lhs)
		return NULL;
	const char *exec;
	SemErr *e = process_path(R, &exec);
	if (e)
		return e;
	Node *a = R->comps[0].c->lhs;
	p->uexec = exec;
	if (a->kind == ND_NUM) {
		p->upid = (long)a->num;
		return NULL;
	}
	Node *pt = xalloc(sizeof(*pt));
	*pt = *p->point;
	pt->list = new_comp(R->comps[0].c->tok, "process", new_str(a->tok, exec));
	pt->list->next = new_comp(R->comps[1].c->tok, R->comps[1].c->name, NULL);
	p->point = pt;
	return NULL;
}

/* $$parms, $$locals, $$vars: sprintf("a=%#x b=%#x", $a, $b) as stap
 * expands them; an array value shows as "name=[...]", a struct or union
 * as "name={...}", anything else that cannot be read as "name=?". */
static void expand_process_vars(const Probe *p, Node *n)
{
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
		const char *shown = !l->err ? "%#x" : tl > 2 && !strcmp(v->type + tl - 2, "[]") ?
				    "[...]" : v->aggregate ? "{...}" : "?";
		buf_printf(&fmt, "%s%s=%s", fmt.len ? " " : "", v->name, shown);
		if (l->err)
			continue;
		Node *t = xalloc(sizeof(*t));
		*t = (Node){.kind = ND_TARGET, .tok = n->tok, .name = xfmt("$%s", v->name),
			    .argno = i + 1, .etype = TYPE_LONG};
		*tail = t;
		tail = &t->next;
	}
	Node *f = xalloc(sizeof(*f));
	*f = (Node){.kind = ND_STR, .tok = n->tok, .str = buf_str(&fmt), .slen = fmt.len,
		    .next = args};
	Node *next = n->next;
	*n = (Node){.kind = ND_PRINT, .tok = n->tok, .op = "sprintf", .list = f, .next = next,
		    .etype = TYPE_STRING};
}

/* $var in a process probe (pass 2).  A parameter or local visible at
 * the probe address is a long (n->argno: its 1-based position among
 * dw_vars() there); in a .mark probe $argN (N up to the marker's
 * argument count) is a long (argno N), and $$name/$$provider become
 * the strings they name.  Otherwise the error stap gives, and argno -1:
 * the node stays untyped ("unresolved type", as stap goes on to say).
 * $var->member chains with constant [N] indexes, &$var... and $$parms/
 * $$locals/$$vars are bound too; $var$, variable indexes and @defined
 * wait for the next round. */
static SemErr *process_var(const Probe *p, Node *n)
{
	const char *name = n->name + 1;
	bool plain = !n->list && !n->pretty && !(n->flags & NF_ADDROF);
	/* $var->a[2], &$var->b: members and constant indexes ($var$ waits) */
	Vec steps = {0};
	bool addr_of = n->flags & NF_ADDROF;
	bool chain = (n->list || addr_of) && !n->pretty && dw_steps(n->list, &steps);
	if (p->sdt_name) {
		if (!strcmp(n->name, "$$name") || !strcmp(n->name, "$$provider")) {
			const char *v = n->name[2] == 'n' ? p->sdt_name : p->sdt_provider;
			*n = (Node){.kind = ND_STR, .tok = n->tok, .str = v, .slen = strlen(v),
				    .next = n->next};
			return NULL;
		}
		int k = 0, len = 0;
		if (sscanf(name, "arg%d%n", &k, &len) == 1 && !name[len] && k >= 1 &&
		    k <= p->sdt_nargs && plain) {
			n->argno = k;
			n->etype = TYPE_LONG;
			return NULL;
		}
	}
	if (!p->ufunc || p->ufunc->symtab)
		return sem_err("process-var", n->tok, NULL,
			       "debuginfo scope not found for module '%s', cannot resolve "
			       "context variable [man error::dwarf]", p->upath);
	if (p->ureturn && !strcmp(name, "return") && plain &&
	    dw_returns_value(p->udw, p->ufunc)) {
		n->argno = 0x7fffffff;  /* the return value, not a variable */
		n->etype = TYPE_LONG;
		return NULL;
	}
	if (plain && !p->ureturn && (!strcmp(n->name, "$$parms") || !strcmp(n->name, "$$locals") ||
				     !strcmp(n->name, "$$vars"))) {
		expand_process_vars(p, n);
		return NULL;
	}
	if (name[0] == '$' || (!plain && !chain))
		return sem_err("process-var", n->tok, NULL,
			       "%s%s in a process probe is not supported yet", n->name,
			       n->list ? " with members or indexes" : n->pretty ? "$" :
			       name[0] == '$' ? "" : " with &");
	Vec vars = {0};
	dw_vars(p->udw, p->ufunc, p->uaddr, &vars);
	for (int i = vars.len - 1; i >= 0; i--) {   /* innermost wins */
		DwVar *v = vars.data[i];
		if (strcmp(v->name, name))
			continue;
		if (chain) {
			if (!dw_var_accessible(p->udw, v, p->uaddr))
				return sem_err("process-var", n->tok, NULL,
					       "not accessible at this address (pc: %#llx) "
					       "[man error::dwarf]", (unsigned long long)p->uaddr);
			DwLoc *l = dw_var_loc_path(p->udw, p->ufunc, v, p->uaddr, &steps, addr_of);
			if (l->err) {
				const Node *c = n->list;
				for (int k = 1; k < l->err_member && c->next; k++)
					c = c->next;
				return sem_err("process-var", l->err_member ? c->tok : n->tok, NULL,
					       "%s", l->err);
			}
			n->argno = i + 1;
			n->etype = TYPE_LONG;
			return NULL;
		}
		if (v->aggregate)
			return sem_err("process-var", n->tok, NULL,
				       "'%s' (%s) is being accessed instead of a member%s%s%s",
				       v->type, v->aggregate, v->first_member ? " such as '->" : "",
				       v->first_member ? v->first_member : "",
				       v->first_member ? "'" : "");
		if (!dw_var_accessible(p->udw, v, p->uaddr))
			return sem_err("process-var", n->tok, NULL,
				       "not accessible at this address (pc: %#llx) [man error::dwarf]",
				       (unsigned long long)p->uaddr);
		n->argno = i + 1;
		n->etype = TYPE_LONG;
		return NULL;
	}
	return sem_err("process-var", n->tok, NULL, "%s",
		       dw_missing_local(p->udw, p->ufunc, p->uaddr, name));
}

static void bind_process_node(Session *s, const Probe *p, Node *n)
{
	for (; n; n = n->next) {
		if (n->kind == ND_TARGET && !n->argno) {
			SemErr *e = process_var(p, n);
			if (e) {
				sem_report(s, e);
				n->argno = -1;
			}
			for (Node *c = n->list; c; c = c->next)
				bind_process_node(s, p, c->lhs);
			continue;
		}
		bind_process_node(s, p, n->lhs);
		bind_process_node(s, p, n->rhs);
		bind_process_node(s, p, n->cond);
		bind_process_node(s, p, n->then);
		bind_process_node(s, p, n->els);
		bind_process_node(s, p, n->init);
		bind_process_node(s, p, n->inc);
		bind_process_node(s, p, n->limit);
		bind_process_node(s, p, n->list);
	}
}

void probes_bind_process(Session *s, Probe *p)
{
	if (p->upath)
		bind_process_node(s, p, p->body);
}

/* Privilege levels a kind is allowed at, as stap's bind_privilege():
 * everything for stapsys and stapdev; for stapusr (--unprivileged) only
 * what cannot look into the kernel or other users' processes. */
enum { PRIV_STAPUSR = 1, PRIV_STAPSYS = 2, PRIV_STAPDEV = 4,
       PRIV_ALL = PRIV_STAPUSR | PRIV_STAPSYS | PRIV_STAPDEV };

static const ProbeKind kinds[] = {
	{K_BEGIN, "begin", "begin\nbegin(number)", resolve_plain, NULL, PRIV_ALL},
	{K_END, "end", "end\nend(number)", resolve_plain, NULL, PRIV_ALL},
	{K_ERROR, "error", "error\nerror(number)", resolve_plain, NULL, PRIV_ALL},
	{K_NEVER, "never", "never", resolve_plain, NULL, PRIV_ALL},
	{K_TIMER, "timer",
	 "timer.s(number)\ntimer.s(number).randomize(number)\n"
	 "timer.sec(number)\ntimer.sec(number).randomize(number)\n"
	 "timer.ms(number)\ntimer.ms(number).randomize(number)\n"
	 "timer.msec(number)\ntimer.msec(number).randomize(number)\n"
	 "timer.us(number)\ntimer.us(number).randomize(number)\n"
	 "timer.usec(number)\ntimer.usec(number).randomize(number)\n"
	 "timer.ns(number)\ntimer.ns(number).randomize(number)\n"
	 "timer.nsec(number)\ntimer.nsec(number).randomize(number)", resolve_timer, NULL, PRIV_ALL},
	{K_JIFFIES, "timer.jiffies",
	 "timer.jiffies(number)\ntimer.jiffies(number).randomize(number)", resolve_jiffies, NULL, PRIV_ALL},
	{K_HZ, "timer.hz", "timer.hz(number)", resolve_hz, NULL, PRIV_ALL},
	{K_PERF, "perf",
	 "perf.type(number).config(number)\n"
	 "perf.type(number).config(number).sample(number)\n"
	 "perf.type(number).config(number).process\n"
	 "perf.type(number).config(number).process(string)", resolve_perf, NULL, 0},
	{K_PROCFS, "procfs",
	 "procfs.read\nprocfs.read.maxsize(number)\nprocfs.write\n"
	 "procfs.umask(number).read\nprocfs.umask(number).read.maxsize(number)\n"
	 "procfs.umask(number).write\n"
	 "procfs(string).read\nprocfs(string).read.maxsize(number)\n"
	 "procfs(string).write\nprocfs(string).umask(number).read\n"
	 "procfs(string).umask(number).read.maxsize(number)\n"
	 "procfs(string).umask(number).write", resolve_procfs, NULL, 0},
	/* the kernels this toolkit targets have no profile-tick hook */
	{K_UNSUPPORTED, "timer.profile.tick", "timer.profile.tick", resolve_no_tick, NULL, 0},
	{K_KFUNC, "kernel.function",
	 "kernel.function(string)\nkernel.function(string).call\n"
	 "kernel.function(string).return\n"
	 "module(string).function(string)\nmodule(string).function(string).call\n"
	 "module(string).function(string).return", NULL, expand_kfunc, 0},
	{K_KTRACE, "kernel.trace", "kernel.trace(string)", NULL, expand_ktrace, 0},
	/* stap answers these from DWARF; without debuginfo it cannot */
	{K_KDWARF, NULL,
	 "kernel.function(string).inline\nkernel.function(string).label(string)\n"
	 "kernel.function(string).callee(string)\nkernel.function(string).callees\n"
	 "kernel.function(string).callees(number)\nkernel.statement(string)\n"
	 "kernel.statement(string).nearest\n"
	 "module(string).function(string).inline\nmodule(string).function(string).label(string)\n"
	 "module(string).function(string).callee(string)\n"
	 "module(string).function(string).callees\n"
	 "module(string).function(string).callees(number)\n"
	 "module(string).statement(string)\nmodule(string).statement(string).nearest",
	 resolve_kdwarf, NULL, 0},
	{K_UNSUPPORTED, NULL,
	 "kernel.function(number)\nkernel.function(number).call\n"
	 "kernel.function(number).return\nmodule(string).function(number)\n"
	 "module(string).function(number).call\nmodule(string).function(number).return",
	 resolve_kaddr, NULL, 0},
	/* known to stap, not built here yet: a clear error, not a mismatch */
	{K_UNSUPPORTED, NULL,
	 "kernel.data(number).write\nkernel.data(number).rw\n"
	 "kernel.data(number).length(number).write\nkernel.data(number).length(number).rw\n"
	 "kernel.data(string).write\nkernel.data(string).rw\n"
	 "kernel.statement(number)\nkernel.statement(number).absolute\n"
	 "kernel.statement(number).nearest\nmodule(string).statement(number)\n"
	 "module(string).statement(number).nearest\n"
	 "kernel.mark(string)\n"
	 "process(string).function(string)\nprocess(string).function(string).call\n"
	 "process(string).function(string).return\nprocess(string).statement(string)\n"
	 "process(string).mark(string)\nprocess(string).begin\nprocess(string).end\n"
	 "process.function(string)\nprocess.function(string).return\n"
	 "process.mark(string)\nprocess.begin\nprocess.end\nprocess(number).begin\n"
	 "process(number).end\nprocess(string).syscall\nprocess.syscall\n"
	 "kprobe.function(string)\nkprobe.function(string).return\n"
	 "netfilter.hook(string)\n"
	 "perf.type(number).config(number).hz(number)\n"
	 "perf.type(number).config(number).counter(string)\n"
	 "perf.type(number).config(number).process(string).counter(string)", resolve_unsupported, NULL, 0},
	/* process(...): uprobes on an executable or library (dwarf.c); after
	 * the rows above, so these win over the unsupported ones */
	{K_PROCESS, "process",
	 "process(string).function(string)\nprocess(string).function(string).call\n"
	 "process(string).function(string).return\nprocess(string).function(string).inline\n"
	 "process(string).statement(string)\nprocess(string).statement(number)\n"
	 "process(string).mark(string)\nprocess(string).provider(string).mark(string)\n"
	 "process(string).plt\nprocess(string).plt.return\n"
	 "process(string).plt(string)\nprocess(string).plt(string).return\n"
	 "process(string).library(string).function(string)\n"
	 "process(string).library(string).function(string).call\n"
	 "process(string).library(string).function(string).return\n"
	 "process(string).library(string).function(string).inline\n"
	 "process(string).library(string).statement(string)\n"
	 "process(string).library(string).statement(number)\n"
	 "process(string).library(string).mark(string)\n"
	 "process(string).library(string).provider(string).mark(string)\n"
	 "process(string).library(string).plt\nprocess(string).library(string).plt.return\n"
	 "process(string).library(string).plt(string)\n"
	 "process(string).library(string).plt(string).return\n"
	 /* a running process's program */
	 "process(number).function(string)\nprocess(number).function(string).call\n"
	 "process(number).function(string).return\nprocess(number).function(string).inline\n"
	 "process(number).statement(string)\nprocess(number).statement(number)\n"
	 "process(number).mark(string)\nprocess(number).provider(string).mark(string)\n"
	 "process(number).plt\nprocess(number).plt.return\n"
	 "process(number).plt(string)\nprocess(number).plt(string).return\n"
	 /* the -c COMMAND's program, or the -x PID's */
	 "process.function(string)\nprocess.function(string).call\n"
	 "process.function(string).return\nprocess.function(string).inline\n"
	 "process.statement(string)\nprocess.statement(number)\n"
	 "process.mark(string)\nprocess.provider(string).mark(string)\n"
	 "process.plt\nprocess.plt.return\nprocess.plt(string)\nprocess.plt(string).return\n"
	 "process.library(string).function(string)\n"
	 "process.library(string).function(string).call\n"
	 "process.library(string).function(string).return\n"
	 "process.library(string).mark(string)", NULL, expand_process, PRIV_ALL},
	{K_PROCESS_LIFE, "process.begin",
	 "process.begin\nprocess.end\nprocess(string).begin\nprocess(string).end\n"
	 "process(number).begin\nprocess(number).end", resolve_process_life, NULL, PRIV_ALL},
	/* process kinds stap has that are not built here yet */
	{K_UNSUPPORTED, NULL,
	 "process(string).function(string).callee(string)\n"
	 "process(string).function(string).callees\n"
	 "process(string).function(string).callees(number)\n"
	 "process(string).function(string).exported\n"
	 "process(string).function(string).label(string)\n"
	 "process(string).function(number)\nprocess(string).function(number).return\n"
	 "process(string).statement(string).nearest\nprocess(string).statement(number).nearest\n"
	 "process(string).insn\nprocess(string).insn.block\n"
	 "process(string).thread.begin\nprocess(string).thread.end\n"
	 "process.thread.begin\nprocess.thread.end", resolve_unsupported, NULL, PRIV_ALL},
};

static void add_kinds(MNode *root)
{
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		const char *p = kinds[k].patterns;
		while (*p) {
			size_t n = strcspn(p, "\n");
			add_pattern(root, xstrndup(p, n), &kinds[k]);
			p += n + (p[n] == '\n');
		}
	}
}

ProbeTable *probes_new(Session *s)
{
	ProbeTable *t = xalloc(sizeof(*t));
	t->s = s;
	add_kinds(&t->root);
	return t;
}

void probes_set_library(ProbeTable *t, bool (*load)(void *ctx, const char *first), void *ctx)
{
	t->load_library = load;
	t->ctx = ctx;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static unsigned privilege_bit(const char *level)
{
	return level && !strcmp(level, "stapusr") ? PRIV_STAPUSR :
	       level && !strcmp(level, "stapsys") ? PRIV_STAPSYS : PRIV_STAPDEV;
}

static bool kind_allowed(const ProbeKind *k, const char *level)
{
	unsigned allowed = k->privilege ? k->privilege : PRIV_STAPSYS | PRIV_STAPDEV;
	return allowed & privilege_bit(level);
}

/* As stap: only the kinds the privilege level may use. */
void probes_dump_types(FILE *out, const char *privilege)
{
	Vec all = {0};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		if (kinds[k].id == K_UNSUPPORTED || kinds[k].id == K_KDWARF ||
		    !kind_allowed(&kinds[k], privilege))
			continue;
		const char *p = kinds[k].patterns;
		while (*p) {
			size_t n = strcspn(p, "\n");
			vec_push(&all, xstrndup(p, n));
			p += n + (p[n] == '\n');
		}
	}
	qsort(all.data, all.len, sizeof(void *), cmp_str);
	for (int i = 0; i < all.len; i++)
		fprintf(out, "%s\n", (char *)all.data[i]);
}

/* ------------------------------------------------------------------ */
/* Aliases                                                             */

void probes_add_alias(ProbeTable *t, Node *alias)
{
	for (Node *name = alias->list2; name; name = name->next) {
		MNode *m = &t->root;
		for (Node *c = name->list; c; c = c->next) {
			ArgKind arg = !(c->flags & NF_HAS_ARG) ? ARG_NONE :
				      c->lhs->kind == ND_STR ? ARG_STR : ARG_NUM;
			m = mnode_kid(m, c->name, arg, true);
		}
		vec_push(&m->aliases, alias);
	}
}

/* ------------------------------------------------------------------ */
/* The walk                                                            */


typedef struct { const char *name; int d; } Cand;

static int cmp_cand(const void *a, const void *b)
{
	const Cand *x = a, *y = b;
	int lx = strlen(x->name), ly = strlen(y->name);
	if (x->d != y->d)
		return x->d - y->d;
	return lx != ly ? lx - ly : strcmp(x->name, y->name);
}

/* " (similar: a, b, c)": the five nearest names at this level. */
static const char *similar(const MNode *m, const char *name)
{
	Vec names = {0};
	for (int i = 0; i < m->kids.len; i++)
		vec_push(&names, (void *)((const MNode *)m->kids.data[i])->name);
	return similar_names(name, &names);
}

const char *similar_names(const char *name, const Vec *cands)
{
	Cand *c = xalloc(sizeof(Cand) * (cands->len + 1));
	int n = 0;
	for (int i = 0; i < cands->len; i++) {
		const char *k = cands->data[i];
		bool dup = false;
		for (int j = 0; j < n && !dup; j++)
			dup = !strcmp(c[j].name, k);
		if (!dup && !strchr(k, '*'))
			c[n++] = (Cand){k, edit_distance(name, k)};
	}
	if (!n)
		return "";
	qsort(c, n, sizeof *c, cmp_cand);
	Buf b = {0};
	buf_puts(&b, " (similar: ");
	for (int i = 0; i < n && i < 5; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", c[i].name);
	buf_putc(&b, ')');
	return buf_str(&b);
}

static int cmp_follow(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* "probe point truncated (follow:  read umask(number) write)" */
static const char *follow(const MNode *m)
{
	Vec names = {0};
	for (int i = 0; i < m->kids.len; i++) {
		const MNode *k = m->kids.data[i];
		vec_push(&names, k->arg == ARG_NONE ? (char *)k->name :
			 xfmt("%s(%s)", k->name, k->arg == ARG_NUM ? "number" : "string"));
	}
	qsort(names.data, names.len, sizeof(void *), cmp_follow);
	Buf b = {0};
	for (int i = 0; i < names.len; i++)
		buf_printf(&b, " %s", (char *)names.data[i]);
	return buf_str(&b);
}

static SemErr *resolve_point(ProbeTable *t, Resolve *outer, Node *pt, int *found);

static Node *wrap_block(Token *tok, Node *a, Node *b, Node *c)
{
	Node *blk = xalloc(sizeof(*blk));
	blk->kind = ND_BLOCK;
	blk->tok = tok;
	Node **tail = &blk->list;
	Node *parts[3] = {a, b, c};
	for (int i = 0; i < 3; i++) {
		if (!parts[i])
			continue;
		*tail = node_copy(parts[i]);
		tail = &(*tail)->next;
	}
	return blk;
}

static Node *and_cond(Node *a, Node *b)
{
	if (!a || !b)
		return a ? a : b;
	Node *n = xalloc(sizeof(*n));
	n->kind = ND_LOGICAL;
	n->op = "&&";
	n->tok = a->tok;
	n->lhs = a;
	n->rhs = b;
	return n;
}

/* Expand alias `a` for the user's point, whose components from `from`
 * on are the suffix.  A point of the alias that fails is the user's
 * failure when the user's suffix is in it (stap names the user's point);
 * otherwise it is the alias's own, reported here, and it just adds
 * nothing. */
static SemErr *expand_alias(Resolve *R, Node *a, int from, int *found)
{
	/* stap stops when an alias comes back into its own expansion, and
	 * names the point that brought it back */
	bool loop = R->depth > 32;
	for (int i = 0; i < R->via.len && !loop; i++)
		loop = R->via.data[i] == a;
	if (loop) {
		Buf pp = {0};
		const Token *t = R->point->list ? R->point->list->tok : R->point->tok;
		pp_print(&pp, R->point, false, NULL);
		return sem_err("alias-depth", NULL, NULL, "recursive loop in alias expansion of %s at %s:%d:%d",
			       buf_str(&pp), t->file->name, t->line, t->col);
	}
	for (Node *q = a->list; q; q = q->next) {
		Node *np = node_copy(q);
		Node **tail = &np->list;
		while (*tail)
			tail = &(*tail)->next;
		for (int i = from; i < R->ncomps; i++) {
			*tail = node_copy(R->comps[i].c);
			tail = &(*tail)->next;
		}
		np->cond = and_cond(q->cond, R->point->cond);
		Resolve sub = *R;
		sub.via = (Vec){0};
		for (int i = 0; i < R->via.len; i++)
			vec_push(&sub.via, R->via.data[i]);
		vec_push(&sub.via, a);
		sub.depth = R->depth + 1;
		Node *body = R->body;
		sub.body = a->flags & NF_EPILOGUE ? wrap_block(a->tok, body, a->then, NULL) :
			   wrap_block(a->tok, a->then, body, a->els);
		int n = 0;
		SemErr *e = resolve_point(R->t, &sub, np, &n);
		if (e && from < R->ncomps)
			return e;
		if (e)
			sem_report(R->t->s, sem_err("pp-resolving", np->list->tok, e,
						    "while resolving probe point"));
		*found += n;
		if (n && (q->flags & NF_SUFFICIENT))
			break;
	}
	return NULL;
}

static bool matches(const MNode *k, const Comp *c)
{
	if (k->arg != c->arg)
		return false;
	if (strchr(c->c->name, '*'))
		return fnmatch(c->c->name, k->name, 0) == 0;
	return !strcmp(k->name, c->c->name);
}

/* stap checks the level when a point reaches its kind, before the kind
 * looks at it, and names the point's last component. */
static SemErr *check_privilege(Resolve *R, const ProbeKind *k)
{
	const char *level = R->t->s->privilege ? R->t->s->privilege : "stapdev";
	if (kind_allowed(k, level))
		return NULL;
	return sem_err("pp-privilege", R->comps[R->ncomps - 1].c->tok, NULL,
		       "probe point is not allowed for --privilege=%s", level);
}

static SemErr *build(Resolve *R, const MNode *m, int *found)
{
	SemErr *pe = check_privilege(R, m->kind);
	if (pe)
		return pe;
	Probe *p = xalloc(sizeof(*p));
	p->kind = m->kind;
	p->point = R->point;
	p->user = R->user;
	p->tok = R->user->list ? R->user->list->tok : R->user->tok;
	for (int i = R->via.len - 1; i >= 0; i--)
		vec_push(&p->via, R->via.data[i]);
	if (m->kind->expand) {
		Vec ps = {0};
		SemErr *e = m->kind->expand(R, p, &ps);
		if (e)
			return e;
		for (int i = 0; i < ps.len; i++) {
			Probe *q = ps.data[i];
			q->body = node_copy(R->body);
			q->cond = node_copy(R->point->cond);
			vec_push(R->out, q);
			(*found)++;
		}
		return NULL;
	}
	SemErr *e = m->kind->resolve(R, p);
	if (e)
		return e;
	p->body = node_copy(R->body);
	p->cond = node_copy(R->point->cond);
	vec_push(R->out, p);
	(*found)++;
	return NULL;
}

/* Walk the tree from `m` at component `i`.  Returns an error to chain
 * under "while resolving probe point", or NULL. */
static SemErr *walk(Resolve *R, const MNode *m, int i, int *found)
{
	if (i == R->ncomps) {
		for (int k = 0; k < m->aliases.len; k++) {
			SemErr *e = expand_alias(R, m->aliases.data[k], i, found);
			if (e)
				return e;
		}
		if (m->aliases.len)
			return NULL;
		if (m->kind)
			return build(R, m, found);
		return sem_err("pp-truncated", R->comps[0].c->tok, NULL,
			       "probe point truncated (follow: %s)", follow(m));
	}
	const Comp *c = &R->comps[i];
	bool wild = strchr(c->c->name, '*') != NULL, any = false;
	for (int k = 0; k < m->kids.len; k++) {
		const MNode *kid = m->kids.data[k];
		if (!matches(kid, c))
			continue;
		any = true;
		SemErr *e = walk(R, kid, i + 1, found);
		if (e && !wild)
			return e;
	}
	if (any)
		return NULL;
	if (m->aliases.len) {
		/* what follows the alias name is a suffix for its points */
		for (int k = 0; k < m->aliases.len; k++) {
			SemErr *e = expand_alias(R, m->aliases.data[k], i, found);
			if (e)
				return e;
		}
		return NULL;
	}
	if (m->kind)
		return sem_err("pp-suffix", c->c->tok, NULL, "invalid suffix for probe");
	if (wild)
		return NULL;
	return sem_err("pp-mismatch", c->c->tok, NULL, "probe point mismatch%s",
		       similar(m, c->c->name));
}

/* Resolve one point into R->out.  A point that resolves to nothing is
 * "no match", unless optional ('?'), when it is just dropped. */
static SemErr *resolve_point(ProbeTable *t, Resolve *outer, Node *pt, int *found)
{
	Resolve R = *outer;
	R.point = pt;
	R.ncomps = 0;
	for (Node *c = pt->list; c; c = c->next)
		R.ncomps++;
	R.comps = xalloc(sizeof(Comp) * (R.ncomps + 1));
	int i = 0;
	for (Node *c = pt->list; c; c = c->next, i++) {
		R.comps[i].c = c;
		R.comps[i].arg = !(c->flags & NF_HAS_ARG) ? ARG_NONE :
				 c->lhs->kind == ND_STR ? ARG_STR : ARG_NUM;
	}
	int before = *found;
	SemErr *e = walk(&R, &t->root, 0, found);
	if ((e || *found == before) && t->load_library &&
	    t->load_library(t->ctx, pt->list->name)) {
		/* nothing the script or the table has: the library had more
		 * aliases for this first component; try again */
		e = walk(&R, &t->root, 0, found);
	}
	if (pt->flags & NF_OPTIONAL)
		return NULL;
	if (!e && *found == before)
		e = sem_err("pp-nomatch", NULL, NULL, "no match");
	return e;
}

bool probes_resolve(ProbeTable *t, Node *probe, Vec *out)
{
	bool ok = true;
	for (Node *pt = probe->list; pt; pt = pt->next) {
		Resolve R = {.t = t, .user = probe, .out = out, .body = probe->then};
		int found = 0;
		SemErr *e = resolve_point(t, &R, pt, &found);
		if (e) {
			sem_report(t->s, sem_err("pp-resolving", pt->list->tok, e,
						 "while resolving probe point"));
			ok = false;
		}
		if (found && (pt->flags & NF_SUFFICIENT))
			break;
	}
	return ok;
}

/* ------------------------------------------------------------------ */
/* -l / -L: listing                                                    */
/*
 * stap lists what a point matches without expanding aliases: an alias
 * by its own (concrete) name, a kind by the points it resolves to.
 * Nodes that need an argument the pattern does not give are not listed
 * (`timer.*` lists no timer.s(N)), as in stap.
 */

static void list_add(Vec *out, const char *text, Node *point, Probe *probe)
{
	ListEntry *e = xalloc(sizeof(*e));
	e->text = text;
	e->point = point;
	e->probe = probe;
	vec_push(out, e);
}

static void list_walk(Resolve *R, const MNode *m, int i, Node *path, Vec *out)
{
	if (i == R->ncomps) {
		Node pt = *R->point;
		pt.list = path;
		pt.flags = 0;
		pt.cond = NULL;
		if (m->aliases.len) {
			Buf b = {0};
			pp_print(&b, &pt, false, NULL);
			list_add(out, buf_str(&b), node_copy(&pt), NULL);
			return;
		}
		if (!m->kind)
			return;
		Vec got = {0};
		Resolve sub = *R;
		sub.out = &got;
		sub.point = node_copy(&pt);
		int found = 0;
		if (build(&sub, m, &found))
			return;
		for (int k = 0; k < got.len; k++) {
			Probe *p = got.data[k];
			Buf b = {0};
			pp_print(&b, p->ulist ? p->ulist : p->point, false, NULL);
			list_add(out, buf_str(&b), p->point, p);
		}
		return;
	}
	const Comp *c = &R->comps[i];
	for (int k = 0; k < m->kids.len; k++) {
		const MNode *kid = m->kids.data[k];
		if (!matches(kid, c))
			continue;
		/* the path so far, with this component made concrete */
		Node *head = copy_list(path), **tail = &head;
		while (*tail)
			tail = &(*tail)->next;
		*tail = node_copy(c->c);
		(*tail)->name = kid->name;
		Comp *save = R->comps;
		R->comps = xalloc(sizeof(Comp) * (R->ncomps + 1));
		memcpy(R->comps, save, sizeof(Comp) * R->ncomps);
		int j = 0;
		for (Node *q = head; q; q = q->next, j++)
			R->comps[j].c = q;
		list_walk(R, kid, i + 1, head, out);
		R->comps = save;
	}
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp((*(ListEntry *const *)a)->text, (*(ListEntry *const *)b)->text);
}

void probes_list(ProbeTable *t, Node *probe, Vec *out)
{
	for (Node *pt = probe->list; pt; pt = pt->next) {
		if (t->load_library)
			t->load_library(t->ctx, pt->list->name);
		Resolve R = {.t = t, .user = probe, .body = probe->then, .point = pt};
		for (Node *c = pt->list; c; c = c->next)
			R.ncomps++;
		R.comps = xalloc(sizeof(Comp) * (R.ncomps + 1));
		int i = 0;
		for (Node *c = pt->list; c; c = c->next, i++) {
			R.comps[i].c = c;
			R.comps[i].arg = !(c->flags & NF_HAS_ARG) ? ARG_NONE :
					 c->lhs->kind == ND_STR ? ARG_STR : ARG_NUM;
		}
		list_walk(&R, &t->root, 0, NULL, out);
	}
	if (out->len)
		qsort(out->data, out->len, sizeof(void *), cmp_entry);
	int k = 0;
	for (int i = 0; i < out->len; i++)
		if (!k || cmp_entry(&out->data[i], &out->data[k - 1]))
			out->data[k++] = out->data[i];
	out->len = k;
}
