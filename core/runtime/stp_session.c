// SPDX-License-Identifier: GPL-2.0
/*
 * stp_session.c - the session: state machine, probe entry, errors,
 * begin/end/error sequencing, timers, locks, module init and exit.
 *
 *   load --> STARTING --"start": begin probes--> RUNNING (timers armed)
 *   exit() or Ctrl-C ("stop") --> STOPPING --> end probes  --> STOPPED
 *   errors > MAXERRORS          --> ERRORED  --> error probes --> STOPPED
 *
 * Probes run only in the state they belong to (begin: STARTING, others:
 * RUNNING, end: STOPPING, error: ERRORED), so a late timer after exit()
 * does nothing.  Commands arrive on the ctl file, in process context, one
 * at a time (stp_session_mutex).
 */
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/delay.h>
#include <linux/random.h>
#include <linux/sort.h>
#include <linux/slab.h>
#include <linux/timex.h>
#include <linux/vmalloc.h>
#include <asm/irq_regs.h>

static long _stp_target;
module_param(_stp_target, long, 0400);
MODULE_PARM_DESC(_stp_target, "target process id (-x PID, -c CMD)");

static atomic_t stp_state = ATOMIC_INIT(STP_STARTING);
static atomic_t stp_errors = ATOMIC_INIT(0);
static atomic_t stp_skipped = ATOMIC_INIT(0);
/* One context per CPU, vzalloc'ed: the locals area grows with MAXNESTING
 * past what alloc_percpu() gives (32 KB). */
static struct stp_context **stp_contexts;
static DEFINE_MUTEX(stp_session_mutex);

/* The process that loads the module (staprun, stap's stapio): stp_pid(). */
static pid_t stp_loader_pid;

/* The generated module's table, given to stp_session_init(). */
static const struct stp_probe *stp_probe_table;
static int stp_probe_count;

struct stp_timer {
	struct hrtimer hrt;
	const struct stp_probe *probe;
};
static struct stp_timer *stp_timers;		/* one per timer probe */
static struct stp_timer __percpu *stp_profile_timers[STP_MAX_TIMERS];
static int stp_ntimers, stp_nprofile;

/* Ask staprun to end the session (it answers with "stop"). */
static void stp_request_exit(int new_state)
{
	int old = atomic_read(&stp_state);

	while (old < STP_STOPPED && old != STP_ERRORED && old != new_state) {
		if (new_state == STP_STOPPING && old == STP_STOPPING)
			return;
		if (atomic_try_cmpxchg(&stp_state, &old, new_state)) {
			stp_transport_ctl(STP_CTL_EXIT, NULL, 0);
			return;
		}
	}
}

/* The message of a silent unwind (`next` in a function, a skipped
 * probe): compared by address, never reported, never caught, so that
 * error("") is still an error. */
static const char stp_silent[] = "";

/* exit() in a script. */
static void stp_exit(struct stp_context *c)
{
	stp_request_exit(STP_STOPPING);
}

/* A runtime error: the handler unwinds; reported when it returns. */
static void stp_error(struct stp_context *c, const char *msg)
{
	if (!c->last_error)
		c->last_error = msg;
}

static __printf(2, 3) void stp_errorf(struct stp_context *c,
				      const char *fmt, ...)
{
	va_list ap;

	if (c->last_error)
		return;
	va_start(ap, fmt);
	vscnprintf(c->error_buf, sizeof(c->error_buf), fmt, ap);
	va_end(ap);
	c->last_error = c->error_buf;
}

/* error(msg) in a script: the message is copied, it may be a local. */
static void stp_script_error(struct stp_context *c, const char *msg)
{
	if (!c->last_error) {
		strscpy(c->error_buf, msg, sizeof(c->error_buf));
		c->last_error = c->error_buf;
		c->last_stmt = NULL;
	}
}

/* Count an error; past MAXERRORS the session ends with error probes. */
static void stp_count_error(void)
{
	if (atomic_inc_return(&stp_errors) > MAXERRORS)
		stp_request_exit(STP_ERRORED);
}

static void stp_report_error(struct stp_context *c)
{
	if (c->last_stmt)
		stp_transport_msg("ERROR: %s near %s\n", c->last_error,
				  c->last_stmt);
	else
		stp_transport_msg("ERROR: %s\n", c->last_error);
	stp_count_error();
}

/*
 * Overload detection, after each handler (stap's probe epilogue): the
 * cycles spent in handlers on this CPU are summed, and once per
 * STP_OVERLOAD_INTERVAL cycles a sum over STP_OVERLOAD_THRESHOLD is an
 * error that ends the session through the error probes.  Event probes
 * only: stap 4.8 did not count its error probe when measured.
 */
static void stp_overload_account(struct stp_context *c, u64 start)
{
#ifdef STP_OVERLOAD
	u64 end = get_cycles();
	u64 interval = end > c->cycles_base ? end - c->cycles_base :
		       STP_OVERLOAD_INTERVAL + 1;

	c->cycles_sum += end - start;
	if (interval > STP_OVERLOAD_INTERVAL) {
		if (c->cycles_sum > STP_OVERLOAD_THRESHOLD) {
			stp_transport_msg("ERROR: probe overhead (%lld cycles) exceeded threshold (%lld cycles) in last %lld cycles\n",
					  (long long)c->cycles_sum,
					  (long long)STP_OVERLOAD_THRESHOLD,
					  (long long)STP_OVERLOAD_INTERVAL);
			atomic_inc(&stp_errors);
			stp_request_exit(STP_ERRORED);
		}
		c->cycles_base = end;
		c->cycles_sum = 0;
	}
#endif
}

static void stp_skip(struct stp_context *c)
{
	if (atomic_inc_return(&stp_skipped) > MAXSKIPPED) {
		stp_transport_msg("ERROR: Skipped too many probes, check MAXSKIPPED or try again with stap -t for more details.\n");
		stp_count_error();
		stp_request_exit(STP_ERRORED);
	}
	if (c && !c->last_error)
		c->last_error = stp_silent;
}

/*
 * Statement accounting: generated code calls this once per statement
 * (and per loop iteration); false means the handler must unwind.
 */
static inline bool stp_action(struct stp_context *c, long n)
{
	c->actions += n;
	if (unlikely(c->actions > c->maxaction)) {
		stp_errorf(c, "MAXACTION exceeded");
		return false;
	}
	return !c->last_error;
}

/* Script function entry/exit (MAXNESTING). */
static inline bool stp_nest_enter(struct stp_context *c)
{
	if (unlikely(++c->nesting > MAXNESTING)) {
		stp_errorf(c, "MAXNESTING exceeded");
		return false;
	}
	return true;
}

static inline void stp_nest_leave(struct stp_context *c)
{
	c->nesting--;
}

/* Long arithmetic with SystemTap's semantics. */
static inline s64 stp_div(struct stp_context *c, s64 a, s64 b)
{
	if (unlikely(b == 0)) {
		stp_error(c, "division by 0");
		return 0;
	}
	if (unlikely(b == -1))
		return (s64)(0 - (u64)a);	/* S64_MIN / -1 traps on x86 */
	return div64_s64(a, b);
}

static inline s64 stp_mod(struct stp_context *c, s64 a, s64 b)
{
	if (unlikely(b == 0)) {
		stp_error(c, "division by 0");
		return 0;
	}
	if (unlikely(b == -1))
		return 0;
	return a - div64_s64(a, b) * b;
}

/*
 * Global locks: bounded tries, then the probe is skipped and counted.
 * Convention (as SystemTap): '<<<' to a statistic takes the read lock
 * (the data is per CPU), reading an aggregate takes the write lock.
 */
static bool stp_lock(struct stp_context *c, rwlock_t *l, bool write)
{
	int i;

	for (i = 0; i < MAXTRYLOCK; i++) {
		if (write ? write_trylock(l) : read_trylock(l))
			return true;
		udelay(TRYLOCKDELAY);
	}
	stp_skip(c);
	return false;
}

static void stp_unlock(rwlock_t *l, bool write)
{
	if (write)
		write_unlock(l);
	else
		read_unlock(l);
}

/*
 * Run one probe's handler if the session is in 'state': 0 when it ran
 * cleanly, 1 when it ran and failed (error reported), -1 when it did not
 * run (another state, or the CPU's context busy: skipped).  'args'
 * (kernel.trace, 6 words) and 'pd' (procfs $value) may be NULL.
 */
static int stp_probe_run_with(const struct stp_probe *p, struct pt_regs *regs,
			       int state, const unsigned long *args,
			       struct stp_procfs_data *pd)
{
	struct stp_context *c;
	unsigned long flags;
	int ran = -1;
	u64 t0;

	local_irq_save(flags);
	if (atomic_read(&stp_state) != state)
		goto out;
	c = stp_contexts[smp_processor_id()];
	if (atomic_inc_return(&c->busy) != 1) {
		stp_skip(NULL);
		goto busy;
	}
	c->probe = p;
	c->regs = regs;
	c->procfs = pd;
	if (args)
		memcpy(c->tp_args, args, sizeof(c->tp_args));
	c->last_error = NULL;
	c->last_stmt = NULL;
	c->actions = 0;
	/* as stap: begin, end and error probes run in process context
	 * and get MAXACTION_INTERRUPTIBLE */
	c->maxaction = state == STP_RUNNING ? MAXACTION : MAXACTION_INTERRUPTIBLE;
	c->nesting = 0;
	c->print_len = 0;
	t0 = get_cycles();
	p->handler(c);
	stp_print_flush(c);
	if (state == STP_RUNNING)	/* not begin/end/error (measured) */
		stp_overload_account(c, t0);
	ran = c->last_error ? 1 : 0;
	if (c->last_error && c->last_error != stp_silent)
		stp_report_error(c);
	c->procfs = NULL;
busy:
	atomic_dec(&c->busy);
out:
	local_irq_restore(flags);
	return ran;
}

static void stp_probe_run(const struct stp_probe *p, struct pt_regs *regs,
			  int state)
{
	stp_probe_run_with(p, regs, state, NULL, NULL);
}

/* Run every probe of a kind in seq order (the table order breaks ties). */
static void stp_run_kind(enum stp_probe_kind kind, int state)
{
	long long cur = LLONG_MIN;
	bool more = true;
	int i;

	while (more) {
		long long next = LLONG_MAX;

		more = false;
		for (i = 0; i < stp_probe_count; i++) {
			const struct stp_probe *p = &stp_probe_table[i];

			if (p->kind != kind)
				continue;
			if (p->seq == cur)
				stp_probe_run(p, NULL, state);
			else if (p->seq > cur && p->seq <= next)
				next = p->seq, more = true;
		}
		cur = next;
	}
}

static u64 stp_timer_period(const struct stp_probe *p)
{
	u64 ns = max_t(u64, p->period_ns, 1000);	/* at most 1 MHz */

	if (p->randomize_ns)
		ns += (get_random_u32() % (2 * p->randomize_ns + 1)) -
		      p->randomize_ns;
	return max_t(u64, ns, 1000);
}

static enum hrtimer_restart stp_timer_fire(struct hrtimer *hrt)
{
	struct stp_timer *t = container_of(hrt, struct stp_timer, hrt);

	if (atomic_read(&stp_state) != STP_RUNNING)
		return HRTIMER_NORESTART;
	/* as stap: only timer.profile sees the interrupted registers;
	 * timer.s/ms/... have none (registers_valid() is 0 there) */
	stp_probe_run(t->probe, t->probe->kind == STP_PROBE_PROFILE ?
		      get_irq_regs() : NULL, STP_RUNNING);
	if (atomic_read(&stp_state) != STP_RUNNING)
		return HRTIMER_NORESTART;
	hrtimer_forward_now(hrt, ns_to_ktime(stp_timer_period(t->probe)));
	return HRTIMER_RESTART;
}

static void stp_profile_start_one(void *arg)
{
	struct stp_timer *t = this_cpu_ptr((struct stp_timer __percpu *)arg);

	hrtimer_start(&t->hrt, ns_to_ktime(stp_timer_period(t->probe)),
		      HRTIMER_MODE_REL_PINNED);
}

static void stp_timers_disarm(void)
{
	int i, cpu;

	for (i = 0; i < stp_ntimers; i++)
		hrtimer_cancel(&stp_timers[i].hrt);
	for (i = 0; i < stp_nprofile; i++)
		for_each_possible_cpu(cpu)
			hrtimer_cancel(&per_cpu_ptr(stp_profile_timers[i],
						    cpu)->hrt);
}

static void stp_timers_arm(void)
{
	int i;

	for (i = 0; i < stp_ntimers; i++)
		hrtimer_start(&stp_timers[i].hrt,
			      ns_to_ktime(stp_timer_period(stp_timers[i].probe)),
			      HRTIMER_MODE_REL);
	for (i = 0; i < stp_nprofile; i++)
		on_each_cpu(stp_profile_start_one,
			    (void __force *)stp_profile_timers[i], 1);
}

static void stp_timers_free(void)
{
	int i;

	kfree(stp_timers);
	stp_timers = NULL;
	for (i = 0; i < stp_nprofile; i++)
		free_percpu(stp_profile_timers[i]);
	stp_ntimers = stp_nprofile = 0;
}

static int stp_timers_init(void)
{
	int i, n = 0, cpu;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_probe_table[i].kind == STP_PROBE_TIMER;
	stp_timers = kcalloc(max(n, 1), sizeof(*stp_timers), GFP_KERNEL);
	if (!stp_timers)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		const struct stp_probe *p = &stp_probe_table[i];
		struct stp_timer *t;

		if (p->kind == STP_PROBE_TIMER) {
			t = &stp_timers[stp_ntimers++];
			hrtimer_init(&t->hrt, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
			t->hrt.function = stp_timer_fire;
			t->probe = p;
		} else if (p->kind == STP_PROBE_PROFILE) {
			if (stp_nprofile == STP_MAX_TIMERS)
				return -E2BIG;
			stp_profile_timers[stp_nprofile] =
				alloc_percpu(struct stp_timer);
			if (!stp_profile_timers[stp_nprofile])
				return -ENOMEM;
			for_each_possible_cpu(cpu) {
				t = per_cpu_ptr(stp_profile_timers[stp_nprofile],
						cpu);
				hrtimer_init(&t->hrt, CLOCK_MONOTONIC,
					     HRTIMER_MODE_REL_PINNED);
				t->hrt.function = stp_timer_fire;
				t->probe = p;
			}
			stp_nprofile++;
		}
	}
	return 0;
}

/*
 * The event kinds, armed in this order after the begin probes and
 * disarmed in reverse (stp_*.c, included after this file).  A kind that
 * cannot arm reports "ERROR: probe PP registration error" and the
 * session ends through its error probes; kprobes only warn (as stap).
 */
static int stp_procfs_arm(void);
static void stp_procfs_disarm(void);
static int stp_kprobes_arm(void);
static void stp_kprobes_disarm(void);
static int stp_tracepoints_arm(void);
static void stp_tracepoints_disarm(void);
static int stp_perf_arm(void);
static void stp_perf_disarm(void);
static int stp_uprobes_life_arm(void);
static void stp_uprobes_life_disarm(void);
static int stp_netfilter_arm(void);
static void stp_netfilter_disarm(void);

static const struct stp_kind_ops {
	int (*arm)(void);
	void (*disarm)(void);
} stp_kind_ops[] = {
	{ stp_procfs_arm, stp_procfs_disarm },
	{ stp_kprobes_arm, stp_kprobes_disarm },
	{ stp_tracepoints_arm, stp_tracepoints_disarm },
	{ stp_perf_arm, stp_perf_disarm },
	{ stp_uprobes_life_arm, stp_uprobes_life_disarm },
	{ stp_netfilter_arm, stp_netfilter_disarm },
};
static int stp_kinds_armed;	/* how many of stp_kind_ops[] are armed */
static bool stp_arm_failed;	/* "registration error": the session ends */

static void stp_kinds_disarm(void)
{
	while (stp_kinds_armed > 0)
		stp_kind_ops[--stp_kinds_armed].disarm();
}

static int stp_kinds_arm(void)
{
	int rc;

	while (stp_kinds_armed < ARRAY_SIZE(stp_kind_ops)) {
		rc = stp_kind_ops[stp_kinds_armed].arm();
		if (rc) {
			stp_kinds_disarm();
			return rc;
		}
		stp_kinds_armed++;
	}
	return 0;
}

/* "start": begin probes, then arm the rest. */
static int stp_session_start(void)
{
	if (atomic_read(&stp_state) != STP_STARTING)
		return -EALREADY;
	stp_run_kind(STP_PROBE_BEGIN, STP_STARTING);
	if (atomic_cmpxchg(&stp_state, STP_STARTING, STP_RUNNING) ==
	    STP_STARTING) {
		if (stp_kinds_arm()) {
			/* an error (exit status 1), but as stap no count line */
			atomic_inc(&stp_errors);
			stp_arm_failed = true;
			stp_request_exit(STP_ERRORED);
		} else {
			stp_timers_arm();
		}
	}
	stp_transport_ctl(STP_CTL_STARTED, NULL, 0);
	return 0;
}

/* "stop": disarm, end (or error) probes, the closing counts, DONE. */
static void stp_session_stop(void)
{
	struct stp_ctl_done done;
	int old = atomic_read(&stp_state);

	if (old == STP_STOPPED)
		return;
	stp_timers_disarm();
	stp_kinds_disarm();
	if (old == STP_STARTING || old == STP_RUNNING)
		atomic_cmpxchg(&stp_state, old, STP_STOPPING);
	if (atomic_read(&stp_state) == STP_STOPPING)
		stp_run_kind(STP_PROBE_END, STP_STOPPING);
	if (atomic_read(&stp_state) == STP_ERRORED)
		stp_run_kind(STP_PROBE_ERROR, STP_ERRORED);
	atomic_set(&stp_state, STP_STOPPED);
	done.errors = atomic_read(&stp_errors);
	done.skipped = atomic_read(&stp_skipped);
	if (done.errors - stp_arm_failed || done.skipped)
		stp_transport_msg("WARNING: Number of errors: %d, skipped probes: %d\n",
				  done.errors, done.skipped);
	done.dropped = atomic64_read(&stp_dropped);
	if (done.dropped)
		stp_transport_msg("WARNING: %lld output bytes dropped (transport full)\n",
				  done.dropped);
	stp_transport_ctl(STP_CTL_DONE, &done, sizeof(done));
}

static int stp_session_command(const char *cmd)
{
	int rc = 0;

	mutex_lock(&stp_session_mutex);
	if (!strcmp(cmd, "start"))
		rc = stp_session_start();
	else if (!strcmp(cmd, "stop"))
		stp_session_stop();
	else
		rc = -EINVAL;
	mutex_unlock(&stp_session_mutex);
	return rc;
}

static void stp_session_abandon(void)
{
	mutex_lock(&stp_session_mutex);
	stp_session_stop();
	mutex_unlock(&stp_session_mutex);
}

static void stp_contexts_free(void)
{
	int cpu;

	if (!stp_contexts)
		return;
	for_each_possible_cpu(cpu)
		vfree(stp_contexts[cpu]);
	kfree(stp_contexts);
	stp_contexts = NULL;
}

static int stp_contexts_alloc(void)
{
	int cpu;

	stp_contexts = kcalloc(nr_cpu_ids, sizeof(*stp_contexts), GFP_KERNEL);
	if (!stp_contexts)
		return -ENOMEM;
	for_each_possible_cpu(cpu) {
		stp_contexts[cpu] = vzalloc(sizeof(struct stp_context));
		if (!stp_contexts[cpu]) {
			stp_contexts_free();
			return -ENOMEM;
		}
	}
	return 0;
}

static void stp_session_exit(void)
{
	stp_session_abandon();
	stp_timers_free();
	stp_transport_exit();
	stp_contexts_free();
}

/*
 * Module init for a generated module: 'probes' is its table, 'globals'
 * allocates its globals (maps, stats) and returns 0 or -errno.
 */
static int stp_session_init(const struct stp_probe *probes, int n,
			    int (*globals)(void))
{
	int rc;

	stp_probe_table = probes;
	stp_probe_count = n;
	stp_loader_pid = current->tgid;	/* init_module runs in staprun */
	rc = stp_contexts_alloc();
	if (rc)
		return rc;
	rc = stp_timers_init();
	if (rc)
		goto err_out;
	rc = globals ? globals() : 0;
	if (rc)
		goto err_out;
	rc = stp_transport_init();
	if (rc)
		goto err_out;
	return 0;
err_out:
	pr_err("%s: cannot initialize the session: %d\n", KBUILD_MODNAME, rc);
	stp_timers_free();
	stp_contexts_free();
	return rc;
}
