// SPDX-License-Identifier: GPL-2.0
/*
 * stp_tracepoint.c - kernel.trace("sys:name") probes.
 *
 * The kernel's tracepoints are found by name with
 * for_each_kernel_tracepoint().  A tracepoint calls its probes as
 * void f(void *data, <TP_PROTO args>); on x86_64 the first six integer or
 * pointer arguments travel in registers, so one handler taking six
 * unsigned longs reads every tracepoint whose arguments are all scalars
 * (pass 3 refuses the others).  The words land in c->tp_args, where the
 * generated code reads $NAME with the argument's own C type.  Tracepoints
 * of modules are not searched (pass 3 never emits them).
 */
#include <linux/tracepoint.h>

#ifndef CONFIG_X86_64
#error "stp_tracepoint.c reads tracepoint arguments the x86_64 way"
#endif

struct stp_tp {
	const struct stp_probe *probe;
	struct tracepoint *tp;
	bool registered;
};

static struct stp_tp *stp_tps;
static int stp_ntps;

static void stp_tp_handler(void *data, unsigned long a0, unsigned long a1,
			   unsigned long a2, unsigned long a3,
			   unsigned long a4, unsigned long a5)
{
	const unsigned long args[6] = { a0, a1, a2, a3, a4, a5 };

	stp_probe_run_with(data, NULL, STP_RUNNING, args, NULL);
}

static void stp_tp_find(struct tracepoint *tp, void *priv)
{
	struct stp_tp *t = priv;

	if (!t->tp && !strcmp(tp->name, t->probe->tp_name))
		t->tp = tp;
}

static void stp_tracepoints_disarm(void)
{
	bool any = false;
	int i;

	for (i = stp_ntps - 1; i >= 0; i--) {
		struct stp_tp *t = &stp_tps[i];

		if (!t->registered)
			continue;
		tracepoint_probe_unregister(t->tp, (void *)stp_tp_handler,
					    (void *)t->probe);
		t->registered = false;
		any = true;
	}
	if (any)	/* no handler still running when the module goes */
		tracepoint_synchronize_unregister();
	kfree(stp_tps);
	stp_tps = NULL;
	stp_ntps = 0;
}

static int stp_tracepoints_arm(void)
{
	int i, n = 0, rc = 0;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_probe_table[i].kind == STP_PROBE_TRACEPOINT;
	if (!n)
		return 0;
	stp_tps = kcalloc(n, sizeof(*stp_tps), GFP_KERNEL);
	if (!stp_tps)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		struct stp_tp *t;

		if (stp_probe_table[i].kind != STP_PROBE_TRACEPOINT)
			continue;
		t = &stp_tps[stp_ntps++];
		t->probe = &stp_probe_table[i];
		for_each_kernel_tracepoint(stp_tp_find, t);
		rc = t->tp ? tracepoint_probe_register(t->tp,
						       (void *)stp_tp_handler,
						       (void *)t->probe)
			   : -ENOENT;
		if (rc) {
			stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %d)\n",
					  t->probe->pp, rc);
			stp_tracepoints_disarm();
			return rc;
		}
		t->registered = true;
	}
	return 0;
}
