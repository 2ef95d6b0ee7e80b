// SPDX-License-Identifier: GPL-2.0
/*
 * rt_probes.c - live test of the event probe kinds of the runtime
 * (kprobes, kretprobes, tracepoints), written by hand the way pass 3
 * emits a module.  The module parameter 'rt_case' picks one probe table
 * (each case quotes the script it stands for); t/runtime/probes loads it
 * with staprun in the guest and compares the output.
 */
#include "stp_runtime.h"

static int rt_case;
module_param(rt_case, int, 0400);

static atomic64_t hits, good, rets;

/* the generated end probe: print the counts the case checks */
static void rt_end(struct stp_context *c)
{
	s64 h = atomic64_read(&hits), g = atomic64_read(&good);

	stp_printf(c, "hits %s, good %s, rets %s\n", h > 0 ? "yes" : "no",
		   g == h ? "all" : "not all",
		   atomic64_read(&rets) > 0 ? "yes" : "no");
}

static void rt_timer_exit(struct stp_context *c)
{
	stp_exit(c);
}

/*
 * case 1: probe kernel.function("vfs_read") { hits++;
 *           if (pointer_arg(1) && !user_mode()) good++ }
 */
static void rt_vfs_read(struct stp_context *c)
{
	atomic64_inc(&hits);
	if (c->regs && c->regs->di && !user_mode(c->regs))
		atomic64_inc(&good);
}

/*
 * case 1: probe kernel.function("vfs_read").return { hits++;
 *           if (returnval() >= -4095) good++; if (returnval() > 0) rets++ }
 */
static void rt_vfs_read_ret(struct stp_context *c)
{
	long rv = c->regs ? (long)regs_return_value(c->regs) : -99999;

	atomic64_inc(&hits);
	if (rv >= -4095)
		atomic64_inc(&good);
	if (rv > 0)
		atomic64_inc(&rets);
}

/*
 * case 3: probe kernel.trace("sched:sched_process_fork") { hits++;
 *           if ($parent == task_current() && $child) good++ }
 *         probe kernel.trace("sched:sched_process_exec") { rets++ }
 */
static void rt_fork(struct stp_context *c)
{
	atomic64_inc(&hits);
	if (c->tp_args[0] == (unsigned long)current && c->tp_args[1] &&
	    c->tp_args[1] != c->tp_args[0])
		atomic64_inc(&good);
}

static void rt_exec(struct stp_context *c)
{
	/* (struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm) */
	if (c->tp_args[0] == (unsigned long)current &&
	    (s64)(pid_t)c->tp_args[1] == task_pid_nr(current))
		atomic64_inc(&rets);
}

#define END { .kind = STP_PROBE_END, .pp = "end", .handler = rt_end }
#define TIMER_EXIT(ms) { .kind = STP_PROBE_TIMER, .pp = "timer.ms(" #ms ")", \
	.period_ns = ms * NSEC_PER_MSEC, .handler = rt_timer_exit }

static const struct stp_probe rt_kprobes[] = {
	{ .kind = STP_PROBE_KPROBE, .pp = "kernel.function(\"vfs_read\")",
	  .symbol = "vfs_read", .handler = rt_vfs_read },
	END,
};

static const struct stp_probe rt_kretprobes[] = {
	{ .kind = STP_PROBE_KRETPROBE,
	  .pp = "kernel.function(\"vfs_read\").return",
	  .symbol = "vfs_read", .handler = rt_vfs_read_ret },
	END,
};

/* case 2: a missing symbol warns, the rest of the session goes on */
static const struct stp_probe rt_missing[] = {
	{ .kind = STP_PROBE_KPROBE,
	  .pp = "kernel.function(\"no_such_function_rt\")",
	  .symbol = "no_such_function_rt", .handler = rt_vfs_read },
	{ .kind = STP_PROBE_KRETPROBE,
	  .pp = "kernel.function(\"vfs_read\").return",
	  .symbol = "vfs_read", .handler = rt_vfs_read_ret },
	TIMER_EXIT(300),
	END,
};

static const struct stp_probe rt_tracepoints[] = {
	{ .kind = STP_PROBE_TRACEPOINT,
	  .pp = "kernel.trace(\"sched:sched_process_fork\")",
	  .tp_name = "sched_process_fork", .handler = rt_fork },
	{ .kind = STP_PROBE_TRACEPOINT,
	  .pp = "kernel.trace(\"sched:sched_process_exec\")",
	  .tp_name = "sched_process_exec", .handler = rt_exec },
	END,
};

/* case 5: a tracepoint the kernel lacks: an error, error probes run */
static void rt_error_probe(struct stp_context *c)
{
	stp_printf(c, "error probe\n");
}

static const struct stp_probe rt_tp_missing[] = {
	{ .kind = STP_PROBE_TRACEPOINT,
	  .pp = "kernel.trace(\"sched:no_such_tp\")",
	  .tp_name = "no_such_tp", .handler = rt_fork },
	{ .kind = STP_PROBE_ERROR, .pp = "error", .handler = rt_error_probe },
	END,
};

/* case 6: a hot kprobe and tracepoint, unloaded by -T while they fire */
static const struct stp_probe rt_hot[] = {
	{ .kind = STP_PROBE_KPROBE, .pp = "kernel.function(\"vfs_read\")",
	  .symbol = "vfs_read", .handler = rt_vfs_read },
	{ .kind = STP_PROBE_KRETPROBE,
	  .pp = "kernel.function(\"vfs_read\").return",
	  .symbol = "vfs_read", .handler = rt_vfs_read_ret },
	{ .kind = STP_PROBE_TRACEPOINT,
	  .pp = "kernel.trace(\"sched:sched_switch\")",
	  .tp_name = "sched_switch", .handler = rt_exec },
	END,
};

/* case 7: a module's probe whose module is not loaded: quiet, as stap */
static const struct stp_probe rt_modmissing[] = {
	{ .kind = STP_PROBE_KPROBE,
	  .pp = "module(\"rt_nomod\").function(\"rt_fn\")",
	  .symbol = "rt_nomod:rt_fn", .handler = rt_vfs_read },
	{ .kind = STP_PROBE_KRETPROBE,
	  .pp = "kernel.function(\"vfs_read\").return",
	  .symbol = "vfs_read", .handler = rt_vfs_read_ret },
	TIMER_EXIT(300),
	END,
};

#define CASE(t) { t, ARRAY_SIZE(t) }
static const struct {
	const struct stp_probe *table;
	int n;
} rt_cases[] = {
	CASE(rt_kprobes), CASE(rt_kprobes), CASE(rt_missing),
	CASE(rt_tracepoints), CASE(rt_kretprobes), CASE(rt_tp_missing),
	CASE(rt_hot), CASE(rt_modmissing),
};

static int __init rt_init(void)
{
	if (rt_case < 0 || rt_case >= ARRAY_SIZE(rt_cases))
		return -EINVAL;
	return stp_session_init(rt_cases[rt_case].table, rt_cases[rt_case].n,
				NULL);
}

static void __exit rt_exit(void)
{
	stp_session_exit();
}

module_init(rt_init);
module_exit(rt_exit);
MODULE_LICENSE("GPL");
