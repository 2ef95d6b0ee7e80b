// SPDX-License-Identifier: GPL-2.0
/*
 * vmrig_hello - the guest rig's self-test module (t/vm/selftest).
 *
 * On load it logs "vmrig_hello: loaded" and creates /proc/vmrig_hello,
 * which reads "hello from vmrig_hello"; on unload it removes the file and
 * logs "vmrig_hello: unloaded".  Parameters provoke the failures the rig
 * must catch:
 *   oops=1  dereference NULL in init (an oops; with oops=panic, a panic)
 *   warn=1  WARN_ON(1) in init, then load normally (a WARNING: CPU splat)
 */
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>

static int oops;
module_param(oops, int, 0444);
MODULE_PARM_DESC(oops, "dereference NULL at load time");

static int warn;
module_param(warn, int, 0444);
MODULE_PARM_DESC(warn, "WARN_ON(1) at load time");

static struct proc_dir_entry *entry;

static int hello_show(struct seq_file *m, void *v)
{
	seq_puts(m, "hello from vmrig_hello\n");
	return 0;
}

static int __init hello_init(void)
{
	if (oops) {
		int *volatile p = NULL;

		pr_info("vmrig_hello: provoking an oops\n");
		return *p;
	}
	WARN_ON(warn);
	entry = proc_create_single("vmrig_hello", 0444, NULL, hello_show);
	if (!entry)
		return -ENOMEM;
	pr_info("vmrig_hello: loaded\n");
	return 0;
}

static void __exit hello_exit(void)
{
	proc_remove(entry);
	pr_info("vmrig_hello: unloaded\n");
}

module_init(hello_init);
module_exit(hello_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("guest rig self-test module");
