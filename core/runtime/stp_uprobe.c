// SPDX-License-Identifier: GPL-2.0
/*
 * stp_uprobe.c - process(...) probes: uprobes and uretprobes registered
 * by inode and file offset, and process.begin/.end.
 *
 * A uprobe's path is looked up with kern_path() when the probes arm;
 * the kernel then plants the breakpoint in every mapping of that inode,
 * present and future.  An SDT marker with a semaphore registers with
 * uprobe_register_refctr(): the kernel itself increments the semaphore
 * in each process it plants the marker in (and decrements it again on
 * unregister), with its own fault-safe user writes.
 *
 * A probe on `process` without a path (the -x/-c program) fires only in
 * the target process and its threads (tgid), one on process(PID) only
 * in that process and its threads; one on process("PATH")
 * fires in every process running the binary, -x/-c or not: SystemTap
 * 4.8 does not filter those either (measured: its -c counts hits of
 * other processes of the same binary).
 *
 * The handler sees c->regs as the user registers (ip at the probed
 * address; at a .return, ip is the return address in the caller).  The
 * load bias of the probed mapping (runtime address less link-time
 * address, 0 for a non-PIE executable) travels in c->tp_args[0]
 * (stp_ubias()): the probe's own address minus its link-time address at
 * a uprobe, the function's entry minus it at a uretprobe.
 *
 * process.begin/.end come from the sched_process_exec and
 * sched_process_exit tracepoints: a process whose exec matches a probe
 * (its image's inode, its tgid, or the -x/-c target) is tracked by tgid;
 * begin runs in its context right after the exec, end when its last
 * thread exits or when it execs another image (then the new image
 * begins), as stap's task finder.  A process already running when the
 * session starts is tracked from the start, but its begin waits for its
 * next exec or its exit (stap runs it at once in the task's context
 * through task_work, which this runtime cannot cancel on unload); a
 * child forked without an exec gets neither.
 */
#include <linux/uprobes.h>
#include <linux/namei.h>
#include <linux/mount.h>
#include <linux/sched/signal.h>
#include <linux/binfmts.h>
#include <linux/tracepoint.h>

#ifndef STP_MAXUPROCS
#define STP_MAXUPROCS 256	/* processes tracked for process.begin/.end */
#endif

struct stp_uprobe {
	const struct stp_probe *probe;
	struct inode *inode;
	struct uprobe_consumer uc;
	bool registered;
};

static struct stp_uprobe *stp_uprobes;
static int stp_nuprobes;

/* The -x/-c filter: true when the current task may fire a probe. */
static bool stp_utarget_ok(void)
{
	return !_stp_target || current->tgid == (pid_t)_stp_target;
}

static void stp_uprobe_fire(const struct stp_probe *p, struct pt_regs *regs,
			    unsigned long bias)
{
	const unsigned long args[6] = { bias };

	if (p->utarget && !stp_utarget_ok())
		return;
	if (p->upid && current->tgid != (pid_t)p->upid)
		return;		/* process(PID): its threads only */
	stp_probe_run_with(p, regs, STP_RUNNING, args, NULL);
}

static int stp_uprobe_handler(struct uprobe_consumer *uc, struct pt_regs *regs)
{
	struct stp_uprobe *su = container_of(uc, struct stp_uprobe, uc);

	stp_uprobe_fire(su->probe, regs,
			instruction_pointer(regs) - su->probe->uaddr);
	return 0;
}

static int stp_uretprobe_handler(struct uprobe_consumer *uc,
				 unsigned long func, struct pt_regs *regs)
{
	struct stp_uprobe *su = container_of(uc, struct stp_uprobe, uc);

	stp_uprobe_fire(su->probe, regs, func - su->probe->uaddr);
	return 0;
}

/* Plant breakpoints only in the target's mm when there is a target. */
static bool stp_uprobe_filter(struct uprobe_consumer *uc,
			      enum uprobe_filter_ctx ctx, struct mm_struct *mm)
{
	struct stp_uprobe *su = container_of(uc, struct stp_uprobe, uc);
	struct task_struct *t;
	bool ok;

	pid_t want = su->probe->upid ? (pid_t)su->probe->upid :
		     su->probe->utarget ? (pid_t)_stp_target : 0;

	if (!want)
		return true;
	rcu_read_lock();
	t = pid_task(find_vpid(want), PIDTYPE_PID);
	ok = t && t->mm == mm;
	rcu_read_unlock();
	return ok;
}

static bool stp_is_uprobe(const struct stp_probe *p)
{
	return p->kind == STP_PROBE_UPROBE || p->kind == STP_PROBE_URETPROBE;
}

/* The inode of 'path' (a reference), or an ERR_PTR. */
static struct inode *stp_path_inode(const char *path)
{
	struct path kp;
	struct inode *inode;
	int rc = kern_path(path, LOOKUP_FOLLOW, &kp);

	if (rc)
		return ERR_PTR(rc);
	inode = igrab(d_inode(kp.dentry));
	path_put(&kp);
	return inode ? inode : ERR_PTR(-ENOENT);
}

static int stp_uprobe_register(struct stp_uprobe *su)
{
	const struct stp_probe *p = su->probe;

	su->inode = stp_path_inode(p->upath);
	if (IS_ERR(su->inode)) {
		int rc = PTR_ERR(su->inode);

		su->inode = NULL;
		return rc;
	}
	if (p->kind == STP_PROBE_URETPROBE)
		su->uc.ret_handler = stp_uretprobe_handler;
	else
		su->uc.handler = stp_uprobe_handler;
	su->uc.filter = stp_uprobe_filter;
	if (p->usema_off)
		return uprobe_register_refctr(su->inode, p->uoffset,
					      p->usema_off, &su->uc);
	return uprobe_register(su->inode, p->uoffset, &su->uc);
}

static void stp_uprobes_disarm(void)
{
	int i;

	for (i = stp_nuprobes - 1; i >= 0; i--) {
		struct stp_uprobe *su = &stp_uprobes[i];

		/* returns when no handler of this consumer runs any more */
		if (su->registered)
			uprobe_unregister(su->inode, su->probe->uoffset,
					  &su->uc);
		su->registered = false;
		if (su->inode)
			iput(su->inode);
		su->inode = NULL;
	}
	kfree(stp_uprobes);
	stp_uprobes = NULL;
	stp_nuprobes = 0;
}

static int stp_uprobes_arm(void)
{
	int i, n = 0, rc;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_is_uprobe(&stp_probe_table[i]);
	if (!n)
		return 0;
	stp_uprobes = kcalloc(n, sizeof(*stp_uprobes), GFP_KERNEL);
	if (!stp_uprobes)
		return -ENOMEM;
	/* in table order, as stap: the kernel runs the consumers of one
	 * address newest first, so two probes on one address fire in
	 * reverse script order there too (measured with stap 4.8) */
	for (i = 0; i < stp_probe_count; i++) {
		struct stp_uprobe *su;

		if (!stp_is_uprobe(&stp_probe_table[i]))
			continue;
		su = &stp_uprobes[stp_nuprobes++];
		su->probe = &stp_probe_table[i];
		rc = stp_uprobe_register(su);
		if (rc) {
			stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %d)\n",
					  su->probe->pp, rc);
			stp_uprobes_disarm();
			return rc;
		}
		su->registered = true;
	}
	return 0;
}

/* ---- target variables (pass 3's translate_dwarf.c emits these) ---- */

/* DWARF register numbers (x86_64 psABI) to pt_regs offsets; 16 is the
 * return address column, read as the ip. */
static const unsigned short stp_dwregs[] = {
	offsetof(struct pt_regs, ax), offsetof(struct pt_regs, dx),
	offsetof(struct pt_regs, cx), offsetof(struct pt_regs, bx),
	offsetof(struct pt_regs, si), offsetof(struct pt_regs, di),
	offsetof(struct pt_regs, bp), offsetof(struct pt_regs, sp),
	offsetof(struct pt_regs, r8), offsetof(struct pt_regs, r9),
	offsetof(struct pt_regs, r10), offsetof(struct pt_regs, r11),
	offsetof(struct pt_regs, r12), offsetof(struct pt_regs, r13),
	offsetof(struct pt_regs, r14), offsetof(struct pt_regs, r15),
	offsetof(struct pt_regs, ip),
};

static unsigned long stp_dwreg(struct stp_context *c, int n)
{
	if (!c->regs || n < 0 || n >= ARRAY_SIZE(stp_dwregs)) {
		stp_errorf(c, "cannot access register %d [man error::dwarf]", n);
		return 0;
	}
	return *(unsigned long *)((char *)c->regs + stp_dwregs[n]);
}

/* A target variable's bytes in the probed process: stap's loc2c text
 * on a fault ("read fault [man error::fault] at 0x...") and 0. */
static s64 stp_uderef(struct stp_context *c, u64 addr, int size, int sign)
{
	s64 v;

	if (c->last_error)
		return 0;
	if (stp_read_int(&v, (unsigned long)addr, size, sign, true))
		stp_read_fault(c, (unsigned long)addr);
	return v;
}

/* ---- process.begin / .end ---- */

struct stp_uproc {
	pid_t tgid;		/* 0: a free slot */
	struct inode *image;	/* its executable's inode (not a reference:
				   compared by address only) */
	bool begun;		/* begin probes ran (at an exec); false for a
				   process found running at the start, so
				   that the -c command's exec begins it */
};

static struct stp_uproc stp_uprocs[STP_MAXUPROCS];
static DEFINE_SPINLOCK(stp_uprocs_lock);
static struct inode **stp_life_inodes;	/* per table row, or NULL */
static int stp_nlife;
static struct tracepoint *stp_tp_exec, *stp_tp_exit;
static bool stp_life_armed;

static bool stp_is_life(const struct stp_probe *p)
{
	return p->kind == STP_PROBE_PROCESS_BEGIN ||
	       p->kind == STP_PROBE_PROCESS_END;
}

/*
 * Does probe row i's process match (tgid, image)?  process("PATH") by
 * the image's inode, process(PID) by tgid, process (unnamed: the -x/-c
 * target) by the target.
 */
static bool stp_life_match(int i, pid_t tgid, struct inode *image)
{
	const struct stp_probe *p = &stp_probe_table[i];

	if (p->upid)
		return tgid == (pid_t)p->upid;
	if (p->upath)
		return stp_life_inodes[i] && stp_life_inodes[i] == image;
	return _stp_target && tgid == (pid_t)_stp_target;
}

static void stp_life_run(enum stp_probe_kind kind, pid_t tgid,
			 struct inode *image)
{
	int i;

	for (i = 0; i < stp_probe_count; i++)
		if (stp_probe_table[i].kind == kind &&
		    stp_life_match(i, tgid, image))
			stp_probe_run(&stp_probe_table[i], NULL, STP_RUNNING);
}

static bool stp_life_any(pid_t tgid, struct inode *image)
{
	int i;

	for (i = 0; i < stp_probe_count; i++)
		if (stp_is_life(&stp_probe_table[i]) &&
		    stp_life_match(i, tgid, image))
			return true;
	return false;
}

/* The slot of tgid, or a free one when 'add'; NULL if none. */
static struct stp_uproc *stp_uproc_find(pid_t tgid, bool add)
{
	struct stp_uproc *free = NULL;
	int i;

	for (i = 0; i < STP_MAXUPROCS; i++) {
		if (stp_uprocs[i].tgid == tgid)
			return &stp_uprocs[i];
		if (!free && !stp_uprocs[i].tgid)
			free = &stp_uprocs[i];
	}
	return add ? free : NULL;
}

/*
 * process("PATH").begin/.end whose PATH did not exist when the probes
 * armed: the first exec of a file at that path gives the row its inode
 * (a reference, dropped at disarm), then it matches as the others.
 * d_path() does not sleep, as this tracepoint's context needs.
 */
static void stp_life_late(struct file *file)
{
	char buf[256], *path = NULL;
	int i;

	for (i = 0; i < stp_nlife; i++) {
		const struct stp_probe *p = &stp_probe_table[i];

		if (!stp_is_life(p) || !p->upath || p->upid ||
		    p->upath[0] != '/' || READ_ONCE(stp_life_inodes[i]))
			continue;
		if (!path)
			path = d_path(&file->f_path, buf, sizeof(buf));
		if (IS_ERR(path))
			return;
		if (strcmp(path, p->upath))
			continue;
		ihold(file_inode(file));
		if (cmpxchg(&stp_life_inodes[i], NULL, file_inode(file)))
			iput(file_inode(file));
	}
}

/*
 * An exec, in the new image's context.  As stap's task finder: a process
 * tracked before ends with its old image (the end probes that matched
 * it) and begins again with the new one; one found running at the start
 * gets its begin first (late, but in its own context).
 */
static void stp_life_exec(void *data, struct task_struct *p, pid_t old_pid,
			  struct linux_binprm *bprm)
{
	struct inode *image = file_inode(bprm->file), *before = NULL;
	bool match, known, begun = false;
	struct stp_uproc *u;

	stp_life_late(bprm->file);
	match = stp_life_any(p->tgid, image);

	spin_lock(&stp_uprocs_lock);
	u = stp_uproc_find(p->tgid, match);
	known = u && u->tgid;
	if (known) {
		before = u->image;
		begun = u->begun;
	}
	if (u && match) {
		u->tgid = p->tgid;
		u->image = image;
		u->begun = true;
	} else if (u) {		/* tracked, and the new image matches none */
		u->tgid = 0;
		u->image = NULL;
		u->begun = false;
	}
	spin_unlock(&stp_uprocs_lock);
	if (match && !u) {
		stp_skip(NULL);		/* too many processes: counted */
		return;
	}
	if (known && !begun)
		stp_life_run(STP_PROBE_PROCESS_BEGIN, p->tgid, before);
	if (known)
		stp_life_run(STP_PROBE_PROCESS_END, p->tgid, before);
	if (match)
		stp_life_run(STP_PROBE_PROCESS_BEGIN, p->tgid, image);
}

static void stp_life_exit(void *data, struct task_struct *p)
{
	struct stp_uproc *u;
	struct inode *image = NULL;
	bool begun = false;

	/* the process ends with its last thread (signal->live counted
	 * down before this tracepoint) */
	if (atomic_read(&p->signal->live) != 0)
		return;
	spin_lock(&stp_uprocs_lock);
	u = stp_uproc_find(p->tgid, false);
	if (u) {
		image = u->image;
		begun = u->begun;
		u->tgid = 0;
		u->image = NULL;
		u->begun = false;
	}
	spin_unlock(&stp_uprocs_lock);
	if (!u)
		return;
	if (!begun)
		stp_life_run(STP_PROBE_PROCESS_BEGIN, p->tgid, image);
	stp_life_run(STP_PROBE_PROCESS_END, p->tgid, image);
}

static void stp_life_find(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "sched_process_exec"))
		stp_tp_exec = tp;
	else if (!strcmp(tp->name, "sched_process_exit"))
		stp_tp_exit = tp;
}

/* Track the processes already running that a probe names. */
static void stp_life_scan(void)
{
	struct task_struct *t;
	int n = 0;

	rcu_read_lock();
	for_each_process(t) {
		struct inode *image = NULL;
		struct stp_uproc *u;
		struct file *exe;

		if (t->flags & PF_KTHREAD)
			continue;
		task_lock(t);
		exe = t->mm ? rcu_dereference(t->mm->exe_file) : NULL;
		image = exe ? file_inode(exe) : NULL;
		task_unlock(t);
		if (!stp_life_any(t->tgid, image))
			continue;
		spin_lock(&stp_uprocs_lock);
		u = stp_uproc_find(t->tgid, true);
		if (u && !u->tgid) {
			u->tgid = t->tgid;
			u->image = image;
		}
		spin_unlock(&stp_uprocs_lock);
		if (++n >= STP_MAXUPROCS)
			break;
	}
	rcu_read_unlock();
}

static void stp_life_disarm(void)
{
	int i;

	if (stp_life_armed) {
		tracepoint_probe_unregister(stp_tp_exec, (void *)stp_life_exec,
					    NULL);
		tracepoint_probe_unregister(stp_tp_exit, (void *)stp_life_exit,
					    NULL);
		tracepoint_synchronize_unregister();
		stp_life_armed = false;
	}
	for (i = 0; i < stp_nlife; i++)
		if (stp_life_inodes[i])
			iput(stp_life_inodes[i]);
	kfree(stp_life_inodes);
	stp_life_inodes = NULL;
	stp_nlife = 0;
	memset(stp_uprocs, 0, sizeof(stp_uprocs));
}

static int stp_life_arm(void)
{
	int i, n = 0, rc;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_is_life(&stp_probe_table[i]);
	if (!n)
		return 0;
	stp_life_inodes = kcalloc(stp_probe_count, sizeof(*stp_life_inodes),
				  GFP_KERNEL);
	if (!stp_life_inodes)
		return -ENOMEM;
	stp_nlife = stp_probe_count;
	for (i = 0; i < stp_probe_count; i++) {
		const struct stp_probe *p = &stp_probe_table[i];
		struct inode *inode;

		/* a name stap found nowhere ("prog") matches no exec */
		if (!stp_is_life(p) || !p->upath || p->upid || p->upath[0] != '/')
			continue;
		inode = stp_path_inode(p->upath);
		if (PTR_ERR(inode) == -ENOENT) {
			/* as stap: a path that is not there yet matches
			 * when an exec brings it (stp_life_late()) */
			continue;
		}
		if (IS_ERR(inode)) {
			stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %ld)\n",
					  p->pp, PTR_ERR(inode));
			stp_life_disarm();
			return PTR_ERR(inode);
		}
		stp_life_inodes[i] = inode;
	}
	for_each_kernel_tracepoint(stp_life_find, NULL);
	if (!stp_tp_exec || !stp_tp_exit) {
		stp_life_disarm();
		return -ENOENT;
	}
	rc = tracepoint_probe_register(stp_tp_exec, (void *)stp_life_exec, NULL);
	if (rc)
		goto err_out;
	rc = tracepoint_probe_register(stp_tp_exit, (void *)stp_life_exit, NULL);
	if (rc) {
		tracepoint_probe_unregister(stp_tp_exec, (void *)stp_life_exec,
					    NULL);
		tracepoint_synchronize_unregister();
		goto err_out;
	}
	stp_life_armed = true;
	stp_life_scan();
	return 0;
err_out:
	stp_transport_msg("ERROR: process begin/end probes registration error [man warning::pass5] (rc %d)\n",
			  rc);
	stp_life_disarm();
	return rc;
}

static int stp_uprobes_life_arm(void)
{
	int rc = stp_life_arm();

	if (rc)
		return rc;
	rc = stp_uprobes_arm();
	if (rc)
		stp_life_disarm();
	return rc;
}

static void stp_uprobes_life_disarm(void)
{
	stp_uprobes_disarm();
	stp_life_disarm();
}
