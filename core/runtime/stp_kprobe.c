// SPDX-License-Identifier: GPL-2.0
/*
 * stp_kprobe.c - kernel.function("f") (kprobes) and .return (kretprobes).
 *
 * Registered by symbol name ("vfs_read", or "module:sym" for
 * module("m").function("sym")), so no symbol table is needed on the
 * build host; kprobe.statement(ADDR).absolute (guru) by address.
 * kprobe.function(...) probes are the same kprobes, reached without
 * DWARF by stap too.  c->regs is the probe's pt_regs (the return value is in
 * regs_return_value() at a .return).  As stap: a probe that fails to
 * register is a warning and the session goes on without it (a module's
 * probe, "module:sym", fails quietly: the module is not loaded; probes
 * are not added when it loads later); kretprobes
 * get maxactive max(15, 6 * CPUs); missed hits count as skipped probes.
 */
#include <linux/kprobes.h>

#ifndef KRETACTIVE
#define KRETACTIVE (max(15, 6 * (int)num_possible_cpus()))
#endif

struct stp_kprobe {
	const struct stp_probe *probe;
	bool registered;
	union {
		struct kprobe kp;
		struct kretprobe krp;
	} u;
};

static struct stp_kprobe *stp_kprobes;
static int stp_nkprobes;

/*
 * As stap's generated handlers: the handler sees the instruction pointer
 * at the probed address itself (the kernel hands over the address after
 * the breakpoint), and at a .return at the return address in the caller
 * (stap's _stp_ret_addr_r()); so addr() and symname(addr()) name the
 * probed function at a call and its caller at a return.  The kernel's own
 * value is put back before returning to it.
 */
static void stp_kprobe_run_at(const struct stp_probe *p, struct pt_regs *regs,
			      unsigned long ip)
{
	unsigned long kprobes_ip = instruction_pointer(regs);

	instruction_pointer_set(regs, ip);
	stp_probe_run(p, regs, STP_RUNNING);
	instruction_pointer_set(regs, kprobes_ip);
}

static int stp_kprobe_pre(struct kprobe *kp, struct pt_regs *regs)
{
	struct stp_kprobe *sk = container_of(kp, struct stp_kprobe, u.kp);

	stp_kprobe_run_at(sk->probe, regs, (unsigned long)kp->addr);
	return 0;
}

static int stp_kretprobe_ret(struct kretprobe_instance *ri,
			     struct pt_regs *regs)
{
	struct kretprobe *krp = get_kretprobe(ri);
	struct stp_kprobe *sk;

	if (!krp)
		return 0;
	sk = container_of(krp, struct stp_kprobe, u.krp);
	stp_kprobe_run_at(sk->probe, regs, get_kretprobe_retaddr(ri));
	return 0;
}

static bool stp_is_kprobe(const struct stp_probe *p)
{
	return p->kind == STP_PROBE_KPROBE || p->kind == STP_PROBE_KRETPROBE;
}

static int stp_kprobe_register(struct stp_kprobe *sk)
{
	const struct stp_probe *p = sk->probe;

	if (p->kind == STP_PROBE_KRETPROBE) {
		sk->u.krp.kp.symbol_name = p->symbol;
		sk->u.krp.handler = stp_kretprobe_ret;
		sk->u.krp.maxactive = p->maxactive > 0 ? p->maxactive : KRETACTIVE;
		return register_kretprobe(&sk->u.krp);
	}
	if (p->symbol)
		sk->u.kp.symbol_name = p->symbol;
	else
		sk->u.kp.addr = (kprobe_opcode_t *)p->kaddr;
	sk->u.kp.pre_handler = stp_kprobe_pre;
	return register_kprobe(&sk->u.kp);
}

/* Missed hits (kprobe recursion, kretprobe instances used up). */
static void stp_kprobe_add_missed(struct stp_kprobe *sk)
{
	int n;

	if (sk->probe->kind == STP_PROBE_KRETPROBE)
		n = sk->u.krp.nmissed + sk->u.krp.kp.nmissed;
	else
		n = sk->u.kp.nmissed;
	atomic_add(n, &stp_skipped);
}

static void stp_kprobes_disarm(void)
{
	int i;

	for (i = stp_nkprobes - 1; i >= 0; i--) {
		struct stp_kprobe *sk = &stp_kprobes[i];

		if (!sk->registered)
			continue;
		if (sk->probe->kind == STP_PROBE_KRETPROBE)
			unregister_kretprobe(&sk->u.krp);
		else
			unregister_kprobe(&sk->u.kp);
		sk->registered = false;
		stp_kprobe_add_missed(sk);
	}
	kfree(stp_kprobes);
	stp_kprobes = NULL;
	stp_nkprobes = 0;
}

static int stp_kprobes_arm(void)
{
	int i, n = 0, rc;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_is_kprobe(&stp_probe_table[i]);
	if (!n)
		return 0;
	stp_kprobes = kcalloc(n, sizeof(*stp_kprobes), GFP_KERNEL);
	if (!stp_kprobes)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		struct stp_kprobe *sk;

		if (!stp_is_kprobe(&stp_probe_table[i]))
			continue;
		sk = &stp_kprobes[stp_nkprobes++];
		sk->probe = &stp_probe_table[i];
		rc = stp_kprobe_register(sk);
		sk->registered = !rc;
		/* as stap: a module's probe fails quietly (not loaded) */
		if (rc && !sk->probe->symbol)
			stp_transport_msg("WARNING: probe %s (address %#lx) registration error [man warning::pass5] (rc %d)\n",
					  sk->probe->pp, sk->probe->kaddr, rc);
		else if (rc && !strchr(sk->probe->symbol, ':'))
			stp_transport_msg("WARNING: probe %s (%s+%u) registration error [man warning::pass5] (rc %d)\n",
					  sk->probe->pp, sk->probe->symbol, 0,
					  rc);
	}
	return 0;
}
