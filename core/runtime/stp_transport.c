// SPDX-License-Identifier: GPL-2.0
/*
 * stp_transport.c - output and control channels to staprun.
 *
 * Two byte rings, preallocated at load: 'data' carries the script's
 * output, 'ctl' carries records (stp_proto.h) for stderr and session
 * events.  Writers are probe handlers in any context: they take the ring
 * lock with interrupts off, copy, and never wake anybody (a wake-up from
 * inside the scheduler could deadlock).  Readers poll instead: a read
 * sleeps in short slices until bytes arrive (or, with O_NONBLOCK, fails
 * with EAGAIN and the reader sleeps in user space).  When a ring is full the
 * bytes are dropped and counted, never blocked on.
 */
#include <linux/proc_fs.h>
#include <linux/uaccess.h>
#include <linux/vmalloc.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/sched/signal.h>

struct stp_ring {
	spinlock_t lock;
	char *buf;
	size_t size;
	size_t head;		/* next byte written, mod size */
	size_t tail;		/* next byte read, mod size */
	size_t used;
	u64 total;		/* bytes ever accepted (stp_ctl_mark) */
	atomic_t opened;
};

static struct stp_ring stp_data_ring, stp_ctl_ring;
static atomic64_t stp_dropped = ATOMIC64_INIT(0);
static DECLARE_WAIT_QUEUE_HEAD(stp_reader_wq);
static struct proc_dir_entry *stp_proc_dir;
static atomic_t stp_unloading = ATOMIC_INIT(0);

static int stp_ring_init(struct stp_ring *r, size_t size)
{
	spin_lock_init(&r->lock);
	r->buf = vmalloc(size);
	if (!r->buf)
		return -ENOMEM;
	r->size = size;
	r->head = r->tail = r->used = 0;
	r->total = 0;
	atomic_set(&r->opened, 0);
	return 0;
}

static void stp_ring_free(struct stp_ring *r)
{
	vfree(r->buf);
	r->buf = NULL;
}

/* Copy 'len' bytes in at head; caller holds the lock and checked room. */
static void stp_ring_put(struct stp_ring *r, const void *p, size_t len)
{
	size_t first = min(len, r->size - r->head);

	memcpy(r->buf + r->head, p, first);
	memcpy(r->buf, (const char *)p + first, len - first);
	r->head = (r->head + len) % r->size;
	r->used += len;
}

/* Append two pieces atomically (a record header and its payload). */
static int stp_ring_write2(struct stp_ring *r, const void *a, size_t alen,
			   const void *b, size_t blen)
{
	unsigned long flags;
	int rc = 0;

	if (!r->buf)
		return -ENODEV;
	/* an NMI (perf hardware events) must not spin on a lock its CPU
	 * may hold: it drops the bytes instead */
	if (in_nmi()) {
		if (!spin_trylock_irqsave(&r->lock, flags)) {
			atomic64_add(alen + blen, &stp_dropped);
			return -EBUSY;
		}
	} else {
		spin_lock_irqsave(&r->lock, flags);
	}
	if (r->size - r->used < alen + blen) {
		rc = -ENOSPC;
	} else {
		stp_ring_put(r, a, alen);
		stp_ring_put(r, b, blen);
		r->total += alen + blen;
	}
	spin_unlock_irqrestore(&r->lock, flags);
	if (rc)
		atomic64_add(alen + blen, &stp_dropped);
	return rc;
}

/* Take up to 'max' bytes out into 'dst' (kernel memory). */
static size_t stp_ring_take(struct stp_ring *r, char *dst, size_t max)
{
	unsigned long flags;
	size_t n, first;

	spin_lock_irqsave(&r->lock, flags);
	n = min(max, r->used);
	first = min(n, r->size - r->tail);
	memcpy(dst, r->buf + r->tail, first);
	memcpy(dst + first, r->buf, n - first);
	r->tail = (r->tail + n) % r->size;
	r->used -= n;
	spin_unlock_irqrestore(&r->lock, flags);
	return n;
}

static size_t stp_ring_used(struct stp_ring *r)
{
	return READ_ONCE(r->used);
}

/* Script output: called when a handler's print buffer is flushed. */
static void stp_transport_data(const char *p, size_t len)
{
	if (len)
		stp_ring_write2(&stp_data_ring, p, len, NULL, 0);
}

static void stp_transport_ctl(unsigned int type, const void *p, size_t len)
{
	struct stp_ctl_hdr h = { .type = type, .len = len };

	stp_ring_write2(&stp_ctl_ring, &h, sizeof(h), p, len);
}

/* stderr text, formatted: "ERROR: ..." and "WARNING: ..." lines. */
static __printf(1, 2) void stp_transport_msg(const char *fmt, ...)
{
	char buf[STP_MSGLEN + 256];	/* an error_buf and its statement */
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0 && buf[n - 1] != '\n' && n < (int)sizeof(buf) - 1)
		buf[n++] = '\n';
	stp_transport_ctl(STP_CTL_STDERR, buf, n);
}

static void stp_print_flush(struct stp_context *c);

/*
 * A request that staprun carries out in user space (stp_proto.h): the
 * probe's output so far is flushed first, and the record carries the data
 * position it reached, so staprun acts after copying that output.  The
 * data ring stays locked from reading the mark until the record is
 * queued, so no byte past the mark can reach staprun before the record
 * does (staprun reads ctl after each data chunk).
 */
static void stp_transport_request(struct stp_context *c, unsigned int type,
				  const char *str)
{
	struct {
		struct stp_ctl_mark m;
		char str[STP_MSGLEN];
	} rec;
	unsigned long flags;
	size_t len = 0;
	ssize_t n;

	stp_print_flush(c);
	if (str) {
		n = strscpy(rec.str, str, sizeof(rec.str));
		len = (n < 0 ? sizeof(rec.str) - 1 : n) + 1;
	}
	if (!stp_data_ring.buf)
		return;
	/* an NMI must not spin on a lock its CPU may hold */
	if (in_nmi()) {
		if (!spin_trylock_irqsave(&stp_data_ring.lock, flags)) {
			atomic64_add(sizeof(rec.m) + len, &stp_dropped);
			return;
		}
	} else {
		spin_lock_irqsave(&stp_data_ring.lock, flags);
	}
	rec.m.mark = stp_data_ring.total;
	stp_transport_ctl(type, &rec, sizeof(rec.m) + len);
	spin_unlock_irqrestore(&stp_data_ring.lock, flags);
}

/* system(cmd): staprun runs "sh -c cmd" in the background. */
static void stp_system(struct stp_context *c, const char *cmd)
{
	stp_transport_request(c, STP_CTL_SYSTEM, cmd);
}

/* switch_file(): staprun moves on to the next -o output file. */
static void stp_switch_file(struct stp_context *c)
{
	stp_transport_request(c, STP_CTL_SWITCH, NULL);
}

/*
 * A blocking read that polls: sleep in 20 ms slices until the ring has
 * bytes, the module unloads, or a signal comes.  A read never returns 0
 * while the session lives, so 0 means end of stream.
 */
static ssize_t stp_ring_read(struct stp_ring *r, char __user *ubuf,
			     size_t count, bool whole_records, bool nonblock)
{
	char *kbuf;
	size_t n;
	ssize_t rc;

	while (!stp_ring_used(r)) {
		if (atomic_read(&stp_unloading))
			return 0;
		if (nonblock)
			return -EAGAIN;
		if (wait_event_interruptible_timeout(stp_reader_wq,
				stp_ring_used(r) || atomic_read(&stp_unloading),
				msecs_to_jiffies(20)) < 0)
			return -ERESTARTSYS;
	}
	count = min_t(size_t, count, 64 << 10);
	if (whole_records) {
		/* only the ctl reader: it is alone, so the record stays put */
		struct stp_ctl_hdr h;
		unsigned long flags;
		size_t i;

		spin_lock_irqsave(&r->lock, flags);
		for (i = 0; i < sizeof(h); i++)
			((char *)&h)[i] = r->buf[(r->tail + i) % r->size];
		spin_unlock_irqrestore(&r->lock, flags);
		if (count < sizeof(h) + h.len)
			return -EINVAL;
		count = sizeof(h) + h.len;
	}
	kbuf = vmalloc(count);
	if (!kbuf)
		return -ENOMEM;
	n = stp_ring_take(r, kbuf, count);
	rc = copy_to_user(ubuf, kbuf, n) ? -EFAULT : (ssize_t)n;
	vfree(kbuf);
	return rc;
}

static int stp_data_open(struct inode *inode, struct file *f)
{
	return atomic_cmpxchg(&stp_data_ring.opened, 0, 1) ? -EBUSY : 0;
}

static int stp_data_release(struct inode *inode, struct file *f)
{
	atomic_set(&stp_data_ring.opened, 0);
	return 0;
}

static ssize_t stp_data_read(struct file *f, char __user *buf, size_t count,
			     loff_t *ppos)
{
	return stp_ring_read(&stp_data_ring, buf, count, false,
			     f->f_flags & O_NONBLOCK);
}

static int stp_ctl_open(struct inode *inode, struct file *f)
{
	return atomic_cmpxchg(&stp_ctl_ring.opened, 0, 1) ? -EBUSY : 0;
}

static void stp_session_abandon(void);

/* The reader went away (killed?): end the session so unload is clean. */
static int stp_ctl_release(struct inode *inode, struct file *f)
{
	stp_session_abandon();
	atomic_set(&stp_ctl_ring.opened, 0);
	return 0;
}

static ssize_t stp_ctl_read(struct file *f, char __user *buf, size_t count,
			    loff_t *ppos)
{
	return stp_ring_read(&stp_ctl_ring, buf, count, true,
			     f->f_flags & O_NONBLOCK);
}

static int stp_session_command(const char *cmd);

static ssize_t stp_ctl_write(struct file *f, const char __user *buf,
			     size_t count, loff_t *ppos)
{
	char cmd[16];
	size_t n = min(count, sizeof(cmd) - 1);
	int rc;

	if (copy_from_user(cmd, buf, n))
		return -EFAULT;
	cmd[n] = '\0';
	strim(cmd);
	rc = stp_session_command(cmd);
	return rc ? rc : (ssize_t)count;
}

static const struct proc_ops stp_data_ops = {
	.proc_open = stp_data_open,
	.proc_read = stp_data_read,
	.proc_release = stp_data_release,
	.proc_lseek = noop_llseek,
};

static const struct proc_ops stp_ctl_ops = {
	.proc_open = stp_ctl_open,
	.proc_read = stp_ctl_read,
	.proc_write = stp_ctl_write,
	.proc_release = stp_ctl_release,
	.proc_lseek = noop_llseek,
};

static void stp_transport_exit(void)
{
	atomic_set(&stp_unloading, 1);
	wake_up_all(&stp_reader_wq);
	if (stp_proc_dir)
		proc_remove(stp_proc_dir);
	stp_proc_dir = NULL;
	stp_ring_free(&stp_data_ring);
	stp_ring_free(&stp_ctl_ring);
}

static int stp_transport_init(void)
{
	int rc;

	rc = stp_ring_init(&stp_data_ring, STP_TRANSPORT_BUFSIZE);
	if (!rc)
		rc = stp_ring_init(&stp_ctl_ring, STP_CTL_BUFSIZE);
	if (rc)
		goto err_out;
	stp_proc_dir = proc_mkdir(STP_PROC_PREFIX KBUILD_MODNAME, NULL);
	if (!stp_proc_dir) {
		rc = -EEXIST;
		goto err_out;
	}
	if (!proc_create("data", 0400, stp_proc_dir, &stp_data_ops) ||
	    !proc_create("ctl", 0600, stp_proc_dir, &stp_ctl_ops)) {
		rc = -ENOMEM;
		goto err_out;
	}
	return 0;
err_out:
	pr_err("%s: transport: cannot set up /proc/%s%s: %d\n", KBUILD_MODNAME,
	       STP_PROC_PREFIX, KBUILD_MODNAME, rc);
	stp_transport_exit();
	return rc;
}
