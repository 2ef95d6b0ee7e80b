/* build.c - pass 4 (kbuild) and pass 5 (staprun).
 *
 * Pass 4 writes the module's C and a Kbuild file into a temp dir, links
 * the runtime in as $(src)/runtime (as t/runtime/run does for the
 * self-test module), and runs `make -C KDIR M=TMP modules` against the
 * target build tree.  The .ko is copied to the current directory, as stap
 * does when there is no cache, and -p4 prints its name.  A compiler error
 * in generated code is a translator bug: it is reported as such, with the
 * script position the #line marks give.
 */
#include "stap.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* FNV-1a, 64 bits: enough to name a module after its source. */
static uint64_t fnv(const char *s, uint64_t h)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

static const char *module_name(Session *s, const char *csrc)
{
	if (s->module_name)
		return s->module_name;
	uint64_t h1 = fnv(csrc, 0xcbf29ce484222325ULL);
	uint64_t h2 = fnv(s->kernel_release ? s->kernel_release : "", h1 ^ 0x9e3779b97f4a7c15ULL);
	return xfmt("stap_%016llx%016llx_%d", (unsigned long long)h1,
		    (unsigned long long)h2, (int)getpid());
}

/* The runtime: -R DIR, else core/runtime beside the binary (source
 * tree), else PREFIX/share/stap/runtime. */
static const char *runtime_dir(Session *s)
{
	if (s->runtime_dir)
		return s->runtime_dir;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = 0;
		const char *cands[] = {"%s/runtime", "%s/../share/stap/runtime"};
		for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
			char *d = xfmt(cands[i], exe);
			if (access(xfmt("%s/stp_runtime.h", d), R_OK) == 0) {
				char *r = realpath(d, NULL);
				if (!r)
					return d;
				d = xstrdup(r);
				free(r);
				return d;
			}
		}
	}
	return NULL;
}

static bool write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return false;
	fputs(text, f);
	return fclose(f) == 0;
}

static bool copy_file(const char *from, const char *to)
{
	size_t len;
	char *data = read_file(from, &len);
	if (!data)
		return false;
	FILE *f = fopen(to, "w");
	if (!f)
		return false;
	fwrite(data, 1, len, f);
	return fclose(f) == 0;
}

/* Run argv, output to `log`; the exit status, or -1. */
static int run_logged(char *const argv[], const char *log)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		FILE *f = freopen(log, "w", stdout);
		if (!f || dup2(1, 2) < 0)
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Compiler errors in our generated C: a translator bug, at the script
 * position (the #line marks put the script's file:line in gcc's text). */
static void report_cc_errors(const char *log, const char *csrc_path)
{
	size_t len;
	char *text = read_file(log, &len);
	int shown = 0;
	fprintf(stderr, "stap: translator bug: the generated C does not compile; "
		"please report it with the script\n");
	for (char *line = text ? strtok(text, "\n") : NULL; line && shown < 10;
	     line = strtok(NULL, "\n")) {
		if (strstr(line, "error:") || strstr(line, "Error ")) {
			fprintf(stderr, "  %s\n", line);
			shown++;
		}
	}
	fprintf(stderr, "  (generated C: %s; full log: %s; -k keeps them)\n", csrc_path, log);
}

static void rm_tree(const char *dir)
{
	char *argv[] = {"rm", "-rf", (char *)dir, NULL};
	run_logged(argv, "/dev/null");
}

const char *build_module(Session *s, const char *csrc)
{
	const char *name = module_name(s, csrc);
	const char *rt = runtime_dir(s);
	if (!rt) {
		fprintf(stderr, "stap: cannot find the runtime (stp_runtime.h): use -R DIR\n");
		return NULL;
	}
	const char *kdir = s->kernel_build;
	if (!kdir || access(xfmt("%s/Makefile", kdir), R_OK) != 0) {
		fprintf(stderr, "Checking \"%s/.config\" failed with error: No such file or directory\n"
			"stap: no kernel build tree for %s: install linux-headers-%s or use -r RELEASE|DIR\n",
			kdir ? kdir : "/lib/modules/?/build", s->kernel_release ? s->kernel_release : "?",
			s->kernel_release ? s->kernel_release : "$(uname -r)");
		return NULL;
	}
	const char *base = s->tmpdir ? s->tmpdir : getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char *tmp = xfmt("%s/stapXXXXXX", base);
	if (!mkdtemp(tmp)) {
		fprintf(stderr, "stap: cannot make a temp dir in %s: %s\n", base, strerror(errno));
		return NULL;
	}
	const char *src = xfmt("%s/%s_src.c", tmp, name);
	Buf kb = {0};
	buf_printf(&kb, "obj-m := %s.o\n%s-y := %s_src.o\nccflags-y := -I%s -Wno-unused-label -Wno-unused-variable\n",
		   name, name, name, rt);
	bool ok = write_file(src, csrc) && write_file(xfmt("%s/Kbuild", tmp), buf_str(&kb));
	if (!ok) {
		fprintf(stderr, "stap: cannot write %s: %s\n", src, strerror(errno));
		return NULL;
	}
	Vec argv = {0};
	vec_push(&argv, "make");
	vec_push(&argv, "-C");
	vec_push(&argv, (char *)kdir);
	vec_push(&argv, xfmt("M=%s", tmp));
	vec_push(&argv, "modules");
	vec_push(&argv, s->verbose >= 3 ? "V=1" : "-s");
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	vec_push(&argv, xfmt("-j%ld", ncpu > 0 ? ncpu : 1));
	for (int i = 0; i < s->kbuild_opts.len; i++)
		vec_push(&argv, s->kbuild_opts.data[i]);
	vec_push(&argv, NULL);
	const char *log = xfmt("%s/kbuild.log", tmp);
	int rc = run_logged((char *const *)argv.data, log);
	const char *ko = xfmt("%s/%s.ko", tmp, name);
	if (rc != 0 || access(ko, R_OK) != 0) {
		report_cc_errors(log, src);
		s->keep_tmp = true;
		fprintf(stderr, "Keeping temporary directory \"%s\"\n", tmp);
		return NULL;
	}
	const char *out = xfmt("%s.ko", name);
	if (!copy_file(ko, out)) {
		fprintf(stderr, "stap: cannot write %s: %s\n", out, strerror(errno));
		return NULL;
	}
	if (s->keep_tmp)
		fprintf(stderr, "Keeping temporary directory \"%s\"\n", tmp);
	else
		rm_tree(tmp);
	return out;
}

/* Pass 5: staprun beside the binary (core/staprun/staprun), or on PATH. */
int run_module(Session *s, const char *ko)
{
	char exe[PATH_MAX];
	const char *staprun = "staprun";
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = 0;
		char *cand = xfmt("%s/staprun/staprun", exe);
		if (access(cand, X_OK) == 0)
			staprun = cand;
	}
	Vec argv = {0};
	vec_push(&argv, (char *)staprun);
	if (s->output_file) {
		vec_push(&argv, "-o");
		vec_push(&argv, (char *)s->output_file);
	}
	if (s->cmd) {
		vec_push(&argv, "-c");
		vec_push(&argv, (char *)s->cmd);
	}
	if (s->target_pid) {
		vec_push(&argv, "-x");
		vec_push(&argv, xfmt("%ld", s->target_pid));
	}
	if (s->timeout_s) {
		vec_push(&argv, "-T");
		vec_push(&argv, xfmt("%ld", s->timeout_s));
	}
	vec_push(&argv, (char *)ko);
	vec_push(&argv, NULL);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		execvp(argv.data[0], (char *const *)argv.data);
		fprintf(stderr, "stap: cannot run %s: %s\n", staprun, strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	unlink(ko);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
