/* run.c - child processes: the parallel job loop, timeouts, helpers.
 *
 * One thread, no signal handlers doing work.  SIGCHLD (and the signals that
 * should interrupt a run) stay blocked for t's whole life and are taken with
 * sigtimedwait(), whose timeout is the nearest deadline of a running job.
 * After every wake-up the loop sweeps all exited children with waitid(), so
 * a SIGCHLD merged with another or consumed elsewhere is never missed.
 *
 * Every command runs in its own process group: a timeout kills the whole
 * group (the shell, stap, staprun, a target program...), and so does the
 * exit of the group's leader, which takes down stray background processes
 * the command left behind.  The leader is killed while still a zombie
 * (waitid with WNOWAIT), so its process-group id cannot have been reused.
 */
#include "t.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

typedef struct {
	Entry *e;
	pid_t pid; /* 0: free slot */
	int out, err;
	int64_t deadline;  /* ms, CLOCK_MONOTONIC */
	int64_t killed_at; /* 0 while not killed */
	bool timed_out;
	char *command;
} Job;

static sigset_t orig_mask;		    /* restored in children */
static void (*orig_sigpipe)(int) = SIG_DFL; /* likewise */
static sigset_t wait_set;		    /* what sigtimedwait() takes */
static Job *jobs;			    /* for the exit-time cleanup */
static int n_jobs;

void (*run_on_interrupt)(void);

/* The tests' XDG_CACHE_HOME: a directory private to this run, under
 * $TMPDIR, so that stap's caches never land in the user's ~/.cache/stap
 * and no run sees another's parsed tapsets.  Removed at exit and on an
 * interrupt (a SIGKILLed t leaves it behind).  Its stap/modules is a link
 * to the checkout's .cache/t/modules: live blocks are built without -m, so
 * that a rerun of an unchanged block skips kbuild (t/vm.c); without the
 * link every run would rebuild every module. */
static char *cache_home;

static void shared_module_cache(const char *home)
{
	char exe[PATH_MAX], *root, *mods;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n < 0)
		return;
	exe[n] = '\0';
	root = dirname(dirname(exe));	/* t/t in the checkout */
	mods = xfmt("%s/.cache/t/modules", root);
	mkdir(xfmt("%s/.cache", root), 0777);
	mkdir(xfmt("%s/.cache/t", root), 0777);
	mkdir(mods, 0777);
	if (mkdir(xfmt("%s/stap", home), 0700) == 0)
		(void)symlink(mods, xfmt("%s/stap/modules", home));
}

static int rm_cache_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)ftw;
	if ((flag == FTW_DP ? rmdir(path) : unlink(path)) < 0 && errno != ENOENT)
		fprintf(stderr, "t: cannot remove %s: %s\n", path, strerror(errno));
	return 0;
}

static void remove_cache_home(void)
{
	if (cache_home)
		nftw(cache_home, rm_cache_one, 16, FTW_DEPTH | FTW_PHYS);
	cache_home = NULL;
}

static void private_cache_home(void)
{
	const char *tmp = getenv("TMPDIR");
	char *dir = xfmt("%s/t-cache.XXXXXX", tmp && *tmp ? tmp : "/tmp");

	if (!mkdtemp(dir))
		fatal("cannot make a directory %s: %s", dir, strerror(errno));
	cache_home = dir;
	shared_module_cache(dir);
	if (atexit(remove_cache_home) != 0)
		fatal("atexit failed");
	if (setenv("XDG_CACHE_HOME", dir, 1) < 0)
		fatal("setenv: %s", strerror(errno));
}

static void on_sigchld(int sig)
{
	(void)sig; /* never runs: SIGCHLD is blocked and taken by sigtimedwait() */
}

/* Kill what is still running when t exits for any reason (a fatal error,
 * a write error on stdout): commands live in their own process groups and
 * would otherwise survive us. */
static void kill_all_jobs(void)
{
	for (int i = 0; i < n_jobs; i++)
		if (jobs[i].pid > 0)
			kill(-jobs[i].pid, SIGKILL);
}

/* A closed stdin, stdout or stderr would make our next open() return 0, 1
 * or 2, which the dup2() calls in children would then clobber. */
static void ensure_std_fds(void)
{
	for (int fd = 0; fd < 3; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		if (open("/dev/null", fd ? O_WRONLY : O_RDONLY) != fd)
			fatal("cannot open /dev/null as descriptor %d", fd);
	}
}

void run_init(void)
{
	static const int stoppers[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
	struct sigaction sa = {.sa_handler = on_sigchld, .sa_flags = SA_NOCLDSTOP};

	ensure_std_fds();
	/* A closed reader of our stdout must give EPIPE, handled as an error,
	 * not kill us before we can kill our children. */
	orig_sigpipe = signal(SIGPIPE, SIG_IGN);
	if (orig_sigpipe == SIG_ERR)
		fatal("signal(SIGPIPE): %s", strerror(errno));
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGCHLD, &sa, NULL) < 0)
		fatal("sigaction(SIGCHLD): %s", strerror(errno));
	sigemptyset(&wait_set);
	sigaddset(&wait_set, SIGCHLD);
	for (size_t i = 0; i < sizeof(stoppers) / sizeof(stoppers[0]); i++) {
		struct sigaction old;

		/* Keep ignoring what we were told to ignore (nohup). */
		if (sigaction(stoppers[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaddset(&wait_set, stoppers[i]);
	}
	if (sigprocmask(SIG_BLOCK, &wait_set, &orig_mask) < 0)
		fatal("sigprocmask: %s", strerror(errno));
	/* Orphans of a command (the children of a killed shell) become ours,
	 * so we reap them even under a PID 1 that does not reap (containers). */
	if (prctl(PR_SET_CHILD_SUBREAPER, 1) < 0)
		fatal("prctl(PR_SET_CHILD_SUBREAPER): %s", strerror(errno));
	/* registered first: removed after kill_all_jobs has run */
	private_cache_home();
	if (atexit(kill_all_jobs) != 0)
		fatal("atexit failed");
}

/* In a fresh child: its own process group and the signal state t was
 * started with (a blocked mask and ignored signals survive exec). */
static void child_reset(void)
{
	if (setpgid(0, 0) < 0) {
		dprintf(2, "t: setpgid: %s\n", strerror(errno));
		_exit(127);
	}
	signal(SIGPIPE, orig_sigpipe);
	sigprocmask(SIG_SETMASK, &orig_mask, NULL);
}

static void child_dup(int from, int to)
{
	if (dup2(from, to) < 0) {
		dprintf(2, "t: dup2: %s\n", strerror(errno));
		_exit(127);
	}
}

/* The parent also puts the child in its group, so that a kill(-pid) right
 * after fork() cannot miss it.  EACCES: the child has exec'd already, and
 * did it itself. */
static void parent_setpgid(pid_t pid)
{
	if (setpgid(pid, pid) < 0 && errno != EACCES && errno != ESRCH)
		fatal("setpgid: %s", strerror(errno));
}

static pid_t xfork(void)
{
	pid_t pid;

	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0)
		fatal("fork: %s", strerror(errno));
	return pid;
}

/* ------------------------------------------------------------------ */
/* run_capture: a short helper command (diff, stap -V), synchronously.  */

static void capture_child(char *const argv[], const int *keep_fds, int out)
{
	int null = open("/dev/null", O_RDONLY | O_CLOEXEC);

	child_reset();
	if (null < 0) {
		dprintf(out, "t: /dev/null: %s\n", strerror(errno));
		_exit(127);
	}
	child_dup(null, 0);
	child_dup(out, 1);
	child_dup(out, 2);
	/* Descriptors the command reaches as /proc/self/fd/N. */
	for (; keep_fds && *keep_fds >= 0; keep_fds++)
		if (fcntl(*keep_fds, F_SETFD, 0) < 0)
			_exit(127);
	execvp(argv[0], argv);
	dprintf(2, "t: cannot run %s: %s\n", argv[0], strerror(errno));
	_exit(127);
}

static _Noreturn void interrupted(int sig);
static void close_fd(int fd);

/* A stopping signal (Ctrl-C...) waiting for us, or 0. */
static int stop_pending(void)
{
	sigset_t pending;

	if (sigpending(&pending) < 0)
		fatal("sigpending: %s", strerror(errno));
	for (int sig = 1; sig < NSIG; sig++)
		if (sig != SIGCHLD && sigismember(&wait_set, sig) == 1 &&
		    sigismember(&pending, sig) == 1)
			return sig;
	return 0;
}

/* Read the pipe until EOF or the deadline: 1 at EOF, 0 on timeout, or
 * minus the stopping signal that arrived meanwhile (a helper can be long:
 * a guest boot). */
static int capture_read(int fd, int64_t deadline, Buf *out)
{
	char chunk[65536];

	for (;;) {
		struct pollfd p = {.fd = fd, .events = POLLIN};
		int64_t left = deadline - now_ms();
		ssize_t n;
		int rc, sig;

		if ((sig = stop_pending()))
			return -sig;
		if (left <= 0)
			return 0;
		rc = poll(&p, 1, left > 250 ? 250 : (int)left);
		if (rc < 0 && errno == EINTR)
			continue;
		if (rc < 0)
			fatal("poll: %s", strerror(errno));
		if (rc == 0)
			continue;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			fatal("read from a helper command: %s", strerror(errno));
		if (n == 0)
			return 1;
		buf_putn(out, chunk, (size_t)n);
	}
}

int run_capture(char *const argv[], const int *keep_fds, int64_t timeout_ms, Buf *out)
{
	int pfd[2], status, done;
	pid_t pid;

	if (pipe2(pfd, O_CLOEXEC) < 0)
		fatal("pipe: %s", strerror(errno));
	pid = xfork();
	if (pid == 0)
		capture_child(argv, keep_fds, pfd[1]);
	parent_setpgid(pid);
	if (close(pfd[1]) < 0)
		fatal("close: %s", strerror(errno));
	buf_puts(out, "");
	done = capture_read(pfd[0], now_ms() + timeout_ms, out);
	if (done <= 0)
		kill(-pid, SIGKILL);
	if (close(pfd[0]) < 0)
		fatal("close: %s", strerror(errno));
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			fatal("waitpid: %s", strerror(errno));
	if (done < 0)
		interrupted(-done);
	return done ? status : -1;
}

/* Several long helpers at once (guest boots), output into temp files. */
void run_parallel(char **const argvs[], int n, int64_t timeout_ms, Buf *outs, int *statuses)
{
	pid_t *pids = xmalloc(sizeof(pid_t) * (size_t)n);
	int *fds = xmalloc(sizeof(int) * (size_t)n), left = n, sig;
	int64_t deadline = now_ms() + timeout_ms;

	for (int i = 0; i < n; i++) {
		fds[i] = tmp_fd();
		pids[i] = xfork();
		if (pids[i] == 0)
			capture_child(argvs[i], NULL, fds[i]);
		parent_setpgid(pids[i]);
	}
	while (left) {
		for (int i = 0; i < n; i++) {
			pid_t r;

			if (!pids[i])
				continue;
			r = waitpid(pids[i], &statuses[i], WNOHANG);
			if (r < 0 && errno != EINTR)
				fatal("waitpid: %s", strerror(errno));
			if (r == pids[i] || (r == 0 && now_ms() >= deadline)) {
				kill(-pids[i], SIGKILL); /* its strays, or all of it */
				if (r == 0) {
					while (waitpid(pids[i], NULL, 0) < 0 && errno == EINTR)
						;
					statuses[i] = -1;
				}
				pids[i] = 0;
				left--;
			}
		}
		if ((sig = stop_pending())) {
			for (int i = 0; i < n; i++)
				if (pids[i])
					kill(-pids[i], SIGKILL);
			interrupted(sig);
		}
		if (left)
			poll(NULL, 0, 100);
	}
	for (int i = 0; i < n; i++) {
		outs[i] = (Buf){0};
		if (read_fd_all(fds[i], &outs[i]) < 0)
			fatal("reading a helper's output: %s", strerror(errno));
		buf_puts(&outs[i], "");
		close_fd(fds[i]);
	}
	free(pids);
	free(fds);
}

/* ------------------------------------------------------------------ */
/* The job loop.                                                        */

/* exec "$STAP" ARGS - SCRIPT_ARGS ("$STAPXX" for an sxx block): exec so
 * that stap itself leads the process group and its exit status (or signal)
 * is seen undisguised. */
static char *build_command(const Block *b)
{
	Buf c = {0};
	bool sxx = b->sec[SEC_SXX].present;

	buf_puts(&c, sxx ? "exec \"$STAPXX\"" : "exec \"$STAP\"");
	if (b->sec[SEC_ARGS].present && b->sec[SEC_ARGS].len)
		buf_printf(&c, " %s", b->sec[SEC_ARGS].text);
	if (b->sec[SEC_STAP].present || sxx)
		buf_puts(&c, " -");
	if (b->sec[SEC_SCRIPT_ARGS].present && b->sec[SEC_SCRIPT_ARGS].len)
		buf_printf(&c, " %s", b->sec[SEC_SCRIPT_ARGS].text);
	return c.p;
}

static _Noreturn void job_child(const Job *j, int in, const Options *opt)
{
	const char *dir = j->e->live ? vm_build_dir(j->e) : j->e->file->dir;

	child_reset();
	child_dup(in, 0);
	child_dup(j->out, 1);
	child_dup(j->err, 2);
	if (chdir(dir) < 0) {
		dprintf(2, "t: cannot chdir to %s: %s\n", dir, strerror(errno));
		_exit(127);
	}
	if (setenv("STAP", opt->stap, 1) < 0 || setenv("STAPXX", opt->stapxx, 1) < 0 ||
	    setenv("STAP_TEST_DIR", j->e->file->dir, 1) < 0 ||
	    setenv("T_ROOT", opt->root, 1) < 0) {
		dprintf(2, "t: setenv: %s\n", strerror(errno));
		_exit(127);
	}
	for (char **p = j->e->block->prog_env; p && *p; p++)
		if (putenv(*p) < 0) {
			dprintf(2, "t: putenv: %s\n", strerror(errno));
			_exit(127);
		}
	execl("/bin/sh", "sh", "-c", j->command, (char *)NULL);
	dprintf(2, "t: cannot run /bin/sh: %s\n", strerror(errno));
	_exit(127);
}

static void close_fd(int fd)
{
	if (close(fd) < 0)
		fatal("close: %s", strerror(errno));
}

static void start_job(Job *j, Entry *e, const Options *opt)
{
	const Section *script = &e->block->sec[e->block->sec[SEC_SXX].present ? SEC_SXX : SEC_STAP];
	int in;

	/* Without a script, nothing is fed: the block uses -e or a file. */
	if (script->present)
		in = tmp_fd_with(script->text, script->len);
	else if ((in = open("/dev/null", O_RDONLY | O_CLOEXEC)) < 0)
		fatal("/dev/null: %s", strerror(errno));
	memset(j, 0, sizeof(*j));
	j->e = e;
	j->out = tmp_fd();
	j->err = tmp_fd();
	j->command = e->live ? xstrdup(vm_build_command(e)) : build_command(e->block);
	j->pid = xfork();
	if (j->pid == 0)
		job_child(j, in, opt);
	parent_setpgid(j->pid);
	close_fd(in);
	j->deadline = now_ms() + (int64_t)((e->live ? vm_build_timeout(e, opt) : e->block->timeout) *
					   1000);
	e->status = ST_RUN;
}

static void finish_job(Job *j, int wstatus, bool unkillable, const Options *opt)
{
	Outcome o = {.wstatus = wstatus,
		     .timed_out = j->timed_out,
		     .unkillable = unkillable,
		     .command = j->command};
	int err = read_fd_all(j->out, &o.out);

	if (!err)
		err = read_fd_all(j->err, &o.err);
	if (err)
		fatal("reading captured output: %s", strerror(-err));
	close_fd(j->out);
	close_fd(j->err);
	j->pid = 0;
	if (j->e->live)
		vm_built(j->e, &o, opt);
	else
		check_outcome(j->e, &o, opt);
	free(o.out.p);
	free(o.err.p);
	free(j->command);
}

static Job *job_of(pid_t pid)
{
	for (int i = 0; i < n_jobs; i++)
		if (jobs[i].pid == pid)
			return &jobs[i];
	return NULL;
}

/* Reap every exited child without blocking, jobs and adopted orphans
 * alike; returns how many jobs ended.  *none_left: no child at all. */
static int reap(const Options *opt, bool *none_left)
{
	int ended = 0;

	*none_left = false;
	for (;;) {
		siginfo_t si;
		int status;
		Job *j;

		si.si_pid = 0;
		if (waitid(P_ALL, 0, &si, WEXITED | WNOHANG | WNOWAIT) < 0) {
			if (errno == EINTR)
				continue;
			*none_left = errno == ECHILD;
			if (errno == ECHILD)
				return ended;
			fatal("waitid: %s", strerror(errno));
		}
		if (si.si_pid == 0)
			return ended;
		j = job_of(si.si_pid);
		if (j)
			kill(-j->pid, SIGKILL); /* stragglers of a finished leader */
		while (waitpid(si.si_pid, &status, 0) < 0)
			if (errno != EINTR)
				fatal("waitpid: %s", strerror(errno));
		if (j) {
			finish_job(j, status, false, opt);
			ended++;
		}
	}
}

/* Kill jobs past their deadline; give up on groups that ignore SIGKILL
 * (the zombie, if it ever comes, is reaped by the sweep above as a stranger). */
static int expire(const Options *opt)
{
	int64_t now = now_ms();
	int ended = 0;

	for (int i = 0; i < n_jobs; i++) {
		Job *j = &jobs[i];

		if (j->pid <= 0)
			continue;
		if (!j->killed_at && now >= j->deadline) {
			j->timed_out = true;
			j->killed_at = now;
			kill(-j->pid, SIGKILL);
		} else if (j->killed_at && now >= j->killed_at + KILL_GRACE_MS) {
			finish_job(j, 0, true, opt);
			ended++;
		}
	}
	return ended;
}

static int64_t next_wakeup(void)
{
	int64_t t = INT64_MAX;

	for (int i = 0; i < n_jobs; i++) {
		const Job *j = &jobs[i];
		int64_t at = j->killed_at ? j->killed_at + KILL_GRACE_MS : j->deadline;

		if (j->pid > 0 && at < t)
			t = at;
	}
	return t;
}

/* Ctrl-C and friends: kill every group, then die of the same signal so the
 * caller (make, a shell loop) stops too. */
static _Noreturn void interrupted(int sig)
{
	int64_t give_up = now_ms() + 2000;

	kill_all_jobs();
	/* Reap what dies promptly; a process stuck in the kernel is left to
	 * init rather than hanging the user's Ctrl-C. */
	for (int i = 0; i < n_jobs; i++)
		while (jobs[i].pid > 0 && waitpid(jobs[i].pid, NULL, WNOHANG) == 0 &&
		       now_ms() < give_up)
			usleep(10000);
	n_jobs = 0;
	remove_cache_home();
	if (run_on_interrupt)
		run_on_interrupt();
	printf("# interrupted by SIG%s\n", sig_name(sig));
	fflush(stdout);
	signal(sig, SIG_DFL);
	sigprocmask(SIG_SETMASK, &orig_mask, NULL);
	raise(sig);
	exit(128 + sig);
}

static void wait_event(int64_t until)
{
	int64_t left = until - now_ms();
	struct timespec ts;
	int sig;

	if (left < 0)
		left = 0;
	ts.tv_sec = left / 1000;
	ts.tv_nsec = (left % 1000) * 1000000;
	sig = sigtimedwait(&wait_set, NULL, &ts);
	if (sig < 0 && errno != EAGAIN && errno != EINTR)
		fatal("sigtimedwait: %s", strerror(errno));
	if (sig > 0 && sig != SIGCHLD)
		interrupted(sig);
}

/* After the last job: give the stragglers killed with their groups a
 * moment to die, so that we reap them rather than leave them to init. */
static void drain(const Options *opt)
{
	int64_t give_up = now_ms() + 1000;
	bool none_left;

	for (;;) {
		reap(opt, &none_left);
		if (none_left || now_ms() >= give_up)
			return;
		wait_event(give_up);
	}
}

void run_entries(Entry *v, int n, const Options *opt, void (*report)(void))
{
	int next = 0, running = 0;
	bool none_left;

	n_jobs = opt->jobs;
	jobs = xmalloc(sizeof(Job) * (size_t)n_jobs);
	for (;;) {
		int ended = reap(opt, &none_left) + expire(opt);

		running -= ended;
		for (int i = 0; i < n_jobs && next < n; i++) {
			if (jobs[i].pid)
				continue;
			while (next < n && v[next].status != ST_PENDING)
				next++;
			if (next == n)
				break;
			start_job(&jobs[i], &v[next++], opt);
			running++;
		}
		report();
		while (next < n && v[next].status != ST_PENDING)
			next++;
		if (!running && next == n)
			break;
		wait_event(next_wakeup());
	}
	drain(opt);
}
