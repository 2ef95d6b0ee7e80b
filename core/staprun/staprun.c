/*
 * staprun - load a module built by stap, move its output to user space,
 * and unload it.
 *
 *   staprun [-v] [-o FILE [-S SIZE[,N]]] [-T SECONDS] [-c CMD | -x PID] MODULE.ko [NAME=VALUE...]
 *
 * Two processes: the loader loads the module (finit_module), forks the
 * reader, waits for it and ALWAYS unloads, however the reader ends (even
 * SIGKILL: the module then ends its own session when the ctl file
 * closes).  The reader opens /proc/stap_NAME/{ctl,data} (stp_proto.h),
 * says "start", copies data to stdout or -o FILE and stderr records to
 * stderr, and says "stop" on exit(), -T, SIGINT/SIGTERM/SIGHUP, or when
 * the -c command ends (the loader, its parent, signals it); the module
 * then runs its end probes and answers DONE with its error count.  Exit status: 0, or 1 on any error.
 *
 * The script's system() and switch_file() come as ctl records marked with
 * a position in the data stream (stp_proto.h): the reader carries them out
 * when it has copied the data up to there.  system() forks "sh -c CMD" in
 * the background (its output goes to our stdout); switch_file() and -S
 * move -o FILE on to FILE.1, FILE.2... as stap's stapio does (FILE may
 * hold strftime(3) conversions).
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
static unsigned long long opt_fsize_max;	/* -S SIZE, in bytes (MB given) */
static int opt_fnum_max;			/* -S SIZE,N: files kept */
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
		"usage: staprun [-v] [-o FILE [-S SIZE[,N]]] [-T SECONDS] [-c CMD | -x PID] MODULE.ko [NAME=VALUE...]\n");
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

/* A system() or switch_file() waiting for the data to reach its mark. */
struct request {
	unsigned long long mark;
	unsigned int type;
	char *cmd;		/* system(): malloc'd */
};

/* The reader's state. */
struct io {
	int ctl, data, out;
	int gate[2];		/* -c: the command waits for begin probes */
	pid_t cmd;
	int stop_sent, done, failed;
	struct stp_ctl_done counts;
	unsigned long long pos;	/* data bytes copied so far */
	struct request *req;	/* pending, in arrival order */
	size_t nreq, req_cap;
	pid_t *kids;		/* system() commands not yet reaped */
	size_t nkids, kids_cap;
	int fnum;		/* -o: number of the current file */
	char **names;		/* -o: the files' names, by number */
	size_t names_cap;
	unsigned long long wsize;	/* bytes in the current file */
};

static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return p;
	*cap = *cap ? 2 * *cap : 8;
	p = realloc(p, *cap * size);
	if (!p)
		die("out of memory");
	return p;
}

static void *grow(void *p, size_t *cap, size_t n, size_t size);

/*
 * FILE, or FILE.N once files rotate (always with -S), as stapio names
 * them; /dev/null stays itself.  FILE may hold strftime(3) conversions,
 * filled in with the local time the file is opened at.
 */
static int out_name(char *buf, size_t size, int fnum)
{
	time_t now = time(NULL);
	struct tm tm;
	size_t n;

	if (!localtime_r(&now, &tm))
		return -1;
	n = strftime(buf, size, opt_out, &tm);
	if (n == 0 || n >= size - 16) {
		fprintf(stderr, "staprun: Invalid FILE name format '%s'\n",
			opt_out);
		return -1;
	}
	if ((opt_fsize_max || fnum > 0) && strcmp(opt_out, "/dev/null"))
		snprintf(buf + n, size - n, ".%d", fnum);
	return 0;
}

static int open_out(struct io *io, int fnum)
{
	char path[PATH_MAX];

	if (out_name(path, sizeof(path), fnum))
		return -1;
	io->names = grow(io->names, &io->names_cap, fnum, sizeof(char *));
	io->names[fnum] = strdup(path);
	if (!io->names[fnum])
		die("out of memory");
	io->out = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
	if (io->out < 0) {
		fprintf(stderr, "staprun: cannot open %s: %s\n", path,
			strerror(errno));
		return -1;
	}
	io->fnum = fnum;
	io->wsize = 0;
	return 0;
}

/* The next output file; with -S SIZE,N the oldest beyond N goes away. */
static int switch_out(struct io *io)
{
	int next = io->fnum + 1, old = next - opt_fnum_max;

	if (!opt_out)
		return 0;	/* stdout: nothing to switch (as stapio) */
	close(io->out);
	if (opt_fnum_max && old >= 0) {
		if (strcmp(io->names[old], "/dev/null"))
			unlink(io->names[old]);
		free(io->names[old]);
		io->names[old] = NULL;
	}
	verbose("switching output to file %d", next);
	return open_out(io, next);
}

static void send_stop(struct io *io)
{
	if (io->stop_sent)
		return;
	io->stop_sent = 1;
	if (write(io->ctl, "stop\n", 5) != 5)
		fprintf(stderr, "staprun: cannot stop the session: %s\n",
			strerror(errno));
}

/* Script output to the current file; -S SIZE starts a new file rather
 * than let one grow past SIZE (unless a single chunk is bigger). */
static void out_write(struct io *io, const char *p, size_t n)
{
	if (io->failed || !n)
		return;
	if (opt_fsize_max && io->wsize && io->wsize + n > opt_fsize_max &&
	    switch_out(io))
		goto fail;
	if (write_all(io->out, p, n))
		goto fail;
	io->wsize += n;
	return;
fail:
	io->failed = 1;
	send_stop(io);
}

static void reap_kids(struct io *io)
{
	size_t i = 0;

	while (i < io->nkids)
		if (waitpid(io->kids[i], NULL, WNOHANG) != 0)
			io->kids[i] = io->kids[--io->nkids];
		else
			i++;
}

/* system(): "sh -c CMD" in the background, as stapio runs it. */
static void run_system(struct io *io, const char *cmd)
{
	pid_t pid;

	verbose("system %s", cmd);
	pid = fork();
	if (pid < 0) {
		fprintf(stderr, "staprun: fork: %s\n", strerror(errno));
		return;
	}
	if (pid == 0) {
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		signal(SIGHUP, SIG_DFL);
		signal(SIGALRM, SIG_DFL);
		execlp("sh", "sh", "-c", cmd, (char *)NULL);
		fprintf(stderr, "staprun: sh: %s\n", strerror(errno));
		_exit(127);
	}
	io->kids = grow(io->kids, &io->kids_cap, io->nkids, sizeof(pid_t));
	io->kids[io->nkids++] = pid;
}

/* Carry out the requests whose mark the data has reached (all of them
 * at the end), in order. */
static void run_requests(struct io *io, int all)
{
	size_t i;

	for (i = 0; i < io->nreq && (all || io->req[i].mark <= io->pos); i++) {
		struct request *r = &io->req[i];

		if (r->type == STP_CTL_SYSTEM)
			run_system(io, r->cmd);
		else if (switch_out(io))
			io->failed = 1;
		free(r->cmd);
	}
	if (!i)
		return;
	memmove(io->req, io->req + i, (io->nreq - i) * sizeof(*io->req));
	io->nreq -= i;
}

static void queue_request(struct io *io, const struct stp_ctl_hdr *h,
			  const char *payload)
{
	struct stp_ctl_mark m;
	struct request *r;

	if (h->len < sizeof(m))
		return;
	memcpy(&m, payload, sizeof(m));
	io->req = grow(io->req, &io->req_cap, io->nreq, sizeof(*io->req));
	r = &io->req[io->nreq++];
	r->mark = m.mark;
	r->type = h->type;
	r->cmd = NULL;
	if (h->type == STP_CTL_SYSTEM) {
		r->cmd = strndup(payload + sizeof(m), h->len - sizeof(m));
		if (!r->cmd)
			die("out of memory");
	}
	run_requests(io, 0);
}

static int pump_ctl(struct io *io);

/*
 * Drain the data file; 1 if bytes moved.  A chunk is cut at the next
 * request's mark, which runs between the two pieces.  The module queues
 * a request before any byte past its mark, so the ctl records read after
 * the chunk name every mark inside it.
 */
static int pump_data(struct io *io)
{
	char buf[65536];
	ssize_t n = read(io->data, buf, sizeof(buf));
	size_t off = 0, len;

	if (n <= 0)
		return 0;
	while (pump_ctl(io))
		;
	while (off < (size_t)n) {
		run_requests(io, 0);
		len = n - off;
		if (io->nreq && io->req[0].mark - io->pos < len)
			len = io->req[0].mark - io->pos;
		out_write(io, buf + off, len);
		io->pos += len;
		off += len;
	}
	run_requests(io, 0);
	return 1;
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
	case STP_CTL_SYSTEM:
	case STP_CTL_SWITCH:
		queue_request(io, h, payload);
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
		reap_kids(io);
		if (!busy)
			usleep(5000);
	}
	stop_stdin_forwarder(fwd);
	while (pump_data(io))
		;
	run_requests(io, 1);
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

/* -S SIZE[,N]: SIZE in megabytes, as stapio's; N files at most. */
static void parse_size(const char *arg)
{
	char *end;
	unsigned long size, n = 0;

	errno = 0;
	size = strtoul(arg, &end, 10);
	if (*end == ',' && end[1] >= '0' && end[1] <= '9')
		n = strtoul(end + 1, &end, 10);
	if (errno || end == arg || *end || arg[0] < '0' || arg[0] > '9' ||
	    size > (1UL << 43) || n > INT_MAX)
		die("Invalid file size option '%s'.", arg);
	opt_fsize_max = (unsigned long long)size << 20;
	opt_fnum_max = (int)n;
}

int main(int argc, char **argv)
{
	struct io io = { .ctl = -1, .data = -1, .out = 1, .gate = { -1, -1 } };
	int c, i;
	size_t len;
	pid_t child;

	while ((c = getopt(argc, argv, "+vo:S:T:c:x:")) != -1) {
		switch (c) {
		case 'v': opt_verbose++; break;
		case 'o': opt_out = optarg; break;
		case 'S': parse_size(optarg); break;
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
	if (opt_fsize_max && !opt_out)
		die("You have to specify output FILE with '-S' option.");
	if (opt_out && open_out(&io, 0))
		exit(1);
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
	/* the output file is the reader's */
	if (opt_out) {
		close(io.out);
		free(io.names[0]);
		free(io.names);
	}
	return supervise(child, io.cmd);
}
