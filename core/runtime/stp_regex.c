// SPDX-License-Identifier: GPL-2.0
/*
 * stp_regex.c - `=~` at run time: a Pike VM over the program that pass 3
 * compiled (core/regex.c) and emitted as static data.
 *
 * Time is linear in the subject (each step visits each instruction at
 * most once), there is no recursion (the closure uses an explicit stack
 * bounded by twice the program size), and all memory is per-CPU scratch
 * allocated at module init for the largest program of the module: a
 * handler runs with interrupts off on its CPU, so the scratch is its own.
 *
 * Semantics (SystemTap 4.8's tagged DFA, measured): the leftmost match,
 * and of those the longest; among threads ending there, subexpressions
 * follow priority (left alternative first, greedy closures), so
 * "abcd" =~ "(a|ab)(c|bcd)(d*)" gives a, bcd, "".  The last match of the
 * CPU is kept for matched()/ngroups() (as stap keeps it in the context).
 *
 * The file also builds in user space for core/runtime/test/rx_test.c.
 */

enum stp_rx_op {
	STP_RX_CHAR, STP_RX_SET, STP_RX_SPLIT, STP_RX_JMP, STP_RX_SAVE,
	STP_RX_BOL, STP_RX_EOL, STP_RX_MATCH,
};

struct stp_rx_insn {
	int op, x, y;		/* SPLIT: x preferred over y */
};

struct stp_regex {
	const struct stp_rx_insn *code;
	const u8 (*sets)[32];
	int n;			/* instructions */
	int ngroups;		/* with group 0 */
};

/* One thread list: pcs in priority order, their capture slots. */
struct stp_rx_list {
	int len;
	int *pc;
	int *caps;		/* len x nslots */
};

struct stp_rx_scratch {
	struct stp_rx_list a, b;
	unsigned int *mark;	/* per instruction: last step that added it */
	unsigned int step;
	int *stack;		/* closure stack: (pc, slot, old) triples */
	int *cur, *best;	/* capture slots being built, best match */
	/* the last match, for matched()/ngroups() */
	bool result;
	int nslots;		/* 2 * groups of the last successful match */
	int *last;
	char subject[MAXSTRINGLEN];
};

static int stp_rx_maxn, stp_rx_maxslots;
static struct stp_rx_scratch **stp_rx_scratch;	/* one per possible CPU */

static void stp_rx_free(void)
{
	int cpu;

	if (!stp_rx_scratch)
		return;
	for_each_possible_cpu(cpu)
		kvfree(stp_rx_scratch[cpu]);
	kfree(stp_rx_scratch);
	stp_rx_scratch = NULL;
}

/* Scratch for programs of up to 'n' instructions and 'groups' groups. */
static int stp_rx_init(int n, int groups)
{
	int cpu, slots = 2 * groups;
	size_t lst = (size_t)n * (1 + slots) * sizeof(int);
	size_t sz = sizeof(struct stp_rx_scratch) + 2 * lst +
		    n * sizeof(unsigned int) + 3 * (2 * n + 4) * sizeof(int) +
		    3 * slots * sizeof(int);

	stp_rx_maxn = n;
	stp_rx_maxslots = slots;
	stp_rx_scratch = kcalloc(nr_cpu_ids, sizeof(*stp_rx_scratch), GFP_KERNEL);
	if (!stp_rx_scratch)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		struct stp_rx_scratch *s = kvzalloc(sz, GFP_KERNEL);
		int *p;

		if (!s) {
			stp_rx_free();
			return -ENOMEM;
		}
		stp_rx_scratch[cpu] = s;
		p = (int *)(s + 1);
		s->a.pc = p, p += n;
		s->a.caps = p, p += n * slots;
		s->b.pc = p, p += n;
		s->b.caps = p, p += n * slots;
		s->mark = (unsigned int *)p, p += n;
		s->stack = p, p += 3 * (2 * n + 4);
		s->cur = p, p += slots;
		s->best = p, p += slots;
		s->last = p;
	}
	return 0;
}

/*
 * Follow the epsilon edges from 'pc' at subject offset 'i', adding the
 * consuming instructions and MATCH to 'l' in priority order.  Captures
 * are set in s->cur and restored on the way back, as a recursive add
 * would.
 */
static void stp_rx_add(struct stp_rx_scratch *s, const struct stp_regex *rx,
		       struct stp_rx_list *l, int pc0, int i, int len)
{
	int sp = 0, slots = 2 * rx->ngroups;

	s->stack[sp++] = pc0, s->stack[sp++] = -1, s->stack[sp++] = 0;
	while (sp) {
		int old = s->stack[--sp], slot = s->stack[--sp];
		int pc = s->stack[--sp];
		const struct stp_rx_insn *in;

		if (slot >= 0) {	/* undo a SAVE */
			s->cur[slot] = old;
			continue;
		}
		if (pc < 0 || pc >= rx->n || s->mark[pc] == s->step)
			continue;
		s->mark[pc] = s->step;
		in = &rx->code[pc];
		switch (in->op) {
		case STP_RX_JMP:
			s->stack[sp++] = in->x, s->stack[sp++] = -1, s->stack[sp++] = 0;
			break;
		case STP_RX_SPLIT:	/* x on top: explored first */
			s->stack[sp++] = in->y, s->stack[sp++] = -1, s->stack[sp++] = 0;
			s->stack[sp++] = in->x, s->stack[sp++] = -1, s->stack[sp++] = 0;
			break;
		case STP_RX_SAVE:
			if (in->x < slots) {
				s->stack[sp++] = 0, s->stack[sp++] = in->x;
				s->stack[sp++] = s->cur[in->x];
				s->cur[in->x] = i;
			}
			s->stack[sp++] = pc + 1, s->stack[sp++] = -1, s->stack[sp++] = 0;
			break;
		case STP_RX_BOL:
			if (i == 0)
				s->stack[sp++] = pc + 1, s->stack[sp++] = -1, s->stack[sp++] = 0;
			break;
		case STP_RX_EOL:
			if (i == len)
				s->stack[sp++] = pc + 1, s->stack[sp++] = -1, s->stack[sp++] = 0;
			break;
		default:		/* CHAR, SET, MATCH: a thread */
			l->pc[l->len] = pc;
			memcpy(&l->caps[l->len * slots], s->cur, slots * sizeof(int));
			l->len++;
		}
	}
}

static bool stp_rx_step_ok(const struct stp_regex *rx,
			   const struct stp_rx_insn *in, unsigned char ch)
{
	if (in->op == STP_RX_CHAR)
		return ch == in->x;
	return ch && (rx->sets[in->x][ch >> 3] & (1 << (ch & 7)));
}

/*
 * Match 'str' against 'rx'; the result (and the captures) become the
 * CPU's last match.  Returns 1 or 0; -1 with an error set when the
 * program is larger than the scratch (a bug in pass 3).
 */
static int stp_regex_match(struct stp_context *c, const struct stp_regex *rx,
			   const char *str)
{
	struct stp_rx_scratch *s;
	struct stp_rx_list *cl, *nl, *t;
	int slots = 2 * rx->ngroups, len, i, k;
	bool found = false;

	if (!stp_rx_scratch || rx->n > stp_rx_maxn || slots > stp_rx_maxslots) {
		stp_error(c, "regex scratch too small");
		return -1;
	}
	s = stp_rx_scratch[smp_processor_id()];
	len = strnlen(str, MAXSTRINGLEN - 1);
	memcpy(s->subject, str, len);
	s->subject[len] = 0;
	cl = &s->a, nl = &s->b;
	cl->len = 0;
	for (i = 0; i <= len; i++) {
		unsigned char ch = s->subject[i];

		s->step++;
		if (!s->step) {		/* wrapped: forget old marks */
			memset(s->mark, 0, rx->n * sizeof(*s->mark));
			s->step = 1;
		}
		/* re-mark the threads carried over, then seed a new start */
		for (k = 0; k < cl->len; k++)
			s->mark[cl->pc[k]] = s->step;
		if (!found) {
			for (k = 0; k < slots; k++)
				s->cur[k] = -1;
			stp_rx_add(s, rx, cl, 0, i, len);
		}
		if (!cl->len)
			break;
		nl->len = 0;
		s->step++;
		if (!s->step) {
			memset(s->mark, 0, rx->n * sizeof(*s->mark));
			s->step = 1;
		}
		for (k = 0; k < cl->len; k++) {
			const struct stp_rx_insn *in = &rx->code[cl->pc[k]];
			int *caps = &cl->caps[k * slots];

			if (in->op == STP_RX_MATCH) {
				/* leftmost, then longest: a later (longer) end
				 * from the same start replaces the match */
				if (!found || caps[0] < s->best[0] ||
				    (caps[0] == s->best[0] && caps[1] > s->best[1])) {
					memcpy(s->best, caps, slots * sizeof(int));
					found = true;
				}
				continue;
			}
			if (found && caps[0] > s->best[0])
				continue;	/* started right of the match */
			if (i < len && stp_rx_step_ok(rx, in, ch)) {
				memcpy(s->cur, caps, slots * sizeof(int));
				stp_rx_add(s, rx, nl, cl->pc[k] + 1, i + 1, len);
			}
		}
		t = cl, cl = nl, nl = t;
	}
	s->result = found;
	s->nslots = found ? slots : 0;
	if (found)
		memcpy(s->last, s->best, slots * sizeof(int));
	return found;
}

/* matched(n): subexpression n of the CPU's last match (tapset regex.stp) */
static void stp_rx_matched(struct stp_context *c, s64 n, char *out)
{
	struct stp_rx_scratch *s;
	int a, b;

	out[0] = 0;
	s = stp_rx_scratch ? stp_rx_scratch[smp_processor_id()] : NULL;
	if (!s || n < 0 || 2 * n + 1 >= s->nslots) {
		stp_errorf(c, "Attempted to get nonexistent subexpression %lld",
			   (long long)n);
		return;
	}
	a = s->last[2 * n], b = s->last[2 * n + 1];
	if (a < 0 || b < 0)
		return;
	if (b > a)
		memcpy(out, s->subject + a, b - a);
	out[b > a ? b - a : 0] = 0;
}

/* ngroups(): groups of the CPU's last match, with group 0 */
static s64 stp_rx_ngroups(struct stp_context *c)
{
	struct stp_rx_scratch *s;

	s = stp_rx_scratch ? stp_rx_scratch[smp_processor_id()] : NULL;
	if (!s || !s->result) {
		stp_errorf(c, "Attempted to get subexpression count from failed match");
		return 0;
	}
	return s->nslots / 2;
}
