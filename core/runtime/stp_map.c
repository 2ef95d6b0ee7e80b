// SPDX-License-Identifier: GPL-2.0
/*
 * stp_map.c - script arrays: preallocated hash maps.
 *
 * Up to STP_MAP_MAXKEYS keys, each a long or a string; the value a long,
 * a string or a statistic.  Every entry is allocated at load (the
 * array's size, MAXMAPENTRIES by default); a full array is a runtime
 * error, or, for a '%' (wrap) array, the oldest entry is reused.
 * Entries also sit on a list in insertion order: foreach walks it, and
 * sorting reorders it.  The caller holds the global's lock.
 *
 * An array of statistics is per CPU: '<<<' (under the read lock) adds to
 * this CPU's own map; reads (under the write lock) merge the CPUs' maps
 * into the array's own, which then serves lookups, foreach and sorting.
 */
#include <linux/jhash.h>
#include <linux/list_sort.h>
#include <linux/vmalloc.h>

#define STP_MAP_MAXKEYS 9

enum stp_type { STP_T_LONG, STP_T_STRING, STP_T_STAT };

/* One key, as generated code passes it: (union stp_key[]){{.l = 1}, ...} */
union stp_key {
	s64 l;
	const char *s;
};

struct stp_mentry {
	struct hlist_node hnode;
	struct list_head list;	/* on 'used' (insertion order) or 'free' */
	u32 hash;
	char data[];		/* keys, then the value */
};

struct stp_map {
	const char *name;	/* the script's name, for messages */
	int nkeys;
	enum stp_type ktype[STP_MAP_MAXKEYS];
	size_t koff[STP_MAP_MAXKEYS];
	enum stp_type vtype;
	size_t voff, esize;
	int max, count;
	bool wrap;
	bool sized;		/* has its own size (not MAXMAPENTRIES) */
	struct stp_hist hist;	/* statistic values */
	struct hlist_head *table;
	unsigned int tmask;
	struct list_head used, free;
	char *pool;
	/* sort state for list_sort's comparator */
	int sort_col, sort_dir, sort_agg;
	/* statistics: '<<<' goes to this CPU's map; this map is the merged
	 * view, rebuilt on read (stp_map_stat_find, stp_map_agg) */
	struct stp_map **pcpu;
	struct stp_stat_data **parts;	/* nr_cpu_ids: merge scratch */
};

static size_t stp_type_size(enum stp_type t, const struct stp_hist *h)
{
	switch (t) {
	case STP_T_LONG:
		return sizeof(s64);
	case STP_T_STRING:
		return MAXSTRINGLEN;
	default:
		return stp_stat_dsize(h);
	}
}

static void stp_map_free(struct stp_map *m)
{
	int cpu;

	if (!m)
		return;
	if (m->pcpu)
		for_each_possible_cpu(cpu)
			stp_map_free(m->pcpu[cpu]);
	kfree(m->pcpu);
	kfree(m->parts);
	vfree(m->pool);
	kvfree(m->table);
	kfree(m);
}

/*
 * A new array: 'ktypes' (long or string) for 'nkeys' keys, a value type,
 * 'max' entries (0: MAXMAPENTRIES), 'wrap' for '%', 'hist' for statistic
 * values (NULL: no histogram).
 */
static struct stp_map *stp_map_alloc(const char *name, int nkeys,
				     const enum stp_type *ktypes,
				     enum stp_type vtype, int max, bool wrap,
				     const struct stp_hist *hist)
{
	struct stp_map *m;
	size_t off = 0;
	int i;

	if (nkeys < 1 || nkeys > STP_MAP_MAXKEYS)
		return NULL;
	m = kzalloc(sizeof(*m), GFP_KERNEL);
	if (!m)
		return NULL;
	m->name = name;
	m->nkeys = nkeys;
	m->vtype = vtype;
	m->max = max > 0 ? max : MAXMAPENTRIES;
	m->sized = max > 0;
	m->wrap = wrap;
	if (hist)
		m->hist = *hist;
	for (i = 0; i < nkeys; i++) {
		m->ktype[i] = ktypes[i];
		m->koff[i] = off;
		off += stp_type_size(ktypes[i], NULL);
	}
	m->voff = off;
	m->esize = ALIGN(sizeof(struct stp_mentry) + off +
			 stp_type_size(vtype, &m->hist), 8);
	m->tmask = roundup_pow_of_two(m->max) - 1;
	m->table = kvcalloc(m->tmask + 1, sizeof(*m->table), GFP_KERNEL);
	m->pool = vzalloc(array_size(m->max, m->esize));
	if (!m->table || !m->pool)
		goto err_out;
	INIT_LIST_HEAD(&m->used);
	INIT_LIST_HEAD(&m->free);
	for (i = 0; i < m->max; i++)
		list_add_tail(&((struct stp_mentry *)(m->pool + i * m->esize))->list,
			      &m->free);
	return m;
err_out:
	stp_map_free(m);
	return NULL;
}

/* A new array (see stp_map_alloc); statistics get a map per CPU too. */
static struct stp_map *stp_map_new(const char *name, int nkeys,
				   const enum stp_type *ktypes,
				   enum stp_type vtype, int max, bool wrap,
				   const struct stp_hist *hist)
{
	struct stp_map *m = stp_map_alloc(name, nkeys, ktypes, vtype, max,
					  wrap, hist);
	int cpu;

	if (!m || vtype != STP_T_STAT)
		return m;
	m->pcpu = kcalloc(nr_cpu_ids, sizeof(*m->pcpu), GFP_KERNEL);
	m->parts = kcalloc(nr_cpu_ids, sizeof(*m->parts), GFP_KERNEL);
	if (!m->pcpu || !m->parts)
		goto err_out;
	for_each_possible_cpu(cpu) {
		m->pcpu[cpu] = stp_map_alloc(name, nkeys, ktypes, vtype, max,
					     wrap, hist);
		if (!m->pcpu[cpu])
			goto err_out;
	}
	return m;
err_out:
	stp_map_free(m);
	return NULL;
}

static s64 *stp_mkey_long(struct stp_mentry *e, const struct stp_map *m, int i)
{
	return (s64 *)(e->data + m->koff[i]);
}

static char *stp_mkey_str(struct stp_mentry *e, const struct stp_map *m, int i)
{
	return e->data + m->koff[i];
}

/*
 * Hashing and matching sit on every probe hit that touches an array
 * (a[tid()] <<< 1): inlined, with jhash_2words for a long key, the lookup
 * makes no call.  Out of line (jhash of 8 bytes, then the hash and match
 * helpers) they cost a tracepoint probe about 70 ns of its 610 per hit in
 * the TCG guest (t/bench/event).
 */
static __always_inline u32 stp_map_hash(const struct stp_map *m,
					const union stp_key *k)
{
	u32 h = 0;
	int i;

	for (i = 0; i < m->nkeys; i++) {
		if (m->ktype[i] == STP_T_LONG)
			h = jhash_2words((u32)k[i].l, (u32)((u64)k[i].l >> 32), h);
		else
			h = jhash(k[i].s, strnlen(k[i].s, MAXSTRINGLEN - 1), h);
	}
	return h;
}

static __always_inline bool stp_map_match(const struct stp_map *m,
					  struct stp_mentry *e,
					  const union stp_key *k)
{
	int i;

	for (i = 0; i < m->nkeys; i++) {
		if (m->ktype[i] == STP_T_LONG) {
			if (*stp_mkey_long(e, m, i) != k[i].l)
				return false;
		} else if (strncmp(stp_mkey_str(e, m, i), k[i].s,
				   MAXSTRINGLEN - 1)) {
			return false;
		}
	}
	return true;
}

static __always_inline struct stp_mentry *stp_map_find(struct stp_map *m,
							const union stp_key *k)
{
	u32 h = stp_map_hash(m, k);
	struct stp_mentry *e;

	hlist_for_each_entry(e, &m->table[h & m->tmask], hnode)
		if (e->hash == h && stp_map_match(m, e, k))
			return e;
	return NULL;
}

static void stp_map_release(struct stp_map *m, struct stp_mentry *e)
{
	hlist_del(&e->hnode);
	list_move(&e->list, &m->free);
	m->count--;
}

/* The entry for 'k', made (zeroed) if absent; NULL and an error if full. */
static struct stp_mentry *stp_map_add(struct stp_context *c, struct stp_map *m,
				      const union stp_key *k)
{
	struct stp_mentry *e = stp_map_find(m, k);
	int i;

	if (e)
		return e;
	if (list_empty(&m->free)) {
		if (!m->wrap) {
			/* stap names the limit that sized the array */
			if (!m->sized)
				stp_error(c, "Array overflow, check MAXMAPENTRIES");
			else
				stp_errorf(c, "Array overflow, check size limit (%d)",
					   m->max);
			return NULL;
		}
		stp_map_release(m, list_first_entry(&m->used,
						    struct stp_mentry, list));
	}
	e = list_first_entry(&m->free, struct stp_mentry, list);
	memset(e->data, 0, m->esize - sizeof(*e));
	for (i = 0; i < m->nkeys; i++) {
		if (m->ktype[i] == STP_T_LONG)
			*stp_mkey_long(e, m, i) = k[i].l;
		else
			strscpy(stp_mkey_str(e, m, i), k[i].s, MAXSTRINGLEN);
	}
	e->hash = stp_map_hash(m, k);
	hlist_add_head(&e->hnode, &m->table[e->hash & m->tmask]);
	list_move_tail(&e->list, &m->used);
	m->count++;
	return e;
}

/* Entry accessors (foreach and lookups). */
static s64 stp_mentry_key_long(struct stp_map *m, struct stp_mentry *e, int i)
{
	return *stp_mkey_long(e, m, i);
}

static const char *stp_mentry_key_str(struct stp_map *m, struct stp_mentry *e,
				      int i)
{
	return stp_mkey_str(e, m, i);
}

static s64 *stp_mentry_long(struct stp_map *m, struct stp_mentry *e)
{
	return (s64 *)(e->data + m->voff);
}

static char *stp_mentry_str(struct stp_map *m, struct stp_mentry *e)
{
	return e->data + m->voff;
}

static struct stp_stat_data *stp_mentry_stat(struct stp_map *m,
					     struct stp_mentry *e)
{
	return (struct stp_stat_data *)(e->data + m->voff);
}

/* a[k] (absent: 0 or ""), a[k] = v, a[k] += v, a[k] <<< v, delete, in. */
static s64 stp_map_get_long(struct stp_map *m, const union stp_key *k)
{
	struct stp_mentry *e = stp_map_find(m, k);

	return e ? *stp_mentry_long(m, e) : 0;
}

static const char *stp_map_get_str(struct stp_map *m, const union stp_key *k)
{
	struct stp_mentry *e = stp_map_find(m, k);

	return e ? stp_mentry_str(m, e) : "";
}

static void stp_map_set_long(struct stp_context *c, struct stp_map *m,
			     const union stp_key *k, s64 v)
{
	struct stp_mentry *e = stp_map_add(c, m, k);

	if (e)
		*stp_mentry_long(m, e) = v;
}

static void stp_map_set_str(struct stp_context *c, struct stp_map *m,
			    const union stp_key *k, const char *v)
{
	struct stp_mentry *e = stp_map_add(c, m, k);

	if (e)
		strscpy(stp_mentry_str(m, e), v, MAXSTRINGLEN);
}

static s64 stp_map_add_long(struct stp_context *c, struct stp_map *m,
			    const union stp_key *k, s64 delta)
{
	struct stp_mentry *e = stp_map_add(c, m, k);

	return e ? (*stp_mentry_long(m, e) += delta) : 0;
}

/* a[k] <<< v: this CPU's map (the caller holds the read lock; handlers
 * run with interrupts off, so the CPU's map is its own). */
static void stp_map_stat_add(struct stp_context *c, struct stp_map *m,
			     const union stp_key *k, s64 v)
{
	struct stp_map *pm = m->pcpu ? m->pcpu[smp_processor_id()] : m;
	struct stp_mentry *e = stp_map_add(c, pm, k);

	if (e)
		stp_sd_add(&pm->hist, stp_mentry_stat(pm, e), v);
}

/* The keys of an entry, as a key array (strings point into the entry). */
static void stp_mentry_keys(struct stp_map *m, struct stp_mentry *e,
			    union stp_key *k)
{
	int i;

	for (i = 0; i < m->nkeys; i++) {
		if (m->ktype[i] == STP_T_LONG)
			k[i].l = *stp_mkey_long(e, m, i);
		else
			k[i].s = stp_mkey_str(e, m, i);
	}
}

/*
 * The merged statistic of a[k], in the merged view's entry (made or
 * dropped to follow the CPUs' maps); NULL when no CPU has k.  The caller
 * holds the write lock.
 */
static struct stp_mentry *stp_map_stat_find(struct stp_context *c,
					    struct stp_map *m,
					    const union stp_key *k)
{
	struct stp_mentry *e;
	bool any = false;
	int cpu, n = 0;

	if (!m->pcpu)
		return stp_map_find(m, k);
	for_each_possible_cpu(cpu) {
		e = stp_map_find(m->pcpu[cpu], k);
		m->parts[n++] = e ? stp_mentry_stat(m->pcpu[cpu], e) : NULL;
		any |= e != NULL;
	}
	e = stp_map_find(m, k);
	if (!any) {
		if (e)
			stp_map_release(m, e);
		return NULL;
	}
	if (!e)
		e = stp_map_add(c, m, k);
	if (e)
		stp_sd_merge(&m->hist, stp_mentry_stat(m, e),
			     stp_type_size(STP_T_STAT, &m->hist), m->parts, n);
	return e;
}

/* Rebuild the merged view of a statistics array (foreach, slices). */
static void stp_map_agg(struct stp_context *c, struct stp_map *m)
{
	union stp_key k[STP_MAP_MAXKEYS];
	struct stp_mentry *e, *n;
	int cpu;

	if (!m->pcpu)
		return;
	list_for_each_entry_safe(e, n, &m->used, list)
		stp_map_release(m, e);
	for_each_possible_cpu(cpu) {
		list_for_each_entry(e, &m->pcpu[cpu]->used, list) {
			stp_mentry_keys(m, e, k);
			if (stp_map_find(m, k))
				continue;	/* merged from an earlier CPU */
			if (!stp_map_stat_find(c, m, k))
				return;		/* overflow: error set */
		}
	}
}

static bool stp_map_exists(struct stp_map *m, const union stp_key *k)
{
	int cpu;

	if (m->pcpu) {
		for_each_possible_cpu(cpu)
			if (stp_map_find(m->pcpu[cpu], k))
				return true;
		return false;
	}
	return stp_map_find(m, k) != NULL;
}

static void stp_map_delete(struct stp_map *m, const union stp_key *k)
{
	struct stp_mentry *e = stp_map_find(m, k);
	int cpu;

	if (e)
		stp_map_release(m, e);
	if (m->pcpu)
		for_each_possible_cpu(cpu)
			stp_map_delete(m->pcpu[cpu], k);
}

static void stp_map_clear(struct stp_map *m)
{
	struct stp_mentry *e, *n;
	int cpu;

	list_for_each_entry_safe(e, n, &m->used, list)
		stp_map_release(m, e);
	if (m->pcpu)
		for_each_possible_cpu(cpu)
			stp_map_clear(m->pcpu[cpu]);
}

static int stp_map_size(struct stp_map *m)
{
	return m->count;
}

/* Iteration in the list's order: for (e = first; e; e = next(e)). */
static struct stp_mentry *stp_map_first(struct stp_map *m)
{
	return list_first_entry_or_null(&m->used, struct stp_mentry, list);
}

static struct stp_mentry *stp_map_next(struct stp_map *m, struct stp_mentry *e)
{
	return list_is_last(&e->list, &m->used) ? NULL :
	       list_next_entry(e, list);
}

enum stp_agg { STP_AGG_COUNT, STP_AGG_SUM, STP_AGG_MIN, STP_AGG_MAX,
	       STP_AGG_AVG };

static s64 stp_sort_stat_value(struct stp_stat_data *d, int agg)
{
	switch (agg) {
	case STP_AGG_SUM: return d->sum;
	case STP_AGG_MIN: return d->count ? d->min : 0;
	case STP_AGG_MAX: return d->count ? d->max : 0;
	case STP_AGG_AVG: return d->count ? div64_s64(d->sum, d->count) : 0;
	default: return d->count;
	}
}

static int stp_map_cmp(void *priv, const struct list_head *a,
		       const struct list_head *b)
{
	struct stp_map *m = priv;
	struct stp_mentry *ea = list_entry(a, struct stp_mentry, list);
	struct stp_mentry *eb = list_entry(b, struct stp_mentry, list);
	int col = m->sort_col, r;
	s64 x, y;

	if (col == 0 && m->vtype == STP_T_STRING) {
		r = strcmp(stp_mentry_str(m, ea), stp_mentry_str(m, eb));
	} else if (col > 0 && m->ktype[col - 1] == STP_T_STRING) {
		r = strcmp(stp_mkey_str(ea, m, col - 1),
			   stp_mkey_str(eb, m, col - 1));
	} else {
		if (col > 0) {
			x = *stp_mkey_long(ea, m, col - 1);
			y = *stp_mkey_long(eb, m, col - 1);
		} else if (m->vtype == STP_T_STAT) {
			x = stp_sort_stat_value(stp_mentry_stat(m, ea), m->sort_agg);
			y = stp_sort_stat_value(stp_mentry_stat(m, eb), m->sort_agg);
		} else {
			x = *stp_mentry_long(m, ea);
			y = *stp_mentry_long(m, eb);
		}
		r = x < y ? -1 : x > y;
	}
	return r * m->sort_dir;
}

/*
 * foreach sorting: by the value (col 0; for statistics by 'agg') or by
 * key col (1..nkeys), dir 1 ascending, -1 descending.  Stable.
 */
static void stp_map_sort(struct stp_map *m, int col, int dir, int agg)
{
	if (col < 0 || col > m->nkeys)
		return;
	m->sort_col = col;
	m->sort_dir = dir < 0 ? -1 : 1;
	m->sort_agg = agg;
	list_sort(m, &m->used, stp_map_cmp);
}

/*
 * Slices (a[*, k], [k, *] in a, delete a[*, k]): key i is a wildcard when
 * bit i of 'wild' is set; the other keys must match.
 */
static bool stp_map_slice_match(struct stp_map *m, struct stp_mentry *e,
				const union stp_key *k, unsigned int wild)
{
	int i;

	for (i = 0; i < m->nkeys; i++) {
		if (wild & (1u << i))
			continue;
		if (m->ktype[i] == STP_T_LONG) {
			if (*stp_mkey_long(e, m, i) != k[i].l)
				return false;
		} else if (strncmp(stp_mkey_str(e, m, i), k[i].s,
				   MAXSTRINGLEN - 1)) {
			return false;
		}
	}
	return true;
}

static bool stp_map_exists_slice(struct stp_map *m, const union stp_key *k,
				 unsigned int wild)
{
	struct stp_mentry *e;
	int cpu;

	if (m->pcpu) {
		for_each_possible_cpu(cpu)
			if (stp_map_exists_slice(m->pcpu[cpu], k, wild))
				return true;
		return false;
	}
	list_for_each_entry(e, &m->used, list)
		if (stp_map_slice_match(m, e, k, wild))
			return true;
	return false;
}

static void stp_map_delete_slice(struct stp_map *m, const union stp_key *k,
				 unsigned int wild)
{
	struct stp_mentry *e, *n;
	int cpu;

	list_for_each_entry_safe(e, n, &m->used, list)
		if (stp_map_slice_match(m, e, k, wild))
			stp_map_release(m, e);
	if (m->pcpu)
		for_each_possible_cpu(cpu)
			stp_map_delete_slice(m->pcpu[cpu], k, wild);
}
