// SPDX-License-Identifier: GPL-2.0
/*
 * stp_procfs.c - procfs("path").read / .write probes.
 *
 * As SystemTap 4.8: each distinct path is one file under
 * /proc/systemtap/MODULE/ (a path with a '/' is refused at start, as 4.8
 * does on kernels with pde_data()), with the mode
 * pass 3 computed (0444 for a reader, 0222 for writers, less the umask;
 * the default umask is 0044).  One open at a time (others wait, or get
 * EAGAIN with O_NONBLOCK).  An open for reading empties the buffer; the
 * first read runs the read probe, whose '$value = ...' fills it (up to
 * .maxsize(N), default STP_PROCFS_BUFSIZE), and reads return those bytes.
 * A write runs every write probe of the file once, with $value the bytes
 * written (at most the buffer size - 1), and returns the count; if a
 * probe fails (or cannot run) the write fails with EIO.  A read whose
 * probe cannot run (session not running, context busy) fails with EIO.
 *
 * Handlers run with interrupts off, so user memory is copied in and out
 * here in process context, never from a handler.
 */
#include <linux/proc_fs.h>
#include <linux/namei.h>
#include <linux/uaccess.h>

struct stp_pfile {
	const char *path;
	const struct stp_probe *read;	/* the read probe, or NULL */
	bool writable;
	umode_t mode;
	size_t bufsize;
	char *buf;		/* bufsize bytes: the read buffer */
	size_t count;		/* bytes in buf */
	bool needs_fill;
	struct mutex lock;
	int opencount;
	wait_queue_head_t waitq;
};

static struct stp_pfile *stp_pfiles;
static int stp_npfiles;
static struct proc_dir_entry *stp_procfs_dir;	/* /proc/systemtap/MODULE */

static bool stp_is_procfs(const struct stp_probe *p)
{
	return p->kind == STP_PROBE_PROCFS_READ ||
	       p->kind == STP_PROBE_PROCFS_WRITE;
}

/* Open: one at a time; an open for reading starts a fresh fill. */
static int stp_pfile_open(struct inode *inode, struct file *f)
{
	struct stp_pfile *pf = pde_data(inode);
	int rc = 0;

	mutex_lock(&pf->lock);
	while (pf->opencount) {
		mutex_unlock(&pf->lock);
		if (f->f_flags & O_NONBLOCK)
			return -EAGAIN;
		rc = wait_event_interruptible(pf->waitq, !pf->opencount);
		if (rc)
			return rc;
		mutex_lock(&pf->lock);
	}
	pf->opencount++;
	f->private_data = pf;
	if ((f->f_flags & O_ACCMODE) == O_RDONLY && pf->read) {
		pf->buf[0] = '\0';
		pf->count = 0;
		pf->needs_fill = true;
	}
	mutex_unlock(&pf->lock);
	return 0;
}

static int stp_pfile_release(struct inode *inode, struct file *f)
{
	struct stp_pfile *pf = f->private_data;

	mutex_lock(&pf->lock);
	pf->opencount--;
	mutex_unlock(&pf->lock);
	wake_up(&pf->waitq);
	return 0;
}

static ssize_t stp_pfile_read(struct file *f, char __user *ubuf, size_t n,
			      loff_t *pos)
{
	struct stp_pfile *pf = f->private_data;
	struct stp_procfs_data pd;
	ssize_t rc;

	if (!pf->read)
		return 0;
	mutex_lock(&pf->lock);
	if (pf->needs_fill) {
		pd.buf = pf->buf;
		pd.bufsize = pf->bufsize;
		pd.count = 0;
		pf->buf[0] = '\0';
		pf->needs_fill = false;
		/* as stap: a failed handler still gives what it stored */
		if (stp_probe_run_with(pf->read, NULL, STP_RUNNING, NULL,
				       &pd) < 0) {
			pf->buf[0] = '\0';
			pf->count = 0;
			mutex_unlock(&pf->lock);
			return -EIO;
		}
		pf->count = strnlen(pf->buf, pf->bufsize);
	}
	rc = simple_read_from_buffer(ubuf, n, pos, pf->buf, pf->count);
	mutex_unlock(&pf->lock);
	return rc;
}

static ssize_t stp_pfile_write(struct file *f, const char __user *ubuf,
			       size_t n, loff_t *pos)
{
	struct stp_pfile *pf = f->private_data;
	struct stp_procfs_data pd;
	ssize_t rc;
	char *copy;
	int i;

	if (!pf->writable)
		return -EIO;
	/* as stap: a longer write is a short one (the writer goes on) */
	n = min3(n, (size_t)MAXSTRINGLEN - 1, pf->bufsize - 1);
	rc = n;
	copy = kmalloc(n + 1, GFP_KERNEL);
	if (!copy)
		return -ENOMEM;
	if (copy_from_user(copy, ubuf, n)) {
		kfree(copy);
		return -EFAULT;
	}
	copy[n] = '\0';
	for (i = 0; i < stp_probe_count; i++) {
		const struct stp_probe *p = &stp_probe_table[i];

		if (p->kind != STP_PROBE_PROCFS_WRITE || strcmp(p->path, pf->path))
			continue;
		pd.buf = copy;
		pd.bufsize = n + 1;
		pd.count = n;
		if (stp_probe_run_with(p, NULL, STP_RUNNING, NULL, &pd))
			rc = -EIO;
	}
	kfree(copy);
	if (rc > 0)
		*pos += rc;
	return rc;
}

static const struct proc_ops stp_pfile_ops = {
	.proc_open = stp_pfile_open,
	.proc_read = stp_pfile_read,
	.proc_write = stp_pfile_write,
	.proc_lseek = generic_file_llseek,
	.proc_release = stp_pfile_release,
};

/* $value in a write probe: the bytes written, as a string. */
static const char *stp_procfs_value(struct stp_context *c)
{
	if (!c->procfs)
		return "";
	return c->procfs->buf;
}

/* '$value = v' and '$value .= v' in a read probe. */
static void stp_procfs_store(struct stp_context *c, const char *v, bool append)
{
	struct stp_procfs_data *pd = c->procfs;
	size_t len = strlen(v), at;

	if (!pd)
		return;
	at = append ? pd->count : 0;
	if (at + len > pd->bufsize - 1) {
		stp_errorf(c, "buffer size exceeded, consider .maxsize(%lu).",
			   (unsigned long)(at + len + 1));
		len = pd->bufsize - 1 - at;
	}
	memcpy(pd->buf + at, v, len);
	pd->buf[at + len] = '\0';
	pd->count = at + len;
}

static int stp_procfs_add(struct stp_pfile *pf)
{
	mutex_init(&pf->lock);
	init_waitqueue_head(&pf->waitq);
	/* as stap 4.8 on kernels with pde_data(): no subdirectories */
	if (strchr(pf->path, '/')) {
		stp_transport_msg("ERROR: Could not create path \"%s\", contains subdirectories\n",
				  pf->path);
		return -EPERM;
	}
	pf->buf = kzalloc(pf->bufsize, GFP_KERNEL);
	if (!pf->buf)
		return -ENOMEM;
	if (!proc_create_data(pf->path, pf->mode, stp_procfs_dir,
			      &stp_pfile_ops, pf))
		return -EEXIST;
	return 0;
}

static void stp_procfs_disarm(void)
{
	int i;

	if (stp_procfs_dir)
		proc_remove(stp_procfs_dir);	/* waits for open files */
	stp_procfs_dir = NULL;
	for (i = 0; i < stp_npfiles; i++)
		kfree(stp_pfiles[i].buf);
	kfree(stp_pfiles);
	stp_pfiles = NULL;
	stp_npfiles = 0;
}

static struct stp_pfile *stp_pfile_find(const char *path)
{
	int i;

	for (i = 0; i < stp_npfiles; i++)
		if (!strcmp(stp_pfiles[i].path, path))
			return &stp_pfiles[i];
	return NULL;
}

/* The first write probe of a file (for messages). */
static const struct stp_probe *stp_pfile_writer(const struct stp_pfile *pf)
{
	int i;

	for (i = 0; i < stp_probe_count; i++)
		if (stp_probe_table[i].kind == STP_PROBE_PROCFS_WRITE &&
		    !strcmp(stp_probe_table[i].path, pf->path))
			return &stp_probe_table[i];
	return NULL;
}

/* Group the table's procfs rows by path, one stp_pfile each. */
static int stp_procfs_collect(void)
{
	int i;

	stp_pfiles = kcalloc(stp_probe_count, sizeof(*stp_pfiles), GFP_KERNEL);
	if (!stp_pfiles)
		return -ENOMEM;
	for (i = 0; i < stp_probe_count; i++) {
		const struct stp_probe *p = &stp_probe_table[i];
		struct stp_pfile *pf;

		if (!stp_is_procfs(p))
			continue;
		pf = stp_pfile_find(p->path);
		if (!pf) {
			pf = &stp_pfiles[stp_npfiles++];
			pf->path = p->path;
			pf->mode = p->perm;
			pf->bufsize = STP_PROCFS_BUFSIZE;
		}
		if (p->kind == STP_PROBE_PROCFS_READ) {
			pf->read = p;
			if (p->maxsize)
				pf->bufsize = p->maxsize;
		} else {
			pf->writable = true;
		}
	}
	return 0;
}

/*
 * /proc/systemtap is shared by stap modules: made when missing and left
 * behind, as stap does (procfs cannot tell whether a directory is empty);
 * then /proc/systemtap/MODULE, named as a path from the proc root.
 */
static int stp_procfs_module_dir(void)
{
	struct path path;

	if (kern_path("/proc/systemtap", 0, &path))
		proc_mkdir("systemtap", NULL);
	else
		path_put(&path);
	stp_procfs_dir = proc_mkdir("systemtap/" KBUILD_MODNAME, NULL);
	return stp_procfs_dir ? 0 : -EINVAL;
}

static int stp_procfs_arm(void)
{
	const struct stp_probe *first = NULL;
	int i, rc;

	for (i = 0; i < stp_probe_count && !first; i++)
		if (stp_is_procfs(&stp_probe_table[i]))
			first = &stp_probe_table[i];
	if (!first)
		return 0;
	rc = stp_procfs_collect();
	if (!rc)
		rc = stp_procfs_module_dir();
	for (i = 0; !rc && i < stp_npfiles; i++) {
		rc = stp_procfs_add(&stp_pfiles[i]);
		if (rc)
			first = stp_pfiles[i].read ? stp_pfiles[i].read
						   : stp_pfile_writer(&stp_pfiles[i]);
	}
	if (rc) {
		stp_transport_msg("ERROR: probe %s registration error [man warning::pass5] (rc %d)\n",
				  first->pp, rc);
		stp_procfs_disarm();
	}
	return rc;
}
