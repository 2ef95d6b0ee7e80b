/* usyms.c - symbol and unwind tables of user-space objects, embedded in
 * the module for ubacktrace(), usymname() and friends (pass 3).
 *
 * Which objects, as SystemTap: every binary named with -d, every ELF file
 * a process(...) probe is planted in (the executable and .library()s),
 * and with --ldd their DT_NEEDED libraries (and the interpreter), found
 * as ld.so finds them.  For each, the generated C gets
 *
 *   - its PT_LOAD segments (file offset, link address, size): the runtime
 *     maps a PC to a link-time address through the task's VMA (matched by
 *     inode) with them;
 *   - its function and data symbols sorted by address, one name per
 *     address (stap's choice: the last one, non-local first), from
 *     libdwfl, which also finds separate debuginfo (/usr/lib/debug) as
 *     stap does, so libc frames get the same names;
 *   - its .debug_frame, .eh_frame and .eh_frame_hdr bytes (with their
 *     link addresses), which the runtime's CFI unwinder
 *     (core/runtime/stp_unwind.c) reads, .debug_frame first as stap;
 *   - when a function carries pragma:lines (usymfileline() and co), its
 *     line table, read by libdw (read_lines) and emitted compact.
 *
 * A function with pragma:ksym (kernel symbols and backtraces) gets
 * core/runtime/stp_ksym.c included; it needs no tables.
 *
 * Nothing is emitted unless the program calls a function whose embedded
 * C carries /\* pragma:unwind *\/, symbols or vma (the ucontext tapsets).
 * A -d object that cannot be read is stap's pass-3 warning either way.
 */
#include "stap.h"

#include <elfutils/libdw.h>
#include <elfutils/libdwfl.h>
#include <fcntl.h>
#include <gelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct {
	uint64_t addr;
	const char *name;
	int bind;
} USym;

typedef struct {
	const char *path;       /* canonical, as stap prints it              */
	Vec aliases;            /* the paths it was named by (-d, ld.so's
				   search, PT_INTERP) when not canonical: the
				   runtime tries them too, for a target whose
				   /lib is no symlink to /usr/lib             */
	bool et_dyn;
	uint64_t lo, hi;        /* the PT_LOADs' span: stap's module extent  */
	Vec segs;               /* uint64_t[3]: offset, vaddr, filesz       */
	USym *syms;
	size_t nsyms;
	const unsigned char *frame, *hdr, *dframe;
	size_t frame_len, hdr_len, dframe_len;
	uint64_t *didx;         /* .debug_frame FDEs: start, offset; sorted */
	size_t ndidx;
	uint64_t frame_addr, hdr_addr;
	const char *build_id;   /* hex, or ""                                 */
	uint64_t *lines;        /* addr, file, line; by address (0: a gap)   */
	size_t nlines;
	Vec files;              /* the source paths lines name (char *)      */
	Vec needed;             /* DT_NEEDED names (char *)                   */
	const char *runpath, *rpath, *interp;
} UMod;

/* Every file read here: pass 3's inputs beyond the resolved program,
 * which the translated-program cache checks (build.c). */
static Vec files_read;

/* Does an embedded-C function of the program carry one of 'marks'? */
static bool uses_mark(const Program *P, const char *const *marks)
{
	for (int i = 0; i < P->funcs.len; i++) {
		const Func *f = P->funcs.data[i];
		if (!f || !f->embedded || !f->decl || !f->decl->str)
			continue;
		for (size_t k = 0; marks[k]; k++)
			if (strstr(f->decl->str, marks[k]))
				return true;
	}
	return false;
}

/* Does the program use the ucontext runtime? */
static bool usyms_needed(const Program *P)
{
	static const char *const marks[] = {"pragma:unwind", "pragma:symbols", "pragma:vma",
					    "pragma:lines", NULL};
	return uses_mark(P, marks);
}

/* Lines too (usymfileline() and co)?  Only then: a libc's table is big. */
static bool lines_needed;

static const unsigned char *sec_bytes(Elf_Scn *scn, size_t *len)
{
	Elf_Data *d = elf_getdata(scn, NULL);

	if (!d || !d->d_buf || !d->d_size) {
		*len = 0;
		return NULL;
	}
	unsigned char *p = xalloc(d->d_size);
	memcpy(p, d->d_buf, d->d_size);
	*len = d->d_size;
	return p;
}

static int pair_cmp(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/*
 * An index of .debug_frame's FDEs by start address (it has no
 * .eh_frame_hdr), so that the runtime finds one by binary search, not
 * by a scan in probe context.  libdw walks the entries; an FDE's
 * initial location is its first field, an 8-byte address on x86_64.
 */
static void index_debug_frame(UMod *m, Elf *e, Elf_Data *data)
{
	const unsigned char *ident = (const unsigned char *)elf_getident(e, NULL);
	Dwarf_Off off = 0, next;
	Dwarf_CFI_Entry ent;
	Vec v = {0};

	while (ident && data && dwarf_next_cfi(ident, data, false, off, &next, &ent) == 0) {
		if (ent.CIE_id != LIBDW_CIE_ID && ent.fde.end - ent.fde.start >= 8) {
			uint64_t *p = xalloc(2 * sizeof(*p));
			memcpy(&p[0], ent.fde.start, 8);
			p[1] = off;
			vec_push(&v, p);
		}
		if (next <= off)
			break;
		off = next;
	}
	m->didx = xalloc((2 * (size_t)v.len + 1) * sizeof(uint64_t));
	for (int i = 0; i < v.len; i++)
		memcpy(&m->didx[2 * i], v.data[i], 2 * sizeof(uint64_t));
	qsort(m->didx, (size_t)v.len, 2 * sizeof(uint64_t), pair_cmp);
	m->ndidx = (size_t)v.len;
}

/* Sections, segments, the dynamic section and the build-id of one file. */
static bool read_elf(UMod *m, Elf *e)
{
	GElf_Ehdr eh;
	size_t shstrndx, nph;

	if (!gelf_getehdr(e, &eh) || eh.e_machine != EM_X86_64 ||
	    elf_getshdrstrndx(e, &shstrndx) || elf_getphdrnum(e, &nph))
		return false;
	m->et_dyn = eh.e_type == ET_DYN;
	for (size_t i = 0; i < nph; i++) {
		GElf_Phdr ph;
		if (!gelf_getphdr(e, (int)i, &ph))
			continue;
		if (ph.p_type == PT_LOAD) {
			if (!m->segs.len || ph.p_vaddr < m->lo)
				m->lo = ph.p_vaddr;
			if (ph.p_vaddr + ph.p_memsz > m->hi)
				m->hi = ph.p_vaddr + ph.p_memsz;
			uint64_t *s = xalloc(3 * sizeof(*s));
			s[0] = ph.p_offset, s[1] = ph.p_vaddr, s[2] = ph.p_filesz;
			vec_push(&m->segs, s);
		}
	}
	Elf_Scn *scn = NULL, *dbg = NULL;
	GElf_Shdr dsh;
	Elf_Data *dyn = NULL, *dynstr = NULL;
	size_t dyn_n = 0;
	while ((scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh))
			continue;
		const char *name = elf_strptr(e, shstrndx, sh.sh_name);
		if (!name)
			continue;
		if (!strcmp(name, ".eh_frame") && sh.sh_type == SHT_PROGBITS) {
			m->frame = sec_bytes(scn, &m->frame_len);
			m->frame_addr = sh.sh_addr;
		} else if (!strcmp(name, ".eh_frame_hdr")) {
			m->hdr = sec_bytes(scn, &m->hdr_len);
			m->hdr_addr = sh.sh_addr;
		} else if (!strcmp(name, ".debug_frame")) {
			dbg = scn;
		} else if (!strcmp(name, ".interp")) {
			size_t n;
			const unsigned char *p = sec_bytes(scn, &n);
			if (p && n)
				m->interp = xstrndup((const char *)p, strnlen((const char *)p, n));
		} else if (sh.sh_type == SHT_DYNAMIC) {
			dyn = elf_getdata(scn, NULL);
			dyn_n = sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
			dynstr = elf_getdata(elf_getscn(e, sh.sh_link), NULL);
		} else if (sh.sh_type == SHT_NOTE && !m->build_id) {
			Elf_Data *d = elf_getdata(scn, NULL);
			size_t off = 0, noff, doff;
			GElf_Nhdr nh;
			while (d && (off = gelf_getnote(d, off, &nh, &noff, &doff)) > 0) {
				if (nh.n_type != NT_GNU_BUILD_ID || nh.n_namesz != 4 ||
				    memcmp((char *)d->d_buf + noff, "GNU", 4))
					continue;
				Buf b = {0};
				for (size_t k = 0; k < nh.n_descsz; k++)
					buf_printf(&b, "%02x", ((unsigned char *)d->d_buf)[doff + k]);
				m->build_id = buf_str(&b);
			}
		}
	}
	if (dbg && gelf_getshdr(dbg, &dsh) && dsh.sh_type == SHT_PROGBITS) {
		m->dframe = sec_bytes(dbg, &m->dframe_len);
		index_debug_frame(m, e, elf_getdata(dbg, NULL));
	}
	for (size_t i = 0; dyn && dynstr && i < dyn_n; i++) {
		GElf_Dyn d;
		if (!gelf_getdyn(dyn, (int)i, &d) || d.d_tag == DT_NULL)
			break;
		if (d.d_un.d_val >= dynstr->d_size)
			continue;
		const char *str = (const char *)dynstr->d_buf + d.d_un.d_val;
		if (d.d_tag == DT_NEEDED)
			vec_push(&m->needed, xstrdup(str));
		else if (d.d_tag == DT_RUNPATH)
			m->runpath = xstrdup(str);
		else if (d.d_tag == DT_RPATH)
			m->rpath = xstrdup(str);
	}
	if (!m->build_id)
		m->build_id = "";
	return true;
}

static int sym_cmp(const void *a, const void *b)
{
	const USym *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/*
 * The symbol table through libdwfl (the file's .symtab, else the one of
 * its separate debuginfo, else .dynsym): functions and data objects, one
 * name per address.  Of several at one address stap keeps the last one
 * in table order, a local one only when all are local (measured against
 * its tables for all 4890 of libc's addresses: `malloc` over
 * `__libc_malloc` and `__GI___libc_malloc`, weak `nanosleep` over
 * `__nanosleep`, `_argp_input` over `__argp_input`; `__TMC_END__` over
 * a static `sdata`).
 */
static void read_lines(UMod *m, Dwfl_Module *mod);

static void read_syms(UMod *m)
{
	static char *debuginfo_path;
	static const Dwfl_Callbacks cb = {
		.find_elf = dwfl_build_id_find_elf,
		.find_debuginfo = dwfl_standard_find_debuginfo,
		.section_address = dwfl_offline_section_address,
		.debuginfo_path = &debuginfo_path,
	};
	Dwfl *dwfl = dwfl_begin(&cb);
	if (!dwfl)
		return;
	Dwfl_Module *mod = dwfl_report_offline(dwfl, m->path, m->path, -1);
	dwfl_report_end(dwfl, NULL, NULL);
	int n = mod ? dwfl_module_getsymtab(mod) : -1;
	const char *debugfile = NULL;
	if (mod && dwfl_module_info(mod, NULL, NULL, NULL, NULL, NULL, NULL, &debugfile) &&
	    debugfile)
		vec_push(&files_read, xstrdup(debugfile));
	Vec v = {0};
	for (int i = 1; i < n; i++) {
		GElf_Sym sym;
		GElf_Addr addr;
		GElf_Word shndx;
		Elf *self_elf = NULL;
		const char *name = dwfl_module_getsym_info(mod, i, &sym, &addr, &shndx, &self_elf, NULL);
		int type = GELF_ST_TYPE(sym.st_info), bind = GELF_ST_BIND(sym.st_info);
		/* shndx -1: libdwfl found no allocated section for it */
		if (!name || !*name || shndx == SHN_UNDEF || shndx == SHN_ABS ||
		    shndx == (GElf_Word)-1 || !sym.st_value)
			continue;
		/* not STT_GNU_IFUNC: stap names an ifunc's address by its
		 * resolver ("memcpy_ifunc"), as the symbol table's FUNC there */
		if (type != STT_FUNC && type != STT_OBJECT)
			continue;
		/* outside the loaded span (a non-PIE's __TMC_END__ at _end):
		 * stap's section size leaves it out */
		if (sym.st_value < m->lo || sym.st_value >= m->hi)
			continue;
		GElf_Shdr sh;
		Elf_Scn *scn = self_elf ? elf_getscn(self_elf, shndx) : NULL;
		if (scn && gelf_getshdr(scn, &sh) && !(sh.sh_flags & SHF_ALLOC))
			continue;       /* .gnu.warning & co: not in memory */
		USym *u = xalloc(sizeof(*u));
		u->addr = sym.st_value, u->name = xstrdup(name), u->bind = bind;
		vec_push(&v, u);
	}
	if (mod && lines_needed) {
		read_lines(m, mod);
		const char *dbg = NULL;
		if (dwfl_module_info(mod, NULL, NULL, NULL, NULL, NULL, NULL, &dbg) && dbg &&
		    (!debugfile || strcmp(dbg, debugfile)))
			vec_push(&files_read, xstrdup(dbg));
	}
	dwfl_end(dwfl);
	USym *all = xalloc((v.len + 1) * sizeof(*all));
	for (int i = 0; i < v.len; i++)
		all[i] = *(USym *)v.data[i];
	/* stable order within one address: symbol table order */
	for (int i = 0; i < v.len; i++)
		all[i].bind = all[i].bind | (i << 4);
	qsort(all, (size_t)v.len, sizeof(*all), sym_cmp);
	size_t out = 0;
	for (int i = 0; i < v.len;) {
		int j = i, best = i;
		while (j < v.len && all[j].addr == all[i].addr)
			j++;
		/* the last in table order, a local one only if all are */
		for (int k = i; k < j; k++) {
			bool kloc = (all[k].bind & 15) == STB_LOCAL;
			bool bloc = (all[best].bind & 15) == STB_LOCAL;
			if ((bloc && !kloc) ||
			    (bloc == kloc && (all[k].bind >> 4) > (all[best].bind >> 4)))
				best = k;
		}
		all[out++] = all[best];
		i = j;
	}
	m->syms = all;
	m->nsyms = out;
}

/* Source paths to their index in m->files: an open hash (libc's line
 * table names its ~1500 files some 100,000 times). */
typedef struct {
	const char **keys;
	int *vals;
	size_t cap, n;
} StrIdx;

static size_t str_hash(const char *s)
{
	size_t h = 14695981039346656037ULL;

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	return h;
}

static void stridx_put(StrIdx *h, const char *key, int val)
{
	size_t i = str_hash(key) & (h->cap - 1);

	while (h->keys[i])
		i = (i + 1) & (h->cap - 1);
	h->keys[i] = key;
	h->vals[i] = val;
	h->n++;
}

static int file_id(UMod *m, StrIdx *h, const char *path)
{
	if (2 * (h->n + 1) > h->cap) {
		StrIdx old = *h;
		h->cap = old.cap ? 2 * old.cap : 64;
		h->keys = xalloc(h->cap * sizeof(*h->keys));
		h->vals = xalloc(h->cap * sizeof(*h->vals));
		h->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.keys[i])
				stridx_put(h, old.keys[i], old.vals[i]);
	}
	for (size_t i = str_hash(path) & (h->cap - 1); h->keys[i]; i = (i + 1) & (h->cap - 1))
		if (!strcmp(h->keys[i], path))
			return h->vals[i];
	const char *key = xstrdup(path);
	stridx_put(h, key, m->files.len);
	vec_push(&m->files, (void *)key);
	return m->files.len - 1;
}

static int range_cmp(const void *a, const void *b)
{
	const uint64_t *x = *(uint64_t *const *)a, *y = *(uint64_t *const *)b;
	return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* The address ranges of one CU's line rows: lo, hi, file, line each. */
static void cu_ranges(UMod *m, Dwarf_Die *cu, StrIdx *h, Vec *out)
{
	Dwarf_Lines *lines;
	size_t n;

	if (dwarf_getsrclines(cu, &lines, &n) != 0)
		return;
	for (size_t i = 0; i + 1 < n; i++) {
		Dwarf_Line *a = dwarf_onesrcline(lines, i), *b = dwarf_onesrcline(lines, i + 1);
		Dwarf_Addr lo, hi;
		bool end;
		int line;
		const char *src;
		if (!a || !b || dwarf_lineendsequence(a, &end) || end ||
		    dwarf_lineaddr(a, &lo) || dwarf_lineaddr(b, &hi) || hi <= lo ||
		    dwarf_lineno(a, &line) || line <= 0 || !(src = dwarf_linesrc(a, NULL, NULL)))
			continue;
		/* outside the loaded span: code the linker dropped; rows are
		 * 32-bit (the runtime's struct stp_uline) */
		if (lo < m->lo || hi > m->hi || (lo == 0 && m->lo == 0) || hi > UINT32_MAX)
			continue;
		int file = file_id(m, h, src);
		if (file > UINT16_MAX)
			continue;
		uint64_t *r = xalloc(4 * sizeof(*r));
		r[0] = lo, r[1] = hi, r[2] = (uint64_t)file, r[3] = (uint64_t)line;
		vec_push(out, r);
	}
}

static void line_row(Vec *rows, uint64_t addr, uint64_t file, uint64_t line)
{
	uint64_t *r = xalloc(3 * sizeof(*r));
	r[0] = addr, r[1] = file, r[2] = line;
	vec_push(rows, r);
}

/*
 * The line table, for usymfileline() and co: what stap's runtime reads
 * from an embedded .debug_line, computed here by libdw (which reads
 * DWARF 5 too, gcc 12's default) and emitted compact: a row per address
 * where the file or line changes, a line-0 row where a sequence ends.
 * A file is the path libdw gives (the compilation directory joined).
 */
static void read_lines(UMod *m, Dwfl_Module *mod)
{
	Dwarf_Addr bias;
	Dwarf_Die *cu = NULL;
	StrIdx h = {0};
	Vec ranges = {0}, rows = {0};

	while ((cu = dwfl_module_nextcu(mod, cu, &bias)))
		cu_ranges(m, cu, &h, &ranges);
	qsort(ranges.data, (size_t)ranges.len, sizeof(void *), range_cmp);
	uint64_t prev_hi = 0, file = (uint64_t)-1, line = 0;
	for (int i = 0; i < ranges.len; i++) {
		const uint64_t *r = ranges.data[i];
		if (i && r[0] > prev_hi) {
			line_row(&rows, prev_hi, 0, 0);
			line = 0;
		}
		if (r[2] != file || r[3] != line || r[0] < prev_hi)
			line_row(&rows, r[0], file = r[2], line = r[3]);
		if (r[1] > prev_hi || r[0] >= prev_hi)
			prev_hi = r[1];
	}
	if (ranges.len)
		line_row(&rows, prev_hi, 0, 0);
	m->lines = xalloc((3 * (size_t)rows.len + 1) * sizeof(uint64_t));
	for (int i = 0; i < rows.len; i++)
		memcpy(&m->lines[3 * i], rows.data[i], 3 * sizeof(uint64_t));
	m->nlines = (size_t)rows.len;
}

void usyms_files(Vec *out)
{
	for (int i = 0; i < files_read.len; i++)
		vec_push(out, files_read.data[i]);
}

static UMod *load_mod(const char *path)
{
	vec_push(&files_read, (void *)path);
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	elf_version(EV_CURRENT);
	Elf *e = elf_begin(fd, ELF_C_READ, NULL);
	UMod *m = xalloc(sizeof(*m));
	m->path = path;
	bool ok = e && elf_kind(e) == ELF_K_ELF && read_elf(m, e);
	if (e)
		elf_end(e);
	close(fd);
	if (!ok)
		return NULL;
	read_syms(m);
	return m;
}

static UMod *find_mod(const Vec *mods, const char *path)
{
	for (int i = 0; i < mods->len; i++)
		if (!strcmp(((UMod *)mods->data[i])->path, path))
			return mods->data[i];
	return NULL;
}

static void add_alias(UMod *m, const char *alias)
{
	if (!alias || alias[0] != '/' || !strcmp(alias, m->path))
		return;
	for (int i = 0; i < m->aliases.len; i++)
		if (!strcmp(m->aliases.data[i], alias))
			return;
	vec_push(&m->aliases, (void *)alias);
}

static void add_mod(Vec *mods, const char *path, const char *alias)
{
	UMod *m = find_mod(mods, path);

	if (!m && (m = load_mod(path)))
		vec_push(mods, m);
	if (m)
		add_alias(m, alias);
}

/* One DT_RUNPATH/DT_RPATH list: "$ORIGIN/../lib:/opt/x/lib"; the
 * canonical path, and in *found the path as ld.so finds it. */
static const char *search_list(const char *list, const char *origin, const char *name,
			       const char **found)
{
	char *l = xstrdup(list), *save = NULL;

	for (char *dir = strtok_r(l, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		Buf b = {0};
		for (const char *p = dir; *p;) {
			if (!strncmp(p, "$ORIGIN", 7) || !strncmp(p, "${ORIGIN}", 9)) {
				buf_puts(&b, origin);
				p += p[1] == '{' ? 9 : 7;
			} else {
				buf_putc(&b, *p++);
			}
		}
		const char *cand = xfmt("%s/%s", buf_str(&b), name);
		char real[PATH_MAX];
		if (access(cand, R_OK) == 0 && realpath(cand, real)) {
			*found = cand;
			return xstrdup(real);
		}
	}
	return NULL;
}

/*
 * A DT_NEEDED name as ld.so finds it for the object 'm': a name with a
 * slash as is; else DT_RPATH (when there is no DT_RUNPATH), DT_RUNPATH,
 * then the system directories (Debian's multiarch ones first, as
 * /etc/ld.so.conf.d orders them).
 */
static const char *find_needed(const UMod *m, const char *name, const char **as)
{
	static const char *const sysdirs =
		"/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/usr/local/lib:"
		"/lib64:/usr/lib64:/lib:/usr/lib";
	char origin[PATH_MAX];
	const char *slash = strrchr(m->path, '/');
	const char *found = NULL;

	snprintf(origin, sizeof(origin), "%.*s", slash ? (int)(slash - m->path) : 1,
		 slash ? m->path : ".");
	*as = name;
	if (strchr(name, '/')) {
		char real[PATH_MAX];
		return realpath(name, real) ? xstrdup(real) : NULL;
	}
	if (!m->runpath && m->rpath)
		found = search_list(m->rpath, origin, name, as);
	if (!found && m->runpath)
		found = search_list(m->runpath, origin, name, as);
	if (!found)
		found = search_list(sysdirs, origin, name, as);
	return found;
}

/* --ldd: the libraries of every object so far, transitively. */
static void add_ldd(Vec *mods)
{
	for (int i = 0; i < mods->len; i++) {
		UMod *m = mods->data[i];
		for (int k = 0; k < m->needed.len; k++) {
			const char *as = NULL;
			const char *p = find_needed(m, m->needed.data[k], &as);
			if (p)
				add_mod(mods, p, as);
		}
		if (m->interp) {
			char real[PATH_MAX];
			if (realpath(m->interp, real))
				add_mod(mods, xstrdup(real), m->interp);
		}
	}
}

/* The objects of this session, in stap's order: probed ones, then -d. */
static void collect(Session *s, const Program *P, Vec *mods, bool load)
{
	for (int i = 0; i < P->probes.len; i++) {
		const Probe *p = P->probes.data[i];
		if (load && p->uexec)
			add_mod(mods, p->uexec, NULL);
		if (load && p->upath)
			add_mod(mods, p->upath, NULL);
	}
	for (int i = 0; i < s->dash_d.len; i++) {
		const char *d = s->dash_d.data[i];
		char real[PATH_MAX];
		UMod *m = NULL;
		if (!strcmp(d, "kernel"))
			continue;       /* kernel symbols come from kallsyms */
		if (realpath(d, real)) {
			if ((m = find_mod(mods, real))) {
				add_alias(m, d);
				continue;
			}
			m = load ? load_mod(xstrdup(real)) : NULL;
			if (!load) {
				int fd = open(real, O_RDONLY);
				elf_version(EV_CURRENT);
				Elf *e = fd >= 0 ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
				GElf_Ehdr eh;
				bool ok = e && elf_kind(e) == ELF_K_ELF && gelf_getehdr(e, &eh);
				if (e)
					elf_end(e);
				if (fd >= 0)
					close(fd);
				if (ok)
					continue;
			}
		}
		if (m) {
			add_alias(m, d);
			vec_push(mods, m);
		} else if (!s->suppress_warnings)
			fprintf(stderr, "WARNING: missing unwind/symbol data for module '%s'\n", d);
	}
	if (load && s->ldd)
		add_ldd(mods);
}

static void emit_cstr(Buf *b, const char *s)
{
	buf_putc(b, '"');
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c < 32 || c > 126)
			buf_printf(b, "\\%03o", c);
		else
			buf_putc(b, c);
	}
	buf_putc(b, '"');
}

static void emit_bytes(Buf *b, const char *name, const unsigned char *p, size_t n)
{
	buf_printf(b, "static const unsigned char %s[] = {", name);
	for (size_t i = 0; i < n; i++)
		buf_printf(b, "%s%u,", i % 24 ? "" : "\n", p[i]);
	buf_puts(b, "\n};\n");
}

static void emit_mod(Buf *b, int i, const UMod *m)
{
	buf_printf(b, "static const char *const stp_umod%d_aliases[] = { ", i);
	for (int k = 0; k < m->aliases.len; k++) {
		emit_cstr(b, m->aliases.data[k]);
		buf_puts(b, ", ");
	}
	buf_puts(b, "NULL };\n");
	buf_printf(b, "static const struct stp_usym stp_umod%d_syms[] = {\n", i);
	for (size_t k = 0; k < m->nsyms; k++) {
		buf_printf(b, "\t{ 0x%llx, ", (unsigned long long)m->syms[k].addr);
		emit_cstr(b, m->syms[k].name);
		buf_puts(b, " },\n");
	}
	buf_puts(b, "\t{ 0, NULL }\n};\n");
	buf_printf(b, "static const struct stp_useg stp_umod%d_segs[] = {\n", i);
	for (int k = 0; k < m->segs.len; k++) {
		const uint64_t *s = m->segs.data[k];
		buf_printf(b, "\t{ 0x%llx, 0x%llx, 0x%llx },\n", (unsigned long long)s[0],
			   (unsigned long long)s[1], (unsigned long long)s[2]);
	}
	buf_puts(b, "\t{ 0, 0, 0 }\n};\n");
	if (m->frame)
		emit_bytes(b, xfmt("stp_umod%d_frame", i), m->frame, m->frame_len);
	if (m->hdr)
		emit_bytes(b, xfmt("stp_umod%d_hdr", i), m->hdr, m->hdr_len);
	if (m->dframe) {
		emit_bytes(b, xfmt("stp_umod%d_dframe", i), m->dframe, m->dframe_len);
		buf_printf(b, "static const unsigned long stp_umod%d_didx[] = {", i);
		for (size_t k = 0; k < m->ndidx; k++)
			buf_printf(b, "%s0x%llx, 0x%llx,", k % 4 ? " " : "\n\t",
				   (unsigned long long)m->didx[2 * k],
				   (unsigned long long)m->didx[2 * k + 1]);
		buf_puts(b, "\n\t0\n};\n");
	}
	if (!m->nlines)
		return;
	buf_printf(b, "static const char *const stp_umod%d_files[] = {\n", i);
	for (int k = 0; k < m->files.len; k++) {
		buf_putc(b, '\t');
		emit_cstr(b, m->files.data[k]);
		buf_puts(b, ",\n");
	}
	buf_puts(b, "\tNULL\n};\n");
	buf_printf(b, "static const struct stp_uline stp_umod%d_lines[] = {", i);
	for (size_t k = 0; k < m->nlines; k++)
		buf_printf(b, "%s{0x%llx,%llu,%llu},", k % 4 ? " " : "\n\t",
			   (unsigned long long)m->lines[3 * k],
			   (unsigned long long)m->lines[3 * k + 2],
			   (unsigned long long)m->lines[3 * k + 1]);
	buf_puts(b, "\n};\n");
}

static void emit_row(Buf *b, int i, const UMod *m)
{
	buf_puts(b, "\t{ .path = ");
	emit_cstr(b, m->path);
	buf_printf(b, ", .aliases = stp_umod%d_aliases", i);
	buf_printf(b, ", .build_id = \"%s\", .et_dyn = %d,\n", m->build_id, m->et_dyn);
	buf_printf(b, "\t  .syms = stp_umod%d_syms, .nsyms = %zu,\n", i, m->nsyms);
	buf_printf(b, "\t  .segs = stp_umod%d_segs, .nsegs = %d,\n", i, m->segs.len);
	if (m->frame)
		buf_printf(b, "\t  .frame = stp_umod%d_frame, .frame_len = %zu, "
			   ".frame_addr = 0x%llx,\n", i, m->frame_len,
			   (unsigned long long)m->frame_addr);
	if (m->dframe)
		buf_printf(b, "\t  .dframe = stp_umod%d_dframe, .dframe_len = %zu,\n"
			   "\t  .didx = stp_umod%d_didx, .ndidx = %zu,\n", i, m->dframe_len,
			   i, m->ndidx);
	if (m->hdr)
		buf_printf(b, "\t  .hdr = stp_umod%d_hdr, .hdr_len = %zu, .hdr_addr = 0x%llx,\n",
			   i, m->hdr_len, (unsigned long long)m->hdr_addr);
	if (m->nlines)
		buf_printf(b, "\t  .lines = stp_umod%d_lines, .nlines = %zu, .files = stp_umod%d_files,\n",
			   i, m->nlines, i);
	buf_puts(b, "\t},\n");
}

void usyms_emit(Session *s, const Program *P, Buf *out, Buf *init, Buf *fr)
{
	static const char *const kmarks[] = {"pragma:ksym", NULL};
	static const char *const lmarks[] = {"pragma:lines", NULL};
	Vec mods = {0};
	bool need = usyms_needed(P);

	/* kernel symbols and backtraces (stp_unwind.c includes it too) */
	if (uses_mark(P, kmarks))
		buf_puts(out, "#include \"stp_ksym.c\"\n");
	lines_needed = uses_mark(P, lmarks);
	collect(s, P, &mods, need);
	if (!need)
		return;
	buf_puts(out, "/* user-space symbols and unwind tables (core/usyms.c) */\n");
	buf_printf(out, "#define STP_NUMODS %d\n#include \"stp_unwind.c\"\n", mods.len);
	for (int i = 0; i < mods.len; i++)
		emit_mod(out, i, mods.data[i]);
	buf_puts(out, "static const struct stp_umod stp_umods[STP_NUMODS + 1] = {\n");
	for (int i = 0; i < mods.len; i++)
		emit_row(out, i, mods.data[i]);
	buf_puts(out, "\t{ .path = NULL }\n};\n\n");
	buf_puts(init, "\tstp_umods_init();\n");
	buf_puts(fr, "\tstp_umods_free();\n");
}
