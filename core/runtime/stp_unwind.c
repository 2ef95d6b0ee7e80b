// SPDX-License-Identifier: GPL-2.0
/*
 * stp_unwind.c - user-space symbols and backtraces: ubacktrace(),
 * print_ubacktrace(), ucallers(), usymname(), usymdata(), umodname()
 * (the ucontext tapsets).
 *
 * Pass 3 (core/usyms.c) includes this file after stp_runtime.h when the
 * script uses those functions, with STP_NUMODS defined, and then defines
 * stp_umods[]: per object (-d, --ldd, probed binaries) its PT_LOAD
 * segments, sorted symbols, .debug_frame, .eh_frame and .eh_frame_hdr.
 *
 * A PC is mapped to an object through the task's VMA: the VMA's inode is
 * compared with the inodes of the objects' paths and of the paths they
 * were named by (resolved when the module loads, build-ids checked), and
 * its file offset gives the link-time address through the object's
 * segments.  As stap's VMA tracker: nothing resolves in staprun itself
 * (begin and end probes run there), and with -x/-c an unknown object is
 * named only in the target.  The mmap lock is only ever try-locked (probes
 * run with interrupts off, in any context); it is released by an
 * irq_work once interrupts are back on, so that the up_read() never runs
 * where it could wake a writer under a scheduler lock, and so one lock
 * serves every lookup of a handler.  No lock: no symbols (hex only).
 *
 * The unwinder runs the CFI (DW_CFA_* programs of the CIE and FDE as gcc
 * emits them, with the CIE augmentations z, R, P, L, S) for x86_64: CFA
 * rules (register+offset or an expression, as in PLT entries), register
 * rules for every DWARF register 0-16 (16 is the return address).  User
 * memory is read with copy_from_user_nofault().  It stops at
 * MAXBACKTRACE frames, at an undefined return address (the outermost
 * frame), at a CFA that does not grow, at a fault, and at a PC outside
 * the known objects (as stap, which has no unwind data there).  In a
 * known object whose PC has no FDE (code built without CFI) it follows
 * the frame pointer instead.
 *
 * Output formats are stap 4.8's (runtime/sym.c _stp_snprint_addr, whose
 * %p is %#x): print_ubacktrace() lines " 0x4005c4 : f+0x4/0x20 [/path]",
 * ubacktrace() "0x4005c4 0x4005f0 " (a space after each).
 */
#include <linux/irq_work.h>
#include <linux/mm.h>
#include <linux/mmap_lock.h>
#include <linux/dcache.h>
#include <linux/percpu.h>
#include <asm/unaligned.h>
#include <linux/elf.h>
#include <linux/jhash.h>
#include <linux/fs.h>

#ifndef MAXBACKTRACE
#define MAXBACKTRACE 20
#endif
#ifndef NT_GNU_BUILD_ID
#define NT_GNU_BUILD_ID 3
#endif

struct stp_usym {
	unsigned long addr;
	const char *name;
};

struct stp_useg {
	unsigned long off, vaddr, filesz;
};

/* A line table row: from link address addr up to the next row, 'line'
 * of files[file]; line 0 is a gap (the end of a sequence).  12 bytes: a
 * libc's table has some 180,000 rows. */
struct stp_uline {
	u32 addr, line;
	u16 file;
} __packed __aligned(4);

struct stp_umod {
	const char *path, *build_id;
	const char *const *aliases;	/* the paths it was named by, NULL-ended */
	int et_dyn;
	const struct stp_usym *syms;
	unsigned long nsyms;
	const struct stp_useg *segs;
	int nsegs;
	const unsigned char *frame;	/* .eh_frame */
	unsigned long frame_len, frame_addr;
	const unsigned char *dframe;	/* .debug_frame (tried first, as stap) */
	unsigned long dframe_len;
	const unsigned long *didx;	/* its FDEs: start, offset; by start */
	unsigned long ndidx;
	const unsigned char *hdr;	/* .eh_frame_hdr */
	unsigned long hdr_len, hdr_addr;
	const struct stp_uline *lines;	/* by address (pragma:lines only) */
	unsigned long nlines;
	const char *const *files;	/* the source files lines[] name */
};

/* defined by the generated code after this file */
static const struct stp_umod stp_umods[STP_NUMODS + 1];
#define STP_UNAMES 4	/* inodes per object: its path and aliases */
static struct inode *stp_umod_inodes[STP_NUMODS + 1][STP_UNAMES];

/* the STP_SYM_* format flags and stp_addr_fmt(), shared with the kernel's */
#include "stp_ksym.c"

#define STP_UW_NREGS	17	/* DWARF 0-15 (rax..r15) and 16, the ip */
#define STP_UW_RA	16
#define STP_UW_SP	7
#define STP_UW_BP	6
#define STP_UW_STACK	8	/* DW_CFA_remember_state depth */
#define STP_UPATH	256

/* ---- the mmap lock: try-locked, released by an irq_work ---- */

struct stp_ulock {
	struct irq_work work;
	struct mm_struct *mm;	/* read-locked until the work runs */
};

static DEFINE_PER_CPU(struct stp_ulock, stp_ulocks);

static void stp_ulock_release(struct irq_work *w)
{
	struct stp_ulock *l = container_of(w, struct stp_ulock, work);
	struct mm_struct *mm = l->mm;

	l->mm = NULL;
	if (mm)
		mmap_read_unlock_non_owner(mm);
}

/* current->mm, read-locked for the rest of this handler, or NULL. */
static struct mm_struct *stp_umm_get(void)
{
	struct mm_struct *mm = current->mm;
	struct stp_ulock *l;

	if (!mm || (current->flags & PF_KTHREAD))
		return NULL;
	l = this_cpu_ptr(&stp_ulocks);
	if (l->mm == mm)
		return mm;	/* this handler's (or an earlier one's) lock */
	if (l->mm || irq_work_is_busy(&l->work))
		return NULL;
	if (!mmap_read_trylock(mm))
		return NULL;
	l->mm = mm;
	irq_work_queue(&l->work);
	return mm;
}

/* the process that loads the module: staprun's loader, whose children
 * are its reader (begin and end probes run there) and the -c command */
static pid_t stp_ureader;

static bool stp_ureader_self(void)
{
	pid_t parent;

	if (current->tgid == stp_ureader)
		return true;
	rcu_read_lock();
	parent = rcu_dereference(current->real_parent)->tgid;
	rcu_read_unlock();
	return parent == stp_ureader && current->tgid != (pid_t)_stp_target;
}

/* The hex build-id of an ELF file from its PT_NOTE segments, or "". */
static void stp_file_build_id(struct file *f, char *hex, size_t len)
{
	Elf64_Ehdr eh;
	Elf64_Phdr ph;
	u8 *notes;
	loff_t pos = 0;
	int i;

	hex[0] = '\0';
	if (kernel_read(f, &eh, sizeof(eh), &pos) != sizeof(eh) ||
	    memcmp(eh.e_ident, ELFMAG, SELFMAG) || eh.e_phentsize != sizeof(ph) ||
	    eh.e_phnum > 64)
		return;
	notes = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!notes)
		return;
	for (i = 0; i < eh.e_phnum && !hex[0]; i++) {
		size_t n, off = 0;

		pos = eh.e_phoff + i * sizeof(ph);
		if (kernel_read(f, &ph, sizeof(ph), &pos) != sizeof(ph))
			break;
		if (ph.p_type != PT_NOTE)
			continue;
		n = min_t(size_t, ph.p_filesz, PAGE_SIZE);
		pos = ph.p_offset;
		if (kernel_read(f, notes, n, &pos) != (ssize_t)n)
			break;
		while (off + sizeof(Elf64_Nhdr) <= n) {
			Elf64_Nhdr *nh = (Elf64_Nhdr *)(notes + off);
			size_t name = off + sizeof(*nh);
			size_t desc = name + ALIGN(nh->n_namesz, 4);
			size_t k;

			if (desc + nh->n_descsz > n)
				break;
			if (nh->n_type == NT_GNU_BUILD_ID && nh->n_namesz == 4 &&
			    !memcmp(notes + name, "GNU", 4)) {
				for (k = 0; k < nh->n_descsz && 2 * k + 2 < len; k++)
					snprintf(hex + 2 * k, 3, "%02x", notes[desc + k]);
				break;
			}
			off = desc + ALIGN(nh->n_descsz, 4);
		}
	}
	kfree(notes);
}

/*
 * The inode of an object's file at 'path', if it is still the file pass
 * 3 read: stap checks the build-id too, and warns on a mismatch (a file
 * rebuilt since, or another one at that path in a container).
 */
static struct inode *stp_umod_inode(const struct stp_umod *m, const char *path)
{
	struct file *f;
	struct inode *inode;
	char hex[2 * 64 + 1];

	f = filp_open(path, O_RDONLY, 0);
	if (IS_ERR(f))
		return NULL;
	stp_file_build_id(f, hex, sizeof(hex));
	inode = igrab(file_inode(f));
	filp_close(f, NULL);
	if (inode && m->build_id[0] && strcmp(hex, m->build_id)) {
		stp_transport_msg("WARNING: Build-id mismatch [man warning::buildid]: \"%s\" expected %s actual %s\n",
				  path, m->build_id, hex);
		iput(inode);
		return NULL;
	}
	return inode;
}

/*
 * An object's inodes: of its canonical path and of the paths it was
 * named by (a target where /lib is no symlink to /usr/lib maps libc
 * from /lib/x86_64-linux-gnu, and may hold another copy at /usr/lib).
 */
static void stp_umod_inodes_get(int i)
{
	const struct stp_umod *m = &stp_umods[i];
	const char *const *a = m->aliases;
	int n = 0;

	stp_umod_inodes[i][n++] = stp_umod_inode(m, m->path);
	for (; a && *a && n < STP_UNAMES; a++)
		stp_umod_inodes[i][n++] = stp_umod_inode(m, *a);
}

static void stp_umods_init(void)
{
	int i, cpu;

	stp_ureader = current->tgid;
	for_each_possible_cpu(cpu)
		init_irq_work(&per_cpu(stp_ulocks, cpu).work, stp_ulock_release);
	for (i = 0; i < STP_NUMODS; i++)
		stp_umod_inodes_get(i);
}

static void stp_umods_free(void)
{
	int i, k, cpu;

	for_each_possible_cpu(cpu)
		irq_work_sync(&per_cpu(stp_ulocks, cpu).work);
	for (i = 0; i < STP_NUMODS; i++) {
		for (k = 0; k < STP_UNAMES; k++) {
			if (stp_umod_inodes[i][k])
				iput(stp_umod_inodes[i][k]);
			stp_umod_inodes[i][k] = NULL;
		}
	}
}

/* ---- PC to object ---- */

struct stp_uloc {
	int mod;		/* index in stp_umods, or -1 */
	unsigned long rel;	/* link-time address in a known object */
	unsigned long vm_start, vm_end;
	const char *path;	/* the object's path, or NULL */
};

/*
 * The path of an object no table names.  d_path() where it is safe (task
 * context); elsewhere (an interrupt may have stopped a rename holding
 * rename_lock on this CPU) the dentry names up to the mount's root, read
 * under RCU: right for files on the root file system.
 */
static const char *stp_upath(struct file *f, char *buf, int len)
{
	struct dentry *d, *root;
	char *p;
	int depth;

	if (in_task()) {
		p = d_path(&f->f_path, buf, len);
		return IS_ERR(p) ? NULL : p;
	}
	p = buf + len - 1;
	*p = '\0';
	root = f->f_path.mnt->mnt_root;
	rcu_read_lock();
	for (d = f->f_path.dentry, depth = 0; d != root && !IS_ROOT(d) &&
	     depth < 64; d = READ_ONCE(d->d_parent), depth++) {
		const char *name = READ_ONCE(d->d_name.name);
		int n = strnlen(name, NAME_MAX);

		if (p - buf < n + 1) {
			rcu_read_unlock();
			return NULL;
		}
		p -= n;
		memcpy(p, name, n);
		*--p = '/';
	}
	rcu_read_unlock();
	return *p ? p : NULL;
}

/* The link-time address of file offset 'off' in object m, or false. */
static bool stp_uoff_rel(const struct stp_umod *m, unsigned long off,
			 unsigned long *rel)
{
	int i;

	for (i = 0; i < m->nsegs; i++) {
		const struct stp_useg *s = &m->segs[i];

		if (off >= s->off && off < s->off + s->filesz) {
			*rel = off - s->off + s->vaddr;
			return true;
		}
	}
	return false;
}

/*
 * The extent stap's VMA tracker records for an object: a library that
 * ld.so mapped (with one mmap of its whole span, then segments over it)
 * is one region from its load base over the span of its PT_LOADs; the
 * executable (mapped by the kernel at exec) is one region per VMA.  The
 * span comes from the ELF and program headers in the object's first
 * page, read from user memory; on any doubt, the VMA itself.
 */
static void stp_uextent(struct mm_struct *mm, struct vm_area_struct *vma,
			struct stp_uloc *l)
{
	unsigned long base = vma->vm_start - (vma->vm_pgoff << PAGE_SHIFT);
	unsigned long lo = ~0UL, hi = 0;
	struct vm_area_struct *first;
	Elf64_Ehdr eh;
	Elf64_Phdr ph;
	int i;

	if (vma->vm_file == mm->exe_file || vma->vm_start < base)
		return;
	first = find_vma(mm, base);
	if (!first || first->vm_start != base || first->vm_pgoff ||
	    !first->vm_file ||
	    file_inode(first->vm_file) != file_inode(vma->vm_file))
		return;
	if (stp_uread(&eh, base, sizeof(eh)) ||
	    memcmp(eh.e_ident, ELFMAG, SELFMAG) || eh.e_phnum > 64 ||
	    eh.e_phentsize != sizeof(ph))
		return;
	for (i = 0; i < eh.e_phnum; i++) {
		if (stp_uread(&ph, base + eh.e_phoff + i * sizeof(ph), sizeof(ph)))
			return;
		if (ph.p_type != PT_LOAD)
			continue;
		lo = min_t(unsigned long, lo, ph.p_vaddr);
		hi = max_t(unsigned long, hi, ph.p_vaddr + ph.p_memsz);
	}
	if (hi <= lo || lo)
		return;
	l->vm_start = base;
	l->vm_end = base + PAGE_ALIGN(hi);
}

static bool stp_uinode_is(int i, const struct inode *inode)
{
	int k;

	for (k = 0; k < STP_UNAMES; k++)
		if (stp_umod_inodes[i][k] == inode)
			return true;
	return false;
}

/* Where is pc?  'buf' (STP_UPATH bytes) holds an unknown object's path;
 * NULL skips them. */
static bool stp_uloc_find(unsigned long pc, struct stp_uloc *l, char *buf)
{
	struct mm_struct *mm = stp_umm_get();
	struct vm_area_struct *vma;
	struct inode *inode;
	unsigned long off;
	int i;

	l->mod = -1;
	l->path = NULL;
	/* as stap's VMA tracker: never the session's own staprun (begin
	 * and end probes run there), and with -x/-c unknown objects only in
	 * the target process */
	if (!mm || stp_ureader_self())
		return false;
	vma = find_vma(mm, pc);
	if (!vma || pc < vma->vm_start || !vma->vm_file)
		return false;
	l->vm_start = vma->vm_start;
	l->vm_end = vma->vm_end;
	if (buf)
		stp_uextent(mm, vma, l);
	inode = file_inode(vma->vm_file);
	off = pc - vma->vm_start + (vma->vm_pgoff << PAGE_SHIFT);
	for (i = 0; i < STP_NUMODS; i++) {
		if (!stp_uinode_is(i, inode))
			continue;
		if (!stp_uoff_rel(&stp_umods[i], off, &l->rel))
			break;
		l->mod = i;
		l->path = stp_umods[i].path;
		return true;
	}
	if (buf && (!_stp_target || current->tgid == (pid_t)_stp_target))
		l->path = stp_upath(vma->vm_file, buf, STP_UPATH);
	return l->path != NULL;
}

/* ---- symbols ---- */

/* stap's lookup: the last symbol at or below rel; its size reaches the
 * next symbol (0 for the last one). */
static const char *stp_usym_find(const struct stp_umod *m, unsigned long rel,
				 unsigned long *offset, unsigned long *size)
{
	unsigned long begin = 0, end = m->nsyms;

	if (!end)
		return NULL;
	do {
		unsigned long mid = (begin + end) / 2;

		if (rel < m->syms[mid].addr)
			end = mid;
		else
			begin = mid;
	} while (begin + 1 < end);
	if (rel < m->syms[begin].addr)
		return NULL;
	*offset = rel - m->syms[begin].addr;
	*size = begin + 1 < m->nsyms ?
		m->syms[begin + 1].addr - m->syms[begin].addr : 0;
	return m->syms[begin].name;
}

struct stp_uscratch {
	char path[STP_UPATH];
	char line[STP_UPATH + 512];
};

/* ---- the unwinder ---- */

enum { STP_R_SAME, STP_R_UNDEF, STP_R_OFFSET, STP_R_VAL_OFFSET, STP_R_REG,
       STP_R_EXPR, STP_R_VAL_EXPR };

struct stp_rrule {
	u8 how;
	long val;		/* offset, or register */
	const u8 *expr;		/* DW_FORM_block: uleb length, then ops */
};

struct stp_cfa {
	int reg;
	long off;
	const u8 *expr;		/* DW_CFA_def_cfa_expression, or NULL */
	struct stp_rrule r[STP_UW_NREGS];
};

struct stp_cie {
	const u8 *insns, *end;
	unsigned long code_align;
	long data_align;
	int ra;
	u8 fde_enc;
	bool aug_z;
};

/* Bounded little-endian reader over one section in link-address space. */
struct stp_rd {
	const u8 *p, *end, *start;
	unsigned long addr;	/* link address of 'start' */
	unsigned long data;	/* DW_EH_PE_datarel base */
	bool err;
};

struct stp_uframe {
	unsigned long r[STP_UW_NREGS];
	u32 valid;		/* bit per register */
};

struct stp_uwork {
	struct stp_uscratch s;
	struct stp_cfa st, init, stack[STP_UW_STACK];
	unsigned long pcs[MAXBACKTRACE];
	int npcs;
};

/* one per CPU: a handler owns its CPU's context, so it owns this too */
static DEFINE_PER_CPU(struct stp_uwork, stp_uworks);

static u64 stp_rd_n(struct stp_rd *r, int n)
{
	u64 v = 0;
	int i;

	if (r->err || r->end - r->p < n) {
		r->err = true;
		return 0;
	}
	for (i = 0; i < n; i++)
		v |= (u64)r->p[i] << (8 * i);
	r->p += n;
	return v;
}

static u64 stp_rd_uleb(struct stp_rd *r)
{
	u64 v = 0;
	int shift = 0;

	while (!r->err) {
		u8 b = (u8)stp_rd_n(r, 1);

		if (shift < 64)
			v |= (u64)(b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	return v;
}

static s64 stp_rd_sleb(struct stp_rd *r)
{
	u64 v = 0;
	int shift = 0;
	u8 b = 0;

	while (!r->err) {
		b = (u8)stp_rd_n(r, 1);
		if (shift < 64)
			v |= (u64)(b & 0x7f) << shift;
		shift += 7;
		if (!(b & 0x80))
			break;
	}
	if (shift < 64 && (b & 0x40))
		v |= -((u64)1 << shift);
	return (s64)v;
}

/* A DW_EH_PE_* encoded pointer (indirect ones are refused). */
static unsigned long stp_rd_ptr(struct stp_rd *r, u8 enc)
{
	unsigned long here = r->addr + (r->p - r->start), v;

	if (enc == 0xff)	/* DW_EH_PE_omit */
		return 0;
	switch (enc & 0x0f) {
	case 0x00: v = stp_rd_n(r, 8); break;
	case 0x01: v = stp_rd_uleb(r); break;
	case 0x02: v = stp_rd_n(r, 2); break;
	case 0x03: v = stp_rd_n(r, 4); break;
	case 0x04: v = stp_rd_n(r, 8); break;
	case 0x09: v = stp_rd_sleb(r); break;
	case 0x0a: v = (s16)stp_rd_n(r, 2); break;
	case 0x0b: v = (s32)stp_rd_n(r, 4); break;
	case 0x0c: v = stp_rd_n(r, 8); break;
	default: r->err = true; return 0;
	}
	switch (enc & 0x70) {
	case 0x00: break;
	case 0x10: v += here; break;		/* pcrel */
	case 0x30: v += r->data; break;		/* datarel */
	default: r->err = true; return 0;
	}
	if (enc & 0x80)
		r->err = true;
	return v;
}

static bool stp_uget(unsigned long addr, unsigned long *v)
{
	return addr < TASK_SIZE_MAX - 8 && !stp_uread(v, addr, sizeof(*v));
}

/* A DWARF expression of CFI (PLT CFAs, DW_CFA_[val_]expression). */
static bool stp_uw_expr(const u8 *blk, const u8 *end, const struct stp_uframe *f,
			bool push_cfa, unsigned long cfa, unsigned long *out)
{
	unsigned long st[8];
	int sp = 0, steps = 0;
	struct stp_rd r = { .p = blk, .end = end, .start = blk };
	u64 len = stp_rd_uleb(&r);

	if (r.err || len > (u64)(r.end - r.p))
		return false;
	r.end = r.p + len;
	if (push_cfa)
		st[sp++] = cfa;
	while (r.p < r.end && !r.err && steps++ < 64) {
		u8 op = (u8)stp_rd_n(&r, 1);
		unsigned long a, b;

		if (op >= 0x30 && op <= 0x4f) {		/* lit0..31 */
			if (sp >= 8)
				return false;
			st[sp++] = op - 0x30;
			continue;
		}
		if (op >= 0x70 && op <= 0x80) {		/* breg0..16 */
			int reg = op - 0x70;

			if (sp >= 8 || !(f->valid & (1u << reg)))
				return false;
			st[sp++] = f->r[reg] + stp_rd_sleb(&r);
			continue;
		}
		switch (op) {
		case 0x08: a = stp_rd_n(&r, 1); goto push;	/* const1u */
		case 0x09: a = (s8)stp_rd_n(&r, 1); goto push;
		case 0x0a: a = stp_rd_n(&r, 2); goto push;
		case 0x0b: a = (s16)stp_rd_n(&r, 2); goto push;
		case 0x0c: a = stp_rd_n(&r, 4); goto push;
		case 0x0d: a = (s32)stp_rd_n(&r, 4); goto push;
		case 0x0e: case 0x0f: a = stp_rd_n(&r, 8); goto push;
		case 0x10: a = stp_rd_uleb(&r); goto push;	/* constu */
		case 0x11: a = stp_rd_sleb(&r); goto push;	/* consts */
		case 0x12: if (!sp) return false; a = st[sp - 1]; goto push;
		case 0x13: if (!sp) return false; sp--; continue;
		case 0x14: if (sp < 2) return false; a = st[sp - 2]; goto push;
		case 0x16:					/* swap */
			if (sp < 2)
				return false;
			swap(st[sp - 1], st[sp - 2]);
			continue;
		case 0x06:					/* deref */
			if (!sp || !stp_uget(st[sp - 1], &st[sp - 1]))
				return false;
			continue;
		case 0x23:					/* plus_uconst */
			if (!sp)
				return false;
			st[sp - 1] += stp_rd_uleb(&r);
			continue;
		case 0x96:					/* nop */
			continue;
		}
		/* binary operators */
		if (sp < 2)
			return false;
		b = st[--sp];
		a = st[sp - 1];
		switch (op) {
		case 0x1a: a &= b; break;
		case 0x1c: a -= b; break;
		case 0x21: a |= b; break;
		case 0x22: a += b; break;
		case 0x24: a = b < 64 ? a << b : 0; break;
		case 0x25: a = b < 64 ? a >> b : 0; break;
		case 0x27: a ^= b; break;
		case 0x29: a = a == b; break;
		case 0x2a: a = (long)a >= (long)b; break;
		case 0x2b: a = (long)a > (long)b; break;
		case 0x2c: a = (long)a <= (long)b; break;
		case 0x2d: a = (long)a < (long)b; break;
		case 0x2e: a = a != b; break;
		default: return false;
		}
		st[sp - 1] = a;
		continue;
push:
		if (sp >= 8)
			return false;
		st[sp++] = a;
	}
	if (r.err || !sp || r.p != r.end)
		return false;
	*out = st[sp - 1];
	return true;
}

/* Skip a DW_FORM_block (uleb length + bytes); its start, or NULL. */
static const u8 *stp_rd_block(struct stp_rd *r)
{
	const u8 *start = r->p;
	u64 len = stp_rd_uleb(r);

	if (r->err || len > (u64)(r->end - r->p)) {
		r->err = true;
		return NULL;
	}
	r->p += len;
	return start;
}

static bool stp_rule_set(struct stp_cfa *st, u64 reg, u8 how, long val,
			 const u8 *expr)
{
	if (reg >= STP_UW_NREGS)
		return true;	/* xmm & co: not needed to unwind */
	st->r[reg].how = how;
	st->r[reg].val = val;
	st->r[reg].expr = expr;
	return true;
}

/*
 * Run a CFA program from 'loc' until it would pass 'target'.  'init' is
 * the state after the CIE's initial instructions (DW_CFA_restore), NULL
 * while running those.
 */
static bool stp_cfa_run(struct stp_uwork *w, const struct stp_cie *cie,
			const u8 *p, const u8 *end, unsigned long loc,
			unsigned long target, const struct stp_cfa *init)
{
	struct stp_rd r = { .p = p, .end = end, .start = p };
	struct stp_cfa *st = &w->st;
	int depth = 0, steps = 0;

	while (r.p < r.end && !r.err && steps++ < 10000) {
		u8 op = (u8)stp_rd_n(&r, 1), lo = op & 0x3f;
		u64 reg, adv = 0;
		s64 off;

		switch (op & 0xc0) {
		case 0x40:		/* DW_CFA_advance_loc */
			adv = lo;
			goto advance;
		case 0x80:		/* DW_CFA_offset */
			off = (s64)stp_rd_uleb(&r) * cie->data_align;
			stp_rule_set(st, lo, STP_R_OFFSET, off, NULL);
			continue;
		case 0xc0:		/* DW_CFA_restore */
			if (!init)
				return false;
			if (lo < STP_UW_NREGS)
				st->r[lo] = init->r[lo];
			continue;
		}
		switch (op) {
		case 0x00:		/* nop */
			break;
		case 0x01:		/* set_loc */
			loc = stp_rd_ptr(&r, cie->fde_enc);
			if (loc > target)
				return !r.err;
			break;
		case 0x02: adv = stp_rd_n(&r, 1); goto advance;
		case 0x03: adv = stp_rd_n(&r, 2); goto advance;
		case 0x04: adv = stp_rd_n(&r, 4); goto advance;
		case 0x05:		/* offset_extended */
			reg = stp_rd_uleb(&r);
			off = (s64)stp_rd_uleb(&r) * cie->data_align;
			stp_rule_set(st, reg, STP_R_OFFSET, off, NULL);
			break;
		case 0x06:		/* restore_extended */
			reg = stp_rd_uleb(&r);
			if (!init)
				return false;
			if (reg < STP_UW_NREGS)
				st->r[reg] = init->r[reg];
			break;
		case 0x07:		/* undefined */
			stp_rule_set(st, stp_rd_uleb(&r), STP_R_UNDEF, 0, NULL);
			break;
		case 0x08:		/* same_value */
			stp_rule_set(st, stp_rd_uleb(&r), STP_R_SAME, 0, NULL);
			break;
		case 0x09:		/* register */
			reg = stp_rd_uleb(&r);
			off = stp_rd_uleb(&r);
			if (off >= STP_UW_NREGS)
				return false;
			stp_rule_set(st, reg, STP_R_REG, off, NULL);
			break;
		case 0x0a:		/* remember_state */
			if (depth >= STP_UW_STACK)
				return false;
			w->stack[depth++] = *st;
			break;
		case 0x0b:		/* restore_state */
			if (!depth)
				return false;
			{
				/* the CFA rule is not part of the saved rows
				 * for gcc's use, but DWARF says it is: restore
				 * all, as libgcc does */
				*st = w->stack[--depth];
			}
			break;
		case 0x0c:		/* def_cfa */
			st->reg = (int)stp_rd_uleb(&r);
			st->off = (long)stp_rd_uleb(&r);
			st->expr = NULL;
			break;
		case 0x0d:		/* def_cfa_register */
			st->reg = (int)stp_rd_uleb(&r);
			st->expr = NULL;
			break;
		case 0x0e:		/* def_cfa_offset */
			st->off = (long)stp_rd_uleb(&r);
			break;
		case 0x0f:		/* def_cfa_expression */
			st->expr = stp_rd_block(&r);
			break;
		case 0x10:		/* expression */
			reg = stp_rd_uleb(&r);
			stp_rule_set(st, reg, STP_R_EXPR, 0, stp_rd_block(&r));
			break;
		case 0x11:		/* offset_extended_sf */
			reg = stp_rd_uleb(&r);
			off = stp_rd_sleb(&r) * cie->data_align;
			stp_rule_set(st, reg, STP_R_OFFSET, off, NULL);
			break;
		case 0x12:		/* def_cfa_sf */
			st->reg = (int)stp_rd_uleb(&r);
			st->off = stp_rd_sleb(&r) * cie->data_align;
			st->expr = NULL;
			break;
		case 0x13:		/* def_cfa_offset_sf */
			st->off = stp_rd_sleb(&r) * cie->data_align;
			break;
		case 0x14:		/* val_offset */
			reg = stp_rd_uleb(&r);
			off = (s64)stp_rd_uleb(&r) * cie->data_align;
			stp_rule_set(st, reg, STP_R_VAL_OFFSET, off, NULL);
			break;
		case 0x15:		/* val_offset_sf */
			reg = stp_rd_uleb(&r);
			off = stp_rd_sleb(&r) * cie->data_align;
			stp_rule_set(st, reg, STP_R_VAL_OFFSET, off, NULL);
			break;
		case 0x16:		/* val_expression */
			reg = stp_rd_uleb(&r);
			stp_rule_set(st, reg, STP_R_VAL_EXPR, 0, stp_rd_block(&r));
			break;
		case 0x2e:		/* GNU_args_size */
			stp_rd_uleb(&r);
			break;
		case 0x2f:		/* GNU_negative_offset_extended */
			reg = stp_rd_uleb(&r);
			off = -(s64)stp_rd_uleb(&r) * cie->data_align;
			stp_rule_set(st, reg, STP_R_OFFSET, off, NULL);
			break;
		default:
			return false;
		}
		continue;
advance:
		loc += adv * cie->code_align;
		if (loc > target)
			return !r.err;
	}
	return !r.err;
}

/* One CFI section: .eh_frame, or .debug_frame (CIE ids and pointers
 * differ; its addresses are absolute). */
struct stp_usec {
	const u8 *frame;
	unsigned long frame_len, frame_addr;
	int debug_frame;
};

/* The CIE at 'off' in the section. */
static bool stp_cie_parse(const struct stp_usec *m, unsigned long off,
			  struct stp_cie *cie)
{
	struct stp_rd r = { .p = m->frame + off, .end = m->frame + m->frame_len,
			    .start = m->frame, .addr = m->frame_addr };
	u64 len, id;
	const char *aug;
	const u8 *aug_end = NULL;
	u8 version;

	if (off >= m->frame_len)
		return false;
	len = stp_rd_n(&r, 4);
	if (len == 0xffffffff || len > (u64)(r.end - r.p))
		return false;
	r.end = r.p + len;
	id = stp_rd_n(&r, 4);
	if (id != (m->debug_frame ? 0xffffffff : 0))
		return false;
	version = (u8)stp_rd_n(&r, 1);
	aug = (const char *)r.p;
	while (r.p < r.end && *r.p)
		r.p++;
	stp_rd_n(&r, 1);
	if (version >= 4)
		stp_rd_n(&r, 2);	/* address and segment sizes */
	memset(cie, 0, sizeof(*cie));
	cie->fde_enc = 0x00;	/* absptr: .debug_frame's */
	cie->code_align = stp_rd_uleb(&r);
	cie->data_align = stp_rd_sleb(&r);
	cie->ra = version == 1 ? (int)stp_rd_n(&r, 1) : (int)stp_rd_uleb(&r);
	if (*aug == 'z') {
		u64 alen = stp_rd_uleb(&r);

		if (r.err || alen > (u64)(r.end - r.p))
			return false;
		aug_end = r.p + alen;
		cie->aug_z = true;
		aug++;
	}
	for (; *aug && !r.err; aug++) {
		if (*aug == 'R')
			cie->fde_enc = (u8)stp_rd_n(&r, 1);
		else if (*aug == 'L')
			stp_rd_n(&r, 1);
		else if (*aug == 'P')
			stp_rd_ptr(&r, (u8)stp_rd_n(&r, 1) & 0x7f);
		else if (*aug == 'S')
			;	/* signal frame */
		else if (aug_end)
			break;	/* unknown, but 'z' says how far to skip */
		else
			return false;
	}
	if (aug_end)
		r.p = aug_end;
	cie->insns = r.p;
	cie->end = r.end;
	return !r.err && cie->ra >= 0 && cie->ra < STP_UW_NREGS;
}

/*
 * The FDE at 'off' if it covers rel: its CIE, its start, its program.
 * false when it does not cover rel or cannot be read.
 */
static bool stp_fde_parse(const struct stp_usec *m, unsigned long off,
			  unsigned long rel, struct stp_cie *cie,
			  unsigned long *start, const u8 **insns, const u8 **end)
{
	struct stp_rd r = { .p = m->frame + off, .end = m->frame + m->frame_len,
			    .start = m->frame, .addr = m->frame_addr };
	u64 len, id;
	unsigned long range, cie_off;
	const u8 *idp;

	if (off >= m->frame_len)
		return false;
	len = stp_rd_n(&r, 4);
	if (!len || len == 0xffffffff || len > (u64)(r.end - r.p))
		return false;
	r.end = r.p + len;
	idp = r.p;
	id = stp_rd_n(&r, 4);
	if (m->debug_frame) {
		if (id == 0xffffffff)
			return false;
		cie_off = id;
	} else {
		if (!id || id > (u64)(idp - m->frame))
			return false;
		cie_off = (idp - m->frame) - id;
	}
	if (!stp_cie_parse(m, cie_off, cie))
		return false;
	*start = stp_rd_ptr(&r, cie->fde_enc);
	range = stp_rd_ptr(&r, cie->fde_enc & 0x0f);
	if (r.err || rel < *start || rel - *start >= range)
		return false;
	if (cie->aug_z) {
		u64 alen = stp_rd_uleb(&r);

		if (r.err || alen > (u64)(r.end - r.p))
			return false;
		r.p += alen;
	}
	*insns = r.p;
	*end = r.end;
	return !r.err;
}

/* The offset of the FDE covering rel through .eh_frame_hdr's sorted
 * table (datarel sdata4, what ld writes), or -1. */
static long stp_fde_hdr(const struct stp_umod *m, unsigned long rel)
{
	struct stp_rd r = { .p = m->hdr, .end = m->hdr + m->hdr_len,
			    .start = m->hdr, .addr = m->hdr_addr,
			    .data = m->hdr_addr };
	unsigned long count, lo = 0, hi, fde;
	u8 ptr_enc, cnt_enc, tab_enc;
	const u8 *tab;

	if (!m->hdr || m->hdr_len < 4 || m->hdr[0] != 1)
		return -2;
	stp_rd_n(&r, 1);
	ptr_enc = (u8)stp_rd_n(&r, 1);
	cnt_enc = (u8)stp_rd_n(&r, 1);
	tab_enc = (u8)stp_rd_n(&r, 1);
	stp_rd_ptr(&r, ptr_enc);
	count = stp_rd_ptr(&r, cnt_enc);
	if (r.err || tab_enc != 0x3b || count > (unsigned long)(r.end - r.p) / 8)
		return -2;
	tab = r.p;
	hi = count;
	if (!count || rel < m->hdr_addr + (s32)get_unaligned_le32(tab))
		return -1;
	while (lo + 1 < hi) {
		unsigned long mid = (lo + hi) / 2;

		if (rel < m->hdr_addr + (s32)get_unaligned_le32(tab + 8 * mid))
			hi = mid;
		else
			lo = mid;
	}
	fde = m->hdr_addr + (s32)get_unaligned_le32(tab + 8 * lo + 4);
	if (fde < m->frame_addr || fde - m->frame_addr >= m->frame_len)
		return -1;
	return fde - m->frame_addr;
}

/* The offset of the .debug_frame FDE that may cover rel, by the index
 * pass 3 made, or -1 (-2: no index, scan). */
static long stp_fde_didx(const struct stp_umod *m, unsigned long rel)
{
	unsigned long lo = 0, hi = m->ndidx;

	if (!m->didx || !hi)
		return -2;
	if (rel < m->didx[0])
		return -1;
	while (lo + 1 < hi) {
		unsigned long mid = (lo + hi) / 2;

		if (rel < m->didx[2 * mid])
			hi = mid;
		else
			lo = mid;
	}
	return m->didx[2 * lo + 1] < m->dframe_len ? (long)m->didx[2 * lo + 1] : -1;
}

/* The FDE covering rel in one section: by .eh_frame_hdr's table when
 * there is one, else by a scan. */
static bool stp_fde_in(const struct stp_umod *m, const struct stp_usec *sec,
		       unsigned long rel, struct stp_cie *cie,
		       unsigned long *start, const u8 **insns, const u8 **end)
{
	long off;
	unsigned long pos = 0;
	int n = 0;

	if (!sec->frame)
		return false;
	off = sec->debug_frame ? stp_fde_didx(m, rel) : stp_fde_hdr(m, rel);
	if (off >= 0)
		return stp_fde_parse(sec, off, rel, cie, start, insns, end);
	if (off == -1)
		return false;
	while (pos + 8 <= sec->frame_len && n++ < 100000) {
		u32 len = get_unaligned_le32(sec->frame + pos);

		if (!len || len == 0xffffffff)
			break;
		if (stp_fde_parse(sec, pos, rel, cie, start, insns, end))
			return true;
		pos += 4 + (unsigned long)len;
	}
	return false;
}

/* Find and decode the FDE covering rel: .debug_frame, then .eh_frame. */
static bool stp_fde_find(const struct stp_umod *m, unsigned long rel,
			 struct stp_cie *cie, unsigned long *start,
			 const u8 **insns, const u8 **end)
{
	const struct stp_usec dbg = { m->dframe, m->dframe_len, 0, 1 };
	const struct stp_usec eh = { m->frame, m->frame_len, m->frame_addr, 0 };

	return stp_fde_in(m, &dbg, rel, cie, start, insns, end) ||
	       stp_fde_in(m, &eh, rel, cie, start, insns, end);
}

static bool stp_reg_ok(const struct stp_uframe *f, int reg)
{
	return reg >= 0 && reg < STP_UW_NREGS && (f->valid & (1u << reg));
}

/* One frame up by the CFI state in w->st; false at the end. */
static bool stp_uw_apply(struct stp_uwork *w, const struct stp_cie *cie,
			 struct stp_uframe *f)
{
	const struct stp_cfa *st = &w->st;
	struct stp_uframe n = { .valid = 0 };
	unsigned long cfa;
	int i;

	if (st->expr) {
		if (!stp_uw_expr(st->expr, st->expr + 4096, f, false, 0, &cfa))
			return false;
	} else {
		if (!stp_reg_ok(f, st->reg))
			return false;
		cfa = f->r[st->reg] + st->off;
	}
	if (cfa <= f->r[STP_UW_SP])
		return false;	/* a CFA must grow: no loops */
	for (i = 0; i < STP_UW_NREGS; i++) {
		const struct stp_rrule *rr = &st->r[i];
		unsigned long v = 0;
		bool ok = true;

		switch (rr->how) {
		case STP_R_SAME:
			ok = stp_reg_ok(f, i);
			v = f->r[i];
			break;
		case STP_R_UNDEF:
			ok = false;
			break;
		case STP_R_OFFSET:
			ok = stp_uget(cfa + rr->val, &v);
			if (!ok && i == cie->ra)
				return false;
			break;
		case STP_R_VAL_OFFSET:
			v = cfa + rr->val;
			break;
		case STP_R_REG:
			ok = stp_reg_ok(f, (int)rr->val);
			v = f->r[rr->val];
			break;
		case STP_R_EXPR:
			ok = rr->expr && stp_uw_expr(rr->expr, rr->expr + 4096, f,
						     true, cfa, &v) &&
			     stp_uget(v, &v);
			break;
		case STP_R_VAL_EXPR:
			ok = rr->expr && stp_uw_expr(rr->expr, rr->expr + 4096, f,
						     true, cfa, &v);
			break;
		}
		if (ok) {
			n.r[i] = v;
			n.valid |= 1u << i;
		}
	}
	if (!(n.valid & (1u << cie->ra)))
		return false;	/* undefined return address: outermost */
	n.r[STP_UW_RA] = n.r[cie->ra];
	n.valid |= 1u << STP_UW_RA;
	n.r[STP_UW_SP] = cfa;
	n.valid |= 1u << STP_UW_SP;
	*f = n;
	return true;
}

/*
 * The innermost frame without CFI, stopped in its function's prologue
 * (a probe on a function known only by its symbol sits at its entry):
 * before `push %rbp` the return address is at [rsp] and rbp is still
 * the caller's; right after it, at [rsp+8] with the caller's rbp at
 * [rsp].  'off' is the PC's offset in its function, 'fn' its start.
 */
static bool stp_uw_prologue(struct stp_uframe *f, unsigned long fn,
			    unsigned long off)
{
	static const u8 endbr64[4] = { 0xf3, 0x0f, 0x1e, 0xfa };
	unsigned long sp = f->r[STP_UW_SP], ra, bp;
	u8 code[5];
	int push = 0;

	if (stp_uread(code, fn, sizeof(code)))
		return false;
	if (!memcmp(code, endbr64, 4))
		push = 4;
	if (off == 0 || (push && off == 4 && code[4] == 0x55)) {
		if (!stp_uget(sp, &ra))
			return false;
		f->r[STP_UW_SP] = sp + 8;
	} else if (code[push] == 0x55 && off == (unsigned long)push + 1) {
		if (!stp_uget(sp, &bp) || !stp_uget(sp + 8, &ra))
			return false;
		f->r[STP_UW_BP] = bp;
		f->r[STP_UW_SP] = sp + 16;
	} else {
		return false;
	}
	f->r[STP_UW_RA] = ra;
	f->valid = (1u << STP_UW_BP) | (1u << STP_UW_SP) | (1u << STP_UW_RA);
	return true;
}

/* No FDE in a known object: follow the frame pointer chain. */
static bool stp_uw_fp(struct stp_uframe *f)
{
	unsigned long bp = f->r[STP_UW_BP], nbp, ra;

	if (!stp_reg_ok(f, STP_UW_BP) || bp < f->r[STP_UW_SP] || (bp & 7) ||
	    !stp_uget(bp, &nbp) || !stp_uget(bp + 8, &ra))
		return false;
	f->r[STP_UW_BP] = nbp;
	f->r[STP_UW_SP] = bp + 16;
	f->r[STP_UW_RA] = ra;
	f->valid = (1u << STP_UW_BP) | (1u << STP_UW_SP) | (1u << STP_UW_RA);
	return true;
}

/*
 * stap's warning when the unwind reaches an object without unwind data,
 * once per object (its staprun folds repeated warnings).
 */
static void stp_uw_warn(const char *path)
{
	static u32 warned[32];
	u32 h = jhash(path, strlen(path), 0) | 1;
	int i;

	for (i = 0; i < ARRAY_SIZE(warned); i++) {
		u32 old = READ_ONCE(warned[i]);

		if (old == h)
			return;
		if (!old && cmpxchg(&warned[i], 0, h) == 0)
			break;
		if (READ_ONCE(warned[i]) == h)
			return;
	}
	stp_transport_msg("WARNING: Missing unwind data for a module, rerun with 'stap -d %s'\n",
			  path);
}

static bool stp_uw_step(struct stp_uwork *w, struct stp_uframe *f, bool first)
{
	unsigned long pc = f->r[STP_UW_RA], look = first ? pc : pc - 1;
	const struct stp_umod *m;
	struct stp_uloc l;
	struct stp_cie cie;
	unsigned long start, old_sp = f->r[STP_UW_SP];
	const u8 *insns, *end;
	int i;

	if (!stp_uloc_find(look, &l, w->s.path) || l.mod < 0) {
		/* no unwind data: where stap stops too */
		stp_uw_warn(l.path ?: "(unknown; retry with -DDEBUG_UNWIND)");
		return false;
	}
	m = &stp_umods[l.mod];
	if (!stp_fde_find(m, l.rel, &cie, &start, &insns, &end)) {
		unsigned long off, size;

		if (first && stp_usym_find(m, l.rel, &off, &size) &&
		    stp_uw_prologue(f, pc - off, off))
			return f->r[STP_UW_SP] > old_sp;
		return stp_uw_fp(f) && f->r[STP_UW_SP] > old_sp;
	}
	memset(&w->st, 0, sizeof(w->st));
	for (i = 0; i < STP_UW_NREGS; i++)
		w->st.r[i].how = STP_R_SAME;
	if (!stp_cfa_run(w, &cie, cie.insns, cie.end, start, ~0UL, NULL))
		return false;
	w->init = w->st;
	if (!stp_cfa_run(w, &cie, insns, end, start, l.rel, &w->init))
		return false;
	return stp_uw_apply(w, &cie, f);
}

/* The user registers of this probe: its own, or where the task entered
 * the kernel; NULL for a kernel thread. */
static struct pt_regs *stp_uregs(struct stp_context *c)
{
	if (stp_user_mode(c))
		return c->regs;
	if (current->mm && !(current->flags & PF_KTHREAD))
		return task_pt_regs(current);
	return NULL;
}

/* print_ubacktrace(pc, sp, fp): start the walk there (per CPU, as the
 * rest of the walk's state; cleared after each use) */
static DEFINE_PER_CPU(unsigned long[3], stp_ustart);
static DEFINE_PER_CPU(bool, stp_ustart_set);

/* Unwind into w->pcs (at most MAXBACKTRACE); false without user regs. */
static bool stp_ubt_collect(struct stp_context *c, struct stp_uwork *w)
{
	struct pt_regs *regs = stp_uregs(c);
	struct stp_uframe f;
	int i;

	w->npcs = 0;
	if (!regs)
		return false;
	for (i = 0; i < STP_UW_NREGS; i++)
		f.r[i] = *(unsigned long *)((char *)regs + stp_dwregs[i]);
	f.valid = (1u << STP_UW_NREGS) - 1;
	if (this_cpu_read(stp_ustart_set)) {
		unsigned long *st = this_cpu_ptr(stp_ustart);

		f.r[STP_UW_RA] = st[0];
		f.r[STP_UW_SP] = st[1];
		f.r[STP_UW_BP] = st[2];
	}
	w->pcs[w->npcs++] = f.r[STP_UW_RA];
	while (w->npcs < MAXBACKTRACE && stp_uw_step(w, &f, w->npcs == 1)) {
		unsigned long pc = f.r[STP_UW_RA];

		if (!pc || pc >= TASK_SIZE_MAX)
			break;
		w->pcs[w->npcs++] = pc;
	}
	return true;
}

/* ---- formatting, as stap's _stp_snprint_addr ---- */

/* The source line of link-time address rel in m: its row, or NULL. */
static const struct stp_uline *stp_uline_find(const struct stp_umod *m,
					      unsigned long rel)
{
	unsigned long begin = 0, end = m->nlines;

	if (!end || rel < m->lines[0].addr)
		return NULL;
	while (begin + 1 < end) {
		unsigned long mid = (begin + end) / 2;

		if (rel < m->lines[mid].addr)
			end = mid;
		else
			begin = mid;
	}
	return m->lines[begin].line ? &m->lines[begin] : NULL;
}

static int stp_usym_fmt(char *buf, size_t len, unsigned long addr, int flags)
{
	struct stp_uwork *w = this_cpu_ptr(&stp_uworks);
	struct stp_addrinfo a = { NULL };
	struct stp_uloc l;

	if (addr && (flags & (STP_SYM_SYMBOL | STP_SYM_MODULE |
			      STP_SYM_FILENAME | STP_SYM_LINENUMBER)) &&
	    stp_uloc_find(addr, &l, w->s.path)) {
		const struct stp_umod *m = l.mod >= 0 ? &stp_umods[l.mod] : NULL;
		const struct stp_uline *ln = m ? stp_uline_find(m, l.rel) : NULL;

		a.mod = l.path;
		if (m)
			a.name = stp_usym_find(m, l.rel, &a.off, &a.size);
		if (!a.name) {
			a.off = addr - l.vm_start;
			a.size = l.vm_end - l.vm_start;
		}
		if (a.name && a.name[0] == '.')
			a.name++;
		if (ln) {
			a.file = m->files[ln->file];
			a.line = ln->line;
		}
	}
	if (a.mod && (flags & STP_SYM_MODULE_BASENAME) && strrchr(a.mod, '/'))
		a.mod = strrchr(a.mod, '/') + 1;
	return stp_addr_fmt(buf, len, addr, flags, &a);
}

/* usymname() and friends: one address into a script string. */
static void stp_usym_str(char *dst, unsigned long addr, int flags)
{
	stp_usym_fmt(dst, MAXSTRINGLEN, addr, flags);
}

/*
 * A backtrace into 'dst' (MAXSTRINGLEN, cut as stap cuts it) or, with
 * dst NULL, to the output.  Without user registers stap prints "<no user
 * backtrace at PP>" when the format has symbols, else a newline.
 */
static void stp_ubt_emit(struct stp_context *c, char *dst, int flags)
{
	struct stp_uwork *w = this_cpu_ptr(&stp_uworks);
	size_t used = 0;
	int i;

	if (dst)
		dst[0] = '\0';
	if (!stp_ubt_collect(c, w)) {
		if (flags & STP_SYM_SYMBOL)
			snprintf(w->s.line, sizeof(w->s.line),
				 "<no user backtrace at %s>\n", c->probe->pp);
		else
			strscpy(w->s.line, "\n", sizeof(w->s.line));
		if (dst)
			strscpy(dst, w->s.line, MAXSTRINGLEN);
		else
			stp_print_str(c, w->s.line);
		return;
	}
	for (i = 0; i < w->npcs; i++) {
		int n = stp_usym_fmt(w->s.line, sizeof(w->s.line), w->pcs[i], flags);

		n = min_t(int, n, (int)sizeof(w->s.line) - 1);
		if (!dst) {
			stp_print_str(c, w->s.line);
			continue;
		}
		n = min_t(int, n, MAXSTRINGLEN - 1 - (int)used);
		memcpy(dst + used, w->s.line, n);
		used += n;
		dst[used] = '\0';
	}
}

/* ustack(n): the n-th PC of the backtrace, 0 past its end. */
static unsigned long stp_ustack_get(struct stp_context *c, long n)
{
	struct stp_uwork *w = this_cpu_ptr(&stp_uworks);

	if (n < 0 || n >= MAXBACKTRACE || !stp_ubt_collect(c, w) || n >= w->npcs)
		return 0;
	return w->pcs[n];
}

/* umodname(): the object's full path, or NULL. */
static const char *stp_umodname(unsigned long addr)
{
	struct stp_uwork *w = this_cpu_ptr(&stp_uworks);
	struct stp_uloc l;

	return addr && stp_uloc_find(addr, &l, w->s.path) ? l.path : NULL;
}

/* print_ubacktrace(pc, sp, fp): the walk from another frame. */
static void stp_ubt_emit_from(struct stp_context *c, unsigned long pc,
			      unsigned long sp, unsigned long fp, int flags)
{
	unsigned long *st = this_cpu_ptr(stp_ustart);

	st[0] = pc;
	st[1] = sp;
	st[2] = fp;
	this_cpu_write(stp_ustart_set, true);
	stp_ubt_emit(c, NULL, flags);
	this_cpu_write(stp_ustart_set, false);
}

/*
 * ucallers(n) in one walk (the tapset's stap-shaped loop over ustack(i)
 * would walk the stack n + 1 times): the first n + 1 PCs (all with -1)
 * as "0x%x", space-separated, whole ones only up to MAXSTRINGLEN, into
 * dst (NULL: none).  The walk's depth goes to *depth; the tapset raises
 * stap's error when the stack is shorter than asked.
 */
static void stp_ucallers(struct stp_context *c, char *dst, long n, long *depth)
{
	struct stp_uwork *w = this_cpu_ptr(&stp_uworks);
	size_t used = 0, total = 0;
	int i;

	if (!stp_ubt_collect(c, w)) {
		/* stap's loop reads ustack(0) from ubacktrace()'s "\n": 0 */
		w->npcs = 1;
		w->pcs[0] = 0;
	}
	*depth = w->npcs;
	if (!dst)
		return;		/* the depth only */
	dst[0] = '\0';
	for (i = 0; i < *depth && (n == -1 || i <= n); i++) {
		char piece[24];
		int len = snprintf(piece, sizeof(piece), "%s%#lx", i ? " " : "",
				   w->pcs[i]);

		total += len;
		if (total > MAXSTRINGLEN)
			break;
		len = min_t(int, len, MAXSTRINGLEN - 1 - (int)used);
		memcpy(dst + used, piece, len);
		used += len;
		dst[used] = '\0';
	}
}
