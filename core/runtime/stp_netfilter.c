// SPDX-License-Identifier: GPL-2.0
/*
 * stp_netfilter.c - netfilter.hook("H").pf("PF")[.priority("P")] probes.
 *
 * Each probe is one nf_hook_ops registered in the initial network
 * namespace.  The hook function hands the handler the words the script
 * reads as $hooknum $skb $in $out $okfn in c->tp_args[0..4]; tp_args[5]
 * points at the verdict on the hook's own stack, which a guru-mode
 * `$verdict = NF_DROP` sets and the hook then returns.  The verdict
 * starts as NF_ACCEPT, so a handler that errors or is skipped lets the
 * packet through.  Only NF_DROP and NF_ACCEPT (and NF_STOP's old value)
 * are honoured: any other value could hand the skb to a queue or free
 * path the packet was not prepared for, so it is read as NF_ACCEPT.
 */
#include <linux/netfilter.h>
#include <net/net_namespace.h>

struct stp_nf {
	const struct stp_probe *probe;
	struct nf_hook_ops ops;
	bool registered;
};

static struct stp_nf *stp_nfs;
static int stp_nnfs;

static unsigned int stp_nf_hook(void *priv, struct sk_buff *skb,
				const struct nf_hook_state *state)
{
	unsigned int verdict = NF_ACCEPT;
	unsigned long args[6] = {
		state->hook, (unsigned long)skb, (unsigned long)state->in,
		(unsigned long)state->out, (unsigned long)state->okfn,
		(unsigned long)&verdict,
	};

	stp_probe_run_with(priv, NULL, STP_RUNNING, args, NULL);
	return verdict == NF_DROP ? NF_DROP : NF_ACCEPT;
}

static void stp_netfilter_disarm(void)
{
	int i;

	for (i = stp_nnfs - 1; i >= 0; i--) {
		struct stp_nf *n = &stp_nfs[i];

		/* waits for running hooks (synchronize_net) */
		if (n->registered)
			nf_unregister_net_hook(&init_net, &n->ops);
		n->registered = false;
	}
	kfree(stp_nfs);
	stp_nfs = NULL;
	stp_nnfs = 0;
}

static int stp_netfilter_arm(void)
{
	int i, n = 0, rc;

	for (i = 0; i < stp_probe_count; i++)
		n += stp_probe_table[i].kind == STP_PROBE_NETFILTER;
	if (!n)
		return 0;
	stp_nfs = kcalloc(n, sizeof(*stp_nfs), GFP_KERNEL);
	if (!stp_nfs)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		const struct stp_probe *p = &stp_probe_table[i];
		struct stp_nf *f;

		if (p->kind != STP_PROBE_NETFILTER)
			continue;
		f = &stp_nfs[stp_nnfs++];
		f->probe = p;
		f->ops.hook = stp_nf_hook;
		f->ops.priv = (void *)p;
		f->ops.pf = p->nf_pf;
		f->ops.hooknum = p->nf_hook;
		f->ops.priority = p->nf_priority;
		rc = nf_register_net_hook(&init_net, &f->ops);
		if (rc) {
			stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %d)\n",
					  p->pp, rc);
			stp_netfilter_disarm();
			return rc;
		}
		f->registered = true;
	}
	return 0;
}
