/* regex.c - `=~` patterns: SystemTap's ERE dialect to a Pike-VM program.
 *
 * The grammar and the error messages are stap 4.8's (stapregex-parse):
 *
 *   expr   = term ('|' term)*
 *   term   = factor factor*              (up to '|' or ')')
 *   factor = ('.' | '[' class ']' | '(' ['?'] expr ')' | '^' | '$'
 *             | literal chars, '\' quoting the next one)
 *            ('*' | '+' | '?' | '{' m [',' [n]] '}')*
 *
 * An empty alternative matches the empty string; '.' is any byte but NUL;
 * '^'/'$' anchor at the ends of the subject; the match is unanchored
 * otherwise.  Classes take ranges, '\' quoting, leading '^' and ']', and
 * [:name:] (stap's names, with d, l, s, u).  Counted repetition {m,n} is
 * expanded (m, n < 12345, as stap).
 *
 * The program is a list of instructions (rx_* below) that the kernel
 * runtime (core/runtime/stp_regex.c) runs as a Pike VM: linear in the
 * subject, no recursion, memory bounded by the program size.  Group k
 * stores its bounds in save slots 2k, 2k+1; group 0 is the whole match.
 * The compiler checks the program size so a pattern cannot blow up the
 * per-CPU scratch the runtime allocates for it.
 */
#include "stap.h"

#include <string.h>
#include <ctype.h>
#include <setjmp.h>
#include <stdlib.h>

#define RX_MAX_REPEAT 12345     /* stap's MAX_DFA_REPETITIONS */

/* ---- the tree ---- */

typedef enum { R_EMPTY, R_SET, R_CAT, R_ALT, R_PLUS, R_OPT, R_STAR, R_REP, R_GROUP, R_BOL, R_EOL } RKind;

typedef struct RNode RNode;
struct RNode {
	RKind kind;
	RNode *a, *b;
	int min, max;         /* R_REP; max -1: unbounded */
	int group;            /* R_GROUP */
	unsigned char set[32];
};

/* ---- the cursor: stap's, over the literal's bytes ---- */

typedef struct {
	const char *in;
	int len, pos, last_pos;
	int next_c;           /* peeked byte, 0: none */
	bool finished;
	int ngroups;
	jmp_buf *fail;
	const char **msg;
	int *errpos;
} RP;

static void rx_fail(RP *p, int pos, const char *fmt, ...) __attribute__((format(printf, 3, 4), noreturn));
static void rx_fail(RP *p, int pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	*p->msg = xvfmt(fmt, ap);
	va_end(ap);
	*p->errpos = pos;
	longjmp(*p->fail, 1);
}

static int rx_peek(RP *p)
{
	if (!p->next_c && !p->finished) {
		p->last_pos = p->pos;
		p->next_c = (unsigned char)p->in[p->pos++];
		p->finished = p->pos >= p->len;
	}
	return p->next_c;
}

static int rx_next(RP *p)
{
	if (!p->next_c && p->finished)
		rx_fail(p, p->pos, "unexpected end of regex");
	int c = rx_peek(p);
	p->next_c = 0;
	return c;
}

/* stap's cursor::has(n) */
static bool rx_has(const RP *p, int n)
{
	return p->pos <= p->len - n;
}

static bool rx_special(int c)
{
	return c && strchr(".[{()\\*+?|^$", c);
}

static void rx_expect(RP *p, int want)
{
	if (!p->next_c && p->finished)
		rx_fail(p, p->last_pos, "expected %c, found end of regex", want);
	int c = rx_next(p);
	if (c != want)
		rx_fail(p, p->last_pos, "expected %c, found %c", want, c);
}

static RNode *rnode(RKind k, RNode *a, RNode *b)
{
	RNode *n = xalloc(sizeof *n);
	n->kind = k, n->a = a, n->b = b;
	return n;
}

static RNode *rchar(int c)
{
	RNode *n = rnode(R_SET, NULL, NULL);
	n->set[c >> 3] |= 1 << (c & 7);
	return n;
}

static void set_range(unsigned char *set, int lo, int hi)
{
	for (int c = lo; c <= hi; c++)
		set[c >> 3] |= 1 << (c & 7);
}

/* ---- character classes ---- */

static const struct { const char *name, *chars; } rx_classes[] = {
	{"alpha", "A-Za-z"}, {"alnum", "A-Za-z0-9"}, {"blank", " \t"},
	{"cntrl", "\x01-\x1f\x7f"}, {"d", "0-9"}, {"digit", "0-9"},
	{"xdigit", "0-9a-fA-F"}, {"graph", "\x21-\x7e"}, {"l", "a-z"},
	{"lower", "a-z"}, {"print", "\x20-\x7e"},
	{"punct", "!\"#$%&'()*+,./:;<=>?@[\\]^_`{|}~-"}, {"s", " \t\r\n\v\f"},
	{"space", " \t\r\n\v\f"}, {"u", "A-Z"}, {"upper", "A-Z"},
};

static void named_class(RP *p, const char *name, unsigned char *set)
{
	for (size_t i = 0; i < sizeof rx_classes / sizeof rx_classes[0]; i++) {
		if (strcmp(rx_classes[i].name, name))
			continue;
		const unsigned char *c = (const unsigned char *)rx_classes[i].chars;
		for (; *c; c++) {
			if (c[1] == '-' && c[2])
				set_range(set, c[0], c[2]), c += 2;
			else
				set_range(set, c[0], c[0]);
		}
		return;
	}
	rx_fail(p, -1, "unknown character class '%s'", name);  /* stap: no position */
}

/* One member of a class: a byte, a range or a [:name:]. */
static void class_item(RP *p, unsigned char *set)
{
	int c = rx_peek(p);
	if (c == '\\') {
		rx_next(p);
		c = rx_peek(p);
		rx_next(p);
	} else if (c == '[') {
		rx_next(p);
		if (rx_peek(p) == ':') {
			rx_next(p);
			Buf name = {0};
			c = rx_peek(p);
			for (;;) {
				if (p->finished && !p->next_c)
					rx_fail(p, p->pos, "unclosed character class '[:%s'", buf_str(&name));
				if (rx_has(p, 1) && c == ':' && p->in[p->pos] == ']') {
					rx_next(p), rx_next(p);
					named_class(p, buf_str(&name), set);
					return;
				}
				buf_putc(&name, c);
				rx_next(p);
				c = rx_peek(p);
			}
		}
		c = '[';
	} else
		rx_next(p);
	int lo = c, hi = c;
	if (rx_has(p, 2) && rx_peek(p) == '-' && p->in[p->pos] != ']') {
		rx_next(p);
		hi = rx_peek(p);
		if (hi < lo)
			rx_fail(p, p->pos, "Inverted character range %c-%c", lo, hi);
		rx_next(p);
	}
	set_range(set, lo, hi);
}

static RNode *parse_class(RP *p)
{
	RNode *n = rnode(R_SET, NULL, NULL);
	bool inv = false;
	if (rx_peek(p) == '^')
		inv = true, rx_next(p);
	for (;;) {
		if (p->finished && !p->next_c)
			rx_fail(p, p->last_pos, "unclosed character class");
		class_item(p, n->set);
		if (rx_peek(p) == ']')
			break;
	}
	if (inv) {
		for (int i = 0; i < 32; i++)
			n->set[i] = ~n->set[i];
		n->set[0] &= ~1;  /* never NUL */
	}
	return n;
}

/* ---- expressions ---- */

static RNode *parse_expr(RP *p);

static int parse_number(RP *p)
{
	Buf d = {0};
	int c = rx_peek(p);
	while (c && isdigit(c)) {
		rx_next(p);
		buf_putc(&d, c);
		c = rx_peek(p);
	}
	if (!d.len)
		rx_fail(p, p->pos, "expected number");
	if (d.len > 9 || atoi(buf_str(&d)) >= RX_MAX_REPEAT)
		rx_fail(p, p->pos, "%s is too large", buf_str(&d));
	return atoi(buf_str(&d));
}

static RNode *parse_closures(RP *p, RNode *r)
{
	int c = rx_peek(p);
	while (c == '*' || c == '+' || c == '?' || c == '{') {
		rx_next(p);
		if (r->kind == R_BOL || r->kind == R_EOL)
			rx_fail(p, p->last_pos, "postfix closure '%c' applied to anchoring operator", c);
		if (c == '*')
			r = rnode(R_STAR, r, NULL);
		else if (c == '+')
			r = rnode(R_PLUS, r, NULL);
		else if (c == '?')
			r = rnode(R_OPT, r, NULL);
		else {
			int lo = parse_number(p), hi;
			c = rx_next(p);
			if (c == ',') {
				c = rx_peek(p);
				if (c == '}')
					rx_next(p), hi = -1;
				else if (c && isdigit(c)) {
					hi = parse_number(p);
					rx_expect(p, '}');
				} else
					rx_fail(p, p->pos, "expected '}' or number");
			} else if (c == '}')
				hi = lo;
			else
				rx_fail(p, p->last_pos, "expected ',' or '}'");
			if (hi >= 0 && hi < lo)
				rx_fail(p, p->pos, "invalid repetition {%d,%d}", lo, hi);
			r = rnode(R_REP, r, NULL);
			r->min = lo, r->max = hi;
		}
		c = rx_peek(p);
	}
	return r;
}

/* A run of ordinary characters; one before a closure stands alone. */
static RNode *parse_literal(RP *p, RNode **prefix)
{
	RNode *acc = NULL;
	int c = rx_peek(p), last = -1;
	while (c && (!rx_special(c) || c == '\\')) {
		if (c == '\\') {
			rx_next(p);
			c = rx_peek(p);
			if (!c)
				rx_fail(p, p->pos, "unexpected end of regex");
		}
		rx_next(p);
		int d = rx_peek(p);
		if (d == '*' || d == '+' || d == '?' || d == '{') {
			last = c;
			break;
		}
		acc = acc ? rnode(R_CAT, acc, rchar(c)) : rchar(c);
		c = d;
	}
	if (last < 0)
		return acc ? acc : rnode(R_EMPTY, NULL, NULL);
	*prefix = acc;
	return rchar(last);
}

static RNode *parse_factor(RP *p)
{
	RNode *r, *prefix = NULL;
	int c = rx_peek(p);
	if (!c || c == '|' || c == ')')
		return rnode(R_EMPTY, NULL, NULL);
	if (c == '*' || c == '+' || c == '?' || c == '{')
		rx_fail(p, p->last_pos, "unexpected '%c'", c);
	if (rx_special(c) && c != '\\')
		rx_next(p);
	if (c == '.') {
		r = rnode(R_SET, NULL, NULL);
		set_range(r->set, 1, 255);
	} else if (c == '[') {
		r = parse_class(p);
		rx_expect(p, ']');
	} else if (c == '(') {
		int g = -1;
		if (rx_peek(p) == '?') {
			rx_next(p);
			int c3 = rx_peek(p);
			if (c3 != ':')
				rx_fail(p, p->last_pos, "unexpected '(?%c'", c3);
			/* stap 4.8 leaves the ':' in: "(?:x)" matches ":x"
			 * (measured: "xy" =~ "(?:x)(y)" is false there) */
		} else
			g = p->ngroups++;
		r = parse_expr(p);
		if (g >= 0) {
			r = rnode(R_GROUP, r, NULL);
			r->group = g;
		}
		rx_expect(p, ')');
	} else if (c == '^' || c == '$')
		r = rnode(c == '^' ? R_BOL : R_EOL, NULL, NULL);
	else
		r = parse_literal(p, &prefix);
	r = parse_closures(p, r);
	return prefix ? rnode(R_CAT, prefix, r) : r;
}

static RNode *parse_term(RP *p)
{
	RNode *r = parse_factor(p);
	int c = rx_peek(p);
	while (c && c != '|' && c != ')') {
		r = rnode(R_CAT, r, parse_factor(p));
		c = rx_peek(p);
	}
	return r;
}

static RNode *parse_expr(RP *p)
{
	RNode *r = parse_term(p);
	while (rx_peek(p) == '|') {
		rx_next(p);
		r = rnode(R_ALT, r, parse_term(p));
	}
	return r;
}

/* ---- code generation ---- */

typedef struct {
	Vec code;             /* RxInsn * */
	Vec sets;             /* unsigned char[32] */
	bool too_big;
} RC;

static int rc_emit(RC *c, RxOp op, int x, int y)
{
	if (c->code.len >= RX_MAX_INSNS) {
		c->too_big = true;
		return c->code.len;
	}
	RxInsn *i = xalloc(sizeof *i);
	i->op = op, i->x = x, i->y = y;
	vec_push(&c->code, i);
	return c->code.len - 1;
}

static RxInsn *at(RC *c, int pc)
{
	static RxInsn dummy;
	return pc < c->code.len ? c->code.data[pc] : &dummy;
}

static int set_index(RC *c, const unsigned char *set)
{
	for (int i = 0; i < c->sets.len; i++)
		if (!memcmp(c->sets.data[i], set, 32))
			return i;
	vec_push(&c->sets, (void *)set);
	return c->sets.len - 1;
}

static int set_single(const unsigned char *set)
{
	int found = -1;
	for (int ch = 0; ch < 256; ch++)
		if (set[ch >> 3] & (1 << (ch & 7))) {
			if (found >= 0)
				return -1;
			found = ch;
		}
	return found;
}

static void gen(RC *c, const RNode *n);

/* x* (greedy): L: split body, out; body; jmp L */
static void gen_star(RC *c, const RNode *body)
{
	int l = rc_emit(c, RX_SPLIT, 0, 0);
	gen(c, body);
	rc_emit(c, RX_JMP, l, 0);
	at(c, l)->x = l + 1;
	at(c, l)->y = c->code.len;
}

static void gen_opt(RC *c, const RNode *body)
{
	int l = rc_emit(c, RX_SPLIT, 0, 0);
	gen(c, body);
	at(c, l)->x = l + 1;
	at(c, l)->y = c->code.len;
}

static void gen_rep(RC *c, const RNode *n)
{
	for (int i = 0; i < n->min && !c->too_big; i++)
		gen(c, n->a);
	if (n->max < 0) {
		gen_star(c, n->a);
		return;
	}
	/* (x(x(x)?)?)? for the optional copies */
	Vec holes = {0};
	for (int i = n->min; i < n->max && !c->too_big; i++) {
		int l = rc_emit(c, RX_SPLIT, c->code.len + 1, 0);
		vec_push(&holes, (void *)(intptr_t)l);
		gen(c, n->a);
	}
	for (int i = 0; i < holes.len; i++)
		at(c, (int)(intptr_t)holes.data[i])->y = c->code.len;
}

static void gen(RC *c, const RNode *n)
{
	if (c->too_big)
		return;
	switch (n->kind) {
	case R_EMPTY:
		break;
	case R_SET: {
		int ch = set_single(n->set);
		if (ch >= 0)
			rc_emit(c, RX_CHAR, ch, 0);
		else
			rc_emit(c, RX_SET, set_index(c, n->set), 0);
		break;
	}
	case R_CAT:
		gen(c, n->a);
		gen(c, n->b);
		break;
	case R_ALT: {
		int s = rc_emit(c, RX_SPLIT, 0, 0);
		gen(c, n->a);
		int j = rc_emit(c, RX_JMP, 0, 0);
		at(c, s)->x = s + 1;
		at(c, s)->y = c->code.len;
		gen(c, n->b);
		at(c, j)->x = c->code.len;
		break;
	}
	case R_PLUS: {
		int l = c->code.len;
		gen(c, n->a);
		rc_emit(c, RX_SPLIT, l, c->code.len + 1);
		break;
	}
	case R_STAR:
		gen_star(c, n->a);
		break;
	case R_OPT:
		gen_opt(c, n->a);
		break;
	case R_REP:
		gen_rep(c, n);
		break;
	case R_GROUP:
		rc_emit(c, RX_SAVE, 2 * (n->group + 1), 0);
		gen(c, n->a);
		rc_emit(c, RX_SAVE, 2 * (n->group + 1) + 1, 0);
		break;
	case R_BOL:
		rc_emit(c, RX_BOL, 0, 0);
		break;
	case R_EOL:
		rc_emit(c, RX_EOL, 0, 0);
		break;
	}
}

Regex *regex_compile(const char *pat, int len, const char **msg, int *errpos)
{
	jmp_buf fail;
	RP p = {.in = pat, .len = len, .finished = len <= 0, .fail = &fail,
		.msg = msg, .errpos = errpos};
	if (setjmp(fail))
		return NULL;
	RNode *tree = parse_expr(&p);
	/* stap 4.8 checks this only when the cursor has not reached the end,
	 * so a ')' as the very last byte is ignored ("a)" is "a") */
	if (rx_peek(&p) == ')' && !p.finished)
		rx_fail(&p, p.pos, "unbalanced ')'");
	RC c = {0};
	rc_emit(&c, RX_SAVE, 0, 0);
	gen(&c, tree);
	rc_emit(&c, RX_SAVE, 1, 0);
	rc_emit(&c, RX_MATCH, 0, 0);
	if (c.too_big || (int64_t)c.code.len * 2 * (p.ngroups + 1) > RX_MAX_CELLS) {
		*msg = xfmt("regex too large for the runtime (more than %d instructions "
			    "or %d capture cells)", RX_MAX_INSNS, RX_MAX_CELLS);
		*errpos = 0;
		return NULL;
	}
	Regex *r = xalloc(sizeof *r);
	r->pattern = xstrndup(pat, len);
	r->n = c.code.len;
	r->code = xalloc(sizeof(RxInsn) * r->n);
	for (int i = 0; i < r->n; i++)
		r->code[i] = *(RxInsn *)c.code.data[i];
	r->nsets = c.sets.len;
	r->sets = xalloc(32 * (r->nsets ? r->nsets : 1));
	for (int i = 0; i < r->nsets; i++)
		memcpy(r->sets + 32 * i, c.sets.data[i], 32);
	r->ngroups = p.ngroups + 1;
	return r;
}

static const char *const rx_opnames[] = {
	[RX_CHAR] = "STP_RX_CHAR", [RX_SET] = "STP_RX_SET", [RX_SPLIT] = "STP_RX_SPLIT",
	[RX_JMP] = "STP_RX_JMP", [RX_SAVE] = "STP_RX_SAVE", [RX_BOL] = "STP_RX_BOL",
	[RX_EOL] = "STP_RX_EOL", [RX_MATCH] = "STP_RX_MATCH",
};

/* The program as static C data for core/runtime/stp_regex.c. */
void regex_emit_c(Buf *b, const Regex *r, const char *name)
{
	buf_printf(b, "static const struct stp_rx_insn %s_code[] = {\n", name);
	for (int i = 0; i < r->n; i++)
		buf_printf(b, "\t{ %s, %d, %d },\n", rx_opnames[r->code[i].op], r->code[i].x, r->code[i].y);
	buf_puts(b, "};\n");
	buf_printf(b, "static const u8 %s_sets[][32] = {\n", name);
	for (int i = 0; i < (r->nsets ? r->nsets : 1); i++) {
		buf_puts(b, "\t{");
		for (int j = 0; j < 32; j++)
			buf_printf(b, "%s%u", j ? "," : "", r->nsets ? r->sets[32 * i + j] : 0);
		buf_puts(b, "},\n");
	}
	buf_puts(b, "};\n");
	buf_printf(b, "static const struct stp_regex %s = { %s_code, %s_sets, %d, %d };\n",
		   name, name, name, r->n, r->ngroups);
}
