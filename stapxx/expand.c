/* expand.c - the stapxx macro dialect, expanded line by line.
 *
 * Each line of a .sxx file goes through six rewrites, in stapxx's order, so
 * that what one produces the next sees (@pfunc yields a $^exec_path, an
 * --arg value may hold further macros):
 *
 *   1. $^arg_NAME [:trait(VALUE)]      --arg values, defaults
 *   2. @pfunc(NAME)                    process("$^exec_path").function("NAME")
 *   3. $^NAME [:trait(VALUE)]          exec_path, pid_ok, target, libNAME_path
 *   4. $*NAME := @cast(...) | &@cast(...) | @var(...), optionally [N]
 *                                      a definition: expands to nothing
 *   5. $*NAME                          a use: the definition's text
 *   6. @use a.b, c.d                   load modules: expands to nothing
 *
 * A rewrite works inside string literals too: scripts write
 * "$^arg_time :default()" in %( %) conditions.  No rewrite spans lines, so
 * every line keeps its number; each output byte also remembers the source
 * column it came from (a replacement takes the column of the macro's
 * first character), which is how stap's error positions are mapped back.
 *
 * Messages are stapxx's, "FILE: line N: ...", word for word (including
 * its "varaible"), so tools that match them keep working.
 */
#include "stapxx.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Text with the source column of each byte. */
typedef struct {
	char *s;
	int *col;
	size_t len, cap;
} Str;

static void str_add(Str *t, const char *s, size_t n, const int *col, int fixed_col)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = (t->len + n + 1) * 2;
		t->s = xrealloc(t->s, t->cap);
		t->col = xrealloc(t->col, t->cap * sizeof(int));
	}
	memcpy(t->s + t->len, s, n);
	for (size_t i = 0; i < n; i++)
		t->col[t->len + i] = col ? col[i] : fixed_col;
	t->len += n;
	t->s[t->len] = '\0';
}

/* ------------------------------------------------------------------ */
/* Variables                                                            */

static Var *find_var(Var *v, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(v[i].name, name))
			return &v[i];
	return NULL;
}

static void put_var(Var **v, int *n, const char *name, const char *value)
{
	Var *old = find_var(*v, *n, name);

	if (old) {
		old->value = value ? xstrdup(value) : NULL;
		return;
	}
	*v = xrealloc(*v, (*n + 1) * sizeof(Var));
	(*v)[(*n)++] = (Var){xstrdup(name), value ? xstrdup(value) : NULL, false};
}

void sxx_set_var(Sxx *s, const char *name, const char *value)
{
	put_var(&s->vars, &s->n_vars, name, value);
}

const char *sxx_get_var(Sxx *s, const char *name)
{
	Var *v = find_var(s->vars, s->n_vars, name);
	return v ? v->value : NULL;
}

/* ------------------------------------------------------------------ */
/* The patterns                                                         */

enum { RX_ARG, RX_PFUNC, RX_STD, RX_DEF, RX_UVAR, RX_USE, RX__COUNT };

static const char *const rx_src[RX__COUNT] = {
	[RX_ARG] = "\\$\\^(arg_\\w+)(?:\\s*:(\\w+)\\s*\\((.*?)\\))?",
	[RX_PFUNC] = "@pfunc\\s*\\(\\s*(\\w+)\\s*\\)",
	/* lib...path first, so that names with '-' and '.' are whole */
	[RX_STD] = "\\$\\^(lib[-.\\w]+_path|\\w+)(?:\\s*:(\\w+)\\s*\\((.*?)\\))?",
	/* the parentheses balance, strings may hold any of them */
	[RX_DEF] = ("\\$\\*(\\w+)\\s*:=\\s*(&?@(?:cast|var)"
		    "(\\((?:[^()\"]++|\"(?:[^\"\\\\]|\\\\.)*+\"|(?3))*\\))(?:\\[\\d+\\])?)"),
	[RX_UVAR] = "\\$\\*(\\w+)",
	[RX_USE] = "@use\\s+(\\w+(?:\\.\\w+)*(?:\\s*,\\s*\\w+(?:\\.\\w+)*)*)",
};

static pcre2_code *rx[RX__COUNT];

static pcre2_code *rx_compile(const char *src)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, PCRE2_UTF, &err, &off, NULL);

	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof(msg));
		die("stap++: internal error: pattern %s: %s at %zu", src, msg, (size_t)off);
	}
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

static void rx_init(void)
{
	if (rx[0])
		return;
	for (int i = 0; i < RX__COUNT; i++)
		rx[i] = rx_compile(rx_src[i]);
}

static bool rx_match(pcre2_code *re, const char *s, size_t len, size_t start, pcre2_match_data *m)
{
	return pcre2_match(re, (PCRE2_SPTR)s, len, start, 0, m, NULL) >= 0;
}

/* Group g of the last match, or NULL when it did not take part. */
static char *group(pcre2_match_data *m, const char *s, int g)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m);

	if (g >= (int)pcre2_get_ovector_count(m) || ov[2 * g] == PCRE2_UNSET)
		return NULL;
	return xstrndup(s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
}

/* ------------------------------------------------------------------ */
/* One file                                                             */

/* Where we are, for messages. */
typedef struct {
	Sxx *s;
	Unit *u;
	int line;
	Var *uvars; /* $*NAME definitions of this file */
	int n_uvars;
	int depth; /* of --arg values expanded inside --arg values */
} Ctx;

typedef char *Rewrite(Ctx *c, pcre2_match_data *m, const char *s);

static void expand_str(Ctx *c, Str *t);

/* Replace every match of re in *t by what fn returns. */
static void rewrite(Ctx *c, int which, Rewrite *fn, Str *t)
{
	pcre2_match_data *m = pcre2_match_data_create_from_pattern(rx[which], NULL);
	Str out = {0};
	size_t pos = 0;

	while (pos <= t->len && rx_match(rx[which], t->s, t->len, pos, m)) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m);
		size_t a = ov[0], b = ov[1];
		char *rep = fn(c, m, t->s);

		str_add(&out, t->s + pos, a - pos, t->col + pos, 0);
		str_add(&out, rep, strlen(rep), NULL, t->col[a]);
		if (b == a) { /* an empty match: step over one byte */
			if (a < t->len)
				str_add(&out, t->s + a, 1, t->col + a, 0);
			b = a + 1;
		}
		pos = b;
	}
	if (pos < t->len)
		str_add(&out, t->s + pos, t->len - pos, t->col + pos, 0);
	if (!out.s)
		str_add(&out, "", 0, NULL, 0);
	pcre2_match_data_free(m);
	*t = out;
}

static _Noreturn void die_at(Ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void die_at(Ctx *c, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	va_start(ap, fmt);
	if (vasprintf(&msg, fmt, ap) < 0)
		msg = "out of memory";
	va_end(ap);
	die("%s: line %d: %s", c->u->path, c->line, msg);
}

/* ------------------------------------------------------------------ */
/* $^NAME                                                               */

static void list_arg(Sxx *s, const char *name, const char *def)
{
	Var *v = find_var(s->listed, s->n_listed, name);

	if (!v)
		put_var(&s->listed, &s->n_listed, name, def);
	else if (def)
		v->value = xstrdup(def);
}

static const char *find_dso_path(Ctx *c, const char *prefix);

/* An --arg value may itself hold macros: expand it as a line of its own. */
static char *expand_value(Ctx *c, const char *name, const char *value)
{
	Str t = {0};

	if (++c->depth > 16)
		die_at(c, "$^%s expands into itself (--arg values nest more than 16 deep).", name);
	str_add(&t, value, strlen(value), NULL, 0);
	expand_str(c, &t);
	c->depth--;
	return t.s;
}

static char *eval_std_var(Ctx *c, const char *var, const char *trait, const char *trait_val)
{
	Sxx *s = c->s;
	Var *v = find_var(s->vars, s->n_vars, var);
	bool is_arg = !strncmp(var, "arg_", 4);

	if (is_arg) {
		Var *a = find_var(s->args, s->n_args, var + 4);
		if (a)
			a->used = true;
	}
	if (v && v->value)
		return is_arg ? expand_value(c, var, v->value) : xstrdup(v->value);
	if (trait) {
		if (strcmp(trait, "default"))
			die_at(c, "unknown trait name: %s", trait);
		if (s->list_args && is_arg)
			list_arg(s, var + 4, trait_val);
		sxx_set_var(s, var, trait_val);
		return xstrdup(trait_val);
	}
	if (s->list_args) {
		if (is_arg)
			list_arg(s, var + 4, NULL);
		return xstrdup("");
	}
	if (!strcmp(var, "exec_path"))
		die_at(c, "$^exec_path is used but neither -x <pid> nor --exec <path> is specified.");
	if (is_arg)
		die_at(c, "$^%s is used but no --arg %s=VAL option is specified.", var, var + 4);
	size_t n = strlen(var);
	if (n > 8 && !strncmp(var, "lib", 3) && !strcmp(var + n - 5, "_path")) {
		char *prefix = xstrndup(var, n - 5);
		const char *path = find_dso_path(c, prefix);
		if (path)
			return xstrdup(path);
		warn("%s: line %d: %s is not found, assuming it is statically linked.", c->u->path, c->line,
		     prefix);
		const char *exe = sxx_get_var(s, "exec_path");
		if (!exe)
			die("No -x <pid> option is specified.");
		put_var(&s->lib_paths, &s->n_lib_paths, prefix, exe);
		return xstrdup(exe);
	}
	die_at(c, "Undefined built-in variable $^%s.", var);
}

/* PCRE2 pattern text matching s literally. */
static char *quote_rx(const char *s)
{
	char *q = xmalloc(strlen(s) * 2 + 1), *p = q;

	for (; *s; s++) {
		if (strchr("\\^$.|?*+()[]{}-/", *s))
			*p++ = '\\';
		*p++ = *s;
	}
	return q;
}

/* The loaded library for "libNAME": an exact match (libNAME, then only
 * version characters, then .so) wins; else the first loose one (NAME
 * anywhere at a word start), and any further loose one is reported as
 * ambiguous and ignored. */
static const char *find_dso_path(Ctx *c, const char *prefix)
{
	Sxx *s = c->s;
	Var *cached = find_var(s->lib_paths, s->n_lib_paths, prefix);
	const char *found = NULL;

	if (cached)
		return cached->value;
	load_pending_dsos(s);
	char *name = quote_rx(prefix + 3);
	pcre2_code *exact = rx_compile(xfmt("\\blib%s[-.\\d]*\\.so(?:\\.\\d+)*$", name));
	pcre2_code *loose = rx_compile(xfmt("\\b(?:lib)?%s[^/\\s]*?\\.so(?:\\.\\d+)*$", name));
	pcre2_match_data *m = pcre2_match_data_create(4, NULL);

	for (int i = 0; i < s->n_dsos; i++) {
		const char *p = s->dsos[i];
		if (rx_match(exact, p, strlen(p), 0, m)) {
			found = p;
			warn("Found exact match for %s: %s", prefix, p);
			break;
		}
		if (rx_match(loose, p, strlen(p), 0, m)) {
			if (found) {
				warn("Ignored ambiguous library %s for \"%s\"", p, prefix);
				continue;
			}
			found = p;
		}
	}
	pcre2_match_data_free(m);
	pcre2_code_free(exact);
	pcre2_code_free(loose);
	if (found)
		put_var(&s->lib_paths, &s->n_lib_paths, prefix, found);
	return found;
}

static char *rw_std(Ctx *c, pcre2_match_data *m, const char *s)
{
	return eval_std_var(c, group(m, s, 1), group(m, s, 2), group(m, s, 3));
}

static char *rw_pfunc(Ctx *c, pcre2_match_data *m, const char *s)
{
	(void)c;
	return xfmt("process(\"$^exec_path\").function(\"%s\")", group(m, s, 1));
}

/* ------------------------------------------------------------------ */
/* $*NAME                                                               */

static char *rw_def(Ctx *c, pcre2_match_data *m, const char *s)
{
	put_var(&c->uvars, &c->n_uvars, group(m, s, 1), group(m, s, 2));
	return xstrdup("");
}

static char *rw_uvar(Ctx *c, pcre2_match_data *m, const char *s)
{
	char *name = group(m, s, 1);
	Var *v = find_var(c->uvars, c->n_uvars, name);

	if (!v)
		die_at(c, "Undefined user varaible $*%s.", name);
	return xstrdup(v->value);
}

/* ------------------------------------------------------------------ */
/* @use                                                                 */

static Unit *find_unit(Sxx *s, const char *name)
{
	for (int i = 0; i < s->n_units; i++)
		if (s->units[i]->name && !strcmp(s->units[i]->name, name))
			return s->units[i];
	return NULL;
}

static char *cycle_text(Sxx *s, const char *lib)
{
	char *t = xstrdup("");

	/* the modules being loaded, outermost first, are the cycle */
	for (int i = 1; i < s->n_units; i++)
		if (s->units[i]->loading)
			t = xfmt("%s%s -> ", t, s->units[i]->name);
	return xfmt("%s%s", t, lib);
}

static void use_lib(Ctx *c, const char *lib)
{
	Sxx *s = c->s;
	Unit *u = find_unit(s, lib);
	struct stat st;

	if (u) {
		if (u->loading)
			die_at(c, "@use cycle: %s", cycle_text(s, lib));
		return;
	}
	char *rel = xfmt("%s.sxx", lib);
	for (char *p = rel; p < rel + strlen(lib); p++)
		if (*p == '.')
			*p = '/';
	for (int i = 0; i < s->n_inc; i++) {
		char *path = strcmp(s->inc[i], ".") ? xfmt("%s/%s", s->inc[i], rel) : rel;
		if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
			continue;
		size_t len;
		char *src = read_whole(path, &len);
		if (!src)
			die("Cannot open %s for reading: %s", path, strerror(errno));
		sxx_expand(s, path, lib, src, len);
		return;
	}
	die_at(c, "cannot find @use library %s", lib);
}

static char *rw_use(Ctx *c, pcre2_match_data *m, const char *s)
{
	char *libs = group(m, s, 1), *save = NULL;

	for (char *lib = strtok_r(libs, ", \t", &save); lib; lib = strtok_r(NULL, ", \t", &save))
		use_lib(c, lib);
	return xstrdup("");
}

/* ------------------------------------------------------------------ */
/* Driver                                                               */

static char *rw_arg(Ctx *c, pcre2_match_data *m, const char *s)
{
	return rw_std(c, m, s);
}

static void expand_str(Ctx *c, Str *t)
{
	rewrite(c, RX_ARG, rw_arg, t);
	rewrite(c, RX_PFUNC, rw_pfunc, t);
	rewrite(c, RX_STD, rw_std, t);
	rewrite(c, RX_DEF, rw_def, t);
	rewrite(c, RX_UVAR, rw_uvar, t);
	rewrite(c, RX_USE, rw_use, t);
}

static void add_unit(Sxx *s, Unit *u)
{
	s->units = xrealloc(s->units, (s->n_units + 1) * sizeof(Unit *));
	s->units[s->n_units++] = u;
}

Unit *sxx_expand(Sxx *s, const char *path, const char *name, const char *src, size_t len)
{
	Unit *u = xmalloc(sizeof(Unit));
	Ctx c = {.s = s, .u = u};
	Str all = {0};
	const char *end = src + len;

	rx_init();
	u->path = xstrdup(path);
	u->name = name ? xstrdup(name) : NULL;
	u->loading = true;
	add_unit(s, u);
	for (const char *p = src; p < end; c.line++) {
		const char *nl = memchr(p, '\n', end - p);
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		Str t = {0};

		c.line = u->n_lines + 1;
		if (memchr(p, '\0', n))
			die_at(&c, "NUL byte in the source.");
		if (c.line == 1 && n >= 2 && p[0] == '#' && p[1] == '!') {
			/* a shebang line: stap sees a comment */
			str_add(&t, "#!/usr/bin/env stap", 19, NULL, 0);
		} else {
			int *col = xmalloc((n + 1) * sizeof(int));
			for (size_t i = 0; i < n; i++)
				col[i] = (int)i;
			str_add(&t, p, n, col, 0);
			expand_str(&c, &t);
		}
		u->col = xrealloc(u->col, (u->n_lines + 1) * sizeof(int *));
		u->col_len = xrealloc(u->col_len, (u->n_lines + 1) * sizeof(int));
		u->col[u->n_lines] = t.col;
		u->col_len[u->n_lines] = (int)t.len;
		u->src = xrealloc(u->src, (u->n_lines + 1) * sizeof(char *));
		u->src[u->n_lines] = xstrndup(p, n);
		u->n_lines++;
		str_add(&all, t.s ? t.s : "", t.len, NULL, 0);
		if (nl)
			str_add(&all, "\n", 1, NULL, 0);
		p += n + (nl ? 1 : 0);
	}
	u->text = all.s ? all.s : xstrdup("");
	u->loading = false;
	return u;
}

int sxx_map_col(const Unit *u, int line, int col)
{
	if (line < 1 || line > u->n_lines || col < 1)
		return col;
	const int *map = u->col[line - 1];
	int n = u->col_len[line - 1];
	if (n == 0)
		return col;
	if (col <= n)
		return map[col - 1] + 1;
	/* past the end (the newline): keep the distance from the last byte */
	return map[n - 1] + 1 + (col - n);
}
