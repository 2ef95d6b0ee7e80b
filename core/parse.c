/* parse.c - pass 1: tokens to AST, for the whole SystemTap 4.8 language.
 *
 * A recursive-descent parser with one token of lookahead, pulling tokens
 * from the preprocessor.  It follows stap's own parser closely in the one
 * respect users can see: which token has been consumed when an error is
 * found.  stap reports an error at the last token it peeked at or took
 * ("saw:"), or at a token it names ("at:"), and then skips to the next
 * top-level keyword; so whether a rule peeks or takes decides the position
 * printed and where recovery starts.  peek(), next() and swallow() below
 * behave exactly like stap's, and each rule uses them in stap's order.
 *
 * Errors unwind with longjmp to parse_file's loop (memory is an arena, so
 * nothing leaks).  stap prints an error only the first time a given check
 * fails (it keys on the throw site, not the text), unless -v; FAIL records
 * its source line as that key, so one FAIL here per stap throw site.
 *
 * Nesting is bounded (MAX_DEPTH) so that deep input is a parse error, not a
 * stack overflow; long flat chains (a + b + c ...) are loops, not recursion.
 */
#define _GNU_SOURCE /* strverscmp */
#include "stap.h"

#include <limits.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 1000

/* What kind of top-level item is being parsed: `return` needs a function. */
enum { CTX_UNKNOWN, CTX_PROBE, CTX_GLOBAL, CTX_FUNCTION, CTX_EMBEDDED };

/* A set of names (globals of a file, parameters of a function), so that
 * duplicate checks stay linear on machine-made input. */
typedef struct {
	Node **slot;
	int cap, len;
} NameSet;

typedef struct {
	Session *s;
	SrcFile *file;
	PP *pp;
	Token *la;          /* the lookahead token, valid when have_la */
	bool have_la;       /* (la may be NULL: end of input) */
	Token *last;        /* last token from peek() or next(); NULL after
			       swallow() or at end of input, like stap's last_t */
	Token *eof;         /* "FILE EOF" position for errors without a token */
	bool privileged;    /* tapset or -g: embedded C allowed */
	bool user_file;     /* the user's script (not a tapset) */
	int context;        /* CTX_*: the top-level item being parsed */
	int depth;          /* recursion depth, see MAX_DEPTH */
	int nerrors;        /* errors in this file */
	NameSet globals;    /* this file's globals, for duplicate checks */
	Node *items, *items_tail;
	jmp_buf jb;         /* where errors unwind to */
	/* the error being thrown */
	int err_site;
	const char *err_msg;
	Token *err_tok;     /* the token named ("at:"), or NULL for "saw:" */
	bool err_skip;      /* skip to the next top-level item afterwards */
} Parser;

/* ------------------------------------------------------------------ */
/* Errors                                                              */

/* Throw a parse error.  `site` identifies the check (stap prints a check's
 * error once unless -v); `at` names a token ("at:"), else the position is
 * the last token seen ("saw:"); `skip` asks for recovery by skipping to the
 * next top-level keyword. */
static __attribute__((noreturn, format(printf, 5, 6)))
void fail(Parser *P, int site, Token *at, bool skip, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	P->err_msg = xvfmt(fmt, ap);
	va_end(ap);
	P->err_site = site;
	P->err_tok = at;
	P->err_skip = skip;
	longjmp(P->jb, 1);
}

#define FAIL(P, ...)          fail(P, __LINE__, NULL, true, __VA_ARGS__)
#define FAIL_AT(P, t, ...)    fail(P, __LINE__, t, true, __VA_ARGS__)
#define FAIL_NOSKIP(P, ...)   fail(P, __LINE__, NULL, false, __VA_ARGS__)

/* Whether this error site printed before; stap keeps one set per session
 * (all files), in the same list util.c keeps printed messages in.  A site
 * key starts with a byte no message starts with. */
static bool site_seen(Session *s, int site)
{
	char key[16];
	snprintf(key, sizeof key, "\1parse:%d", site);
	for (int i = 0; i < s->seen_msgs.len; i++)
		if (!strcmp(s->seen_msgs.data[i], key))
			return true;
	vec_push(&s->seen_msgs, xstrdup(key));
	return false;
}

/* The preprocessor's mark for an error it has printed already: stap
 * would have thrown it from inside peek() or next(). */
static bool reported_junk(const Token *t)
{
	return t && t->kind == TK_JUNK && t->junk_msg && !t->junk_msg[0];
}

/* Print the error just thrown, as stap does: a junk token shows the
 * lexer's message for it; a named token shows "at:"; otherwise "saw:" the
 * last token, or "FILE EOF" when there is none. */
static void report(Parser *P)
{
	Session *s = P->s;
	Token *t = P->err_tok ? P->err_tok : P->last;
	const char *label = P->err_tok ? "at" : "saw";
	const char *msg = P->err_msg;

	P->nerrors++;
	if (reported_junk(t))
		return;
	if (t && t->kind == TK_JUNK && t->junk_msg) {
		msg = t->junk_msg;
		label = "at";
	}
	if (site_seen(s, P->err_site) && !s->verbose) {
		s->nerrors++;
		s->nsuppressed++;
		return;
	}
	/* diag() would also drop a text it printed before, but stap prints
	 * the same text again when another check produced it. */
	int verbose = s->verbose;
	s->verbose = 1;
	diag(s, "parse error", label, t ? t : P->eof, "%s", msg);
	s->verbose = verbose;
}

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

/* Spelling comparisons, mostly against string literals (the macros take
 * the length at compile time: this is the parser's innermost loop). */
static inline bool spelled(const Token *t, const char *s, int n)
{
	return t->len == n && !memcmp(t->str, s, n);
}

static inline bool tok_eq(const Token *t, TokKind kind, const char *s, int n)
{
	return t && t->kind == kind && spelled(t, s, n);
}

#define IS(t, lit)      spelled(t, lit, sizeof(lit) - 1)
#define is_op(t, lit)   tok_eq(t, TK_OP, lit, sizeof(lit) - 1)
#define is_kw(t, lit)   tok_eq(t, TK_KEYWORD, lit, sizeof(lit) - 1)

static bool is_ident(const Token *t) { return t && t->kind == TK_IDENT; }

/* @cast, @sum, @foo...: operators to stap. */
static bool is_atword(const Token *t)
{
	return t && t->kind == TK_OP && t->len >= 1 && t->str[0] == '@';
}

/* An identifier made only of '$': a pretty-print suffix ($foo $). */
static bool is_dollars(const Token *t)
{
	if (!is_ident(t))
		return false;
	for (int i = 0; i < t->len; i++)
		if (t->str[i] != '$')
			return false;
	return true;
}

static char *tok_text(const Token *t) { return xstrndup(t->str, t->len); }

static Token *scan(Parser *P)
{
	Token *t = pp_next(P->pp);
	return t->kind == TK_EOF ? NULL : t;
}

/* The next token without taking it; NULL at the end of input. */
static Token *peek(Parser *P)
{
	if (!P->have_la) {
		P->la = scan(P);
		P->have_la = true;
	}
	return P->last = P->la;
}

/* Take the next token; the end of input is an error here. */
static Token *next(Parser *P)
{
	if (!P->have_la) {
		P->la = scan(P);
		P->have_la = true;
	}
	if (!P->la)
		FAIL(P, "unexpected end-of-file");
	P->have_la = false;
	return P->last = P->la;
}

/* Drop the token last peeked (or taken); stap then has no "last token",
 * so an error right after a swallow() shows "FILE EOF". */
static void swallow(Parser *P)
{
	P->have_la = false;
	P->last = NULL;
}

/* Count a level of recursion; too deep is an error at the next token. */
static void enter(Parser *P)
{
	if (++P->depth > MAX_DEPTH)
		FAIL_AT(P, peek(P), "nesting too deep (more than %d levels)", MAX_DEPTH);
}

static void leave(Parser *P) { P->depth--; }

/* stap's expect_known(): take a token of this kind and spelling. */
static void expect(Parser *P, TokKind kind, const char *str, int len)
{
	Token *t = next(P);
	if (!tok_eq(t, kind, str, len))
		FAIL(P, "expected '%s'", str);
	swallow(P);
}

#define expect_op(P, lit) expect(P, TK_OP, lit, sizeof(lit) - 1)
#define expect_kw(P, lit) expect(P, TK_KEYWORD, lit, sizeof(lit) - 1)

/* Take one of two operators, e.g. ")" or ","; returns the one taken. */
static Token *expect_op2(Parser *P, const char *a, const char *b)
{
	Token *t = next(P);
	if (tok_eq(t, TK_OP, a, strlen(a)) || tok_eq(t, TK_OP, b, strlen(b))) {
		swallow(P);
		return t;
	}
	FAIL(P, "expected one of '%s %s'", a, b);
}

/* ------------------------------------------------------------------ */
/* Nodes                                                               */

static Node *new_node(NodeKind kind, Token *tok)
{
	Node *n = xalloc(sizeof(*n));
	n->kind = kind;
	n->tok = tok;
	return n;
}

static Node *new_binary(NodeKind kind, Token *op, Node *lhs, Node *rhs)
{
	Node *n = new_node(kind, op);
	n->op = tok_text(op);
	n->lhs = lhs;
	n->rhs = rhs;
	return n;
}

/* Appending to a list through a pointer to its last `next` field. */
typedef struct {
	Node *head, **tail;
} List;

static void list_init(List *l) { l->head = NULL, l->tail = &l->head; }

static void list_add(List *l, Node *n)
{
	*l->tail = n;
	l->tail = &n->next;
}

/* ---- name sets ---- */

static unsigned name_hash(const char *s)
{
	unsigned h = 2166136261u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}

static Node **nameset_slot(NameSet *ns, const char *name)
{
	unsigned i = name_hash(name) & (ns->cap - 1);
	while (ns->slot[i] && strcmp(ns->slot[i]->name, name))
		i = (i + 1) & (ns->cap - 1);
	return &ns->slot[i];
}

static Node *nameset_find(NameSet *ns, const char *name)
{
	return ns->cap ? *nameset_slot(ns, name) : NULL;
}

static void nameset_add(NameSet *ns, Node *n)
{
	if (2 * (ns->len + 1) > ns->cap) {
		NameSet old = *ns;
		ns->cap = old.cap ? old.cap * 2 : 16;
		ns->slot = xalloc(ns->cap * sizeof(Node *));
		for (int i = 0; i < old.cap; i++)
			if (old.slot[i])
				*nameset_slot(ns, old.slot[i]->name) = old.slot[i];
	}
	*nameset_slot(ns, n->name) = n;
	ns->len++;
}

/* --compatible: some forms are newer than the version asked for. */
static bool has_version(Parser *P, const char *v)
{
	return strverscmp(P->s->compatible ? P->s->compatible : STAP_VERSION, v) >= 0;
}

/* ------------------------------------------------------------------ */
/* Literals                                                            */

static Node *parse_expression(Parser *P);
static Node *parse_ternary(Parser *P);
static Node *parse_statement(Parser *P);
static Node *parse_stmt_block(Parser *P);

/* A number token's value, negated when `neg`: false when out of range.
 * stap allows 0..2^64-1 (the high half wraps to negative) and, negated,
 * down to -2^63. */
static bool number_value(const Token *t, bool neg, int64_t *v)
{
	uint64_t u = (uint64_t)t->num;
	if (t->num_bad || (neg && u > (uint64_t)1 << 63))
		return false;
	*v = neg ? (int64_t)(0 - u) : (int64_t)u;
	return true;
}

/* expect_number = ["-"] NUMBER */
static int64_t expect_number(Parser *P)
{
	bool neg = false;
	int64_t v;
	Token *t = next(P);
	if (is_op(t, "-")) {
		neg = true;
		swallow(P);
		t = next(P);
	}
	if (t->kind != TK_NUMBER)
		FAIL(P, "expected number");
	if (!number_value(t, neg, &v))
		FAIL(P, "number invalid or out of range");
	swallow(P);
	return v;
}

/* string_literals = STRING STRING* -- adjacent strings concatenate.
 * `t` has been taken; the ones after it are taken here. */
static Node *string_literals(Parser *P, Token *t)
{
	Node *n = new_node(ND_STR, t);
	Token *u = peek(P);
	if (!u || u->kind != TK_STRING) {
		n->str = t->str;
		n->slen = t->len;
		return n;
	}
	Buf b = {0};
	buf_putn(&b, t->str, t->len);
	for (; u && u->kind == TK_STRING; u = peek(P)) {
		buf_putn(&b, u->str, u->len);
		next(P);
	}
	n->str = buf_str(&b);
	n->slen = (int)b.len;
	return n;
}

/* literal_string = string_literals */
static Node *parse_literal_string(Parser *P)
{
	Token *t = next(P);
	if (t->kind != TK_STRING)
		FAIL(P, "expected literal string");
	return string_literals(P, t);
}

/* literal = string_literals | ["-"] NUMBER */
static Node *parse_literal(Parser *P)
{
	Token *t = next(P);
	if (t->kind == TK_STRING)
		return string_literals(P, t);
	bool neg = false;
	if (is_op(t, "-")) {
		neg = true;
		swallow(P);
		t = next(P);
	}
	if (t->kind != TK_NUMBER)
		FAIL(P, "expected literal string or number");
	Node *n = new_node(ND_NUM, t);
	if (!number_value(t, neg, &n->num))
		FAIL(P, "number invalid or out of range");
	return n;
}

/* expect_string = string_literals, in @cast/@var/@const (stap's
 * expect_unknown(tok_string)) */
static Node *expect_string(Parser *P)
{
	Token *t = next(P);
	if (t->kind != TK_STRING)
		FAIL(P, "expected string");
	return string_literals(P, t);
}

/* ------------------------------------------------------------------ */
/* Target symbols: $var, @cast, @var and their ->member / [index] tails  */

/* The '$'s ending `s` that make a pretty-print ($foo$, $foo$$), when the
 * name does not consist of '$' alone: how many, and the rest's length. */
static int pretty_suffix(const char *s, int len, int *keep)
{
	int k = len;
	while (k > 0 && s[k - 1] == '$')
		k--;
	*keep = k;
	return len - k;
}

/* components = ( "->" (IDENT | KEYWORD) | "[" expression "]" )* ["$"...]
 * A trailing run of '$' (on the name, on a member, or as its own token)
 * asks for pretty-printing and ends the chain.  New components go after
 * any the operand already has: &($x->a)->b. */
static void parse_components(Parser *P, Node *e)
{
	List comps;     /* appends in place: tail points into e->list */
	comps.head = NULL;
	comps.tail = &e->list;
	while (*comps.tail)
		comps.tail = &(*comps.tail)->next;

	int pretty = 0, keep;
	if (e->kind == ND_TARGET) {
		int n = pretty_suffix(e->name, (int)strlen(e->name), &keep);
		if (keep > 0 && n > 0) {
			e->name = xstrndup(e->name, keep);
			pretty = n;
		}
	}
	while (!pretty) {
		Token *t = peek(P);
		if (is_op(t, "->")) {
			next(P);
			Token *m = next(P);
			if (m->kind != TK_IDENT && m->kind != TK_KEYWORD)
				FAIL(P, "expected identifier or keyword");
			swallow(P);
			pretty = pretty_suffix(m->str, m->len, &keep);
			if (keep) {
				Node *c = new_node(ND_COMP_MEMBER, t);
				c->name = xstrndup(m->str, keep);
				list_add(&comps, c);
			}
		} else if (is_op(t, "[")) {
			next(P);
			Node *c = new_node(ND_COMP_INDEX, t);
			c->lhs = parse_expression(P);
			list_add(&comps, c);
			expect_op(P, "]");
		} else {
			break;
		}
	}
	if (!pretty && is_dollars(peek(P)))
		pretty = next(P)->len;
	if (pretty > e->pretty)
		e->pretty = pretty;
	if (pretty && (is_op(peek(P), "->") || is_op(peek(P), "[")))
		FAIL(P, "-> and [ are not accepted for a pretty-printing variable");
}

/* Whether a ->member, [index] or '$' tail follows a value. */
static bool peek_components(Parser *P)
{
	Token *t = peek(P);
	return is_op(t, "->") || is_op(t, "[") || is_dollars(t);
}

/* cast = "@cast" "(" expression "," string ["," string] ")" */
static Node *parse_cast(Parser *P)
{
	Node *n = new_node(ND_CAST, next(P));
	expect_op(P, "(");
	n->lhs = parse_expression(P);
	expect_op(P, ",");
	Node *type = expect_string(P);
	if (!type->slen)
		FAIL(P, "expected non-empty string");
	n->str = type->str;
	n->slen = type->slen;
	if (is_op(peek(P), ",")) {
		swallow(P);
		n->str2 = expect_string(P)->str;
	}
	expect_op(P, ")");
	return n;
}

/* atvar = "@var" "(" string ["," string] ")" */
static Node *parse_atvar(Parser *P)
{
	Node *n = new_node(ND_ATVAR, next(P));
	expect_op(P, "(");
	Node *name = expect_string(P);
	n->str = name->str;
	n->slen = name->slen;
	if (is_op(peek(P), ",")) {
		swallow(P);
		n->str2 = expect_string(P)->str;
	}
	expect_op(P, ")");
	return n;
}

/* ------------------------------------------------------------------ */
/* Values                                                              */

/* The print family: which names, and how their first argument reads. */
#define PF(name, f, d, nl) {name, sizeof(name) - 1, f, d, nl}
static const struct {
	const char *name;
	int len;
	bool format, delim, newline;
} print_funcs[] = {
	PF("print", 0, 0, 0),     PF("println", 0, 0, 1),
	PF("printf", 1, 0, 0),    PF("printd", 0, 1, 0),
	PF("printdln", 0, 1, 1),  PF("sprint", 0, 0, 0),
	PF("sprintln", 0, 0, 1),  PF("sprintf", 1, 0, 0),
	PF("sprintd", 0, 1, 0),   PF("sprintdln", 0, 1, 1),
	PF("print_char", 0, 0, 0),
};

static int print_func(const Token *t)
{
	if (t->kind != TK_IDENT || t->len < 5 || (t->str[0] != 'p' && t->str[0] != 's'))
		return -1;
	for (int i = 0; i < (int)(sizeof print_funcs / sizeof *print_funcs); i++)
		if (spelled(t, print_funcs[i].name, print_funcs[i].len))
			return i;
	return -1;
}

/* hist_op = "@hist_linear" "(" expression "," number "," number "," number ")"
 *         | "@hist_log" "(" expression ")"
 * hist_or_name = hist_op | IDENT | @word
 * Returns the name token; *hist is set for a histogram. */
static Token *parse_hist_or_name(Parser *P, Node **hist)
{
	*hist = NULL;
	Token *t = next(P);
	if (!is_ident(t) && !is_atword(t))
		FAIL(P, "expected identifier or statistical operation");
	bool linear = IS(t, "@hist_linear");
	if (!linear && !IS(t, "@hist_log"))
		return t;
	Node *h = new_node(ND_HIST, t);
	h->op = tok_text(t);
	expect_op(P, "(");
	h->lhs = parse_expression(P);
	List params;
	list_init(&params);
	for (int i = 0; linear && i < 3; i++) {
		expect_op(P, ",");
		Node *num = new_node(ND_NUM, peek(P));
		num->num = expect_number(P);
		list_add(&params, num);
	}
	h->list = params.head;
	expect_op(P, ")");
	*hist = h;
	return t;
}

/* indexable = hist_op | IDENT | @word */
static Node *parse_indexable(Parser *P)
{
	Node *hist;
	Token *t = parse_hist_or_name(P, &hist);
	if (hist)
		return hist;
	Node *n = new_node(ND_SYM, t);
	n->name = tok_text(t);
	return n;
}

/* index_list = ( "*" | expression ) ( "," ( "*" | expression ) )* "]"
 * after the "[" has been taken. */
static Node *parse_index_list(Parser *P)
{
	List l;
	list_init(&l);
	for (;;) {
		Token *t = peek(P);
		if (is_op(t, "*")) {
			swallow(P);
			list_add(&l, new_node(ND_STAR, t));
		} else {
			list_add(&l, parse_expression(P));
		}
		if (IS(expect_op2(P, "]", ","), "]"))
			return l.head;
	}
}

/* stat_op = @avg|@count|@sum|@min|@max|@variance "(" expression
 *           ("," number)* ")"
 * Only @variance takes a parameter.  Like stap, tokens that are neither
 * "," nor ")" after the operand are passed over. */
static Node *parse_stat_op(Parser *P, Token *t)
{
	static const char *ops[] = {"@avg", "@count", "@sum", "@min", "@max", "@variance"};
	int max_params = -1;
	for (int i = 0; i < 6; i++)
		if (t->len == (int)strlen(ops[i]) && !memcmp(t->str, ops[i], t->len))
			max_params = i == 5;
	if (max_params < 0)
		FAIL(P, "unknown operator %s", tok_text(t));
	expect_op(P, "(");
	Node *n = new_node(ND_STAT, t);
	n->op = tok_text(t);
	n->lhs = parse_expression(P);
	List params;
	list_init(&params);
	for (int k = 0;;) {
		Token *u = next(P);
		if (is_op(u, ")")) {
			swallow(P);
			break;
		}
		if (!is_op(u, ","))
			continue;
		if (k >= max_params)
			FAIL_AT(P, u, "not more than %d parameter%s allowed",
				max_params + 1, max_params ? "s" : "");
		swallow(P);
		Node *num = new_node(ND_NUM, peek(P));
		num->num = expect_number(P);
		list_add(&params, num);
		k++;
	}
	n->list = params.head;
	return n;
}

/* print(@hist_op) prints the histogram; print(@hist_op[i], ...) a bucket. */
static void parse_print_hist(Parser *P, List *args)
{
	Node *hist;
	Token *t = parse_hist_or_name(P, &hist);
	if (!is_op(peek(P), "[")) {
		list_add(args, hist);
		return;
	}
	expect_op(P, "[");
	Node *ix = new_node(ND_INDEX, t);
	ix->lhs = hist;
	ix->list = parse_expression(P);
	expect_op(P, "]");
	list_add(args, ix);
	while (!is_op(peek(P), ")")) {
		expect_op2(P, ",", ")");
		list_add(args, parse_expression(P));
	}
}

/* A printf format as stap 4.8's parser reads it: '%', at most one flag,
 * a width (digits or '*'), a precision, at most one 'l', a conversion. */
static bool format_ok(const char *f, int len)
{
	for (int i = 0; i < len; i++) {
		if (f[i] != '%')
			continue;
		if (++i < len && strchr("-+ #0", f[i]))
			i++;
		if (i < len && f[i] == '*')
			i++;
		else
			while (i < len && f[i] >= '0' && f[i] <= '9')
				i++;
		if (i < len && f[i] == '.') {
			if (++i < len && f[i] == '*')
				i++;
			else
				while (i < len && f[i] >= '0' && f[i] <= '9')
					i++;
		}
		if (i < len && f[i] == 'l')
			i++;
		if (i >= len || !f[i] || !strchr("bcdimMopsuxX%", f[i]))
			return false;
	}
	return true;
}

/* print_call = PRINTNAME "(" [format_or_delim] args ")"
 * printf/sprintf take a literal format string first, printd* a literal
 * delimiter and at least two values, print/sprint/print_char one value. */
static Node *parse_print(Parser *P, Token *t, int which)
{
	Node *n = new_node(ND_PRINT, t);
	n->op = tok_text(t);
	List args;
	list_init(&args);
	expect_op(P, "(");
	/* print(@hist_op(s)) prints the histogram; stap tells by the names */
	bool hist_ok = IS(t, "print") || IS(t, "println") || IS(t, "sprint") ||
		       IS(t, "sprintln");
	if (hist_ok && (is_op(peek(P), "@hist_linear") || is_op(peek(P), "@hist_log"))) {
		parse_print_hist(P, &args);
	} else {
		int min_args = 0;
		bool took = false;
		if (print_funcs[which].format || print_funcs[which].delim) {
			Node *f = parse_literal_string(P);
			if (print_funcs[which].format && !format_ok(f->str, f->slen)) {
				peek(P);	/* stap: "saw:" the token after it */
				FAIL(P, "invalid or missing conversion specifier");
			}
			list_add(&args, f);
			took = true;
			min_args = print_funcs[which].delim ? 2 : 0;
		} else if (!print_funcs[which].newline) {
			min_args = 1;
		}
		while (min_args || !is_op(peek(P), ")")) {
			if (took)
				expect_op2(P, ",", ")");
			list_add(&args, parse_expression(P));
			took = true;
			if (min_args)
				min_args--;
		}
	}
	expect_op(P, ")");
	n->list = args.head;
	return n;
}

/* call = IDENT "(" [expression ("," expression)*] ")" */
static Node *parse_call(Parser *P, Token *t)
{
	Node *n = new_node(ND_CALL, t);
	n->name = tok_text(t);
	swallow(P);
	if (is_op(peek(P), ")")) {
		swallow(P);
		return n;
	}
	List args;
	list_init(&args);
	do
		list_add(&args, parse_expression(P));
	while (!IS(expect_op2(P, ")", ","), ")"));
	n->list = args.head;
	return n;
}

/* defined_or_entry = ("@defined" | "@entry") "(" expression ")", after
 * the @word has been taken. */
static Node *parse_paren_operand(Parser *P, NodeKind kind, Token *t)
{
	Node *n = new_node(kind, t);
	expect_op(P, "(");
	n->lhs = parse_expression(P);
	expect_op(P, ")");
	return n;
}

/* probewrite = "@probewrite" "(" IDENT ")" */
static Node *parse_probewrite(Parser *P, Token *t)
{
	Node *n = new_node(ND_PROBEWRITE, t);
	expect_op(P, "(");
	Token *id = next(P);
	if (!is_ident(id))
		FAIL(P, "expected identifier");
	swallow(P);
	n->lhs = new_node(ND_SYM, id);
	n->lhs->name = tok_text(id);
	expect_op(P, ")");
	return n;
}

/* const = "@const" "(" string ")" -- guru only */
static Node *parse_const(Parser *P, Token *t)
{
	if (!P->privileged)
		FAIL_NOSKIP(P, "using @const operator not permitted; need stap -g");
	Node *n = new_node(ND_CONST, t);
	expect_op(P, "(");
	Node *s = expect_string(P);
	if (!s->slen)
		FAIL(P, "expected non-empty string");
	n->str = s->str;
	n->slen = s->slen;
	expect_op(P, ")");
	return n;
}

/* perf = "@perf" "(" literal_string ")" */
static Node *parse_perf(Parser *P, Token *t)
{
	Node *n = new_node(ND_PERF, t);
	expect_op(P, "(");
	Node *s = parse_literal_string(P);
	if (!s->slen)
		FAIL(P, "expected non-empty string");
	n->str = s->str;
	n->slen = s->slen;
	expect_op(P, ")");
	return n;
}

/* register = ("@kregister" | "@uregister") "(" number ")"
 * deref = ("@kderef" | "@uderef") "(" number "," expression ")"
 * The kernel forms need guru mode. */
static Node *parse_register(Parser *P, Token *t, bool deref)
{
	if (t->str[1] == 'k' && !P->privileged) {
		if (deref)
			FAIL_NOSKIP(P, "using @kderef operator not permitted; need stap -g");
		FAIL_NOSKIP(P, "using @kregister operator not permitted; need stap -g");
	}
	Node *n = new_node(deref ? ND_DEREF : ND_REGISTER, t);
	n->op = tok_text(t);
	expect_op(P, "(");
	n->num = expect_number(P);
	if (deref) {
		expect_op(P, ",");
		n->lhs = parse_expression(P);
	}
	expect_op(P, ")");
	return n;
}

/* The @words that are not statistics; NULL if `t` is none of them. */
static Node *parse_special_atword(Parser *P, Token *t)
{
	if (IS(t, "@defined"))
		return parse_paren_operand(P, ND_DEFINED, t);
	if (IS(t, "@probewrite"))
		return parse_probewrite(P, t);
	if (IS(t, "@const"))
		return parse_const(P, t);
	if (IS(t, "@entry"))
		return parse_paren_operand(P, ND_ENTRY, t);
	if (IS(t, "@perf"))
		return parse_perf(P, t);
	if (has_version(P, "4.0")) {
		if (IS(t, "@kregister") || IS(t, "@uregister"))
			return parse_register(P, t, false);
		if (IS(t, "@kderef") || IS(t, "@uderef"))
			return parse_register(P, t, true);
	}
	return NULL;
}

/* symbol = hist_op ["[" index_list]
 *        | @defined(..) | @entry(..) | @const(..) | ... | stat_op
 *        | print_call | call | IDENT ["[" index_list]
 * A histogram on its own is not a value. */
static Node *parse_symbol(Parser *P)
{
	Node *hist, *base;
	Token *t = parse_hist_or_name(P, &hist);
	if (hist) {
		base = hist;
	} else {
		if (t->kind == TK_OP) {
			Node *n = parse_special_atword(P, t);
			return n ? n : parse_stat_op(P, t);
		}
		int which = print_func(t);
		if (which >= 0)
			return parse_print(P, t, which);
		if (is_op(peek(P), "("))
			return parse_call(P, t);
		base = new_node(ND_SYM, t);
		base->name = tok_text(t);
	}
	if (is_op(peek(P), "[")) {
		swallow(P);
		Node *ix = new_node(ND_INDEX, t);
		ix->lhs = base;
		ix->list = parse_index_list(P);
		return ix;
	}
	if (hist)
		FAIL_AT(P, t, "base histogram operator where expression expected");
	return base;
}

/* value = EMBEDDED | "(" expression ")" | symbol | literal */
static Node *parse_value(Parser *P)
{
	Token *t = peek(P);
	if (!t)
		FAIL(P, "expected value");
	if (t->kind == TK_EMBEDDED) {
		if (!P->privileged)
			FAIL_NOSKIP(P, "embedded expression code in unprivileged script; need stap -g");
		Node *n = new_node(ND_EMBED_EXPR, t);
		n->str = xstrndup(t->str, t->len);
		next(P);
		return n;
	}
	if (is_op(t, "(")) {
		swallow(P);
		Node *e = parse_expression(P);
		t = next(P);
		if (!is_op(t, ")"))
			FAIL(P, "expected ')'");
		swallow(P);
		return e;
	}
	if (is_ident(t) || is_atword(t))
		return parse_symbol(P);
	return parse_literal(P);
}

static bool is_target_kind(const Node *n)
{
	return n->kind == ND_TARGET || n->kind == ND_CAST ||
	       n->kind == ND_ATVAR || n->kind == ND_AUTOCAST;
}

/* dwarf_value = ["&"] ( $var | cast | atvar | value ) components
 * Any other value followed by -> or [ (or preceded by &) becomes an
 * "autocast" whose type pass 2 infers. */
static Node *parse_dwarf_value(Parser *P)
{
	Token *amp = is_op(peek(P), "&") ? next(P) : NULL;
	Token *t = peek(P);
	Node *e, *ts = NULL;
	if (t && t->kind == TK_IDENT && t->str[0] == '$') {
		next(P);
		e = ts = new_node(ND_TARGET, t);
		e->name = tok_text(t);
	} else if (t && IS(t, "@cast") && t->kind == TK_OP) {
		e = ts = parse_cast(P);
	} else if (t && IS(t, "@var") && t->kind == TK_OP) {
		e = ts = parse_atvar(P);
	} else if (amp && !has_version(P, "2.6")) {
		FAIL(P, "expected @cast, @var or $var");
	} else {
		e = parse_value(P);
		if (amp && is_target_kind(e)) {
			ts = e;
			if (e->flags & NF_ADDROF)
				FAIL_AT(P, amp, "cannot take address more than once");
		}
	}
	if (!ts && (amp || peek_components(P)) && has_version(P, "2.6")) {
		ts = new_node(ND_AUTOCAST, amp ? amp : peek(P));
		ts->lhs = e;
		e = ts;
	}
	if (ts) {
		if (amp)
			ts->flags |= NF_ADDROF;
		parse_components(P, ts);
	}
	return e;
}

/* crement = ("++" | "--") dwarf_value | dwarf_value ["++" | "--"] */
static Node *parse_crement(Parser *P)
{
	Token *t = peek(P);
	if (is_op(t, "++") || is_op(t, "--")) {
		next(P);
		Node *n = new_node(t->str[0] == '+' ? ND_PREINC : ND_PREDEC, t);
		n->op = tok_text(t);
		n->lhs = parse_dwarf_value(P);
		return n;
	}
	Node *e = parse_dwarf_value(P);
	t = peek(P);
	if (is_op(t, "++") || is_op(t, "--")) {
		next(P);
		Node *n = new_node(t->str[0] == '+' ? ND_POSTINC : ND_POSTDEC, t);
		n->op = tok_text(t);
		n->lhs = e;
		return n;
	}
	return e;
}

/* unary = ("+" | "-" | "!" | "~") unary | crement */
static Node *parse_unary(Parser *P)
{
	Token *t = peek(P);
	if (!(is_op(t, "+") || is_op(t, "-") || is_op(t, "!") || is_op(t, "~")))
		return parse_crement(P);
	enter(P);
	next(P);
	Node *n = new_node(ND_UNARY, t);
	n->op = tok_text(t);
	n->lhs = parse_unary(P);
	leave(P);
	return n;
}

/* ------------------------------------------------------------------ */
/* Binary operators                                                    */

/*
 * The left-associative levels, loosest first.  Two levels in the middle are
 * not simple chains: `in` (array membership) and the comparisons (which
 * include the single, non-chaining regex match).
 *
 *   ||   &&   |   ^   &   [in]   [== != < > <= >= =~ !~]   << >> >>>   .
 *   + -   * / %
 */
enum { L_OR, L_AND, L_BOR, L_XOR, L_BAND, L_IN, L_CMP, L_SHIFT, L_CAT,
       L_ADD, L_MUL, L_UNARY };

/* The operators of the simple levels. */
static bool level_op(const Token *t, int lvl)
{
	if (!t || t->kind != TK_OP)
		return false;
	switch (lvl) {
	case L_OR:    return IS(t, "||");
	case L_AND:   return IS(t, "&&");
	case L_BOR:   return IS(t, "|");
	case L_XOR:   return IS(t, "^");
	case L_BAND:  return IS(t, "&");
	case L_SHIFT: return IS(t, "<<") || IS(t, ">>") || IS(t, ">>>");
	case L_CAT:   return IS(t, ".");
	case L_ADD:   return IS(t, "+") || IS(t, "-");
	case L_MUL:   return IS(t, "*") || IS(t, "/") || IS(t, "%");
	default:      return false;
	}
}

static Node *parse_level(Parser *P, int lvl);

static bool is_comparison(const Token *t)
{
	return is_op(t, "<") || is_op(t, ">") || is_op(t, "==") ||
	       is_op(t, "!=") || is_op(t, "<=") || is_op(t, ">=");
}

/* comparison = shift ( "=~" | "!~" ) literal_string
 *            | shift ( ("<" | ">" | "==" | "!=" | "<=" | ">=") shift )* */
static Node *parse_comparison(Parser *P)
{
	Node *lhs = parse_level(P, L_SHIFT);
	Token *t = peek(P);
	if (is_op(t, "=~") || is_op(t, "!~")) {
		next(P);
		return new_binary(ND_REGEX, t, lhs, parse_literal_string(P));
	}
	while (is_comparison(t)) {
		next(P);
		lhs = new_binary(ND_COMPARE, t, lhs, parse_level(P, L_SHIFT));
		t = peek(P);
	}
	return lhs;
}

/* array_in = "[" ("*" | comparison) ("," ("*" | comparison))* "]" "in" indexable
 *          | comparison ["in" indexable]
 * "[a]" without "in" is just a; a list needs the "in". */
static Node *parse_array_in(Parser *P)
{
	bool bracket = false;
	if (is_op(peek(P), "[")) {
		swallow(P);
		bracket = true;
	}
	List idx;
	list_init(&idx);
	for (;;) {
		Token *t = peek(P);
		if (bracket && is_op(t, "*")) {
			swallow(P);
			list_add(&idx, new_node(ND_STAR, t));
		} else {
			list_add(&idx, parse_comparison(P));
		}
		if (!bracket)
			break;
		t = peek(P);
		if (is_op(t, ",")) {
			swallow(P);
		} else if (is_op(t, "]")) {
			swallow(P);
			break;
		} else {
			FAIL(P, "expected ',' or ']'");
		}
	}
	Token *t = peek(P);
	if (is_kw(t, "in")) {
		next(P);
		Node *n = new_node(ND_IN, t);
		n->list = idx.head;
		n->rhs = parse_indexable(P);
		return n;
	}
	if (idx.head->next)
		FAIL(P, "unexpected comma-separated expression list");
	/* stap lets a lone [*] through as a null expression and crashes
	 * later; a slice means nothing without "in". */
	if (idx.head->kind == ND_STAR)
		FAIL(P, "expected 'in'");
	return idx.head;
}

/* level(L) = level(L+1) (OP(L) level(L+1))*  for the simple levels */
static Node *parse_level(Parser *P, int lvl)
{
	if (lvl == L_IN)
		return parse_array_in(P);
	if (lvl == L_CMP)
		return parse_comparison(P);
	if (lvl == L_UNARY)
		return parse_unary(P);
	Node *lhs = parse_level(P, lvl + 1);
	Token *t = peek(P);
	while (level_op(t, lvl)) {
		next(P);
		NodeKind kind = lvl <= L_AND ? ND_LOGICAL : ND_BINARY;
		lhs = new_binary(kind, t, lhs, parse_level(P, lvl + 1));
		t = peek(P);
	}
	return lhs;
}

/* ternary = logical_or ["?" expression ":" ternary]
 * (before 4.0 the last operand was a whole expression) */
static Node *parse_ternary(Parser *P)
{
	Node *cond = parse_level(P, L_OR);
	Token *t = peek(P);
	if (!is_op(t, "?"))
		return cond;
	enter(P);
	Node *n = new_node(ND_TERNARY, t);
	n->cond = cond;
	next(P);
	n->then = parse_expression(P);
	if (!is_op(next(P), ":"))
		FAIL(P, "expected ':'");
	swallow(P);
	n->els = has_version(P, "4.0") ? parse_ternary(P) : parse_expression(P);
	leave(P);
	return n;
}

/* = <<< += -= *= /= %= <<= >>= &= ^= |= .= (not == != <= >=) */
static bool is_assign_op(const Token *t)
{
	if (!t || t->kind != TK_OP)
		return false;
	if (IS(t, "<<<") || IS(t, "<<=") || IS(t, ">>=") || IS(t, "="))
		return true;
	return t->len == 2 && t->str[1] == '=' && strchr("+-*/%&^|.", t->str[0]);
}

/* expression = ternary [ASSIGNOP expression]   (right-associative) */
static Node *parse_expression(Parser *P)
{
	enter(P);
	Node *lhs = parse_ternary(P);
	Token *t = peek(P);
	if (is_assign_op(t)) {
		next(P);
		lhs = new_binary(ND_ASSIGN, t, lhs, parse_expression(P));
	}
	leave(P);
	return lhs;
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

/* block = "{" statement* "}" */
static Node *parse_stmt_block(Parser *P)
{
	Token *t = next(P);
	if (!is_op(t, "{"))
		FAIL(P, "expected '{'");
	Node *b = new_node(ND_BLOCK, t);
	List l;
	list_init(&l);
	for (;;) {
		t = peek(P);
		if (is_op(t, "}")) {
			swallow(P);
			break;
		}
		list_add(&l, parse_statement(P));
	}
	b->list = l.head;
	return b;
}

/* try = "try" block "catch" ["(" IDENT ")"] block */
static Node *parse_try(Parser *P)
{
	Token *t = next(P);
	Node *n = new_node(ND_TRY, t);
	n->then = parse_stmt_block(P);
	expect_kw(P, "catch");
	if (is_op(peek(P), "(")) {
		swallow(P);
		t = next(P);
		if (!is_ident(t))
			FAIL(P, "expected identifier");
		n->name = tok_text(t);
		expect_op(P, ")");
	}
	n->els = parse_stmt_block(P);
	return n;
}

/* "(" expression ")" of if/while */
static Node *parse_paren_cond(Parser *P)
{
	if (!is_op(next(P), "("))
		FAIL(P, "expected '('");
	swallow(P);
	Node *e = parse_expression(P);
	if (!is_op(next(P), ")"))
		FAIL(P, "expected ')'");
	swallow(P);
	return e;
}

/* if = "if" "(" expression ")" statement ["else" statement] */
static Node *parse_if(Parser *P)
{
	Node *n = new_node(ND_IF, next(P));
	n->cond = parse_paren_cond(P);
	n->then = parse_statement(P);
	if (is_kw(peek(P), "else")) {
		swallow(P);
		n->els = parse_statement(P);
	}
	return n;
}

/* while = "while" "(" expression ")" statement */
static Node *parse_while(Parser *P)
{
	Node *n = new_node(ND_WHILE, next(P));
	if (!is_op(next(P), "("))
		FAIL(P, "expected '('");
	swallow(P);
	n->cond = parse_expression(P);
	if (!is_op(next(P), ")"))
		FAIL(P, "expected ')'");
	swallow(P);
	n->then = parse_statement(P);
	return n;
}

/* expr_statement = expression */
static Node *parse_expr_statement(Parser *P)
{
	Token *t = peek(P);
	if (!t)
		FAIL(P, "expression statement expected");
	Node *n = new_node(ND_EXPR_STMT, t);
	n->lhs = parse_expression(P);
	return n;
}

/* for = "for" "(" [expr_statement] ";" [expression] ";" [expr_statement] ")"
 *       statement
 * A missing condition is NULL (true). */
static Node *parse_for(Parser *P)
{
	Node *n = new_node(ND_FOR, next(P));
	if (!is_op(next(P), "("))
		FAIL(P, "expected '('");
	swallow(P);
	if (is_op(peek(P), ";")) {
		swallow(P);
	} else {
		n->init = parse_expr_statement(P);
		if (!is_op(next(P), ";"))
			FAIL(P, "expected ';'");
		swallow(P);
	}
	if (is_op(peek(P), ";")) {
		next(P);
	} else {
		n->cond = parse_expression(P);
		if (!is_op(next(P), ";"))
			FAIL(P, "expected ';'");
		swallow(P);
	}
	if (is_op(peek(P), ")")) {
		swallow(P);
	} else {
		n->inc = parse_expr_statement(P);
		if (!is_op(next(P), ")"))
			FAIL(P, "expected ')'");
		swallow(P);
	}
	n->then = parse_statement(P);
	return n;
}

/* A sort marker "+" / "-" at the lookahead: NF_SORT_* or 0. */
static int peek_sort(Parser *P)
{
	Token *t = peek(P);
	return is_op(t, "+") ? NF_SORT_ASC : is_op(t, "-") ? NF_SORT_DESC : 0;
}

static Node *new_sym(Token *t)
{
	Node *n = new_node(ND_SYM, t);
	n->name = tok_text(t);
	return n;
}

/* The keys of a foreach, after any "VALUE =":
 * keys = IDENT [sort] | "[" IDENT [sort] ("," IDENT [sort])* "]" */
static void parse_foreach_keys(Parser *P, Node *n, List *keys)
{
	bool bracket = false;
	if (is_op(peek(P), "[")) {
		swallow(P);
		bracket = true;
	}
	for (int k = 1;; k++) {
		Token *t = next(P);
		if (!is_ident(t))
			FAIL(P, "expected identifier");
		list_add(keys, new_sym(t));
		int dir = peek_sort(P);
		if (dir) {
			if (n->sort_key)
				FAIL(P, "multiple sort directives");
			n->flags |= dir;
			n->sort_key = k;
			swallow(P);
		}
		if (!bracket)
			return;
		t = peek(P);
		if (is_op(t, ",")) {
			swallow(P);
		} else if (is_op(t, "]")) {
			swallow(P);
			return;
		} else {
			FAIL(P, "expected ',' or ']'");
		}
	}
}

/* slice = "[" ("*" | expression) ("," ("*" | expression))* "]"
 * after a foreach's array; the "[" has been peeked at. */
static Node *parse_foreach_slice(Parser *P, Node *base, Token *bracket)
{
	swallow(P);
	Node *ix = new_node(ND_INDEX, bracket);
	ix->lhs = base;
	List l;
	list_init(&l);
	for (;;) {
		Token *t = peek(P);
		if (is_op(t, "*")) {
			swallow(P);
			list_add(&l, new_node(ND_STAR, t));
		} else {
			list_add(&l, parse_expression(P));
		}
		t = peek(P);
		if (is_op(t, ",")) {
			swallow(P);
		} else if (is_op(t, "]")) {
			swallow(P);
			break;
		} else {
			FAIL(P, "expected ',' or ']'");
		}
	}
	ix->list = l.head;
	return ix;
}

/* An aggregate to sort by, "@sum" etc., which needs a sort marker. */
static void parse_sort_aggregate(Parser *P, Node *n, Token *t)
{
	static const char *aggr[] = {"@avg", "@min", "@max", "@count", "@sum", "@variance"};
	for (int i = 0; i < 6 && !n->op; i++)
		if (t->len == (int)strlen(aggr[i]) && !memcmp(t->str, aggr[i], t->len))
			n->op = aggr[i];
	if (!n->op)
		FAIL(P, "expected statistical operation");
	swallow(P);
	if (!peek_sort(P))
		FAIL(P, "expected sort directive");
}

/* The array of a foreach and what may follow it:
 * indexable [slice] [@stat sort] [sort] ["limit" expression] */
static void parse_foreach_array(Parser *P, Node *n)
{
	n->rhs = parse_indexable(P);
	Token *t = peek(P);
	if (is_op(t, "["))
		n->rhs = parse_foreach_slice(P, n->rhs, t);
	t = peek(P);
	if (is_atword(t))
		parse_sort_aggregate(P, n, t);
	int dir = peek_sort(P);
	if (dir) {
		if (n->sort_key)
			FAIL(P, "multiple sort directives");
		n->flags |= dir;
		n->sort_key = -1;
		swallow(P);
	}
	if (is_kw(peek(P), "limit")) {
		swallow(P);
		n->limit = parse_expression(P);
	}
}

/* foreach = "foreach" "(" [IDENT [sort] "="] keys "in" foreach_array ")"
 *           statement */
static Node *parse_foreach(Parser *P)
{
	Node *n = new_node(ND_FOREACH, next(P));
	if (!is_op(next(P), "("))
		FAIL(P, "expected '('");
	swallow(P);
	List keys;
	list_init(&keys);
	/* IDENT [sort] is the value if "=" follows, else the only key */
	Token *t = peek(P);
	if (is_ident(t)) {
		next(P);
		int dir = peek_sort(P);
		if (dir)
			swallow(P);
		if (is_op(peek(P), "=")) {
			swallow(P);
			n->lhs = new_sym(t);
			n->flags |= dir;
			n->sort_key = dir ? -1 : 0;
			parse_foreach_keys(P, n, &keys);
		} else {
			list_add(&keys, new_sym(t));
			n->flags |= dir;
			n->sort_key = dir ? 1 : 0;
		}
	} else {
		parse_foreach_keys(P, n, &keys);
	}
	n->list = keys.head;
	if (!is_kw(next(P), "in"))
		FAIL(P, "expected 'in'");
	swallow(P);
	parse_foreach_array(P, n);
	if (!is_op(next(P), ")"))
		FAIL(P, "expected ')'");
	swallow(P);
	n->then = parse_statement(P);
	return n;
}

/* return = "return" [expression] -- only in functions */
static Node *parse_return(Parser *P)
{
	Node *n = new_node(ND_RETURN, next(P));
	if (P->context != CTX_FUNCTION)
		FAIL(P, "found 'return' not in function context");
	Token *t = peek(P);
	if (!t)
		FAIL(P, "expected ';', '}' or an expression statement");
	if (!is_op(t, ";") && !is_op(t, "}"))
		n->lhs = parse_expression(P);
	return n;
}

/* delete = "delete" expression */
static Node *parse_delete(Parser *P)
{
	Node *n = new_node(ND_DELETE, next(P));
	n->lhs = parse_expression(P);
	return n;
}

/* The statements that start with their own keyword; NULL for any other
 * keyword.  *simple tells whether a ";" after it belongs to it. */
static Node *parse_keyword_statement(Parser *P, Token *t, bool *simple)
{
	*simple = false;
	if (IS(t, "try"))
		return parse_try(P);
	if (IS(t, "if"))
		return parse_if(P);
	if (IS(t, "for"))
		return parse_for(P);
	if (IS(t, "foreach"))
		return parse_foreach(P);
	if (IS(t, "while"))
		return parse_while(P);
	*simple = true;
	if (IS(t, "return"))
		return parse_return(P);
	if (IS(t, "delete"))
		return parse_delete(P);
	if (IS(t, "break"))
		return new_node(ND_BREAK, next(P));
	if (IS(t, "continue"))
		return new_node(ND_CONTINUE, next(P));
	if (IS(t, "next"))
		return new_node(ND_NEXT, next(P));
	return NULL;
}

/* statement = ";" | block | try | if | for | foreach | while
 *           | (return | delete | break | continue | next | expr_statement) [";"]
 * A ";" after a simple statement belongs to it; after a compound one it is
 * an empty statement of its own. */
static Node *parse_statement(Parser *P)
{
	Token *t = peek(P);
	Node *n = NULL;
	bool simple = true;
	if (is_op(t, ";"))
		return new_node(ND_NULL_STMT, next(P));
	enter(P);
	if (is_op(t, "{")) {
		n = parse_stmt_block(P);
		simple = false;
	} else if (t && t->kind == TK_KEYWORD) {
		n = parse_keyword_statement(P, t, &simple);
	} else if (t && t->kind != TK_JUNK) {
		n = parse_expr_statement(P);
	}
	if (!n)
		FAIL(P, "expected statement");
	if (simple && is_op(peek(P), ";"))
		swallow(P);
	leave(P);
	return n;
}

/* ------------------------------------------------------------------ */
/* Probe points                                                        */

static Node *parse_probe_points(Parser *P);

/* Copies of a component list, for the cross product. */
static void copy_comps(const Node *c, List *l)
{
	for (; c; c = c->next) {
		Node *d = xalloc(sizeof(*d));
		*d = *c;
		d->next = NULL;
		list_add(l, d);
	}
}

/* component = "{" probe_points "}"
 *           | (IDENT | KEYWORD | "*")+ ["(" literal ")"]
 * Adjacent pieces with no space between are one name (syscall.*.return's
 * "*", foo*bar).  Returns an ND_PP_COMP, or for braces a list of
 * ND_PROBE_POINTs. */
static Node *parse_component(Parser *P)
{
	Token *t = next(P);
	if (!(is_ident(t) || t->kind == TK_KEYWORD || is_op(t, "*") || is_op(t, "{")))
		FAIL(P, "expected identifier or '*' or '{'");
	if (is_op(t, "{")) {
		swallow(P);
		enter(P);
		Node *pps = parse_probe_points(P);
		if (!is_op(peek(P), "}"))
			FAIL(P, "expected '}'");
		swallow(P);
		leave(P);
		return pps;
	}
	Node *c = new_node(ND_PP_COMP, t);
	Token *u = peek(P);
	if (u && !u->space_before && (is_ident(u) || u->kind == TK_KEYWORD || is_op(u, "*"))) {
		Buf name = {0};
		buf_putn(&name, t->str, t->len);
		for (; u && !u->space_before; u = peek(P)) {
			if (!(is_ident(u) || u->kind == TK_KEYWORD || is_op(u, "*")))
				break;
			buf_putn(&name, u->str, u->len);
			swallow(P);
		}
		c->name = buf_str(&name);
	} else {
		c->name = tok_text(t);
	}
	if (is_op(u, "(")) {
		swallow(P);
		c->flags |= NF_HAS_ARG;
		c->lhs = parse_literal(P);
		if (!is_op(next(P), ")"))
			FAIL(P, "expected ')'");
		swallow(P);
	}
	return c;
}

/* A prefix may not carry '?', '!' or a condition: only the whole point. */
static void check_prefix(Parser *P, Node *pps)
{
	for (Node *a = pps; a; a = a->next)
		if (a->flags & (NF_OPTIONAL | NF_SUFFICIENT) || a->cond)
			FAIL_AT(P, a->list->tok,
				"'?', '!' or condition must only be specified in suffix");
}

/* Every prefix point joined with every point of a brace group. */
static Node *cross(Parser *P, Node *prefix, Node *suffix)
{
	check_prefix(P, prefix);
	List out;
	list_init(&out);
	for (Node *a = prefix; a; a = a->next) {
		for (Node *b = suffix; b; b = b->next) {
			Node *pp = new_node(ND_PROBE_POINT, a->tok);
			List comps;
			list_init(&comps);
			copy_comps(a->list, &comps);
			copy_comps(b->list, &comps);
			pp->list = comps.head;
			pp->flags = b->flags;
			pp->cond = b->cond;
			list_add(&out, pp);
		}
	}
	return out.head;
}

/* Append component `c` to every point of `pps` (a copy for all but one).
 * `*tail` is the last component of a single point being built, so that
 * the common case a.b.c... stays linear. */
static void append_comp(Parser *P, Node *pps, Node *c, Node **tail)
{
	check_prefix(P, pps);
	if (!pps->next && *tail) {
		(*tail)->next = c;
		*tail = c;
		return;
	}
	for (Node *pp = pps; pp; pp = pp->next) {
		Node *d = c;
		if (pp->next) {
			d = xalloc(sizeof(*d));
			*d = *c;
		}
		Node **link = &pp->list;
		while (*link)
			link = &(*link)->next;
		*link = d;
	}
	*tail = NULL;
}

/* pp_suffix = ["?" | "!"] ["if" "(" expression ")"], for every point of
 * a components group. */
static void parse_pp_suffix(Parser *P, Node *pps)
{
	Token *t = peek(P);
	if (is_op(t, "?") || is_op(t, "!")) {
		for (Node *pp = pps; pp; pp = pp->next) {
			if (pp->flags & (NF_OPTIONAL | NF_SUFFICIENT))
				FAIL(P, "'?' or '!' respecified");
			pp->flags |= NF_OPTIONAL | (t->str[0] == '!' ? NF_SUFFICIENT : 0);
		}
		swallow(P);
		t = peek(P);
	}
	if (!is_kw(t, "if"))
		return;
	swallow(P);
	if (!is_op(peek(P), "("))
		FAIL(P, "expected '('");
	swallow(P);
	Node *e = parse_expression(P);
	for (Node *pp = pps; pp; pp = pp->next) {
		if (pp->cond)
			FAIL(P, "condition respecified");
		pp->cond = e;
	}
	if (!is_op(peek(P), ")"))
		FAIL(P, "expected ')'");
	swallow(P);
}

/* components = component ("." component)* pp_suffix */
static Node *parse_pp_components(Parser *P)
{
	Node *pps = NULL, *tail = NULL;
	for (;;) {
		Node *part = parse_component(P);
		if (part->kind != ND_PP_COMP) {
			pps = pps ? cross(P, pps, part) : part;
			tail = NULL;
		} else if (!pps) {
			pps = new_node(ND_PROBE_POINT, part->tok);
			pps->list = tail = part;
		} else {
			append_comp(P, pps, part, &tail);
		}
		if (!is_op(peek(P), "."))
			break;
		swallow(P);
	}
	parse_pp_suffix(P, pps);
	return pps;
}

/* probe_points = components ("," components)*, ending before { } = += */
static Node *parse_probe_points(Parser *P)
{
	List l;
	list_init(&l);
	for (;;) {
		Node *pps = parse_pp_components(P);
		*l.tail = pps;
		while (*l.tail)
			l.tail = &(*l.tail)->next;
		Token *t = peek(P);
		if (is_op(t, ",")) {
			swallow(P);
			continue;
		}
		if (is_op(t, "{") || is_op(t, "=") || is_op(t, "+=") || is_op(t, "}"))
			return l.head;
		FAIL(P, "expected one of ', { } = +='");
	}
}

/* ------------------------------------------------------------------ */
/* Top level                                                           */

static void add_item(Parser *P, Node *n)
{
	if (P->items_tail)
		P->items_tail->next = n;
	else
		P->items = n;
	P->items_tail = n;
}

/* probe = "probe" (probe_point ("=" | "+="))* probe_points block
 *         [, block]   -- an alias may also give an epilogue block */
static void parse_probe(Parser *P)
{
	Token *t0 = next(P);
	List names;
	list_init(&names);
	Node *points;
	bool epilogue = false;
	for (;;) {
		Node *pps = parse_probe_points(P);
		Token *t = peek(P);
		if (!pps->next && (is_op(t, "=") || is_op(t, "+="))) {
			if (pps->flags & (NF_OPTIONAL | NF_SUFFICIENT))
				FAIL_AT(P, pps->list->tok,
					"probe point alias name cannot be optional nor sufficient");
			list_add(&names, pps);
			epilogue |= t->str[0] == '+';
			swallow(P);
			continue;
		}
		if (!is_op(t, "{"))
			FAIL(P, "expected probe point specifier");
		points = pps;
		break;
	}
	Node *n = new_node(names.head ? ND_ALIAS : ND_PROBE, t0);
	n->list = points;
	n->list2 = names.head;
	n->flags |= epilogue ? NF_EPILOGUE : 0;
	n->then = parse_stmt_block(P);
	Token *t = names.head ? peek(P) : NULL;
	if (t && t->len == 1 && t->str[0] == ',') {
		if (epilogue)
			FAIL(P, "Combined prologue and epilogue cannot be defined with '+='");
		swallow(P);
		n->els = parse_stmt_block(P);
	}
	add_item(P, n);
}

/* embedded = EMBEDDED -- privileged files only */
static Node *parse_embedded(Parser *P, NodeKind kind)
{
	Token *t = next(P);
	if (t->kind != TK_EMBEDDED)
		FAIL(P, "expected '%%{'");
	if (!P->privileged)
		FAIL_NOSKIP(P, "embedded code in unprivileged script; need stap -g");
	Node *n = new_node(kind, t);
	n->str = xstrndup(t->str, t->len);
	return n;
}

/* A global's "%", "[size]" and "= literal", after its name. */
static void parse_global_tail(Parser *P, Node *g)
{
	Token *t = peek(P);
	if (is_op(t, "%")) {
		g->flags |= NF_WRAP;
		swallow(P);
		t = peek(P);
	}
	if (is_op(t, "[")) {
		swallow(P);
		int64_t size = expect_number(P);
		if (size <= 0 || size > INT_MAX)
			FAIL(P, "array size out of range");
		g->flags |= NF_HAS_SIZE;
		g->num = size;
		expect_op(P, "]");
		t = peek(P);
	}
	if (is_op(t, "=")) {
		if (g->flags & NF_HAS_SIZE)
			FAIL(P, "only scalar globals can be initialized");
		next(P);
		g->lhs = parse_literal(P);
	}
}

/* global_decls = IDENT ["%"] ["[" number "]"] ["=" literal]
 *                ("," global_decls)* [";"]
 * `first` is the name when "private" has already taken it. */
static void parse_global_decls(Parser *P, Token *first, bool priv)
{
	for (;;) {
		Token *t = first ? first : next(P);
		first = NULL;
		if (!is_ident(t))
			FAIL(P, "expected identifier");
		Node *g = new_node(ND_GLOBAL, t);
		g->name = tok_text(t);
		g->flags = priv ? NF_PRIVATE : 0;
		Node *old = nameset_find(&P->globals, g->name);
		if (old && (old->flags & NF_PRIVATE) == g->flags)
			FAIL(P, "duplicate global name");
		if (old)
			FAIL(P, "global versus private variable declaration conflict");
		nameset_add(&P->globals, g);
		add_item(P, g);
		parse_global_tail(P, g);
		t = peek(P);
		if (is_op(t, ";")) {
			swallow(P);
			return;
		}
		if (!is_op(t, ","))
			return;
		swallow(P);
	}
}

/* ":" ("string" | "long") after a function name or parameter: the type.
 * Takes the token after it, as stap does. */
static Type parse_type(Parser *P, Token **t)
{
	if (!is_op(*t, ":"))
		return TYPE_UNKNOWN;
	swallow(P);
	Token *u = next(P);
	Type ty = is_kw(u, "string") ? TYPE_STRING : is_kw(u, "long") ? TYPE_LONG : 0;
	if (!ty)
		FAIL(P, "expected 'string' or 'long'");
	swallow(P);
	*t = next(P);
	return ty;
}

/* params = ")" | IDENT [":" type] ("," IDENT [":" type])* ")"
 * after the "(". */
static Node *parse_params(Parser *P)
{
	List l;
	list_init(&l);
	NameSet seen = {0};
	for (;;) {
		Token *t = next(P);
		if (is_op(t, ")")) {
			swallow(P);
			break;
		}
		if (!is_ident(t))
			FAIL(P, "expected identifier");
		Node *p = new_node(ND_PARAM, t);
		p->name = tok_text(t);
		if (nameset_find(&seen, p->name))
			FAIL(P, "duplicate parameter names");
		nameset_add(&seen, p);
		list_add(&l, p);
		t = next(P);
		p->type = parse_type(P, &t);
		if (is_op(t, ")")) {
			swallow(P);
			break;
		}
		if (!is_op(t, ","))
			FAIL(P, "expected ',' or ')'");
		swallow(P);
	}
	return l.head;
}

/* function = "function" NAME [":" type] "(" params [":" number] (block | EMBEDDED)
 * NAME may be the keywords string or long.  The ": number" is the
 * overload priority (> 0). */
static void parse_function(Parser *P, bool priv)
{
	Token *t = next(P);
	if (!is_ident(t) && !is_kw(t, "string") && !is_kw(t, "long"))
		FAIL(P, "expected identifier");
	Node *fn = new_node(ND_FUNCTION, t);
	fn->name = tok_text(t);
	fn->flags = priv ? NF_PRIVATE : 0;
	t = next(P);
	fn->type = parse_type(P, &t);
	if (!is_op(t, "("))
		FAIL(P, "expected '('");
	swallow(P);
	fn->list = parse_params(P);
	t = peek(P);
	if (!t)
		FAIL(P, "expected '{'");
	if (is_op(t, ":")) {
		swallow(P);
		Node *prio = parse_literal(P);
		if (prio->kind != ND_NUM)
			FAIL(P, "expected literal number");
		if (prio->num < 1)
			FAIL(P, "specified priority must be > 0");
		fn->num = prio->num;
	}
	t = peek(P);
	if (t && t->kind == TK_EMBEDDED) {
		fn->then = parse_embedded(P, ND_EMBED_STMT);
		fn->str = fn->then->str;
	} else {
		fn->then = parse_stmt_block(P);
	}
	add_item(P, fn);
}

/* private = "private" ("function" function | ["global"] global_decls) */
static void parse_private(Parser *P)
{
	next(P);
	swallow(P);
	Token *t = next(P);
	if (is_kw(t, "function")) {
		swallow(P);
		P->context = CTX_FUNCTION;
		parse_function(P, true);
	} else if (is_kw(t, "global")) {
		swallow(P);
		P->context = CTX_GLOBAL;
		t = next(P);
		if (!is_ident(t))
			FAIL(P, "expected identifier");
		parse_global_decls(P, t, true);
	} else if (is_ident(t)) {
		P->context = CTX_GLOBAL;
		parse_global_decls(P, t, true);
	} else {
		FAIL(P, "expected 'function' or identifier");
	}
}

/* item = probe | private | "global" global_decls | "function" function
 *      | EMBEDDED */
static void parse_item(Parser *P, Token *t)
{
	P->depth = 0;
	if (is_kw(t, "probe")) {
		P->context = CTX_PROBE;
		parse_probe(P);
	} else if (is_kw(t, "private")) {
		P->context = CTX_UNKNOWN;
		parse_private(P);
	} else if (is_kw(t, "global")) {
		P->context = CTX_GLOBAL;
		next(P);
		swallow(P);
		parse_global_decls(P, NULL, false);
	} else if (is_kw(t, "function")) {
		P->context = CTX_FUNCTION;
		next(P);
		swallow(P);
		parse_function(P, false);
	} else if (t->kind == TK_EMBEDDED) {
		P->context = CTX_EMBEDDED;
		add_item(P, parse_embedded(P, ND_EMBED_TOP));
	} else {
		P->context = CTX_UNKNOWN;
		FAIL(P, "expected 'probe', 'global', 'private', 'function', or '%%{'");
	}
}

/* After an error: drop tokens up to the next one that can start an item. */
static void recover(Parser *P)
{
	for (Token *t = peek(P); t; t = peek(P)) {
		if (is_kw(t, "probe") || is_kw(t, "private") || is_kw(t, "global") ||
		    is_kw(t, "function") || t->kind == TK_EMBEDDED)
			return;
		swallow(P);
	}
}

ParsedFile *parse_file(Session *s, SrcFile *f)
{
	Parser *P = xalloc(sizeof(*P));
	P->s = s;
	P->file = f;
	Lexer *L = lex_new(s, f);
	P->pp = pp_new(s, L);
	P->privileged = f->is_tapset || s->guru;
	P->user_file = !f->is_tapset;
	P->eof = xalloc(sizeof(Token));
	P->eof->kind = TK_EOF;
	P->eof->file = f;

	/* volatile: read after a longjmp back into this frame */
	volatile bool empty = true;
	for (;;) {
		if (setjmp(P->jb)) {
			report(P);
			if (P->err_skip)
				recover(P);
			continue;
		}
		Token *t = peek(P);
		if (!t)
			break;
		/* stap's peek() would have thrown before this point */
		if (!reported_junk(t))
			empty = false;
		parse_item(P, t);
	}
	/* stap words it by whether the lexer made any token at all */
	if (empty && P->user_file) {
		if (!s->quiet)
			fprintf(stderr, "Input file '%s' is empty%s.\n", f->name,
				lex_saw_tokens(L) ? " after preprocessing" : "");
		s->nempty++;
		return NULL;
	}
	if (P->nerrors)
		return NULL;
	ParsedFile *pf = xalloc(sizeof(*pf));
	pf->src = f;
	pf->items = P->items;
	pf->privileged = P->privileged;
	return pf;
}
