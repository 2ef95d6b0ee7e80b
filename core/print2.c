/* print2.c - the -p2 output: the resolved program as stap lists it.
 *
 *   # globals
 *   a[10]:long [long]
 *   # functions
 *   f:long (x:long)
 *     # locals
 *     y:long
 *   # probes
 *   timer.s(1) (comment: <- timer.s(1),end)
 *     # locals
 *     x:string
 *
 * A probe shows the point it resolved to, then in a C comment what it
 * came from: the aliases expanded, innermost first, and the user's probe
 * point list.
 */
#include "stap.h"

#include <string.h>

static const char *tname(Type t)
{
	switch (t) {
	case TYPE_LONG: return "long";
	case TYPE_STRING: return "string";
	case TYPE_STATS: return "stats";
	default: return "unknown";
	}
}

static void put_keys(Buf *b, const Symbol *y)
{
	if (y->arity <= 0)
		return;
	buf_puts(b, " [");
	for (int i = 0; i < y->arity; i++)
		buf_printf(b, "%s%s", i ? ", " : "", tname(y->key_type[i]));
	buf_putc(b, ']');
}

static void put_global(Buf *b, const Symbol *y)
{
	buf_puts(b, y->name);
	if (y->decl && (y->decl->flags & NF_HAS_SIZE))
		buf_printf(b, "[%lld]", (long long)y->decl->num);
	if (y->decl && (y->decl->flags & NF_WRAP))
		buf_putc(b, '%');
	buf_printf(b, ":%s", tname(y->type));
	put_keys(b, y);
	buf_putc(b, '\n');
}

static void put_locals(Buf *b, const Vec *locals)
{
	if (!locals->len)
		return;
	buf_puts(b, "  # locals\n");
	for (int i = 0; i < locals->len; i++) {
		const Symbol *y = locals->data[i];
		buf_printf(b, "  %s:%s", y->name, tname(y->type));
		put_keys(b, y);
		buf_putc(b, '\n');
	}
}

static void put_function(Buf *b, const Func *f)
{
	buf_printf(b, "%s:%s (", f->name, tname(f->type));
	for (int i = 0; i < f->params.len; i++) {
		const Symbol *p = f->params.data[i];
		buf_printf(b, "%s%s:%s", i ? ", " : "", p->name, tname(p->type));
	}
	buf_puts(b, ")\n");
	put_locals(b, &f->locals);
}

/* "a, b = x, y" for an alias; points joined by `sep`. */
static void put_points(Buf *b, const Node *pts, const char *sep, const Vec *globals)
{
	for (const Node *pt = pts; pt; pt = pt->next) {
		pp_print(b, pt, true, globals);
		if (pt->next)
			buf_puts(b, sep);
	}
}

static void put_probe(Buf *b, const Probe *p, const Vec *globals)
{
	pp_print(b, p->point, true, globals);
	buf_puts(b, " /* <- ");
	if (p->input) {
		pp_print(b, p->input, false, globals);
	} else {
		for (int i = 0; i < p->via.len; i++) {
			const Node *a = p->via.data[i];
			/* an alias prints as written: its globals not renamed */
			put_points(b, a->list2, ", ", NULL);
			buf_puts(b, a->flags & NF_EPILOGUE ? " += " : " = ");
			put_points(b, a->list, ", ", NULL);
			buf_puts(b, " <- ");
		}
		put_points(b, p->user->list, ",", globals);
	}
	buf_puts(b, " */\n");
	put_locals(b, &p->locals);
}

void print_program(FILE *out, const Program *P)
{
	Buf b = {0};
	if (P->needs_procfs || P->embeds.len) {
		buf_puts(&b, "# global embedded code\n");
		for (int i = 0; i < P->embeds.len; i++)
			buf_printf(&b, "%%{%s%%}\n", ((Node *)P->embeds.data[i])->str);
		if (P->needs_procfs)
			buf_puts(&b, "%{#include \"procfs-probes.h\"%}\n");
	}
	if (P->globals.len) {
		buf_puts(&b, "# globals\n");
		for (int i = 0; i < P->globals.len; i++)
			put_global(&b, P->globals.data[i]);
	}
	if (P->funcs.len) {
		buf_puts(&b, "# functions\n");
		for (int i = 0; i < P->funcs.len; i++)
			put_function(&b, P->funcs.data[i]);
	}
	buf_puts(&b, "# probes\n");
	for (int i = 0; i < P->probes.len; i++)
		put_probe(&b, P->probes.data[i], &P->globals);
	fwrite(b.buf, 1, b.len, out);
}
