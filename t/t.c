/* t.c - the test harness: command line, host requirements, TAP output.
 *
 *   t [options] [FILE|DIR ...]
 *
 * Each block of each .t file becomes one TAP test, numbered across files
 * in file order then block order, whatever order the parallel jobs finish
 * in.  Exit status: 0 when nothing failed, 1 when a test failed, 2 for a
 * usage error or a .t file that cannot be read or parsed (also reported as
 * a failed test, so the TAP stream says what is wrong).
 */
#include "t.h"

#include <errno.h>
#include <getopt.h>
#include <glob.h>
#include <libgen.h>
#include <limits.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: t [options] [FILE|DIR ...]\n"
	"Run the blocks of Test::Base-style .t files and print TAP.\n"
	"With no FILE or DIR, run t/*.t of the repository; a DIR means DIR/*.t.\n"
	"\n"
	"  -j N, --jobs=N  run N blocks at a time (default: the number of CPUs)\n"
	"  -k PATTERN      run only blocks whose title matches PATTERN (PCRE2)\n"
	"  -v, --verbose   show each command, its output and its exit status\n"
	"  --stap=PATH     the stap to test (default: core/stap of the repository)\n"
	"  --stapxx=PATH   the stap++ to test, for sxx sections\n"
	"                  (default: stapxx/stap++ of the repository)\n"
	"  --vm            run blocks that need a live kernel in a guest (t/vm):\n"
	"                  build them on the host with $STAP -p4, then run all\n"
	"                  the modules with staprun in one boot of t/vm/run\n"
	"                  (or a few at once for many blocks: T_VM_BOOTS=N)\n"
	"                  (the reference check: with --stap=/usr/bin/stap, or\n"
	"                  any stap whose -V says 'Systemtap translator/driver',\n"
	"                  t/vm/stap-ref-build builds with SystemTap, cached in\n"
	"                  .cache/stap-ref, and SystemTap's own staprun and\n"
	"                  stapio run the modules; sections ref_out, ref_err,\n"
	"                  ref_exitcode replace stap_out, stap_err, exitcode,\n"
	"                  and a block with 'ref_skip: REASON' is skipped)\n"
	"  -h, --help      show this help\n"
	"\n"
	"Each block runs `$STAP ARGS - SCRIPT_ARGS` through /bin/sh, with the stap\n"
	"section on stdin (`$STAPXX ...` with the sxx section, for stap++ scripts),\n"
	"in the .t file's directory, with STAP, STAPXX, STAP_TEST_DIR\n"
	"and T_ROOT in the environment.  Exit status: 0 all passed, 1 a test\n"
	"failed, 2 usage error or malformed .t file.\n";

static Entry *entries;
static int n_entries, n_printed;

static _Noreturn void usage_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void usage_error(const char *fmt, ...)
{
	va_list ap;

	fputs("t: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs("\nTry 't --help'.\n", stderr);
	exit(2);
}

/* ------------------------------------------------------------------ */
/* Options                                                              */

static int cpu_count(void)
{
	cpu_set_t set;
	long n;

	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set);
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)n : 1;
}

static int parse_jobs(const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (!*s || *end || errno || n < 1 || n > 256)
		usage_error("-j wants a number of jobs from 1 to 256, not '%s'", s);
	return (int)n;
}

static pcre2_code *compile_filter(const char *pat)
{
	int errcode;
	PCRE2_SIZE off;
	pcre2_code *re =
		pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED, 0, &errcode, &off, NULL);
	PCRE2_UCHAR msg[256];

	if (re)
		return re;
	pcre2_get_error_message(errcode, msg, sizeof(msg));
	fprintf(stderr, "t: -k '%s': %s at offset %zu\n", pat, (char *)msg, (size_t)off);
	exit(2);
}

/* A path with a slash is made absolute (commands run elsewhere); a bare
 * name is left to the shell's PATH search. */
static char *resolve_stap(const char *opt, const char *path)
{
	char cwd[PATH_MAX];

	if (!*path)
		usage_error("--%s wants a path", opt);
	if (!strchr(path, '/'))
		return xstrdup(path);
	if (access(path, X_OK) < 0)
		usage_error("--%s=%s: not an executable file", opt, path);
	if (path[0] == '/')
		return xstrdup(path);
	if (!getcwd(cwd, sizeof(cwd)))
		fatal("getcwd: %s", strerror(errno));
	return xfmt("%s/%s", cwd, path);
}

static int parse_options(int argc, char **argv, Options *opt)
{
	static const struct option longs[] = {
		{"jobs", required_argument, NULL, 'j'}, {"verbose", no_argument, NULL, 'v'},
		{"stap", required_argument, NULL, 'S'}, {"vm", no_argument, NULL, 'V'},
		{"stapxx", required_argument, NULL, 'X'},
		{"help", no_argument, NULL, 'h'},	{NULL, 0, NULL, 0},
	};
	int c;

	opt->jobs = cpu_count();
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":j:k:vh", longs, NULL)) != -1) {
		switch (c) {
		case 'j':
			opt->jobs = parse_jobs(optarg);
			break;
		case 'k':
			opt->filter = compile_filter(optarg);
			break;
		case 'v':
			opt->verbose = true;
			break;
		case 'S':
			opt->stap = resolve_stap("stap", optarg);
			break;
		case 'X':
			opt->stapxx = resolve_stap("stapxx", optarg);
			break;
		case 'V':
			opt->vm = true;
			break;
		case 'h':
			fputs(usage_text, stdout);
			exit(0);
		case ':':
			usage_error("option '%s' wants an argument", argv[optind - 1]);
		default:
			if (optopt)
				usage_error("unknown option '-%c'", optopt);
			usage_error("unknown option '%s'", argv[optind - 1]);
		}
	}
	return optind;
}

/* The repository root is the directory above the one holding this binary
 * (ROOT/t/t), so t works from any directory. */
static char *find_root(void)
{
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n < 0)
		fatal("readlink /proc/self/exe: %s", strerror(errno));
	exe[n] = '\0';
	return xstrdup(dirname(dirname(exe)));
}

/* ------------------------------------------------------------------ */
/* Files                                                               */

static TFile **files;
static int n_files;

static void add_file(const char *open_path, const char *shown)
{
	TFile *f = xmalloc(sizeof(*f));

	files = xrealloc(files, sizeof(TFile *) * (size_t)(n_files + 1));
	files[n_files++] = f;
	f->open_path = xstrdup(open_path);
	f->path = xstrdup(shown);
}

/* The .t files of DIR, sorted (glob sorts); shown as SHOWN/NAME. */
static void add_dir(const char *dir, const char *shown)
{
	size_t sl = strlen(shown);
	char *pat = xfmt("%s/*.t", dir);
	glob_t g;
	int rc = glob(pat, 0, NULL, &g);

	if (rc == GLOB_NOMATCH)
		return;
	if (rc != 0)
		fatal("cannot list %s", pat);
	if (sl && shown[sl - 1] == '/')
		sl--;
	for (size_t i = 0; i < g.gl_pathc; i++) {
		const char *base = strrchr(g.gl_pathv[i], '/') + 1;

		add_file(g.gl_pathv[i], xfmt("%.*s/%s", (int)sl, shown, base));
	}
	globfree(&g);
	free(pat);
}

static void add_arg(const char *path)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		add_dir(path, path);
	else
		add_file(path, path); /* a missing file is reported by load_file */
}

static void load_file(TFile *f)
{
	char *real = realpath(f->open_path, NULL);
	Buf text = {0};
	int err;

	if (!real) {
		f->error = xfmt("%s: cannot read: %s", f->path, strerror(errno));
		return;
	}
	f->dir = xstrdup(dirname(real));
	err = read_file(f->open_path, &text);
	if (err)
		f->error = xfmt("%s: cannot read: %s", f->path, strerror(-err));
	else
		parse_file(f, text.p ? text.p : "", text.len);
	free(text.p);
}

/* ------------------------------------------------------------------ */
/* Requirements                                                        */

/* NULL when this host can load kernel modules, else why not. */
static const char *live_problem(void)
{
	Buf b = {0};

	if (access("/proc/modules", F_OK) < 0)
		return "this kernel cannot load modules (no /proc/modules)";
	if (geteuid() != 0)
		return "loading kernel modules needs root";
	if (read_file("/proc/sys/kernel/modules_disabled", &b) < 0)
		return "cannot read /proc/sys/kernel/modules_disabled";
	if (b.len < 1 || b.p[0] != '0')
		return "module loading is disabled (kernel.modules_disabled)";
	return NULL;
}

/* NULL when /usr/bin/stap is SystemTap 4.8 ("... (version 4.8/0.188, ..."),
 * else why not; asked once. */
static const char *stap48_problem(void)
{
	static const char *problem;
	static bool asked;
	char *argv[] = {"/usr/bin/stap", "-V", NULL};
	Buf out = {0};
	const char *v;

	if (asked)
		return problem;
	asked = true;
	if (access(argv[0], X_OK) < 0)
		problem = "/usr/bin/stap is not installed";
	else if (run_capture(argv, NULL, 20000, &out) != 0 ||
		 !(v = strstr(out.p, "(version 4.8")) || (v[12] != '/' && v[12] != '.'))
		problem = "/usr/bin/stap -V does not say version 4.8";
	free(out.p);
	return problem;
}

/* Is the stap under test SystemTap itself (the reference check)?  Ours
 * says "Systemtap-compatible translator/driver". */
static bool is_systemtap(const char *stap)
{
	char *argv[] = {(char *)stap, "-V", NULL};
	Buf out = {0};
	bool yes = run_capture(argv, NULL, 20000, &out) == 0 && out.p &&
		   strstr(out.p, "Systemtap translator/driver (version ");

	free(out.p);
	return yes;
}

/* A block with a `prog` section gets its programs built before it runs;
 * a build that fails fails the block.  False then. */
static bool prog_ready(Entry *e, const Options *opt)
{
	char *why;

	if (!e->block->sec[SEC_PROG].present || !(why = prog_prepare(e->block, opt)))
		return true;
	e->status = ST_FAIL;
	diag_text(&e->diag, "t", why, strlen(why), 0);
	return false;
}

/* Decide whether e runs, is skipped, or fails without running. */
static void decide(Entry *e, const Options *opt)
{
	const Block *b = e->block;
	const char *why;

	e->status = ST_SKIP;
	if (b->sec[SEC_SKIP].present)
		e->skip_reason = *b->sec[SEC_SKIP].text ? b->sec[SEC_SKIP].text : "skip section";
	else if (opt->ref && b->sec[SEC_REF_SKIP].present)
		e->skip_reason = xfmt("ref_skip: %s", b->sec[SEC_REF_SKIP].text);
	else if (opt->vm && b->needs & (NEED_LIVE | NEED_VM)) {
		/* The guest runs as root: needs root is met there. */
		if (b->needs & NEED_STAP48 && (why = stap48_problem()))
			e->skip_reason = xfmt("needs stap48: %s", why);
		else if (prog_ready(e, opt)) {
			e->status = ST_PENDING;
			vm_prepare(e, opt);
		}
	} else if (b->needs & NEED_VM)
		e->skip_reason = "needs vm: run t --vm";
	else if (b->needs & NEED_LIVE && (why = live_problem()))
		e->skip_reason = xfmt("needs live: %s (t --vm runs it in a guest)", why);
	else if (b->needs & NEED_ROOT && geteuid() != 0)
		e->skip_reason = "needs root";
	else if (b->needs & NEED_STAP48 && (why = stap48_problem()))
		e->skip_reason = xfmt("needs stap48: %s", why);
	else if (prog_ready(e, opt))
		e->status = ST_PENDING;
}

/* ------------------------------------------------------------------ */
/* Entries and TAP                                                      */

static Entry *new_entry(TFile *f, Block *b)
{
	Entry *e;

	entries = xrealloc(entries, sizeof(Entry) * (size_t)(n_entries + 1));
	e = &entries[n_entries++];
	memset(e, 0, sizeof(*e));
	e->file = f;
	e->block = b;
	return e;
}

static bool title_matches(const Block *b, const Options *opt)
{
	pcre2_match_data *md;
	int rc;

	if (!opt->filter)
		return true;
	md = pcre2_match_data_create_from_pattern(opt->filter, NULL);
	if (!md)
		fatal("out of memory");
	rc = pcre2_match(opt->filter, (PCRE2_SPTR)b->title, strlen(b->title), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	return rc >= 0;
}

/* A file that cannot be used is one failed test; otherwise one entry per
 * block, where a block marked ONLY makes the file's others skipped (shown,
 * so a forgotten ONLY is visible) and -k drops non-matching ones. */
static void add_entries(TFile *f, const Options *opt)
{
	bool only = false;

	if (f->error) {
		Entry *e = new_entry(f, NULL);

		e->status = ST_FAIL;
		buf_printf(&e->diag, "# %s\n", f->error);
		return;
	}
	for (int i = 0; i < f->n_blocks; i++)
		only |= f->blocks[i].sec[SEC_ONLY].present;
	for (int i = 0; i < f->n_blocks; i++) {
		Block *b = &f->blocks[i];
		Entry *e;

		if (!title_matches(b, opt))
			continue;
		e = new_entry(f, b);
		if (only && !b->sec[SEC_ONLY].present) {
			e->status = ST_SKIP;
			e->skip_reason = "another block of this file is marked ONLY";
		} else
			decide(e, opt);
	}
}

/* TAP reads '#' in a test name as the start of a directive. */
static void put_name(Buf *line, const char *s)
{
	for (; *s; s++) {
		if (*s == '#' || *s == '\\')
			buf_putc(line, '\\');
		buf_putc(line, *s == '\n' ? ' ' : *s);
	}
}

static void print_entry(int num, const Entry *e)
{
	Buf line = {0};

	buf_printf(&line, "%s %d - ", e->status == ST_FAIL ? "not ok" : "ok", num);
	put_name(&line, e->file->path);
	if (e->block) {
		buf_puts(&line, ": ");
		put_name(&line, e->block->title);
	}
	if (e->status == ST_SKIP) {
		buf_puts(&line, " # SKIP ");
		put_name(&line, e->skip_reason);
	}
	buf_putc(&line, '\n');
	if (fputs(line.p, stdout) < 0 || (e->diag.len && fputs(e->diag.p, stdout) < 0) ||
	    fflush(stdout) < 0)
		fatal("writing the report: %s", strerror(errno));
	free(line.p);
}

/* Print every decided entry that all earlier ones have been printed for. */
static void report(void)
{
	while (n_printed < n_entries) {
		const Entry *e = &entries[n_printed];

		if (e->status != ST_PASS && e->status != ST_FAIL && e->status != ST_SKIP)
			break;
		print_entry(n_printed + 1, e);
		n_printed++;
	}
}

static bool any_pending(void)
{
	for (int i = 0; i < n_entries; i++)
		if (entries[i].status == ST_PENDING)
			return true;
	return false;
}

/* Fail early, once, rather than with the same "not found" in every block. */
static void check_stap(const Options *opt)
{
	if (strchr(opt->stap, '/') && access(opt->stap, X_OK) < 0)
		fatal("cannot run the tests: %s: %s (build it with make, or choose another with "
		      "--stap=PATH)",
		      opt->stap, strerror(errno));
}

static int summarize(void)
{
	int pass = 0, fail = 0, skip = 0;
	bool bad_file = false;

	for (int i = 0; i < n_entries; i++) {
		pass += entries[i].status == ST_PASS;
		fail += entries[i].status == ST_FAIL;
		skip += entries[i].status == ST_SKIP;
		bad_file |= entries[i].file->error != NULL;
	}
	if (printf("%d passed, %d failed, %d skipped\n", pass, fail, skip) < 0 ||
	    fflush(stdout) < 0)
		fatal("writing the report: %s", strerror(errno));
	return bad_file ? 2 : fail ? 1 : 0;
}

int main(int argc, char **argv)
{
	Options opt = {0};
	int first = parse_options(argc, argv, &opt);

	run_init();
	opt.root = find_root();
	if (!opt.stap)
		opt.stap = xfmt("%s/core/stap", opt.root);
	else
		opt.ref = is_systemtap(opt.stap);
	if (!opt.stapxx)
		opt.stapxx = xfmt("%s/stapxx/stap++", opt.root);
	if (first == argc)
		add_dir(xfmt("%s/t", opt.root), "t");
	for (int i = first; i < argc; i++)
		add_arg(argv[i]);
	for (int i = 0; i < n_files; i++) {
		load_file(files[i]);
		add_entries(files[i], &opt);
	}
	if (any_pending())
		check_stap(&opt);
	if (printf("1..%d\n", n_entries) < 0)
		fatal("writing the report: %s", strerror(errno));
	run_entries(entries, n_entries, &opt, report);
	vm_run(entries, n_entries, &opt);
	report();
	return summarize();
}
