// SPDX-License-Identifier: GPL-2.0
/*
 * stp_stat.c - statistics: count, sum, min, max, avg, variance and the
 * log and linear histograms, with SystemTap's ASCII rendering.
 *
 * A scalar statistic ('global s; s <<< v') is per CPU: '<<<' touches
 * only this CPU's copy; reading merges them (stp_stat_read).  Arrays of
 * statistics are per CPU the same way (stp_map.c: one map per CPU,
 * merged with stp_sd_merge on read).
 */
#include <linux/math64.h>

#define STP_HIST_LOG_BUCKETS 128
#define STP_HIST_LOG_BUCKET0 64

enum stp_hist_type { STP_HIST_NONE, STP_HIST_LOG, STP_HIST_LINEAR };

struct stp_hist {
	enum stp_hist_type type;
	s64 start, stop, interval;	/* linear */
	int buckets;			/* with underflow and overflow */
	int bit_shift;			/* @variance(N) precision */
};

struct stp_stat_data {
	s64 count, sum, min, max;
	s64 avg_s, m2, variance_s;	/* Welford, scaled by bit_shift */
	s64 hist[];
};

struct stp_stat {
	struct stp_hist h;
	size_t dsize;
	void __percpu *pcpu;
	struct stp_stat_data *agg;	/* the merged view */
	struct stp_stat_data **parts;	/* nr_cpu_ids: merge scratch */
};

/* A histogram spec: NULL hist means none; linear checks its range. */
static int stp_hist_init(struct stp_hist *h, enum stp_hist_type type,
			 s64 start, s64 stop, s64 interval)
{
	memset(h, 0, sizeof(*h));
	h->type = type;
	if (type == STP_HIST_LOG) {
		h->buckets = STP_HIST_LOG_BUCKETS;
	} else if (type == STP_HIST_LINEAR) {
		if (interval <= 0 || stop <= start)
			return -EINVAL;
		h->start = start, h->stop = stop, h->interval = interval;
		h->buckets = div64_s64(stop - start, interval) + 3;
		if (h->buckets > STP_MAX_BUCKETS)
			return -E2BIG;
	}
	return 0;
}

static size_t stp_stat_dsize(const struct stp_hist *h)
{
	return sizeof(struct stp_stat_data) + h->buckets * sizeof(s64);
}

static int stp_log_bucket(s64 v)
{
	u64 a;
	int b;

	if (v == 0)
		return STP_HIST_LOG_BUCKET0;
	a = v < 0 ? -(u64)v : (u64)v;
	b = fls64(a);		/* 1..64: 2^(b-1) <= a < 2^b */
	return v < 0 ? STP_HIST_LOG_BUCKET0 - b : STP_HIST_LOG_BUCKET0 + b;
}

static s64 stp_log_bucket_value(int i)
{
	if (i == STP_HIST_LOG_BUCKET0)
		return 0;
	if (i < STP_HIST_LOG_BUCKET0)
		return S64_MIN >> i;	/* arithmetic: -2^(63-i) */
	return (s64)1 << (i - STP_HIST_LOG_BUCKET0 - 1);
}

static void stp_sd_add(const struct stp_hist *h, struct stp_stat_data *d,
		       s64 v)
{
	s64 vs = v << h->bit_shift, delta;
	int b;

	if (d->count++ == 0) {
		d->sum = d->min = d->max = v;
		d->avg_s = vs;
		d->m2 = 0;
	} else {
		d->sum += v;
		d->max = max(d->max, v);
		d->min = min(d->min, v);
		delta = vs - d->avg_s;
		d->avg_s += div64_s64(delta, d->count);
		d->m2 += delta * (vs - d->avg_s);
		d->variance_s = div64_s64(d->m2, d->count - 1);
	}
	if (h->type == STP_HIST_LOG) {
		b = stp_log_bucket(v);
		d->hist[min(b, h->buckets - 1)]++;
	} else if (h->type == STP_HIST_LINEAR) {
		if (v < h->start)
			b = 0;
		else
			b = min_t(s64, div64_u64(v - h->start, h->interval) + 1,
				  h->buckets - 1);
		d->hist[b]++;
	}
}

static struct stp_stat *stp_stat_new(enum stp_hist_type type, s64 start,
				     s64 stop, s64 interval)
{
	struct stp_stat *st = kzalloc(sizeof(*st), GFP_KERNEL);

	if (!st)
		return NULL;
	if (stp_hist_init(&st->h, type, start, stop, interval))
		goto err_out;
	st->dsize = stp_stat_dsize(&st->h);
	st->pcpu = __alloc_percpu(st->dsize, 8);
	st->agg = kzalloc(st->dsize, GFP_KERNEL);
	st->parts = kcalloc(nr_cpu_ids, sizeof(*st->parts), GFP_KERNEL);
	if (!st->pcpu || !st->agg || !st->parts)
		goto err_out;
	return st;
err_out:
	if (st->pcpu)
		free_percpu(st->pcpu);
	kfree(st->agg);
	kfree(st->parts);
	kfree(st);
	return NULL;
}

static void stp_stat_free(struct stp_stat *st)
{
	if (!st)
		return;
	free_percpu(st->pcpu);
	kfree(st->agg);
	kfree(st->parts);
	kfree(st);
}

/* s <<< v: this CPU's copy (handlers run with interrupts off). */
static void stp_stat_add(struct stp_stat *st, s64 v)
{
	stp_sd_add(&st->h, this_cpu_ptr(st->pcpu), v);
}

/*
 * Merge 'n' per-CPU parts (NULL: none) into 'agg'.  Totals first, then
 * the pooled variance: sum over parts of count*(avg_part - avg)^2 plus
 * (count_part - 1)*variance_part, over (count - 1).
 */
static void stp_sd_merge(const struct stp_hist *h, struct stp_stat_data *agg,
			 size_t dsize, struct stp_stat_data *const *parts,
			 int n)
{
	s64 s1 = 0, s2 = 0, dv;
	int i, j;

	memset(agg, 0, dsize);
	for (i = 0; i < n; i++) {
		const struct stp_stat_data *d = parts[i];

		if (!d || !d->count)
			continue;
		if (!agg->count || d->min < agg->min)
			agg->min = d->min;
		if (!agg->count || d->max > agg->max)
			agg->max = d->max;
		agg->count += d->count;
		agg->sum += d->sum;
		for (j = 0; j < h->buckets; j++)
			agg->hist[j] += d->hist[j];
	}
	if (!agg->count)
		return;
	agg->avg_s = div64_s64(agg->sum << h->bit_shift, agg->count);
	for (i = 0; i < n; i++) {
		const struct stp_stat_data *d = parts[i];

		if (!d || !d->count)
			continue;
		dv = d->avg_s - agg->avg_s;
		s1 += d->count * dv * dv;
		s2 += (d->count - 1) * d->variance_s;
	}
	agg->variance_s = agg->count > 1 ?
			  div64_s64(s1 + s2, agg->count - 1) : 0;
}

/* The merged view; the caller holds the global's write lock. */
static struct stp_stat_data *stp_stat_read(struct stp_stat *st)
{
	int cpu, n = 0;

	for_each_possible_cpu(cpu)
		st->parts[n++] = per_cpu_ptr(st->pcpu, cpu);
	stp_sd_merge(&st->h, st->agg, st->dsize, st->parts, n);
	return st->agg;
}

static void stp_stat_clear(struct stp_stat *st)
{
	int cpu;

	for_each_possible_cpu(cpu)
		memset(per_cpu_ptr(st->pcpu, cpu), 0, st->dsize);
}

/* @count .. @variance of a merged (or array-entry) statistic. */
static s64 stp_sd_count(struct stp_context *c, struct stp_stat_data *d)
{
	return d->count;
}

static s64 stp_sd_sum(struct stp_context *c, struct stp_stat_data *d)
{
	return d->sum;
}

static bool stp_sd_nonempty(struct stp_context *c, struct stp_stat_data *d)
{
	if (d->count)
		return true;
	stp_error(c, "empty aggregate");
	return false;
}

static s64 stp_sd_min(struct stp_context *c, struct stp_stat_data *d)
{
	return stp_sd_nonempty(c, d) ? d->min : 0;
}

static s64 stp_sd_max(struct stp_context *c, struct stp_stat_data *d)
{
	return stp_sd_nonempty(c, d) ? d->max : 0;
}

static s64 stp_sd_avg(struct stp_context *c, struct stp_stat_data *d)
{
	return stp_sd_nonempty(c, d) ? div64_s64(d->sum, d->count) : 0;
}

static s64 stp_sd_variance(struct stp_context *c, const struct stp_hist *h,
			   struct stp_stat_data *d)
{
	if (!stp_sd_nonempty(c, d))
		return 0;
	return d->count > 1 ? d->variance_s >> (2 * h->bit_shift) : 0;
}

static int stp_digits(s64 v)
{
	int n = v <= 0;		/* '-' or the single '0' */
	u64 a = v < 0 ? -(u64)v : (u64)v;

	while (a) {
		a /= 10;
		n++;
	}
	return n;
}

/* The value shown on histogram row i, and its '<'/'>' mark. */
static s64 stp_hist_row_value(const struct stp_hist *h, int i, const char **mark)
{
	*mark = "";
	if (h->type == STP_HIST_LOG)
		return stp_log_bucket_value(i);
	if (i == 0) {
		*mark = "<";
		return h->start;
	}
	if (i == h->buckets - 1) {
		*mark = ">";
		return h->start + (s64)(i - 2) * h->interval;
	}
	return h->start + (s64)(i - 1) * h->interval;
}

/* A row is elided when it and its HIST_ELISION neighbours are all 0. */
static bool stp_hist_elide(const struct stp_stat_data *d, int i, int lo,
			   int hi, int buckets)
{
	int k, reach = min(HIST_ELISION, buckets);

	if (HIST_ELISION < 0)
		return false;
	for (k = max(lo, i - reach); k <= min(hi, i + reach); k++)
		if (d->hist[k])
			return false;
	return true;
}

/*
 * print(@hist_log(s)) / @hist_linear: SystemTap's layout.  The rows span
 * the used buckets plus two empty ones each side (a log histogram does
 * not reach into negative buckets unless used; a linear one shows its
 * '<' and '>' rows only when non-empty); bars are scaled to HIST_WIDTH;
 * runs of empty rows collapse into one '~' line.
 */
static void stp_sd_print_hist(struct stp_context *c, const struct stp_hist *h,
			      const struct stp_stat_data *d)
{
	int lo = -1, hi = 0, i, vspace, cspace, under = 0, over = 0;
	s64 vmax = 0, scale, bar;
	bool eliding = false;
	const char *mark;

	if (h->type == STP_HIST_NONE)
		return;
	for (i = 0; i < h->buckets; i++) {
		if (d->hist[i] > 0) {
			if (lo < 0)
				lo = i;
			hi = i;
		}
		vmax = max(vmax, d->hist[i]);
	}
	for (i = 0; i < 2; i++) {
		if (h->type == STP_HIST_LOG) {
			if (lo != STP_HIST_LOG_BUCKET0 && lo > 0)
				lo--;
		} else if (lo > 0) {
			lo--;
		}
		if (hi < h->buckets - 1)
			hi++;
	}
	if (h->type == STP_HIST_LINEAR) {
		if (lo == 0 && d->hist[0] == 0)
			lo++;
		if (hi == h->buckets - 1 && d->hist[hi] == 0)
			hi--;
		under = lo == 0;
		over = hi == h->buckets - 1;
	}
	scale = vmax <= HIST_WIDTH ? 1 : div64_s64(vmax + HIST_WIDTH - 1,
						   HIST_WIDTH);
	cspace = stp_digits(vmax);
	if (h->type == STP_HIST_LINEAR)
		vspace = max(stp_digits(h->start) + under,
			     stp_digits(h->start + h->interval * hi) + over);
	else
		vspace = max(stp_digits(stp_log_bucket_value(hi)),
			     stp_digits(stp_log_bucket_value(lo)));
	vspace = max(vspace, 5);

	stp_printf(c, "%*s |", (s64)vspace, "value");
	for (i = 0; i < HIST_WIDTH; i++)
		stp_print_char(c, '-');
	stp_print_str(c, " count\n");
	for (i = lo; i <= hi && lo >= 0; i++) {
		s64 v;

		if (stp_hist_elide(d, i, lo, hi, h->buckets)) {
			eliding = true;
			continue;
		}
		if (eliding) {
			stp_printf(c, "%*s ~\n", (s64)vspace, "");
			eliding = false;
		}
		v = stp_hist_row_value(h, i, &mark);
		stp_printf(c, "%*s%d |", (s64)(vspace - stp_digits(v)), mark, v);
		bar = div64_s64(d->hist[i], scale);
		for (v = 0; v < bar; v++)
			stp_print_char(c, '@');
		stp_printf(c, "%*d\n", (s64)(HIST_WIDTH - bar + 1 + cspace),
			   d->hist[i]);
	}
	stp_print_char(c, '\n');
}

/* print(@hist_log(s)) of a scalar statistic (write lock held). */
static void stp_stat_print_hist(struct stp_context *c, struct stp_stat *st)
{
	stp_sd_print_hist(c, &st->h, stp_stat_read(st));
}
