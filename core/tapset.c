/* tapset.c - the tapset library, indexed and parsed on demand.
 *
 * Pass 2 asks "which library files define function F / global G / an
 * alias whose first component matches P?" and parses only those.  The
 * answer comes from an index (name -> files) of every *.stp file on the
 * tapset path, found with the same per-runtime/version/arch subdirectory
 * rules as the .stpm macro files.  The index is made by a cheap scan of
 * each file's top level (no lexing, no parsing) and cached in
 * $XDG_CACHE_HOME/stap/ (~/.cache/stap/), one entry per file keyed by
 * size and mtime; a warm run only stats the files.  A cache that cannot
 * be read or written is simply not used.
 *
 * The scan ignores %( %) conditionals and indexes names from every
 * branch: a name found in a file whose taken branch lacks it costs one
 * useless parse, never a wrong answer (the parser decides).
 */
#include "stap.h"

#include <errno.h>
#include <fnmatch.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
	const char *path;
	long long size, mtime;
	Vec names;          /* char *: "fNAME", "gNAME", "aNAME" */
	ParsedFile *pf;     /* once parsed */
	bool parsed;
} TFile;

struct Tapsets {
	Session *s;
	Vec files;          /* TFile *, in search order */
	AstCache *ast;      /* parsed files, or NULL (astcache.c) */
};

/* ---- the top-level scanner ---- */

static bool is_id(int c, bool first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (!first && c >= '0' && c <= '9');
}

/* Skip blanks and comments. */
static const char *skip_ws(const char *p, const char *e)
{
	for (;;) {
		while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
			p++;
		if (p < e && *p == '#') {
			while (p < e && *p != '\n')
				p++;
		} else if (p + 1 < e && p[0] == '/' && p[1] == '/') {
			while (p < e && *p != '\n')
				p++;
		} else if (p + 1 < e && p[0] == '/' && p[1] == '*') {
			const char *q = strstr(p + 2, "*/");
			p = q && q < e ? q + 2 : e;
		} else {
			return p;
		}
	}
}

static const char *word(const char *p, const char *e, const char **w, int *wl)
{
	p = skip_ws(p, e);
	const char *q = p;
	while (q < e && is_id(*q, q == p))
		q++;
	*w = p;
	*wl = (int)(q - p);
	return q;
}

/* `probe a.b, c = ...`: record the first component of each alias name,
 * if an '=' or '+=' follows the names. */
static const char *scan_probe(TFile *f, const char *p, const char *e)
{
	Vec firsts = {0};
	bool want = true;
	int paren = 0;
	for (; p < e; p++) {
		p = skip_ws(p, e);
		if (p >= e)
			break;
		char c = *p;
		if (c == '"') {
			for (p++; p < e && *p != '"'; p++)
				if (*p == '\\')
					p++;
			continue;
		}
		if (c == '(') paren++;
		else if (c == ')') paren--;
		else if (paren > 0) continue;
		else if (c == ',') want = true;
		else if (c == '=' || (c == '+' && p + 1 < e && p[1] == '=')) {
			for (int i = 0; i < firsts.len; i++)
				vec_push(&f->names, xfmt("a%s", (char *)firsts.data[i]));
			return p;
		} else if (c == '{' || c == ';')
			return p;
		else if (want && (is_id(c, true) || c == '*')) {
			const char *q = p;
			while (q < e && (is_id(*q, false) || *q == '*'))
				q++;
			vec_push(&firsts, xstrndup(p, q - p));
			want = false;
			p = q - 1;
		}
	}
	return p;
}

static void scan_file(TFile *f, const char *p, const char *e)
{
	int depth = 0;
	while (p < e) {
		p = skip_ws(p, e);
		if (p >= e)
			break;
		char c = *p;
		if (c == '"' || c == '\'') {
			for (p++; p < e && *p != c; p++)
				if (*p == '\\')
					p++;
			p++;
		} else if (c == '%' && p + 1 < e && p[1] == '{') {
			const char *q = strstr(p + 2, "%}");
			p = q && q < e ? q + 2 : e;
		} else if (c == '{') {
			depth++, p++;
		} else if (c == '}') {
			depth--, p++;
		} else if (is_id(c, true)) {
			const char *w;
			int wl;
			const char *q = word(p, e, &w, &wl);
			if (depth)
				p = q;
			else if (wl == 7 && !strncmp(w, "private", 7))
				p = word(q, e, &w, &wl); /* private names stay in the file */
			else if (wl == 8 && !strncmp(w, "function", 8)) {
				p = word(q, e, &w, &wl);
				if (wl)
					vec_push(&f->names, xfmt("f%.*s", wl, w));
			} else if (wl == 6 && !strncmp(w, "global", 6)) {
				/* global a, b[10], c = 1 */
				p = q;
				for (;;) {
					p = word(p, e, &w, &wl);
					if (!wl)
						break;
					vec_push(&f->names, xfmt("g%.*s", wl, w));
					while (p < e && *p != ',' && *p != '\n' && *p != ';')
						p++;
					if (p >= e || *p != ',')
						break;
					p++;
				}
			} else if (wl == 5 && !strncmp(w, "probe", 5))
				p = scan_probe(f, q, e);
			else
				p = q;
		} else {
			p++;
		}
	}
}

/* ---- the cache ---- */

static const char *cache_path(Session *s)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	const char *base = xdg && *xdg ? xdg : home && *home ? xfmt("%s/.cache", home) : NULL;
	if (!base)
		return NULL;
	/* one index per tapset path and target (the subdirectories differ) */
	uint64_t h = 1469598103934665603ULL;
	Buf key = {0};
	for (int i = 0; i < s->tapset_dirs.len; i++)
		buf_printf(&key, "%s\n", (char *)s->tapset_dirs.data[i]);
	buf_printf(&key, "%s %s %d", s->kernel_release ?: "", s->arch ?: "", s->runtime);
	for (size_t i = 0; i < key.len; i++)
		h = (h ^ (unsigned char)key.buf[i]) * 1099511628211ULL;
	return xfmt("%s/stap/tapset-index-%016llx", base, (unsigned long long)h);
}

/* Cache file: "F size mtime path" lines, each followed by its names. */
static void cache_read(const char *path, Vec *old)
{
	size_t len;
	char *text = path ? read_file(path, &len) : NULL;
	if (!text)
		return;
	TFile *cur = NULL;
	for (char *line = text, *nl; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (!nl)
			break;
		*nl = 0;
		long long sz, mt;
		int off = 0;
		if (line[0] == 'F' && sscanf(line, "F %lld %lld %n", &sz, &mt, &off) == 2 && off) {
			cur = xalloc(sizeof(*cur));
			cur->size = sz, cur->mtime = mt, cur->path = xstrdup(line + off);
			vec_push(old, cur);
		} else if (cur && line[0] == ' ') {
			vec_push(&cur->names, xstrdup(line + 1));
		}
	}
}

static void mkdirs(const char *path)
{
	char *p = xstrdup(path);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = 0;
		mkdir(p, 0700);
		*q = '/';
	}
}

static void cache_write(const char *path, const Vec *files)
{
	if (!path)
		return;
	mkdirs(path);
	char *tmp = xfmt("%s.%d", path, (int)getpid());
	FILE *fp = fopen(tmp, "w");
	if (!fp)
		return;
	for (int i = 0; i < files->len; i++) {
		const TFile *f = files->data[i];
		fprintf(fp, "F %lld %lld %s\n", f->size, f->mtime, f->path);
		for (int k = 0; k < f->names.len; k++)
			fprintf(fp, " %s\n", (char *)f->names.data[k]);
	}
	if (fclose(fp) || rename(tmp, path))
		unlink(tmp);
}

/* ---- the file list ---- */

static bool listed(const Vec *files, const char *path, const struct stat *st, Vec *inodes)
{
	(void)files, (void)path;
	for (int i = 0; i < inodes->len; i += 2)
		if ((dev_t)(uintptr_t)inodes->data[i] == st->st_dev &&
		    (ino_t)(uintptr_t)inodes->data[i + 1] == st->st_ino)
			return true;
	vec_push(inodes, (void *)(uintptr_t)st->st_dev);
	vec_push(inodes, (void *)(uintptr_t)st->st_ino);
	return false;
}

Tapsets *tapsets_open(Session *s)
{
	Tapsets *T = xalloc(sizeof(*T));
	T->s = s;
	T->ast = astcache_open(s);
	const char *cpath = cache_path(s);
	Vec old = {0}, inodes = {0}, tails = {0};
	cache_read(cpath, &old);
	bool dirty = false;
	Vec suffixes = tapset_suffixes(s);
	for (int d = 0; d < s->tapset_dirs.len; d++) {
		const char *dir = s->tapset_dirs.data[d];
		for (int k = 0; k < suffixes.len; k++) {
			glob_t g;
			const char *pat = xfmt("%s%s/*.stp", dir, (char *)suffixes.data[k]);
			if (glob(pat, 0, NULL, &g))
				continue;
			for (size_t j = 0; j < g.gl_pathc; j++) {
				struct stat st;
				const char *path = g.gl_pathv[j];
				if (stat(path, &st) || !S_ISREG(st.st_mode) ||
				    listed(&T->files, path, &st, &inodes))
					continue;
				/* a more specific subdirectory's file hides the
				 * same name further down, as in stap */
				const char *tail = path + strlen(dir);
				const char *base = strrchr(tail, '/');
				bool hidden = false;
				for (int i = 0; i < tails.len && !hidden; i++)
					hidden = !strcmp(tails.data[i], base);
				if (hidden)
					continue;
				vec_push(&tails, xstrdup(base));
				TFile *f = NULL;
				for (int i = 0; i < old.len && !f; i++) {
					TFile *o = old.data[i];
					if (!strcmp(o->path, path) && o->size == st.st_size &&
					    o->mtime == (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec)
						f = o;
				}
				if (!f) {
					f = xalloc(sizeof(*f));
					f->path = xstrdup(path);
					f->size = st.st_size;
					f->mtime = (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec;
					size_t len;
					char *text = read_file(path, &len);
					if (text) {
						scan_file(f, text, text + len);
					}
					dirty = true;
				}
				vec_push(&T->files, f);
			}
			globfree(&g);
		}
	}
	if (dirty || old.len != T->files.len)
		cache_write(cpath, &T->files);
	return T;
}

static ParsedFile *load(Tapsets *T, TFile *f)
{
	if (f->parsed)
		return NULL;    /* already handed out */
	f->parsed = true;
	size_t len;
	char *text = read_file(f->path, &len);
	if (!text)
		return NULL;
	SrcFile *src = srcfile_new(f->path, text, len);
	src->is_tapset = true;
	const char *entry = NULL;
	f->pf = astcache_load(T->ast, src, &entry);
	if (f->pf) {
		if (T->s->verbose > 1)
			fprintf(stderr, "Pass 1: using cached %s for tapset %s\n", entry, f->path);
		return f->pf;
	}
	/* a file that warns is parsed each time, so that it warns each time */
	int errors = T->s->nerrors, warnings = T->s->nwarnings;
	f->pf = parse_file(T->s, src);
	if (T->s->verbose > 1)
		fprintf(stderr, "parsed tapset %s\n", f->path);
	if (T->s->nerrors == errors && T->s->nwarnings == warnings)
		astcache_store(T->ast, src, f->pf);
	return f->pf;
}

int tapsets_load(Tapsets *T, char kind, const char *name, Vec *out)
{
	int n = 0;
	if (!T)
		return 0;
	for (int i = 0; i < T->files.len; i++) {
		TFile *f = T->files.data[i];
		if (f->parsed)
			continue;
		bool hit = false;
		for (int k = 0; k < f->names.len && !hit; k++) {
			const char *nm = f->names.data[k];
			if (nm[0] != kind)
				continue;
			hit = kind == 'a' ? !fnmatch(name, nm + 1, 0) || !fnmatch(nm + 1, name, 0)
					  : !strcmp(nm + 1, name);
		}
		if (!hit)
			continue;
		ParsedFile *pf = load(T, f);
		if (pf) {
			vec_push(out, pf);
			n++;
		}
	}
	return n;
}

void tapsets_names(Tapsets *T, char kind, Vec *out)
{
	for (int i = 0; T && i < T->files.len; i++) {
		TFile *f = T->files.data[i];
		for (int k = 0; k < f->names.len; k++) {
			const char *nm = f->names.data[k];
			if (nm[0] == kind)
				vec_push(out, (void *)(nm + 1));
		}
	}
}
