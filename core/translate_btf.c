/* translate_btf.c - pass 3, target expressions typed through the kernel's
 * BTF (btf.c): a tracepoint argument's ->member / [index] chain and
 * @cast(ptr, "struct x")->member in kernel probes.
 *
 * Pass 2 left a BtfRef on the node: steps on an address starting at the
 * base value, then the final read.  Each step becomes C over a u64; every
 * memory read goes through the runtime's fault-safe stp_read_int()
 * (core/runtime/stp_mem.c), and a fault is stap's "read fault [man
 * error::fault] at 0x..." error (stp_read_fault) near the expression;
 * later reads of the same handler then yield 0 (c->last_error is set).
 */
#include "stap.h"

#include <string.h>

static int serial;      /* names of the temporaries: reads nest */
static const char *near; /* C statement naming the expression, for faults */

/* c->last_stmt = "identifier '$prev' at <input>:1:52": a fault is
 * reported "near" the target expression, not the whole statement. */
static const char *near_stmt(const Token *t)
{
	Buf d = {0}, b = {0};
	token_describe(&d, t);
	buf_printf(&d, " at %s:%d:%d", t->file ? t->file->name : "<input>", t->line, t->col);
	const char *txt = buf_str(&d);
	buf_printf(&b, "c->last_stmt = %s;", c_string_lit(txt, strlen(txt)));
	return buf_str(&b);
}

/* A fault-safe kernel read of `size` bytes at `addr` (C of a u64). */
static const char *kread(const char *addr, int size, bool sign)
{
	int k = serial++;
	return xfmt("({ u64 __a%d = (%s); s64 __v%d = 0; "
		    "if (!c->last_error && stp_read_int(&__v%d, (unsigned long)__a%d, %d, %d, false)) "
		    "{ %s stp_read_fault(c, (unsigned long)__a%d); } __v%d; })",
		    k, addr, k, k, k, size, sign, near, k, k);
}

const char *tbtf_expr(Session *s, const Node *n, const char *base,
		      const char *(*ex)(void *g, Node *e), void *g)
{
	(void)s;
	const BtfRef *r = n->btf;
	near = near_stmt(n->tok);
	const char *a = xfmt("((u64)(%s))", base);
	for (int i = 0; i < r->steps.len; i++) {
		const BtfStep *st = r->steps.data[i];
		switch (st->op) {
		case '+':
			if (st->off)
				a = xfmt("(%s + %lldULL)", a, (long long)st->off);
			break;
		case 'd':
			a = xfmt("((u64)%s)", kread(a, 8, false));
			break;
		default:
			a = xfmt("(%s + (u64)(%s) * %lldULL)", a, ex(g, st->index),
				 (long long)st->off);
			break;
		}
	}
	if (r->fin == 'a')
		return xfmt("((s64)%s)", a);
	const char *v = kread(a, r->size, r->sign && !r->bits);
	if (!r->bits)
		return v;
	/* a bitfield: shift its bits down, then sign-extend if signed (x86 is
	 * little-endian: bit_off counts from the low bit of the unit) */
	if (r->sign)
		return xfmt("((s64)((s64)((u64)%s << %d) >> %d))", v, 64 - r->bit_off - r->bits,
			    64 - r->bits);
	return xfmt("((s64)(((u64)%s >> %d) & %lluULL))", v, r->bit_off,
		    (unsigned long long)((r->bits >= 64) ? ~0ULL : ((1ULL << r->bits) - 1)));
}
