/* lex.c - bytes to tokens, as SystemTap 4.8's lexer makes them.
 *
 * Table driven in the style of Lua's llex.c: a class byte per character
 * decides how a token starts, a keyword table and an operator table
 * (longest match first) finish it.  The rules are stap's, quirks included:
 *
 *  - identifiers start with a letter, '_', '$' or '@' and go on with
 *    letters, digits, '_' and '$'; an '@' word is an operator token
 *    (stap does that so that stray @words are easy to report);
 *  - a number is any run of letters and digits after a digit; the value is
 *    checked here (strtoull base 0 rules) but reported by the parser, as
 *    stap reports it only where a literal is parsed;
 *  - "..." strings end at a newline (junk) and keep C escapes;
 *  - $1..$N paste the raw argument text into the input, @1..@N paste it
 *    quoted; $# and @# paste the count.  The pasted text is re-lexed and
 *    may glue to what follows ($1x with arg foo is "foox").
 *
 * Bad input becomes a TK_JUNK token carrying stap's message in junk_msg;
 * the parser reports it when it trips over it (and a skipped %( %) branch
 * drops it silently, as stap does).
 *
 * Pasting: rather than inserting into the source (quadratic), the lexer
 * builds a small "chunk": the pasted text followed by the rest of the
 * current source line.  When the chunk runs out, lexing resumes in the
 * source at the end of that line.  Only comments, strings and embedded code
 * can span lines, and their scanners step from the chunk to the source.
 * Tokens that start inside the pasted text get the position of the $N
 * token, like stap's suspended cursor.
 */
#define _GNU_SOURCE
#include "stap.h"

#include <string.h>

/* character classes */
enum {
	C_SPACE = 1 << 0,
	C_IDSTART = 1 << 1,     /* letter _ $ @ */
	C_IDCONT = 1 << 2,      /* letter digit _ $ */
	C_DIGIT = 1 << 3,
	C_ALNUM = 1 << 4,
	C_PUNCT = 1 << 5,       /* C-locale ispunct() */
	C_HEX = 1 << 6,
};

static unsigned char cls[256];

struct Lexer {
	Session *s;
	SrcFile *f;
	const char *p, *end;    /* current segment: the source or a chunk */
	uintptr_t ls;           /* virtual start of line: col = p - ls + 1 */
	int line;
	bool in_chunk;
	const char *paste_end;  /* chunk bytes before this are pasted text */
	int paste_line, paste_col;
	const char *src_p, *src_end;    /* where the source resumes */
	uintptr_t src_ls;
	bool kw_private;        /* --compatible >= 3.0 */
	bool esc_x;             /* --compatible >= 2.3: \x escapes */
	bool space, nl;         /* seen before the token being made */
	bool saw_tokens;        /* any token but EOF made */
	Token *eof;
};

/* ---- tables ---- */

/* Keywords; "string" and "long" are keywords in stap's lexer too (the
 * parser takes them as types).  "private" only from --compatible 3.0. */
static const char *const keywords[] = {
	"probe", "global", "private", "function", "if", "else", "for",
	"foreach", "in", "limit", "return", "delete", "while", "break",
	"continue", "next", "string", "long", "try", "catch",
};

#define KW_SLOTS 64
static const char *kw_table[KW_SLOTS];

static unsigned kw_hash(const char *s, int n)
{
	return ((unsigned)n * 7 + (unsigned char)s[0] * 3 +
		(unsigned char)s[n - 1] * 5 + (unsigned char)s[n / 2]) % KW_SLOTS;
}

/* Multi-character operators, longest first so the first hit wins. */
static const char *const multi_ops[] = {
	"<<<", ">>>", "<<=", ">>=",
	"==", "!=", "<=", ">=", "=~", "!~", "+=", "-=", "*=", "/=", "%=",
	"&=", "^=", "|=", ".=", "&&", "||", "++", "--", "->", "<<", ">>",
	"%(", "%?", "%:", "%)",
};

/* ops_by_first[c]: indexes+1 into multi_ops of operators starting with c */
static unsigned char ops_by_first[256][8];
static char one_char_op[256][2];

static void lex_init_tables(void)
{
	static bool done;
	if (done)
		return;
	done = true;
	for (int c = 0; c < 256; c++) {
		bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
		bool digit = c >= '0' && c <= '9';
		if (c == ' ' || (c >= '\t' && c <= '\r'))
			cls[c] |= C_SPACE;
		if (alpha || c == '_' || c == '$' || c == '@')
			cls[c] |= C_IDSTART;
		if (alpha || digit || c == '_' || c == '$')
			cls[c] |= C_IDCONT;
		if (digit)
			cls[c] |= C_DIGIT;
		if (alpha || digit)
			cls[c] |= C_ALNUM;
		if (c > 0x20 && c < 0x7f && !alpha && !digit)
			cls[c] |= C_PUNCT;
		if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
			cls[c] |= C_HEX;
		one_char_op[c][0] = (char)c;
	}
	for (size_t i = 0; i < sizeof multi_ops / sizeof *multi_ops; i++) {
		unsigned char *slot = ops_by_first[(unsigned char)multi_ops[i][0]];
		while (*slot)
			slot++;
		*slot = (unsigned char)(i + 1);
	}
	for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++) {
		const char *k = keywords[i];
		unsigned h = kw_hash(k, strlen(k));
		while (kw_table[h])
			h = (h + 1) % KW_SLOTS;
		kw_table[h] = k;
	}
}

static const char *keyword_lookup(Lexer *L, const char *s, int n)
{
	if (n < 2 || n > 8)
		return NULL;
	for (unsigned h = kw_hash(s, n); kw_table[h]; h = (h + 1) % KW_SLOTS) {
		const char *k = kw_table[h];
		if (!strncmp(k, s, n) && !k[n])
			return !L->kw_private && !strcmp(k, "private") ? NULL : k;
	}
	return NULL;
}

/* ---- positions and segments ---- */

static bool version_at_least(Session *s, const char *v)
{
	return strverscmp(s->compatible ? s->compatible : STAP_VERSION, v) >= 0;
}

Lexer *lex_new(Session *s, SrcFile *f)
{
	lex_init_tables();
	Lexer *L = xalloc(sizeof(*L));
	L->s = s;
	L->f = f;
	L->p = f->text;
	L->end = f->text + f->len;
	L->ls = (uintptr_t)f->text;
	L->line = 1;
	/* --compatible gates newer syntax, but not in the tapset library
	 * (stap exempts its own tapset dir) */
	L->kw_private = f->is_tapset || version_at_least(s, "3.0");
	L->esc_x = f->is_tapset || version_at_least(s, "2.3");
	return L;
}

/* Is p inside pasted argument text (stap: "cursor suspended")? */
static inline bool suspended(const Lexer *L, const char *p)
{
	return L->in_chunk && p < L->paste_end;
}

static Token *tok_at(Lexer *L, const char *p, TokKind k)
{
	Token *t = xalloc(sizeof(*t));
	t->kind = k;
	t->file = L->f;
	if (suspended(L, p)) {
		t->line = L->paste_line;
		t->col = L->paste_col;
	} else {
		t->line = L->line;
		t->col = (int)((uintptr_t)p - L->ls) + 1;
	}
	t->space_before = L->space;
	t->nl_before = L->nl;
	return t;
}

/* The chunk is used up: continue in the source where its line ends. */
static void leave_chunk(Lexer *L)
{
	L->in_chunk = false;
	L->p = L->src_p;
	L->end = L->src_end;
	L->ls = L->src_ls;
}

/* Step over a newline at L->p (source only: a chunk has none of its own
 * except in pasted text, where stap's cursor does not move). */
static inline void newline(Lexer *L)
{
	L->p++;
	L->nl = true;
	if (!L->in_chunk) {
		L->line++;
		L->ls = (uintptr_t)L->p;
	}
}

/* Paste `text` in front of L->p (which is just past the $N token `at`). */
static void paste(Lexer *L, const Token *at, const char *text)
{
	const char *rest = L->p, *eol = L->end;
	if (!L->in_chunk) {
		const char *nl = memchr(rest, '\n', L->end - rest);
		if (nl)
			eol = nl;
		L->src_p = eol;
		L->src_end = L->end;
		L->src_ls = L->ls;
	}
	size_t tn = strlen(text), rn = eol - rest;
	char *c = xalloc(tn + rn + 1);
	memcpy(c, text, tn);
	memcpy(c + tn, rest, rn);
	/* bytes after the pasted text keep the columns they had */
	L->ls += (uintptr_t)(c + tn) - (uintptr_t)rest;
	L->paste_end = c + tn;
	L->paste_line = at->line;
	L->paste_col = at->col;
	L->in_chunk = true;
	L->p = c;
	L->end = c + tn + rn;
}

/* ---- comments and whitespace ---- */

/* Skip to the end of a '#' or '//' comment.  Newlines inside pasted text
 * do not end it (stap compares cursor lines, and the cursor stands still
 * in pasted text). */
static void skip_line_comment(Lexer *L)
{
	if (L->in_chunk) {
		/* no newline after the pasted text: the rest is comment */
		L->p = L->end;
		leave_chunk(L);
	}
	const char *nl = memchr(L->p, '\n', L->end - L->p);
	L->p = nl ? nl : L->end;
}

/* Skip a C comment; stap quietly runs to the end of input if unclosed. */
static void skip_block_comment(Lexer *L)
{
	L->p += 2;
	for (;;) {
		const char *q = L->p;
		while (q + 1 < L->end && !(q[0] == '*' && q[1] == '/'))
			q++;
		bool found = q + 1 < L->end;
		const char *stop = found ? q + 2 : L->end;
		while (L->p < stop) {
			const char *nl = memchr(L->p, '\n', stop - L->p);
			if (!nl) {
				L->p = stop;
				break;
			}
			L->p = nl;
			newline(L);
		}
		if (found || !L->in_chunk)
			return;
		leave_chunk(L);
	}
}

/* Skip whitespace and comments; false at the end of input. */
static bool skip_space(Lexer *L)
{
	for (;;) {
		if (L->p >= L->end) {
			if (!L->in_chunk)
				return false;
			leave_chunk(L);
			continue;
		}
		unsigned char c = *L->p;
		if (cls[c] & C_SPACE) {
			L->space = true;
			if (c == '\n')
				newline(L);
			else
				L->p++;
		} else if (c == '#' || (c == '/' && L->p + 1 < L->end && L->p[1] == '/')) {
			L->space = true;
			skip_line_comment(L);
		} else if (c == '/' && L->p + 1 < L->end && L->p[1] == '*') {
			L->space = true;
			skip_block_comment(L);
		} else {
			return true;
		}
	}
}

/* ---- token scanners ---- */

/* Turn `t` (made where the bad input starts) into junk. */
static Token *junk(Token *t, const char *msg)
{
	t->kind = TK_JUNK;
	t->str = "";
	t->len = 0;
	t->junk_msg = msg;
	return t;
}

/* Quote an argument as stap's lex_cast_qstring does. */
static const char *qstring(const char *s)
{
	Buf b = {0};
	buf_putc(&b, '"');
	for (; *s; s++) {
		unsigned char c = *s;
		if (c < 0x20 || c >= 0x7f)
			buf_printf(&b, "\\%03o", c);
		else if (c == '"' || c == '\\')
			buf_putc(&b, '\\'), buf_putc(&b, c);
		else
			buf_putc(&b, c);
	}
	buf_putc(&b, '"');
	return buf_str(&b);
}

/* $# @# $N @N at L->p.  Returns a junk token, or NULL after pasting the
 * replacement (the caller then lexes again). */
static Token *lex_argument(Lexer *L)
{
	const char *start = L->p;
	char sigil = *L->p++;
	Token *at = tok_at(L, start, TK_JUNK);
	const char *text;
	if (*L->p == '#') {
		L->p++;
		if (suspended(L, start))
			return junk(at, "invalid nested substitution of command line arguments");
		text = xfmt("%d", L->s->nargs);
	} else {
		unsigned idx = 0;
		do
			idx = idx * 10 + (*L->p++ - '0');
		while (L->p < L->end && (cls[(unsigned char)*L->p] & C_DIGIT) &&
		       idx <= (unsigned)L->s->nargs);
		if (suspended(L, start))
			return junk(at, "invalid nested substitution of command line arguments");
		if (idx == 0 || idx > (unsigned)L->s->nargs)
			return junk(at, xfmt("command line argument out of range [1-%d]",
						   L->s->nargs));
		text = L->s->args[idx - 1];
	}
	if (sigil == '@')
		text = qstring(text);
	paste(L, at, text);
	return NULL;
}

static Token *lex_ident(Lexer *L)
{
	const char *start = L->p++;
	while (L->p < L->end && (cls[(unsigned char)*L->p] & C_IDCONT))
		L->p++;
	int n = (int)(L->p - start);
	const char *kw = *start == '@' ? NULL : keyword_lookup(L, start, n);
	Token *t = tok_at(L, start, *start == '@' ? TK_OP : kw ? TK_KEYWORD : TK_IDENT);
	t->str = kw ? kw : xstrndup(start, n);
	t->len = n;
	return t;
}

static int digit_value(unsigned char c)
{
	if (c <= '9')
		return c - '0';
	return (c | 0x20) - 'a' + 10;
}

/* Value of a number spelling as strtoull(s, &e, 0) would take it; false
 * when the spelling is not entirely a number or the value needs more than
 * 64 bits (stap: "number invalid or out of range"). */
static bool number_value(const char *s, int n, uint64_t *out)
{
	int base = 10, i = 0;
	if (n > 1 && s[0] == '0' && (s[1] | 0x20) == 'x') {
		base = 16, i = 2;
		if (n == 2 || !(cls[(unsigned char)s[2]] & C_HEX))
			return *out = 0, false;     /* "0x": strtoull stops at x */
	} else if (s[0] == '0') {
		base = 8;
	}
	uint64_t v = 0;
	for (; i < n; i++) {
		unsigned char c = s[i];
		if (!(cls[c] & C_HEX) || digit_value(c) >= base)
			return *out = v, false;
		unsigned d = digit_value(c);
		if (v > (UINT64_MAX - d) / base)
			return *out = UINT64_MAX, false;
		v = v * base + d;
	}
	*out = v;
	return true;
}

static Token *lex_number(Lexer *L)
{
	const char *start = L->p++;
	while (L->p < L->end && (cls[(unsigned char)*L->p] & C_ALNUM))
		L->p++;
	int n = (int)(L->p - start);
	Token *t = tok_at(L, start, TK_NUMBER);
	t->str = xstrndup(start, n);
	t->len = n;
	uint64_t v;
	t->num_bad = !number_value(start, n, &v);
	t->num = (int64_t)v;
	return t;
}

/* Decode one escape (L->p is past the backslash, at the escaped char) into
 * `val`, and keep stap's spelling in `raw`: known escapes stay escaped for
 * the C compiler, any other "\c" is just c. */
static void string_escape(Lexer *L, Buf *val, Buf *raw)
{
	static const char simple[256] = {
		['a'] = '\a', ['b'] = '\b', ['t'] = '\t', ['n'] = '\n',
		['v'] = '\v', ['f'] = '\f', ['r'] = '\r', ['\\'] = '\\',
	};
	unsigned char c = *L->p;
	if (c == '\n') {
		newline(L);
	} else {
		L->p++;
	}
	bool hex = c == 'x' && L->esc_x;
	bool oct = c >= '0' && c <= '7';
	if (simple[c] || hex || oct)
		buf_putc(raw, '\\');
	buf_putc(raw, c);
	if (simple[c]) {
		buf_putc(val, simple[c]);
	} else if (hex || oct) {
		/* C takes up to 3 octal digits; we take up to 2 hex digits */
		int base = hex ? 16 : 8, max = hex ? 2 : 3, v = hex ? 0 : c - '0';
		int i = hex ? 0 : 1;
		for (; i < max && L->p < L->end; i++) {
			unsigned char d = *L->p;
			if (!(cls[d] & C_HEX) || digit_value(d) >= base)
				break;
			v = v * base + digit_value(d);
			buf_putc(raw, d);
			L->p++;
		}
		buf_putc(val, hex && i == 0 ? 'x' : v);
	} else {
		buf_putc(val, c);
	}
}

static Token *lex_string(Lexer *L)
{
	const char *start = L->p++;
	Token *t = tok_at(L, start, TK_STRING);
	Buf val = {0}, raw = {0};
	for (;;) {
		if (L->p >= L->end && L->in_chunk)
			leave_chunk(L);
		if (L->p >= L->end || *L->p == '\n')
			return junk(t, "Could not find matching closing quote");
		unsigned char c = *L->p;
		/* copy a run of plain bytes at once */
		const char *q = L->p;
		while (q < L->end && *q != '"' && *q != '\\' && *q != '\n')
			q++;
		if (q > L->p) {
			buf_putn(&val, L->p, q - L->p);
			buf_putn(&raw, L->p, q - L->p);
			L->p = q;
			continue;
		}
		L->p++;
		if (c == '"')
			break;
		if (L->p >= L->end && L->in_chunk)
			leave_chunk(L);
		if (L->p >= L->end)
			return junk(t, "Could not find matching closing quote");
		string_escape(L, &val, &raw);
	}
	t->str = buf_str(&val);
	t->len = (int)val.len;
	t->raw = buf_str(&raw);
	return t;
}

/* stap's warning shape: "WARNING: msg: TOKEN at FILE:L:C", then the
 * source line with a shorter prefix than errors have, and no "at:" line. */
void lex_warn(Session *s, const Token *t, const char *fmt, ...)
{
	s->nwarnings++;
	if (s->suppress_warnings || s->quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	Buf b = {0};
	buf_puts(&b, "WARNING: ");
	buf_puts(&b, xvfmt(fmt, ap));
	va_end(ap);
	if (!t || !t->file) {
		buf_putc(&b, '\n');
		fputs(buf_str(&b), stderr);
		return;
	}
	buf_puts(&b, ": ");
	token_describe(&b, t);
	buf_printf(&b, " at %s:%d:%d\n", t->file->name, t->line, t->col);
	diag_source(&b, " source: ", t);
	fputs(buf_str(&b), stderr);
}

/* %{ ... %}: the text between the brackets.  Warns (once per block) about
 * a "}%" that was probably meant to close it. */
static Token *lex_embedded(Lexer *L)
{
	const char *start = L->p;
	Token *t = tok_at(L, start, TK_EMBEDDED);
	L->p += 2;
	Buf spill = {0};        /* only used when the block leaves a chunk */
	bool warned = false;
	for (;;) {
		const char *q = L->p, *from = q;
		while (q + 1 < L->end && !(q[0] == '%' && q[1] == '}')) {
			if (q[0] == '}' && q[1] == '%' && !warned) {
				lex_warn(L->s, t, "possible erroneous closing '}%%', use '%%}'?");
				warned = true;
			}
			q++;
		}
		bool found = q + 1 < L->end;
		const char *stop = found ? q : L->end;
		while (L->p < stop) {
			const char *nl = memchr(L->p, '\n', stop - L->p);
			if (!nl) {
				L->p = stop;
				break;
			}
			L->p = nl;
			newline(L);
		}
		if (found) {
			L->p += 2;
			if (spill.len) {
				buf_putn(&spill, from, stop - from);
				t->str = buf_str(&spill);
				t->len = (int)spill.len;
			} else {
				t->str = xstrndup(from, stop - from);
				t->len = (int)(stop - from);
			}
			return t;
		}
		if (!L->in_chunk) {
			return junk(t, "Could not find matching '%}' to close embedded function block");
		}
		buf_putn(&spill, from, L->end - from);
		leave_chunk(L);
	}
}

static Token *lex_operator(Lexer *L)
{
	const char *start = L->p;
	unsigned char c = *start;
	size_t avail = L->end - start;
	const char *op = one_char_op[c];
	int n = 1;
	for (const unsigned char *i = ops_by_first[c]; *i; i++) {
		const char *m = multi_ops[*i - 1];
		size_t mn = m[2] ? 3 : 2;
		if (mn <= avail && !memcmp(m, start, mn)) {
			op = m;
			n = (int)mn;
			break;
		}
	}
	Token *t = tok_at(L, start, TK_OP);
	t->str = op;
	t->len = n;
	L->p += n;
	return t;
}

/* A byte stap has no use for: junk spelled \xNN, reported by the parser
 * with its ordinary message. */
static Token *lex_unknown(Lexer *L)
{
	Token *t = tok_at(L, L->p, TK_JUNK);
	t->str = xfmt("\\x%02x", (unsigned char)*L->p);
	t->len = 4;
	L->p++;
	return t;
}

static Token *lex_scan(Lexer *L)
{
	L->space = L->nl = false;
	for (;;) {
		if (!skip_space(L)) {
			if (!L->eof) {
				L->eof = tok_at(L, L->p, TK_EOF);
				L->eof->str = "";
			}
			return L->eof;
		}
		const char *p = L->p;
		unsigned char c = *p, c2 = p + 1 < L->end ? p[1] : 0;
		if ((c == '$' || c == '@') && (c2 == '#' || (cls[c2] & C_DIGIT))) {
			Token *t = lex_argument(L);
			if (t)
				return t;
			continue;
		}
		if (cls[c] & C_IDSTART)
			return lex_ident(L);
		if (cls[c] & C_DIGIT)
			return lex_number(L);
		if (c == '"')
			return lex_string(L);
		if (c == '%' && c2 == '{')
			return lex_embedded(L);
		if (cls[c] & C_PUNCT)
			return lex_operator(L);
		return lex_unknown(L);
	}
}

Token *lex_next(Lexer *L)
{
	Token *t = lex_scan(L);
	if (t->kind != TK_EOF)
		L->saw_tokens = true;
	return t;
}

bool lex_saw_tokens(const Lexer *L)
{
	return L->saw_tokens;
}

bool tok_is(const Token *t, TokKind k, const char *str)
{
	return t && t->kind == k && !strcmp(t->str, str);
}

bool tok_op(const Token *t, const char *op)
{
	return tok_is(t, TK_OP, op);
}

bool tok_kw(const Token *t, const char *kw)
{
	return tok_is(t, TK_KEYWORD, kw);
}
