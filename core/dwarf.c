/* dwarf.c - user-space ELF files and their DWARF, for process() probes.
 *
 * A binary is opened once per run and indexed in one pass over its
 * compile units: every named function with code (and every inline
 * instance of an inline function) becomes a DwFunc, entered in a hash
 * table by name.  A probe point then costs a hash lookup (or, for a
 * wildcard, one fnmatch per function name), never a walk over the CUs.
 * What only some probes need (prologue ends, the variables in scope) is
 * computed on demand from the DIE offset kept in the DwFunc, through
 * libdw's own caches (dwarf_getsrclines keeps the CU's line table).
 *
 * Binaries without DWARF still have functions: the ELF symbol table
 * (.symtab, or .dynsym when stripped) gives names and addresses.  SDT
 * markers come from the .note.stapsdt notes, as <sys/sdt.h> writes them.
 */
#define _GNU_SOURCE             /* strverscmp */
#include "stap.h"

#include <elfutils/libdw.h>
#include <dwarf.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <gelf.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct DwFile {
	const char *path;       /* canonical */
	Elf *elf;
	Elf *delf;              /* the separate debuginfo file, or NULL    */
	const char *dpath;      /* its path                                */
	Dwarf *dw;              /* NULL: no DWARF                          */
	int etype;              /* ET_EXEC, ET_DYN                         */
	uint64_t base;          /* lowest PT_LOAD vaddr: stap's offsets    */
	const char *build_id;   /* hex, or NULL                            */
	Vec funcs;              /* DwFunc *: every DWARF one made          */
	Vec keys;               /* DwKey *: CU by CU, each in stap's order */
	int ncu;
	struct DwKey **khash;   /* keys by name                            */
	size_t nkhash;
	Vec symtab;             /* Sym *, table order                      */
	struct Sym **shash;     /* by name                                 */
	size_t nshash;
	Vec sym_addr;           /* Sym *, by address then table order      */
	Vec syms;               /* DwFunc *: symbol-table functions no
				   DWARF covers, by address                */
	signed char *cu_locs;   /* per CU: has location lists (-1 unknown) */
	Vec by_addr;            /* DwFunc *: out-of-line, by entry (lazy)  */
	Vec marks;              /* DwMark *, note order                    */
	bool marks_read;
	Dwarf_CFI *ecfi;        /* .eh_frame's CFI (lazy, kept: libdw's
				   handle must outlive its frames)          */
	bool ecfi_read;
	DwFile *next;           /* the open-file cache                     */
};

static DwFile *open_files;

/* ------------------------------------------------------------------ */
/* Paths                                                               */

/* realpath() into the arena (its malloc'd result freed), or NULL. */
static const char *canon(const char *path)
{
	char *real = realpath(path, NULL);
	if (!real)
		return NULL;
	const char *r = xstrdup(real);
	free(real);
	return r;
}

/* As stap: a name without '/' is looked up in $PATH first, then taken
 * relative to the current directory; the result is canonical (symlinks
 * resolved). */
const char *dw_find_exec(const char *name)
{
	if (!name || !*name)
		return NULL;
	if (!strchr(name, '/')) {
		const char *path = getenv("PATH");
		while (path && *path) {
			size_t n = strcspn(path, ":");
			char *cand = xfmt("%.*s/%s", (int)n, n ? path : ".", name);
			const char *real = access(cand, X_OK) == 0 ? canon(cand) : NULL;
			if (real)
				return real;
			path += n + (path[n] == ':');
		}
	}
	return canon(name);
}

/* ------------------------------------------------------------------ */
/* The index                                                           */

static size_t hash_name(const char *s)
{
	size_t h = 5381;
	while (*s)
		h = h * 33 + (unsigned char)*s++;
	return h;
}

/* A function of the ELF symbol table. */
typedef struct Sym {
	const char *name;
	uint64_t addr, size;
	int idx;                /* its place in the table                   */
	bool dwarf;             /* a DWARF function covers it (stap's
				   update_symtab gave it a DIE)            */
	struct Sym *hnext;      /* by-name chain                            */
} Sym;

/* A named subprogram definition of a CU, in dwarf_getfuncs order. */
typedef struct DwEnt {
	const char *name, *file;
	int line;
	uint64_t die_off;
	DwFunc *fn;             /* out-of-line with code, else NULL         */
	bool inl;               /* an abstract inline function ...          */
	Vec inst;               /* ... and its instances (DwFunc *)         */
} DwEnt;

/* A key of a CU's function map, in stap's iteration order: a DWARF
 * name, or a symbol alias of one (stap matches "mallo*" against the
 * alias "mallopt" of __libc_mallopt, and probes __libc_mallopt). */
typedef struct DwKey {
	const char *key;
	DwEnt *ent;
	int cu;
	struct DwKey *hnext;    /* by-key chain, in file order              */
} DwKey;

typedef struct {
	DwFile *f;
	Dwarf_Die *cu;
	const char *cu_name;
	int cu_idx;
	Vec all;                /* DwEnt *                                  */
} CuWalk;

static DwFunc *func_from_die(CuWalk *w, Dwarf_Die *die, Dwarf_Die *origin, bool inl)
{
	Dwarf_Addr pc;
	if (dwarf_entrypc(die, &pc) != 0 || pc == 0)
		return NULL;    /* no code, or a discarded COMDAT copy */
	DwFunc *fn = xalloc(sizeof(*fn));
	fn->name = xstrdup(dwarf_diename(origin));
	const char *file = dwarf_decl_file(origin);
	fn->file = file ? xstrdup(file) : NULL;
	int line = 0;
	dwarf_decl_line(origin, &line);
	fn->line = line;
	fn->entry = pc;
	fn->inlined = inl;
	fn->die_off = dwarf_dieoffset(die);
	fn->cu_off = dwarf_dieoffset(w->cu);
	fn->cu_idx = w->cu_idx;
	fn->cu_name = w->cu_name;
	fn->prologue = inl ? pc : UINT64_MAX;   /* computed on demand */
	Dwarf_Addr hi;
	fn->high = dwarf_highpc(die, &hi) == 0 ? hi : pc + 1;
	return fn;
}

static int getfuncs_cb(Dwarf_Die *die, void *arg)
{
	CuWalk *w = arg;
	const char *name = dwarf_diename(die);
	if (!name)
		return DWARF_CB_OK;
	DwEnt *e = xalloc(sizeof(*e));
	e->name = xstrdup(name);
	const char *file = dwarf_decl_file(die);
	e->file = file ? xstrdup(file) : NULL;
	dwarf_decl_line(die, &e->line);
	e->die_off = dwarf_dieoffset(die);
	e->inl = dwarf_func_inline(die) != 0;
	if (!e->inl && (e->fn = func_from_die(w, die, die, false)))
		vec_push(&w->f->funcs, e->fn);
	vec_push(&w->all, e);
	return DWARF_CB_OK;
}

/* Every DW_TAG_inlined_subroutine under `die`, in DIE order, onto `out`
 * (as Dwarf_Die copies) when its origin is `origin`. */
static void find_instances(Dwarf_Die *die, Vec *all)
{
	Dwarf_Die child;
	if (dwarf_child(die, &child) != 0)
		return;
	do {
		switch (dwarf_tag(&child)) {
		case DW_TAG_inlined_subroutine: {
			Dwarf_Die *d = xalloc(sizeof(*d));
			*d = child;
			vec_push(all, d);
			find_instances(&child, all);   /* inlines nest */
			break;
		}
		case DW_TAG_subprogram:
		case DW_TAG_lexical_block:
		case DW_TAG_try_block:
		case DW_TAG_catch_block:
		case DW_TAG_namespace:
			find_instances(&child, all);
			break;
		default:
			break;
		}
	} while (dwarf_siblingof(&child, &child) == 0);
}

/* ------------------------------------------------------------------ */
/* stap's order                                                        */
/*
 * stap keeps a CU's functions in a std::unordered_multimap keyed by name
 * and, for a wildcard, probes them in the map's iteration order.  That
 * order is libstdc++'s: the hash is std::_Hash_bytes (MurmurHash2-64A,
 * seed 0xc70f6907), buckets are primes chosen by _Prime_rehash_policy,
 * a node whose bucket is empty goes to the front of the one list, and a
 * rehash relinks the list front to back.  Simulating it is cheap (a few
 * operations per function, once per CU) and gives stap's -p2 order.
 */
static uint64_t shift_mix(uint64_t v) { return v ^ (v >> 47); }

static uint64_t hash_bytes(const char *buf, size_t len)
{
	const uint64_t mul = (0xc6a4a793ULL << 32) + 0x5bd1e995ULL;
	uint64_t h = 0xc70f6907ULL ^ (len * mul);
	size_t aligned = len & ~(size_t)7;
	for (size_t i = 0; i < aligned; i += 8) {
		uint64_t d;
		memcpy(&d, buf + i, 8);         /* little-endian, as x86-64 */
		h ^= shift_mix(d * mul) * mul;
		h *= mul;
	}
	if (len & 7) {
		uint64_t d = 0;
		for (size_t n = len & 7; n-- > 0;)
			d = (d << 8) + (unsigned char)buf[aligned + n];
		h ^= d;
		h *= mul;
	}
	return shift_mix(shift_mix(h) * mul);
}

/* _Prime_rehash_policy::_M_next_bkt for the sizes a CU reaches. */
static size_t next_bkt(size_t n)
{
	static const unsigned char fast[] = {2, 2, 2, 3, 5, 5, 7, 7, 11, 11, 11, 11, 13, 13};
	static const unsigned long primes[] = {
		17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71, 73, 79, 83, 89, 97,
		103, 109, 113, 127, 137, 139, 149, 157, 167, 179, 193, 199, 211, 227, 241,
		257, 277, 293, 313, 337, 359, 383, 409, 439, 467, 503, 541, 577, 619, 661,
		709, 761, 823, 887, 953, 1031, 1109, 1193, 1289, 1381, 1493, 1613, 1741,
		1879, 2029, 2179, 2357, 2549, 2753, 2971, 3209, 3469, 3739, 4027, 4349,
		4703, 5087, 5503, 5953, 6427, 6949, 7517, 8123, 8783, 9497, 10273, 11113,
		12011, 12983, 14033, 15173, 16411, 17749, 19183, 20753, 22447, 24281,
		26267, 28411, 30727, 33223, 35933, 38873, 42043, 45481, 49201, 53201,
		57557, 62233, 67307, 72817, 78779, 85229, 92203, 99733, 107897, 116731,
		126271, 136607, 147793, 159871, 172933, 187091, 202409, 218971, 236897,
		256279, 277261, 299951, 324503, 351061, 379787, 410857, 444487, 480881,
		520241, 562841, 608903, 658753, 712697, 771049, 834181, 902483, 976369,
		1056323,
	};
	if (n < sizeof fast)
		return fast[n];
	for (size_t i = 0; i < sizeof primes / sizeof *primes; i++)
		if (primes[i] >= n)
			return primes[i];
	return n | 1;   /* past what a CU holds: any order will do */
}

typedef struct {
	size_t nb, count, next_resize;
	const char **key;       /* per node                                 */
	void **val;             /* per node                                 */
	uint64_t *code;         /* per node                                 */
	int *nxt;               /* per node; -1 ends the list               */
	int *bkt;               /* per bucket: node before its first, -2 for
				   the list head, -1 for an empty bucket   */
	int head, cap;
} UMap;

static void umap_set_next(UMap *m, int before, int node)
{
	if (before == -2)
		m->head = node;
	else
		m->nxt[before] = node;
}

static int umap_next(UMap *m, int before)
{
	return before == -2 ? m->head : m->nxt[before];
}

static void umap_rehash(UMap *m, size_t nb)
{
	int *nbkt = xalloc(sizeof(int) * nb);
	for (size_t i = 0; i < nb; i++)
		nbkt[i] = -1;
	int p = m->head, prev = -1;
	size_t bbegin = 0, prev_b = 0;
	bool check = false;
	m->head = -1;
	while (p >= 0) {
		int next = m->nxt[p];
		size_t b = m->code[p] % nb;
		if (prev >= 0 && prev_b == b) {
			m->nxt[p] = m->nxt[prev];
			m->nxt[prev] = p;
			check = true;
		} else {
			if (check) {
				if (m->nxt[prev] >= 0) {
					size_t nbk = m->code[m->nxt[prev]] % nb;
					if (nbk != prev_b)
						nbkt[nbk] = prev;
				}
				check = false;
			}
			if (nbkt[b] == -1) {
				m->nxt[p] = m->head;
				m->head = p;
				nbkt[b] = -2;
				if (m->nxt[p] >= 0)
					nbkt[bbegin] = p;
				bbegin = b;
			} else {
				m->nxt[p] = umap_next(m, nbkt[b]);
				umap_set_next(m, nbkt[b], p);
			}
		}
		prev = p;
		prev_b = b;
		p = next;
	}
	if (check && m->nxt[prev] >= 0) {
		size_t nbk = m->code[m->nxt[prev]] % nb;
		if (nbk != prev_b)
			nbkt[nbk] = prev;
	}
	m->nb = nb;
	m->bkt = nbkt;
}

/* _Prime_rehash_policy::_M_need_rehash for n more elements. */
static void umap_need(UMap *m, size_t n)
{
	if (m->count + n <= m->next_resize)
		return;
	size_t want = m->count + n;
	if (!m->next_resize && want < 11)
		want = 11;
	if (want >= m->nb) {
		size_t nb = next_bkt(want + 1 > m->nb * 2 ? want + 1 : m->nb * 2);
		m->next_resize = nb;
		umap_rehash(m, nb);
	} else {
		m->next_resize = m->nb;
	}
}

static void umap_init(UMap *m)
{
	*m = (UMap){.nb = 1, .head = -1};
	m->bkt = xalloc(sizeof(int));
	m->bkt[0] = -1;
}

static void umap_grow(UMap *m)
{
	int cap = m->cap ? m->cap * 2 : 16;
	const char **key = xalloc(sizeof(char *) * cap);
	void **val = xalloc(sizeof(void *) * cap);
	uint64_t *code = xalloc(sizeof(uint64_t) * cap);
	int *nxt = xalloc(sizeof(int) * cap);
	if (m->cap) {
		memcpy(key, m->key, sizeof(char *) * m->cap);
		memcpy(val, m->val, sizeof(void *) * m->cap);
		memcpy(code, m->code, sizeof(uint64_t) * m->cap);
		memcpy(nxt, m->nxt, sizeof(int) * m->cap);
	}
	m->key = key, m->val = val, m->code = code, m->nxt = nxt, m->cap = cap;
}

/* unordered_multimap::insert(key, val), as _M_insert_multi_node: after
 * an equal key if the bucket has one, else at the bucket's front. */
static void umap_insert(UMap *m, const char *key, void *val)
{
	umap_need(m, 1);
	if ((int)m->count == m->cap)
		umap_grow(m);
	int i = (int)m->count;
	m->key[i] = key;
	m->val[i] = val;
	m->code[i] = hash_bytes(key, strlen(key));
	size_t b = m->code[i] % m->nb;
	int before = m->bkt[b];
	if (before != -1) {
		for (int q = umap_next(m, before); q >= 0 && m->code[q] % m->nb == b;
		     before = q, q = m->nxt[q])
			if (m->code[q] == m->code[i] && !strcmp(m->key[q], key)) {
				m->nxt[i] = q;
				umap_set_next(m, before, i);
				m->count++;
				return;
			}
	}
	if (m->bkt[b] != -1) {
		m->nxt[i] = umap_next(m, m->bkt[b]);
		umap_set_next(m, m->bkt[b], i);
	} else {
		m->nxt[i] = m->head;
		m->head = i;
		if (m->nxt[i] >= 0)
			m->bkt[m->code[m->nxt[i]] % m->nb] = i;
		m->bkt[b] = -2;
	}
	m->count++;
}

/* ------------------------------------------------------------------ */
/* The symbol table                                                    */

/* The symbol table to read: the file's .symtab, else the debuginfo
 * file's (a stripped library's -dbg package has it), else .dynsym. */
static Elf_Scn *find_symtab(Elf *elf, int type, GElf_Shdr *shp)
{
	Elf_Scn *scn = NULL;
	while (elf && (scn = elf_nextscn(elf, scn)))
		if (gelf_getshdr(scn, shp) && shp->sh_type == (unsigned)type &&
		    shp->sh_type != SHT_NOBITS)
			return scn;
	return NULL;
}

static int cmp_sym_addr(const void *a, const void *b)
{
	const Sym *x = *(Sym *const *)a, *y = *(Sym *const *)b;
	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return x->idx - y->idx;
}

/* Every defined function symbol, hashed by name (the first of a name
 * wins) and sorted by address (aliases share one). */
static void read_symbols(DwFile *f)
{
	GElf_Shdr symsh = {0};
	Elf *elf = f->elf;
	Elf_Scn *symscn = find_symtab(elf, SHT_SYMTAB, &symsh);
	if (!symscn && (symscn = find_symtab(f->delf, SHT_SYMTAB, &symsh)))
		elf = f->delf;
	if (!symscn)
		symscn = find_symtab(elf, SHT_DYNSYM, &symsh);
	Elf_Data *data = symscn ? elf_getdata(symscn, NULL) : NULL;
	size_t n = data && symsh.sh_entsize ? symsh.sh_size / symsh.sh_entsize : 0;
	for (size_t i = 0; i < n; i++) {
		GElf_Sym sym;
		if (!gelf_getsym(data, i, &sym))
			continue;
		int type = GELF_ST_TYPE(sym.st_info);
		if ((type != STT_FUNC && type != STT_GNU_IFUNC) || sym.st_shndx == SHN_UNDEF ||
		    sym.st_value == 0)
			continue;
		const char *name = elf_strptr(elf, symsh.sh_link, sym.st_name);
		if (!name || !*name)
			continue;
		Sym *y = xalloc(sizeof(*y));
		y->name = xstrdup(name);
		y->addr = sym.st_value;
		y->size = sym.st_size;
		y->idx = f->symtab.len;
		vec_push(&f->symtab, y);
		vec_push(&f->sym_addr, y);
	}
	f->nshash = 64;
	while (f->nshash < (size_t)f->symtab.len * 2)
		f->nshash *= 2;
	f->shash = xalloc(sizeof(Sym *) * f->nshash);
	for (int i = f->symtab.len - 1; i >= 0; i--) {
		Sym *y = f->symtab.data[i];
		size_t b = hash_name(y->name) & (f->nshash - 1);
		y->hnext = f->shash[b];
		f->shash[b] = y;
	}
	if (f->sym_addr.len)
		qsort(f->sym_addr.data, f->sym_addr.len, sizeof(void *), cmp_sym_addr);
}

static Sym *sym_lookup(const DwFile *f, const char *name)
{
	for (Sym *y = f->shash[hash_name(name) & (f->nshash - 1)]; y; y = y->hnext)
		if (!strcmp(y->name, name))
			return y;
	return NULL;
}

/* The first of the symbols at addr, in sym_addr; its index or -1. */
static int sym_at(const DwFile *f, uint64_t addr)
{
	int lo = 0, hi = f->sym_addr.len;
	while (lo < hi) {
		int mid = (lo + hi) / 2;
		if (((Sym *)f->sym_addr.data[mid])->addr < addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < f->sym_addr.len && ((Sym *)f->sym_addr.data[lo])->addr == addr ? lo : -1;
}

/* Functions of the symbol table that DWARF does not describe: stap
 * probes them by symbol (no prologue analysis), by address. */
static void index_symtab(DwFile *f)
{
	/* a symbol at a DWARF function's entry is that function */
	for (int i = 0; i < f->funcs.len; i++) {
		const DwFunc *fn = f->funcs.data[i];
		for (int k = fn->inlined ? -1 : sym_at(f, fn->entry);
		     k >= 0 && k < f->sym_addr.len &&
		     ((Sym *)f->sym_addr.data[k])->addr == fn->entry; k++)
			((Sym *)f->sym_addr.data[k])->dwarf = true;
	}
	for (int i = 0; i < f->sym_addr.len; i++) {
		Sym *y = f->sym_addr.data[i];
		bool dup = false;
		for (int k = f->syms.len - 1; k >= 0 && !dup; k--) {
			DwFunc *o = f->syms.data[k];
			if (o->entry != y->addr)
				break;
			dup = !strcmp(o->name, y->name);
		}
		if (y->dwarf || dup)
			continue;
		DwFunc *fn = xalloc(sizeof(*fn));
		fn->name = y->name;
		fn->entry = fn->prologue = y->addr;
		fn->high = y->addr + (y->size ? y->size : 1);
		fn->symtab = true;
		vec_push(&f->syms, fn);
	}
}

/* ------------------------------------------------------------------ */
/* A CU's function map                                                 */

/* stap's update_symtab: walking the map, each out-of-line function's
 * symbol marks its aliases (symbols at its address) as covered by
 * DWARF, and the aliases of other names join the map as keys of the
 * same function, through a map of their own. */
static void add_aliases(DwFile *f, UMap *m)
{
	UMap extra;
	umap_init(&extra);
	for (int p = m->head; p >= 0; p = m->nxt[p]) {
		DwEnt *e = m->val[p];
		Sym *fi = e->inl || !e->fn ? NULL : sym_lookup(f, m->key[p]);
		if (!fi || fi->addr != e->fn->entry)
			continue;       /* a .part/.cold clone is not the symbol */
		for (int k = sym_at(f, fi->addr); k >= 0 && k < f->sym_addr.len; k++) {
			Sym *a = f->sym_addr.data[k];
			if (a->addr != fi->addr)
				break;
			a->dwarf = true;
			if (a != fi)
				umap_insert(&extra, a->name, e);
		}
	}
	if (!extra.count)
		return;
	umap_need(m, extra.count);      /* a range insert sizes once */
	for (int p = extra.head; p >= 0; p = extra.nxt[p])
		umap_insert(m, extra.key[p], extra.val[p]);
}

/* The inline instances of each abstract inline function of the CU. */
static void index_instances(CuWalk *w)
{
	bool any = false;
	for (int i = 0; i < w->all.len && !any; i++)
		any = ((DwEnt *)w->all.data[i])->inl;
	if (!any)
		return;
	Vec inst = {0};
	find_instances(w->cu, &inst);
	for (int i = 0; i < w->all.len; i++) {
		DwEnt *e = w->all.data[i];
		Dwarf_Die origin;
		if (!e->inl || !dwarf_offdie(w->f->dw, e->die_off, &origin))
			continue;
		for (int k = 0; k < inst.len; k++) {
			Dwarf_Die *d = inst.data[k], o;
			Dwarf_Attribute a;
			if (!dwarf_formref_die(dwarf_attr(d, DW_AT_abstract_origin, &a), &o) ||
			    dwarf_dieoffset(&o) != e->die_off)
				continue;
			DwFunc *fn = func_from_die(w, d, &origin, true);
			if (fn) {
				vec_push(&e->inst, fn);
				vec_push(&w->f->funcs, fn);
			}
		}
	}
}

static void index_cu(CuWalk *w, int cu)
{
	index_instances(w);
	UMap m;
	umap_init(&m);
	for (int i = 0; i < w->all.len; i++) {
		DwEnt *e = w->all.data[i];
		umap_insert(&m, e->name, e);
	}
	add_aliases(w->f, &m);
	for (int p = m.head; p >= 0; p = m.nxt[p]) {
		DwKey *k = xalloc(sizeof(*k));
		k->key = m.key[p];
		k->ent = m.val[p];
		k->cu = cu;
		vec_push(&w->f->keys, k);
	}
}

static void index_dwarf(DwFile *f)
{
	Dwarf_Off off = 0, next;
	size_t hsize;
	while (dwarf_nextcu(f->dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu;
		if (dwarf_offdie(f->dw, off + hsize, &cu) &&
		    dwarf_tag(&cu) == DW_TAG_compile_unit) {
			CuWalk w = {.f = f, .cu = &cu, .cu_idx = f->ncu};
			const char *n = dwarf_diename(&cu);
			w.cu_name = n ? xstrdup(n) : "<unknown source>";
			dwarf_getfuncs(&cu, getfuncs_cb, &w, 0);
			index_cu(&w, f->ncu++);
		}
		off = next;
	}
	f->nkhash = 64;
	while (f->nkhash < (size_t)f->keys.len * 2)
		f->nkhash *= 2;
	f->khash = xalloc(sizeof(DwKey *) * f->nkhash);
	for (int i = f->keys.len - 1; i >= 0; i--) {    /* chains keep file order */
		DwKey *k = f->keys.data[i];
		size_t b = hash_name(k->key) & (f->nkhash - 1);
		k->hnext = f->khash[b];
		f->khash[b] = k;
	}
}

static void read_build_id(DwFile *f)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	while ((scn = elf_nextscn(f->elf, scn))) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		GElf_Nhdr nh;
		size_t off = 0, next, noff, doff;
		while (d && (next = gelf_getnote(d, off, &nh, &noff, &doff)) > 0) {
			if (nh.n_type == NT_GNU_BUILD_ID && nh.n_namesz == 4 &&
			    !memcmp((char *)d->d_buf + noff, "GNU", 4)) {
				Buf b = {0};
				const unsigned char *p = (unsigned char *)d->d_buf + doff;
				for (size_t i = 0; i < nh.n_descsz; i++)
					buf_printf(&b, "%02x", p[i]);
				f->build_id = buf_str(&b);
				return;
			}
			off = next;
		}
	}
}

static bool read_layout(DwFile *f)
{
	GElf_Ehdr eh;
	if (!gelf_getehdr(f->elf, &eh))
		return false;
	f->etype = eh.e_type;
	size_t n;
	if (elf_getphdrnum(f->elf, &n) != 0)
		return false;
	f->base = UINT64_MAX;
	for (size_t i = 0; i < n; i++) {
		GElf_Phdr ph;
		if (gelf_getphdr(f->elf, i, &ph) && ph.p_type == PT_LOAD && ph.p_vaddr < f->base)
			f->base = ph.p_vaddr;
	}
	if (f->base == UINT64_MAX)
		f->base = 0;
	return f->etype == ET_EXEC || f->etype == ET_DYN;
}

/* The separate debuginfo of f, as gdb and stap find it: by build-id
 * under /usr/lib/debug/.build-id, else by .gnu_debuglink next to the
 * file, in its .debug/, or under /usr/lib/debug. */
static const char *debug_file(DwFile *f)
{
	if (f->build_id && strlen(f->build_id) > 2) {
		const char *p = xfmt("/usr/lib/debug/.build-id/%.2s/%s.debug", f->build_id,
				     f->build_id + 2);
		if (access(p, R_OK) == 0)
			return p;
	}
	size_t shstr;
	if (elf_getshdrstrndx(f->elf, &shstr) != 0)
		return NULL;
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	while ((scn = elf_nextscn(f->elf, scn))) {
		const char *n = gelf_getshdr(scn, &sh) ? elf_strptr(f->elf, shstr, sh.sh_name) : NULL;
		if (!n || strcmp(n, ".gnu_debuglink"))
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d || !d->d_size || !memchr(d->d_buf, 0, d->d_size))
			return NULL;
		const char *link = d->d_buf, *slash = strrchr(f->path, '/');
		const char *dir = slash ? xstrndup(f->path, slash - f->path) : ".";
		const char *cands[] = {
			xfmt("%s/%s", dir, link), xfmt("%s/.debug/%s", dir, link),
			xfmt("/usr/lib/debug%s/%s", dir, link),
		};
		for (size_t i = 0; i < sizeof cands / sizeof *cands; i++)
			if (strcmp(cands[i], f->path) && access(cands[i], R_OK) == 0)
				return cands[i];
		return NULL;
	}
	return NULL;
}

static void open_debug_file(DwFile *f)
{
	const char *p = debug_file(f);
	int fd = p ? open(p, O_RDONLY | O_CLOEXEC) : -1;
	if (fd < 0)
		return;
	f->dpath = p;
	f->delf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (f->delf && elf_kind(f->delf) == ELF_K_ELF)
		f->dw = dwarf_begin_elf(f->delf, DWARF_C_READ, NULL);
	if (!f->dw) {
		if (f->delf)
			elf_end(f->delf);
		f->delf = NULL;
		close(fd);
	}
}

void dw_opened_files(Vec *out)
{
	for (DwFile *f = open_files; f; f = f->next) {
		vec_push(out, (void *)f->path);
		if (f->dpath)
			vec_push(out, (void *)f->dpath);
	}
}

DwFile *dw_open(const char *path, const char **err)
{
	for (DwFile *f = open_files; f; f = f->next)
		if (!strcmp(f->path, path))
			return f;
	*err = NULL;
	elf_version(EV_CURRENT);
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0) {
		*err = xfmt("cannot open '%s': %s", path, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {   /* a fifo, a tty... */
		*err = xfmt("'%s' is not an ELF executable or shared library", path);
		close(fd);
		return NULL;
	}
	DwFile *f = xalloc(sizeof(*f));
	f->path = xstrdup(path);
	f->elf = elf_begin(fd, ELF_C_READ_MMAP, NULL);
	if (!f->elf || elf_kind(f->elf) != ELF_K_ELF || !read_layout(f)) {
		*err = xfmt("'%s' is not an ELF executable or shared library", path);
		if (f->elf)
			elf_end(f->elf);
		close(fd);
		return NULL;
	}
	/* the descriptor stays open for the life of the process: libelf
	 * maps the file and libdw reads sections from it lazily */
	read_build_id(f);
	f->dw = dwarf_begin_elf(f->elf, DWARF_C_READ, NULL);
	if (!f->dw)
		open_debug_file(f);
	read_symbols(f);
	if (f->dw)
		index_dwarf(f);
	index_symtab(f);
	f->next = open_files;
	open_files = f;
	return f;
}

const char *dw_path(const DwFile *f) { return f->path; }
bool dw_has_dwarf(const DwFile *f) { return f->dw != NULL && f->funcs.len; }
const char *dw_build_id(const DwFile *f) { return f->build_id; }
bool dw_is_shared(const DwFile *f) { return f->etype == ET_DYN; }

/* stap's "pc=" comment: ".dynamic+0x1158" in a PIE or library,
 * ".absolute+0x1181" (from the first segment) in a fixed executable. */
const char *dw_pc_note(const DwFile *f, uint64_t addr)
{
	return xfmt("%s+%#llx", f->etype == ET_DYN ? ".dynamic" : ".absolute",
		    (unsigned long long)(addr - f->base));
}

uint64_t dw_file_offset(const DwFile *f, uint64_t addr)
{
	size_t n;
	if (elf_getphdrnum(f->elf, &n) != 0)
		return addr;
	for (size_t i = 0; i < n; i++) {
		GElf_Phdr ph;
		if (gelf_getphdr(f->elf, i, &ph) && ph.p_type == PT_LOAD &&
		    addr >= ph.p_vaddr && addr < ph.p_vaddr + ph.p_filesz)
			return addr - ph.p_vaddr + ph.p_offset;
	}
	return addr - f->base;
}

DwFunc *dw_lookup(const DwFile *f, const char *name)
{
	if (!f->nkhash)
		return NULL;
	for (DwKey *k = f->khash[hash_name(name) & (f->nkhash - 1)]; k; k = k->hnext)
		if (!strcmp(k->key, name) && k->ent->fn)
			return k->ent->fn;
	return NULL;
}

static int cmp_entry(const void *a, const void *b)
{
	const DwFunc *x = *(DwFunc *const *)a, *y = *(DwFunc *const *)b;
	return x->entry < y->entry ? -1 : x->entry > y->entry;
}

/* The out-of-line DWARF function whose [entry, high) holds addr, or
 * NULL: a binary search over them sorted once by entry. */
DwFunc *dw_func_at(DwFile *f, uint64_t addr)
{
	if (!f->by_addr.data && f->funcs.len) {
		for (int i = 0; i < f->funcs.len; i++)
			if (!((DwFunc *)f->funcs.data[i])->inlined)
				vec_push(&f->by_addr, f->funcs.data[i]);
		if (f->by_addr.len)
			qsort(f->by_addr.data, f->by_addr.len, sizeof(void *), cmp_entry);
	}
	int lo = 0, hi = f->by_addr.len;
	while (lo < hi) {       /* the last function starting at or before addr */
		int mid = (lo + hi) / 2;
		if (((DwFunc *)f->by_addr.data[mid])->entry <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (int i = lo - 1; i >= 0 && i >= lo - 8; i--) {  /* nested ranges are rare */
		DwFunc *fn = f->by_addr.data[i];
		if (addr < fn->high)
			return fn;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Function patterns                                                   */

/* A file pattern matches a path whole, or its tail after a '/'. */
bool dw_file_matches(const char *pat, const char *file)
{
	if (!file)
		return false;
	if (fnmatch(pat, file, 0) == 0)
		return true;
	return pat[0] != '/' && fnmatch(xfmt("*/%s", pat), file, 0) == 0;
}

/* "name@file:line" into its parts; line 0 when absent, -1 when bad. */
void dw_split_pattern(const char *pat, const char **name, const char **file, int *line)
{
	const char *at = strchr(pat, '@');
	*file = NULL;
	*line = 0;
	if (!at) {
		*name = pat;
		return;
	}
	*name = xstrndup(pat, at - pat);
	const char *colon = strrchr(at + 1, ':');
	if (!colon) {
		*file = at + 1;
		return;
	}
	*file = xstrndup(at + 1, colon - at - 1);
	char *end;
	long v = strtol(colon + 1, &end, 10);
	*line = (*end || v <= 0 || v > INT_MAX) ? -1 : (int)v;
}

/* What a query took so far: stap probes the out-of-line functions,
 * then the inline instances, function by function (per CU when it
 * walks the CUs).  An address is probed once, however many names
 * (symbol aliases) reach it. */
typedef struct {
	Vec fns, inls;
	int cu;
	uint64_t *addrs;        /* open addressing, 0 empty                 */
	size_t naddrs;
} Hits;

static bool first_at(Hits *h, uint64_t addr)
{
	size_t i = (size_t)(addr * 0x9e3779b97f4a7c15ULL) & (h->naddrs - 1);
	for (; h->addrs[i]; i = (i + 1) & (h->naddrs - 1))
		if (h->addrs[i] == addr)
			return false;
	h->addrs[i] = addr;
	return true;
}

static void flush_hits(Hits *h, Vec *out)
{
	for (int i = 0; i < h->fns.len; i++)
		vec_push(out, h->fns.data[i]);
	for (int i = 0; i < h->inls.len; i++) {
		const DwEnt *e = h->inls.data[i];
		for (int k = 0; k < e->inst.len; k++)
			vec_push(out, e->inst.data[k]);
	}
	h->fns.len = h->inls.len = 0;
}

static void take_key(const DwKey *k, int want, const char *file, Hits *h, Vec *out)
{
	DwEnt *e = k->ent;
	if (file && !dw_file_matches(file, e->file))
		return;
	if (k->cu != h->cu && h->cu != -2) {
		flush_hits(h, out);
		h->cu = k->cu;
	}
	if (e->inl && want != 'c')
		vec_push(&h->inls, e);
	else if (!e->inl && e->fn && want != 'i' && first_at(h, e->fn->entry))
		vec_push(&h->fns, e->fn);
}

/* Functions matching "name" or "name@file" (a wildcard anywhere; a
 * ":line" is the caller's business), DWARF ones in stap's order, then
 * (only when no file is given) the symbol table's.  A name matches a
 * DWARF function by its own name or by a symbol alias of it.  `want`:
 * 'f' any, 'c' out-of-line only (.call), 'i' inline instances only.
 *
 * stap looks a plain name up in one map of the whole module, where
 * equal keys come out last-inserted first (so, CUs backwards), and
 * walks CU by CU, each in its own map's order, for anything else. */
int dw_functions(DwFile *f, const char *pattern, int want, Vec *out)
{
	const char *name, *file;
	int line;
	dw_split_pattern(pattern, &name, &file, &line);
	bool wild = strpbrk(name, "*?[") != NULL;
	int before = out->len;
	Hits h = {.cu = -1, .naddrs = 64};
	while (h.naddrs < (size_t)f->funcs.len * 2)
		h.naddrs *= 2;
	h.addrs = xalloc(sizeof(uint64_t) * h.naddrs);
	if (!wild && !file && f->nkhash) {
		Vec same = {0};
		for (DwKey *k = f->khash[hash_name(name) & (f->nkhash - 1)]; k; k = k->hnext)
			if (!strcmp(k->key, name))
				vec_push(&same, k);
		h.cu = -2;      /* one module-wide list */
		for (int i = same.len - 1; i >= 0; i--)
			take_key(same.data[i], want, NULL, &h, out);
	} else if (!wild && f->nkhash) {
		for (DwKey *k = f->khash[hash_name(name) & (f->nkhash - 1)]; k; k = k->hnext)
			if (!strcmp(k->key, name))
				take_key(k, want, file, &h, out);
	} else if (wild) {
		for (int i = 0; i < f->keys.len; i++) {
			DwKey *k = f->keys.data[i];
			if (fnmatch(name, k->key, 0) == 0)
				take_key(k, want, file, &h, out);
		}
	}
	flush_hits(&h, out);
	if (file || want == 'i')
		return out->len - before;
	for (int i = 0; i < f->syms.len; i++) {
		DwFunc *fn = f->syms.data[i];
		if (wild ? fnmatch(name, fn->name, 0) == 0 : !strcmp(name, fn->name))
			vec_push(out, fn);
	}
	return out->len - before;
}

void dw_function_names(const DwFile *f, Vec *out)
{
	for (int i = 0; i < f->funcs.len; i++)
		vec_push(out, (void *)((DwFunc *)f->funcs.data[i])->name);
	for (int i = 0; i < f->syms.len; i++)
		vec_push(out, (void *)((DwFunc *)f->syms.data[i])->name);
}

/* ------------------------------------------------------------------ */
/* Line tables                                                         */

static bool cu_lines(DwFile *f, uint64_t cu_off, Dwarf_Lines **lines, size_t *n)
{
	Dwarf_Die cu;
	return dwarf_offdie(f->dw, cu_off, &cu) && dwarf_getsrclines(&cu, lines, n) == 0 && *n;
}

static uint64_t line_addr(Dwarf_Lines *lines, size_t i)
{
	Dwarf_Addr a = 0;
	dwarf_lineaddr(dwarf_onesrcline(lines, i), &a);
	return a;
}

/* Where stap puts a .function probe: the first line-table row from the
 * entry that is marked prologue_end, is in another file or on another
 * line, or is the second row at all; if that runs past the function,
 * the row before it.  (gcc marks no prologue end; its second row of a
 * function is where the body starts.) */
static uint64_t find_prologue(DwFile *f, DwFunc *fn)
{
	Dwarf_Lines *lines;
	size_t n;
	if (!cu_lines(f, fn->cu_off, &lines, &n))
		return fn->entry;
	size_t lo = 0, hi = n;
	while (lo < hi) {       /* the first row at or after the entry */
		size_t mid = (lo + hi) / 2;
		if (line_addr(lines, mid) < fn->entry)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == n || line_addr(lines, lo) != fn->entry)
		return fn->entry;
	size_t entry_i = lo, i = lo;
	int entry_line = 0;
	dwarf_lineno(dwarf_onesrcline(lines, entry_i), &entry_line);
	for (; i < n; i++) {
		Dwarf_Line *l = dwarf_onesrcline(lines, i);
		int lno = 0;
		bool pe = false;
		dwarf_lineno(l, &lno);
		dwarf_lineprologueend(l, &pe);
		const char *src = dwarf_linesrc(l, NULL, NULL);
		if (line_addr(lines, i) >= fn->high || pe)
			break;
		if (!src || !fn->file || strcmp(src, fn->file))
			break;
		if (lno != entry_line || i != entry_i)
			break;
	}
	if (i == n)
		i = n - 1;
	uint64_t a = line_addr(lines, i);
	if (a >= fn->high && i > 0)
		a = line_addr(lines, i - 1);
	return a;
}

/* Has some parameter or variable under `die` a location list?  Then
 * the CU was optimised and gcc's locations are right from the entry. */
static bool has_loclist(Dwarf_Die *die)
{
	Dwarf_Die kid;
	if (dwarf_child(die, &kid) != 0)
		return false;
	do {
		int tag = dwarf_tag(&kid);
		Dwarf_Attribute a;
		if (tag == DW_TAG_formal_parameter || tag == DW_TAG_variable) {
			if (dwarf_attr_integrate(&kid, DW_AT_location, &a) &&
			    (dwarf_whatform(&a) == DW_FORM_sec_offset ||
			     dwarf_whatform(&a) == DW_FORM_loclistx))
				return true;
		} else if (dwarf_haschildren(&kid) && has_loclist(&kid)) {
			return true;
		}
	} while (dwarf_siblingof(&kid, &kid) == 0);
	return false;
}

/* A gcc older than 4.5 got prologue locations wrong even at -O2. */
static bool old_gcc(Dwarf_Die *cu)
{
	Dwarf_Attribute a;
	const char *p = dwarf_formstring(dwarf_attr_integrate(cu, DW_AT_producer, &a));
	char lang[64], vers[64];
	if (!p || sscanf(p, "GNU %63s %63s", lang, vers) != 2 ||
	    vers[strspn(vers, ".0123456789")])
		return false;
	return strverscmp(vers, "4.5") < 0;
}

/* Where stap probes a .function: after the prologue (from the line
 * table) only in a CU without location lists, that is unoptimised
 * code, whose variables gcc describes only after the prologue; at the
 * entry otherwise (stap's has_valid_locs). */
uint64_t dw_prologue(DwFile *f, DwFunc *fn)
{
	if (fn->prologue != UINT64_MAX)
		return fn->prologue;
	if (!f->cu_locs) {
		f->cu_locs = xalloc(f->ncu + 1);
		memset(f->cu_locs, -1, f->ncu + 1);
	}
	signed char *v = &f->cu_locs[fn->cu_idx];
	Dwarf_Die cu;
	if (*v < 0)
		*v = dwarf_offdie(f->dw, fn->cu_off, &cu) && !old_gcc(&cu) && has_loclist(&cu);
	fn->prologue = *v ? fn->entry : find_prologue(f, fn);
	return fn->prologue;
}

/* Statement addresses for `line` in `fn`: the first address of each
 * run of rows of that line (and of fn's file) inside the function. */
int dw_statements(DwFile *f, DwFunc *fn, int line, Vec *out)
{
	Dwarf_Lines *lines;
	size_t n;
	int before = out->len;
	if (fn->symtab || !cu_lines(f, fn->cu_off, &lines, &n))
		return 0;
	bool prev = false;
	for (size_t i = 0; i < n; i++) {
		Dwarf_Line *l = dwarf_onesrcline(lines, i);
		uint64_t a = line_addr(lines, i);
		int lno = 0;
		dwarf_lineno(l, &lno);
		const char *src = dwarf_linesrc(l, NULL, NULL);
		bool hit = a >= fn->entry && a < fn->high && lno == line && src && fn->file &&
			   !strcmp(src, fn->file);
		if (hit && !prev) {
			bool seen = false;
			for (int k = before; k < out->len && !seen; k++)
				seen = *(uint64_t *)out->data[k] == a;
			if (!seen) {
				uint64_t *p = xalloc(sizeof(*p));
				*p = a;
				vec_push(out, p);
			}
		}
		prev = hit;
	}
	return out->len - before;
}

/* ------------------------------------------------------------------ */
/* Variables and their types                                           */

/* A type as stap prints it: "int", "char const*", "struct pt*". */
static const char *dw_type_name(Dwarf_Die *type);

/* A pointer to a function as stap's -L spells it: "int (*) (int, char*)". */
static const char *fnptr_name(Dwarf_Die *fn)
{
	Dwarf_Attribute a;
	Dwarf_Die ret, kid, pt;
	Buf b = {0};
	buf_printf(&b, "%s (*) (", dw_type_name(dwarf_formref_die(dwarf_attr_integrate(fn,
				DW_AT_type, &a), &ret)));
	int n = 0;
	if (dwarf_child(fn, &kid) == 0)
		do {
			if (dwarf_tag(&kid) == DW_TAG_formal_parameter)
				buf_printf(&b, "%s%s", n++ ? ", " : "",
					   dw_type_name(dwarf_formref_die(dwarf_attr_integrate(&kid,
							DW_AT_type, &a), &pt)));
			else if (dwarf_tag(&kid) == DW_TAG_unspecified_parameters)
				buf_printf(&b, "%s...", n++ ? ", " : "");
		} while (dwarf_siblingof(&kid, &kid) == 0);
	buf_putc(&b, ')');
	return buf_str(&b);
}

static const char *dw_type_name(Dwarf_Die *type)
{
	static const struct { int tag; const char *prefix; } named[] = {
		{DW_TAG_structure_type, "struct "}, {DW_TAG_union_type, "union "},
		{DW_TAG_enumeration_type, "enum "}, {DW_TAG_class_type, "class "},
		{DW_TAG_base_type, ""}, {DW_TAG_typedef, ""},
	};
	if (!type)
		return "void";
	int tag = dwarf_tag(type);
	const char *name = dwarf_diename(type);
	for (size_t i = 0; i < sizeof named / sizeof *named; i++)
		if (named[i].tag == tag)
			return xfmt("%s%s", named[i].prefix, name ? name : "{...}");
	Dwarf_Attribute a;
	Dwarf_Die sub, *sp = dwarf_formref_die(dwarf_attr_integrate(type, DW_AT_type, &a), &sub);
	switch (tag) {
	case DW_TAG_pointer_type:
		if (sp && dwarf_tag(sp) == DW_TAG_subroutine_type)
			return fnptr_name(sp);
		return xfmt("%s*", dw_type_name(sp));
	case DW_TAG_reference_type: return xfmt("%s&", dw_type_name(sp));
	case DW_TAG_rvalue_reference_type: return xfmt("%s&&", dw_type_name(sp));
	case DW_TAG_const_type: return xfmt("%s const", dw_type_name(sp));
	case DW_TAG_volatile_type: return xfmt("%s volatile", dw_type_name(sp));
	case DW_TAG_restrict_type: return xfmt("%s restrict", dw_type_name(sp));
	case DW_TAG_array_type: return xfmt("%s[]", dw_type_name(sp));  /* stap: no bound */
	case DW_TAG_subroutine_type: return xfmt("%s(*)()", dw_type_name(sp));
	default: return name ? name : "void";
	}
}

/* A struct or union value (through typedefs and qualifiers): its
 * type, where that is declared and, as stap suggests one, its member
 * first in name order, for "'struct pt' (/tmp/x.c:4) is being accessed
 * instead of a member such as '->a'". */
static void aggregate_info(Dwarf_Die *type, DwVar *v)
{
	Dwarf_Die t;
	if (!type)
		return;
	t = *type;
	for (int depth = 0; depth < 16; depth++) {
		int tag = dwarf_tag(&t);
		Dwarf_Attribute a;
		if (tag != DW_TAG_typedef && tag != DW_TAG_const_type && tag != DW_TAG_volatile_type)
			break;
		if (!dwarf_formref_die(dwarf_attr_integrate(&t, DW_AT_type, &a), &t))
			return;
	}
	int tag = dwarf_tag(&t);
	if (tag != DW_TAG_structure_type && tag != DW_TAG_union_type)
		return;
	int line = 0;
	const char *file = dwarf_decl_file(&t);
	dwarf_decl_line(&t, &line);
	v->aggregate = xfmt("%s:%d", file ? file : "<unknown source>", line);
	v->agg_type = dw_type_name(&t);
	Dwarf_Die kid;
	if (dwarf_child(&t, &kid) == 0)
		do {
			const char *mn = dwarf_diename(&kid);
			if (dwarf_tag(&kid) == DW_TAG_member && mn &&
			    (!v->first_member || strcmp(mn, v->first_member) < 0))
				v->first_member = xstrdup(mn);
		} while (dwarf_siblingof(&kid, &kid) == 0);
}

static void add_vars(Dwarf_Die *scope, Vec *out)
{
	Dwarf_Die kid;
	if (dwarf_child(scope, &kid) != 0)
		return;
	do {
		int tag = dwarf_tag(&kid);
		if (tag != DW_TAG_formal_parameter && tag != DW_TAG_variable)
			continue;
		const char *name = dwarf_diename(&kid);
		if (!name)
			continue;
		Dwarf_Attribute a;
		Dwarf_Die t, *tp = dwarf_formref_die(dwarf_attr_integrate(&kid, DW_AT_type, &a), &t);
		DwVar *v = xalloc(sizeof(*v));
		v->name = xstrdup(name);
		v->type = dw_type_name(tp);
		aggregate_info(tp, v);
		v->param = tag == DW_TAG_formal_parameter;
		v->die_off = dwarf_dieoffset(&kid);
		vec_push(out, v);
	} while (dwarf_siblingof(&kid, &kid) == 0);
}

/* Lexical blocks inside `scope` that contain pc, outermost first. */
static void add_block_vars(Dwarf_Die *scope, uint64_t pc, Vec *out, int depth)
{
	Dwarf_Die kid;
	if (dwarf_child(scope, &kid) != 0)
		return;
	do {
		if (dwarf_tag(&kid) == DW_TAG_lexical_block && dwarf_haspc(&kid, pc) == 1) {
			int from = out->len;
			add_vars(&kid, out);
			for (int i = from; i < out->len; i++)   /* for -L's innermost-first order */
				((DwVar *)out->data[i])->scope = depth;
			add_block_vars(&kid, pc, out, depth + 1);
		}
	} while (dwarf_siblingof(&kid, &kid) == 0);
}

/* The parameters and locals of fn visible at pc (DwVar *), function
 * scope first in DIE order, then the lexical blocks around pc. */
int dw_vars(DwFile *f, const DwFunc *fn, uint64_t pc, Vec *out)
{
	Dwarf_Die die;
	if (fn->symtab || !f->dw || !dwarf_offdie(f->dw, fn->die_off, &die))
		return 0;
	int before = out->len;
	add_vars(&die, out);
	add_block_vars(&die, pc, out, 1);
	return out->len - before;
}

/* Can the variable be read at pc?  A location list that covers no
 * range around pc cannot (stap: "not accessible at this address");
 * a single location, or a constant, always can. */
bool dw_var_accessible(DwFile *f, const DwVar *v, uint64_t pc)
{
	Dwarf_Die die;
	Dwarf_Attribute a;
	if (!f->dw || !dwarf_offdie(f->dw, v->die_off, &die))
		return false;
	if (!dwarf_attr_integrate(&die, DW_AT_location, &a))
		return dwarf_attr_integrate(&die, DW_AT_const_value, &a) != NULL;
	Dwarf_Op *expr;
	size_t len;
	return dwarf_getlocation_addr(&a, pc, &expr, &len, 1) > 0;
}

/* Does fn return a value ($return in a .return probe)? */
bool dw_returns_value(DwFile *f, const DwFunc *fn)
{
	Dwarf_Die die;
	Dwarf_Attribute a;
	return f->dw && !fn->symtab && dwarf_offdie(f->dw, fn->die_off, &die) &&
	       dwarf_attr_integrate(&die, DW_AT_type, &a) != NULL;
}

static int cmp_var(const void *a, const void *b)
{
	const char *x = *(char *const *)a, *y = *(char *const *)b;
	size_t lx = strlen(x), ly = strlen(y);
	return lx != ly ? (lx < ly ? -1 : 1) : strcmp(x, y);
}

/* stap's levenshtein(): substitutions cost 2, and it compares a[i]
 * with b[j] where a[i-1] and b[j-1] are meant (the NUL past the end
 * included): its suggestions' order depends on that. */
static unsigned stap_levenshtein(const char *a, const char *b)
{
	size_t w = strlen(a) + 1, h = strlen(b) + 1;
	unsigned *d = xalloc(sizeof(unsigned) * w * h);
#define D(i, j) d[(i) * h + (j)]
	for (size_t i = 0; i < w; i++)
		D(i, 0) = (unsigned)i;
	for (size_t j = 0; j < h; j++)
		D(0, j) = (unsigned)j;
	for (size_t i = 1; i < w; i++)
		for (size_t j = 1; j < h; j++) {
			if (a[i] == b[j]) {
				D(i, j) = D(i - 1, j - 1);
				continue;
			}
			unsigned sub = D(i - 1, j - 1) + 2, del = D(i - 1, j) + 1,
				 ins = D(i, j - 1) + 1;
			D(i, j) = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
	unsigned r = D(w - 1, h - 1);
#undef D
	return r;
}

/* stap's "unable to find local 'x', [man error::dwarf] dieoffset 0x126
 * in /tmp/x, near pc 0x1194 in foo x.c (alternatives: $i, $n))" text:
 * at most 5 suggestions, by that distance, ties shortest first. */
const char *dw_missing_local(DwFile *f, const DwFunc *fn, uint64_t pc, const char *name)
{
	Vec vars = {0}, names = {0};
	dw_vars(f, fn, pc, &vars);
	for (int i = 0; i < vars.len; i++) {
		const char *v = xfmt("$%s", ((DwVar *)vars.data[i])->name);
		bool dup = false;
		for (int k = 0; k < names.len && !dup; k++)
			dup = !strcmp(names.data[k], v);
		if (!dup)
			vec_push(&names, (void *)v);
	}
	if (names.len)
		qsort(names.data, names.len, sizeof(void *), cmp_var);
	unsigned *score = xalloc(sizeof(unsigned) * (names.len + 1));
	for (int i = 0; i < names.len; i++)
		score[i] = stap_levenshtein(name, names.data[i]);
	for (int i = 1; i < names.len; i++)         /* stable: insertion sort */
		for (int k = i; k > 0 && score[k - 1] > score[k]; k--) {
			unsigned t = score[k];
			score[k] = score[k - 1], score[k - 1] = t;
			void *v = names.data[k];
			names.data[k] = names.data[k - 1], names.data[k - 1] = v;
		}
	Buf b = {0};
	buf_printf(&b, "unable to find local '%s', [man error::dwarf] dieoffset %#llx in %s, "
		   "near pc %#llx in %s %s (", name, (unsigned long long)fn->die_off, f->path,
		   (unsigned long long)pc, fn->name, fn->cu_name);
	if (!names.len)
		buf_puts(&b, "<no alternatives>)");
	else {
		buf_puts(&b, "alternatives:");
		for (int i = 0; i < names.len && i < 5; i++)
			buf_printf(&b, "%s %s", i ? "," : "", (char *)names.data[i]);
		buf_puts(&b, "))");
	}
	return buf_str(&b);
}

/* ------------------------------------------------------------------ */
/* SDT markers                                                         */

static uint64_t get_addr(const unsigned char *p, bool is64, bool le)
{
	uint64_t v = 0;
	int n = is64 ? 8 : 4;
	for (int i = 0; i < n; i++)
		v |= (uint64_t)p[le ? i : n - 1 - i] << (8 * i);
	return v;
}

static void read_marks(DwFile *f)
{
	f->marks_read = true;
	GElf_Ehdr eh;
	gelf_getehdr(f->elf, &eh);
	bool is64 = eh.e_ident[EI_CLASS] == ELFCLASS64, le = eh.e_ident[EI_DATA] == ELFDATA2LSB;
	size_t shstr, asz = is64 ? 8 : 4;
	if (elf_getshdrstrndx(f->elf, &shstr) != 0)
		return;
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	int64_t base_addr = -1;
	while ((scn = elf_nextscn(f->elf, scn)))
		if (gelf_getshdr(scn, &sh)) {
			const char *n = elf_strptr(f->elf, shstr, sh.sh_name);
			if (n && !strcmp(n, ".stapsdt.base"))
				base_addr = sh.sh_addr;
		}
	scn = NULL;
	while ((scn = elf_nextscn(f->elf, scn))) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_NOTE)
			continue;
		const char *sn = elf_strptr(f->elf, shstr, sh.sh_name);
		if (!sn || strcmp(sn, ".note.stapsdt"))
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		GElf_Nhdr nh;
		size_t off = 0, next, noff, doff;
		while (d && (next = gelf_getnote(d, off, &nh, &noff, &doff)) > 0) {
			off = next;
			const unsigned char *p = (unsigned char *)d->d_buf + doff;
			if (nh.n_type != 3 || nh.n_namesz != 8 ||
			    memcmp((char *)d->d_buf + noff, "stapsdt", 8) || nh.n_descsz < 3 * asz + 3)
				continue;
			const char *s = (const char *)p + 3 * asz, *end = (const char *)p + nh.n_descsz;
			const char *prov = s, *name = memchr(prov, 0, end - prov);
			const char *args = name ? memchr(name + 1, 0, end - name - 1) : NULL;
			if (!args || !memchr(args + 1, 0, end - args - 1))
				continue;
			DwMark *m = xalloc(sizeof(*m));
			m->pc = get_addr(p, is64, le);
			uint64_t base = get_addr(p + asz, is64, le);
			m->sema = get_addr(p + 2 * asz, is64, le);
			if (base_addr >= 0 && base)   /* prelinked: move with the base */
				m->pc += (uint64_t)base_addr - base;
			m->provider = xstrdup(prov);
			m->name = xstrdup(name + 1);
			m->args = xstrdup(args + 1);
			for (const char *a = m->args; *a;) {
				while (*a == ' ')
					a++;
				if (!*a)
					break;
				m->nargs++;
				a += strcspn(a, " ");
			}
			vec_push(&f->marks, m);
		}
	}
}

/* Markers whose provider and name match the patterns (provider NULL:
 * any), in note order. */
int dw_marks(DwFile *f, const char *provider, const char *name, Vec *out)
{
	if (!f->marks_read)
		read_marks(f);
	int before = out->len;
	for (int i = 0; i < f->marks.len; i++) {
		DwMark *m = f->marks.data[i];
		if (provider && fnmatch(provider, m->provider, 0))
			continue;
		if (fnmatch(name, m->name, 0))
			continue;
		vec_push(out, m);
	}
	return out->len - before;
}

void dw_mark_names(DwFile *f, Vec *out)
{
	if (!f->marks_read)
		read_marks(f);
	for (int i = 0; i < f->marks.len; i++)
		vec_push(out, (void *)((DwMark *)f->marks.data[i])->name);
}

/* ------------------------------------------------------------------ */
/* PLT entries                                                         */

/* The PLT slots of functions whose names match, in relocation order:
 * slot i of .plt (after the reserved first one) belongs to relocation i
 * of .rela.plt. */
int dw_plt(DwFile *f, const char *pattern, Vec *out)
{
	size_t shstr;
	if (elf_getshdrstrndx(f->elf, &shstr) != 0)
		return 0;
	Elf_Scn *scn = NULL, *rel = NULL;
	GElf_Shdr sh, relsh = {0}, pltsh = {0};
	bool have_plt = false;
	while ((scn = elf_nextscn(f->elf, scn))) {
		if (!gelf_getshdr(scn, &sh))
			continue;
		const char *n = elf_strptr(f->elf, shstr, sh.sh_name);
		if (n && !strcmp(n, ".plt")) {
			pltsh = sh;
			have_plt = true;
		} else if (n && !strcmp(n, ".rela.plt")) {
			rel = scn;
			relsh = sh;
		}
	}
	if (!have_plt || !rel || !relsh.sh_entsize)
		return 0;
	size_t ent = pltsh.sh_entsize ? pltsh.sh_entsize : 16;
	Elf_Data *d = elf_getdata(rel, NULL);
	Elf_Scn *symscn = elf_getscn(f->elf, relsh.sh_link);
	GElf_Shdr symsh;
	if (!d || !symscn || !gelf_getshdr(symscn, &symsh))
		return 0;
	Elf_Data *symd = elf_getdata(symscn, NULL);
	int before = out->len;
	size_t n = relsh.sh_size / relsh.sh_entsize;
	for (size_t i = 0; i < n; i++) {
		GElf_Rela r;
		GElf_Sym sym;
		if (!gelf_getrela(d, i, &r) || !gelf_getsym(symd, GELF_R_SYM(r.r_info), &sym))
			continue;
		const char *name = elf_strptr(f->elf, symsh.sh_link, sym.st_name);
		if (!name || fnmatch(pattern, name, 0))
			continue;
		DwFunc *fn = xalloc(sizeof(*fn));
		fn->name = xstrdup(name);
		fn->entry = fn->prologue = pltsh.sh_addr + (i + 1) * ent;
		fn->high = fn->entry + ent;
		fn->symtab = true;
		vec_push(out, fn);
	}
	return out->len - before;
}

/* ------------------------------------------------------------------ */
/* Libraries                                                           */

/* The libraries `f` needs, as the dynamic loader finds them (its
 * RUNPATH/RPATH, then the system directories; not canonical), then its
 * interpreter: what stap lists as "similar libraries". */
/* A RUNPATH entry with $ORIGIN (or ${ORIGIN}) as the loader reads it:
 * the directory of the object itself. */
static const char *origin_dir(const DwFile *f, const char *dir)
{
	const char *rest = !strncmp(dir, "$ORIGIN", 7) ? dir + 7 :
			   !strncmp(dir, "${ORIGIN}", 9) ? dir + 9 : NULL;
	const char *slash = strrchr(f->path, '/');
	if (!rest || !slash)
		return dir;
	return xfmt("%.*s%s", (int)(slash - f->path), f->path, rest);
}

void dw_library_paths(DwFile *f, Vec *out)
{
	Elf_Scn *scn = NULL;
	GElf_Shdr sh;
	Vec needed = {0}, dirs = {0};
	while ((scn = elf_nextscn(f->elf, scn))) {
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_DYNAMIC)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		for (size_t i = 0; d && sh.sh_entsize && i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Dyn dyn;
			if (!gelf_getdyn(d, i, &dyn))
				continue;
			const char *s = elf_strptr(f->elf, sh.sh_link, dyn.d_un.d_val);
			if (dyn.d_tag == DT_NEEDED && s)
				vec_push(&needed, (void *)s);
			else if ((dyn.d_tag == DT_RUNPATH || dyn.d_tag == DT_RPATH) && s)
				for (const char *p = s; *p;) {
					size_t n = strcspn(p, ":");
					vec_push(&dirs, (void *)origin_dir(f, xstrndup(p, n)));
					p += n + (p[n] == ':');
				}
		}
	}
	static const char *const sys[] = {
		"/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64",
		"/lib", "/usr/lib",
	};
	for (size_t i = 0; i < sizeof sys / sizeof *sys; i++)
		vec_push(&dirs, (void *)sys[i]);
	for (int i = 0; i < needed.len; i++)
		for (int k = 0; k < dirs.len; k++) {
			const char *cand = xfmt("%s/%s", (char *)dirs.data[k], (char *)needed.data[i]);
			if (access(cand, R_OK) == 0) {
				vec_push(out, (void *)cand);
				break;
			}
		}
	size_t n;
	if (elf_getphdrnum(f->elf, &n) != 0)
		return;
	size_t size;
	const char *raw = elf_rawfile(f->elf, &size);
	for (size_t i = 0; raw && i < n; i++) {
		GElf_Phdr ph;
		if (gelf_getphdr(f->elf, i, &ph) && ph.p_type == PT_INTERP && ph.p_offset < size &&
		    memchr(raw + ph.p_offset, 0, size - ph.p_offset))
			vec_push(out, xstrdup(raw + ph.p_offset));
	}
}

/* A library of `f` whose soname or path matches `pat` (a path is taken
 * as it is).  Canonical path, or NULL. */
const char *dw_find_library(DwFile *f, const char *pat)
{
	if (strchr(pat, '/'))
		return dw_find_exec(pat);
	Vec libs = {0};
	dw_library_paths(f, &libs);
	for (int i = 0; i < libs.len; i++) {
		const char *p = libs.data[i], *base = strrchr(p, '/');
		if (fnmatch(pat, base ? base + 1 : p, 0) && fnmatch(pat, p, 0))
			continue;
		const char *real = canon(p);
		if (real)
			return real;
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Location programs for pass 3                                        */
/*
 * A variable's DWARF location at a pc, flattened into DwLocOps that
 * pass 3 (translate_dwarf.c) turns into C without libdw: the location
 * list entry at pc is chosen here, DW_OP_fbreg is replaced by the
 * function's frame base expression plus the offset, and
 * DW_OP_call_frame_cfa by the CFA rule of the CFI (.debug_frame, else
 * .eh_frame) at pc.  What cannot be read gives DwLoc.err.
 */

/* size and signedness of a scalar type (typedefs and qualifiers
 * peeled); false for an aggregate, void or a float. */
static bool scalar_of(Dwarf_Die *type, int *size, bool *sign)
{
	Dwarf_Die t = *type;
	for (int depth = 0; depth < 16; depth++) {
		int tag = dwarf_tag(&t);
		Dwarf_Attribute a;
		Dwarf_Word w;
		switch (tag) {
		case DW_TAG_typedef: case DW_TAG_const_type: case DW_TAG_volatile_type:
		case DW_TAG_restrict_type: case DW_TAG_atomic_type:
			if (!dwarf_formref_die(dwarf_attr_integrate(&t, DW_AT_type, &a), &t))
				return false;
			continue;
		case DW_TAG_pointer_type: case DW_TAG_reference_type:
		case DW_TAG_rvalue_reference_type: case DW_TAG_ptr_to_member_type:
			*size = 8, *sign = false;
			return true;
		case DW_TAG_enumeration_type:
			/* stap 4.8 reads an enum unsigned, even one with
			 * negative values (-1 reads as 4294967295) */
			*size = dwarf_bytesize(&t) > 0 ? dwarf_bytesize(&t) : 4;
			*sign = false;
			return true;
		case DW_TAG_base_type:
			if (dwarf_formudata(dwarf_attr_integrate(&t, DW_AT_encoding, &a), &w) != 0 ||
			    w == DW_ATE_float || w == DW_ATE_complex_float)
				return false;
			*size = dwarf_bytesize(&t);
			*sign = w == DW_ATE_signed || w == DW_ATE_signed_char;
			return *size == 1 || *size == 2 || *size == 4 || *size == 8;
		default:
			return false;
		}
	}
	return false;
}

static void loc_push(DwLoc *l, int op, int64_t a)
{
	DwLocOp *o = xalloc(sizeof(*o));
	o->op = op, o->a = a;
	vec_push(&l->ops, o);
}

static bool loc_expr(DwFile *f, const DwFunc *fn, uint64_t pc, const Dwarf_Op *ops, size_t n,
		     DwLoc *l, int depth);

/* The CFA at pc, as an expression (from the CFI's rule). */
static bool loc_cfa(DwFile *f, uint64_t pc, DwLoc *l, int depth)
{
	if (!f->ecfi_read) {
		f->ecfi = dwarf_getcfi_elf(f->elf);
		f->ecfi_read = true;
	}
	Dwarf_CFI *cfis[2] = {f->dw ? dwarf_getcfi(f->dw) : NULL, f->ecfi};
	for (int i = 0; i < 2; i++) {
		Dwarf_Frame *fr;
		Dwarf_Op *ops;
		size_t n;
		if (!cfis[i] || dwarf_cfi_addrframe(cfis[i], pc, &fr) != 0)
			continue;
		bool ok = dwarf_frame_cfa(fr, &ops, &n) == 0 && loc_expr(f, NULL, pc, ops, n, l, depth + 1);
		free(fr);
		if (ok)
			return true;
	}
	l->err = xfmt("no call frame information for pc %#llx", (unsigned long long)pc);
	return false;
}

/* The frame base of fn (the out-of-line function around pc) at pc. */
static bool loc_fbreg(DwFile *f, const DwFunc *fn, uint64_t pc, int64_t off, DwLoc *l, int depth)
{
	const DwFunc *outer = fn && !fn->inlined ? fn : dw_func_at(f, pc);
	Dwarf_Die die;
	Dwarf_Attribute a;
	Dwarf_Op *ops;
	size_t n;
	if (!outer || !dwarf_offdie(f->dw, outer->die_off, &die) ||
	    !dwarf_attr_integrate(&die, DW_AT_frame_base, &a) ||
	    dwarf_getlocation_addr(&a, pc, &ops, &n, 1) < 1) {
		l->err = "no frame base at this address";
		return false;
	}
	if (!loc_expr(f, outer, pc, ops, n, l, depth + 1))
		return false;
	if (l->in_reg) {         /* frame base DW_OP_regN: its value */
		l->in_reg = false;
		DwLocOp *o = l->ops.data[l->ops.len - 1];
		o->op = DW_OP_bregx;  /* the register's value, + 0 */
		loc_push(l, DW_OP_plus_uconst, 0);
	}
	loc_push(l, DW_OP_plus_uconst, off);
	return true;
}

/* Flatten one expression into l->ops (registers as DW_OP_bregx with
 * the register in .a and its offset in a following plus_uconst, a
 * register location as DW_OP_regx, constants as DW_OP_consts). */
static bool loc_expr(DwFile *f, const DwFunc *fn, uint64_t pc, const Dwarf_Op *ops, size_t n,
		     DwLoc *l, int depth)
{
	if (depth > 4) {
		l->err = "location expression nested too deeply";
		return false;
	}
	for (size_t i = 0; i < n; i++) {
		const Dwarf_Op *o = &ops[i];
		uint8_t a = o->atom;
		if (a >= DW_OP_lit0 && a <= DW_OP_lit31) {
			loc_push(l, DW_OP_consts, a - DW_OP_lit0);
		} else if (a >= DW_OP_breg0 && a <= DW_OP_breg31) {
			loc_push(l, DW_OP_bregx, a - DW_OP_breg0);
			loc_push(l, DW_OP_plus_uconst, (int64_t)o->number);
		} else if (a == DW_OP_bregx) {
			loc_push(l, DW_OP_bregx, (int64_t)o->number);
			loc_push(l, DW_OP_plus_uconst, (int64_t)o->number2);
		} else if ((a >= DW_OP_reg0 && a <= DW_OP_reg31) || a == DW_OP_regx) {
			if (n != 1) {
				l->err = "register pieces are not supported yet";
				return false;
			}
			loc_push(l, DW_OP_regx, a == DW_OP_regx ? (int64_t)o->number : a - DW_OP_reg0);
			l->in_reg = true;
		} else if (a == DW_OP_addr) {
			loc_push(l, DW_OP_addr, (int64_t)o->number);
		} else if (a == DW_OP_const1u || a == DW_OP_const2u || a == DW_OP_const4u ||
			   a == DW_OP_const8u || a == DW_OP_constu) {
			loc_push(l, DW_OP_consts, (int64_t)o->number);
		} else if (a == DW_OP_const1s || a == DW_OP_const2s || a == DW_OP_const4s ||
			   a == DW_OP_const8s || a == DW_OP_consts) {
			loc_push(l, DW_OP_consts, (int64_t)o->number);
		} else if (a == DW_OP_fbreg) {
			if (!loc_fbreg(f, fn, pc, (int64_t)o->number, l, depth))
				return false;
		} else if (a == DW_OP_call_frame_cfa) {
			if (!loc_cfa(f, pc, l, depth))
				return false;
		} else if (a == DW_OP_deref) {
			loc_push(l, DW_OP_deref_size, 8);
		} else if (a == DW_OP_deref_size || a == DW_OP_plus_uconst) {
			loc_push(l, a, (int64_t)o->number);
		} else if (a == DW_OP_plus || a == DW_OP_minus || a == DW_OP_mul || a == DW_OP_and ||
			   a == DW_OP_or || a == DW_OP_xor || a == DW_OP_shl || a == DW_OP_shr ||
			   a == DW_OP_shra || a == DW_OP_neg || a == DW_OP_not || a == DW_OP_dup ||
			   a == DW_OP_drop || a == DW_OP_swap || a == DW_OP_over) {
			loc_push(l, a, 0);
		} else if (a == DW_OP_stack_value) {
			l->is_value = true;
			if (i + 1 != n) {
				l->err = "pieces are not supported yet";
				return false;
			}
		} else if (a == DW_OP_piece) {
			/* a single piece covering the value is the value itself */
			if (i + 1 != n || i == 0) {
				l->err = "pieces are not supported yet";
				return false;
			}
		} else if (a == DW_OP_entry_value || a == DW_OP_GNU_entry_value) {
			l->err = "DW_OP_entry_value is not supported yet";
			return false;
		} else {
			l->err = xfmt("DWARF operation %#x is not supported yet", a);
			return false;
		}
	}
	return true;
}

/* Peel typedefs and qualifiers. */
static bool peel(Dwarf_Die *t)
{
	Dwarf_Attribute a;
	for (int depth = 0; depth < 16; depth++) {
		int tag = dwarf_tag(t);
		if (tag != DW_TAG_typedef && tag != DW_TAG_const_type &&
		    tag != DW_TAG_volatile_type && tag != DW_TAG_restrict_type &&
		    tag != DW_TAG_atomic_type)
			return true;
		if (!dwarf_formref_die(dwarf_attr_integrate(t, DW_AT_type, &a), t))
			return false;
	}
	return false;
}

/* The DIE a DwVar names and the type read through it: a variable's
 * own type, the function's return type ('r'), or the @cast type
 * itself ('c'). */
static bool var_die(DwFile *f, const DwVar *v, Dwarf_Die *die, Dwarf_Die *t)
{
	Dwarf_Attribute a;
	if (!f->dw || !dwarf_offdie(f->dw, v->die_off, die))
		return false;
	if (v->kind == 'c') {
		*t = *die;
		return true;
	}
	return dwarf_formref_die(dwarf_attr_integrate(die, DW_AT_type, &a), t) != NULL;
}

static bool has_piece(const Dwarf_Op *ops, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (ops[i].atom == DW_OP_piece)
			return true;
	return false;
}

/* A value in pieces (a small struct passed in registers at -O2): each
 * "expr DW_OP_piece N" flattened apart; a member read picks its piece
 * (loc_member). */
static bool var_pieces(DwFile *f, const DwFunc *fn, uint64_t pc, const Dwarf_Op *ops, size_t n,
		       DwLoc *l, bool *value)
{
	size_t start = 0;
	for (size_t i = 0; i < n; i++) {
		if (ops[i].atom != DW_OP_piece)
			continue;
		DwLoc *p = xalloc(sizeof(*p));
		p->size = (int)ops[i].number;
		if (i > start && !loc_expr(f, fn, pc, ops + start, i - start, p, 0)) {
			l->err = p->err;
			return false;
		}
		vec_push(&l->pieces, p);
		start = i + 1;
	}
	if (start != n) {
		l->err = "pieces are not supported yet";
		return false;
	}
	*value = true;
	return true;
}

/* Where a walk starts: l->ops leave the variable's address (*value
 * false) or its value (*value true: a register, a constant, a
 * DW_OP_stack_value, the return register). */
static bool var_start(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc, Dwarf_Die *die,
		      DwLoc *l, bool *value)
{
	Dwarf_Attribute a;
	if (v->kind == 'r') {
		loc_push(l, DW_OP_regx, 0);     /* %rax */
		*value = true;
		return true;
	}
	if (v->kind == 'c') {
		DwLocOp *o = xalloc(sizeof(*o));
		o->op = DWL_CEXPR, o->c = v->cbase ? v->cbase : "0";
		vec_push(&l->ops, o);
		*value = false;
		return true;
	}
	if (!dwarf_attr_integrate(die, DW_AT_location, &a)) {
		Dwarf_Sword sv;
		if (dwarf_attr_integrate(die, DW_AT_const_value, &a) && dwarf_formsdata(&a, &sv) == 0) {
			loc_push(l, DW_OP_consts, sv);
			*value = true;
			return true;
		}
		l->err = xfmt("failed to retrieve location attribute for '%s' [man error::dwarf]",
			      v->name);
		return false;
	}
	Dwarf_Op *ops;
	size_t n;
	if (dwarf_getlocation_addr(&a, pc, &ops, &n, 1) < 1 || n == 0) {
		l->err = xfmt("not accessible at this address (pc: %#llx)", (unsigned long long)pc);
		l->optimized = true;
		return false;
	}
	for (size_t i = 0; i < n; i++)
		if (ops[i].atom == DW_OP_piece && !(i == n - 1 && i > 0 && ops[0].atom != DW_OP_piece &&
						    !has_piece(ops, n - 1)))
			return var_pieces(f, fn, pc, ops, n, l, value);
	if (!loc_expr(f, fn, pc, ops, n, l, 0))
		return false;
	*value = l->in_reg || l->is_value;
	l->in_reg = l->is_value = false;
	return true;
}

DwLoc *dw_var_loc(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc)
{
	Vec none = {0};
	return dw_var_loc_path(f, fn, v, pc, &none, false);
}

bool dw_return_scalar(DwFile *f, const DwFunc *fn, int *size, bool *sign)
{
	Dwarf_Die die, t;
	Dwarf_Attribute a;
	return f->dw && !fn->symtab && dwarf_offdie(f->dw, fn->die_off, &die) &&
	       dwarf_formref_die(dwarf_attr_integrate(&die, DW_AT_type, &a), &t) &&
	       scalar_of(&t, size, sign);
}

DwVar *dw_return_var(DwFile *f, const DwFunc *fn)
{
	Dwarf_Die die, t;
	Dwarf_Attribute a;
	if (!f->dw || fn->symtab || !dwarf_offdie(f->dw, fn->die_off, &die) ||
	    !dwarf_formref_die(dwarf_attr_integrate(&die, DW_AT_type, &a), &t))
		return NULL;
	DwVar *v = xalloc(sizeof(*v));
	v->name = "return";
	v->type = dw_type_name(&t);
	v->kind = 'r';
	v->die_off = fn->die_off;
	return v;
}

/* A bitfield member: its bit position from the start of the struct
 * and its width (DWARF 4's big-endian DW_AT_bit_offset converted). */
static bool member_bits(Dwarf_Die *m, Dwarf_Die *mt, uint64_t *bitpos, int *bits)
{
	Dwarf_Attribute a;
	Dwarf_Word w, size;
	if (!dwarf_attr_integrate(m, DW_AT_bit_size, &a) || dwarf_formudata(&a, &size) != 0)
		return false;
	*bits = (int)size;
	if (dwarf_attr_integrate(m, DW_AT_data_bit_offset, &a) && dwarf_formudata(&a, &w) == 0) {
		*bitpos = w;
		return true;
	}
	Dwarf_Word loc = 0, boff = 0;
	if (dwarf_attr_integrate(m, DW_AT_data_member_location, &a))
		dwarf_formudata(&a, &loc);
	if (dwarf_attr_integrate(m, DW_AT_bit_offset, &a))
		dwarf_formudata(&a, &boff);
	int bytes = dwarf_bytesize(m);
	if (bytes <= 0)
		bytes = dwarf_bytesize(mt);
	*bitpos = loc * 8 + (uint64_t)bytes * 8 - boff - size;
	return true;
}

typedef struct {
	Dwarf_Die type;
	uint64_t off;           /* bytes from the struct's start            */
	uint64_t bitpos;        /* a bitfield: bits from the struct's start */
	int bits;               /* its width, 0 for an ordinary member      */
} Member;

/* The member `name` of struct/union t, looked for in anonymous members
 * too (C11's unnamed struct/union members are reached by name). */
static bool member_in(Dwarf_Die *t, const char *name, Member *m, Buf *alts, int depth)
{
	Dwarf_Die kid;
	if (depth > 8 || dwarf_child(t, &kid) != 0)
		return false;
	do {
		if (dwarf_tag(&kid) != DW_TAG_member)
			continue;
		Dwarf_Attribute a;
		Dwarf_Die mt;
		Dwarf_Word w = 0;
		if (!dwarf_formref_die(dwarf_attr_integrate(&kid, DW_AT_type, &a), &mt))
			continue;
		if (dwarf_attr_integrate(&kid, DW_AT_data_member_location, &a))
			dwarf_formudata(&a, &w);
		const char *mn = dwarf_diename(&kid);
		if (!mn) {
			Dwarf_Die in = mt;
			Member sub;
			if (peel(&in) && member_in(&in, name, &sub, alts, depth + 1)) {
				*m = sub;
				m->off += w;
				m->bitpos += w * 8;
				return true;
			}
			continue;
		}
		if (strcmp(mn, name)) {
			if (alts)
				buf_printf(alts, "%s%s", alts->len ? ", " : "", mn);
			continue;
		}
		*m = (Member){.type = mt, .off = w};
		if (member_bits(&kid, &mt, &m->bitpos, &m->bits))
			m->off = 0;
		return true;
	} while (dwarf_siblingof(&kid, &kid) == 0);
	return false;
}

static int cmp_var(const void *a, const void *b);

/* The member `name` of struct/union type t; else an error text naming
 * the alternatives, shortest first, as stap. */
static const char *find_member(Dwarf_Die *t, const char *name, Member *m)
{
	Buf list = {0}, alts = {0};
	if (member_in(t, name, m, &list, 0))
		return NULL;
	Vec names = {0};
	for (char *p = (char *)buf_str(&list); p && *p;) {
		size_t n = strcspn(p, ",");
		vec_push(&names, xstrndup(p, n));
		p += n;
		p += strspn(p, ", ");
	}
	if (names.len)
		qsort(names.data, names.len, sizeof(void *), cmp_var);
	for (int i = 0; i < names.len; i++)
		buf_printf(&alts, "%s%s", i ? ", " : "", (char *)names.data[i]);
	return xfmt("unable to find member '%s' for %s%s%s%s", name, dw_type_name(t),
		    alts.len ? " (alternatives: " : "", alts.len ? buf_str(&alts) : "",
		    alts.len ? ")" : "");
}

bool dw_steps(const Node *comps, Vec *out)
{
	for (const Node *c = comps; c; c = c->next) {
		DwStep *st = xalloc(sizeof(*st));
		if (c->kind == ND_COMP_MEMBER)
			st->member = c->name;
		else if (c->kind == ND_COMP_INDEX && c->lhs && c->lhs->kind == ND_NUM)
			st->index = c->lhs->num;
		else if (c->kind == ND_COMP_INDEX && c->lhs)
			st->dyn = c->str ? c->str : "0";   /* pass 3 put its C there */
		else
			return false;
		vec_push(out, st);
	}
	return true;
}


/* l's address moves to element [st] of SIZE-byte elements: a constant
 * index, or the C expression of a computed one. */
static void add_index_offset(DwLoc *l, const DwStep *st, Dwarf_Word size)
{
	if (st->dyn) {
		DwLocOp *o = xalloc(sizeof(*o));
		o->op = DWL_CEXPR, o->c = st->dyn;
		vec_push(&l->ops, o);
		loc_push(l, DW_OP_consts, (int64_t)size);
		loc_push(l, DW_OP_mul, 0);
		loc_push(l, DW_OP_plus, 0);
	} else if (st->index) {
		loc_push(l, DW_OP_plus_uconst, st->index * (int64_t)size);
	}
}
/* [index] on an array (at an address) or a pointer: the element's
 * address; t becomes the element type. */
static const char *loc_index(DwLoc *l, Dwarf_Die *t, bool *value, const DwStep *st, int pos)
{
	Dwarf_Attribute a;
	Dwarf_Die elem, kid;
	int tag = dwarf_tag(t);
	/* stap names an expression index by its synthesized parameter */
	const char *shown = st->dyn ? xfmt("[index%d]", pos) : xfmt("[%lld]", (long long)st->index);
	if (tag == DW_TAG_array_type) {
		int dims = 0;
		if (dwarf_child(t, &kid) == 0)
			do
				dims += dwarf_tag(&kid) == DW_TAG_subrange_type;
			while (dwarf_siblingof(&kid, &kid) == 0);
		if (dims > 1)
			return "multi-dimensional arrays are not supported yet";
		if (*value)
			return "an array held in registers is not supported yet";
	} else if (tag == DW_TAG_pointer_type) {
		if (!*value)
			loc_push(l, DW_OP_deref_size, 8);
	} else {
		return xfmt("invalid access '%s' vs. %s", shown, dw_type_name(t));
	}
	Dwarf_Word size;
	if (!dwarf_formref_die(dwarf_attr_integrate(t, DW_AT_type, &a), &elem) ||
	    dwarf_aggregate_size(&elem, &size) != 0)
		return xfmt("cannot index '%s': element of unknown size", dw_type_name(t));
	add_index_offset(l, st, size);
	*value = false;
	*t = elem;
	return NULL;
}

/* A member of a value in pieces: the piece that holds it whole (a
 * register shifted down to it, or memory), as its own location. */
static const char *piece_member(DwLoc *l, Dwarf_Die *t, bool *value, const Member *m)
{
	Dwarf_Word msize;
	Dwarf_Die mt = m->type;
	if (m->bits || dwarf_aggregate_size(&mt, &msize) != 0)
		return "cannot handle a bitfield or an unsized member of a value in pieces";
	uint64_t at = 0;
	for (int i = 0; i < l->pieces.len; i++) {
		DwLoc *p = l->pieces.data[i];
		if (m->off < at || m->off + msize > at + (uint64_t)p->size) {
			at += (uint64_t)p->size;
			continue;
		}
		if (!p->ops.len)
			return "not accessible at this address (the piece is optimised out)";
		uint64_t delta = m->off - at;
		l->ops = p->ops;
		l->pieces = (Vec){0};
		if (p->in_reg || p->is_value) {
			if (delta) {
				loc_push(l, DW_OP_consts, (int64_t)(delta * 8));
				loc_push(l, DW_OP_shr, 0);
			}
			*value = true;
		} else {
			loc_push(l, DW_OP_plus_uconst, (int64_t)delta);
			*value = false;
		}
		*t = m->type;
		return NULL;
	}
	return "cannot handle a member spanning pieces";
}

/* ->name: through any number of pointers (as stap's ->) to a struct
 * or union, then the member's place; t becomes the member type. */
static const char *loc_member(DwLoc *l, Dwarf_Die *t, bool *value, const char *name)
{
	Dwarf_Attribute a;
	int tag = dwarf_tag(t);
	/* each pointer: its value is the address of what it points to */
	for (int depth = 0; tag == DW_TAG_pointer_type || tag == DW_TAG_reference_type ||
			    tag == DW_TAG_rvalue_reference_type; depth++) {
		if (depth > 8)
			return "pointer chain too long";
		if (!*value)
			loc_push(l, DW_OP_deref_size, 8);
		*value = false;
		if (!dwarf_formref_die(dwarf_attr_integrate(t, DW_AT_type, &a), t) || !peel(t))
			return xfmt("cannot follow a void pointer to member '%s'", name);
		tag = dwarf_tag(t);
	}
	if (tag != DW_TAG_structure_type && tag != DW_TAG_union_type && tag != DW_TAG_class_type)
		return xfmt("invalid access '->%s' vs. %s", name, dw_type_name(t));
	if (*value && !l->pieces.len) {
		l->err_member = 0;      /* stap's words, at the variable */
		return "cannot handle offset into register";
	}
	Member m;
	const char *err = find_member(t, name, &m);
	if (err)
		return err;
	if (l->pieces.len)
		return piece_member(l, t, value, &m);
	if (m.bits) {
		uint64_t byte = m.bitpos / 8;
		int shift = (int)(m.bitpos % 8), need = (shift + m.bits + 7) / 8;
		loc_push(l, DW_OP_plus_uconst, (int64_t)byte);
		l->bit_size = m.bits;
		l->bit_shift = shift;
		l->bit_bytes = need <= 1 ? 1 : need <= 2 ? 2 : need <= 4 ? 4 : 8;
	} else {
		loc_push(l, DW_OP_plus_uconst, (int64_t)m.off);
	}
	*value = false;
	*t = m.type;
	return NULL;
}

/* The first [i] of a @cast: an element of a T array at the base. */
static const char *cast_index(DwLoc *l, const Dwarf_Die *t, const DwStep *st)
{
	Dwarf_Word size;
	if (dwarf_aggregate_size((Dwarf_Die *)t, &size) != 0)
		return xfmt("cannot index '%s': element of unknown size", dw_type_name((Dwarf_Die *)t));
	add_index_offset(l, st, size);
	return NULL;
}

/* The walk of v through steps at pc: l->ops leave the address of the
 * place reached (*value false) or its value; *t its type. */

static bool walk(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc, const Vec *steps,
		 DwLoc *l, Dwarf_Die *t, bool *value)
{
	Dwarf_Die die;
	if (!var_die(f, v, &die, t)) {
		l->err = "no DWARF type for the variable";
		return false;
	}
	if (!var_start(f, fn, v, pc, &die, l, value))
		return false;
	int i = 0;
	if (v->kind == 'c' && steps->len && !((const DwStep *)steps->data[0])->member) {
		/* @cast(p, "T")[i]: stap's ((T *)p)[i] */
		l->err_member = 1;
		l->err = cast_index(l, t, steps->data[0]);
		if (l->err)
			return false;
		i = 1;
	}
	for (; i < steps->len; i++) {
		const DwStep *st = steps->data[i];
		l->err_member = i + 1;
		if (l->bit_size) {
			l->err = xfmt("invalid access '%s' vs. bitfield", st->member ? st->member : "[]");
			return false;
		}
		if (!peel(t)) {
			l->err = "unresolvable type";
			return false;
		}
		l->err = st->member ? loc_member(l, t, value, st->member)
				    : loc_index(l, t, value, st, i);
		if (l->err)
			return false;
	}
	l->err_member = 0;
	return true;
}

DwLoc *dw_var_loc_path(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc,
		       const Vec *steps, bool addr_of)
{
	DwLoc *l = xalloc(sizeof(*l));
	Dwarf_Die t;
	bool value;
	if (!walk(f, fn, v, pc, steps, l, &t, &value))
		return l;
	if (addr_of) {
		if (value) {
			l->err = "cannot take address of object in register";
			return l;
		}
		if (l->bit_size) {
			l->err = "cannot take the address of a bit field";
			return l;
		}
		l->is_value = true;
		l->size = 8, l->sign = false;
		return l;
	}
	Dwarf_Die pt = t;
	if (peel(&pt) && dwarf_tag(&pt) == DW_TAG_array_type) {
		/* an array reads as its address, as stap */
		if (value) {
			l->err = "an array held in registers is not supported yet";
			return l;
		}
		l->is_value = true;
		l->size = 8, l->sign = false;
		return l;
	}
	if (!scalar_of(&t, &l->size, &l->sign)) {
		peel(&t);
		int tag = dwarf_tag(&t);
		l->err = tag == DW_TAG_structure_type || tag == DW_TAG_union_type
			? xfmt("'%s' is being accessed instead of a member", dw_type_name(&t))
			: xfmt("type '%s' cannot be read as a number yet", dw_type_name(&t));
		return l;
	}
	if (l->bit_size) {
		if (value) {
			l->err = "a bitfield of a value held in registers is not supported yet";
			return l;
		}
		l->size = l->bit_bytes;
	}
	l->is_value = value;
	return l;
}

/* ------------------------------------------------------------------ */
/* Pretty printing: $var$ and $var$$, as stap's dwarf_pretty_print     */

typedef struct {
	Buf fmt;
	Vec *args;              /* DwPrettyArg * */
	bool full;              /* $$: nested aggregates too */
} Pretty;

static Vec *path_plus(const Vec *path, const char *member, int64_t index)
{
	Vec *p = xalloc(sizeof(*p));
	for (int i = 0; i < path->len; i++)
		vec_push(p, path->data[i]);
	DwStep *st = xalloc(sizeof(*st));
	st->member = member, st->index = index;
	vec_push(p, st);
	return p;
}

static void pp_arg(Pretty *P, const char *fmt, const Vec *path, bool str)
{
	buf_puts(&P->fmt, fmt);
	DwPrettyArg *a = xalloc(sizeof(*a));
	for (int i = 0; i < path->len; i++)
		vec_push(&a->steps, path->data[i]);
	a->str = str;
	vec_push(P->args, a);
}

/* The encoding of a base type, or of an enum's underlying type. */
static int encoding_of(Dwarf_Die *t)
{
	Dwarf_Attribute a;
	Dwarf_Word enc = (Dwarf_Word)-1;
	Dwarf_Die u = *t;
	if (dwarf_tag(&u) == DW_TAG_enumeration_type &&
	    (!dwarf_formref_die(dwarf_attr_integrate(&u, DW_AT_type, &a), &u) || !peel(&u)))
		return -1;
	if (dwarf_formudata(dwarf_attr_integrate(&u, DW_AT_encoding, &a), &enc) != 0)
		return -1;
	return (int)enc;
}

static void pp_base(Pretty *P, Dwarf_Die *t, const Vec *path)
{
	int enc = encoding_of(t);
	if (enc == DW_ATE_float || enc == DW_ATE_complex_float)
		buf_puts(&P->fmt, "?");
	else if (enc == DW_ATE_signed_char || enc == DW_ATE_unsigned_char)
		pp_arg(P, "'%#c'", path, false);
	else
		pp_arg(P, enc == DW_ATE_unsigned ? "%u" : "%i", path, false);
}

/* A bitfield prints as a number even when its type is a char. */
static void pp_bitfield(Pretty *P, Dwarf_Die *t0, const Vec *path)
{
	Dwarf_Die t = *t0;
	int tag = peel(&t) ? dwarf_tag(&t) : 0;
	int enc = encoding_of(&t);
	if ((tag != DW_TAG_base_type && tag != DW_TAG_enumeration_type) ||
	    enc == DW_ATE_float || enc == DW_ATE_complex_float)
		buf_puts(&P->fmt, "?");
	else
		pp_arg(P, enc == DW_ATE_unsigned || enc == DW_ATE_unsigned_char ? "%u" : "%i",
		       path, false);
}

/* char and unsigned char (arrays and pointers of): a quoted string. */
static bool pp_chars(Pretty *P, Dwarf_Die *t0, const Vec *path)
{
	Dwarf_Die t = *t0;
	if (!peel(&t))
		return false;
	const char *name = dwarf_diename(&t);
	if (!name || dwarf_tag(&t) != DW_TAG_base_type ||
	    (strcmp(name, "char") && strcmp(name, "unsigned char")))
		return false;
	pp_arg(P, "%s", path, true);
	return true;
}

static void pp_rec(Pretty *P, Dwarf_Die *t0, const Vec *path, bool top, int depth);

static void pp_members(Pretty *P, Dwarf_Die *t, const Vec *path, int *count, int depth)
{
	Dwarf_Die kid;
	Vec seen = {0};
	if (dwarf_child(t, &kid) != 0)
		return;
	do {
		Dwarf_Attribute a;
		Dwarf_Die mt;
		if (dwarf_hasattr(&kid, DW_AT_declaration) || dwarf_tag(&kid) != DW_TAG_member ||
		    !dwarf_formref_die(dwarf_attr_integrate(&kid, DW_AT_type, &a), &mt))
			continue;
		const char *mn = dwarf_diename(&kid);
		if (mn && !strncmp(mn, "_vptr.", 6))
			continue;
		bool dup = false;
		for (int i = 0; mn && i < seen.len && !dup; i++)
			dup = !strcmp(seen.data[i], mn);
		if (dup)
			continue;
		if (mn)
			vec_push(&seen, (void *)mn);
		if (++*count > 1)
			buf_puts(&P->fmt, ", ");
		if (P->args->len >= 32) {
			buf_puts(&P->fmt, "...");
			break;
		}
		const Vec *mp = path;
		int ctag = dwarf_tag(&mt);
		if (mn) {
			buf_printf(&P->fmt, ".%s", mn);
			mp = path_plus(path, mn, 0);
		} else {
			/* stap's own labels, swapped as it has them */
			buf_puts(&P->fmt, ctag == DW_TAG_union_type ? "<union>" :
				 ctag == DW_TAG_structure_type ? "<class>" :
				 ctag == DW_TAG_class_type ? "<struct>" : "");
		}
		buf_puts(&P->fmt, "=");
		if (dwarf_hasattr_integrate(&kid, DW_AT_bit_size))
			pp_bitfield(P, &mt, mp);
		else
			pp_rec(P, &mt, mp, false, depth + 1);
	} while (dwarf_siblingof(&kid, &kid) == 0);
}

static void pp_rec(Pretty *P, Dwarf_Die *t0, const Vec *path, bool top, int depth)
{
	Dwarf_Attribute a;
	Dwarf_Die t = *t0, sub;
	if (depth > 32 || !peel(&t)) {
		buf_puts(&P->fmt, "?");
		return;
	}
	switch (dwarf_tag(&t)) {
	case DW_TAG_enumeration_type:
	case DW_TAG_base_type:
		pp_base(P, &t, path);
		return;
	case DW_TAG_array_type:
		if (!top && !P->full) {
			buf_puts(&P->fmt, "[...]");
			return;
		}
		if (!dwarf_formref_die(dwarf_attr_integrate(&t, DW_AT_type, &a), &sub)) {
			buf_puts(&P->fmt, "?");
			return;
		}
		if (pp_chars(P, &sub, path))
			return;
		/* stap shows the first element only (it does not know the
		 * size) */
		buf_puts(&P->fmt, "[");
		if (P->args->len < 32)
			pp_rec(P, &sub, path_plus(path, NULL, 0), false, depth + 1);
		buf_puts(&P->fmt, ", ...]");
		return;
	case DW_TAG_pointer_type:
	case DW_TAG_reference_type:
	case DW_TAG_rvalue_reference_type:
		if (dwarf_formref_die(dwarf_attr_integrate(&t, DW_AT_type, &a), &sub) && peel(&sub)) {
			if (pp_chars(P, &sub, path))
				return;
			if (top) {
				pp_rec(P, &sub, path, top, depth + 1);
				return;
			}
		}
		pp_arg(P, "%p", path, false);
		return;
	case DW_TAG_subroutine_type:
		pp_arg(P, "<function>:%p", path, false);
		return;
	case DW_TAG_union_type:
	case DW_TAG_structure_type:
	case DW_TAG_class_type: {
		if (dwarf_hasattr(&t, DW_AT_declaration)) {
			buf_puts(&P->fmt, "{...}");
			return;
		}
		int count = 0;
		buf_puts(&P->fmt, "{");
		if (top || P->full)
			pp_members(P, &t, path, &count, depth);
		else
			buf_puts(&P->fmt, "...");
		buf_puts(&P->fmt, "}");
		return;
	}
	default:
		buf_puts(&P->fmt, "?");
		return;
	}
}

const char *dw_pretty(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc, const Vec *steps,
		      bool full, Vec *args, const char **err)
{
	DwLoc l = {0};
	Dwarf_Die t;
	bool value;
	if (!walk(f, fn, v, pc, steps, &l, &t, &value)) {
		*err = l.err;
		return NULL;
	}
	Pretty P = {.args = args, .full = full};
	pp_rec(&P, &t, steps, true, 0);
	return buf_str(&P.fmt);
}

/* ------------------------------------------------------------------ */
/* @var and @cast: globals and types by name                           */

static bool cu_matches(Dwarf_Die *cu, const char *file)
{
	const char *name = dwarf_diename(cu);
	if (!file)
		return true;
	if (!name)
		return false;
	const char *base = strrchr(name, '/');
	return !fnmatch(file, name, 0) || (base && !fnmatch(file, base + 1, 0)) ||
	       dw_file_matches(file, name);
}

/* Every CU (optionally only those of `file`), in file order, until fn
 * says stop. */
static bool each_cu(DwFile *f, const char *file, bool (*fn)(Dwarf_Die *cu, void *arg), void *arg)
{
	Dwarf_Off off = 0, next;
	size_t hsize;
	while (f->dw && dwarf_nextcu(f->dw, off, &next, &hsize, NULL, NULL, NULL) == 0) {
		Dwarf_Die cu;
		if (dwarf_offdie(f->dw, off + hsize, &cu) && cu_matches(&cu, file) && fn(&cu, arg))
			return true;
		off = next;
	}
	return false;
}

typedef struct {
	const char *name;
	int tag;                /* a type's tag, 0 for a variable */
	Dwarf_Die found;
} NameFind;

static bool find_in_cu(Dwarf_Die *cu, void *arg)
{
	NameFind *nf = arg;
	Dwarf_Die kid;
	if (dwarf_child(cu, &kid) != 0)
		return false;
	do {
		int tag = dwarf_tag(&kid);
		const char *n = dwarf_diename(&kid);
		if (!n || strcmp(n, nf->name))
			continue;
		if (nf->tag ? tag == nf->tag && !dwarf_hasattr(&kid, DW_AT_declaration)
			    : tag == DW_TAG_variable && dwarf_hasattr_integrate(&kid, DW_AT_location)) {
			nf->found = kid;
			return true;
		}
	} while (dwarf_siblingof(&kid, &kid) == 0);
	return false;
}

DwVar *dw_global(DwFile *f, const char *name, const char *file)
{
	NameFind nf = {.name = name};
	if (!each_cu(f, file, find_in_cu, &nf))
		return NULL;
	Dwarf_Attribute a;
	Dwarf_Die t, *tp = dwarf_formref_die(dwarf_attr_integrate(&nf.found, DW_AT_type, &a), &t);
	DwVar *v = xalloc(sizeof(*v));
	v->name = xstrdup(name);
	v->type = dw_type_name(tp);
	v->die_off = dwarf_dieoffset(&nf.found);
	return v;
}

/* "struct node", "union u", "enum e", "node_t", "int", with any '*'
 * after: the type DIE, reached by pointer types built on the fly is
 * not possible, so a trailing '*' is refused by the caller. */
DwVar *dw_cast_type(DwFile *f, const char *type)
{
	static const struct { const char *prefix; int tag; } kinds[] = {
		{"struct ", DW_TAG_structure_type}, {"union ", DW_TAG_union_type},
		{"enum ", DW_TAG_enumeration_type}, {"class ", DW_TAG_class_type},
	};
	NameFind nf = {.name = type, .tag = DW_TAG_typedef};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (!strncmp(type, kinds[i].prefix, strlen(kinds[i].prefix))) {
			nf.name = type + strlen(kinds[i].prefix);
			nf.tag = kinds[i].tag;
		}
	while (*nf.name == ' ')
		nf.name++;
	bool ok = each_cu(f, NULL, find_in_cu, &nf);
	/* a bare name is also a struct, union or enum tag, as stap's
	 * @cast(sa, "sockaddr", PATH) finds struct sockaddr */
	static const int bare[] = {DW_TAG_base_type, DW_TAG_structure_type, DW_TAG_union_type,
				   DW_TAG_enumeration_type};
	bool bare_name = nf.tag == DW_TAG_typedef;
	for (size_t i = 0; !ok && bare_name && i < sizeof bare / sizeof *bare; i++) {
		nf.tag = bare[i];
		ok = each_cu(f, NULL, find_in_cu, &nf);
	}
	if (!ok)
		return NULL;
	/* a typedef of a struct this CU only declares ("typedef struct
	 * lua_State lua_State" in lua.h): the definition from another CU,
	 * as stap's declaration_resolve */
	Dwarf_Die t = nf.found;
	int ttag;
	if (peel(&t) && dwarf_hasattr(&t, DW_AT_declaration) && dwarf_diename(&t) &&
	    ((ttag = dwarf_tag(&t)) == DW_TAG_structure_type || ttag == DW_TAG_union_type ||
	     ttag == DW_TAG_class_type)) {
		NameFind def = {.name = dwarf_diename(&t), .tag = ttag};
		if (each_cu(f, NULL, find_in_cu, &def))
			nf.found = def.found;
	}
	DwVar *v = xalloc(sizeof(*v));
	v->name = xstrdup(type);
	v->type = dw_type_name(&nf.found);
	v->kind = 'c';
	v->die_off = dwarf_dieoffset(&nf.found);
	return v;
}

/* A data symbol's link-time address (SDT "8@total(%rip)" operands): a
 * scan of .symtab (else .dynsym); rare, so not indexed. */
bool dw_data_symbol(DwFile *f, const char *name, uint64_t *addr)
{
	Elf *elfs[2] = {f->elf, f->delf};
	for (int e = 0; e < 2; e++) {
		GElf_Shdr sh = {0};
		Elf_Scn *scn = elfs[e] ? find_symtab(elfs[e], SHT_SYMTAB, &sh) : NULL;
		if (!scn && elfs[e])
			scn = find_symtab(elfs[e], SHT_DYNSYM, &sh);
		Elf_Data *data = scn ? elf_getdata(scn, NULL) : NULL;
		size_t n = data && sh.sh_entsize ? sh.sh_size / sh.sh_entsize : 0;
		for (size_t i = 0; i < n; i++) {
			GElf_Sym sym;
			if (!gelf_getsym(data, i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_OBJECT ||
			    sym.st_shndx == SHN_UNDEF)
				continue;
			const char *sn = elf_strptr(elfs[e], sh.sh_link, sym.st_name);
			if (sn && !strcmp(sn, name)) {
				*addr = sym.st_value;
				return true;
			}
		}
	}
	return false;
}

/* ------------------------------------------------------------------ */
/* Statement lines and callees (process probes: probes.c)              */

static int cmp_dwline(const void *a, const void *b)
{
	const DwLine *x = *(DwLine *const *)a, *y = *(DwLine *const *)b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* The line records of fn's CU in fn's decl file (DwLine *), by line
 * then address: stap's get_cu_lines_sorted_by_lineno(). */
int dw_file_lines(DwFile *f, const DwFunc *fn, Vec *out)
{
	Dwarf_Lines *lines;
	size_t n;
	int before = out->len;
	if (fn->symtab || !fn->file || !cu_lines(f, fn->cu_off, &lines, &n))
		return 0;
	for (size_t i = 0; i < n; i++) {
		Dwarf_Line *l = dwarf_onesrcline(lines, i);
		const char *src = dwarf_linesrc(l, NULL, NULL);
		if (!src || strcmp(src, fn->file))
			continue;
		DwLine *d = xalloc(sizeof(*d));
		dwarf_lineno(l, &d->line);
		d->addr = line_addr(lines, i);
		vec_push(out, d);
	}
	if (out->len - before > 1)
		qsort(out->data + before, out->len - before, sizeof(void *), cmp_dwline);
	return out->len - before;
}

/* The line record libdw's dwarf_getsrc_die() gives for addr in fn's
 * CU (the last row at or before it): its line, its address in *at.
 * 0 when there is none. */
int dw_line_at(DwFile *f, const DwFunc *fn, uint64_t addr, uint64_t *at)
{
	Dwarf_Die cu;
	if (fn->symtab || !dwarf_offdie(f->dw, fn->cu_off, &cu))
		return 0;
	Dwarf_Line *l = dwarf_getsrc_die(&cu, addr);
	int line = 0;
	Dwarf_Addr a = 0;
	if (!l || dwarf_lineno(l, &line) != 0 || dwarf_lineaddr(l, &a) != 0)
		return 0;
	*at = a;
	return line;
}

/* Is addr inside fn's DIE (its ranges, not just entry..high)? */
bool dw_has_pc(DwFile *f, const DwFunc *fn, uint64_t addr)
{
	Dwarf_Die die;
	if (fn->symtab || !f->dw || !dwarf_offdie(f->dw, fn->die_off, &die))
		return addr >= fn->entry && addr < fn->high;
	return dwarf_haspc(&die, addr) == 1;
}

/* The inline instance at DIE `off`, from the index, else made here. */
static DwFunc *instance_at(DwFile *f, const DwFunc *caller, Dwarf_Die *die, Dwarf_Die *origin)
{
	uint64_t off = dwarf_dieoffset(die);
	for (int i = 0; i < f->funcs.len; i++) {
		DwFunc *fn = f->funcs.data[i];
		if (fn->die_off == off)
			return fn;
	}
	Dwarf_Addr pc, hi;
	if (dwarf_lowpc(die, &pc) != 0 && dwarf_entrypc(die, &pc) != 0)
		return NULL;
	DwFunc *fn = xalloc(sizeof(*fn));
	fn->name = xstrdup(dwarf_diename(origin));
	const char *file = dwarf_decl_file(origin);
	fn->file = file ? xstrdup(file) : NULL;
	dwarf_decl_line(origin, &fn->line);
	fn->entry = fn->prologue = pc;
	fn->high = dwarf_highpc(die, &hi) == 0 ? hi : pc + 1;
	fn->inlined = true;
	fn->die_off = off;
	fn->cu_off = caller->cu_off;
	fn->cu_idx = caller->cu_idx;
	fn->cu_name = caller->cu_name;
	return fn;
}

static void callees_in(DwFile *f, const DwFunc *caller, Dwarf_Die *die, const char *pat,
		       int depth, Vec *out, bool *gnu_site)
{
	Dwarf_Die kid, origin;
	Dwarf_Attribute a;
	if (dwarf_child(die, &kid) != 0)
		return;
	do {
		int tag = dwarf_tag(&kid);
		if (tag == DW_TAG_subprogram)
			continue;
		if (tag != DW_TAG_inlined_subroutine && tag != DW_TAG_GNU_call_site) {
			if (dwarf_haschildren(&kid))
				callees_in(f, caller, &kid, pat, depth, out, gnu_site);
			continue;
		}
		const char *name = dwarf_diename(&kid);
		if (!name || fnmatch(pat, name, 0) != 0 ||
		    !dwarf_formref_die(dwarf_attr(&kid, DW_AT_abstract_origin, &a), &origin))
			continue;
		if (tag == DW_TAG_GNU_call_site) {
			*gnu_site = true;
			continue;
		}
		Dwarf_Addr lo;
		if (dwarf_lowpc(&kid, &lo) != 0)
			continue;       /* stap 4.8 skips an instance with only ranges */
		DwFunc *fn = instance_at(f, caller, &kid, &origin);
		if (!fn)
			continue;
		DwCallee *c = xalloc(sizeof(*c));
		c->fn = fn;
		c->caller = caller;
		vec_push(out, c);
		if (depth > 1)
			callees_in(f, fn, &kid, pat, depth - 1, out, gnu_site);
	} while (dwarf_siblingof(&kid, &kid) == 0);
}

/* fn's callees matching pat, to `depth` levels, as stap 4.8's
 * iterate_over_callees(): inline instances (DwCallee *); calls through
 * DW_TAG_GNU_call_site (DWARF 4) set *gnu_site instead; DWARF 5's
 * DW_TAG_call_site is not one stap 4.8 knows. */
int dw_callees(DwFile *f, const DwFunc *fn, const char *pat, int depth, Vec *out, bool *gnu_site)
{
	Dwarf_Die die;
	int before = out->len;
	*gnu_site = false;
	if (fn->symtab || !f->dw || !dwarf_offdie(f->dw, fn->die_off, &die))
		return 0;
	callees_in(f, fn, &die, pat, depth, out, gnu_site);
	return out->len - before;
}
