/*
 * staprun - load a module built by stap, move its output to user space,
 * and unload it.
 *
 *   staprun [-v] [-o FILE] [-T SECONDS] [-c CMD | -x PID] MODULE.ko [NAME=VALUE...]
 *
 * Two processes: the loader loads the module (finit_module), forks the
 * reader, waits for it and ALWAYS unloads, however the reader ends (even
 * SIGKILL: the module then ends its own session when the ctl file
 * closes).  The reader opens /proc/stap_NAME/{ctl,data} (stp_proto.h),
 * says "start", copies data to stdout or -o FILE and stderr records to
 * stderr, and says "stop" on exit(), -T, SIGINT/SIGTERM/SIGHUP, or when
 * the -c command ends (the loader, its parent, signals it); the module
 * then runs its end probes and answers DONE with its error count.  Exit status: 0, or 1 on any error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../runtime/stp_proto.h"

static const char *opt_out;
static const char *opt_cmd;
static long opt_target = -1;
static int opt_timeout;
static int opt_verbose;
static char modname[64];
static char params[4096];

static volatile sig_atomic_t got_signal;

static __attribute__((noreturn, format(printf, 1, 2)))
void die(const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "staprun: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

static void verbose(const char *fmt, ...)
{
	va_list ap;

	if (!opt_verbose)
		return;
	fprintf(stderr, "staprun: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void usage(void)
{
	fprintf(stderr,
		"usage: staprun [-v] [-o FILE] [-T SECONDS] [-c CMD | -x PID] MODULE.ko [NAME=VALUE...]\n");
	exit(1);
}

/* The kernel's name for the module: the file's base name, '-' -> '_'. */
static void set_modname(const char *path)
{
	const char *b = strrchr(path, '/');
	size_t n;
	char *p;

	b = b ? b + 1 : path;
	n = strlen(b);
	if (n > 3 && !strcmp(b + n - 3, ".ko"))
		n -= 3;
	if (n == 0 || n >= sizeof(modname))
		die("bad module file name '%s'", path);
	memcpy(modname, b, n);
	modname[n] = '\0';
	for (p = modname; *p; p++)
		if (*p == '-')
			*p = '_';
}

static int read_small(const char *path, char *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = read(fd, buf, size - 1);
	close(fd);
	if (n < 0)
		return -1;
	buf[n] = '\0';
	return 0;
}

static const char hint[] =
	"staprun: to trace on this host use --runtime=bpf; to run live tests, "
	"boot a guest with 't --vm'";

/* Why this host cannot load modules, before trying; NULL when it can. */
static const char *cannot_load(void)
{
	char buf[256];

	if (access("/proc/modules", F_OK) != 0)
		return "this kernel has no module support (CONFIG_MODULES is off)";
	if (!read_small("/proc/sys/kernel/modules_disabled", buf, sizeof(buf)) &&
	    buf[0] == '1')
		return "module loading is disabled (kernel.modules_disabled=1)";
	if (!read_small("/sys/kernel/security/lockdown", buf, sizeof(buf)) &&
	    (strstr(buf, "[integrity]") || strstr(buf, "[confidentiality]")))
		return "the kernel is locked down (lockdown forbids unsigned modules)";
	if (geteuid() != 0)
		return "loading a module needs root (CAP_SYS_MODULE)";
	return NULL;
}

static void add_param(const char *name, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* NAME=VALUE onto the parameters, unless the command line set NAME. */
static void add_param(const char *name, const char *fmt, ...)
{
	size_t len = strlen(params), n = strlen(name);
	const char *p;
	va_list ap;

	for (p = params; (p = strstr(p, name)); p += n)
		if ((p == params || p[-1] == ' ') && p[n] == '=')
			return;
	if (len + n + 2 >= sizeof(params))
		return;
	snprintf(params + len, sizeof(params) - len, "%s%s=", len ? " " : "",
		 name);
	len = strlen(params);
	va_start(ap, fmt);
	vsnprintf(params + len, sizeof(params) - len, fmt, ap);
	va_end(ap);
}

/*
 * The local time zone, as stap's stapio sends it (seconds west of UTC and
 * the zone's abbreviation) for tz_ctime() and friends; tzinfo.stp takes
 * them as module parameters.  Passed only to a module that declares them
 * (its .modinfo says "parmtype=_stp_tz_gmtoff:"), so that the others do
 * not log "unknown parameter" on every load.
 */
static void add_tz_params(int fd)
{
	static const char want[] = "parmtype=_stp_tz_gmtoff:";
	struct stat st;
	time_t now = time(NULL);
	struct tm tm;
	void *map;
	int has;

	if (fstat(fd, &st) != 0 || st.st_size <= 0)
		return;
	map = mmap(NULL, st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	if (map == MAP_FAILED)
		return;
	has = memmem(map, st.st_size, want, sizeof(want) - 1) != NULL;
	munmap(map, st.st_size);
	tzset();
	if (!has || !localtime_r(&now, &tm))
		return;
	add_param("_stp_tz_gmtoff", "%ld", -(long)tm.tm_gmtoff);
	if (tm.tm_zone && *tm.tm_zone && !strpbrk(tm.tm_zone, " \"\t"))
		add_param("_stp_tz_name", "%s", tm.tm_zone);
}

static void load_module(const char *path)
{
	const char *why = cannot_load();
	int fd, rc;

	if (why)
		die("cannot load %s: %s\n%s", path, why, hint);
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		die("cannot open %s: %s", path, strerror(errno));
	add_tz_params(fd);
	rc = syscall(SYS_finit_module, fd, params, 0);
	close(fd);
	if (rc == 0)
		return;
	switch (errno) {
	case ENOSYS:
		die("cannot load %s: this kernel has no module support "
		    "(CONFIG_MODULES is off)\n%s", path, hint);
	case EPERM:
		die("cannot load %s: not permitted (not root, or lockdown)\n%s",
		    path, hint);
	case EEXIST:
		die("cannot load %s: a module named '%s' is already loaded",
		    path, modname);
	default:
		die("cannot load %s: %s (see dmesg)", path, strerror(errno));
	}
}

static int unload_module(void)
{
	int i;

	for (i = 0; i < 100; i++) {
		if (syscall(SYS_delete_module, modname, O_NONBLOCK) == 0) {
			verbose("unloaded %s", modname);
			return 0;
		}
		if (errno != EAGAIN && errno != EBUSY && errno != EINTR)
			break;
		usleep(50000);
	}
	fprintf(stderr, "staprun: cannot unload module '%s': %s\n", modname,
		strerror(errno));
	return 1;
}

static void on_signal(int sig)
{
	got_signal = sig;
}

static void catch_signals(void (*fn)(int))
{
	struct sigaction sa = { .sa_handler = fn };

	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGALRM, &sa, NULL);
}

static int write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= w;
	}
	return 0;
}

/* The reader's state. */
struct io {
	int ctl, data, out;
	int gate[2];		/* -c: the command waits for begin probes */
	pid_t cmd;
	int stop_sent, done, failed;
	struct stp_ctl_done counts;
};

static void send_stop(struct io *io)
{
	if (io->stop_sent)
		return;
	io->stop_sent = 1;
	if (write(io->ctl, "stop\n", 5) != 5)
		fprintf(stderr, "staprun: cannot stop the session: %s\n",
			strerror(errno));
}

/* Drain the data file; 1 if bytes moved. */
static int pump_data(struct io *io)
{
	char buf[65536];
	ssize_t n = read(io->data, buf, sizeof(buf));

	if (n > 0) {
		if (write_all(io->out, buf, n)) {
			io->failed = 1;
			send_stop(io);
		}
		return 1;
	}
	return 0;
}

static void handle_record(struct io *io, const struct stp_ctl_hdr *h,
			  const char *payload)
{
	switch (h->type) {
	case STP_CTL_STDERR:
		write_all(2, payload, h->len);
		break;
	case STP_CTL_STARTED:
		verbose("begin probes ran");
		if (io->gate[1] >= 0) {
			/* lets the -c command exec (EOF means: give up) */
			if (write(io->gate[1], "g", 1) != 1)
				io->failed = 1;
			close(io->gate[1]);
			io->gate[1] = -1;
		}
		break;
	case STP_CTL_EXIT:
		send_stop(io);
		break;
	case STP_CTL_DONE:
		if (h->len >= sizeof(io->counts))
			memcpy(&io->counts, payload, sizeof(io->counts));
		io->done = 1;
		break;
	}
}

/* Read one ctl record; 1 if one came. */
static int pump_ctl(struct io *io)
{
	static char buf[65536];
	const struct stp_ctl_hdr *h = (const void *)buf;
	ssize_t n = read(io->ctl, buf, sizeof(buf));

	if (n < (ssize_t)sizeof(*h)) {
		if (n == 0 || (n < 0 && errno != EAGAIN && errno != EINTR)) {
			fprintf(stderr, "staprun: control channel closed\n");
			io->failed = io->done = 1;
		}
		return 0;
	}
	handle_record(io, h, buf + sizeof(*h));
	return 1;
}

static void start_command(struct io *io)
{
	if (!opt_cmd)
		return;
	if (pipe(io->gate))
		die("pipe: %s", strerror(errno));
	io->cmd = fork();
	if (io->cmd < 0)
		die("fork: %s", strerror(errno));
	if (io->cmd == 0) {
		char c;

		close(io->gate[1]);
		if (read(io->gate[0], &c, 1) != 1)
			_exit(127);	/* staprun failed before begin */
		execl("/bin/sh", "sh", "-c", opt_cmd, (char *)NULL);
		_exit(127);
	}
	close(io->gate[0]);
	opt_target = io->cmd;
}

/*
 * input.char / input.line (tapsets/input.stp) are write probes on the
 * module's procfs file "__stdin".  When the script has one, a child
 * copies our standard input to it one byte per write(), as stap's stapio
 * does (input.line collects bytes until a lone "\n").  It ends at EOF or
 * when the file stops taking bytes; the reader kills it at the end.
 */
static pid_t start_stdin_forwarder(void)
{
	char path[PATH_MAX];
	pid_t pid;
	int fd;

	snprintf(path, sizeof(path), "/proc/systemtap/%s/__stdin", modname);
	fd = open(path, O_WRONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;	/* no input probe */
	pid = fork();
	if (pid < 0)
		die("fork: %s", strerror(errno));
	if (pid == 0) {
		char ch;
		ssize_t n;

		signal(SIGINT, SIG_IGN);
		while ((n = read(0, &ch, 1)) == 1 || (n < 0 && errno == EINTR))
			if (n == 1 && write(fd, &ch, 1) != 1)
				break;
		_exit(0);
	}
	close(fd);
	verbose("forwarding stdin to %s (pid %d)", path, (int)pid);
	return pid;
}

static void stop_stdin_forwarder(pid_t pid)
{
	if (pid > 0 && kill(pid, SIGKILL) == 0)
		waitpid(pid, NULL, 0);
}

static int reader(struct io *io)
{
	pid_t fwd;

	char path[128];

	snprintf(path, sizeof(path), "/proc/%s%s/ctl", STP_PROC_PREFIX, modname);
	io->ctl = open(path, O_RDWR | O_NONBLOCK | O_CLOEXEC);
	if (io->ctl < 0)
		die("cannot open %s: %s", path, strerror(errno));
	snprintf(path, sizeof(path), "/proc/%s%s/data", STP_PROC_PREFIX, modname);
	io->data = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (io->data < 0)
		die("cannot open %s: %s", path, strerror(errno));
	catch_signals(on_signal);
	if (opt_timeout > 0)
		alarm(opt_timeout);
	if (write(io->ctl, "start\n", 6) != 6)
		die("cannot start the session: %s", strerror(errno));
	fwd = start_stdin_forwarder();
	while (!io->done) {
		int busy = pump_ctl(io) | pump_data(io);

		if (got_signal) {
			verbose("signal %d: stopping", (int)got_signal);
			got_signal = 0;
			send_stop(io);
		}
		if (!busy)
			usleep(5000);
	}
	stop_stdin_forwarder(fwd);
	while (pump_data(io))
		;
	return io->failed || io->counts.errors > 0;
}

/*
 * The loader: waits for the reader, forwarding signals, and for the -c
 * command (its child too: its pid had to be known before loading), whose
 * end asks the reader to stop; then unloads.
 */
static int supervise(pid_t child, pid_t cmd)
{
	int status = 0, st, rc;

	catch_signals(on_signal);
	for (;;) {
		pid_t w = waitpid(-1, &st, 0);

		if (w == child) {
			status = st;
			break;
		}
		if (w > 0 && w == cmd) {
			verbose("command %d ended: stopping", (int)cmd);
			cmd = 0;
			kill(child, SIGINT);
			continue;
		}
		if (w < 0 && errno == EINTR && got_signal) {
			if (got_signal != SIGALRM)
				kill(child, got_signal);
			got_signal = 0;
		} else if (w < 0 && errno != EINTR) {
			break;
		}
	}
	rc = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
	if (WIFSIGNALED(status))
		fprintf(stderr, "staprun: reader killed by signal %d\n",
			WTERMSIG(status));
	if (cmd > 0 && kill(cmd, SIGTERM) == 0)
		waitpid(cmd, NULL, 0);
	return unload_module() || rc;
}

int main(int argc, char **argv)
{
	struct io io = { .ctl = -1, .data = -1, .out = 1, .gate = { -1, -1 } };
	int c, i;
	size_t len;
	pid_t child;

	while ((c = getopt(argc, argv, "+vo:T:c:x:")) != -1) {
		switch (c) {
		case 'v': opt_verbose++; break;
		case 'o': opt_out = optarg; break;
		case 'T': opt_timeout = atoi(optarg); break;
		case 'c': opt_cmd = optarg; break;
		case 'x': opt_target = atol(optarg); break;
		default: usage();
		}
	}
	if (optind >= argc)
		usage();
	set_modname(argv[optind]);
	for (i = optind + 1; i < argc; i++) {
		len = strlen(params);
		if (!strchr(argv[i], '=') ||
		    len + strlen(argv[i]) + 2 > sizeof(params))
			die("bad module parameter '%s'", argv[i]);
		snprintf(params + len, sizeof(params) - len, "%s%s",
			 len ? " " : "", argv[i]);
	}
	if (opt_out) {
		io.out = open(opt_out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
			      0666);
		if (io.out < 0)
			die("cannot open %s: %s", opt_out, strerror(errno));
	}
	if (cannot_load())
		load_module(argv[optind]);	/* says why, and exits */
	start_command(&io);
	if (opt_target >= 0) {
		len = strlen(params);
		snprintf(params + len, sizeof(params) - len, "%s_stp_target=%ld",
			 len ? " " : "", opt_target);
	}
	load_module(argv[optind]);
	verbose("loaded %s as '%s' (%s)", argv[optind], modname, params);
	fflush(NULL);
	child = fork();
	if (child < 0) {
		fprintf(stderr, "staprun: fork: %s\n", strerror(errno));
		return unload_module() || 1;
	}
	if (child == 0)
		_exit(reader(&io));
	if (io.gate[1] >= 0)
		close(io.gate[1]);
	return supervise(child, io.cmd);
}
