// SPDX-License-Identifier: GPL-2.0
/*
 * stp_perf.c - perf.type(T).config(C).sample(N) probes.
 *
 * One kernel counter per online CPU (perf_event_create_kernel_counter),
 * sampling every N events; the overflow handler runs the probe with the
 * sampled registers in c->regs.  An event the machine lacks (hardware
 * counters under TCG) fails to arm: "ERROR: probe PP registration error"
 * and the session ends cleanly.  perf.*.process (per-task counters) is
 * refused by pass 3.
 */
#include <linux/perf_event.h>
#include <linux/cpu.h>

struct stp_perf {
	const struct stp_probe *probe;
	struct perf_event **events;	/* one per possible CPU, or NULL */
};

static struct stp_perf *stp_perfs;
static int stp_nperfs;

static void stp_perf_overflow(struct perf_event *e,
			      struct perf_sample_data *data,
			      struct pt_regs *regs)
{
	const struct stp_probe *p = e->overflow_handler_context;

	stp_probe_run(p, regs, STP_RUNNING);
}

static void stp_perf_release(struct stp_perf *pp)
{
	int cpu;

	if (!pp->events)
		return;
	for_each_possible_cpu(cpu)
		if (pp->events[cpu])
			perf_event_release_kernel(pp->events[cpu]);
	kfree(pp->events);
	pp->events = NULL;
}

static void stp_perf_disarm(void)
{
	int i;

	for (i = stp_nperfs - 1; i >= 0; i--)
		stp_perf_release(&stp_perfs[i]);
	kfree(stp_perfs);
	stp_perfs = NULL;
	stp_nperfs = 0;
}

static int stp_perf_arm_one(struct stp_perf *pp)
{
	const struct stp_probe *p = pp->probe;
	struct perf_event_attr attr = {
		.type = p->perf_type,
		.size = sizeof(attr),
		.config = p->perf_config,
		.sample_period = p->sample_period,
		.pinned = 1,
	};
	int cpu, rc = 0;

	pp->events = kcalloc(nr_cpu_ids, sizeof(*pp->events), GFP_KERNEL);
	if (!pp->events)
		return -ENOMEM;
	cpus_read_lock();
	for_each_online_cpu(cpu) {
		struct perf_event *e;

		e = perf_event_create_kernel_counter(&attr, cpu, NULL,
						     stp_perf_overflow,
						     (void *)p);
		if (IS_ERR(e)) {
			rc = PTR_ERR(e);
			break;
		}
		pp->events[cpu] = e;
	}
	cpus_read_unlock();
	return rc;
}

static int stp_perf_arm(void)
{
	int i, n = 0, rc;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_probe_table[i].kind == STP_PROBE_PERF;
	if (!n)
		return 0;
	stp_perfs = kcalloc(n, sizeof(*stp_perfs), GFP_KERNEL);
	if (!stp_perfs)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		struct stp_perf *pp;

		if (stp_probe_table[i].kind != STP_PROBE_PERF)
			continue;
		pp = &stp_perfs[stp_nperfs++];
		pp->probe = &stp_probe_table[i];
		rc = stp_perf_arm_one(pp);
		if (rc) {
			stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %d)\n",
					  pp->probe->pp, rc);
			stp_perf_disarm();
			return rc;
		}
	}
	return 0;
}
