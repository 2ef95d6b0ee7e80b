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
#include <glob.h>
#include <sys/stat.h>

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
	K_KPROBE,       /* kprobe.*: kprobes without debuginfo               */
	K_KDWARF,       /* kernel points that need debuginfo: an error      */
	K_PROCESS,      /* process(...).function/statement/mark/plt: uprobes */
	K_PROCESS_LIFE, /* process[(...)].begin/.end                          */
	K_NETFILTER,    /* netfilter.hook(...).pf(...): nf_hook_ops          */
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

/* ---- netfilter.hook("H").pf("PF")[.priority("P")] ----
 *
 * stap pastes the names into C (the kernel headers define them); here
 * they are looked up in these tables (the values of linux/netfilter*.h
 * for 6.1), so that pass 3 writes numbers and a name the kernel lacks is
 * refused in pass 2.  Guru mode (-g) also takes a number for each. */
typedef struct { const char *name; int64_t v; } NfName;

static const NfName nf_pfs[] = {
	{"NFPROTO_IPV4", 2}, {"NFPROTO_IPV6", 10}, {"NFPROTO_ARP", 3},
	{"NFPROTO_BRIDGE", 7}, {NULL, 0},
};
static const NfName nf_hooks_ip[] = {
	{"NF_INET_PRE_ROUTING", 0}, {"NF_INET_LOCAL_IN", 1}, {"NF_INET_FORWARD", 2},
	{"NF_INET_LOCAL_OUT", 3}, {"NF_INET_POST_ROUTING", 4},
	{"NF_IP_PRE_ROUTING", 0}, {"NF_IP_LOCAL_IN", 1}, {"NF_IP_FORWARD", 2},
	{"NF_IP_LOCAL_OUT", 3}, {"NF_IP_POST_ROUTING", 4}, {NULL, 0},
};
/* stap 4.8 takes only the NF_IP6_ names for IPv6, no NF_BR_BROUTING and
 * not the priorities newer than its tables (RAW_BEFORE_DEFRAG,
 * CONNTRACK_HELPER): neither does this one, without -g */
static const NfName nf_hooks_ip6[] = {
	{"NF_IP6_PRE_ROUTING", 0}, {"NF_IP6_LOCAL_IN", 1}, {"NF_IP6_FORWARD", 2},
	{"NF_IP6_LOCAL_OUT", 3}, {"NF_IP6_POST_ROUTING", 4}, {NULL, 0},
};
static const NfName nf_hooks_arp[] = {
	{"NF_ARP_IN", 0}, {"NF_ARP_OUT", 1}, {"NF_ARP_FORWARD", 2}, {NULL, 0},
};
static const NfName nf_hooks_br[] = {
	{"NF_BR_PRE_ROUTING", 0}, {"NF_BR_LOCAL_IN", 1}, {"NF_BR_FORWARD", 2},
	{"NF_BR_LOCAL_OUT", 3}, {"NF_BR_POST_ROUTING", 4}, {NULL, 0},
};
#define NF_PRI_MIN ((int64_t)INT_MIN)
#define NF_PRI_MAX ((int64_t)INT_MAX)
static const NfName nf_pri_ip[] = {
	{"NF_IP_PRI_FIRST", NF_PRI_MIN}, {"NF_IP_PRI_CONNTRACK_DEFRAG", -400}, {"NF_IP_PRI_RAW", -300},
	{"NF_IP_PRI_SELINUX_FIRST", -225}, {"NF_IP_PRI_CONNTRACK", -200},
	{"NF_IP_PRI_MANGLE", -150}, {"NF_IP_PRI_NAT_DST", -100}, {"NF_IP_PRI_FILTER", 0},
	{"NF_IP_PRI_SECURITY", 50}, {"NF_IP_PRI_NAT_SRC", 100},
	{"NF_IP_PRI_SELINUX_LAST", 225}, {"NF_IP_PRI_CONNTRACK_CONFIRM", NF_PRI_MAX}, {"NF_IP_PRI_LAST", NF_PRI_MAX},
	{NULL, 0},
};
static const NfName nf_pri_ip6[] = {
	{"NF_IP6_PRI_FIRST", NF_PRI_MIN}, {"NF_IP6_PRI_CONNTRACK_DEFRAG", -400}, {"NF_IP6_PRI_RAW", -300},
	{"NF_IP6_PRI_SELINUX_FIRST", -225}, {"NF_IP6_PRI_CONNTRACK", -200},
	{"NF_IP6_PRI_MANGLE", -150}, {"NF_IP6_PRI_NAT_DST", -100},
	{"NF_IP6_PRI_FILTER", 0}, {"NF_IP6_PRI_SECURITY", 50},
	{"NF_IP6_PRI_NAT_SRC", 100}, {"NF_IP6_PRI_SELINUX_LAST", 225},
	{"NF_IP6_PRI_LAST", NF_PRI_MAX},
	{NULL, 0},
};
static const NfName nf_none[] = {{NULL, 0}};

static bool nf_lookup(const NfName *t, const char *s, int64_t *v)
{
	for (; t->name; t++)
		if (!strcmp(t->name, s)) {
			*v = t->v;
			return true;
		}
	return false;
}

/* "-5", "255": an int (what nf_hook_ops.priority holds) */
static bool nf_number(const char *s, int64_t *v)
{
	char *end;
	errno = 0;
	long long n = strtoll(s, &end, 0);
	if (!*s || *end || errno || n < INT_MIN || n > INT_MAX)
		return false;
	*v = n;
	return true;
}

/* The hook function's arguments, as stap names them ($hooknum...). */
static Vec nf_args(void)
{
	static const TpArg args[] = {
		{"hooknum", "unsigned int"}, {"skb", "struct sk_buff*"},
		{"in", "struct net_device*"}, {"out", "struct net_device*"},
		{"okfn", "void*"},
	};
	Vec v = {0};
	for (size_t i = 0; i < sizeof args / sizeof *args; i++)
		vec_push(&v, (void *)&args[i]);
	return v;
}

static SemErr *resolve_netfilter(Resolve *R, Probe *p)
{
	bool guru = R->t->s->guru;
	const char *pf = arg_of(R, "pf")->str, *hook = arg_of(R, "hook")->str;
	Node *pri = arg_of(R, "priority");
	int64_t vpf, vhook, vpri = 0;
	if (!nf_lookup(nf_pfs, pf, &vpf) && !(guru && nf_number(pf, &vpf) && vpf >= 0 && vpf < 16))
		return sem_err("nf-pf", NULL, NULL, "unsupported netfilter protocol family \"%s\"%s",
			       pf, guru ? ": not a known NFPROTO_* name or a number 0-15" : "; need stap -g");
	const char *pfs = nf_lookup(nf_pfs, pf, &vpf) ? xfmt("%lld", (long long)vpf) : pf;
	const NfName *hooks = vpf == 2 ? nf_hooks_ip : vpf == 10 ? nf_hooks_ip6 :
			      vpf == 3 ? nf_hooks_arp : vpf == 7 ? nf_hooks_br : nf_none;
	const NfName *pris = vpf == 2 ? nf_pri_ip : vpf == 10 ? nf_pri_ip6 : nf_none;
	if (!nf_lookup(hooks, hook, &vhook) && !(guru && nf_number(hook, &vhook) && vhook >= 0 && vhook < 8))
		return sem_err("nf-hook", NULL, NULL,
			       "unsupported netfilter hook \"%s\" for protocol family \"%s\"%s",
			       hook, pfs, guru ? ": not a known hook name or a number 0-7" : "; need stap -g");
	if (pri && !nf_lookup(pris, pri->str, &vpri) && !nf_number(pri->str, &vpri))
		return sem_err("nf-priority", NULL, NULL,
			       "unsupported netfilter priority \"%s\" for protocol family \"%s\"%s",
			       pri->str, pfs, guru ? ": not a known priority name or a number" :
			       "; need stap -g");
	p->num[0] = vhook;
	p->num[1] = vpf;
	p->num[2] = vpri;
	p->netfilter = true;
	p->tp_args = nf_args();
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
	Node *max = arg_of(R, "maxactive");
	if (!fn || R->ncomps > 3 + (max != NULL))
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
		if (max)
			head->next->next->next = new_comp(tok, "maxactive", new_num(tok, max->num));
		Probe *q = derive(tmpl, head);
		q->ksym = f->name;
		q->kmod = f->mod;
		q->kreturn = ret;
		q->kmaxactive = max ? (int)max->num : 0;
		vec_push(out, q);
	}
	return NULL;
}

static Node *new_hex(Token *tok, uint64_t v);
static const char *similar_kind(const char *name, const Vec *cands, const char *what);

/* kprobe.statement(ADDR).absolute: a kprobe at an address, guru only
 * (stap names the probe keyword, in a file it leaves unnamed). */
static SemErr *kprobe_absolute(Resolve *R, const Probe *tmpl, Node *addr, Vec *out)
{
	Token *tok = R->comps[0].c->tok;
	if (!R->t->s->guru)
		return sem_err("kprobe-guru", R->user->tok, NULL,
			       "absolute statement probe in unprivileged script; need stap -g");
	Node *head = new_comp(tok, "kprobe", NULL);
	head->next = new_comp(tok, "statement", new_hex(tok, (uint64_t)addr->num));
	head->next->next = new_comp(tok, "absolute", NULL);
	Probe *q = derive(tmpl, head);
	q->kprobe = true;
	q->ksym = "";
	q->kaddr = (uint64_t)addr->num;
	vec_push(out, q);
	return NULL;
}

/* One kprobe.* probe on "sym" or "mod:sym", canonical as stap 4.8 prints
 * it: kprobe[.module("M")].function("F")[.call|.return[.maxactive(N)]]. */
static void kprobe_add(Resolve *R, const Probe *tmpl, const char *mod, const char *name,
		       Vec *out)
{
	Token *tok = R->comps[0].c->tok;
	Node *max = arg_of(R, "maxactive");
	bool ret = has_comp(R, "return"), call = has_comp(R, "call");
	Node *head = new_comp(tok, "kprobe", NULL), **tail = &head->next;
	if (mod) {
		*tail = new_comp(tok, "module", new_str(tok, mod));
		tail = &(*tail)->next;
	}
	*tail = new_comp(tok, "function", new_str(tok, name));
	tail = &(*tail)->next;
	if (ret || call) {
		*tail = new_comp(tok, ret ? "return" : "call", NULL);
		tail = &(*tail)->next;
	}
	if (max)
		*tail = new_comp(tok, "maxactive", new_num(tok, max->num));
	Probe *q = derive(tmpl, head);
	q->kprobe = true;
	q->ksym = name;
	q->kmod = mod;
	q->kreturn = ret;
	q->kmaxactive = max ? (int)max->num : 0;
	vec_push(out, q);
}

/* The names of fns (KFunc *, each name once) no farther from `name` than
 * the fifth nearest: similar_names() then picks among a few, not among
 * the kernel's 50,000. */
static Vec nearest_kfuncs(const char *name, const Vec *fns)
{
	int best[5] = {INT_MAX, INT_MAX, INT_MAX, INT_MAX, INT_MAX};
	int *d = xalloc(sizeof(int) * (fns->len + 1));
	for (int i = 0; i < fns->len; i++) {
		d[i] = edit_distance(name, ((const KFunc *)fns->data[i])->name);
		for (int k = 0; k < 5; k++)
			if (d[i] < best[k]) {
				memmove(&best[k + 1], &best[k], sizeof(int) * (4 - k));
				best[k] = d[i];
				break;
			}
	}
	Vec names = {0};
	for (int i = 0; i < fns->len; i++)
		if (d[i] <= best[4])
			vec_push(&names, (void *)((const KFunc *)fns->data[i])->name);
	return names;
}

/* kprobe.function("PAT")...: stap 4.8 takes the kernel's function names
 * from the symbol map, an exact name only if it is there, a wildcard
 * over all of them (kernel_text_symbols: no blacklist but the kernel's
 * own).  kprobe.module("M").function("F") it takes as written, since the
 * module may load later; with a wildcard in either it would register
 * "ext*:f", which never fires, so a wildcard expands here over the
 * modules known (as module().function does). */
static SemErr *expand_kprobe(Resolve *R, const Probe *tmpl, Vec *out)
{
	Session *s = R->t->s;
	Node *addr = arg_of(R, "statement");
	if (addr)
		return kprobe_absolute(R, tmpl, addr, out);
	Node *mod = arg_of(R, "module"), *fn = arg_of(R, "function");
	bool wild = strpbrk(fn->str, "*?[") || (mod && strpbrk(mod->str, "*?["));
	if (mod && !wild) {
		kprobe_add(R, tmpl, mod->str, fn->str, out);
		return NULL;
	}
	Vec fns = {0};
	SemErr *e = mod ? kernel_functions(s, mod->str, fn->str, false, &fns) :
		    kernel_text_symbols(s, fn->str, &fns);
	if (e)
		return e;
	for (int i = 0; i < fns.len; i++) {
		const KFunc *f = fns.data[i];
		kprobe_add(R, tmpl, f->mod, f->name, out);
	}
	if (fns.len || mod)
		return fns.len ? NULL : sem_err("pp-nomatch", NULL, NULL, "no match");
	Vec all = {0};
	kernel_text_symbols(s, "*", &all);
	Vec names = nearest_kfuncs(fn->str, &all);
	return sem_err("pp-nomatch", NULL, NULL, "no match%s",
		       similar_kind(fn->str, &names, "functions"));
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
 * origin: stap rewrites both.  $vars are bound by dwv_bind_probe()
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
	const char *caller;     /* .callee: "caller@file:line"             */
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
	if (want == 'i') {      /* stap's symbol-table functions ignore .inline */
		Vec all = {0};
		dw_functions(f, pat, 'f', &all);
		for (int i = 0; i < all.len; i++)
			if (((DwFunc *)all.data[i])->symtab)
				vec_push(&fns, all.data[i]);
	}
	if (!fns.len && comp_index(R, "library") == 1)
		return sem_err("process-nomatch", NULL, NULL, "no match");  /* stap: no list */
	if (!fns.len) {
		Vec names = {0};
		dw_function_names(f, &names);
		return sem_err("process-nomatch", NULL, NULL, "no match%s",
			       similar_kind(name, &names, "functions"));
	}
	for (int i = 0; i < fns.len; i++) {
		DwFunc *fn = fns.data[i];
		if (ret && !strcmp(fn->name, "_start")) {
			/* stap's blocklist: _start never returns */
			sem_warn(s, R->user->tok, "function %s return probe is blocklisted", fn->name);
			continue;
		}
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
	if (!out->len) {
		Vec names = {0};
		dw_function_names(f, &names);
		return sem_err("process-nomatch", NULL, NULL, "no match%s",
			       similar_kind(name, &names, "functions"));
	}
	return NULL;
}

/* statement(ADDR): stap wants it inside a DWARF function, at the start
 * of a line-table row (else it names the row's start to try). */
static SemErr *sites_stmt_addr(Resolve *R, DwFile *f, Node *arg, Vec *out)
{
	uint64_t addr = (uint64_t)arg->num, at = 0;
	DwFunc *fn = dw_func_at(f, addr);
	if (!fn || fn->symtab || !dw_line_at(f, fn, addr, &at))
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	if (at != addr) {
		sem_report(R->t->s, sem_err("process-stmt", NULL, NULL,
					    "address %#llx does not match the beginning of a "
					    "statement (try %#llx)", (unsigned long long)addr,
					    (unsigned long long)at));
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	}
	USite *u = xalloc(sizeof(*u));
	u->comp = "statement";
	u->addr = addr;
	u->arg = new_hex(arg->tok, addr);
	u->fn = fn;
	vec_push(out, u);
	return NULL;
}

/* The lines of "func@file:LINES" as stap's lineno_t: ABSOLUTE ":N",
 * RELATIVE "+N" (from the function's decl line), WILDCARD ":*",
 * ENUMERATED ":N-M,K" (sorted, each once). */
typedef struct {
	char type;              /* 'a' 'r' 'w' 'e'                          */
	int n;                  /* ABSOLUTE/RELATIVE                        */
	Vec lines;              /* ENUMERATED: int *, ascending             */
} LineSpec;

static int cmp_intp(const void *a, const void *b)
{
	int x = **(int *const *)a, y = **(int *const *)b;
	return (x > y) - (x < y);
}

static bool parse_lines(const char *t, char sep, LineSpec *ls)
{
	char *end;
	*ls = (LineSpec){0};
	if (sep == '+') {
		long v = strtol(t, &end, 10);
		ls->type = 'r';
		ls->n = (int)v;
		return *t && !*end && v >= 0 && v <= 1000000;
	}
	if (!strcmp(t, "*")) {
		ls->type = 'w';
		return true;
	}
	bool many = strpbrk(t, ",-") != NULL;
	ls->type = many ? 'e' : 'a';
	while (*t) {
		long lo = strtol(t, &end, 10), hi = lo;
		if (end == t || lo <= 0 || lo > 1000000)
			return false;
		t = end;
		if (*t == '-') {
			hi = strtol(t + 1, &end, 10);
			if (end == t + 1 || hi < lo || hi > 1000000)
				return false;
			t = end;
		}
		for (long v = lo; v <= hi; v++) {
			int *ip = xalloc(sizeof(*ip));
			*ip = (int)v;
			vec_push(&ls->lines, ip);
		}
		if (*t == ',' && t[1])
			t++;
		else if (*t)
			return false;
	}
	if (!ls->lines.len)
		return false;
	ls->n = ((int *)ls->lines.data[0])[0];
	if (many)
		qsort(ls->lines.data, ls->lines.len, sizeof(void *), cmp_intp);
	return true;
}

/* The range [*lo, return) of `lines` (DwLine *, by line) at `line`. */
static int line_range(const Vec *lines, int line, int *lo)
{
	int a = 0, b = lines->len;
	while (a < b) {
		int m = (a + b) / 2;
		if (((DwLine *)lines->data[m])->line < line)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	while (b < lines->len && ((DwLine *)lines->data[b])->line == line)
		b++;
	return b < a ? a : b;
}

/* The lowest-addressed row of `line` inside fn, or NULL (stap's
 * add_matching_line_in_die). */
static DwLine *line_in(DwFile *f, const DwFunc *fn, const Vec *lines, int line)
{
	int lo, hi = line_range(lines, line, &lo);
	for (int i = lo; i < hi; i++)
		if (dw_has_pc(f, fn, ((DwLine *)lines->data[i])->addr))
			return lines->data[i];
	return NULL;
}

/* ":*": from the line of fn's entry, each next line number of the file
 * while one of its rows falls inside fn (stap's collect_all_lines). */
static void lines_all(DwFile *f, const DwFunc *fn, const Vec *lines, Vec *hits)
{
	uint64_t at = 0;
	int line = dw_line_at(f, fn, fn->entry, &at);
	if (!line || at != fn->entry) {         /* the lowest row inside fn */
		const DwLine *best = NULL;
		for (int i = 0; i < lines->len; i++) {
			const DwLine *l = lines->data[i];
			if ((!best || l->addr < best->addr) && dw_has_pc(f, fn, l->addr))
				best = l;
		}
		if (!best)
			return;
		line = best->line;
	}
	for (;;) {
		int lo, hi = line_range(lines, line, &lo);
		DwLine *l = NULL;
		for (int i = lo; i < hi && !l; i++)
			if (dw_has_pc(f, fn, ((DwLine *)lines->data[i])->addr))
				l = lines->data[i];
		if (!l)
			break;
		vec_push(hits, l);
		if (hi >= lines->len)
			break;
		line = ((DwLine *)lines->data[hi])->line;
	}
}

/* Does some function of fns have a row at `line`? */
static bool have_line(DwFile *f, const Vec *fns, int from, int to, const Vec *lines, int line)
{
	for (int i = from; i < to; i++)
		if (line_in(f, fns->data[i], lines, line))
			return true;
	return false;
}

/* stap's "no line records for FILE:N [man error::dwarf] (try :A or :B)":
 * the nearest lines within 5 that have rows. */
static SemErr *no_line_records(DwFile *f, const Vec *fns, int from, int to, const Vec *lines,
			       const char *file, int line)
{
	int before = -1, after = -1;
	for (int i = 1; i < 6; i++) {
		if (before < 0 && have_line(f, fns, from, to, lines, line - i))
			before = line - i;
		if (after < 0 && have_line(f, fns, from, to, lines, line + i))
			after = line + i;
	}
	Buf b = {0};
	buf_printf(&b, "no line records for %s:%d [man error::dwarf]", file, line);
	if (before > 0 || after > 0) {
		buf_puts(&b, " (try ");
		if (before > 0)
			buf_printf(&b, ":%d", before);
		if (before > 0 && after > 0)
			buf_puts(&b, " or ");
		if (after > 0)
			buf_printf(&b, ":%d", after);
		buf_putc(&b, ')');
	}
	return sem_err("process-lines", NULL, NULL, "%s", buf_str(&b));
}

/* One CU's functions of one source file, fns[from, to): the rows the
 * spec picks (each address once), then a site for each function
 * around each row: out-of-line ones, then inline instances, as stap's
 * iterate_over_srcfile_lines() and query_srcfile_line(). */
static SemErr *lines_of_group(DwFile *f, const Vec *fns, int from, int to,
			      const LineSpec *ls, Node *arg, Vec *out)
{
	const DwFunc *first = fns->data[from];
	Vec lines = {0}, hits = {0};
	dw_file_lines(f, first, &lines);
	/* ENUMERATED: line by line, each over the functions */
	for (int k = 0; ls->type == 'e' && k < ls->lines.len; k++)
		for (int i = from; i < to; i++) {
			DwLine *l = line_in(f, fns->data[i], &lines, *(int *)ls->lines.data[k]);
			if (l)
				vec_push(&hits, l);
		}
	for (int i = from; i < to && ls->type != 'e'; i++) {
		const DwFunc *fn = fns->data[i];
		if (ls->type == 'w') {
			lines_all(f, fn, &lines, &hits);
		} else {
			DwLine *l = line_in(f, fn, &lines, ls->type == 'r' ? ls->n + fn->line : ls->n);
			if (l)
				vec_push(&hits, l);
		}
	}
	if (!hits.len && ls->type != 'w' && ls->type != 'e')
		return no_line_records(f, fns, from, to, &lines, first->file,
				       ls->type == 'r' ? ls->n + first->line : ls->n);
	for (int i = 0; i < hits.len; i++) {
		const DwLine *l = hits.data[i];
		bool seen = false;
		for (int k = 0; k < i && !seen; k++)
			seen = ((DwLine *)hits.data[k])->addr == l->addr;
		if (seen)
			continue;
		for (int pass = 0; pass < 2; pass++)
			for (int k = from; k < to; k++) {
				DwFunc *fn = fns->data[k];
				if (fn->inlined != (pass == 1) || !dw_has_pc(f, fn, l->addr))
					continue;
				USite *u = xalloc(sizeof(*u));
				u->comp = "statement";
				u->addr = l->addr;
				u->arg = new_str(arg->tok, xfmt("%s@%s:%d", fn->name, fn->file, l->line));
				u->fn = fn;
				vec_push(out, u);
			}
	}
	return NULL;
}

/* statement("func[@file]") without a line: each function's entry, named
 * by its decl line. */
static SemErr *stmt_entries(DwFile *f, Node *arg, Vec *out)
{
	Vec fns = {0};
	dw_functions(f, arg->str, 'f', &fns);
	for (int i = 0; i < fns.len; i++) {
		DwFunc *fn = fns.data[i];
		USite *u = xalloc(sizeof(*u));
		u->comp = "statement";
		u->addr = fn->entry;
		u->arg = new_str(arg->tok, fn->file ? xfmt("%s@%s:%d", fn->name, fn->file, fn->line)
					    : fn->name);
		u->fn = fn->inlined ? dw_func_at(f, fn->entry) : fn;
		if (!u->fn)
			u->fn = fn;
		vec_push(out, u);
	}
	if (!fns.len)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	return NULL;
}

/* statement("func@file:LINES") and statement(ADDR). */
static SemErr *sites_statement(Resolve *R, DwFile *f, Node *arg, Vec *out)
{
	if (arg->kind == ND_NUM)
		return sites_stmt_addr(R, f, arg, out);
	const char *at = strchr(arg->str, '@');
	const char *sep = at ? strpbrk(at, ":+") : NULL;
	LineSpec ls;
	if (!sep)
		return stmt_entries(f, arg, out);
	if (!parse_lines(sep + 1, *sep, &ls))
		return sem_err("process-stmt", R->user->tok, NULL,
			       "malformed specification '%s'", arg->str);
	const char *pat = xstrndup(arg->str, sep - arg->str);
	Vec fns = {0};
	dw_functions(f, pat, 'f', &fns);
	int before = out->len;
	SemErr *last = NULL;
	/* stap walks CU by CU, and in each, the source files named */
	for (int i = 0; i < fns.len;) {
		const DwFunc *a = fns.data[i];
		int j = i + 1;
		while (j < fns.len && ((DwFunc *)fns.data[j])->cu_idx == a->cu_idx)
			j++;
		Vec group = {0}, files = {0};
		for (int k = i; k < j; k++) {
			const char *file = ((DwFunc *)fns.data[k])->file;
			bool seen = !file;
			for (int m = 0; m < files.len && !seen; m++)
				seen = !strcmp(files.data[m], file);
			if (!seen)
				vec_push(&files, (void *)file);
		}
		for (int m = 0; m < files.len; m++) {
			group.len = 0;
			for (int k = i; k < j; k++)
				if (((DwFunc *)fns.data[k])->file &&
				    !strcmp(((DwFunc *)fns.data[k])->file, files.data[m]))
					vec_push(&group, fns.data[k]);
			SemErr *e = lines_of_group(f, &group, 0, group.len, &ls, arg, out);
			if (e)
				last = e;
		}
		i = j;
	}
	if (out->len == before && last)
		sem_report(R->t->s, last);
	if (out->len == before)
		return sem_err("pp-nomatch", NULL, NULL, "no match");
	return NULL;
}

static SemErr *sites_mark(Resolve *R, DwFile *f, Vec *out)
{
	Node *prov = arg_of(R, "provider"), *name = arg_of(R, "mark");
	Vec marks = {0};
	dw_marks(f, prov ? prov->str : NULL, name->str, &marks);
	Vec any = {0};
	if (!marks.len && prov && !dw_marks(f, prov->str, "*", &any))
		return sem_err("process-nomatch", NULL, NULL, "no match");  /* stap: no list */
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
		if (!strcmp(n, "callee") || !strcmp(n, "callees"))
			continue;       /* the callee is the function probed */
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

/* A callee's origin as stap prints it:
 * process("P").function("caller@f:l").callee("callee@f:l")[.return]. */
static Node *callee_origin(Resolve *R, const char *path, const char *lib, const USite *u,
			   int kind_at)
{
	Token *tok = R->comps[0].c->tok;
	USite caller = *u;
	caller.arg = new_str(u->arg->tok, u->caller);
	Node *pt = site_point(R, path, lib, &caller, kind_at);
	Node **tail = &pt->list;
	while (strcmp((*tail)->name, "function"))
		tail = &(*tail)->next;
	Node *rest = (*tail)->next, *c = new_comp(tok, "callee", u->arg);
	(*tail)->next = c;
	c->next = rest;
	return pt;
}

static void site_probe(Resolve *R, Probe *p, DwFile *f, const char *exec, const char *lib,
		       const USite *u, int kind_at)
{
	p->point = site_point(R, dw_path(f), NULL, u, kind_at);
	p->input = lib ? site_point(R, exec, dw_path(f), u, kind_at) : p->point;
	if (u->caller)
		p->input = callee_origin(R, lib ? exec : dw_path(f), lib ? dw_path(f) : NULL, u,
					 kind_at);
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
	if (u->plt)
		p->sdt_name = u->plt;   /* stap's $$name in a .plt probe */
	if (u->mark) {
		p->sdt_provider = u->mark->provider;
		p->sdt_name = u->mark->name;
		p->sdt_args = u->mark->args;
		p->sdt_nargs = u->mark->nargs;
		p->sdt_sema = u->mark->sema;
		p->sdt_sema_off = u->mark->sema ? dw_file_offset(f, u->mark->sema) : 0;
	}
}

/* .callee("PAT") / .callees[(N)]: stap 4.8's callees are the inline
 * instances inside the function (DW_TAG_inlined_subroutine with a
 * low_pc), each probed at its start; it reads call sites only from
 * DWARF 4's DW_TAG_GNU_call_site, which needs a caller check at run
 * time that is not built here. */
static SemErr *sites_callees(Resolve *R, DwFile *f, Vec *callers, Vec *out)
{
	Node *pat = arg_of(R, "callee"), *depth = arg_of(R, "callees");
	int n = pat ? 1 : depth ? (int)depth->num : 1;
	if (!pat && depth && depth->num < 1)
		return sem_err("process-callees", depth->tok, NULL,
			       "Recursion level for .callees() must be >= 1");
	bool gnu = false;
	for (int i = 0; i < callers->len; i++) {
		USite *cu = callers->data[i];
		Vec cs = {0};
		bool g = false;
		dw_callees(f, cu->fn, pat ? pat->str : "*", n, &cs, &g);
		gnu |= g;
		for (int k = 0; k < cs.len; k++) {
			const DwCallee *c = cs.data[k];
			USite *u = xalloc(sizeof(*u));
			u->comp = "function";
			u->fn = c->fn;
			u->addr = c->fn->entry;
			u->arg = new_str(cu->arg->tok, c->fn->file ?
					 xfmt("%s@%s:%d", c->fn->name, c->fn->file, c->fn->line) :
					 c->fn->name);
			const DwFunc *by = c->caller;
			u->caller = by->file ? xfmt("%s@%s:%d", by->name, by->file, by->line) : by->name;
			vec_push(out, u);
		}
	}
	if (!out->len && gnu)
		return sem_err("process-callee", NULL, NULL, ".callee probes on calls that are "
			       "not inlined (DW_TAG_GNU_call_site) are not supported yet");
	if (!out->len) {
		Vec names = {0};
		dw_function_names(f, &names);
		return sem_err("process-nomatch", NULL, NULL, "no match%s",
			       similar_kind(R->comps[comp_index(R, "function")].c->lhs->str, &names,
					    "functions"));
	}
	return NULL;
}

/* The probes of one file (the program, or one of its libraries). */
static SemErr *expand_file(Resolve *R, const Probe *tmpl, DwFile *f, const char *exec,
			   const char *lib, int kind_at, bool unnamed, Vec *out)
{
	const char *what = R->comps[kind_at].c->name;
	Vec sites = {0};
	SemErr *e;
	if (!strcmp(what, "function"))
		e = sites_function(R, f, R->comps[kind_at].c->lhs, &sites);
	else if (!strcmp(what, "statement"))
		e = sites_statement(R, f, R->comps[kind_at].c->lhs, &sites);
	else if (!strcmp(what, "plt"))
		e = sites_plt(R, f, &sites);
	else
		e = sites_mark(R, f, &sites);
	if (!e && (has_comp(R, "callee") || has_comp(R, "callees"))) {
		Vec callers = sites;
		sites = (Vec){0};
		e = sites_callees(R, f, &callers, &sites);
	}
	if (e)
		return e;
	for (int i = 0; i < sites.len; i++) {
		Probe *q = xalloc(sizeof(*q));
		*q = *tmpl;
		site_probe(R, q, f, exec, lib, sites.data[i], kind_at);
		q->utarget = unnamed;
		if (R->comps[0].c->lhs->kind == ND_NUM)
			q->upid = (long)R->comps[0].c->lhs->num;
		vec_push(out, q);
	}
	return NULL;
}

static bool has_str(const Vec *v, const char *s)
{
	for (int i = 0; i < v->len; i++)
		if (!strcmp(v->data[i], s))
			return true;
	return false;
}

/* .library("PAT"): the program's libraries (as the loader finds them,
 * and theirs in turn: stap counts libpcre2 that ls gets through
 * libselinux) whose path matches PAT whole or after a '/', as stap; a
 * PAT with a '/' is a path.  Canonical, each once. */
static void libraries(DwFile *f, const char *pat, Vec *out)
{
	if (strchr(pat, '/')) {
		const char *p = dw_find_exec(pat);
		if (p)
			vec_push(out, (void *)p);
		return;
	}
	Vec all = {0}, real_seen = {0};
	dw_library_paths(f, &all);
	for (int i = 0; i < all.len && i < 4096; i++) {	/* breadth first */
		const char *real = dw_find_exec(all.data[i]), *err;
		if (!real || has_str(&real_seen, real))
			continue;
		vec_push(&real_seen, (void *)real);
		DwFile *lf = dw_open(real, &err);
		if (lf)
			dw_library_paths(lf, &all);
	}
	const char *tail = xfmt("*/%s", pat);
	for (int i = 0; i < all.len; i++) {
		const char *p = all.data[i];
		if (fnmatch(pat, p, 0) && fnmatch(tail, p, 0))
			continue;
		const char *real = dw_find_exec(p);
		if (real && !has_str(out, real))
			vec_push(out, (void *)real);
	}
}

/* process("PATH")[.library("LIB")].function/statement/mark/plt... */
static SemErr *expand_exec(Resolve *R, const Probe *tmpl, Vec *out)
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
	if (comp_index(R, "library") != 1)
		return expand_file(R, tmpl, f, exec, NULL, 1, unnamed, out);
	Vec libs = {0};
	libraries(f, R->comps[1].c->lhs->str, &libs);
	int before = out->len;
	for (int i = 0; i < libs.len; i++) {
		DwFile *lf = dw_open(libs.data[i], &err);
		SemErr *le = lf ? expand_file(R, tmpl, lf, exec, libs.data[i], 2, unnamed, out) : NULL;
		if (le)
			e = le;
	}
	if (out->len > before)
		return NULL;
	if (e)
		return e;
	Vec names = {0};
	dw_library_paths(f, &names);
	return sem_err("process-nomatch", NULL, NULL, "no match%s",
		       similar_kind(R->comps[1].c->lhs->str, &names, "libraries"));
}

/* process("PATTERN")... (memory/last_100_frees.stp probes libc.so.* in
 * /lib*): as stap 4.8, a path with glob characters is a glob over the
 * build host's files; each regular file it names (once, canonical; one
 * that is no ELF file matches nothing) is probed as if written, what one
 * of them fails to match is dropped, and only nothing at all is "no
 * match". */
static SemErr *expand_glob(Resolve *R, const Probe *tmpl, Vec *out)
{
	Node *c0 = R->comps[0].c, *arg = c0->lhs;
	glob_t g;
	int rc = glob(arg->str, 0, NULL, &g);
	if (rc)
		return sem_err("process-glob", NULL, NULL, "glob %s error (%d)", arg->str, rc);
	Vec seen = {0};
	int before = out->len;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		const char *path = g.gl_pathv[i];
		struct stat st;
		if (stat(path, &st) || !S_ISREG(st.st_mode))
			continue;       /* stap takes any regular file: a library
					   need not be executable */
		const char *real = dw_find_exec(path);
		bool dup = !real;
		for (int k = 0; k < seen.len && !dup; k++)
			dup = !strcmp(seen.data[k], real);
		if (dup)
			continue;
		vec_push(&seen, (void *)real);
		c0->lhs = new_str(arg->tok, real);
		expand_exec(R, tmpl, out);
		c0->lhs = arg;
	}
	globfree(&g);
	return out->len > before ? NULL : sem_err("pp-nomatch", NULL, NULL, "no match");
}

/* process("PATH")..., the path maybe a glob */
static SemErr *expand_process(Resolve *R, const Probe *tmpl, Vec *out)
{
	Node *a = R->comps[0].c->lhs;
	if (a && a->kind == ND_STR && strpbrk(a->str, "*?["))
		return expand_glob(R, tmpl, out);
	return expand_exec(R, tmpl, out);
}

/* process.begin/.end, process("PATH").begin/.end, process(PID)...: the
 * path canonical in the point, the origin as the user wrote it. */
static SemErr *resolve_process_life(Resolve *R, Probe *p)
{
	p->ulife = has_comp(R, "begin") ? 'b' : 'e';
	if (!R->comps[0].c->lhs)
		return NULL;
	const char *exec;
	Node *a = R->comps[0].c->lhs;
	SemErr *e = process_path(R, &exec);
	if (e && a->kind == ND_NUM)
		return e;
	if (e)                  /* stap keeps a path it cannot find: the */
		exec = a->str;  /* runtime matches it when it appears    */
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

/* $vars of process probes are bound by dwv_bind_probe() (dwarf_vars.c). */

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
	 "module(string).function(string).return\n"
	 "kernel.function(string).return.maxactive(number)\n"
	 "module(string).function(string).return.maxactive(number)", NULL, expand_kfunc, 0},
	{K_KPROBE, "kprobe",
	 "kprobe.function(string)\nkprobe.function(string).call\n"
	 "kprobe.function(string).return\nkprobe.function(string).return.maxactive(number)\n"
	 "kprobe.module(string).function(string)\n"
	 "kprobe.module(string).function(string).call\n"
	 "kprobe.module(string).function(string).return\n"
	 "kprobe.module(string).function(string).return.maxactive(number)\n"
	 "kprobe.statement(number).absolute", NULL, expand_kprobe, 0},
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
	 "process(string).function(string).callee(string)\n"
	 "process(string).function(string).callees\n"
	 "process(string).function(string).callees(number)\n"
	 "process.function(string).callee(string)\nprocess.function(string).callees\n"
	 "process.function(string).callees(number)\n"
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
	 "process.library(string).mark(string)\n"
	 "process.library(string).plt\nprocess.library(string).plt.return\n"
	 "process.library(string).plt(string)\nprocess.library(string).plt(string).return",
	 NULL, expand_process, PRIV_ALL},
	{K_PROCESS_LIFE, "process.begin",
	 "process.begin\nprocess.end\nprocess(string).begin\nprocess(string).end\n"
	 "process(number).begin\nprocess(number).end", resolve_process_life, NULL, PRIV_ALL},
	{K_NETFILTER, "netfilter",
	 "netfilter.hook(string).pf(string)\nnetfilter.pf(string).hook(string)\n"
	 "netfilter.hook(string).pf(string).priority(string)\n"
	 "netfilter.pf(string).hook(string).priority(string)", resolve_netfilter, NULL, 0},
	/* process kinds stap has that are not built here yet */
	{K_UNSUPPORTED, NULL,
	 "process(string).function(string).callee(string).return\n"
	 "process(string).function(string).callees.return\n"
	 "process(string).function(string).callees(number).return\n"
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
		/* stap names the last component written */
		return sem_err("pp-truncated", R->comps[R->ncomps - 1].c->tok, NULL,
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
			if (p->ksym && R->t->s->list_vars)
				kernel_list_params(R->t->s, p);  /* its $params (BTF) */
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
