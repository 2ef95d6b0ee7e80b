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
} KindId;

struct ProbeKind {
	KindId id;
	const char *name;        /* for messages                            */
	const char *patterns;    /* '\n'-separated patterns                   */
	Resolver resolve;
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
		return sem_err("procfs-dslash", tok, NULL, "procfs path cannot contain empty components");
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

static const ProbeKind kinds[] = {
	{K_BEGIN, "begin", "begin\nbegin(number)", resolve_plain},
	{K_END, "end", "end\nend(number)", resolve_plain},
	{K_ERROR, "error", "error\nerror(number)", resolve_plain},
	{K_NEVER, "never", "never", resolve_plain},
	{K_TIMER, "timer",
	 "timer.s(number)\ntimer.s(number).randomize(number)\n"
	 "timer.sec(number)\ntimer.sec(number).randomize(number)\n"
	 "timer.ms(number)\ntimer.ms(number).randomize(number)\n"
	 "timer.msec(number)\ntimer.msec(number).randomize(number)\n"
	 "timer.us(number)\ntimer.us(number).randomize(number)\n"
	 "timer.usec(number)\ntimer.usec(number).randomize(number)\n"
	 "timer.ns(number)\ntimer.ns(number).randomize(number)\n"
	 "timer.nsec(number)\ntimer.nsec(number).randomize(number)", resolve_timer},
	{K_JIFFIES, "timer.jiffies",
	 "timer.jiffies(number)\ntimer.jiffies(number).randomize(number)", resolve_jiffies},
	{K_HZ, "timer.hz", "timer.hz(number)", resolve_hz},
	{K_PERF, "perf",
	 "perf.type(number).config(number)\n"
	 "perf.type(number).config(number).sample(number)\n"
	 "perf.type(number).config(number).process\n"
	 "perf.type(number).config(number).process(string)", resolve_perf},
	{K_PROCFS, "procfs",
	 "procfs.read\nprocfs.read.maxsize(number)\nprocfs.write\n"
	 "procfs.umask(number).read\nprocfs.umask(number).read.maxsize(number)\n"
	 "procfs.umask(number).write\n"
	 "procfs(string).read\nprocfs(string).read.maxsize(number)\n"
	 "procfs(string).write\nprocfs(string).umask(number).read\n"
	 "procfs(string).umask(number).read.maxsize(number)\n"
	 "procfs(string).umask(number).write", resolve_procfs},
	/* the kernels this toolkit targets have no profile-tick hook */
	{K_UNSUPPORTED, "timer.profile.tick", "timer.profile.tick", resolve_no_tick},
	/* known to stap, not built here yet: a clear error, not a mismatch */
	{K_UNSUPPORTED, NULL,
	 "kernel.function(string)\nkernel.function(string).call\n"
	 "kernel.function(string).return\nkernel.statement(string)\n"
	 "kernel.trace(string)\nkernel.mark(string)\n"
	 "module(string).function(string)\nmodule(string).function(string).call\n"
	 "module(string).function(string).return\nmodule(string).statement(string)\n"
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
	 "perf.type(number).config(number).process(string).counter(string)", resolve_unsupported},
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

void probes_dump_types(FILE *out)
{
	Vec all = {0};
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
		if (kinds[k].id == K_UNSUPPORTED)
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

static int lev(const char *a, const char *b)
{
	int lb = strlen(b), d[lb + 1];
	for (int j = 0; j <= lb; j++)
		d[j] = j;
	for (int i = 1; a[i - 1]; i++) {
		int diag = d[0];
		d[0] = i;
		for (int j = 1; j <= lb; j++) {
			int up = d[j];
			int best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (d[j - 1] + 1 < best)
				best = d[j - 1] + 1;
			d[j] = best;
			diag = up;
		}
	}
	return d[lb];
}

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
			c[n++] = (Cand){k, lev(name, k)};
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
	if (R->depth > 32)
		return sem_err("alias-depth", NULL, NULL, "recursive loop in alias expansion");
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

static SemErr *build(Resolve *R, const MNode *m, int *found)
{
	Probe *p = xalloc(sizeof(*p));
	p->kind = m->kind;
	p->point = R->point;
	p->user = R->user;
	p->tok = R->user->list ? R->user->list->tok : R->user->tok;
	for (int i = R->via.len - 1; i >= 0; i--)
		vec_push(&p->via, R->via.data[i]);
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
