/* main.c - the `stap` driver: command line, then the passes in order.
 *
 * The command line follows SystemTap's: `stap [options] FILE|- [ARGS...]`,
 * `stap [options] -e SCRIPT [ARGS...]`.  Options that later passes own are
 * accepted and recorded in the Session now, so scripts and wrappers written
 * for stap keep working as the passes land.
 */
#include "stap.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>

static void usage(FILE *out)
{
	fprintf(out,
"Usage: stap [options] FILE                    Run script in file.\n"
"   or: stap [options] -                       Run script on stdin.\n"
"   or: stap [options] -e SCRIPT               Run given script.\n"
"   or: stap [options] -l PROBE                List matching probes.\n"
"   or: stap [options] -L PROBE                List matching probes and local variables.\n"
"\n"
"Options:\n"
"   --         end of translator options, script options follow\n"
"   -h --help  show help\n"
"   -V --version\n"
"              show version\n"
"   -p NUM     stop after pass NUM 1-5, instead of 5\n"
"              (parse, elaborate, translate, compile, run)\n"
"   -v         add verbosity to all passes\n"
"   -k         keep temporary directory\n"
"   -u         unoptimized translation\n"
"   -w         suppress warnings\n"
"   -W         turn warnings into errors\n"
"   -g         guru mode\n"
"   -s NUM     buffer size in megabytes\n"
"   -I DIR     look in DIR for additional .stp script files, in addition to\n"
"              the default tapset directory\n"
"   -D NM=VAL  emit macro definition into generated C code\n"
"   -B NM=VAL  pass option to kbuild make\n"
"   -G VAR=VAL set global variable to value\n"
"   -R DIR     look in DIR for runtime\n"
"   -r DIR     cross-compile to kernel with given build tree; or else\n"
"   -r RELEASE cross-compile to kernel /lib/modules/RELEASE/build\n"
"   -a ARCH    cross-compile to given architecture\n"
"   -m MODULE  set probe module name\n"
"   -o FILE    send script output to file, instead of stdout\n"
"   -S size[,n] set maximum of the size and the number of files.\n"
"   -E SCRIPT  run the SCRIPT in addition to the main script\n"
"   -c CMD     start the probes, run CMD, and exit when it finishes\n"
"   -x PID     sets target() to PID\n"
"   -d OBJECT  add unwind/symbol data for OBJECT file\n"
"   --ldd      add unwind/symbol data for referenced user-space objects\n"
"   --all-modules\n"
"              add unwind/symbol data for all loaded kernel objects\n"
"   -T TIME    terminate the script after TIME seconds\n"
"   --runtime=MODE\n"
"              set the pass-5 runtime mode (kernel, bpf), instead of kernel\n"
"   --bpf      shorthand for --runtime=bpf\n"
"   --privilege=PRIVILEGE_LEVEL\n"
"              check the script for constructs not allowed at the given level\n"
"   --unprivileged\n"
"              equivalent to --privilege=stapusr\n"
"   --compatible=VERSION\n"
"              suppress incompatible language/tapset changes beyond VERSION,\n"
"              instead of " STAP_VERSION "\n"
"   --skip-badvars\n"
"              substitute zero for bad context $variables\n"
"   --sysroot=DIR\n"
"              directory where target files are located\n"
"   --tmpdir=NAME\n"
"              name of the temporary directory to use\n"
"   --modinfo NM=VAL\n"
"              include a MODULE_INFO(NM,VAL) in the generated C code\n"
"   --disable-cache\n"
"              do not use the module cache (-m also disables it)\n"
"   --poison-cache\n"
"              rebuild the module and replace the cached copy\n"
"   --cache-dir=DIR\n"
"              keep built modules in DIR, instead of\n"
"              $XDG_CACHE_HOME/stap/modules (this stap's own option)\n");
}

enum {
	OPT_RUNTIME = 256, OPT_BPF, OPT_PRIVILEGE, OPT_UNPRIVILEGED,
	OPT_COMPATIBLE, OPT_SKIP_BADVARS, OPT_LDD, OPT_SYSROOT, OPT_TMPDIR,
	OPT_MODINFO, OPT_UNSUPPORTED, OPT_DUMP_PROBE_TYPES, OPT_ALL_MODULES,
	OPT_DISABLE_CACHE, OPT_POISON_CACHE, OPT_CACHE_DIR,
};

static const struct option long_opts[] = {
	{"help", no_argument, NULL, 'h'},
	{"version", no_argument, NULL, 'V'},
	{"runtime", required_argument, NULL, OPT_RUNTIME},
	{"bpf", no_argument, NULL, OPT_BPF},
	{"privilege", required_argument, NULL, OPT_PRIVILEGE},
	{"unprivileged", no_argument, NULL, OPT_UNPRIVILEGED},
	{"compatible", required_argument, NULL, OPT_COMPATIBLE},
	{"skip-badvars", no_argument, NULL, OPT_SKIP_BADVARS},
	{"ldd", no_argument, NULL, OPT_LDD},
	{"sysroot", required_argument, NULL, OPT_SYSROOT},
	{"tmpdir", required_argument, NULL, OPT_TMPDIR},
	{"modinfo", required_argument, NULL, OPT_MODINFO},
	{"disable-cache", no_argument, NULL, OPT_DISABLE_CACHE},
	{"poison-cache", no_argument, NULL, OPT_POISON_CACHE},
	{"cache-dir", required_argument, NULL, OPT_CACHE_DIR},
	{"all-modules", no_argument, NULL, OPT_ALL_MODULES},
	/* stap options this tool does not offer: named in the error */
	{"use-server", optional_argument, NULL, OPT_UNSUPPORTED},
	{"list-servers", optional_argument, NULL, OPT_UNSUPPORTED},
	{"trust-servers", optional_argument, NULL, OPT_UNSUPPORTED},
	{"use-server-on-error", optional_argument, NULL, OPT_UNSUPPORTED},
	{"remote", required_argument, NULL, OPT_UNSUPPORTED},
	{"remote-prefix", no_argument, NULL, OPT_UNSUPPORTED},
	{"download-debuginfo", optional_argument, NULL, OPT_UNSUPPORTED},
	{"dump-probe-types", no_argument, NULL, OPT_DUMP_PROBE_TYPES},
	{"dump-probe-aliases", no_argument, NULL, OPT_UNSUPPORTED},
	{"dump-functions", no_argument, NULL, OPT_UNSUPPORTED},
	{"sysenv", required_argument, NULL, OPT_UNSUPPORTED},
	{"suppress-handler-errors", no_argument, NULL, OPT_UNSUPPORTED},
	{"suppress-time-limits", no_argument, NULL, OPT_UNSUPPORTED},
	{"prologue-searching", optional_argument, NULL, OPT_UNSUPPORTED},
	{"check-version", no_argument, NULL, OPT_UNSUPPORTED},
	{"save-uprobes", no_argument, NULL, OPT_UNSUPPORTED},
	{"target-namespace", required_argument, NULL, OPT_UNSUPPORTED},
	{"vp", required_argument, NULL, OPT_UNSUPPORTED},
	{0, 0, 0, 0},
};

/* Same letters as stap.  As stap 4.8 (GNU getopt's permutation), options
 * after the script are options too (`stap x.stp -c ls`); after `--`
 * everything is a script argument (`stap x.stp -- -v`). */
static const char short_opts[] = "hVvtp:I:e:E:o:R:r:a:m:kgPc:x:D:bs:uqwWl:L:FS:B:d:T:G:";

/* What the command line says about the script and the target; the rest
 * goes straight into the Session. */
typedef struct {
	const char *script_text;  /* -e */
	const char *script_file;  /* FILE or "-" */
	const char *release;      /* -r */
	const char *arch;         /* -a */
} Cmdline;

/* A command-line error in stap's words (they carry no "stap:" prefix). */
static void __attribute__((format(printf, 1, 2), noreturn)) die(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static long parse_num(const char *opt, const char *arg, long lo, long hi)
{
	char *end;
	errno = 0;
	long v = strtol(arg, &end, 10);
	if (errno || end == arg || *end || v < lo || v > hi)
		fatal("invalid argument '%s' for option %s", arg, opt);
	return v;
}

static void set_runtime(Session *s, const char *mode)
{
	if (!strcmp(mode, "kernel"))
		s->runtime = RT_KERNEL;
	else if (!strcmp(mode, "bpf"))
		s->runtime = RT_BPF;
	else
		die("ERROR: %s is an invalid argument for --runtime", mode);
}

/* --privilege=LEVEL and --unprivileged (stapusr), with stap's messages:
 * the level may be given again only as the same level.  What a level
 * forbids is checked at pass 2 (probes.c, elaborate.c). */
static bool privilege_set;
static bool dump_probe_types;   /* after all options: it depends on --privilege */

static void set_privilege(Session *s, const char *p)
{
	if (strcmp(p, "stapdev") && strcmp(p, "stapsys") && strcmp(p, "stapusr"))
		die("Invalid argument '%s' for --privilege.", p);
	if (privilege_set && strcmp(s->privilege, p))
		die("Privilege level may be set only once.");
	privilege_set = true;
	s->privilege = p;
}

static void long_option(Session *s, int c, const char *arg, char **argv)
{
	switch (c) {
	case OPT_RUNTIME: set_runtime(s, arg); break;
	case OPT_BPF: s->runtime = RT_BPF; break;
	case OPT_PRIVILEGE: set_privilege(s, arg); break;
	case OPT_UNPRIVILEGED: set_privilege(s, "stapusr"); break;
	case OPT_COMPATIBLE: s->compatible = arg; break;
	case OPT_SKIP_BADVARS: s->skip_badvars = true; break;
	case OPT_LDD: s->ldd = true; break;
	case OPT_SYSROOT: s->sysroot = arg; break;
	case OPT_TMPDIR: s->tmpdir = arg; break;
	case OPT_MODINFO: vec_push(&s->modinfo, (char *)arg); break;
	case OPT_DISABLE_CACHE: s->no_cache = true; break;
	case OPT_POISON_CACHE: s->poison_cache = true; break;
	case OPT_CACHE_DIR: s->cache_dir = arg; break;
	case OPT_DUMP_PROBE_TYPES: dump_probe_types = true; break;
	/* stap: symbols of every loaded module for backtraces and symname.
	 * Ours come from the running kernel's kallsyms, which covers every
	 * loaded module already: nothing to add. */
	case OPT_ALL_MODULES: break;
	case OPT_UNSUPPORTED:
		fatal("option '%s' is not supported by this stap", argv[optind - 1]);
	}
}

/* -S SIZE[,N] (megabytes, files kept) for staprun, checked as stap does. */
static void set_switch_size(Session *s, const char *arg)
{
	size_t n = strspn(arg, "0123456789");
	if (n == 0 || (arg[n] == ',' && (!arg[n + 1] ||
	    strspn(arg + n + 1, "0123456789") != strlen(arg + n + 1))) ||
	    (arg[n] && arg[n] != ','))
		die("ERROR: Safety pattern mismatch for -S parameter ('%s' vs. "
		    "'^[0-9]+(,[0-9]+)?$') rc=1", arg);
	s->switch_size = arg;
}

/* -G NAME=VALUE becomes a module parameter on staprun's command line:
 * stap's safety pattern, and its words when it does not match. */
static void check_global_set(const char *arg)
{
	/* stap matches it ignoring case */
	const char *p = arg;
	bool ok = isalpha((unsigned char)*p) || *p == '_';
	for (p++; ok && *p && *p != '='; p++)
		ok = isalnum((unsigned char)*p) || *p == '_';
	ok = ok && *p == '=' && p[1];
	for (p++; ok && *p; p++)
		ok = isalnum((unsigned char)*p) || strchr("_.-", *p);
	if (!ok) {
		fprintf(stderr, "ERROR: Safety pattern mismatch for -G parameter ('%s' vs. "
			"'^[a-z_][a-z0-9_]*=[a-z0-9_.-]+$') rc=1\n", arg);
		exit(1);
	}
}

static void short_option(Session *s, Cmdline *cl, int c, char *arg, char **argv)
{
	switch (c) {
	case 'h': usage(stdout); exit(0);
	case 'V':
		printf("Systemtap-compatible translator/driver (version %s, "
		       "language " STAP_VERSION ")\n", STAP_TOOL_VERSION);
		exit(0);
	case 'v': s->verbose++; break;
	case 'p':
		s->last_pass = atoi(arg);
		if (s->last_pass < 1 || s->last_pass > 5 || strspn(arg, "0123456789") != strlen(arg))
			die("Invalid pass number (should be 1-5).");
		break;
	case 'I': vec_push(&s->include_dirs, arg); break;
	case 'e':
		if (cl->script_text)
			die("Only one script can be given on the command line.");
		cl->script_text = arg;
		break;
	case 'E': vec_push(&s->extra_scripts, arg); break;
	case 'o': s->output_file = arg; break;
	case 'R': s->runtime_dir = arg; break;
	case 'r': cl->release = arg; break;
	case 'a': cl->arch = arg; break;
	case 'm': s->module_name = arg; break;
	case 'k': s->keep_tmp = true; break;
	case 'g': s->guru = true; break;
	case 'c': s->cmd = arg; break;
	case 'x': s->target_pid = parse_num("-x", arg, 1, INT_MAX); break;
	case 'D': vec_push(&s->defines, arg); break;
	case 'B': vec_push(&s->kbuild_opts, arg); break;
	case 'G': check_global_set(arg); vec_push(&s->globals_set, arg); break;
	case 'd': vec_push(&s->dash_d, arg); break;
	case 's': s->bufsize_mb = parse_num("-s", arg, 1, 4095); break;
	case 'T': s->timeout_s = parse_num("-T", arg, 1, LONG_MAX); break;
	case 'u': s->unoptimized = true; break;
	case 'w': s->suppress_warnings = true; break;
	case 'W': s->warnings_are_errors = true; break;
	case 'l': case 'L':
		s->list_probe = arg;
		s->list_vars = c == 'L';
		break;
	case 'P': case 't': case 'q': case 'b':
		break;  /* prologue search, timing, coverage, bulk: no effect on parsing */
	case 'S': set_switch_size(s, arg); break;
	case 'F':
		fatal("option '-%c' (flight recorder) is not supported by this stap", c);
	default:
		(void)argv;
		die("Try '--help' for more information. [man stap]");
	}
}

static void parse_cmdline(Session *s, Cmdline *cl, int argc, char **argv)
{
	int c;
	opterr = 1;
	argv[0] = "stap";   /* getopt's messages say "stap: ...", as stap's do */
	while ((c = getopt_long(argc, argv, short_opts, long_opts, NULL)) != -1) {
		if (c >= 256)
			long_option(s, c, optarg, argv);
		else
			short_option(s, cl, c, optarg, argv);
	}
	if (s->guru && strcmp(s->privilege, "stapdev"))
		die("You can't specify -g and --privilege=%s together.\n"
		    "Try '--help' for more information. [man stap]", s->privilege);
	if (dump_probe_types) {
		probes_dump_types(stdout, s->privilege);
		exit(0);
	}
	int i = optind;
	if (!cl->script_text && !s->list_probe) {
		if (i >= argc)
			die("A script must be specified.\n"
			    "Try '--help' for more information. [man stap]");
		cl->script_file = argv[i++];
	}
	s->args = argv + i;
	s->nargs = argc - i;
}

/* Default tapset directories: beside the binary in the source tree
 * (core/stap -> tapsets/), or PREFIX/share/stap/tapsets when installed. */
static void add_default_tapsets(Session *s)
{
	for (int i = 0; i < s->include_dirs.len; i++)
		vec_push(&s->tapset_dirs, s->include_dirs.data[i]);
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0)
		return;
	exe[n] = 0;
	char *slash = strrchr(exe, '/');
	if (!slash)
		return;
	*slash = 0;
	const char *cands[] = {"%s/../tapsets", "%s/../share/stap/tapsets"};
	for (size_t k = 0; k < sizeof cands / sizeof *cands; k++) {
		char *dir = xfmt(cands[k], exe);
		if (access(dir, R_OK | X_OK) == 0) {
			vec_push(&s->tapset_dirs, realpath(dir, NULL) ?: dir);
			return;
		}
	}
}

static SrcFile *load_script(const Cmdline *cl)
{
	if (cl->script_text)
		return srcfile_new("<input>", cl->script_text, strlen(cl->script_text));
	size_t len;
	char *text = read_file(cl->script_file, &len);
	if (!text && errno == ENOENT)
		die("Input file '%s' is missing.\n"
		    "Pass 1: parse failed.  [man error::pass1]", cl->script_file);
	if (!text)
		die("Input file '%s' cannot be read: %s\n"
		    "Pass 1: parse failed.  [man error::pass1]", cl->script_file,
		    strerror(errno));
	const char *name = strcmp(cl->script_file, "-") ? cl->script_file : "<input>";
	return srcfile_new(name, text, len);
}

static long ms_between(const struct timeval *a, const struct timeval *b)
{
	return (b->tv_sec - a->tv_sec) * 1000 + (b->tv_usec - a->tv_usec) / 1000;
}

/* -v: the tail of stap's pass summary lines, with our resource figures. */
static char *usage_since(const struct timeval *t0, const struct timeval *t1)
{
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	return xfmt("using %ldres kb, in %ldusr/%ldsys/%ldreal ms.", ru.ru_maxrss,
		    ru.ru_utime.tv_sec * 1000 + ru.ru_utime.tv_usec / 1000,
		    ru.ru_stime.tv_sec * 1000 + ru.ru_stime.tv_usec / 1000,
		    ms_between(t0, t1));
}

static void report_pass1(const struct timeval *t0, const struct timeval *t1)
{
	fprintf(stderr, "Pass 1: parsed user script %s\n", usage_since(t0, t1));
}

/* "1 probe", "2 functions": stap's counts in its pass-2 line. */
static char *count(int n, const char *what)
{
	return xfmt("%d %s%s", n, what, n == 1 ? "" : "s");
}

static void report_pass2(const Program *p, const struct timeval *t0, const struct timeval *t1)
{
	fprintf(stderr, "Pass 2: analyzed script: %s, %s, %s, %s %s\n",
		count(p->probes.len, "probe"), count(p->funcs.len, "function"),
		count(p->embeds.len, "embed"), count(p->globals.len, "global"),
		usage_since(t0, t1));
}

/* Pass 1: the user script and any -E scripts (named <input1>, <input2>...
 * as stap names them).  *ok is false after any error. */
static Vec pass1(Session *s, const Cmdline *cl, bool *ok)
{
	Vec files = {0};
	bool failed = false;
	pp_load_library(s);
	SrcFile *src = load_script(cl);
	for (int i = 0; src; i++) {
		/* stap counts errors per file, and not for an empty one */
		int errors = s->nerrors, empties = s->nempty;
		ParsedFile *pf = parse_file(s, src);
		/* tests of astcache.c: print the tree after a trip through it */
		if (pf && getenv("STAP_ASTCACHE_ROUNDTRIP"))
			pf = astcache_roundtrip(pf);
		errors = s->nerrors - errors;
		if (errors && s->nempty == empties)
			fprintf(stderr, "%d parse error%s.\n", errors, errors == 1 ? "" : "s");
		if (pf)
			vec_push(&files, pf);
		else
			failed = true;
		src = NULL;
		if (i < s->extra_scripts.len) {
			const char *text = s->extra_scripts.data[i];
			src = srcfile_new(xfmt("<input%d>", i + 1), text, strlen(text));
		}
	}
	*ok = s->nerrors == 0 && !failed;
	return files;
}

/* stap's last word on warnings printed once for several places. */
static void warn_suppressed(Session *s)
{
	if (s->nwarn_suppressed)
		fprintf(stderr, "Number of similar warning messages suppressed: %d.\n"
			"Rerun with -v to see them.\n", s->nwarn_suppressed);
}

/* -p3's output: the C. */
static int print_c(const char *text, size_t len)
{
	if (fwrite(text, 1, len, stdout) != len || fflush(stdout) != 0)
		fatal("error writing output: %s", strerror(errno));
	return 0;
}

/* After pass 4: -p4 prints the module's path; pass 5 runs it. */
static int pass5_on(Session *s, const char *ko)
{
	if (s->last_pass == 4) {
		printf("%s\n", ko);
		if (fflush(stdout) != 0)
			fatal("error writing output: %s", strerror(errno));
		return 0;
	}
	return run_module(s, ko);
}

/* Passes 3-5: -p3 prints the C, -p4 the module's path; pass 5 runs it.
 * An unchanged resolved program takes both from the cache. */
static int pass3_on(Session *s, Program *prog)
{
	struct timeval t0, t1;
	const char *cached_c = NULL, *cached_ko = cache_translated(s, prog, &cached_c);
	if (cached_ko) {
		if (s->verbose)
			fprintf(stderr, "Pass 3: using cached %s\n", cached_c);
		if (s->last_pass == 3) {
			size_t len;
			char *text = read_file(cached_c, &len);
			if (!text)
				fatal("cannot read %s: %s", cached_c, strerror(errno));
			return print_c(text, len);
		}
		if (s->verbose)
			fprintf(stderr, "Pass 4: using cached %s\n", cached_ko);
		return pass5_on(s, cached_ko);
	}
	gettimeofday(&t0, NULL);
	char *csrc = translate(s, prog);
	gettimeofday(&t1, NULL);
	if (!csrc) {
		fputs("Pass 3: translation failed.  [man error::pass3]\n", stderr);
		return 1;
	}
	if (s->verbose)
		fprintf(stderr, "Pass 3: translated to C in %ldms.\n", ms_between(&t0, &t1));
	if (s->last_pass == 3)
		return print_c(csrc, strlen(csrc));
	const char *ko = build_module(s, csrc);
	gettimeofday(&t0, NULL);
	if (!ko) {
		fputs("Pass 4: compilation failed.  [man error::pass4]\n", stderr);
		return 1;
	}
	if (s->verbose && s->cache_hit)
		fprintf(stderr, "Pass 4: using cached %s\n", ko);
	else if (s->verbose)
		fprintf(stderr, "Pass 4: compiled C into \"%s\" in %ldms.\n", ko, ms_between(&t1, &t0));
	return pass5_on(s, ko);
}

/* Pass 2 and what follows it: -p2 prints the resolved program. */
static int pass2_on(Session *s, Vec *files)
{
	struct timeval t0, t1;
	gettimeofday(&t0, NULL);
	Program *prog = elaborate(s, files);
	gettimeofday(&t1, NULL);
	if (prog && s->verbose)
		report_pass2(prog, &t0, &t1);
	if (!prog) {
		fputs("Pass 2: analysis failed.  [man error::pass2]\n", stderr);
		if (s->nsuppressed)
			fprintf(stderr, "Number of similar error messages suppressed: %d.\n"
				"Rerun with -v to see them.\n", s->nsuppressed);
		warn_suppressed(s);
		return 1;
	}
	if (s->last_pass == 2) {
		print_program(stdout, prog);
		if (fflush(stdout) != 0)
			fatal("error writing output: %s", strerror(errno));
		warn_suppressed(s);
		return 0;
	}
	/* stap sums up suppressed warnings once, when the run ends */
	int rc = pass3_on(s, prog);
	warn_suppressed(s);
	return rc;
}

/* ---- -l / -L: list the probe points a pattern matches ---- */

typedef struct {
	Session *s;
	ProbeTable *t;
	Tapsets *lib;
} Lister;

static bool list_load(void *ctx, const char *first)
{
	Lister *L = ctx;
	if (!L->lib)
		L->lib = tapsets_open(L->s);
	Vec files = {0};
	if (!tapsets_load(L->lib, 'a', first, &files))
		return false;
	for (int i = 0; i < files.len; i++)
		for (Node *n = ((ParsedFile *)files.data[i])->items; n; n = n->next)
			if (n->kind == ND_ALIAS)
				probes_add_alias(L->t, n);
	return true;
}

/* -L of an alias: its variables are the locals of `probe NAME {}`
 * elaborated unoptimised (stap shows them so), and what it expands to. */
static void list_alias_vars(Session *s, Buf *b, const char *point)
{
	const char *text = xfmt("probe %s {}", point);
	Vec files = {0};
	ParsedFile *pf = parse_file(s, srcfile_new("<input>", text, strlen(text)));
	if (!pf)
		return;
	vec_push(&files, pf);
	bool unopt = s->unoptimized;
	s->unoptimized = true;
	Program *P = elaborate(s, &files);
	s->unoptimized = unopt;
	for (int i = 0; P && i < P->probes.len; i++) {
		const Probe *p = P->probes.data[i];
		if (!p->entry_carrier) {	/* the alias's own probe */
			print_probe_vars(b, p);
			break;
		}
	}
}

static int list_probes(Session *s)
{
	s->quiet = true;                /* stap lists quietly: no errors */
	s->suppress_warnings = true;
	pp_load_library(s);
	const char *text = xfmt("probe %s {}", s->list_probe);
	ParsedFile *pf = parse_file(s, srcfile_new("<input>", text, strlen(text)));
	if (!pf || !pf->items || pf->items->kind != ND_PROBE)
		return 1;
	Lister L = {.s = s, .t = probes_new(s)};
	probes_set_library(L.t, list_load, &L);
	Vec out = {0};
	probes_list(L.t, pf->items, &out);
	Buf b = {0};
	for (int i = 0; i < out.len; i++) {
		const ListEntry *e = out.data[i];
		buf_puts(&b, e->text);
		if (s->list_vars && e->probe)
			print_probe_vars(&b, e->probe);
		else if (s->list_vars)
			list_alias_vars(s, &b, e->text);
		buf_putc(&b, '\n');
	}
	fwrite(b.buf, 1, b.len, stdout);
	if (fflush(stdout) != 0)
		fatal("error writing output: %s", strerror(errno));
	return out.len ? 0 : 1;
}

int main(int argc, char **argv)
{
	Session sess = {.last_pass = 5, .privilege = "stapdev",
			.compatible = STAP_VERSION, .runtime = RT_KERNEL};
	Session *s = &sess;
	Cmdline cl = {0};
	s->argc = argc;
	s->argv = argv;
	parse_cmdline(s, &cl, argc, argv);
	target_init(s, cl.release, cl.arch);
	add_default_tapsets(s);
	if (s->list_probe)
		return list_probes(s);

	struct timeval t0, t1;
	gettimeofday(&t0, NULL);
	bool ok;
	Vec files = pass1(s, &cl, &ok);
	gettimeofday(&t1, NULL);
	if (!ok) {
		if (s->verbose)
			report_pass1(&t0, &t1);
		fputs("Pass 1: parse failed.  [man error::pass1]\n", stderr);
		if (s->nsuppressed)
			fprintf(stderr, "Number of similar error messages suppressed: %d.\n"
				"Rerun with -v to see them.\n", s->nsuppressed);
		return 1;
	}
	if (s->verbose)
		report_pass1(&t0, &t1);
	if (s->last_pass == 1) {
		for (int i = 0; i < files.len; i++)
			print_file(stdout, files.data[i]);
		if (fflush(stdout) != 0)
			fatal("error writing output: %s", strerror(errno));
		return 0;
	}
	return pass2_on(s, &files);
}
