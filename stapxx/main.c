/* main.c - the `stap++` driver: options, the target process, running stap.
 *
 *   stap++ [options] FILE|-e SCRIPT|- [SCRIPT_ARGS...]
 *
 * The expanded script goes to `stap` on its stdin (so stap names it
 * <input>); the @use modules go, one NAME.stp each, into a private
 * temporary directory that stap gets as -I and that is removed at exit.
 * stap's stdout is ours; its stderr passes through us so that every
 * position in it (<input>:L:C, TMP/NAME.stp:L:C) is rewritten to the .sxx
 * file, line and column it came from.  Which stap: $STAP, else the one of
 * this tree (<dir of stap++>/../core/stap), else the stap beside stap++ (an
 * installed pair), else `stap` from PATH.
 */
#include "stapxx.h"

#include <errno.h>
#include <ctype.h>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* Utilities                                                            */

static char *tmpdir; /* private temporary directory, removed at exit */

void *xmalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);

	if (!p)
		die("stap++: out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		die("stap++: out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	return p;
}

char *xfmt(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		die("stap++: out of memory");
	va_end(ap);
	return s;
}

static void vmsg(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		s = "stap++: out of memory";
	fprintf(stderr, "%s\n", s);
}

void die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
	exit(1); /* the atexit handler removes tmpdir */
}

void warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(fmt, ap);
	va_end(ap);
}

char *read_whole(const char *path, size_t *len)
{
	FILE *f = strcmp(path, "-") ? fopen(path, "r") : stdin;
	char *buf = NULL;
	size_t n = 0, cap = 0, got;

	if (!f)
		return NULL;
	do {
		if (n + 4096 + 1 > cap)
			buf = xrealloc(buf, cap = (n + 4096 + 1) * 2);
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
	} while (got > 0);
	int err = ferror(f) ? errno : 0;
	if (f != stdin)
		fclose(f);
	if (err) {
		errno = err;
		return NULL;
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	remove(path);
	return 0;
}

static void remove_tmpdir(void)
{
	if (tmpdir)
		nftw(tmpdir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
	tmpdir = NULL;
}

/* ------------------------------------------------------------------ */
/* Options                                                              */

static const char usage_text[] =
	"Usage:\n"
	"    stap++ [options] [infile|-] [script args...]\n"
	"\n"
	"Options:\n"
	"    --arg NM=VAL    Specify extra user arguments (for $^arg_NM).\n"
	"    --args          Print all available arguments for --arg.\n"
	"    -c CMD          Start the probes, run CMD, and exit when it finishes\n"
	"                    ($^pid_ok: CMD's process and its direct children).\n"
	"    -d PATH         Load debug info for the specified objects.\n"
	"    -D NM=VAL       Emit macro definition into generated C code.\n"
	"    --dump-src      Print the expanded script and exit.\n"
	"    -e SCRIPT       Run given script.\n"
	"    --exec PATH     Specify the executable file path to be traced.\n"
	"    --help          Print this help.\n"
	"    -I PATH         Specify the stap++ module search directory.\n"
	"    --master PID    Specify the master pid whose child processes are traced.\n"
	"    -p NUM          Stop stap after pass NUM (1-5).\n"
	"    --sample-pid PID  Sample process to inspect DSO objects to load via -d.\n"
	"    --skip-badvars  Substitute zero for bad context $variables.\n"
	"    -v              Be verbose (and show the stap command line).\n"
	"    -x PID          Sets target() to PID (also for $^exec_path and $^libxxx_path).\n"
	"    -g, -w, -k, -o FILE, -T SECS, -r KREL, -m NAME, -R DIR, -B NAME=VAL\n"
	"                    are passed to stap as they are.\n"
	"\n"
	"The stap run is $STAP, else the one beside stap++ in its source tree,\n"
	"else stap from PATH.\n"
	"\n"
	"Examples:\n"
	"    stap++ -x 12345 -e 'probe begin { println(\"hello\") exit() }'\n"
	"    stap++ -x 12345 infile.sxx\n";

enum { OPT_ARG = 256, OPT_ARGS, OPT_DUMP, OPT_SAMPLE, OPT_EXEC, OPT_HELP, OPT_MASTER, OPT_SKIP };

static const struct option long_opts[] = {
	{"arg", required_argument, NULL, OPT_ARG},
	{"args", no_argument, NULL, OPT_ARGS},
	{"dump-src", no_argument, NULL, OPT_DUMP},
	{"sample-pid", required_argument, NULL, OPT_SAMPLE},
	{"exec", required_argument, NULL, OPT_EXEC},
	{"help", no_argument, NULL, OPT_HELP},
	{"master", required_argument, NULL, OPT_MASTER},
	{"skip-badvars", no_argument, NULL, OPT_SKIP},
	{0, 0, 0, 0},
};

typedef struct {
	char **v;
	int n;
} Argv;

static void argv_add(Argv *a, const char *s)
{
	a->v = xrealloc(a->v, (a->n + 2) * sizeof(char *));
	a->v[a->n++] = xstrdup(s);
	a->v[a->n] = NULL;
}

static struct {
	Argv D, d, pass;	/* -D, -d as given; options passed as they are */
	char *script, *exec_path, *shcmd;
	long pid, master, sample_pid; /* 0: not given */
	bool dump_src, verbose, skip_badvars;
	Argv rest; /* FILE and script args */
} opt;

static long parse_pid(const char *name, const char *s)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || end == s || *end || n <= 0 || n > INT_MAX)
		die("Value \"%s\" invalid for option %s (number expected)\n%s", s, name, usage_text);
	return n;
}

static void add_arg(Sxx *s, const char *nv)
{
	const char *eq = strchr(nv, '=');

	if (!eq || eq == nv)
		die("--arg %s: expected NAME=VALUE\n%s", nv, usage_text);
	char *name = xstrndup(nv, eq - nv);
	for (char *p = name; *p; p++)
		if (!(*p == '_' || isalnum((unsigned char)*p)))
			die("--arg %s: the name may hold only letters, digits and '_'", nv);
	Var *v = NULL;
	for (int i = 0; i < s->n_args; i++)
		if (!strcmp(s->args[i].name, name))
			v = &s->args[i];
	if (!v) {
		s->args = xrealloc(s->args, (s->n_args + 1) * sizeof(Var));
		v = &s->args[s->n_args++];
		*v = (Var){name, NULL, false};
	}
	v->value = xstrdup(eq + 1);
}

static void parse_options(Sxx *s, int argc, char **argv)
{
	int c;
	bool list = false;

	while ((c = getopt_long(argc, argv, "x:e:D:d:I:c:vp:gwkT:o:r:m:R:B:h", long_opts, NULL)) != -1) {
		switch (c) {
		case 'x': opt.pid = parse_pid("x", optarg); break;
		case OPT_MASTER: opt.master = parse_pid("master", optarg); break;
		case OPT_SAMPLE: opt.sample_pid = parse_pid("sample-pid", optarg); break;
		case 'e': opt.script = optarg; break;
		case 'D': argv_add(&opt.D, optarg); break;
		case 'd': argv_add(&opt.d, optarg); break;
		case 'I':
			s->inc = xrealloc(s->inc, (s->n_inc + 1) * sizeof(char *));
			s->inc[s->n_inc++] = optarg;
			break;
		case 'c': opt.shcmd = optarg; break;
		case 'v': opt.verbose = true; break;
		case 'p': case 'T': case 'o': case 'r': case 'm': case 'R': case 'B':
			argv_add(&opt.pass, xfmt("-%c", c));
			argv_add(&opt.pass, optarg);
			break;
		case 'g': case 'w': case 'k': argv_add(&opt.pass, xfmt("-%c", c)); break;
		case OPT_ARG: add_arg(s, optarg); break;
		case OPT_ARGS: list = true; break;
		case OPT_DUMP: opt.dump_src = true; break;
		case OPT_EXEC: opt.exec_path = optarg; break;
		case OPT_SKIP: opt.skip_badvars = true; break;
		case 'h': case OPT_HELP: fputs(usage_text, stdout); exit(0);
		default: fputs(usage_text, stderr); exit(1);
		}
	}
	for (int i = optind; i < argc; i++)
		argv_add(&opt.rest, argv[i]);
	s->list_args = list;
}

/* ------------------------------------------------------------------ */
/* The target: executable, shared objects, worker processes             */

static void add_dso(Sxx *s, const char *path)
{
	int i = 0;

	while (i < s->n_dsos && strcmp(s->dsos[i], path) < 0)
		i++;
	if (i < s->n_dsos && !strcmp(s->dsos[i], path))
		return;
	s->dsos = xrealloc(s->dsos, (s->n_dsos + 1) * sizeof(char *));
	memmove(s->dsos + i + 1, s->dsos + i, (s->n_dsos - i) * sizeof(char *));
	s->dsos[i] = xstrdup(path);
	s->n_dsos++;
}

/* Does the line end in a shared object's name (x.so, x.so.1.2)? */
static const char *so_path(char *line, bool need_slash)
{
	size_t n = strcspn(line, "\n");
	char *end, *start, *p;

	line[n] = '\0';
	while (n && line[n - 1] == ' ')
		line[--n] = '\0';
	start = strrchr(line, ' ');
	start = start ? start + 1 : line;
	if (need_slash && *start != '/')
		return NULL;
	end = line + n;
	/* strip trailing .DIGITS groups, then require ".so" */
	for (p = end; p > start;) {
		char *q = p;
		while (q > start && q[-1] >= '0' && q[-1] <= '9')
			q--;
		if (q == p || q == start || q[-1] != '.')
			break;
		p = q - 1;
	}
	if (p - start < 4 || strncmp(p - 3, ".so", 3))
		return NULL;
	return start;
}

static void process_dso(Sxx *s, long pid)
{
	char *maps = xfmt("/proc/%ld/maps", pid), line[PATH_MAX + 256];
	FILE *f = fopen(maps, "r");

	if (!f)
		die("Cannot open %s for reading: %s", maps, strerror(errno));
	while (fgets(line, sizeof(line), f)) {
		const char *p = so_path(line, false);
		if (p)
			add_dso(s, p);
	}
	fclose(f);
}

/* Shared objects of an executable, as `ldd` lists them. */
static void ldd_dsos(Sxx *s, const char *exe)
{
	int fd[2];
	pid_t pid;
	char line[PATH_MAX + 256];

	if (pipe(fd) < 0)
		die("cannot run the command \"ldd %s\": %s", exe, strerror(errno));
	pid = fork();
	if (pid < 0)
		die("cannot run the command \"ldd %s\": %s", exe, strerror(errno));
	if (pid == 0) {
		dup2(fd[1], 1);
		close(fd[0]);
		close(fd[1]);
		int null = open("/dev/null", 2);
		if (null >= 0)
			dup2(null, 2), dup2(null, 0);
		execlp("ldd", "ldd", exe, (char *)NULL);
		_exit(127);
	}
	close(fd[1]);
	FILE *f = fdopen(fd[0], "r");
	while (f && fgets(line, sizeof(line), f)) {
		/* "\tlibz.so.1 => /lib/x86_64-linux-gnu/libz.so.1 (0x...)" */
		char *paren = strstr(line, " (0x");
		if (paren)
			*paren = '\0';
		const char *p = so_path(line, true);
		if (p)
			add_dso(s, p);
	}
	if (f)
		fclose(f);
	waitpid(pid, NULL, 0);
}

void load_pending_dsos(Sxx *s)
{
	const char *exe = s->ldd_pending;

	s->ldd_pending = NULL;
	if (exe)
		ldd_dsos(s, exe);
}

static char *proc_exe(long pid)
{
	char *link = xfmt("/proc/%ld/exe", pid), buf[PATH_MAX];
	struct stat st;
	ssize_t n;

	if (stat(link, &st) < 0 || !S_ISREG(st.st_mode) || (n = readlink(link, buf, sizeof(buf) - 1)) < 0)
		die("Nginx process %ld is not running or you do not have enough permissions.", pid);
	return xstrndup(buf, n);
}

static int cmp_long(const void *a, const void *b)
{
	long x = *(const long *)a, y = *(const long *)b;
	return (x > y) - (x < y);
}

/* The processes whose parent is `parent`, sorted. */
static long *child_pids(long parent, int *n)
{
	DIR *d = opendir("/proc");
	struct dirent *e;
	long *v = NULL;
	char line[1024];

	*n = 0;
	if (!d)
		die("Cannot open /proc for reading: %s", strerror(errno));
	while ((e = readdir(d))) {
		char *end;
		long pid = strtol(e->d_name, &end, 10);
		if (*end || pid <= 0 || pid == parent)
			continue;
		FILE *f = fopen(xfmt("/proc/%ld/stat", pid), "r");
		if (!f)
			continue;
		char *ok = fgets(line, sizeof(line), f);
		fclose(f);
		/* "PID (COMM) STATE PPID ...": COMM may hold anything */
		char *rp = ok ? strrchr(line, ')') : NULL;
		long ppid;
		if (!rp || sscanf(rp + 1, " %*c %ld", &ppid) != 1 || ppid != parent)
			continue;
		v = xrealloc(v, (*n + 1) * sizeof(long));
		v[(*n)++] = pid;
	}
	closedir(d);
	if (v)
		qsort(v, *n, sizeof(long), cmp_long);
	return v;
}

static void set_exec(Sxx *s, Argv *stap, const char *exe)
{
	sxx_set_var(s, "exec_path", exe);
	argv_add(stap, "-d");
	argv_add(stap, exe);
}

/* "pid() == target()", or one test per worker pid. */
static char *pid_test(const long *pids, int n)
{
	char *t = xstrdup("(");

	if (!pids)
		return xstrdup("pid() == target()");
	for (int i = 0; i < n; i++)
		t = xfmt("%s%spid() == %ld", t, i ? " || " : "", pids[i]);
	return xfmt("%s)", t);
}

/* --exec, -x, --master, --sample-pid: the variables, -d and -x for stap. */
static void inspect_target(Sxx *s, Argv *stap)
{
	struct stat st;

	if (opt.exec_path) {
		if (stat(opt.exec_path, &st) < 0 || !S_ISREG(st.st_mode))
			die("%s not found.", opt.exec_path);
		set_exec(s, stap, opt.exec_path);
		s->ldd_pending = opt.exec_path; /* ldd costs a few ms: only when needed */
	}
	if (opt.pid) {
		if (opt.master)
			die("-x <pid> and --master <pid> are exclusive.");
		argv_add(stap, "-x");
		argv_add(stap, xfmt("%ld", opt.pid));
		char *exe = proc_exe(opt.pid);
		sxx_set_var(s, "pid_ok", pid_test(NULL, 0));
		sxx_set_var(s, "target", xfmt("%ld", opt.pid));
		if (!opt.exec_path)
			set_exec(s, stap, exe);
		process_dso(s, opt.pid);
	}
	if (opt.master) {
		char *exe = proc_exe(opt.master), *list = xstrdup("");
		int n;
		long *pids = child_pids(opt.master, &n);
		if (!opt.exec_path)
			set_exec(s, stap, exe);
		if (n == 0)
			die("No child processes found for %ld.", opt.master);
		for (int i = 0; i < n; i++) {
			/* unlike stapxx, stap learns the workers: target() works */
			argv_add(stap, "-x");
			argv_add(stap, xfmt("%ld", pids[i]));
			list = xfmt("%s%s%ld", list, i ? " " : "", pids[i]);
		}
		sxx_set_var(s, "pid_ok", pid_test(pids, n));
		sxx_set_var(s, "target", list);
		process_dso(s, pids[0]);
	}
	if (opt.sample_pid)
		process_dso(s, opt.sample_pid);
	/* -c CMD without -x or --master: stap's target() is the command, and
	 * its direct children count too, so that `-c "nginx -g 'daemon
	 * off;'"` traces the master and its workers (and a wrapper script
	 * that execs the server works the same way). */
	if (opt.shcmd && !opt.pid && !opt.master) {
		sxx_set_var(s, "pid_ok", "(pid() == target() || ppid() == target())");
		sxx_set_var(s, "target", "-c command");
	}
	if (sxx_get_var(s, "exec_path")) {
		if (!sxx_get_var(s, "pid_ok"))
			sxx_set_var(s, "pid_ok", "1");
		if (!sxx_get_var(s, "target"))
			sxx_set_var(s, "target", "ANY");
	}
}

/* ------------------------------------------------------------------ */
/* Running stap                                                         */

static char *self_dir(void)
{
	char buf[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", buf, sizeof(buf) - 1);

	if (n < 0)
		return xstrdup(".");
	buf[n] = '\0';
	char *slash = strrchr(buf, '/');
	return slash ? xstrndup(buf, slash - buf) : xstrdup(".");
}

static bool executable(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode) && access(path, X_OK) == 0;
}

/* $STAP; else the stap of this tree (stapxx/../core/stap); else, when
 * installed, the stap installed beside us, not whichever one PATH finds
 * first (that may be SystemTap's own); else stap from PATH. */
static char *find_stap(const char *dir)
{
	const char *env = getenv("STAP");
	char *tree = xfmt("%s/../core/stap", dir);
	char *beside = xfmt("%s/stap", dir);

	if (env && *env)
		return xstrdup(env);
	if (executable(tree))
		return tree;
	if (executable(beside))
		return beside;
	return xstrdup("stap");
}

/* Check that the stap to run exists before anything is started. */
static void check_stap(const char *stap)
{
	const char *path = getenv("PATH");

	if (strchr(stap, '/')) {
		if (!executable(stap))
			die("Systemtap not installed or its \"%s\" utility is not visible: %s", stap,
			    strerror(errno ? errno : ENOENT));
		return;
	}
	for (char *save = NULL, *d = strtok_r(xstrdup(path ? path : "/usr/bin:/bin"), ":", &save); d;
	     d = strtok_r(NULL, ":", &save))
		if (executable(xfmt("%s/%s", *d ? d : ".", stap)))
			return;
	die("Systemtap not installed or its \"stap\" utility is not visible to the PATH environment: %s",
	    strerror(ENOENT));
}

static void write_modules(Sxx *s)
{
	char *dir = xfmt("%s/tapset", tmpdir);

	if (mkdir(dir, 0700) < 0)
		die("Cannot create %s: %s", dir, strerror(errno));
	for (int i = 1; i < s->n_units; i++) {
		char *path = xfmt("%s/%s.stp", dir, s->units[i]->name);
		FILE *f = fopen(path, "w");
		if (!f || fputs(s->units[i]->text, f) < 0 || fclose(f) != 0)
			die("Cannot open %s for writing: %s", path, strerror(errno));
	}
}

static pcre2_code *pos_rx;

/* "<input>:L:C" and "TMP/tapset/NAME.stp:L:C" as the .sxx positions. */
static void compile_pos_rx(void)
{
	char *q = xstrdup(""), err_msg[256];
	int err;
	PCRE2_SIZE off;

	for (const char *p = tmpdir; *p; p++)
		q = xfmt("%s%s%c", q, strchr("\\^$.|?*+()[]{}", *p) ? "\\" : "", *p);
	char *src = xfmt("(?:(<input>)|%s/tapset/([\\w.]+)\\.stp):(\\d+)(?::(\\d+))?", q);
	pos_rx = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
	if (!pos_rx) {
		pcre2_get_error_message(err, (PCRE2_UCHAR *)err_msg, sizeof(err_msg));
		die("stap++: internal error: %s", err_msg);
	}
}

static Unit *unit_named(Sxx *s, const char *name)
{
	for (int i = 1; i < s->n_units; i++)
		if (!strcmp(s->units[i]->name, name))
			return s->units[i];
	return NULL;
}

/* The last position mapped, so that the "source:" line and the caret
 * under it that stap prints next can show the .sxx line instead. */
static struct {
	Unit *u;
	int line, col, indent; /* indent: the caret's offset from the source text */
	enum { SRC_NONE, SRC_LINE, SRC_CARET } want;
} last;

/* stap's "     source: TEXT" and "             ^" lines after a position. */
static bool map_source(const char *line, size_t len, FILE *out)
{
	const char *tag = memmem(line, len, "source: ", 8);

	if (last.want == SRC_LINE && tag && strspn(line, " ") == (size_t)(tag - line)) {
		size_t pre = tag + 8 - line;
		fwrite(line, 1, pre, out);
		fprintf(out, "%s\n", last.u->src[last.line - 1]);
		last.indent = (int)pre;
		last.want = SRC_CARET;
		return true;
	}
	if (last.want == SRC_CARET && len >= 2 && line[len - 1] == '\n' && line[len - 2] == '^' &&
	    strspn(line, " ") == len - 2) {
		fprintf(out, "%*s^\n", last.indent + last.col - 1, "");
		last.want = SRC_NONE;
		return true;
	}
	last.want = SRC_NONE;
	return false;
}

static void map_line(Sxx *s, const char *line, size_t len, FILE *out)
{
	if (last.want != SRC_NONE && map_source(line, len, out))
		return;

	pcre2_match_data *m = pcre2_match_data_create_from_pattern(pos_rx, NULL);
	size_t pos = 0;

	while (pos < len && pcre2_match(pos_rx, (PCRE2_SPTR)line, len, pos, 0, m, NULL) >= 0) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m);
		Unit *u = ov[2] != PCRE2_UNSET ? s->units[0]
					       : unit_named(s, xstrndup(line + ov[4], ov[5] - ov[4]));
		fwrite(line + pos, 1, ov[0] - pos, out);
		if (!u) {
			fwrite(line + ov[0], 1, ov[1] - ov[0], out);
		} else {
			int ln = atoi(line + ov[6]);
			fprintf(out, "%s:%d", u->path, ln);
			if (ov[8] != PCRE2_UNSET) {
				int col = sxx_map_col(u, ln, atoi(line + ov[8]));
				fprintf(out, ":%d", col);
				if (ln >= 1 && ln <= u->n_lines)
					last.u = u, last.line = ln, last.col = col, last.want = SRC_LINE;
			}
		}
		pos = ov[1];
	}
	fwrite(line + pos, 1, len - pos, out);
	pcre2_match_data_free(m);
}

static void relay_stderr(Sxx *s, int fd)
{
	char *buf = NULL;
	size_t n = 0, cap = 0;
	ssize_t got;

	for (;;) {
		if (n + 4096 > cap)
			buf = xrealloc(buf, cap = (n + 4096) * 2);
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += got;
		char *nl, *start = buf;
		while ((nl = memchr(start, '\n', buf + n - start))) {
			map_line(s, start, nl + 1 - start, stderr);
			start = nl + 1;
		}
		fflush(stderr);
		memmove(buf, start, buf + n - start);
		n = buf + n - start;
	}
	if (n)
		map_line(s, buf, n, stderr);
	fflush(stderr);
}

/* For -v: the command as a shell would take it back. */
static void print_command(Argv *a)
{
	fputs("stap++: running:", stderr);
	for (int i = 0; i < a->n; i++) {
		const char *s = a->v[i];
		if (*s && !s[strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=+./:,@%")]) {
			fprintf(stderr, " %s", s);
			continue;
		}
		fputs(" '", stderr);
		for (; *s; s++)
			*s == '\'' ? fputs("'\\''", stderr) : fputc(*s, stderr);
		fputc('\'', stderr);
	}
	fputc('\n', stderr);
}

static volatile pid_t child;

static void forward_signal(int sig)
{
	if (child > 0)
		kill(child, sig);
}

static int run_stap(Sxx *s, const char *stap, Argv *args)
{
	int in[2], err[2], status;
	sigset_t block, old;
	const char *text = s->units[0]->text;
	size_t len = strlen(text);

	if (pipe2(in, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
		die("Cannot run stap: %s", strerror(errno));
	sigemptyset(&block);
	sigaddset(&block, SIGINT);
	sigaddset(&block, SIGTERM);
	sigaddset(&block, SIGHUP);
	sigprocmask(SIG_BLOCK, &block, &old);
	child = fork();
	if (child < 0)
		die("Cannot run stap: %s", strerror(errno));
	if (child == 0) {
		sigprocmask(SIG_SETMASK, &old, NULL);
		dup2(in[0], 0);
		dup2(err[1], 2);
		execvp(stap, args->v);
		dprintf(2, "Cannot run %s: %s\n", stap, strerror(errno));
		_exit(127);
	}
	struct sigaction sa = {.sa_handler = forward_signal};
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(in[0]);
	close(err[1]);
	/* stap reads its whole script before it writes much: no deadlock */
	for (size_t off = 0; off < len;) {
		ssize_t w = write(in[1], text + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			break; /* stap went away: its status says why */
		off += w;
	}
	close(in[1]);
	relay_stderr(s, err[0]);
	close(err[0]);
	while (waitpid(child, &status, 0) < 0)
		if (errno != EINTR)
			die("stap++: waitpid: %s", strerror(errno));
	if (WIFSIGNALED(status))
		return 128 + WTERMSIG(status);
	return WEXITSTATUS(status);
}

/* ------------------------------------------------------------------ */
/* Main                                                                 */

static void default_D(Argv *stap)
{
	static const char *const defs[][2] = {
		{"MAXACTION", "100000"}, {"MAXMAPENTRIES", "5000"}, {"MAXBACKTRACE", "200"}};

	for (int i = 0; i < opt.D.n; i++)
		argv_add(stap, xfmt("-D%s", opt.D.v[i]));
	for (size_t k = 0; k < sizeof(defs) / sizeof(defs[0]); k++) {
		size_t n = strlen(defs[k][0]);
		bool given = false;
		for (int i = 0; i < opt.D.n; i++)
			if (!strncmp(opt.D.v[i], defs[k][0], n) && opt.D.v[i][n] == '=')
				given = true;
		if (!given)
			argv_add(stap, xfmt("-D%s=%s", defs[k][0], defs[k][1]));
	}
}

static void list_args(Sxx *s)
{
	/* sorted by name, as stapxx prints them */
	for (int i = 0; i < s->n_listed; i++)
		for (int j = i + 1; j < s->n_listed; j++)
			if (strcmp(s->listed[j].name, s->listed[i].name) < 0) {
				Var t = s->listed[i];
				s->listed[i] = s->listed[j];
				s->listed[j] = t;
			}
	for (int i = 0; i < s->n_listed; i++) {
		printf("\t--arg %s=VALUE", s->listed[i].name);
		if (s->listed[i].value)
			printf(" (default: %s)", s->listed[i].value);
		putchar('\n');
	}
}

static void module_path(Sxx *s, const char *dir)
{
	char *in_tree = xfmt("%s/modules", dir);
	struct stat st;

	s->inc = xrealloc(s->inc, (s->n_inc + 2) * sizeof(char *));
	s->inc[s->n_inc++] = ".";
	s->inc[s->n_inc++] = stat(in_tree, &st) == 0 && S_ISDIR(st.st_mode)
				     ? in_tree
				     : xfmt("%s/../share/stapxx/modules", dir);
}

int main(int argc, char **argv)
{
	Sxx s = {0};
	Argv stap = {0};
	const char *path = NULL, *src;
	size_t len;
	char *dir = self_dir();

	atexit(remove_tmpdir);
	parse_options(&s, argc, argv);
	module_path(&s, dir);
	if (s.list_args && s.n_args)
		die("No --arg is allowed when --args is specified.");
	if (opt.script) {
		path = "<input>";
		src = opt.script;
		len = strlen(src);
	} else {
		if (opt.rest.n == 0)
			die("No input file specified.");
		path = strcmp(opt.rest.v[0], "-") ? opt.rest.v[0] : "<input>";
		if (!(src = read_whole(opt.rest.v[0], &len)))
			die("Cannot open %s for reading: %s", opt.rest.v[0], strerror(errno));
	}
	char *stap_bin = find_stap(dir);
	argv_add(&stap, stap_bin);
	if (opt.verbose)
		argv_add(&stap, "-v");
	for (int i = 0; i < opt.d.n; i++)
		argv_add(&stap, "-d"), argv_add(&stap, opt.d.v[i]);
	if (opt.skip_badvars)
		argv_add(&stap, "--skip-badvars");
	default_D(&stap);
	inspect_target(&s, &stap);
	if (!s.list_args)
		for (int i = 0; i < s.n_args; i++)
			sxx_set_var(&s, xfmt("arg_%s", s.args[i].name), s.args[i].value);
	sxx_expand(&s, path, NULL, src, len);
	if (opt.dump_src) {
		fputs(s.units[0]->text, stdout);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	if (s.list_args) {
		list_args(&s);
		return fflush(stdout) == 0 ? 0 : 1;
	}
	for (int i = 0; i < s.n_args; i++)
		if (!s.args[i].used)
			warn("WARNING: $^arg_%s is defined by \"--arg %s=%s\", but never used.", s.args[i].name,
			     s.args[i].name, s.args[i].value);
	load_pending_dsos(&s);
	for (int i = 0; i < s.n_dsos; i++)
		argv_add(&stap, "-d"), argv_add(&stap, s.dsos[i]);
	check_stap(stap_bin);
	const char *base = getenv("TMPDIR");
	tmpdir = xfmt("%s/stapxx-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(tmpdir)) {
		char *t = tmpdir;
		tmpdir = NULL;
		die("Cannot create a temporary directory %s: %s", t, strerror(errno));
	}
	write_modules(&s);
	compile_pos_rx();
	argv_add(&stap, "-I");
	argv_add(&stap, xfmt("%s/tapset", tmpdir));
	if (opt.shcmd)
		argv_add(&stap, "-c"), argv_add(&stap, opt.shcmd);
	for (int i = 0; i < opt.pass.n; i++)
		argv_add(&stap, opt.pass.v[i]);
	argv_add(&stap, "-");
	for (int i = opt.script ? 0 : 1; i < opt.rest.n; i++)
		argv_add(&stap, opt.rest.v[i]);
	fflush(stdout);
	if (opt.verbose)
		print_command(&stap);
	return run_stap(&s, stap_bin, &stap);
}
