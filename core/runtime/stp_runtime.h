/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stp_runtime.h - the one include of a generated module.
 *
 * The runtime is compiled into the module as one translation unit (all
 * static), in dependency order.  Generated code then defines its globals,
 * its handlers, its probe table, and calls STP_MODULE(table, globals_init,
 * globals_free).  See README.md for the API pass 3 emits calls to.
 */
#ifndef STP_RUNTIME_H
#define STP_RUNTIME_H

#include <linux/module.h>
#include <linux/kernel.h>
#include "stp_proto.h"
#include "stp_defs.h"
/* a module uses the parts of the API its script needs */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#include "stp_transport.c"
#include "stp_print.c"
#include "stp_session.c"
#include "stp_procfs.c"
#include "stp_kprobe.c"
#include "stp_tracepoint.c"
#include "stp_perf.c"
#include "stp_stat.c"
#include "stp_map.c"
#include "stp_regex.c"
#include "stp_mem.c"
#include "stp_uprobe.c"
#include "stp_netfilter.c"
#pragma GCC diagnostic pop

/*
 * The module's init and exit.  'gfree' must accept partially initialized
 * globals (every pointer NULL or valid), like a libbpf destructor.
 */
#define STP_MODULE(table, ginit, gfree)					\
	static int __init stp_module_init(void)				\
	{								\
		int rc = stp_session_init(table, ARRAY_SIZE(table), ginit); \
		if (rc)							\
			gfree();					\
		return rc;						\
	}								\
	static void __exit stp_module_exit(void)			\
	{								\
		stp_session_exit();					\
		gfree();						\
	}								\
	module_init(stp_module_init);					\
	module_exit(stp_module_exit);					\
	MODULE_LICENSE("GPL")

#endif /* STP_RUNTIME_H */
