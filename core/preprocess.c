/* preprocess.c - %( cond %? a %: b %) and @define macros, as stap 4.8.
 *
 * Two stages over the lexer's tokens, as in stap's parser:
 *
 *  1. macros (scan1): @define NAME[(a, b)] %( body %) records a token
 *     list; @NAME / @NAME(x, y) pushes an activation that replays the body,
 *     each replayed token a copy chained to the invocation.  Arguments are
 *     token runs (split at top-level ',' with ( and [ nesting); inside the
 *     body @a expands argument a in the context of the invocation (a
 *     closure).  Unknown @words pass through (@cast, @entry...).
 *  2. conditionals (scan_pp): %( l op r [&&|| l op r ...] %? then %: else %)
 *     with && binding tighter than ||, no parentheses.  An untaken branch
 *     is skipped token by token (macros still expand there, @define does
 *     not, and errors are dropped), minding only nested %( %).
 *
 * Errors: stap throws, prints, and its parser skips to the next top-level
 * keyword.  Here pp_error() prints at once and marks the PP; pp_next() then
 * hands the parser a junk token with an empty junk_msg ("already
 * reported"), on which the parser says nothing and recovers.  The
 * preprocessor state stays as stap leaves it, so the cascades match too.
 *
 * Unlike stap, which loops forever, a macro that invokes itself (directly
 * or through others) is an error: "recursive macro invocation '@foo'".
 */
#define _GNU_SOURCE
#include "stap.h"

#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct Act Act;

typedef struct Macro {
	const char *name;
	const Token *tok;       /* name at the definition; invocation for a param */
	const char **formals;
	int nformals;
	Token **body;
	int nbody;
	bool library;           /* from a .stpm file: sees library macros only */
	int lib_dir;            /* library: its tapset directory's index      */
	bool is_param;          /* an argument closure */
	Act *env;               /* param: activation whose params @x sees */
	Act *src;               /* param: lexical source of its tokens */
} Macro;

/* One macro being replayed. */
struct Act {
	const Token *tok;       /* the invocation: chain of replayed tokens */
	Macro *m;
	int cursor;
	const char **names;     /* parameter bindings visible in this body */
	Macro **args;
	int nargs;
	Act *from;              /* body activation that produced tok (or NULL) */
};

/* name -> Macro, open addressing. */
struct MacroTable {
	Macro **slot;
	unsigned cap, n;
};

enum { PP_NONE, PP_KEEP_THEN, PP_SKIP_THEN, PP_KEEP_ELSE, PP_SKIP_ELSE };

typedef struct {
	const Token *open;      /* the %( */
	int state;
} Cond;

struct PP {
	Session *s;
	Lexer *L;
	const char *fname;
	struct MacroTable local;        /* @define'd in this file */
	Act **acts;                     /* activation stack */
	int nacts, capacts;
	Cond *conds;                    /* open conditionals */
	int nconds, capconds;
	Token *eof;
	int quiet;                      /* >0 while skipping: errors dropped */
	const Token *err;               /* set when an error was raised */
	bool printed;                   /* ... and it was printed */
};

/* ---- macro tables ---- */

static unsigned name_hash(const char *s)
{
	unsigned h = 2166136261u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static Macro **table_slot(struct MacroTable *t, const char *name)
{
	unsigned i = name_hash(name) & (t->cap - 1);
	while (t->slot[i] && strcmp(t->slot[i]->name, name))
		i = (i + 1) & (t->cap - 1);
	return &t->slot[i];
}

static Macro *table_get(struct MacroTable *t, const char *name)
{
	return t && t->cap ? *table_slot(t, name) : NULL;
}

static void table_put(struct MacroTable *t, Macro *m)
{
	if ((t->n + 1) * 2 > t->cap) {
		struct MacroTable old = *t;
		t->cap = old.cap ? old.cap * 2 : 64;
		t->slot = xalloc(t->cap * sizeof(Macro *));
		t->n = 0;
		for (unsigned i = 0; i < old.cap; i++)
			if (old.slot[i])
				table_put(t, old.slot[i]);
	}
	Macro **sl = table_slot(t, m->name);
	if (!*sl)
		t->n++;
	*sl = m;
}

/* ---- errors ---- */

/* Whether an error from this check was printed before: stap prints each
 * check's error once per session unless -v (the key is the check, not the
 * text; keys share the session's list of printed messages, marked by a
 * leading \1 as the parser's are). */
static bool site_seen(Session *s, int site)
{
	char key[16];
	snprintf(key, sizeof key, "\1pp:%d", site);
	for (int i = 0; i < s->seen_msgs.len; i++)
		if (!strcmp(s->seen_msgs.data[i], key))
			return true;
	vec_push(&s->seen_msgs, xstrdup(key));
	return false;
}

/* Report at `tok` (label "at", as stap prints errors it throws with a
 * token) and mark the PP failed.  A junk token reports its own message,
 * as stap does.  `site` is the check (__LINE__).  Returns NULL so callers
 * can `return pp_error(...)`. */
#define pp_error(p, tok, ...) pp_error_at(p, __LINE__, tok, __VA_ARGS__)

static Token *pp_error_at(PP *p, int site, const Token *tok, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static Token *pp_error_at(PP *p, int site, const Token *tok, const char *fmt, ...)
{
	Session *s = p->s;
	if (!tok)
		tok = p->eof;
	if (!tok) {
		static Token nowhere = { .kind = TK_EOF, .str = "" };
		tok = &nowhere;
	}
	p->err = tok;
	p->printed = false;
	if (p->quiet)
		return NULL;
	if (tok->kind == TK_JUNK && tok->junk_msg && !*tok->junk_msg)
		return NULL;            /* reported already */
	if (site_seen(s, site) && !s->verbose) {
		s->nerrors++;
		s->nsuppressed++;
		return NULL;
	}
	const char *label = tok->kind == TK_EOF ? "saw" : "at";
	va_list ap;
	va_start(ap, fmt);
	const char *msg = xvfmt(fmt, ap);
	va_end(ap);
	if (tok->kind == TK_JUNK && tok->junk_msg) {
		msg = tok->junk_msg;
		label = "at";
	}
	/* diag() drops a text printed before; stap prints it again when
	 * another check produced it */
	int verbose = s->verbose;
	s->verbose = 1;
	diag(s, "parse error", label, tok, "%s", msg);
	s->verbose = verbose;
	p->printed = true;
	return NULL;
}

/* A second block belonging to the error just reported (stap's chained
 * error): printed the same way but not counted again. */
static void pp_error_note(PP *p, const Token *tok, const char *msg)
{
	Session *s = p->s;
	if (!p->printed)
		return;
	int verbose = s->verbose;
	s->verbose = 1;
	diag(s, "parse error", "at", tok, "%s", msg);
	s->verbose = verbose;
	s->nerrors--;
}

/* ---- stage 1: macros ---- */

static bool is_op(const Token *t, const char *op)
{
	return t && t->kind == TK_OP && !strcmp(t->str, op);
}

static Act *top_act(PP *p)
{
	return p->nacts ? p->acts[p->nacts - 1] : NULL;
}

static void push_act(PP *p, Act *a)
{
	if (p->nacts == p->capacts) {
		p->capacts = p->capacts ? p->capacts * 2 : 16;
		Act **n = xalloc(p->capacts * sizeof(Act *));
		if (p->nacts)
			memcpy(n, p->acts, p->nacts * sizeof(Act *));
		p->acts = n;
	}
	p->acts[p->nacts++] = a;
}

/* Next raw token: from the innermost activation, else the lexer.  NULL at
 * the end of a macro body or of the input. */
static Token *next1(PP *p)
{
	Act *a = top_act(p);
	if (!a) {
		Token *t = lex_next(p->L);
		if (t->kind == TK_EOF) {
			p->eof = t;
			return NULL;
		}
		return t;
	}
	if (a->cursor >= a->m->nbody)
		return NULL;
	Token *t = xalloc(sizeof(*t));
	*t = *a->m->body[a->cursor++];
	t->chain = a->tok;
	return t;
}

static void vec_to_tokens(Vec *v, Token ***out, int *n)
{
	*out = (Token **)v->data;
	*n = v->len;
}

/* Collect a macro body up to its %) (nested %( %) kept); returns the
 * closing %) or NULL at the end of input. */
static Token *slurp_body(PP *p, Vec *body)
{
	int nesting = 0;
	for (;;) {
		Token *t = next1(p);
		if (!t)
			return NULL;
		if (is_op(t, "%("))
			nesting++;
		else if (is_op(t, "%)") && nesting)
			nesting--;
		else if (is_op(t, "%)"))
			return t;
		vec_push(body, t);
	}
}

/* Collect one macro argument: stops at an unbracketed ',' or an unmatched
 * ')', which it returns (NULL at the end of input or of a macro body). */
static Token *slurp_arg(PP *p, Vec *arg)
{
	int nesting = 0;
	for (;;) {
		Token *t = next1(p);
		if (!t)
			return NULL;
		if (is_op(t, "(") || is_op(t, "["))
			nesting++;
		else if (nesting && (is_op(t, ")") || is_op(t, "]")))
			nesting--;
		else if (!nesting && (is_op(t, ")") || is_op(t, ",")))
			return t;
		vec_push(arg, t);
	}
}

/* The @words stap itself gives meaning to: a macro by such a name gets a
 * warning. */
static bool is_atword(const char *name)
{
	static const char *const atwords[] = {
		"cast", "defined", "probewrite", "entry", "perf", "var", "avg",
		"count", "sum", "min", "max", "hist_linear", "hist_log", "const",
		"variance", "kregister", "uregister", "kderef", "uderef",
	};
	for (size_t i = 0; i < sizeof atwords / sizeof *atwords; i++)
		if (!strcmp(name, atwords[i]))
			return true;
	return false;
}

/* (a, b, c) after a macro name; false after reporting an error.  *after
 * gets the token that follows the list. */
static bool define_formals(PP *p, Macro *m, Token **after)
{
	Vec names = {0};
	Token *t;
	do {
		t = next1(p);
		if (!t || t->kind != TK_IDENT)
			return pp_error(p, t, "expected identifier"), false;
		/* kept even if the list goes wrong later, as stap keeps it */
		vec_push(&names, (void *)t->str);
		m->formals = (const char **)names.data;
		m->nformals = names.len;
		t = next1(p);
		if (!is_op(t, ",") && !is_op(t, ")"))
			return pp_error(p, t, "expected ',' or ')'"), false;
	} while (is_op(t, ","));
	*after = next1(p);
	return true;
}

/* @define NAME[(a, ...)] %( body %), the @define already read.  The macro
 * is registered as soon as its name is known, as stap does. */
static void define_macro(PP *p)
{
	Token *t = next1(p);
	if (!t || t->kind != TK_IDENT) {
		pp_error(p, t, "expected identifier");
		return;
	}
	Macro *old = table_get(&p->local, t->str);
	if (old) {
		pp_error(p, t, "attempt to redefine macro '@%s' in the same file", t->str);
		pp_error_note(p, old->tok, xfmt("macro '@%s' first defined here", t->str));
		return;
	}
	if (!strcmp(t->str, "define")) {
		pp_error(p, t, "attempt to redefine '@define'");
		return;
	}
	if (is_atword(t->str))
		lex_warn(p->s, t, "macro redefines built-in operator '@%s'", t->str);
	Macro *m = xalloc(sizeof(*m));
	m->name = t->str;
	m->tok = t;
	table_put(&p->local, m);

	Token *n = next1(p);
	bool params = is_op(n, "(");
	if (params && !define_formals(p, m, &n))
		return;
	if (!is_op(n, "%(")) {
		pp_error(p, n, params ? "expected '%%('" : "expected '%%(' or '('");
		return;
	}
	Vec body = {0};
	if (!slurp_body(p, &body)) {
		pp_error(p, m->tok, "incomplete macro definition - missing '%%)'");
		return;
	}
	vec_to_tokens(&body, &m->body, &m->nbody);
}

/* The activation whose body lexically produced the tokens read from `a`:
 * an argument's tokens come from where the macro was invoked. */
static Act *lexical_source(Act *a)
{
	return a && a->m->is_param ? a->m->src : a;
}

/* Is `m` already being expanded on the path that produced this token? */
static bool recursive(Act *src, Macro *m)
{
	for (Act *a = src; a; a = a->from)
		if (a->m == m)
			return true;
	return false;
}

static Macro *lookup(PP *p, Act *a, const char *name)
{
	/* from the last: with a repeated name, stap binds the last argument */
	if (a)
		for (int i = a->nargs - 1; i >= 0; i--)
			if (!strcmp(a->names[i], name))
				return a->args[i];
	Macro *m = NULL;
	if (!(a && a->m->library))
		m = table_get(&p->local, name);
	return m ? m : table_get(p->s->lib_macros, name);
}

/* Read the arguments of an invocation of `m` into closures bound in `na`.
 * False after reporting an error. */
static bool invocation_args(PP *p, Act *na, Act *cur)
{
	Macro *m = na->m;
	int n = m->nformals;
	Token *t = next1(p);
	if (!is_op(t, "("))
		return pp_error(p, t ? t : na->tok,
				"expected '(' in invocation of macro '@%s' taking %d parameter%s",
				m->name, n, n == 1 ? "" : "s"), false;
	na->names = m->formals;
	na->args = xalloc(n * sizeof(Macro *));
	na->nargs = n;
	for (int i = 0; i < n; i++) {
		Macro *a = xalloc(sizeof(*a));
		a->name = m->formals[i];
		a->tok = na->tok;
		a->is_param = true;
		a->env = cur;
		a->src = lexical_source(cur);
		na->args[i] = a;
		Vec arg = {0};
		t = slurp_arg(p, &arg);
		vec_to_tokens(&arg, &a->body, &a->nbody);
		if (!t)
			return pp_error(p, na->tok, "could not find end of macro invocation"), false;
		if (is_op(t, ",") && i + 1 == n)
			return pp_error(p, t, "too many parameters for macro '@%s' (expected %d)",
					m->name, n), false;
		if (is_op(t, ")") && i + 1 != n)
			return pp_error(p, t, "too few parameters for macro '@%s' (expected %d)",
					m->name, n), false;
	}
	return true;
}

/* @name at `t`: start expanding it if it names a macro or a parameter.
 * Returns false when `t` is an ordinary @word or an error was reported. */
static bool invoke(PP *p, Token *t)
{
	Act *cur = top_act(p);
	Macro *m = lookup(p, cur, t->str + 1);
	if (!m)
		return false;
	Act *na = xalloc(sizeof(*na));
	na->tok = t;
	na->m = m;
	if (m->is_param) {
		/* an argument: expand it where it was written */
		if (m->env) {
			na->names = m->env->names;
			na->args = m->env->args;
			na->nargs = m->env->nargs;
		}
	} else {
		na->from = lexical_source(cur);
		if (recursive(na->from, m)) {
			pp_error(p, t, "recursive macro invocation '@%s'", m->name);
			return false;
		}
		if (m->nformals && !invocation_args(p, na, cur))
			return false;
	}
	push_act(p, na);
	return true;
}

/* Stage 1: the next token with macros expanded and @define handled (not
 * while skipping).  Returns the EOF token at the end, NULL on error. */
static Token *scan1(PP *p, bool skipping)
{
	for (;;) {
		Token *t = next1(p);
		if (!t) {
			if (!p->nacts)
				return p->eof;
			p->nacts--;
			continue;
		}
		if (t->kind != TK_OP || t->str[0] != '@')
			return t;
		if (!skipping && !strcmp(t->str, "@define")) {
			if (p->nacts)
				return pp_error(p, t, "'@define' forbidden inside macro body");
			define_macro(p);
			if (p->err)
				return NULL;
			continue;
		}
		if (!invoke(p, t)) {
			if (p->err)
				return NULL;
			return t;
		}
	}
}

/* ---- stage 2: conditionals ---- */

/* strverscmp/strcmp/number result (-1, 0, 1) against a comparison
 * operator; -1 when `op` is not one. */
static int compare_by(const Token *op, int c)
{
	static const struct { const char *op; signed char lt, eq, gt; } ops[] = {
		{ "==", 0, 1, 0 }, { "!=", 1, 0, 1 }, { "<", 1, 0, 0 },
		{ "<=", 1, 1, 0 }, { ">", 0, 0, 1 },  { ">=", 0, 1, 1 },
	};
	for (size_t i = 0; i < sizeof ops / sizeof *ops; i++)
		if (is_op(op, ops[i].op))
			return c < 0 ? ops[i].lt : c > 0 ? ops[i].gt : ops[i].eq;
	return -1;
}

static int sign(long long v)
{
	return (v > 0) - (v < 0);
}

/* == / != against a glob (fnmatch, no escapes, as stap); -1 for another
 * operator. */
static int glob_by(const Token *op, const char *pat, const char *s)
{
	bool match = !fnmatch(pat, s, FNM_NOESCAPE);
	if (is_op(op, "=="))
		return match;
	if (is_op(op, "!="))
		return !match;
	return -1;
}

/* A number in a condition: stap reads it as a decimal int64_t (so 010 is
 * ten and 0x10 is an error). */
static bool cond_number(PP *p, const Token *t, long long *v)
{
	char *end;
	errno = 0;
	*v = strtoll(t->str, &end, 10);
	if (errno || *end || !*t->str) {
		pp_error(p, t, "bad lexical cast");
		return false;
	}
	return true;
}

/* A CONFIG_ value as a number (strtoll base 0); false if it is not one. */
static bool config_number(const char *s, long long *v)
{
	char *end;
	errno = 0;
	*v = strtoll(s, &end, 0);
	return !errno && !*end;
}

/* Result of one comparison: 0/1, or -1 after an error. */
typedef int (*CondFn)(PP *p, const Token *l, const Token *op, const Token *r);

static int versioned(PP *p, const Token *l, const Token *op, const Token *r)
{
	Session *s = p->s;
	if (r->kind != TK_STRING)
		return pp_error(p, r, "expected string literal"), -1;
	const char *target = !strcmp(l->str, "kernel_v") ? s->kernel_version
			   : !strcmp(l->str, "kernel_vr") ? s->kernel_release
			   : s->compatible ? s->compatible : STAP_VERSION;
	if (!target)
		target = "";
	if (compare_by(op, 0) < 0)
		return pp_error(p, op, "expected comparison operator"), -1;
	bool wild = strpbrk(r->str, "*?[") != NULL;
	if (wild) {
		int g = glob_by(op, r->str, target);
		if (g < 0)
			pp_error(p, op, "wildcard not allowed with order comparison operators");
		return g;
	}
	return compare_by(op, sign(strverscmp(target, r->str)));
}

/* arch, runtime, systemtap_privilege: a string, == or != only. */
static int named_string(PP *p, const Token *l, const Token *op, const Token *r)
{
	Session *s = p->s;
	if (r->kind != TK_STRING)
		return pp_error(p, r, "expected string literal"), -1;
	int res;
	if (!strcmp(l->str, "systemtap_privilege")) {
		const char *priv = s->privilege ? s->privilege : "stapdev";
		res = is_op(op, "==") ? !strcmp(priv, r->str)
		    : is_op(op, "!=") ? !!strcmp(priv, r->str) : -1;
	} else {
		const char *target = !strcmp(l->str, "arch") ? (s->arch ? s->arch : "")
				   : s->runtime == RT_BPF ? "bpf" : "kernel";
		res = glob_by(op, r->str, target);
	}
	if (res < 0)
		pp_error(p, op, "expected '==' or '!='");
	return res;
}

static int guru_mode(PP *p, const Token *l, const Token *op, const Token *r)
{
	(void)l;
	long long v;
	if (r->kind != TK_NUMBER)
		return pp_error(p, r, "expected number"), -1;
	if (!cond_number(p, r, &v))
		return -1;
	if (v != 0 && v != 1)
		return pp_error(p, op, "expected 0 or 1"), -1;
	if (!is_op(op, "==") && !is_op(op, "!="))
		return pp_error(p, op, "expected '==' or '!='"), -1;
	return compare_by(op, sign((long long)p->s->guru - v));
}

static int config_option(PP *p, const Token *l, const Token *op, const Token *r)
{
	const char *lhs = kconfig_get(p->s, l->str);
	long long a, b;
	int res;
	if (r->kind == TK_STRING) {
		if ((res = glob_by(op, r->str, lhs)) < 0)
			pp_error(p, op, "expected '==' or '!='");
		return res;
	}
	if (r->kind == TK_NUMBER) {
		if (!config_number(lhs, &a))
			return pp_error(p, l, "Config option value not a number"), -1;
		if (!cond_number(p, r, &b))
			return -1;
		res = compare_by(op, (a > b) - (a < b));
	} else if (r->kind == TK_IDENT && !strncmp(r->str, "CONFIG_", 7)) {
		const char *rhs = kconfig_get(p->s, r->str);
		if (config_number(lhs, &a) && config_number(rhs, &b))
			res = compare_by(op, (a > b) - (a < b));
		else
			res = compare_by(op, sign(strcmp(lhs, rhs)));
	} else {
		return pp_error(p, r, "expected string, number literal or other "
				"CONFIG_... as right side operand"), -1;
	}
	if (res < 0)
		pp_error(p, op, "expected comparison operator");
	return res;
}

/* Literal against literal, or nothing stap knows. */
static int literals(PP *p, const Token *l, const Token *op, const Token *r)
{
	int res = -2;
	long long a, b;
	if (l->kind == TK_STRING && r->kind == TK_STRING) {
		res = compare_by(op, sign(strcmp(l->str, r->str)));
	} else if (l->kind == TK_NUMBER && r->kind == TK_NUMBER) {
		if (!cond_number(p, l, &a) || !cond_number(p, r, &b))
			return -1;
		res = compare_by(op, (a > b) - (a < b));
	} else if (l->kind == TK_STRING && r->kind == TK_NUMBER && op->kind == TK_OP) {
		return pp_error(p, r, "expected string literal as right value"), -1;
	} else if (l->kind == TK_NUMBER && r->kind == TK_STRING && op->kind == TK_OP) {
		return pp_error(p, r, "expected number literal as right value"), -1;
	}
	if (res == -1)
		pp_error(p, op, "expected comparison operator");
	if (res == -2)
		return pp_error(p, l, "expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',\n"
				"             'runtime', 'systemtap_privilege', 'CONFIG_...', or\n"
				"             comparison between strings or integers"), -1;
	return res;
}

/* What a condition's left identifier selects. */
static const struct {
	const char *name;
	CondFn fn;
} cond_kinds[] = {
	{ "kernel_v", versioned },      { "kernel_vr", versioned },
	{ "systemtap_v", versioned },   { "systemtap_privilege", named_string },
	{ "guru_mode", guru_mode },     { "arch", named_string },
	{ "runtime", named_string },
};

static int eval_cond(PP *p, const Token *l, const Token *op, const Token *r)
{
	if (l->kind == TK_IDENT) {
		for (size_t i = 0; i < sizeof cond_kinds / sizeof *cond_kinds; i++)
			if (!strcmp(l->str, cond_kinds[i].name))
				return cond_kinds[i].fn(p, l, op, r);
		if (!strncmp(l->str, "CONFIG_", 7))
			return config_option(p, l, op, r);
	}
	return literals(p, l, op, r);
}

static void push_cond(PP *p, const Token *open, int state)
{
	if (p->nconds == p->capconds) {
		p->capconds = p->capconds ? p->capconds * 2 : 8;
		Cond *n = xalloc(p->capconds * sizeof(Cond));
		if (p->nconds)
			memcpy(n, p->conds, p->nconds * sizeof(Cond));
		p->conds = n;
	}
	p->conds[p->nconds++] = (Cond){ open, state };
}

/* After %(: evaluate `l op r (&& l op r)* (|| ...)* %?` and open the
 * conditional.  All comparisons are evaluated (stap does not short-cut). */
static bool open_cond(PP *p, const Token *open)
{
	bool result = false, and_result = true;
	Token *n;
	for (;;) {
		Token *l = scan1(p, false);
		Token *op = l ? scan1(p, false) : NULL;
		Token *r = op ? scan1(p, false) : NULL;
		if (p->err)
			return false;
		if (l->kind == TK_EOF || op->kind == TK_EOF || r->kind == TK_EOF)
			return pp_error(p, open, "incomplete condition after '%%('"), false;
		int v = eval_cond(p, l, op, r);
		if (v < 0)
			return false;
		and_result &= v;
		if (!(n = scan1(p, false)))
			return false;
		if (is_op(n, "&&"))
			continue;
		result |= and_result;
		and_result = true;
		if (!is_op(n, "||"))
			break;
	}
	if (!is_op(n, "%?"))
		return pp_error(p, open, "expected '%%?' marker for conditional"), false;
	push_cond(p, open, result ? PP_KEEP_THEN : PP_SKIP_THEN);
	return true;
}

/* Skip an untaken branch: up to the %: %? or %) that ends it. */
static Token *skip_branch(PP *p)
{
	int nesting = 0;
	p->quiet++;
	for (;;) {
		Token *t = scan1(p, true);
		if (!t) {
			p->err = NULL;
			continue;
		}
		if (t->kind == TK_EOF)
			break;
		if (is_op(t, "%("))
			nesting++;
		else if (nesting && is_op(t, "%)"))
			nesting--;
		else if (!nesting && (is_op(t, "%:") || is_op(t, "%?") || is_op(t, "%)"))) {
			p->quiet--;
			return t;
		}
	}
	p->quiet--;
	return p->eof;
}

/* A preprocessor token in the kept stream; false to hand `t` on. */
static bool pp_directive(PP *p, Token *t, int st)
{
	if (t->kind != TK_OP || t->str[0] != '%' || !t->str[1])
		return false;
	if (is_op(t, "%?")) {
		pp_error(p, t, "incomplete conditional - missing '%%('");
	} else if (is_op(t, "%:")) {
		if (st == PP_NONE)
			pp_error(p, t, "incomplete conditional - missing '%%('");
		else if (st == PP_KEEP_ELSE || st == PP_SKIP_ELSE)
			pp_error(p, t, "invalid conditional - duplicate '%%:'");
		else
			p->conds[p->nconds - 1].state =
				st == PP_KEEP_THEN ? PP_SKIP_ELSE : PP_KEEP_ELSE;
	} else if (is_op(t, "%)")) {
		if (st == PP_NONE)
			pp_error(p, t, "incomplete conditional - missing '%%('");
		else
			p->nconds--;
	} else if (is_op(t, "%(")) {
		open_cond(p, t);
	} else {
		return false;
	}
	return true;
}

/* Stage 2: the next token of the taken branches; NULL on error. */
static Token *scan_pp(PP *p)
{
	for (;;) {
		int st = p->nconds ? p->conds[p->nconds - 1].state : PP_NONE;
		bool skip = st == PP_SKIP_THEN || st == PP_SKIP_ELSE;
		Token *t = skip ? skip_branch(p) : scan1(p, false);
		if (!t)
			return NULL;
		if (t->kind == TK_EOF) {
			if (st == PP_NONE)
				return t;
			const Token *open = p->conds[--p->nconds].open;
			return pp_error(p, open, "incomplete conditional at end of file");
		}
		if (!pp_directive(p, t, st))
			return t;
		if (p->err)
			return NULL;
	}
}

PP *pp_new(Session *s, Lexer *L)
{
	PP *p = xalloc(sizeof(*p));
	p->s = s;
	p->L = L;
	return p;
}

Token *pp_next(PP *p)
{
	Token *t = scan_pp(p);
	if (t)
		return t;
	/* already reported: the parser recovers without a word */
	const Token *at = p->err;
	p->err = NULL;
	Token *j = xalloc(sizeof(*j));
	*j = *at;
	j->kind = TK_JUNK;
	j->str = "";
	j->len = 0;
	j->junk_msg = "";
	return j;
}

/* ---- library macros (.stpm) ---- */

/* Parse one .stpm file: only @define's (conditionals around them are
 * fine).  Its macros join the library unless it has an error or redefines
 * a library macro, in which case the whole file is skipped. */
/* A .stpm file of tapset directory number `dir` (the -I ones first).  A
 * macro an earlier directory defines already is left to it (-I puts
 * directories in front: SystemTap's own library given with -I shadows
 * ours); defined twice within one directory's files, it is stap's
 * duplicate-definition error. */
static void load_stpm(Session *s, const char *path, int dir)
{
	size_t len;
	char *text = read_file(path, &len);
	if (!text)
		return;
	SrcFile *f = srcfile_new(xstrdup(path), text, len);
	f->is_tapset = true;
	PP *p = pp_new(s, lex_new(s, f));
	int errors = s->nerrors;
	for (;;) {
		Token *t = pp_next(p);
		if (t->kind == TK_EOF)
			break;
		if (!(t->kind == TK_JUNK && t->junk_msg && !*t->junk_msg))
			pp_error(p, t, "unexpected token in library macro file '%s'", path);
		break;
	}
	if (!s->lib_macros)
		s->lib_macros = xalloc(sizeof(struct MacroTable));
	/* stap reports the first clash in name order */
	Macro *dup = NULL, *old = NULL;
	for (unsigned i = 0; s->nerrors == errors && i < p->local.cap; i++) {
		Macro *m = p->local.slot[i], *was = m ? table_get(s->lib_macros, m->name) : NULL;
		if (was && was->lib_dir == dir && (!dup || strcmp(m->name, dup->name) < 0))
			dup = m;
	}
	if (dup) {
		old = table_get(s->lib_macros, dup->name);
		pp_error(p, dup->tok, "duplicate definition of library macro '@%s'", dup->name);
		pp_error_note(p, old->tok, xfmt("macro '@%s' first defined here", dup->name));
	}
	if (s->nerrors != errors) {
		lex_warn(s, NULL, "macro tapset \"%s\" has errors, and will be skipped.", path);
		return;
	}
	for (unsigned i = 0; i < p->local.cap; i++) {
		Macro *m = p->local.slot[i];
		if (m && !table_get(s->lib_macros, m->name)) {
			m->library = true;
			m->lib_dir = dir;
			table_put(s->lib_macros, m);
		}
	}
}

/* Subdirectories searched in each tapset dir, most specific first, as
 * stap builds them: runtime/release/arch ... down to the dir itself. */
Vec tapset_suffixes(Session *s)
{
	Vec v = {0}, out = {0};
	const char *vr = s->kernel_release ? s->kernel_release : "";
	const char *base = s->kernel_version ? s->kernel_version : vr;
	vec_push(&v, xfmt("/%s", vr));
	if (strcmp(vr, base))
		vec_push(&v, xfmt("/%s", base));
	/* kernel family: 6.1.0 -> 6.1 (stop at the first dot) */
	char *fam = xstrdup(base), *dot1 = strchr(fam, '.'), *dot2;
	while (dot1 && (dot2 = strrchr(fam, '.')) > dot1) {
		*dot2 = 0;
		vec_push(&v, xfmt("/%s", fam));
	}
	vec_push(&v, "");
	const char *rt = s->runtime == RT_BPF ? "/bpf" : "/linux";
	for (int pass = 0; pass < 2; pass++)
		for (int i = 0; i < v.len; i++) {
			const char *suf = xfmt("%s%s", pass ? "" : rt, (char *)v.data[i]);
			vec_push(&out, xfmt("%s/%s", suf, s->arch ? s->arch : ""));
			vec_push(&out, (void *)suf);
		}
	return out;
}

typedef struct {
	dev_t dev;
	ino_t ino;
	const char *tail;
} Seen;

/* Was this file (by inode, or by its path below the tapset dir) loaded? */
static bool seen_before(Vec *seen, const char *path, size_t dirlen)
{
	struct stat st;
	bool have = !stat(path, &st);
	const char *tail = path + dirlen;
	for (int i = 0; i < seen->len; i++) {
		Seen *x = seen->data[i];
		if ((have && x->dev == st.st_dev && x->ino == st.st_ino) ||
		    !strcmp(x->tail, tail))
			return true;
	}
	Seen *x = xalloc(sizeof(*x));
	x->dev = have ? st.st_dev : 0;
	x->ino = have ? st.st_ino : 0;
	x->tail = tail;
	vec_push(seen, x);
	return false;
}

void pp_load_library(Session *s)
{
	if (!s->lib_macros)
		s->lib_macros = xalloc(sizeof(struct MacroTable));
	Vec suffixes = tapset_suffixes(s), seen = {0};
	for (int d = 0; d < s->tapset_dirs.len; d++) {
		const char *dir = s->tapset_dirs.data[d];
		for (int k = 0; k < suffixes.len; k++) {
			glob_t g;
			const char *pat = xfmt("%s%s/*.stpm", dir, (char *)suffixes.data[k]);
			if (glob(pat, 0, NULL, &g))
				continue;
			for (size_t j = 0; j < g.gl_pathc; j++) {
				const char *path = xstrdup(g.gl_pathv[j]);
				if (!seen_before(&seen, path, strlen(dir)))
					load_stpm(s, path, d);
			}
			globfree(&g);
		}
	}
}
