/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stp_defs.h - limits, the probe context and the probe table.
 *
 * Every limit is a -D NAME=VALUE setting with SystemTap's default.
 */
#ifndef STP_DEFS_H
#define STP_DEFS_H

#include <linux/types.h>
#include <linux/atomic.h>
#include <linux/percpu.h>
#include <linux/hrtimer.h>

#ifndef MAXSTRINGLEN
#define MAXSTRINGLEN 512	/* bytes in a string value, with its NUL */
#endif
#ifndef MAXACTION
#define MAXACTION 1000		/* statements per probe handler run */
#endif
#ifndef MAXACTION_INTERRUPTIBLE
#define MAXACTION_INTERRUPTIBLE (MAXACTION * 10)	/* begin/end/error */
#endif
#ifndef MAXNESTING
#define MAXNESTING 10		/* depth of script function calls */
#endif
#ifndef MAXMAPENTRIES
#define MAXMAPENTRIES 2048	/* default size of an array */
#endif
#ifndef MAXTRYLOCK
#define MAXTRYLOCK 100		/* tries to take a global's lock */
#endif
#ifndef TRYLOCKDELAY
#define TRYLOCKDELAY 10		/* microseconds between tries */
#endif
#ifndef MAXERRORS
#define MAXERRORS 0		/* errors tolerated before the session ends */
#endif
#ifndef MAXSKIPPED
#define MAXSKIPPED 100		/* skipped probes tolerated */
#endif
#ifndef STP_PRINT_BUFSIZE
#define STP_PRINT_BUFSIZE 8192	/* per-CPU output buffer of one handler */
#endif
#ifndef STP_TRANSPORT_BUFSIZE
#define STP_TRANSPORT_BUFSIZE (1 << 20)	/* kernel-to-user data ring */
#endif
#ifndef STP_CTL_BUFSIZE
#define STP_CTL_BUFSIZE (64 << 10)	/* control-message ring */
#endif
#ifndef STP_MAX_BUCKETS
#define STP_MAX_BUCKETS 128	/* linear histogram buckets, with under/over */
#endif
#ifndef HIST_WIDTH
#define HIST_WIDTH 50
#endif
#ifndef HIST_ELISION
#define HIST_ELISION 2
#endif
#ifndef STP_PROCFS_BUFSIZE
#define STP_PROCFS_BUFSIZE MAXSTRINGLEN	/* procfs read buffer default */
#endif
/* Overload detection (as stap): more than THRESHOLD cycles spent in
 * probes on a CPU within INTERVAL cycles ends the session with an error;
 * -DSTP_NO_OVERLOAD (or STAP_NO_OVERLOAD) turns it off. */
#ifndef STP_OVERLOAD_INTERVAL
#define STP_OVERLOAD_INTERVAL 1000000000LL
#endif
#ifndef STP_OVERLOAD_THRESHOLD
#define STP_OVERLOAD_THRESHOLD 500000000LL
#endif
#if !defined(STP_NO_OVERLOAD) && !defined(STAP_NO_OVERLOAD) && \
    !defined(STAP_SUPPRESS_TIME_LIMITS_ENABLE)
#define STP_OVERLOAD
#endif
#ifndef STP_MAX_TIMERS
#define STP_MAX_TIMERS 64
#endif

#if MAXSTRINGLEN < 2 || MAXACTION < 1 || MAXMAPENTRIES < 1
#error "stp: MAXSTRINGLEN >= 2, MAXACTION >= 1 and MAXMAPENTRIES >= 1"
#endif
/* Runtime messages are not script strings: a small MAXSTRINGLEN (stap
 * takes 8) must not cut "Array overflow, check MAXMAPENTRIES". */
#define STP_MSGLEN (MAXSTRINGLEN < 256 ? 256 : MAXSTRINGLEN)

/* Session states, in the order a session goes through them. */
enum stp_state {
	STP_STARTING,		/* loaded; begin probes not yet run */
	STP_RUNNING,		/* probes armed */
	STP_STOPPING,		/* exit requested: end probes will run */
	STP_ERRORED,		/* too many errors: error probes will run */
	STP_STOPPED,		/* end/error probes ran */
};

/*
 * The probe context: one per CPU, preallocated.  A handler runs with
 * interrupts off on its CPU, so the context is its own until it returns.
 * Generated code keeps its locals in the 'locals' area (a union of one
 * struct per probe and function, sized by STP_LOCALS_SIZE).
 */
#ifndef STP_LOCALS_SIZE
#define STP_LOCALS_SIZE 1024
#endif

struct stp_probe;

struct stp_context {
	atomic_t busy;
	const struct stp_probe *probe;
	const char *last_error;	/* set by stp_error(): the handler unwinds */
	const char *last_stmt;	/* "operator '/' at x.stp:3:9", or NULL */
	char error_buf[STP_MSGLEN];	/* for error() and formatted errors */
	long actions;		/* statements run so far (MAXACTION) */
	long maxaction;		/* this handler's allowance */
	int nesting;		/* script function depth (MAXNESTING) */
	struct pt_regs *regs;	/* registers at the probe, or NULL */
	unsigned long tp_args[6];	/* kernel.trace: the tracepoint's args */
	struct stp_procfs_data *procfs;	/* procfs probes: $value's buffer */
	u64 cycles_base, cycles_sum;	/* overload detection, per CPU */
	unsigned int print_len;	/* bytes used in print_buf */
	char print_buf[STP_PRINT_BUFSIZE];
	u64 locals[STP_LOCALS_SIZE / 8];
};

/* Probe kinds: each has an arm and a disarm in stp_session.c. */
enum stp_probe_kind {
	STP_PROBE_BEGIN,
	STP_PROBE_END,
	STP_PROBE_ERROR,
	STP_PROBE_NEVER,
	STP_PROBE_TIMER,	/* timer.ns/us/ms/s/hz/jiffies: one hrtimer */
	STP_PROBE_PROFILE,	/* timer.profile: an hrtimer on every CPU */
	STP_PROBE_PROCFS_READ,	/* procfs("path").read: stp_procfs.c */
	STP_PROBE_PROCFS_WRITE,	/* procfs("path").write */
	STP_PROBE_PERF,		/* perf.type(T).config(C): stp_perf.c */
	STP_PROBE_KPROBE,	/* kernel.function("f"): stp_kprobe.c */
	STP_PROBE_KRETPROBE,	/* kernel.function("f").return */
	STP_PROBE_TRACEPOINT,	/* kernel.trace("sys:name"): stp_tracepoint.c */
	STP_PROBE_UPROBE,	/* process("p").function/statement/mark: stp_uprobe.c */
	STP_PROBE_URETPROBE,	/* process("p").function("f").return */
	STP_PROBE_PROCESS_BEGIN,	/* process[("p")|(PID)].begin */
	STP_PROBE_PROCESS_END,	/* process[("p")|(PID)].end */
	STP_PROBE_NETFILTER,	/* netfilter.hook(H).pf(PF): stp_netfilter.c */
};

/* uprobes: the load bias of the probed mapping (runtime address less
 * link-time address) travels in the otherwise unused tp_args[0]. */
#define stp_ubias(c) ((c)->tp_args[0])

/* $value of a procfs probe: the file's buffer (read), the bytes written
 * (write, a kernel copy with a NUL after 'count' bytes). */
struct stp_procfs_data {
	char *buf;
	size_t bufsize;
	size_t count;
};

/* One row of the generated probe table. */
struct stp_probe {
	enum stp_probe_kind kind;
	const char *pp;		/* probe point, for messages: "timer.ms(100)" */
	const char *pn;		/* as the script names it: an alias, wildcards
				   expanded ("syscall.read"): pn() */
	void (*handler)(struct stp_context *c);
	long long seq;		/* begin(N)/end(N)/error(N) order */
	u64 period_ns;		/* timers */
	u64 randomize_ns;	/* timer.ms(N).randomize(M) */
	const char *path;	/* procfs: "command", "a/b" under the module */
	unsigned int maxsize;	/* procfs read: buffer size (0: default) */
	unsigned short perm;	/* procfs: the file's mode (same on every row) */
	u32 perf_type;		/* perf: perf_event_attr.type */
	u64 perf_config;	/* perf: .config */
	u64 sample_period;	/* perf: .sample(N) */
	const char *symbol;	/* kprobes: "vfs_read" or "module:sym" */
	int maxactive;		/* kretprobes: 0 = stap's default */
	unsigned long kaddr;	/* kprobe.statement(ADDR).absolute: no symbol */
	const char *tp_name;	/* tracepoint: "sched_process_fork" */
	const char *upath;	/* uprobes, process.begin/.end: the ELF file */
	u64 uoffset;		/* uprobes: file offset of the probed address */
	u64 uaddr;		/* uprobes: its link-time address (load bias) */
	u64 usema_off;		/* SDT semaphore's file offset, 0 if none */
	long upid;		/* process(PID).begin/.end, else 0 */
	bool utarget;		/* uprobes: the -x/-c target's hits only */
	unsigned int nf_hook;	/* netfilter: NF_INET_LOCAL_IN... */
	u8 nf_pf;		/* netfilter: NFPROTO_IPV4... */
	int nf_priority;	/* netfilter: .priority(P), 0 by default */
};

#endif /* STP_DEFS_H */
