/* optimise.c - pass 2: what stap takes out of the program before types.
 *
 * Rounds of rewrites over the probe bodies and the reachable functions,
 * repeated until a round changes nothing (stap's relaxation loop):
 *
 *  1. functions no probe reaches any more are dropped;
 *  2. variables neither read nor written are dropped ("Eliding unused
 *     variable"); those read and never written are reported
 *     ("never-assigned local variable 'x' (similar: ...)");
 *  3. assignments to locals nobody reads become their right side
 *     ("Eliding assignment to 'x'");
 *  4. expression statements without side effects are removed ("Eliding
 *     side-effect-free expression"), and with them empty blocks, ifs,
 *     loops; a function left with no body is "side-effect-free";
 *  5. expression statements whose value is unused are split into the
 *     statements of their operands (a + b; -> a; b;), so that round 4
 *     can take the pure parts away next time;
 *  6. statements after return/next/break/continue are dropped.
 *
 * As in stap, only the first round warns: later rounds are silent.  A
 * warning is given only about code of the user's script, not tapsets.
 * Probes left empty are elided at the end ("Probe 'begin' has been
 * elided").
 */
#include "stap.h"

#include <stdlib.h>
#include <string.h>

enum { VU_READ = 1, VU_WRITTEN = 2 };

typedef struct {
	Session *s;
	Vec *probes, *funcs, *globals;
	int iter;
	bool changed;
	/* a side-effect scan */
	Vec written;            /* Symbol * written                          */
	bool effect;            /* output, embedded C: always a side effect  */
	Vec seen;               /* Func * already scanned in this scan       */
	/* the body being rewritten */
	const Vec *focal1, *focal2;   /* locals (and params) that count      */
	char *empty;            /* per probe: its body went away             */
	bool typed;             /* after type inference: new nodes get types */
} Opt;

static bool user_tok(const Token *t)
{
	return t && t->file && !t->file->is_tapset;
}

static void warn(Opt *O, const Token *tok, const char *msg)
{
	if (O->iter > 0 || !user_tok(tok))
		return;
	sem_warn(O->s, tok, "%s", msg);
}

/* ------------------------------------------------------------------ */
/* Variable use                                                        */

static void vu(Opt *O, Node *n);

static void vu_mark(Opt *O, Node *base, int how)
{
	if (base->kind != ND_SYM) {
		vu(O, base);
		return;
	}
	if (!base->sym)
		return;
	base->sym->vu |= how;
	if (how & VU_WRITTEN)
		vec_push(&O->written, base->sym);
}

/* The target of an assignment, ++/-- or delete. */
static void vu_target(Opt *O, Node *t, int how)
{
	if (t->kind == ND_INDEX) {
		for (Node *k = t->list; k; k = k->next)
			vu(O, k);
		vu_mark(O, t->lhs, how);
		return;
	}
	vu_mark(O, t, how);
}

static bool seen_func(Opt *O, Func *f)
{
	for (int i = 0; i < O->seen.len; i++)
		if (O->seen.data[i] == f)
			return true;
	vec_push(&O->seen, f);
	return false;
}

static void vu_one(Opt *O, Node *n)
{
	switch (n->kind) {
	case ND_SYM:
		vu_mark(O, n, VU_READ);
		return;
	case ND_ASSIGN:
		if (n->lhs->kind == ND_TARGET)
			O->effect = true;	/* procfs '$value = ...' is output */
		vu_target(O, n->lhs, strcmp(n->op, "=") && strcmp(n->op, "<<<") ?
			  VU_READ | VU_WRITTEN : VU_WRITTEN);
		vu(O, n->rhs);
		return;
	case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC:
		vu_target(O, n->lhs, VU_READ | VU_WRITTEN);
		return;
	case ND_DELETE:
		vu_target(O, n->lhs, VU_WRITTEN);
		return;
	case ND_FOREACH:
		if (n->rhs->kind == ND_INDEX) {
			vu(O, n->rhs->list);
			vu_mark(O, n->rhs->lhs, VU_READ);
		} else {
			vu_mark(O, n->rhs, VU_READ);
		}
		for (Node *k = n->list; k; k = k->next)
			vu_mark(O, k, VU_WRITTEN);
		if (n->lhs)
			vu_mark(O, n->lhs, VU_WRITTEN);
		if (n->limit)
			vu(O, n->limit);
		if (n->then)
			vu(O, n->then);
		return;
	case ND_PRINT:
		if (n->op[0] != 's')
			O->effect = true;
		vu(O, n->list);
		return;
	case ND_TRY:
		O->effect = true;
		if (n->lhs)	/* the catch variable */
			vu_mark(O, n->lhs, VU_WRITTEN);
		vu(O, n->then);
		vu(O, n->els);
		return;
	case ND_EMBED_EXPR: case ND_EMBED_STMT:
		O->effect = true;
		break;
	case ND_CALL:
		vu(O, n->list);
		for (Func *g = n->fn; g; g = g->overload) {
			if (seen_func(O, g))
				continue;
			if (g->decl->then && g->decl->then->kind == ND_EMBED_STMT) {
				if (!(g->markers & EMB_PURE))
					O->effect = true;
			}
			else if (g->decl->then)
				vu(O, g->decl->then);
		}
		return;
	default:
		break;
	}
	Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els, n->init, n->inc, n->limit};
	for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
		if (kids[i])
			vu(O, kids[i]);
	vu(O, n->list);
}

/* A node and the nodes linked after it. */
static void vu(Opt *O, Node *n)
{
	for (; n; n = n->next)
		vu_one(O, n);
}

/* Does one expression (not its `next`) write a variable that counts, or
 * print?  With no focal lists, any write counts. */
static bool has_effect(Opt *O, Node *e, bool wrt)
{
	O->written.len = 0;
	O->seen.len = 0;
	O->effect = false;
	Node *nx = e->next;
	e->next = NULL;
	vu_one(O, e);
	e->next = nx;
	if (O->effect)
		return true;
	for (int i = 0; i < O->written.len; i++) {
		Symbol *y = O->written.data[i];
		if (!wrt || (y->flags & SYM_GLOBAL))
			return true;
		for (int k = 0; O->focal1 && k < O->focal1->len; k++)
			if (O->focal1->data[k] == y)
				return true;
		for (int k = 0; O->focal2 && k < O->focal2->len; k++)
			if (O->focal2->data[k] == y)
				return true;
	}
	return false;
}

static void clear_vu(Vec *syms)
{
	for (int i = 0; i < syms->len; i++)
		((Symbol *)syms->data[i])->vu = 0;
}

/* Uses in everything the probes reach. */
static void collect_uses(Opt *O)
{
	clear_vu(O->globals);
	for (int i = 0; i < O->probes->len; i++)
		clear_vu(&((Probe *)O->probes->data[i])->locals);
	for (int i = 0; i < O->funcs->len; i++) {
		Func *f = O->funcs->data[i];
		clear_vu(&f->locals);
		clear_vu(&f->params);
	}
	O->seen.len = 0;
	O->written.len = 0;
	for (int i = 0; i < O->probes->len; i++) {
		Probe *p = O->probes->data[i];
		vu(O, p->body);
		if (p->cond)
			vu(O, p->cond);
	}
}

/* ------------------------------------------------------------------ */
/* 1. unused functions                                                 */

static void reach(Opt *O, Node *n, Vec *seen)
{
	for (; n; n = n->next) {
		if (n->kind == ND_CALL) {
			for (Func *g = n->fn; g; g = g->overload) {
				bool dup = false;
				for (int i = 0; i < seen->len && !dup; i++)
					dup = seen->data[i] == g;
				if (!dup) {
					vec_push(seen, g);
					reach(O, g->decl->then, seen);
				}
			}
		}
		Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els, n->init,
				n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i])
				reach(O, kids[i], seen);
	}
}

static void opt_functions(Opt *O)
{
	Vec seen = {0};
	for (int i = 0; i < O->probes->len; i++) {
		Probe *p = O->probes->data[i];
		reach(O, p->body, &seen);
		reach(O, p->cond, &seen);
	}
	int k = 0;
	for (int i = 0; i < O->funcs->len; i++) {
		Func *f = O->funcs->data[i];
		bool used = false;
		for (int j = 0; j < seen.len && !used; j++)
			used = seen.data[j] == f;
		if (used) {
			O->funcs->data[k++] = f;
			continue;
		}
		warn(O, f->decl->tok, xfmt("Eliding unused function '%s'", f->name));
		f->reachable = false;
		O->changed = true;
	}
	O->funcs->len = k;
}

/* ------------------------------------------------------------------ */
/* 2. unused variables                                                 */

static int lev(const char *a, const char *b)
{
	int la = strlen(a), lb = strlen(b);
	int *d = xalloc(sizeof(int) * (lb + 1));
	for (int j = 0; j <= lb; j++)
		d[j] = j;
	for (int i = 1; i <= la; i++) {
		int prev = d[0];
		d[0] = i;
		for (int j = 1; j <= lb; j++) {
			int t = d[j];
			int c = prev + (a[i - 1] != b[j - 1]);
			if (d[j] + 1 < c)
				c = d[j] + 1;
			if (d[j - 1] + 1 < c)
				c = d[j - 1] + 1;
			d[j] = c;
			prev = t;
		}
	}
	return d[lb];
}

typedef struct {
	const char *name;
	int d;
} Cand;

static int cmp_cand(const void *a, const void *b)
{
	const Cand *x = a, *y = b;
	return x->d != y->d ? x->d - y->d : strcmp(x->name, y->name);
}

static void add_cand(Vec *v, const char *name)
{
	for (int i = 0; i < v->len; i++)
		if (!strcmp(v->data[i], name))
			return;
	vec_push(v, (char *)name);
}

static void add_cands(Vec *v, const Vec *syms)
{
	for (int i = 0; syms && i < syms->len; i++)
		add_cand(v, ((Symbol *)syms->data[i])->name);
}

/* stap's levenshtein_suggest: the five nearest, nearest first. */
static const char *suggest(const char *name, Vec *names)
{
	if (!names->len)
		return "";
	Cand *c = xalloc(sizeof(Cand) * names->len);
	for (int i = 0; i < names->len; i++)
		c[i] = (Cand){names->data[i], lev(name, names->data[i])};
	qsort(c, names->len, sizeof *c, cmp_cand);
	Buf b = {0};
	buf_puts(&b, " (similar: ");
	for (int i = 0; i < names->len && i < 5; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", c[i].name);
	buf_putc(&b, ')');
	return buf_str(&b);
}

/* The globals stap knows at this point: those some code names. */
static bool global_live(const Symbol *y)
{
	return !(y->flags & SYM_ELIDED) && (y->flags & SYM_USED);
}

static void add_global_cands(Opt *O, Vec *v, const char *skip)
{
	for (int i = 0; i < O->globals->len; i++) {
		Symbol *y = O->globals->data[i];
		if (global_live(y) && (!skip || strcmp(y->name, skip)))
			add_cand(v, y->name);
	}
}

/* Locals of a probe (params NULL) or a function. */
static void opt_locals(Opt *O, Vec *locals, const Vec *params)
{
	int k = 0;
	for (int i = 0; i < locals->len; i++) {
		Symbol *y = locals->data[i];
		if (!y->vu) {
			warn(O, y->tok, xfmt("Eliding unused variable '%s'", y->name));
			O->changed = true;
			continue;
		}
		locals->data[k++] = y;
		if (y->vu & VU_WRITTEN || O->iter > 0 || !user_tok(y->tok))
			continue;
		Vec names = {0};
		add_cands(&names, params);
		add_cands(&names, locals);  /* stap: all but this one */
		for (int j = i + 1; j < locals->len; j++)
			add_cand(&names, ((Symbol *)locals->data[j])->name);
		add_global_cands(O, &names, NULL);
		int w = 0;
		for (int j = 0; j < names.len; j++)
			if (strcmp(names.data[j], y->name))
				names.data[w++] = names.data[j];
		names.len = w;
		warn(O, y->tok, xfmt("never-assigned local variable '%s'%s", y->name,
				     suggest(y->name, &names)));
	}
	locals->len = k;
}

static void opt_variables(Opt *O)
{
	collect_uses(O);
	for (int i = 0; i < O->probes->len; i++)
		opt_locals(O, &((Probe *)O->probes->data[i])->locals, NULL);
	for (int i = 0; i < O->funcs->len; i++) {
		Func *f = O->funcs->data[i];
		opt_locals(O, &f->locals, &f->params);
	}
	for (int i = 0; i < O->globals->len; i++) {
		Symbol *y = O->globals->data[i];
		if (!global_live(y))
			continue;
		if (!y->vu) {
			warn(O, y->tok, xfmt("Eliding unused variable '%s'", y->name));
			y->flags |= SYM_ELIDED;
			y->flags &= ~SYM_USED;
			O->changed = true;
			continue;
		}
		if (y->vu & VU_WRITTEN || (y->decl && y->decl->lhs) || O->iter > 0)
			continue;
		/* stap leaves the variable's own name among the suggestions */
		Vec names = {0};
		add_global_cands(O, &names, NULL);
		warn(O, y->tok, xfmt("never-assigned global variable '%s'%s", y->name,
				     suggest(y->name, &names)));
	}
}

/* ------------------------------------------------------------------ */
/* 3. dead assignments                                                 */

static void dead_assign(Opt *O, Node *n)
{
	for (; n; n = n->next) {
		Node *kids[] = {n->lhs, n->rhs, n->cond, n->then, n->els, n->init,
				n->inc, n->limit, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i])
				dead_assign(O, kids[i]);
		if (n->kind != ND_ASSIGN)
			continue;
		Node *base = n->lhs->kind == ND_INDEX ? n->lhs->lhs : n->lhs;
		Symbol *y = base->kind == ND_SYM ? base->sym : NULL;
		if (!y || (y->vu & VU_READ) || (y->flags & SYM_GLOBAL))
			continue;
		bool pure = true;
		if (n->lhs->kind == ND_INDEX)
			for (Node *k = n->lhs->list; k && pure; k = k->next)
				pure = !has_effect(O, k, false);
		if (!pure)
			continue;
		if (user_tok(base->tok))
			warn(O, n->tok, xfmt("Eliding assignment to '%s'", y->name));
		Node *nx = n->next;
		*n = *n->rhs;
		n->next = nx;
		O->changed = true;
	}
}

static void opt_assignments(Opt *O)
{
	collect_uses(O);
	for (int i = 0; i < O->probes->len; i++)
		dead_assign(O, ((Probe *)O->probes->data[i])->body);
	for (int i = 0; i < O->funcs->len; i++)
		dead_assign(O, ((Func *)O->funcs->data[i])->decl->then);
}

/* ------------------------------------------------------------------ */
/* 4. side-effect-free statements                                      */

static Node *new_node(NodeKind k, Token *tok)
{
	Node *n = xalloc(sizeof(*n));
	n->kind = k;
	n->tok = tok;
	return n;
}

static Node *dse(Opt *O, Node *st);

/* The statements are rewritten first and relinked after: the side-effect
 * scan of a recursive call walks this very body (a function calling
 * itself), and must see it whole, not cut at the statement in hand. */
static Node *dse_block(Opt *O, Node *b)
{
	Vec out = {0};
	for (Node *st = b->list; st; st = st->next) {
		Node *r = dse(O, st);
		if (r)
			vec_push(&out, r);
	}
	Node head = {0}, *tail = &head;
	for (int i = 0; i < out.len; i++) {
		Node *r = out.data[i];
		if (r->kind == ND_BLOCK) {
			/* flatten */
			tail->next = r->list;
			while (tail->next)
				tail = tail->next;
			continue;
		}
		r->next = NULL;
		tail->next = r;
		tail = r;
	}
	if (!head.next)
		return NULL;
	if (!head.next->next)
		return head.next;
	b->list = head.next;
	return b;
}

static Node *dse(Opt *O, Node *st)
{
	if (!st)
		return NULL;
	switch (st->kind) {
	case ND_NULL_STMT:
		return NULL;
	case ND_BLOCK:
		return dse_block(O, st);
	case ND_TRY:
		st->then = dse(O, st->then);
		st->els = dse(O, st->els);
		return st->then ? st : NULL;
	case ND_IF:
		st->then = dse(O, st->then);
		st->els = dse(O, st->els);
		if (st->then)
			return st;
		if (!st->els) {
			if (!has_effect(O, st->cond, false))
				return NULL;
			Node *e = new_node(ND_EXPR_STMT, st->cond->tok);
			e->lhs = st->cond;
			return e;
		} else {
			Node *u = new_node(ND_UNARY, st->cond->tok);
			u->op = "!";
			u->lhs = st->cond;
			if (O->typed)
				u->etype = TYPE_LONG;
			st->cond = u;
			st->then = st->els;
			st->els = NULL;
		}
		return st;
	case ND_FOREACH:
		st->then = dse(O, st->then);
		return st->then ? st : NULL;
	case ND_FOR: case ND_WHILE:
		st->then = dse(O, st->then);
		if (st->then)
			return st;
		if ((!st->init || !has_effect(O, st->init, false)) &&
		    (!st->cond || !has_effect(O, st->cond, false)) &&
		    (!st->inc || !has_effect(O, st->inc, false)))
			return NULL;
		st->then = new_node(ND_NULL_STMT, st->tok);
		return st;
	case ND_EXPR_STMT:
		if (has_effect(O, st->lhs, true))
			return st;
		if (user_tok(st->lhs->tok))
			warn(O, st->tok, "Eliding side-effect-free expression ");
		O->changed = true;
		return NULL;
	default:
		return st;
	}
}

static Node *as_block(Node *body, Token *tok)
{
	if (body && body->kind == ND_BLOCK)
		return body;
	Node *b = new_node(ND_BLOCK, tok);
	b->list = body;
	if (body)
		body->next = NULL;
	return b;
}

static void opt_statements(Opt *O)
{
	for (int i = 0; i < O->probes->len; i++) {
		Probe *p = O->probes->data[i];
		O->focal1 = &p->locals;
		O->focal2 = NULL;
		Node *b = dse(O, p->body);
		if (!b)
			O->empty[i] = 1;
		p->body = as_block(b, p->body->tok);
	}
	for (int i = 0; i < O->funcs->len; i++) {
		Func *f = O->funcs->data[i];
		Node *body = f->decl->then;
		if (!body || body->kind != ND_BLOCK)
			continue;
		O->focal1 = &f->locals;
		O->focal2 = &f->params;
		Node *b = dse(O, body);
		if (!b)
			warn(O, f->decl->tok, xfmt("side-effect-free function '%s'", f->name));
		f->decl->then = as_block(b, body->tok);
	}
	O->focal1 = O->focal2 = NULL;
}

/* ------------------------------------------------------------------ */
/* 5. values nobody uses                                               */

static Node *expr_stmt(Node *e)
{
	Node *s = new_node(ND_EXPR_STMT, e->tok);
	s->lhs = e;
	return s;
}

static Node *reduce(Opt *O, Node *st);

/* { a; b; ... } from expressions linked through next (or a, b). */
static Node *reduce_to_block(Opt *O, Token *tok, Node *a, Node *b)
{
	Node *blk = new_node(ND_BLOCK, tok), head = {0}, *tail = &head;
	Node *items[2] = {a, b};
	for (int i = 0; i < 2; i++) {
		for (Node *e = items[i], *nx; e; e = i ? NULL : nx) {
			nx = e->next;
			e->next = NULL;
			Node *s = reduce(O, expr_stmt(e));
			tail->next = s;
			tail = s;
			if (i)
				break;
		}
	}
	blk->list = head.next;
	O->changed = true;
	return blk;
}

static bool pure_call(Opt *O, Node *e)
{
	if (!e->fn)
		return false;
	for (Func *g = e->fn; g; g = g->overload) {
		Node *body = g->decl->then;
		if (!body || body->kind == ND_EMBED_STMT)
			return false;
		const Vec *f1 = O->focal1, *f2 = O->focal2;
		O->focal1 = O->focal2 = NULL;
		O->written.len = 0;
		O->seen.len = 0;
		O->effect = false;
		vec_push(&O->seen, g);
		vu(O, body);
		bool fx = O->effect;
		for (int i = 0; i < O->written.len && !fx; i++)
			fx = ((Symbol *)O->written.data[i])->flags & SYM_GLOBAL;
		O->focal1 = f1;
		O->focal2 = f2;
		if (fx)
			return false;
	}
	return true;
}

static Node *reduce(Opt *O, Node *st)
{
	if (!st)
		return NULL;
	switch (st->kind) {
	case ND_BLOCK:
		for (Node **pp = &st->list; *pp; pp = &(*pp)->next) {
			Node *nx = (*pp)->next;
			Node *r = reduce(O, *pp);
			r->next = nx;
			*pp = r;
		}
		return st;
	case ND_IF:
		st->then = reduce(O, st->then);
		st->els = reduce(O, st->els);
		return st;
	case ND_FOR: case ND_WHILE: case ND_FOREACH:
		st->then = reduce(O, st->then);
		return st;
	case ND_TRY:
		st->then = reduce(O, st->then);
		st->els = reduce(O, st->els);
		return st;
	case ND_EXPR_STMT:
		break;
	default:
		return st;
	}
	Node *e = st->lhs;
	switch (e->kind) {
	case ND_BINARY: case ND_COMPARE:
		return reduce_to_block(O, e->tok, e->lhs, e->rhs);
	case ND_UNARY: case ND_REGEX:
		O->changed = true;
		st->lhs = e->lhs;
		st->lhs->next = NULL;
		return reduce(O, st);
	case ND_LOGICAL: case ND_TERNARY: {
		Node *i = new_node(ND_IF, e->tok);
		if (e->kind == ND_TERNARY) {
			i->cond = e->cond;
			i->then = expr_stmt(e->then);
			i->els = expr_stmt(e->els);
		} else if (!strcmp(e->op, "&&")) {
			i->cond = e->lhs;
			i->then = expr_stmt(e->rhs);
		} else {
			Node *u = new_node(ND_UNARY, e->tok);
			u->op = "!";
			u->lhs = e->lhs;
			if (O->typed)
				u->etype = TYPE_LONG;
			i->cond = u;
			i->then = expr_stmt(e->rhs);
		}
		O->changed = true;
		return reduce(O, i);
	}
	case ND_PRINT:
		if (e->op[0] != 's' || !e->list)
			return st;
		return reduce_to_block(O, e->tok, e->list, NULL);
	case ND_CALL:
		if (!e->list || !pure_call(O, e))
			return st;
		return reduce_to_block(O, e->tok, e->list, NULL);
	default:
		return st;
	}
}

static void opt_reduce(Opt *O)
{
	for (int i = 0; i < O->probes->len; i++) {
		Probe *p = O->probes->data[i];
		p->body = reduce(O, p->body);
	}
	for (int i = 0; i < O->funcs->len; i++) {
		Func *f = O->funcs->data[i];
		if (f->decl->then && f->decl->then->kind == ND_BLOCK)
			f->decl->then = reduce(O, f->decl->then);
	}
}

/* ------------------------------------------------------------------ */
/* 6. dead control flow                                                */

static void dead_control(Opt *O, Node *n)
{
	for (; n; n = n->next) {
		if (n->kind == ND_BLOCK) {
			for (Node *st = n->list; st; st = st->next) {
				NodeKind k = st->kind;
				if ((k == ND_RETURN || k == ND_NEXT || k == ND_BREAK ||
				     k == ND_CONTINUE) && st->next) {
					st->next = NULL;
					O->changed = true;
				}
			}
		}
		Node *kids[] = {n->then, n->els, n->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i] && kids[i]->kind != ND_NUM)
				dead_control(O, kids[i]);
	}
}

static void opt_control(Opt *O)
{
	for (int i = 0; i < O->probes->len; i++)
		dead_control(O, ((Probe *)O->probes->data[i])->body);
	for (int i = 0; i < O->funcs->len; i++)
		dead_control(O, ((Func *)O->funcs->data[i])->decl->then);
}

/* ------------------------------------------------------------------ */
/* Entry                                                               */

static void rounds(Opt *O)
{
	do {
		O->changed = false;
		opt_functions(O);
		opt_variables(O);
		opt_assignments(O);
		opt_statements(O);
		opt_reduce(O);
		opt_control(O);
		O->iter++;
	} while (O->changed && O->iter < 100);
	O->iter = 0;
}

/* Probes whose bodies went away are elided, with stap's warning. */
static bool elide_probes(Opt *O)
{
	Vec *probes = O->probes;
	int k = 0;
	for (int i = 0; i < probes->len; i++) {
		Probe *p = probes->data[i];
		if (!O->empty[i]) {
			probes->data[k++] = p;
			continue;
		}
		const Token *t = p->via.len ? p->tok : p->user->tok;
		const char *name = p->point->list ? p->point->list->name : "?";
		sem_warn(O->s, t, "Probe '%s' has been elided", name);
	}
	probes->len = k;
	if (!k) {
		sem_report(O->s, sem_err("no-probes", NULL, NULL, "no probes found"));
		return false;
	}
	return true;
}

bool optimise(Session *s, Vec *probes, Vec *funcs, Vec *globals)
{
	Opt ctx = {.s = s, .probes = probes, .funcs = funcs, .globals = globals}, *O = &ctx;
	O->empty = xalloc(probes->len + 1);
	rounds(O);
	return elide_probes(O);
}

/* ------------------------------------------------------------------ */
/* Constant folding                                                    */
/*
 * stap folds after the code has been typed: a variable assigned only in
 * code a constant condition takes away keeps the type that code gave it
 * (and a type conflict there is still an error).  The rounds above are
 * then run again, silently, as stap's later rounds are.
 */

static bool is_num(const Node *n)
{
	return n && n->kind == ND_NUM;
}

static bool is_str(const Node *n)
{
	return n && n->kind == ND_STR;
}

/* Could evaluating e do anything but give a value? */
static bool impure(const Node *e)
{
	for (; e; e = e->next) {
		switch (e->kind) {
		case ND_CALL: case ND_ASSIGN: case ND_PREINC: case ND_PREDEC:
		case ND_POSTINC: case ND_POSTDEC: case ND_PRINT: case ND_EMBED_EXPR:
		case ND_DELETE: case ND_TARGET: case ND_CAST: case ND_ATVAR:
		case ND_AUTOCAST: case ND_DEREF: case ND_PERF: case ND_REGISTER:
		case ND_ENTRY:
			return true;
		default:
			break;
		}
		const Node *kids[] = {e->lhs, e->rhs, e->cond, e->then, e->els, e->list};
		for (size_t i = 0; i < sizeof kids / sizeof *kids; i++)
			if (kids[i] && impure(kids[i]))
				return true;
	}
	return false;
}

/* n takes the place of r (n's place in its list stays). */
static void become(Node *n, const Node *r)
{
	Node *nx = n->next;
	*n = *r;
	n->next = nx;
}

static void become_num(Opt *O, Node *n, int64_t v)
{
	Node *nx = n->next;
	Token *tok = n->tok;
	memset(n, 0, sizeof *n);
	n->kind = ND_NUM;
	n->tok = tok;
	n->num = v;
	n->etype = TYPE_LONG;
	n->next = nx;
	O->changed = true;
}

static void become_str(Opt *O, Node *n, const char *str, int len)
{
	Node *nx = n->next;
	Token *tok = n->tok;
	memset(n, 0, sizeof *n);
	n->kind = ND_STR;
	n->tok = tok;
	n->str = str;
	n->slen = len;
	n->etype = TYPE_STRING;
	n->next = nx;
	O->changed = true;
}

static void become_kid(Opt *O, Node *n, Node *kid)
{
	become(n, kid);
	O->changed = true;
}

static int64_t shift_count(int64_t r)
{
	/* stap clamps the count to 0..64; a count of 64 then shifts by 0 */
	if (r < 0)
		r = 0;
	if (r > 64)
		r = 64;
	return r & 63;
}

static void fold_binary(Opt *O, Node *n)
{
	Node *l = n->lhs, *r = n->rhs;
	const char *op = n->op;
	if (!strcmp(op, ".")) {
		if (is_str(l) && is_str(r)) {
			char *b = xalloc(l->slen + r->slen + 1);
			memcpy(b, l->str, l->slen);
			memcpy(b + l->slen, r->str, r->slen);
			become_str(O, n, b, l->slen + r->slen);
		} else if (is_str(r) && !r->slen) {
			become_kid(O, n, l);
		} else if (is_str(l) && !l->slen) {
			become_kid(O, n, r);
		}
		return;
	}
	if (is_num(l) && is_num(r)) {
		uint64_t a = (uint64_t)l->num, b = (uint64_t)r->num;
		int64_t x = l->num, y = r->num, v;
		switch (op[0]) {
		case '+': v = (int64_t)(a + b); break;
		case '-': v = (int64_t)(a - b); break;
		case '*': v = (int64_t)(a * b); break;
		case '/': case '%':
			if (y == 0)
				return;   /* a division by zero stays, to fail at run time */
			if (y == -1)
				v = op[0] == '/' ? (int64_t)(0 - a) : 0;
			else
				v = op[0] == '/' ? x / y : x % y;
			break;
		case '&': v = x & y; break;
		case '|': v = x | y; break;
		case '^': v = x ^ y; break;
		case '<': v = (int64_t)(a << shift_count(y)); break;
		case '>': v = x >> shift_count(y); break;
		default: return;
		}
		become_num(O, n, v);
		return;
	}
	if (is_num(r)) {
		int64_t y = r->num;
		switch (op[0]) {
		case '+': case '-': case '|': case '^': case '<': case '>':
			if (y == 0)
				become_kid(O, n, l);
			else if (op[0] == '|' && y == -1 && !impure(l))
				become_num(O, n, -1);
			return;
		case '*':
			if (y == 1)
				become_kid(O, n, l);
			else if (y == 0 && !impure(l))
				become_num(O, n, 0);
			return;
		case '/':
			if (y == 1)
				become_kid(O, n, l);
			return;
		case '%':
			if (y == 1 && !impure(l))
				become_num(O, n, 0);
			return;
		case '&':
			if (y == -1)
				become_kid(O, n, l);
			else if (y == 0 && !impure(l))
				become_num(O, n, 0);
			return;
		}
		return;
	}
	if (is_num(l)) {
		int64_t x = l->num;
		switch (op[0]) {
		case '+': case '|': case '^':
			if (x == 0)
				become_kid(O, n, r);
			else if (op[0] == '|' && x == -1 && !impure(r))
				become_num(O, n, -1);
			return;
		case '*':
			if (x == 1)
				become_kid(O, n, r);
			else if (x == 0 && !impure(r))
				become_num(O, n, 0);
			return;
		case '<': case '>':
			if (x == 0 && !impure(r))
				become_num(O, n, 0);
			return;
		case '&':
			if (x == -1)
				become_kid(O, n, r);
			else if (x == 0 && !impure(r))
				become_num(O, n, 0);
			return;
		}
	}
}

static int str_cmp(const Node *a, const Node *b)
{
	int m = a->slen < b->slen ? a->slen : b->slen;
	int c = memcmp(a->str, b->str, m);
	if (c)
		return c;
	return a->slen < b->slen ? -1 : a->slen > b->slen;
}

static void fold_compare(Opt *O, Node *n)
{
	int c;
	if (is_num(n->lhs) && is_num(n->rhs))
		c = n->lhs->num < n->rhs->num ? -1 : n->lhs->num > n->rhs->num;
	else if (is_str(n->lhs) && is_str(n->rhs))
		c = str_cmp(n->lhs, n->rhs);
	else
		return;
	const char *op = n->op;
	int v;
	if (!strcmp(op, "<")) v = c < 0;
	else if (!strcmp(op, "<=")) v = c <= 0;
	else if (!strcmp(op, ">")) v = c > 0;
	else if (!strcmp(op, ">=")) v = c >= 0;
	else if (!strcmp(op, "==")) v = c == 0;
	else if (!strcmp(op, "!=")) v = c != 0;
	else return;
	become_num(O, n, v);
}

static void fold_logical(Opt *O, Node *n)
{
	bool and = !strcmp(n->op, "&&");
	Node *l = n->lhs, *r = n->rhs;
	if (is_num(l)) {
		if (and ? !l->num : !!l->num)
			become_num(O, n, !and ? 1 : 0);
		else if (is_num(r))
			become_num(O, n, r->num != 0);
		return;
	}
	if (is_num(r) && !impure(l) && (and ? !r->num : !!r->num))
		become_num(O, n, and ? 0 : 1);
}

static void fold_unary(Opt *O, Node *n)
{
	if (!is_num(n->lhs))
		return;
	uint64_t a = (uint64_t)n->lhs->num;
	switch (n->op[0]) {
	case '-': become_num(O, n, (int64_t)(0 - a)); break;
	case '+': become_num(O, n, (int64_t)a); break;
	case '~': become_num(O, n, (int64_t)~a); break;
	case '!': become_num(O, n, a == 0); break;
	}
}

static void fold(Opt *O, Node *n);

static void fold_list(Opt *O, Node *n)
{
	for (; n; n = n->next)
		fold(O, n);
}

/* One node (expression or statement), its parts first. */
static void fold(Opt *O, Node *n)
{
	if (!n)
		return;
	switch (n->kind) {
	case ND_EMBED_STMT: case ND_EMBED_EXPR: case ND_NUM: case ND_STR:
	case ND_SYM: case ND_TARGET: case ND_CAST: case ND_ATVAR:
	case ND_AUTOCAST: case ND_DEFINED: case ND_CONST: case ND_PERF:
	case ND_REGISTER: case ND_DEREF: case ND_ENTRY: case ND_PROBEWRITE:
		return;
	case ND_IF:
		fold(O, n->cond);
		if (is_num(n->cond)) {
			Node *b = n->cond->num ? n->then : n->els;
			if (b) {
				become(n, b);
			} else {
				Node *nx = n->next;
				Token *tok = n->tok;
				memset(n, 0, sizeof *n);
				n->kind = ND_NULL_STMT;
				n->tok = tok;
				n->next = nx;
			}
			O->changed = true;
			fold(O, n);
			return;
		}
		fold(O, n->then);
		fold(O, n->els);
		return;
	case ND_WHILE: case ND_FOR:
		fold(O, n->init);
		fold(O, n->cond);
		if (is_num(n->cond) && !n->cond->num) {
			Node *init = n->init;
			Node *nx = n->next;
			Token *tok = n->tok;
			if (init) {
				become(n, init);
			} else {
				memset(n, 0, sizeof *n);
				n->kind = ND_NULL_STMT;
				n->tok = tok;
				n->next = nx;
			}
			O->changed = true;
			return;
		}
		fold(O, n->inc);
		fold(O, n->then);
		return;
	case ND_TERNARY:
		fold(O, n->cond);
		if (is_num(n->cond)) {
			become_kid(O, n, n->cond->num ? n->then : n->els);
			fold(O, n);
			return;
		}
		fold(O, n->then);
		fold(O, n->els);
		return;
	case ND_LOGICAL:
		fold(O, n->lhs);
		fold(O, n->rhs);
		fold_logical(O, n);
		return;
	default:
		break;
	}
	fold(O, n->lhs);
	fold(O, n->rhs);
	fold(O, n->cond);
	fold(O, n->then);
	fold(O, n->els);
	fold(O, n->init);
	fold(O, n->inc);
	fold(O, n->limit);
	fold_list(O, n->list);
	switch (n->kind) {
	case ND_BINARY: fold_binary(O, n); break;
	case ND_COMPARE: fold_compare(O, n); break;
	case ND_UNARY: fold_unary(O, n); break;
	default: break;
	}
}

bool optimise_fold(Session *s, Vec *probes, Vec *funcs, Vec *globals)
{
	Opt ctx = {.s = s, .probes = probes, .funcs = funcs, .globals = globals}, *O = &ctx;
	O->typed = true;
	O->empty = xalloc(probes->len + 1);
	for (int i = 0; i < probes->len; i++)
		fold(O, ((Probe *)probes->data[i])->body);
	for (int i = 0; i < funcs->len; i++) {
		Func *f = funcs->data[i];
		if (f->decl->then && f->decl->then->kind == ND_BLOCK)
			fold(O, f->decl->then);
	}
	if (!O->changed)
		return true;
	O->iter = 1;    /* stap's later rounds: silent */
	do {
		O->changed = false;
		opt_functions(O);
		opt_variables(O);
		opt_assignments(O);
		opt_statements(O);
		opt_reduce(O);
		opt_control(O);
	} while (O->changed && ++O->iter < 100);
	O->iter = 0;
	return elide_probes(O);
}
