/* prog.c - the `prog` and `lib` sections: C programs built for a block.
 *
 * A block's target program is written in the block itself and built here,
 * on the host, before the block runs: `gcc -g -O0` and `gcc -g -O2`, so
 * that DWARF for both stack-resident and register-allocated variables is
 * tested by the same text.  Builds are cached by a hash of the sections
 * under .cache/t/prog/HASH/ (O0/prog, O2/prog, and O0/libt.so, O2/libt.so
 * with a `lib` section), so paths are stable across runs (pass 2 reads the
 * binaries on the host, the guest gets them at the same path) and a rerun
 * compiles nothing.  A build goes to a private directory renamed into
 * place, so concurrent t runs never see half a build.
 */
#include "t.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* FNV-1a over the sections that make the programs, each with its length
 * so that moving text between sections changes the hash. */
static char *prog_hash(const Block *b)
{
	static const int parts[] = {SEC_PROG, SEC_LIB, SEC_PROG_FLAGS};
	/* the build recipe's version: a change to build_script() bumps it */
	uint64_t h = 14695981039346656037ull ^ 2;

	for (size_t i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		const Section *s = &b->sec[parts[i]];
		char len[32];
		int n = snprintf(len, sizeof(len), "%d:%zu:", parts[i], s->present ? s->len : 0);

		for (int k = 0; k < n; k++)
			h = (h ^ (unsigned char)len[k]) * 1099511628211ull;
		for (size_t k = 0; s->present && k < s->len; k++)
			h = (h ^ (unsigned char)s->text[k]) * 1099511628211ull;
	}
	return xfmt("%016llx", (unsigned long long)h);
}

static int write_text(const char *path, const Section *s)
{
	FILE *f = fopen(path, "w");
	int bad;

	if (!f)
		return -1;
	bad = fwrite(s->text, 1, s->len, f) != s->len;
	return fclose(f) != 0 || bad ? -1 : 0;
}

/* The shell text that builds everything in the current directory. */
static char *build_script(const Block *b, const char *dir)
{
	const char *flags = b->sec[SEC_PROG_FLAGS].present ? b->sec[SEC_PROG_FLAGS].text : "";
	bool lib = b->sec[SEC_LIB].present;
	Buf c = {0};

	/* DWARF names the directory the build lands in, not the private one */
	buf_printf(&c, "set -e; g='gcc -g -fdebug-prefix-map='$(pwd)'=%s'; for o in 0 2; do mkdir O$o; ",
		   dir);
	if (lib)
		buf_puts(&c, "$g -O$o -fPIC -shared -Wl,-soname,libt.so -o O$o/libt.so lib.c; ");
	buf_printf(&c, "$g -O$o -o O$o/prog prog.c%s %s; done",
		   lib ? " -LO$o -lt -Wl,-rpath,'$ORIGIN'" : "", flags);
	return c.p;
}

static char **env_and_files(Block *b, const char *dir)
{
	bool lib = b->sec[SEC_LIB].present;
	char **env = xmalloc(sizeof(char *) * 6), **files = xmalloc(sizeof(char *) * 5);
	int n = 0, m = 0;

	env[n++] = xfmt("PROGDIR=%s", dir);
	for (int o = 0; o <= 2; o += 2) {
		env[n++] = xfmt("PROG%d=%s/O%d/prog", o, dir, o);
		files[m++] = xfmt("%s/O%d/prog", dir, o);
		if (lib) {
			env[n++] = xfmt("LIB%d=%s/O%d/libt.so", o, dir, o);
			files[m++] = xfmt("%s/O%d/libt.so", dir, o);
		}
	}
	b->prog_files = files;
	return env;
}

char *prog_prepare(Block *b, const Options *opt)
{
	char *base = xfmt("%s/.cache/t/prog", opt->root);
	char *dir = xfmt("%s/%s", base, prog_hash(b)), *tmp, *argv[4] = {"/bin/sh", "-c"};
	struct stat st;
	Buf out = {0};
	int rc;

	b->prog_env = env_and_files(b, dir);
	if (stat(xfmt("%s/O2/prog", dir), &st) == 0)
		return NULL;
	mkdir(xfmt("%s/.cache", opt->root), 0777);
	mkdir(xfmt("%s/.cache/t", opt->root), 0777);
	mkdir(base, 0777);
	tmp = xfmt("%s/tmp.XXXXXX", base);
	if (!mkdtemp(tmp))
		return xfmt("cannot make a directory under %s: %s", base, strerror(errno));
	if (write_text(xfmt("%s/prog.c", tmp), &b->sec[SEC_PROG]) < 0 ||
	    (b->sec[SEC_LIB].present && write_text(xfmt("%s/lib.c", tmp), &b->sec[SEC_LIB]) < 0))
		return xfmt("cannot write the sources in %s: %s", tmp, strerror(errno));
	argv[2] = xfmt("cd '%s' && %s", tmp, build_script(b, dir));
	rc = run_capture(argv, NULL, 120000, &out);
	if (rc != 0) {
		char *why = xfmt("building the prog section (at line %d) failed (%s):\n%s",
				 b->sec[SEC_PROG].line, rc == -1 ? "timed out" : "gcc failed",
				 out.p ? out.p : "");
		char *rm[] = {"rm", "-rf", tmp, NULL};

		run_capture(rm, NULL, 20000, &out);
		return why;
	}
	if (rename(tmp, dir) < 0) {
		/* another t built it meanwhile: use theirs */
		char *rm[] = {"rm", "-rf", tmp, NULL};

		run_capture(rm, NULL, 20000, &out);
		if (stat(xfmt("%s/O2/prog", dir), &st) < 0)
			return xfmt("cannot rename %s to %s: %s", tmp, dir, strerror(errno));
	}
	free(out.p);
	return NULL;
}

char *prog_exports(const Block *b)
{
	Buf c = {0};

	buf_puts(&c, "");
	for (char **p = b->prog_env; p && *p; p++) {
		char *eq = strchr(*p, '=');

		buf_printf(&c, "export %.*s=", (int)(eq - *p), *p);
		buf_put_quoted(&c, eq + 1);
		buf_puts(&c, "; ");
	}
	return c.p;
}
