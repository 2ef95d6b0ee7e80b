/* print.c - the -p1 output: a parsed file in canonical form.
 *
 * Modelled on stap's own -p1 tree dump ("# parse tree dump", binary
 * operators and assignments fully parenthesised so the output shows the
 * precedence the parser chose), but lossless: what is printed parses back
 * to the same tree, so printing that gives the same text again.  Types,
 * `private`, wrap markers, alias `+=`, sort markers, probe-point flags and
 * embedded code are all kept; strings are re-escaped from their bytes;
 * numbers are printed so that they lex back to the same value.
 *
 * Layout: one item or statement per line, bodies indented by four spaces,
 * braces kernel style (a function's on its own line, others at the end of
 * the line).  For example
 *
 *   probe begin {
 *       (x) = ((1) + ((2) * (3)));
 *   }
 *   function f:long (a:string)
 *   {
 *       return strlen(a);
 *   }
 *
 * Recursion follows the tree, whose depth the parser bounds; the one kind
 * of deep tree it builds with a loop, a long chain of a left-associative
 * operator (a + b + c ...), is printed with a loop too.
 */
#include "stap.h"

#include <inttypes.h>
#include <string.h>

static void print_expr(Buf *b, const Node *n);
static void print_stmt(Buf *b, const Node *n, int ind);

static void indent(Buf *b, int ind)
{
	for (int i = 0; i < ind; i++)
		buf_puts(b, "    ");
}

/* ------------------------------------------------------------------ */
/* Literals                                                            */

/* A string literal that lexes back to exactly these bytes.  Runs of
 * bytes that need no escape are copied at once. */
static void print_string(Buf *b, const char *s, int len)
{
	buf_putc(b, '"');
	for (int i = 0; i < len;) {
		int j = i;
		while (j < len && (unsigned char)s[j] >= 0x20 && s[j] != 0x7f &&
		       s[j] != '"' && s[j] != '\\')
			j++;
		buf_putn(b, s + i, j - i);
		if (j == len)
			break;
		unsigned char c = s[j];
		if (c == '"' || c == '\\') {
			buf_putc(b, '\\');
			buf_putc(b, c);
		} else if (c == '\n') {
			buf_puts(b, "\\n");
		} else if (c == '\t') {
			buf_puts(b, "\\t");
		} else if (c == '\r') {
			buf_puts(b, "\\r");
		} else {
			/* always three digits: a digit after it stays itself */
			char oct[5] = {'\\', '0' + (c >> 6), '0' + ((c >> 3) & 7), '0' + (c & 7), 0};
			buf_puts(b, oct);
		}
		i = j + 1;
	}
	buf_putc(b, '"');
}

/* Decimal digits of v (buf_printf would format through vsnprintf twice:
 * numbers and operators are most of the output). */
static void put_u64(Buf *b, uint64_t v)
{
	char tmp[24], *p = tmp + sizeof tmp;
	do
		*--p = '0' + v % 10;
	while (v /= 10);
	buf_putn(b, p, tmp + sizeof tmp - p);
}

/* A number where the grammar takes a literal, which may be negative
 * (global initialisers, probe-point arguments, histogram parameters). */
static void print_signed(Buf *b, int64_t v)
{
	if (v < 0) {
		buf_putc(b, '-');
		put_u64(b, (uint64_t)0 - (uint64_t)v);
	} else {
		put_u64(b, (uint64_t)v);
	}
}

/* A literal: string, or number in a place that takes "-N". */
static void print_literal(Buf *b, const Node *n)
{
	if (n->kind == ND_STR)
		print_string(b, n->str, n->slen);
	else
		print_signed(b, n->num);
}

/* ------------------------------------------------------------------ */
/* Expressions                                                         */

/* Items of a list, separated by ", ". */
static void print_list(Buf *b, const Node *n)
{
	for (; n; n = n->next) {
		if (n->kind == ND_STAR)
			buf_putc(b, '*');
		else
			print_expr(b, n);
		if (n->next)
			buf_puts(b, ", ");
	}
}

/* Literal parameters after an operand: @hist_linear(x, 0, 100, 10). */
static void print_params(Buf *b, const Node *n)
{
	for (; n; n = n->next) {
		buf_puts(b, ", ");
		print_signed(b, n->num);
	}
}

static void print_paren(Buf *b, const Node *n)
{
	buf_putc(b, '(');
	print_expr(b, n);
	buf_putc(b, ')');
}

static bool is_infix(const Node *n)
{
	return n->kind == ND_BINARY || n->kind == ND_COMPARE ||
	       n->kind == ND_LOGICAL || n->kind == ND_ASSIGN;
}

/* (l) op (r), iteratively down the left spine: a chain of n operators
 * prints n '(' then the innermost operand, then ") op (r)" for each. */
static void print_infix(Buf *b, const Node *n)
{
	Vec spine = {0};
	for (; is_infix(n); n = n->lhs)
		vec_push(&spine, (void *)n);
	for (int i = 0; i < spine.len; i++)
		buf_putc(b, '(');
	print_expr(b, n);
	for (int i = spine.len - 1; i >= 0; i--) {
		const Node *op = spine.data[i];
		buf_puts(b, ") ");
		buf_puts(b, op->op);
		buf_putc(b, ' ');
		print_paren(b, op->rhs);
	}
}

/* An index of `[...] in`: those are parsed above `in`, so anything
 * looser (`&`, `|`, `^`, `in`, `&&`, `?:`, `=`) needs parentheses. */
static void print_in_index(Buf *b, const Node *n)
{
	bool loose = n->kind == ND_IN || n->kind == ND_LOGICAL ||
		     n->kind == ND_TERNARY || n->kind == ND_ASSIGN ||
		     (n->kind == ND_BINARY && strchr("&|^", n->op[0]) && !n->op[1]);
	if (n->kind == ND_STAR)
		buf_putc(b, '*');
	else if (loose)
		print_paren(b, n);
	else
		print_expr(b, n);
}

/* The array of `in`, foreach, or an index: a name or a histogram. */
static void print_array(Buf *b, const Node *n)
{
	if (n->kind == ND_SYM)
		buf_puts(b, n->name);
	else
		print_expr(b, n);
}

static bool all_dollars(const char *s)
{
	return s[strspn(s, "$")] == 0;
}

/* The ->member / [index] tail of a target value and its '$'s. */
static void print_components(Buf *b, const Node *n, bool dollar_name)
{
	for (const Node *c = n->list; c; c = c->next) {
		if (c->kind == ND_COMP_MEMBER) {
			buf_puts(b, "->");
			buf_puts(b, c->name);
		} else {
			buf_putc(b, '[');
			print_expr(b, c->lhs);
			buf_putc(b, ']');
		}
	}
	/* "$$" then "$" must not lex as one name "$$$" */
	if (n->pretty && dollar_name && !n->list)
		buf_putc(b, ' ');
	for (int i = 0; i < n->pretty; i++)
		buf_putc(b, '$');
}

/* $var, @cast(...), @var(...) and autocasts, with & and components. */
static void print_target(Buf *b, const Node *n)
{
	if (n->flags & NF_ADDROF)
		buf_putc(b, '&');
	switch (n->kind) {
	case ND_TARGET:
		buf_puts(b, n->name);
		break;
	case ND_CAST:
		buf_puts(b, "@cast(");
		print_expr(b, n->lhs);
		buf_puts(b, ", ");
		print_string(b, n->str, n->slen);
		break;
	case ND_ATVAR:
		buf_puts(b, "@var(");
		print_string(b, n->str, n->slen);
		break;
	default:
		print_paren(b, n->lhs);
		break;
	}
	if (n->kind == ND_CAST || n->kind == ND_ATVAR) {
		if (n->str2) {
			/* a module name ends at a NUL byte, if it has one */
			buf_puts(b, ", ");
			print_string(b, n->str2, strlen(n->str2));
		}
		buf_putc(b, ')');
	}
	print_components(b, n, n->kind == ND_TARGET && all_dollars(n->name));
}

/* name(args) for calls, the print family, statistics and histograms. */
static void print_call_like(Buf *b, const Node *n)
{
	switch (n->kind) {
	case ND_CALL:
		buf_puts(b, n->name);
		buf_putc(b, '(');
		print_list(b, n->list);
		break;
	case ND_PRINT:
		buf_puts(b, n->op);
		buf_putc(b, '(');
		print_list(b, n->list);
		break;
	default: /* ND_STAT, ND_HIST */
		buf_puts(b, n->op);
		buf_putc(b, '(');
		print_expr(b, n->lhs);
		print_params(b, n->list);
		break;
	}
	buf_putc(b, ')');
}

/* The @words with a parenthesised operand list of their own. */
static void print_atword(Buf *b, const Node *n)
{
	switch (n->kind) {
	case ND_ENTRY:
	case ND_DEFINED:
		buf_puts(b, n->kind == ND_ENTRY ? "@entry" : "@defined");
		print_paren(b, n->lhs);
		return;
	case ND_PROBEWRITE:
		buf_printf(b, "@probewrite(%s)", n->lhs->name);
		return;
	case ND_CONST:
	case ND_PERF:
		buf_puts(b, n->kind == ND_CONST ? "@const(" : "@perf(");
		print_string(b, n->str, n->slen);
		buf_putc(b, ')');
		return;
	case ND_REGISTER:
	case ND_DEREF:
		buf_printf(b, "%s(", n->op);
		print_signed(b, n->num);
		if (n->kind == ND_DEREF) {
			buf_puts(b, ", ");
			print_expr(b, n->lhs);
		}
		buf_putc(b, ')');
		return;
	default:
		return;
	}
}

static void print_expr(Buf *b, const Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_NUM:
		/* the lexer has no negative numbers: 2^64-1 reads back as -1 */
		put_u64(b, (uint64_t)n->num);
		return;
	case ND_STR:
		print_string(b, n->str, n->slen);
		return;
	case ND_SYM:
		buf_puts(b, n->name);
		return;
	case ND_STAR:
		buf_putc(b, '*');
		return;
	case ND_INDEX:
		print_array(b, n->lhs);
		buf_putc(b, '[');
		print_list(b, n->list);
		buf_putc(b, ']');
		return;
	case ND_CALL: case ND_PRINT: case ND_STAT: case ND_HIST:
		print_call_like(b, n);
		return;
	case ND_UNARY: case ND_PREINC: case ND_PREDEC:
		buf_puts(b, n->op);
		print_paren(b, n->lhs);
		return;
	case ND_POSTINC: case ND_POSTDEC:
		print_paren(b, n->lhs);
		buf_puts(b, n->op);
		return;
	case ND_BINARY: case ND_COMPARE: case ND_LOGICAL: case ND_ASSIGN:
		print_infix(b, n);
		return;
	case ND_REGEX:
		print_paren(b, n->lhs);
		buf_putc(b, ' ');
		buf_puts(b, n->op);
		buf_putc(b, ' ');
		print_string(b, n->rhs->str, n->rhs->slen);
		return;
	case ND_TERNARY:
		print_paren(b, n->cond);
		buf_putc(b, '?');
		print_paren(b, n->then);
		buf_putc(b, ':');
		print_paren(b, n->els);
		return;
	case ND_IN:
		buf_putc(b, '[');
		for (const Node *i = n->list; i; i = i->next) {
			print_in_index(b, i);
			if (i->next)
				buf_puts(b, ", ");
		}
		buf_puts(b, "] in ");
		print_array(b, n->rhs);
		return;
	case ND_TARGET: case ND_CAST: case ND_ATVAR: case ND_AUTOCAST:
		print_target(b, n);
		return;
	case ND_EMBED_EXPR:
		buf_puts(b, "%{");
		buf_puts(b, n->str);
		buf_puts(b, "%}");
		return;
	default:
		print_atword(b, n);
		return;
	}
}

/* ------------------------------------------------------------------ */
/* Statements                                                          */

/* A block's "{", its statements one level deeper, and "}" (no newline). */
static void print_block(Buf *b, const Node *n, int ind)
{
	buf_puts(b, "{\n");
	/* pass 2 (elision) may leave a body empty: the parser never does,
	 * but print_node() also prints resolved programs (build.c's key) */
	for (const Node *s = n ? n->list : NULL; s; s = s->next)
		print_stmt(b, s, ind + 1);
	indent(b, ind);
	buf_putc(b, '}');
}

/* The body of if/else/while/for/foreach after its head: a block goes on
 * the same line (returns true: the line is still open), anything else on
 * the next line, one level deeper. */
static bool print_body(Buf *b, const Node *n, int ind)
{
	if (!n || n->kind == ND_BLOCK) {
		buf_putc(b, ' ');
		print_block(b, n, ind);
		return true;
	}
	buf_putc(b, '\n');
	print_stmt(b, n, ind + 1);
	return false;
}

/* if (c) body [else body]; "else if" stays on one line. */
static void print_if(Buf *b, const Node *n, int ind)
{
	buf_puts(b, "if (");
	print_expr(b, n->cond);
	buf_putc(b, ')');
	bool open = print_body(b, n->then, ind);
	if (!n->els) {
		if (open)
			buf_putc(b, '\n');
		return;
	}
	if (open) {
		buf_puts(b, " else");
	} else {
		indent(b, ind);
		buf_puts(b, "else");
	}
	if (n->els->kind == ND_IF) {
		buf_putc(b, ' ');
		print_if(b, n->els, ind);
		return;
	}
	if (print_body(b, n->els, ind))
		buf_putc(b, '\n');
}

/* foreach ([v =] [k1, k2+] in arr[slice] [@agg][+-] [limit n]) */
static void print_foreach_head(Buf *b, const Node *n)
{
	const char *mark = n->flags & NF_SORT_ASC ? "+" : n->flags & NF_SORT_DESC ? "-" : "";
	buf_puts(b, "foreach (");
	if (n->lhs)
		buf_printf(b, "%s = ", n->lhs->name);
	buf_putc(b, '[');
	int k = 1;
	for (const Node *key = n->list; key; key = key->next, k++) {
		buf_puts(b, key->name);
		if (n->sort_key == k)
			buf_puts(b, mark);
		if (key->next)
			buf_puts(b, ", ");
	}
	buf_puts(b, "] in ");
	print_array(b, n->rhs);
	if (n->op)
		buf_printf(b, " %s", n->op);
	if (n->sort_key < 0)
		buf_puts(b, mark);
	if (n->limit) {
		buf_puts(b, " limit ");
		print_expr(b, n->limit);
	}
	buf_putc(b, ')');
}

/* for (init; cond; inc) -- empty parts stay empty: for (;;) */
static void print_for_head(Buf *b, const Node *n)
{
	buf_puts(b, "for (");
	if (n->init)
		print_expr(b, n->init->lhs);
	buf_putc(b, ';');
	if (n->cond) {
		buf_putc(b, ' ');
		print_expr(b, n->cond);
	}
	buf_putc(b, ';');
	if (n->inc) {
		buf_putc(b, ' ');
		print_expr(b, n->inc->lhs);
	}
	buf_putc(b, ')');
}

/* Loops: the head, then the body. */
static void print_loop(Buf *b, const Node *n, int ind)
{
	if (n->kind == ND_WHILE) {
		buf_puts(b, "while (");
		print_expr(b, n->cond);
		buf_putc(b, ')');
	} else if (n->kind == ND_FOR) {
		print_for_head(b, n);
	} else {
		print_foreach_head(b, n);
	}
	if (print_body(b, n->then, ind))
		buf_putc(b, '\n');
}

static void print_try(Buf *b, const Node *n, int ind)
{
	buf_puts(b, "try ");
	print_block(b, n->then, ind);
	buf_puts(b, " catch ");
	if (n->name)
		buf_printf(b, "(%s) ", n->name);
	print_block(b, n->els, ind);
	buf_putc(b, '\n');
}

/* One statement on its own line(s) at indentation `ind`. */
static void print_stmt(Buf *b, const Node *n, int ind)
{
	indent(b, ind);
	if (!n) {
		buf_puts(b, ";\n");
		return;
	}
	switch (n->kind) {
	case ND_BLOCK:
		print_block(b, n, ind);
		buf_putc(b, '\n');
		return;
	case ND_IF:
		print_if(b, n, ind);
		return;
	case ND_WHILE: case ND_FOR: case ND_FOREACH:
		print_loop(b, n, ind);
		return;
	case ND_TRY:
		print_try(b, n, ind);
		return;
	case ND_RETURN:
	case ND_DELETE:
		buf_puts(b, n->kind == ND_RETURN ? "return" : "delete");
		if (n->lhs) {
			buf_putc(b, ' ');
			print_expr(b, n->lhs);
		}
		break;
	case ND_NEXT:
		buf_puts(b, "next");
		break;
	case ND_BREAK:
		buf_puts(b, "break");
		break;
	case ND_CONTINUE:
		buf_puts(b, "continue");
		break;
	case ND_EXPR_STMT:
		print_expr(b, n->lhs);
		break;
	case ND_EMBED_STMT:
		buf_printf(b, "%%{%s%%}\n", n->str);
		return;
	default: /* ND_NULL_STMT */
		break;
	}
	buf_puts(b, ";\n");
}

/* ------------------------------------------------------------------ */
/* Top level                                                           */

/* comp(arg).comp...[?|!] [if (cond)] */
static void print_probe_point(Buf *b, const Node *pp)
{
	for (const Node *c = pp->list; c; c = c->next) {
		buf_puts(b, c->name);
		if (c->flags & NF_HAS_ARG) {
			buf_putc(b, '(');
			print_literal(b, c->lhs);
			buf_putc(b, ')');
		}
		if (c->next)
			buf_putc(b, '.');
	}
	if (pp->flags & NF_SUFFICIENT)
		buf_putc(b, '!');
	else if (pp->flags & NF_OPTIONAL)
		buf_putc(b, '?');
	if (pp->cond) {
		buf_puts(b, " if (");
		print_expr(b, pp->cond);
		buf_putc(b, ')');
	}
}

/* probe [names = ]points { body } [, { epilogue }] */
static void print_probe(Buf *b, const Node *n)
{
	buf_puts(b, "probe ");
	for (const Node *a = n->list2; a; a = a->next) {
		print_probe_point(b, a);
		buf_puts(b, n->flags & NF_EPILOGUE ? " += " : " = ");
	}
	for (const Node *pp = n->list; pp; pp = pp->next) {
		print_probe_point(b, pp);
		buf_puts(b, pp->next ? ", " : " ");
	}
	print_block(b, n->then, 0);
	if (n->els) {
		buf_puts(b, ", ");
		print_block(b, n->els, 0);
	}
	buf_putc(b, '\n');
}

static const char *type_suffix(Type t)
{
	return t == TYPE_LONG ? ":long" : t == TYPE_STRING ? ":string" : "";
}

/* [private] function name[:type] (params) [: prio] newline body */
static void print_function(Buf *b, const Node *n)
{
	if (n->flags & NF_PRIVATE)
		buf_puts(b, "private ");
	buf_printf(b, "function %s%s (", n->name, type_suffix(n->type));
	for (const Node *p = n->list; p; p = p->next)
		buf_printf(b, "%s%s%s", p->name, type_suffix(p->type), p->next ? ", " : "");
	buf_putc(b, ')');
	if (n->num)
		buf_printf(b, " : %" PRId64, n->num);
	buf_putc(b, '\n');
	if (n->then->kind == ND_EMBED_STMT) {
		buf_printf(b, "%%{%s%%}\n", n->then->str);
		return;
	}
	print_block(b, n->then, 0);
	buf_putc(b, '\n');
}

/* [private] global name[%][[size]][ = literal] */
static void print_global(Buf *b, const Node *n)
{
	if (n->flags & NF_PRIVATE)
		buf_puts(b, "private ");
	buf_printf(b, "global %s", n->name);
	if (n->flags & NF_WRAP)
		buf_putc(b, '%');
	if (n->flags & NF_HAS_SIZE)
		buf_printf(b, "[%" PRId64 "]", n->num);
	if (n->lhs) {
		buf_puts(b, " = ");
		print_literal(b, n->lhs);
	}
	buf_putc(b, '\n');
}

/* Any node: a top-level item, a statement at indentation `indent`, or an
 * expression (printed bare, with no newline). */
void print_node(Buf *b, const Node *n, int ind)
{
	switch (n->kind) {
	case ND_PROBE:
	case ND_ALIAS:
		print_probe(b, n);
		return;
	case ND_FUNCTION:
		print_function(b, n);
		return;
	case ND_GLOBAL:
		print_global(b, n);
		return;
	case ND_EMBED_TOP:
		buf_printf(b, "%%{%s%%}\n", n->str);
		return;
	case ND_PROBE_POINT:
		print_probe_point(b, n);
		return;
	case ND_PARAM:
		buf_printf(b, "%s%s", n->name, type_suffix(n->type));
		return;
	case ND_PP_COMP: case ND_COMP_MEMBER: case ND_COMP_INDEX:
		/* parts of a larger node: printed with it */
		return;
	default:
		break;
	}
	if (n->kind >= ND_BLOCK && n->kind <= ND_EMBED_STMT)
		print_stmt(b, n, ind);
	else
		print_expr(b, n);
}

void print_file(FILE *out, const ParsedFile *pf)
{
	Buf b = {0};
	buf_puts(&b, "# parse tree dump\n");
	buf_printf(&b, "# file %s\n", pf->src->name);
	/* one buffer, emptied as it fills: the output can be large */
	for (const Node *n = pf->items; n; n = n->next) {
		print_node(&b, n, 0);
		if (b.len >= 1 << 16) {
			fwrite(b.buf, 1, b.len, out);
			b.len = 0;
		}
	}
	fwrite(b.buf, 1, b.len, out);
}
