// SPDX-License-Identifier: GPL-2.0
/*
 * bare_uprobe.ko - the floor for t/bench/uprobe: one uprobe with a handler
 * that only counts, registered by inode and offset as our runtime and
 * SystemTap's do, with nothing of a tracing runtime around it.
 *
 *   insmod bare_uprobe.ko path=/abs/binary offset=0xFILEOFFSET
 *   cat /sys/module/bare_uprobe/parameters/hits
 */
#include <linux/fs.h>
#include <linux/module.h>
#include <linux/namei.h>
#include <linux/uprobes.h>

static char *path;
static unsigned long offset;
static unsigned long hits;
module_param(path, charp, 0);
module_param(offset, ulong, 0);
module_param(hits, ulong, 0444);

static struct inode *inode;

static int bare_handler(struct uprobe_consumer *uc, struct pt_regs *regs)
{
	hits++;
	return 0;
}

static struct uprobe_consumer consumer = {.handler = bare_handler};

static int __init bare_init(void)
{
	struct path p;
	int rc;

	if (!path || !offset)
		return -EINVAL;
	rc = kern_path(path, LOOKUP_FOLLOW, &p);
	if (rc)
		return rc;
	inode = igrab(d_inode(p.dentry));
	path_put(&p);
	if (!inode)
		return -ENOENT;
	rc = uprobe_register(inode, offset, &consumer);
	if (rc)
		iput(inode);
	return rc;
}

static void __exit bare_exit(void)
{
	uprobe_unregister(inode, offset, &consumer);
	iput(inode);
}

module_init(bare_init);
module_exit(bare_exit);
MODULE_LICENSE("GPL");
