/* vm.c - t --vm: blocks that need a live kernel, run in a guest (t/vm).
 *
 * This host cannot load modules, so a block with `needs: live` (or `vm`)
 * is split in two, the way stap itself splits passes 1-4 from pass 5:
 *
 *   1. On the host, in the job loop like any block (so -j applies), in a
 *      private directory under $TMPDIR:
 *        exec "$STAP" -p4 -r KREL ARGS - SCRIPT_ARGS
 *      with the script on stdin.  Our -r comes first, so a block's own -r
 *      wins.  No -m: stap's module cache then applies (a rerun of an
 *      unchanged block skips kbuild), and a cached module, which stays in
 *      the cache and is named by -p4's last line, is copied in.  A block's
 *      -p5 is dropped, and a block whose args stop at -p1..-p4 is no live
 *      block at all: it runs on the host as usual.  In the reference check
 *      (opt->ref) the build is t/vm/stap-ref-build instead (t/vm/README.md).  KREL is $VM_KREL, else what t/krel says (the newest kernel
 *      headers installed, the kernel t/vm/setup fetches).  A build that
 *      fails (or leaves no single .ko) is checked on its host result, so
 *      a block that expects a compile-time error works unchanged.
 *   2. All the built modules in one guest boot, or in a few booted at
 *      once when there are many (one per -j job, at least 30 blocks each,
 *      at most 4; $T_VM_BOOTS sets the number): the guest has one CPU and
 *      runs its blocks one after the other.  t/vm/carry brings
 *      core/staprun/staprun to /t/staprun, each module goes to /t/eN/, and
 *      the batch has one line per block,
 *        eN:TIMEOUT cd eN && exec staprun [-o F] [-S N] [-T S] [-c CMD] [-x PID] M.ko
 *      taking those options from the block's args as stap would pass them.
 *      Each block's stdout, stderr (after the build's own stderr, as stap
 *      prints its warnings before the run) and exit status come back from
 *      t/vm/run's output directory and are checked as for a host block.
 *      A guest failure (t/vm/run's status 2: oops, panic, hang), a rig
 *      error or a rig that outlives its deadline fails every block of that
 *      boot with the rig's message.
 *
 * The args are split by the shell that would run them on the host (in the
 * .t file's directory, with T_ROOT and STAP_TEST_DIR set), printing each
 * word NUL-terminated, then quoted again for the build command.
 *
 * Environment: T_VM_RUN and T_VM_CARRY replace t/vm/run and t/vm/carry,
 * T_VM_BOOTS sets the number of guests booted at once,
 * T_STAPRUN replaces core/staprun/staprun (the self-tests use fakes);
 * T_VM_KEEP=1 keeps the work directory and names it on stderr.
 */
#include "t.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <glob.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

struct Live {
	int num;	    /* the N of eN and bN */
	char *dir;	    /* private build directory */
	char *build_cmd;    /* the /bin/sh -c text of the build */
	char *staprun_opts; /* " -o 'F'..." for the batch line, quoted */
	char *staprun_params; /* " 'x=1'...": -G settings, after the module */
	char *ko;	    /* the module the build left, once built */
	char **carry;	    /* absolute host paths (`carry`), NULL-ended */
	Buf build_err;	    /* the build's stderr, shown before the guest's */
};

static char *work; /* the private work directory, made on first use */
static int n_live;

/* ------------------------------------------------------------------ */
/* The work directory                                                   */

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if ((flag == FTW_DP ? rmdir(path) : unlink(path)) < 0 && errno != ENOENT)
		fprintf(stderr, "t: cannot remove %s: %s\n", path, strerror(errno));
	return 0;
}

static void remove_work(void)
{
	const char *keep = getenv("T_VM_KEEP");

	if (!work)
		return;
	if (keep && *keep && strcmp(keep, "0"))
		fprintf(stderr, "t: T_VM_KEEP: the --vm work directory is %s\n", work);
	else
		nftw(work, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	work = NULL;
}

static const char *work_dir(void)
{
	const char *tmp = getenv("TMPDIR");
	char *tmpl;

	if (work)
		return work;
	tmpl = xfmt("%s/t-vm.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl))
		fatal("cannot make a directory %s: %s", tmpl, strerror(errno));
	work = tmpl;
	if (atexit(remove_work) != 0)
		fatal("atexit failed");
	run_on_interrupt = remove_work;
	return work;
}

static void xmkdir(const char *path)
{
	if (mkdir(path, 0777) < 0 && errno != EEXIST)
		fatal("mkdir %s: %s", path, strerror(errno));
}

/* ------------------------------------------------------------------ */
/* Words                                                               */

typedef struct {
	char **v;
	int n;
} Words;

static void words_add(Words *w, const char *s)
{
	w->v = xrealloc(w->v, sizeof(char *) * (size_t)(w->n + 1));
	w->v[w->n++] = xstrdup(s);
}

/* Split text as the block's shell would: in dir, T_ROOT and STAP_TEST_DIR
 * set.  NULL when fine, else why not. */
static char *split_words(const Entry *e, const Options *opt, const char *text, Words *w)
{
	Buf cmd = {0}, out = {0};
	char *argv[] = {"/bin/sh", "-c", NULL, NULL};
	int st;

	buf_puts(&cmd, "cd ");
	buf_put_quoted(&cmd, e->file->dir);
	buf_puts(&cmd, " || exit 127; T_ROOT=");
	buf_put_quoted(&cmd, opt->root);
	buf_puts(&cmd, " STAP_TEST_DIR=");
	buf_put_quoted(&cmd, e->file->dir);
	buf_puts(&cmd, "; export T_ROOT STAP_TEST_DIR; ");
	buf_puts(&cmd, prog_exports(e->block));
	buf_puts(&cmd, "printf '%s\\0' ");
	buf_puts(&cmd, text);
	argv[2] = cmd.p;
	st = run_capture(argv, NULL, 20000, &out);
	if (st == -1 || !WIFEXITED(st) || WEXITSTATUS(st) != 0)
		return xfmt("the shell could not expand '%s' (status %d): %s", text,
			    st == -1 ? -1 : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st),
			    out.p ? out.p : "");
	for (size_t i = 0; i < out.len;) {
		size_t l = strlen(out.p + i);

		words_add(w, out.p + i);
		i += l + 1;
	}
	free(cmd.p);
	free(out.p);
	return NULL;
}

/* stap's short options that take a value (core/main.c, SystemTap's). */
static bool takes_value(int c)
{
	return c && strchr("pIeEoRramcxDBGdsTlLS", c);
}

/* The release to build for, asked once. */
static const char *krel(const Options *opt, const char **why)
{
	static char *rel;
	static const char *problem;
	const char *env = getenv("VM_KREL");
	char *argv[] = {NULL, NULL};
	Buf out = {0};

	if (rel || problem) {
		*why = problem;
		return rel;
	}
	if (env && *env)
		rel = xstrdup(env);
	else {
		argv[0] = xfmt("%s/t/krel", opt->root);
		if (run_capture(argv, NULL, 20000, &out) == 0 && out.len) {
			while (out.len && (out.p[out.len - 1] == '\n' || out.p[out.len - 1] == ' '))
				out.p[--out.len] = '\0';
			if (out.len)
				rel = xstrdup(out.p);
		}
		free(out.p);
		if (!rel)
			problem = "no kernel headers installed to build for (t/krel found none: "
				  "install linux-headers-amd64)";
	}
	*why = problem;
	return rel;
}

/* ------------------------------------------------------------------ */
/* Planning a block                                                     */

/* The block's `carry` words as absolute paths (relative ones from the .t
 * file's directory), NULL-ended; NULL without the section.  A word the
 * shell cannot expand is kept as written: t/vm/carry then names it. */
static char **carry_paths(const Entry *e, const Options *opt)
{
	const Section *c = &e->block->sec[SEC_CARRY];
	Words w = {0}, abs = {0};
	char *err, *text;

	if (!c->present || !c->len) {
		if (!e->block->prog_files)
			return NULL;
		for (char **p = e->block->prog_files; *p; p++)
			words_add(&abs, *p);
		words_add(&abs, "");
		abs.v[abs.n - 1] = NULL;
		return abs.v;
	}
	text = xstrdup(c->text);	/* one line of words for the shell */
	for (char *p = text; *p; p++)
		if (*p == '\n')
			*p = ' ';
	err = split_words(e, opt, text, &w);
	if (err) {
		free(err);
		words_add(&w, text);
	}
	for (int i = 0; i < w.n; i++)
		words_add(&abs, w.v[i][0] == '/' ? w.v[i] : xfmt("%s/%s", e->file->dir, w.v[i]));
	for (char **p = e->block->prog_files; p && *p; p++)
		words_add(&abs, *p);
	words_add(&abs, "");
	abs.v[abs.n - 1] = NULL;
	return abs.v;
}

void vm_prepare(Entry *e, const Options *opt)
{
	const Block *b = e->block;
	bool sxx = b->sec[SEC_SXX].present;
	Words args = {0}, sargs = {0};
	Buf cmd = {0}, sr = {0}, params = {0};
	const char *rel, *why = NULL;
	char *err = NULL;
	Live *l;

	if (b->sec[SEC_ARGS].present && b->sec[SEC_ARGS].len)
		err = split_words(e, opt, b->sec[SEC_ARGS].text, &args);
	if (!err && b->sec[SEC_SCRIPT_ARGS].present && b->sec[SEC_SCRIPT_ARGS].len)
		err = split_words(e, opt, b->sec[SEC_SCRIPT_ARGS].text, &sargs);
	rel = err ? NULL : krel(opt, &why);
	if (err || !rel) {
		e->status = ST_FAIL;
		buf_printf(&e->diag, "# t --vm: %s\n", err ? err : why);
		return;
	}
	/* Walk the options as stap's getopt would, up to the first operand. */
	for (int i = 0; i < args.n; i++) {
		char *w = args.v[i];

		if (w[0] != '-' || !w[1] || !strcmp(w, "--"))
			break;
		if (w[1] == '-') /* a long option; its value is =joined or plain */
			continue;
		for (char *c = w + 1; *c; c++) {
			char *val;
			bool joined = c[1] != '\0';

			if (!takes_value(*c))
				continue;
			val = joined ? c + 1 : i + 1 < args.n ? args.v[i + 1] : "";
			if (*c == 'p') {
				if (strcmp(val, "5")) /* -p1..-p4: stops on the host */
					return;
				/* drop p5 (and its separate value) from the word */
				*c = '\0';
				if (!joined && i + 1 < args.n)
					args.v[++i] = NULL;
				if (!strcmp(w, "-"))
					w[0] = '\0';
				break;
			}
			if (strchr("oSTcx", *c)) {
				buf_printf(&sr, " -%c ", *c);
				buf_put_quoted(&sr, val);
			}
			if (*c == 'G') { /* a module parameter, as stap passes it */
				buf_putc(&params, ' ');
				buf_put_quoted(&params, val);
			}
			if (!joined)
				i++;
			break;
		}
	}

	l = xmalloc(sizeof(*l));
	l->num = ++n_live;
	l->dir = xfmt("%s/b%d", work_dir(), l->num);
	xmkdir(l->dir);
	if (opt->ref) /* cached, named by its hash, with SystemTap's runtime fixed */
		buf_puts(&cmd, "exec \"${T_STAP_REF_BUILD:-$T_ROOT/t/vm/stap-ref-build}\" -r ");
	else
		buf_printf(&cmd, "exec \"%s\" -p4 -r ", sxx ? "$STAPXX" : "$STAP");
	buf_put_quoted(&cmd, rel);
	for (int i = 0; i < args.n; i++) {
		if (!args.v[i] || !args.v[i][0])
			continue;
		buf_putc(&cmd, ' ');
		buf_put_quoted(&cmd, args.v[i]);
	}
	if (b->sec[SEC_STAP].present || sxx)
		buf_puts(&cmd, " -");
	for (int i = 0; i < sargs.n; i++) {
		buf_putc(&cmd, ' ');
		buf_put_quoted(&cmd, sargs.v[i]);
	}
	l->build_cmd = cmd.p;
	buf_puts(&sr, "");
	l->staprun_opts = sr.p;
	buf_puts(&params, "");
	l->staprun_params = params.p;
	l->carry = carry_paths(e, opt);
	e->live = l;
}

const char *vm_build_command(const Entry *e)
{
	return e->live->build_cmd;
}

const char *vm_build_dir(const Entry *e)
{
	return e->live->dir;
}

/* SystemTap's own builds take about 10 s, the first one ever about a
 * minute (its autoconf probes), and two run at once on two cores. */
double vm_build_timeout(const Entry *e, const Options *opt)
{
	return e->block->timeout + (opt->ref ? 600 : 0);
}

/* The one .ko the build left, or NULL. */
static char *find_ko(const char *dir)
{
	char *pat = xfmt("%s/*.ko", dir), *ko = NULL;
	glob_t g;

	if (glob(pat, 0, NULL, &g) == 0) {
		if (g.gl_pathc == 1)
			ko = xstrdup(g.gl_pathv[0]);
		globfree(&g);
	}
	free(pat);
	return ko;
}

/* A cached build leaves its module in the cache and prints its path last
 * (stap's -p4 rule): copy it into dir, never move it out of the cache. */
static char *ko_from_output(const char *dir, const Buf *out)
{
	Buf text = {0};
	char *path, *dest;
	size_t end = out->len, start;
	int fd;

	while (end && (out->p[end - 1] == '\n' || out->p[end - 1] == ' '))
		end--;
	for (start = end; start && out->p[start - 1] != '\n'; start--)
		;
	if (end - start < 4 || memcmp(out->p + end - 3, ".ko", 3))
		return NULL;
	path = xstrndup(out->p + start, end - start);
	if (path[0] != '/')
		path = xfmt("%s/%s", dir, path);
	if (read_file(path, &text) < 0)
		return NULL;
	dest = xfmt("%s/%s", dir, strrchr(path, '/') + 1);
	if (!strcmp(dest, path))
		return dest;
	fd = open(dest, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
	if (fd < 0 || write_all(fd, text.p, text.len) < 0 || close(fd) < 0)
		fatal("cannot write %s: %s", dest, strerror(errno));
	free(text.p);
	return dest;
}

void vm_built(Entry *e, Outcome *o, const Options *opt)
{
	Live *l = e->live;

	if (!o->timed_out && !o->unkillable && WIFEXITED(o->wstatus) &&
	    WEXITSTATUS(o->wstatus) == 0 &&
	    ((l->ko = find_ko(l->dir)) || (l->ko = ko_from_output(l->dir, &o->out)))) {
		l->build_err = o->err;
		o->err = (Buf){0};
		e->status = ST_BUILT;
		return;
	}
	check_outcome(e, o, opt);
	if (e->status == ST_FAIL)
		buf_puts(&e->diag, "# t --vm: checked on the host: the build (stap -p4) failed "
				   "or left no single .ko\n");
}

/* ------------------------------------------------------------------ */
/* The guest boot                                                       */

static void fail_all(Entry **v, int n, const char *what, const Buf *log)
{
	for (int i = 0; i < n; i++) {
		v[i]->status = ST_FAIL;
		buf_printf(&v[i]->diag, "# t --vm: %s\n", what);
		if (log && log->len)
			diag_text(&v[i]->diag, "the rig said", log->p, log->len, 60);
	}
}

static char *tool(const char *env, const Options *opt, const char *rel)
{
	const char *p = getenv(env);

	return p && *p ? xstrdup(p) : xfmt("%s/%s", opt->root, rel);
}

/* Read OUT/ID/NAME into b; false when missing. */
static bool read_result(const char *out, int num, const char *name, Buf *b)
{
	char *p = xfmt("%s/e%d/%s", out, num, name);
	int err = read_file(p, b);

	free(p);
	buf_puts(b, "");
	return err == 0;
}

static void check_one(Entry *e, const char *out, const Buf *log, const Options *opt)
{
	Live *l = e->live;
	Outcome o = {0};
	Buf status = {0}, flag = {0};
	char *end;
	long st;

	o.command = xfmt("%s  (in a private directory), then in the guest: cd e%d && exec "
			 "staprun%s %s%s",
			 l->build_cmd, l->num, l->staprun_opts, strrchr(l->ko, '/') + 1,
			 l->staprun_params);
	if (!read_result(out, l->num, "status", &status) ||
	    (st = strtol(status.p, &end, 10), end == status.p) || st < 0) {
		e->status = ST_FAIL;
		buf_printf(&e->diag, "# t --vm: no result from the guest for e%d (%s)\n", l->num,
			   o.command);
		if (log->len)
			diag_text(&e->diag, "the rig said", log->p, log->len, 60);
		return;
	}
	read_result(out, l->num, "stdout", &o.out);
	buf_putn(&o.err, l->build_err.p ? l->build_err.p : "", l->build_err.len);
	{
		Buf gerr = {0};

		read_result(out, l->num, "stderr", &gerr);
		buf_putn(&o.err, gerr.p, gerr.len);
		free(gerr.p);
	}
	o.timed_out = read_result(out, l->num, "timeout", &flag);
	o.wstatus = (int)(st > 255 ? 255 : st) << 8;
	check_outcome(e, &o, opt);
	if (o.timed_out)
		buf_puts(&e->diag, "# (the guest killed it at the block's timeout)\n");
	free(o.out.p);
	free(o.err.p);
	free(status.p);
	free(flag.p);
}

/* The directory of the reference stap (found in PATH for a bare name). */
static char *ref_bindir(const Options *opt)
{
	const char *path = getenv("PATH");

	if (strchr(opt->stap, '/'))
		return xstrndup(opt->stap, (size_t)(strrchr(opt->stap, '/') - opt->stap));
	while (path && *path) {
		size_t l = strcspn(path, ":");
		char *dir = xstrndup(path, l), *p = xfmt("%s/%s", dir, opt->stap);

		if (access(p, X_OK) == 0)
			return dir;
		path += l + (path[l] == ':');
	}
	return xstrdup(".");
}

/* A program installed beside the reference stap (its staprun). */
static char *ref_tool(const Options *opt, const char *name)
{
	return xfmt("%s/%s", ref_bindir(opt), name);
}

/* SystemTap's stapio: $T_REF_STAPIO, else where its packages put it. */
static char *ref_stapio(const Options *opt)
{
	const char *env = getenv("T_REF_STAPIO");
	char *bin = ref_bindir(opt), *prefix = xstrndup(bin, (size_t)(strrchr(bin, '/') ? strrchr(bin, '/') - bin : 0));
	char *cand[] = {xfmt("%s/lib/systemtap/stapio", prefix),
			xfmt("%s/libexec/systemtap/stapio", prefix)};

	if (env && *env)
		return xstrdup(env);
	for (size_t i = 0; i < sizeof(cand) / sizeof(cand[0]); i++)
		if (access(cand[i], X_OK) == 0)
			return cand[i];
	return NULL;
}

/* One guest boot: its share of the blocks, its own input and output. */
typedef struct {
	Entry **v;
	int n;
	char *in, *out;
	double budget; /* seconds the rig may take */
	bool ready;    /* carried: run the rig */
	Buf log;
	int st;
} Boot;

/* How many guests to boot at once: $T_VM_BOOTS, else one per job (-j) but
 * at least 30 blocks each, since a boot costs about 2 s and blocks run one
 * at a time in a one-CPU guest; at most 4 (1 GB of memory each). */
static int boot_count(int nb, const Options *opt)
{
	const char *env = getenv("T_VM_BOOTS");
	int k = env && *env ? atoi(env) : opt->jobs < (nb + 29) / 30 ? opt->jobs : (nb + 29) / 30;

	if (k > 4)
		k = 4;
	if (k > nb)
		k = nb;
	return k < 1 ? 1 : k;
}

/* Lay out boot b's input: the modules under root/t/eN, the batch, and
 * staprun (and SystemTap's stapio) carried in. */
static void prepare_boot(Boot *b, int g, const char *staprun, const char *stapio,
			 const Options *opt)
{
	char *rt, *carry = tool("T_VM_CARRY", opt, "t/vm/carry");
	Buf batch = {0};

	b->in = xfmt("%s/in%d", work, g);
	b->out = xfmt("%s/out%d", work, g);
	b->budget = 60 + 20 + 60; /* boot, the rig's grace, slack */
	rt = xfmt("%s/root", b->in);
	xmkdir(b->in);
	xmkdir(rt);
	xmkdir(xfmt("%s/t", rt));
	for (int i = 0; i < b->n; i++) {
		Live *l = b->v[i]->live;
		const char *base = strrchr(l->ko, '/') + 1;
		char *gdir = xfmt("%s/t/e%d", rt, l->num), *dest = xfmt("%s/%s", gdir, base);
		long secs = (long)b->v[i]->block->timeout;

		if ((double)secs < b->v[i]->block->timeout) /* whole seconds, rounded up */
			secs++;
		xmkdir(gdir);
		if (rename(l->ko, dest) < 0)
			fatal("rename %s %s: %s", l->ko, dest, strerror(errno));
		l->ko = dest;
		b->budget += (double)secs + 5;
		buf_printf(&batch, "e%d:%ld cd e%d && exec staprun%s ", l->num, secs, l->num,
			   l->staprun_opts);
		buf_put_quoted(&batch, base);
		buf_puts(&batch, l->staprun_params);
		buf_putc(&batch, '\n');
	}
	{
		char *p = xfmt("%s/batch", b->in);
		FILE *f = fopen(p, "w");

		if (!f || fwrite(batch.p, 1, batch.len, f) != batch.len || fclose(f) != 0)
			fatal("cannot write %s: %s", p, strerror(errno));
		free(p);
	}
	free(batch.p);
	{
		/* SystemTap's staprun runs stapio, and stapio runs staprun
		 * (to unload), by the paths built into them: both also go
		 * to their own paths. */
		Words argv = {0};

		words_add(&argv, carry);
		words_add(&argv, b->in);
		words_add(&argv, xfmt("%s=/t/staprun", staprun));
		if (stapio) {
			words_add(&argv, stapio);
			words_add(&argv, staprun);
		}
		/* each block's `carry` files, at their own paths */
		for (int i = 0; i < b->n; i++)
			for (char **p = b->v[i]->live->carry; p && *p; p++)
				words_add(&argv, *p);
		words_add(&argv, "");
		argv.v[argv.n - 1] = NULL;
		if (run_capture(argv.v, NULL, 60000, &b->log) != 0) {
			fail_all(b->v, b->n,
				 xfmt("%s could not carry %s into the guest", carry, staprun), &b->log);
			return;
		}
	}
	b->log.len = 0;
	b->ready = true;
}

/* Check boot b's blocks on what its rig left. */
static void finish_boot(Boot *b, const char *rig, const Options *opt)
{
	int st = b->st;

	if (st == -1)
		fail_all(b->v, b->n,
			 xfmt("%s did not finish within %.0f s: killed it (and the guest)", rig,
			      b->budget),
			 &b->log);
	else if (!WIFEXITED(st) || WEXITSTATUS(st) == 2) {
		Buf failure = {0};
		char *p = xfmt("%s/failure", b->out);

		if (read_file(p, &failure) == 0 && failure.len)
			fail_all(b->v, b->n, "guest failure (every block of this boot fails)",
				 &failure);
		else
			fail_all(b->v, b->n, "guest failure (every block of this boot fails)",
				 &b->log);
	} else if (WEXITSTATUS(st) != 0)
		fail_all(b->v, b->n, xfmt("%s failed (status %d)", rig, WEXITSTATUS(st)), &b->log);
	else
		for (int i = 0; i < b->n; i++)
			check_one(b->v[i], b->out, &b->log, opt);
}

void vm_run(Entry *v, int n, const Options *opt)
{
	Entry **built = NULL;
	Boot *boots = NULL;
	int nb = 0, nboots = 0, nready = 0;
	char *staprun, *rig, *stapio = NULL;
	char ***argvs;
	int64_t budget_ms = 0;

	for (int i = 0; i < n; i++)
		if (v[i].status == ST_BUILT) {
			built = xrealloc(built, sizeof(Entry *) * (size_t)(nb + 1));
			built[nb++] = &v[i];
		}
	if (!nb)
		goto done;
	staprun = opt->ref && !getenv("T_STAPRUN") ? ref_tool(opt, "staprun")
						    : tool("T_STAPRUN", opt, "core/staprun/staprun");
	rig = tool("T_VM_RUN", opt, "t/vm/run");
	if (access(staprun, X_OK) < 0) {
		char *m = xfmt("%s: %s (%s)", staprun, strerror(errno),
			       opt->ref ? "SystemTap's staprun, beside its stap: apt-get install "
					  "systemtap-runtime, or set T_STAPRUN"
					: "make core/staprun/staprun");

		fail_all(built, nb, m, NULL);
		goto done;
	}
	if (opt->ref && !(stapio = ref_stapio(opt))) {
		fail_all(built, nb,
			 "SystemTap's stapio not found beside its staprun (PREFIX/lib/systemtap or "
			 "PREFIX/libexec/systemtap): set T_REF_STAPIO",
			 NULL);
		goto done;
	}
	/* Deal the blocks out in turn, so that each boot gets its share of
	 * the slow ones (timers, -T) of every file. */
	nboots = boot_count(nb, opt);
	boots = xmalloc(sizeof(Boot) * (size_t)nboots);
	for (int i = 0; i < nb; i++) {
		Boot *b = &boots[i % nboots];

		b->v = xrealloc(b->v, sizeof(Entry *) * (size_t)(b->n + 1));
		b->v[b->n++] = built[i];
	}
	argvs = xmalloc(sizeof(char **) * (size_t)nboots);
	for (int g = 0; g < nboots; g++) {
		prepare_boot(&boots[g], g, staprun, stapio, opt);
		if (!boots[g].ready)
			continue;
		argvs[nready] = xmalloc(sizeof(char *) * 4);
		argvs[nready][0] = rig;
		argvs[nready][1] = boots[g].in;
		argvs[nready][2] = boots[g].out;
		argvs[nready][3] = NULL;
		if ((int64_t)(boots[g].budget * 1000) > budget_ms)
			budget_ms = (int64_t)(boots[g].budget * 1000);
		nready++;
	}
	{
		Buf *logs = xmalloc(sizeof(Buf) * (size_t)(nready ? nready : 1));
		int *sts = xmalloc(sizeof(int) * (size_t)(nready ? nready : 1));
		int k = 0;

		if (nready)
			run_parallel(argvs, nready, budget_ms, logs, sts);
		for (int g = 0; g < nboots; g++) {
			if (!boots[g].ready)
				continue;
			boots[g].log = logs[k];
			boots[g].st = sts[k++];
			finish_boot(&boots[g], rig, opt);
		}
	}
done:
	free(built);
	remove_work();
}
