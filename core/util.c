/* util.c - arena allocation, buffers, vectors, files and diagnostics.
 *
 * The translator allocates and never frees.  Chunks are chained from a
 * static list head so that everything stays reachable (LeakSanitizer is
 * quiet) and the whole arena dies with the process.
 */
#include "stap.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_CHUNK (1 << 20)

struct chunk {
	struct chunk *prev;
	size_t used, size;
	_Alignas(16) char data[];
};

static struct chunk *arena;

void *xalloc(size_t n)
{
	n = (n + 15) & ~(size_t)15;
	if (!arena || arena->used + n > arena->size) {
		size_t size = n > ARENA_CHUNK / 4 ? n : ARENA_CHUNK;
		struct chunk *c = calloc(1, sizeof(*c) + size);
		if (!c) {
			fputs("stap: out of memory\n", stderr);
			exit(1);
		}
		c->size = size;
		/* A big one-off block goes behind the current chunk so the
		 * current chunk's free space is not wasted. */
		if (arena && size != ARENA_CHUNK) {
			c->prev = arena->prev;
			arena->prev = c;
			c->used = n;
			return c->data;
		}
		c->prev = arena;
		arena = c;
	}
	void *p = arena->data + arena->used;
	arena->used += n;
	return p;
}

void xalloc_reset(void)
{
	while (arena) {
		struct chunk *prev = arena->prev;
		free(arena);
		arena = prev;
	}
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

char *xstrdup(const char *s) { return xstrndup(s, strlen(s)); }

char *xvfmt(const char *fmt, va_list ap)
{
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	char *p = xalloc(n + 1);
	vsnprintf(p, n + 1, fmt, ap);
	return p;
}

char *xfmt(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *p = xvfmt(fmt, ap);
	va_end(ap);
	return p;
}

/* ---- Buf ---- */

static void buf_grow(Buf *b, size_t need)
{
	if (b->len + need + 1 <= b->cap)
		return;
	size_t cap = b->cap ? b->cap * 2 : 64;
	while (cap < b->len + need + 1)
		cap *= 2;
	char *p = xalloc(cap);
	if (b->len)
		memcpy(p, b->buf, b->len);
	b->buf = p;
	b->cap = cap;
}

void buf_putn(Buf *b, const char *s, size_t n)
{
	buf_grow(b, n);
	memcpy(b->buf + b->len, s, n);
	b->len += n;
	b->buf[b->len] = 0;
}

void buf_putc(Buf *b, int c)
{
	char ch = (char)c;
	buf_putn(b, &ch, 1);
}

void buf_puts(Buf *b, const char *s) { buf_putn(b, s, strlen(s)); }

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *s = xvfmt(fmt, ap);
	va_end(ap);
	buf_puts(b, s);
}

const char *buf_str(Buf *b)
{
	if (!b->buf)
		buf_grow(b, 0), b->buf[0] = 0;
	return b->buf;
}

/* ---- Vec ---- */

void vec_push(Vec *v, void *p)
{
	if (v->len == v->cap) {
		int cap = v->cap ? v->cap * 2 : 8;
		void **d = xalloc(cap * sizeof(void *));
		if (v->len)
			memcpy(d, v->data, v->len * sizeof(void *));
		v->data = d;
		v->cap = cap;
	}
	v->data[v->len++] = p;
}

/* ---- files ---- */

char *read_file(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
	if (!f)
		return NULL;
	Buf b = {0};
	char tmp[65536];
	size_t n;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		buf_putn(&b, tmp, n);
	int err = ferror(f) ? errno : 0;
	if (f != stdin)
		fclose(f);
	if (err) {
		errno = err;
		return NULL;
	}
	if (len)
		*len = b.len;
	return (char *)buf_str(&b);
}

SrcFile *srcfile_new(const char *name, const char *text, size_t len)
{
	SrcFile *f = xalloc(sizeof(*f));
	f->name = name;
	f->text = text;
	f->len = len;
	return f;
}

/* ---- diagnostics ---- */

void fatal(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	fputs("stap: ", stderr);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
	va_end(ap);
	exit(1);
}

static const char *tokkind_name(TokKind k)
{
	static const char *names[] = {
		[TK_IDENT] = "identifier", [TK_KEYWORD] = "keyword",
		[TK_OP] = "operator",      [TK_STRING] = "string",
		[TK_NUMBER] = "number",    [TK_EMBEDDED] = "embedded-code",
		[TK_JUNK] = "junk",        [TK_EOF] = "end of input",
	};
	return names[k];
}

void token_describe(Buf *b, const Token *t)
{
	if (!t || t->kind == TK_EOF) {
		buf_puts(b, "end of input");
		return;
	}
	buf_puts(b, tokkind_name(t->kind));
	/* stap shows no content for embedded code and keywords */
	if (t->kind == TK_EMBEDDED || t->kind == TK_KEYWORD)
		return;
	/* stap quotes the content and turns unprintable bytes into '?' */
	buf_puts(b, " '");
	for (int i = 0; i < t->len; i++) {
		unsigned char c = t->str[i];
		buf_putc(b, (c >= 0x20 && c < 0x7f) || c == '\t' ? c : '?');
	}
	buf_putc(b, '\'');
}

/* The source line holding `t` after `prefix`, then a caret under its
 * column.  Like stap, the caret line keeps the line's own whitespace bytes
 * (tabs, CRs) before the column, so it lines up in a terminal. */
void diag_source(Buf *b, const char *prefix, const Token *t)
{
	const SrcFile *f = t->file;
	const char *p = f->text, *end = f->text + f->len;
	for (int line = 1; line < t->line && p < end; p++)
		if (*p == '\n')
			line++;
	const char *e = memchr(p, '\n', end - p);
	if (!e)
		e = end;
	buf_puts(b, prefix);
	buf_putn(b, p, e - p);
	buf_putc(b, '\n');
	for (const char *q = prefix; *q; q++)
		buf_putc(b, ' ');
	for (int i = 1; i < t->col && p + i - 1 < e; i++) {
		char c = p[i - 1];
		buf_putc(b, c == '\t' || c == '\r' || c == '\v' || c == '\f' ? c : ' ');
	}
	buf_puts(b, "^\n");
}

static void show_position(Buf *b, const char *label, const Token *t)
{
	buf_printf(b, "%11s: ", label);   /* "        saw:", "         at:" */
	/* stap names the end of input by file, with no source line */
	if (t && t->kind == TK_EOF && t->file) {
		buf_printf(b, "%s EOF\n", t->file->name);
		return;
	}
	token_describe(b, t);
	if (t && t->file)
		buf_printf(b, " at %s:%d:%d\n", t->file->name, t->line, t->col);
	else
		buf_putc(b, '\n');
	if (t && t->file && t->file->text)
		diag_source(b, "     source: ", t);
}

/* stap prints each distinct message once; repeats are only counted, and
 * reported at the end, unless -v asks for all of them. */
static bool seen_before(Session *s, const char *msg)
{
	for (int i = 0; i < s->seen_msgs.len; i++) {
		if (!strcmp(s->seen_msgs.data[i], msg)) {
			if (s->verbose)
				return false;
			s->nsuppressed++;
			return true;
		}
	}
	vec_push(&s->seen_msgs, xstrdup(msg));
	return false;
}

void diag_v(Session *s, const char *kind, const char *label, const Token *tok,
	    const char *fmt, va_list ap)
{
	Buf b = {0};
	buf_printf(&b, "%s: ", kind);
	buf_puts(&b, xvfmt(fmt, ap));
	if (s) {
		s->nerrors++;
		if (s->quiet || seen_before(s, buf_str(&b)))
			return;
	}
	buf_putc(&b, '\n');
	if (tok) {
		show_position(&b, label, tok);
		for (const Token *m = tok->chain; m; m = m->chain) {
			buf_puts(&b, "\tin expansion of macro: ");
			token_describe(&b, m);
			buf_printf(&b, " at %s:%d:%d\n", m->file->name, m->line, m->col);
			diag_source(&b, "     source: ", m);
		}
	}
	buf_putc(&b, '\n');
	fputs(buf_str(&b), stderr);
}

void diag(Session *s, const char *kind, const char *label, const Token *tok,
	  const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_v(s, kind, label, tok, fmt, ap);
	va_end(ap);
}

/* Levenshtein distance of a and b (one row, arena-allocated): how stap
 * ranks the "similar"/"alternatives" names in its messages. */
int edit_distance(const char *a, const char *b)
{
	int lb = strlen(b);
	int *d = xalloc(sizeof(int) * (lb + 1));
	for (int j = 0; j <= lb; j++)
		d[j] = j;
	for (int i = 1; a[i - 1]; i++) {
		int diag = d[0];
		d[0] = i;
		for (int j = 1; j <= lb; j++) {
			int up = d[j], best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (d[j - 1] + 1 < best)
				best = d[j - 1] + 1;
			d[j] = best;
			diag = up;
		}
	}
	return d[lb];
}
