/* parse.c - Test::Base-style .t files into Blocks.
 *
 * The format, precisely (t/harness/parse.t pins each rule down):
 *
 *   - A file is a sequence of lines.  A line that is `===` or starts with
 *     `=== ` (or `===` and a tab) opens a block; its title is the rest of
 *     the line with surrounding blanks removed.  Text before the first
 *     block is ignored, except that a section line there is an error (a
 *     block header is probably missing), and a file without any block is
 *     an error (a typo in every header must not pass as "0 tests").
 *   - A line starting with `--- ` (or `---` and a tab) opens a section.
 *     `--- name filter...` has a body: the lines up to the next block or
 *     section line.  `--- name: value` (a colon followed by a blank or the
 *     end of the line) is a one-line section; its value is the rest of the
 *     line with surrounding blanks removed, and only blank lines may follow
 *     it.  A bare `---` line is ordinary text (YAML uses it).
 *   - Lines between a block's title and its first section are a free-form
 *     description, ignored; a line there that starts with `--` or `==` is
 *     an error, since it is most likely a broken delimiter.
 *   - A body is the file's bytes verbatim, newlines included: leading blank
 *     lines are kept, and so are the trailing blank lines of every section
 *     except the block's last one, whose trailing blank (empty or all
 *     whitespace) lines are dropped, so the blank lines that separate
 *     blocks do not end up in the expected output.  The newline ending the
 *     last kept line stays; a body at the very end of a file that lacks a
 *     final newline lacks it too.  To expect trailing blank lines, put the
 *     section before another one.  (Test::Base proper runs a `trim` filter
 *     by default that drops trailing blank lines of every section, and
 *     leading ones too; we keep them, so that they can be expressed.)
 *   - Filters follow the name in a header with a body.  Only `chomp`
 *     exists: it removes one final newline, after the rule above.
 *   - Unknown sections, unknown filters, a section given twice and bad
 *     values are errors reported as file:line: a typo must not make a
 *     check silently disappear.
 *   - In `stap_out_like`, `stap_out_unlike` and `stap_err_like` every
 *     non-blank line is its own PCRE2 pattern (compiled with
 *     PCRE2_MULTILINE, so ^ and $ match at line boundaries; write \n in a
 *     pattern to span lines).  Each pattern must match somewhere in the
 *     output (_like) or nowhere (_unlike).  A section without a pattern is
 *     an error: it could never fail.
 *   - `sxx` is a stap++ script: the block runs `$STAPXX ARGS - SCRIPT_ARGS`
 *     with it on stdin instead of `$STAP`.  A block has `stap` or `sxx`,
 *     not both.
 *   - `ref_skip: REASON`, `ref_out`, `ref_err` and `ref_exitcode` matter
 *     only in the reference check (t --stap=SystemTap's own stap): the
 *     block is skipped there with REASON, or stap_out, stap_err and
 *     exitcode are replaced by these for SystemTap's different results.
 *   - `carry` lists host files a live block's guest run needs (the
 *     target programs of its -c command, at paths its script names):
 *     shell words, as `args`; t --vm copies each to the same absolute
 *     path in the guest, with the shared libraries it links
 *     (t/vm/carry).  A relative path is relative to the .t file.
 *   - `prog` is a C program, built with `gcc -g` at -O0 and at -O2 (with
 *     the words of `prog_flags` appended) and cached by content under
 *     .cache/t/prog/ (prog.c); `lib` is a C shared library libt.so built
 *     at the same levels and linked to it.  Their absolute paths are in
 *     the block's environment as PROG0, PROG2, LIB0, LIB2 and PROGDIR,
 *     and live blocks carry them into the guest.  `lib` or `prog_flags`
 *     without `prog` is an error.
 *   - Value sections (`args`, `script_args`, `exitcode`, `timeout`,
 *     `needs`, `skip`, `ref_skip`, `ref_exitcode`, `prog_flags`) may be written either way; a body has its
 *     surrounding whitespace removed.  `args` and `script_args` are shell
 *     text: end a line with a backslash to continue it.
 */
#include "t.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const sec_names[SEC__COUNT] = {
	[SEC_STAP] = "stap",
	[SEC_SXX] = "sxx",
	[SEC_ARGS] = "args",
	[SEC_SCRIPT_ARGS] = "script_args",
	[SEC_STAP_OUT] = "stap_out",
	[SEC_STAP_OUT_LIKE] = "stap_out_like",
	[SEC_STAP_OUT_UNLIKE] = "stap_out_unlike",
	[SEC_STAP_ERR] = "stap_err",
	[SEC_STAP_ERR_LIKE] = "stap_err_like",
	[SEC_EXITCODE] = "exitcode",
	[SEC_TIMEOUT] = "timeout",
	[SEC_NEEDS] = "needs",
	[SEC_SKIP] = "skip",
	[SEC_ONLY] = "ONLY",
	[SEC_REF_SKIP] = "ref_skip",
	[SEC_REF_OUT] = "ref_out",
	[SEC_REF_ERR] = "ref_err",
	[SEC_REF_EXITCODE] = "ref_exitcode",
	[SEC_CARRY] = "carry",
	[SEC_PROG] = "prog",
	[SEC_PROG_FLAGS] = "prog_flags",
	[SEC_LIB] = "lib",
};

static const struct {
	const char *name;
	unsigned bit;
} need_names[] = {
	{"root", NEED_ROOT},
	{"live", NEED_LIVE},
	{"vm", NEED_VM},
	{"stap48", NEED_STAP48},
};

#define DEFAULT_TIMEOUT 60.0

typedef struct {
	const char *s; /* start of the line */
	size_t len;    /* without the newline */
	bool nl;       /* ends with '\n' (false only for the file's last line) */
} Line;

typedef struct {
	TFile *f;
	const char *end; /* end of the file's text */
	Line *lines;
	int n;
} Parser;

/* A section as found, before its body is interpreted. */
typedef struct {
	int hdr;	/* index of the `---` line */
	int first, end; /* body lines [first, end) */
} RawSec;

static int perr(Parser *ps, int idx, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Record "path:line: message" as the file's error; always returns -1. */
static int perr(Parser *ps, int idx, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		fatal("out of memory");
	va_end(ap);
	ps->f->error = xfmt("%s:%d: %s", ps->f->path, idx + 1, msg);
	free(msg);
	return -1;
}

static void split_lines(Parser *ps, const char *text, size_t len)
{
	const char *p = text, *end = text + len;
	int cap = 64;

	ps->lines = xmalloc(sizeof(Line) * (size_t)cap);
	ps->end = end;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		Line *l;

		if (ps->n == cap) {
			cap *= 2;
			ps->lines = xrealloc(ps->lines, sizeof(Line) * (size_t)cap);
		}
		l = &ps->lines[ps->n++];
		l->s = p;
		l->len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		l->nl = nl != NULL;
		p = nl ? nl + 1 : end;
	}
}

static bool starts_delim(const Line *l, const char *delim, bool bare_ok)
{
	if (l->len < 3 || memcmp(l->s, delim, 3) != 0)
		return false;
	if (l->len == 3)
		return bare_ok;
	return l->s[3] == ' ' || l->s[3] == '\t';
}

static bool is_block_line(const Line *l)
{
	return starts_delim(l, "===", true);
}

static bool is_sec_line(const Line *l)
{
	return starts_delim(l, "---", false);
}

static bool is_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return false;
	return true;
}

/* Copy of s[0..n) without surrounding whitespace. */
static char *trim_dup(const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return xstrndup(s, n);
}

static int find_section(const char *name, size_t n)
{
	for (int k = 0; k < SEC__COUNT; k++)
		if (strlen(sec_names[k]) == n && memcmp(sec_names[k], name, n) == 0)
			return k;
	return -1;
}

static char *known_sections(void)
{
	Buf b = {0};

	for (int k = 0; k < SEC__COUNT; k++)
		buf_printf(&b, "%s%s", k ? ", " : "", sec_names[k]);
	return b.p;
}

/* The bytes of body lines [first, end), with the trailing-blank rule for a
 * block's last section applied when `last`. */
static void body_text(Parser *ps, int first, int end, bool last, Section *s)
{
	const char *from, *to;

	if (last)
		while (end > first && is_blank(ps->lines[end - 1].s, ps->lines[end - 1].len))
			end--;
	if (end == first) {
		s->text = xstrdup("");
		s->len = 0;
		return;
	}
	from = ps->lines[first].s;
	to = ps->lines[end - 1].s + ps->lines[end - 1].len + ps->lines[end - 1].nl;
	s->len = (size_t)(to - from);
	s->text = xstrndup(from, s->len);
}

static int apply_filters(Parser *ps, int hdr, const char *filters, Section *s)
{
	char *copy = xstrdup(filters), *save, *tok;

	for (tok = strtok_r(copy, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		if (strcmp(tok, "chomp") != 0)
			return perr(ps, hdr, "unknown filter '%s' (the only filter is chomp)", tok);
		if (s->len && s->text[s->len - 1] == '\n')
			s->text[--s->len] = '\0';
	}
	free(copy);
	return 0;
}

/* Header: `--- NAME[ FILTERS]` or `--- NAME[ FILTERS]: VALUE`; the colon
 * must be followed by a blank or end the line, as in Test::Base.  Returns
 * the section kind; *value is set for the one-line form. */
static int parse_header(Parser *ps, int hdr, char **filters, char **value)
{
	const Line *l = &ps->lines[hdr];
	const char *p = l->s + 3, *end = l->s + l->len, *name, *colon;
	int k;

	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	name = p;
	while (p < end && !isspace((unsigned char)*p) && *p != ':')
		p++;
	if (p == name)
		return perr(ps, hdr, "section line without a section name");
	if (l->s[l->len - 1] == '\r')
		return perr(ps, hdr,
			    "line ends with a carriage return: save the file with "
			    "Unix (LF) line endings");
	if (p + 1 < end && *p == ':' && !isspace((unsigned char)p[1]))
		return perr(ps, hdr,
			    "a blank must follow the colon of a one-line section "
			    "('--- %.*s: value')",
			    (int)(p - name), name);
	k = find_section(name, (size_t)(p - name));
	if (k < 0)
		return perr(ps, hdr, "unknown section '%.*s' (known: %s)", (int)(p - name), name,
			    known_sections());
	*value = NULL;
	for (colon = p; colon < end; colon++)
		if (*colon == ':' && (colon + 1 == end || isspace((unsigned char)colon[1])))
			break;
	*filters = trim_dup(p, (size_t)(colon - p));
	if (colon < end)
		*value = trim_dup(colon + 1, (size_t)(end - colon - 1));
	return k;
}

static int add_pattern(Parser *ps, int idx, const char *src, size_t len, Pattern **v, int *n)
{
	int errcode;
	PCRE2_SIZE erroff;
	Pattern *pat;

	*v = xrealloc(*v, sizeof(Pattern) * (size_t)(*n + 1));
	pat = &(*v)[(*n)++];
	pat->src = xstrndup(src, len);
	pat->line = idx + 1;
	pat->re = pcre2_compile((PCRE2_SPTR)src, len, PCRE2_MULTILINE, &errcode, &erroff, NULL);
	if (!pat->re) {
		PCRE2_UCHAR msg[256];

		pcre2_get_error_message(errcode, msg, sizeof(msg));
		return perr(ps, idx, "bad pattern '%s': %s at offset %zu", pat->src, (char *)msg,
			    (size_t)erroff);
	}
	return 0;
}

/* One pattern per non-blank line of the body, or the one-line value. */
static int parse_patterns(Parser *ps, int k, const RawSec *r, const char *oneline, Pattern **v,
			  int *n)
{
	if (oneline && *oneline && add_pattern(ps, r->hdr, oneline, strlen(oneline), v, n) < 0)
		return -1;
	for (int i = r->first; !oneline && i < r->end; i++) {
		const Line *l = &ps->lines[i];

		if (!is_blank(l->s, l->len) && add_pattern(ps, i, l->s, l->len, v, n) < 0)
			return -1;
	}
	if (*n == 0)
		return perr(ps, r->hdr, "section '%s' has no pattern, so it could never fail",
			    sec_names[k]);
	return 0;
}

static int parse_needs(Parser *ps, int hdr, const char *value, Block *b)
{
	char *copy = xstrdup(value), *save, *tok;

	for (tok = strtok_r(copy, " \t\n", &save); tok; tok = strtok_r(NULL, " \t\n", &save)) {
		size_t i;

		for (i = 0; i < sizeof(need_names) / sizeof(need_names[0]); i++)
			if (strcmp(tok, need_names[i].name) == 0)
				break;
		if (i == sizeof(need_names) / sizeof(need_names[0]))
			return perr(ps, hdr,
				    "unknown requirement '%s' (known: root, live, vm, stap48)",
				    tok);
		b->needs |= need_names[i].bit;
	}
	free(copy);
	if (!b->needs)
		return perr(ps, hdr, "'needs' lists no requirement");
	return 0;
}

static int parse_value(Parser *ps, int hdr, int k, const char *v, Block *b)
{
	char *end;

	switch (k) {
	case SEC_EXITCODE:
	case SEC_REF_EXITCODE: {
		long code;

		errno = 0;
		code = strtol(v, &end, 10);
		if (!*v || *end || errno || code < 0 || code > 255)
			return perr(ps, hdr, "%s must be an integer from 0 to 255, not '%s'",
				    sec_names[k], v);
		*(k == SEC_EXITCODE ? &b->exitcode : &b->ref_exitcode) = (int)code;
		return 0;
	}
	case SEC_REF_SKIP:
		if (!*v)
			return perr(ps, hdr, "ref_skip wants the reason SystemTap fails the block");
		return 0;
	case SEC_TIMEOUT:
		errno = 0;
		b->timeout = strtod(v, &end);
		if (!*v || *end || errno || !isfinite(b->timeout) || b->timeout <= 0 ||
		    b->timeout > 1e6)
			return perr(ps, hdr,
				    "timeout must be a positive number of seconds, not '%s'", v);
		return 0;
	case SEC_NEEDS:
		return parse_needs(ps, hdr, v, b);
	case SEC_ONLY:
		if (*v)
			return perr(ps, hdr, "ONLY takes no value");
		return 0;
	default:
		return 0;
	}
}

static bool is_value_section(int k)
{
	return k == SEC_ARGS || k == SEC_SCRIPT_ARGS || k == SEC_EXITCODE || k == SEC_TIMEOUT ||
	       k == SEC_NEEDS || k == SEC_SKIP || k == SEC_ONLY || k == SEC_REF_SKIP ||
	       k == SEC_REF_EXITCODE || k == SEC_PROG_FLAGS;
}

static int pattern_section(Parser *ps, Block *b, int k, const RawSec *r, const char *oneline)
{
	switch (k) {
	case SEC_STAP_OUT_LIKE:
		return parse_patterns(ps, k, r, oneline, &b->out_like, &b->n_out_like);
	case SEC_STAP_OUT_UNLIKE:
		return parse_patterns(ps, k, r, oneline, &b->out_unlike, &b->n_out_unlike);
	default:
		return parse_patterns(ps, k, r, oneline, &b->err_like, &b->n_err_like);
	}
}

static int parse_section(Parser *ps, Block *b, const RawSec *r, bool last)
{
	char *filters = NULL, *value = NULL;
	int k = parse_header(ps, r->hdr, &filters, &value);
	Section *s;

	if (k < 0)
		return -1;
	s = &b->sec[k];
	if (s->present)
		return perr(ps, r->hdr, "section '%s' given twice (first at line %d)", sec_names[k],
			    s->line);
	s->present = true;
	s->line = r->hdr + 1;
	if (value) {
		for (int i = r->first; i < r->end; i++)
			if (!is_blank(ps->lines[i].s, ps->lines[i].len))
				return perr(ps, i,
					    "text after the one-line section '%s' (write "
					    "'--- %s' alone to give it a body)",
					    sec_names[k], sec_names[k]);
		if (*filters)
			return perr(ps, r->hdr, "filters apply only to sections with a body");
		s->text = value;
		s->len = strlen(value);
	} else {
		body_text(ps, r->first, r->end, last, s);
		if (apply_filters(ps, r->hdr, filters, s) < 0)
			return -1;
		if (is_value_section(k)) {
			s->text = trim_dup(s->text, s->len);
			s->len = strlen(s->text);
		}
	}
	if ((k == SEC_SXX && b->sec[SEC_STAP].present) || (k == SEC_STAP && b->sec[SEC_SXX].present))
		return perr(ps, r->hdr, "a block has a 'stap' or an 'sxx' section, not both");
	if (k == SEC_STAP_OUT_LIKE || k == SEC_STAP_OUT_UNLIKE || k == SEC_STAP_ERR_LIKE)
		return pattern_section(ps, b, k, r, value);
	return parse_value(ps, r->hdr, k, s->text, b);
}

/* Skip the description between a block's title and its first section. */
static int skip_description(Parser *ps, int *i)
{
	for (; *i < ps->n; ++*i) {
		const Line *l = &ps->lines[*i];

		if (is_block_line(l) || is_sec_line(l))
			break;
		if (l->len >= 2 && (memcmp(l->s, "--", 2) == 0 || memcmp(l->s, "==", 2) == 0))
			return perr(ps, *i,
				    "malformed delimiter '%.*s' (a section is '--- name', "
				    "a block '=== title')",
				    (int)l->len, l->s);
	}
	return 0;
}

static Block *new_block(Parser *ps, int hdr)
{
	TFile *f = ps->f;
	const Line *l = &ps->lines[hdr];
	Block *b;

	f->blocks = xrealloc(f->blocks, sizeof(Block) * (size_t)(f->n_blocks + 1));
	b = &f->blocks[f->n_blocks++];
	memset(b, 0, sizeof(*b));
	b->file = f;
	b->line = hdr + 1;
	b->title = trim_dup(l->s + 3, l->len - 3);
	if (!*b->title)
		b->title = xfmt("block at line %d", b->line);
	b->timeout = DEFAULT_TIMEOUT;
	return b;
}

/* block: '===' TITLE NL description section* */
static int parse_block(Parser *ps, int *i)
{
	Block *b = new_block(ps, *i);
	RawSec *secs = NULL;
	int n = 0;

	++*i;
	if (skip_description(ps, i) < 0)
		return -1;
	while (*i < ps->n && is_sec_line(&ps->lines[*i])) {
		secs = xrealloc(secs, sizeof(RawSec) * (size_t)(n + 1));
		secs[n].hdr = (*i)++;
		secs[n].first = *i;
		while (*i < ps->n && !is_block_line(&ps->lines[*i]) && !is_sec_line(&ps->lines[*i]))
			++*i;
		secs[n++].end = *i;
	}
	for (int k = 0; k < n; k++)
		if (parse_section(ps, b, &secs[k], k == n - 1) < 0)
			return -1;
	if (!b->sec[SEC_REF_EXITCODE].present)
		b->ref_exitcode = b->exitcode;
	for (int k = SEC_PROG_FLAGS; k <= SEC_LIB; k++)
		if (b->sec[k].present && !b->sec[SEC_PROG].present)
			return perr(ps, b->sec[k].line - 1, "section '%s' without a 'prog' section",
				    sec_names[k]);
	free(secs);
	return 0;
}

int parse_file(TFile *f, const char *text, size_t len)
{
	Parser ps = {.f = f};
	int i = 0;

	split_lines(&ps, text, len);
	for (; i < ps.n && !is_block_line(&ps.lines[i]); i++)
		if (is_sec_line(&ps.lines[i]))
			return perr(&ps, i,
				    "section outside a block (a block starts with '=== title')");
	if (i == ps.n)
		return perr(&ps, 0, "no test block in the file (a block starts with '=== title')");
	while (i < ps.n)
		if (parse_block(&ps, &i) < 0)
			return -1;
	free(ps.lines);
	return 0;
}
