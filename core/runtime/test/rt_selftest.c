// SPDX-License-Identifier: GPL-2.0
/*
 * rt_selftest.c - the runtime's live test, written by hand the way pass 3
 * will generate a module: globals, handlers working on the context, a
 * probe table, STP_MODULE.  The module parameter 'rt_case' picks the
 * script it stands for (each case quotes its script); t/runtime/run
 * loads it with staprun and compares the output.
 */
#include "stp_runtime.h"

static int rt_case;
module_param(rt_case, int, 0400);
static int rt_init_fail;	/* the globals' init fails half-way */
module_param(rt_init_fail, int, 0400);

/* globals: "global a, names, wrap%[3], small[3], s, lin, h" */
static DEFINE_RWLOCK(g_lock);
static struct stp_map *g_a;		/* a[string] = long */
static struct stp_map *g_names;		/* names[long, string] = string */
static struct stp_map *g_wrap;		/* wrap%[3] = long */
static struct stp_map *g_small;		/* small[3] = long */
static struct stp_map *g_hm;		/* hm[string] <<< v, @hist_log */
static struct stp_stat *g_s;		/* s <<< v, @hist_log */
static struct stp_stat *g_lin;		/* lin <<< v, @hist_linear(0, 100, 10) */
static s64 g_ticks, g_loops;

#define K(...) ((const union stp_key[]){ __VA_ARGS__ })

/*
 * case 1: probe begin {
 *   printf(<each form below>); exit() }  probe end { println("end") }
 */
static void rt_print_forms(struct stp_context *c)
{
	static const char mem[] = "AB!z";
	char buf[MAXSTRINGLEN];

	stp_printf(c, "[%d|%i|%u|%5d|%-5d|%05d|%+d|% d]\n", 42LL, -7LL, -1LL,
		   42LL, 42LL, -42LL, 42LL, 42LL);
	stp_printf(c, "[%x|%X|%#x|%#X|%o|%#o|%#o|%#x|%p]\n", 255LL, 255LL,
		   255LL, 255LL, 8LL, 8LL, 0LL, 0LL, 4096LL);
	stp_printf(c, "[%s|%6s|%-6s|%.2s|%c|%3c|%-3c|%#c|%#c|%%]\n", "str",
		   "ab", "ab", "xyz", 65LL, 66LL, 67LL, 10LL, 1LL);
	stp_printf(c, "[%*d|%-*d|%.*d|%.3d|%8.3d|%-8.3x|%08.3d]\n", 4LL, 7LL,
		   4LL, 7LL, 3LL, 7LL, 5LL, 5LL, 255LL, 9LL);
	stp_printf(c, "[%d|%x|%u|%o]\n", (s64)S64_MIN, -1LL, (s64)S64_MIN, -1LL);
	stp_printf(c, "[%.4m|%.4M|%8.2M|%-6.2m|%m]\n", (s64)(long)mem,
		   (s64)(long)mem, (s64)(long)mem, (s64)(long)mem,
		   (s64)(long)mem);
	stp_printf(c, "[%.1b|%.2b|%4b|%b]\n", 0x41LL, 0x4243LL, 0x44454647LL,
		   0x3837363534333231LL);
	stp_printf(c, "[%q|%5%|%s]\n", "x");
	stp_printf(c, "%s\n", stp_sprintf(c, buf, "<%d:%s>", 1LL, "one"));
	stp_print_long(c, -123);
	stp_print_char(c, ' ');
	stp_print_str(c, "done\n");
	stp_exit(c);
}

static void rt_end_print(struct stp_context *c)
{
	stp_print_str(c, "end\n");
}

/*
 * case 2: probe begin {
 *   a["x"] = 1; a["yy"] += 5; a["z"]++; a["x"] += 10
 *   foreach (k in a-) printf("%s=%d\n", k, a[k])
 *   foreach (k+ in a) printf("%s ", k); println("")
 *   names[1, "one"] = "uno"; names[2, "two"] = "dos"
 *   foreach ([n, s] in names) printf("%d %s %s\n", n, s, names[n, s])
 *   for (i = 0; i < 5; i++) wrap[i] = i * i
 *   foreach (k+ in wrap) printf("wrap[%d]=%d\n", k, wrap[k])
 *   delete a["yy"]; printf("%d %d %d\n", "yy" in a, "x" in a, [2, "two"] in names)
 *   for (i = 0; i < 20; i++) s <<< i * i
 *   printf("%d %d %d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s))
 *   print(@hist_log(s))
 *   foreach (v in [5, 15, 15, 25, 47, 101, -3]) lin <<< v
 *   print(@hist_linear(lin, 0, 100, 10))
 *   hm["r"] <<< 1000; hm["r"] <<< 3; hm["q"] <<< 1
 *   foreach (k in hm- limit 1) printf("%s %d\n", k, @count(hm[k]))
 *   print(@hist_log(hm["r"]))
 *   exit() }
 */
static void rt_maps(struct stp_context *c)
{
	static const s64 lin[] = { 5, 15, 15, 25, 47, 101, -3 };
	struct stp_mentry *e;
	struct stp_stat_data *d;
	int i;

	if (!stp_lock(c, &g_lock, true))
		return;
	stp_map_set_long(c, g_a, K({ .s = "x" }), 1);
	stp_map_add_long(c, g_a, K({ .s = "yy" }), 5);
	stp_map_add_long(c, g_a, K({ .s = "z" }), 1);
	stp_map_add_long(c, g_a, K({ .s = "x" }), 10);
	stp_map_sort(g_a, 0, -1, 0);
	for (e = stp_map_first(g_a); e && stp_action(c, 1);
	     e = stp_map_next(g_a, e))
		stp_printf(c, "%s=%d\n", stp_mentry_key_str(g_a, e, 0),
			   *stp_mentry_long(g_a, e));
	stp_map_sort(g_a, 1, 1, 0);
	for (e = stp_map_first(g_a); e && stp_action(c, 1);
	     e = stp_map_next(g_a, e))
		stp_printf(c, "%s ", stp_mentry_key_str(g_a, e, 0));
	stp_print_char(c, '\n');

	stp_map_set_str(c, g_names, K({ .l = 2 }, { .s = "two" }), "dos");
	stp_map_set_str(c, g_names, K({ .l = 1 }, { .s = "one" }), "uno");
	stp_map_sort(g_names, 1, 1, 0);
	for (e = stp_map_first(g_names); e; e = stp_map_next(g_names, e))
		stp_printf(c, "%d %s %s\n", stp_mentry_key_long(g_names, e, 0),
			   stp_mentry_key_str(g_names, e, 1),
			   stp_mentry_str(g_names, e));

	for (i = 0; i < 5 && stp_action(c, 1); i++)
		stp_map_set_long(c, g_wrap, K({ .l = i }), (s64)i * i);
	stp_map_sort(g_wrap, 1, 1, 0);
	for (e = stp_map_first(g_wrap); e; e = stp_map_next(g_wrap, e))
		stp_printf(c, "wrap[%d]=%d\n", stp_mentry_key_long(g_wrap, e, 0),
			   *stp_mentry_long(g_wrap, e));

	stp_map_delete(g_a, K({ .s = "yy" }));
	stp_printf(c, "%d %d %d %d\n", (s64)stp_map_exists(g_a, K({ .s = "yy" })),
		   (s64)stp_map_exists(g_a, K({ .s = "x" })),
		   (s64)stp_map_exists(g_names, K({ .l = 2 }, { .s = "two" })),
		   (s64)stp_map_size(g_a));

	for (i = 0; i < 20; i++)
		stp_stat_add(g_s, (s64)i * i);
	d = stp_stat_read(g_s);
	stp_printf(c, "%d %d %d %d %d %d\n", stp_sd_count(c, d),
		   stp_sd_sum(c, d), stp_sd_min(c, d), stp_sd_max(c, d),
		   stp_sd_avg(c, d), stp_sd_variance(c, &g_s->h, d));
	stp_stat_print_hist(c, g_s);
	for (i = 0; i < ARRAY_SIZE(lin); i++)
		stp_stat_add(g_lin, lin[i]);
	stp_stat_print_hist(c, g_lin);

	stp_map_stat_add(c, g_hm, K({ .s = "r" }), 1000);
	stp_map_stat_add(c, g_hm, K({ .s = "r" }), 3);
	stp_map_stat_add(c, g_hm, K({ .s = "q" }), 1);
	stp_map_agg(c, g_hm);	/* per CPU: merge before foreach */
	stp_map_sort(g_hm, 0, -1, STP_AGG_COUNT);
	e = stp_map_first(g_hm);
	if (e)
		stp_printf(c, "%s %d\n", stp_mentry_key_str(g_hm, e, 0),
			   stp_mentry_stat(g_hm, e)->count);
	e = stp_map_stat_find(c, g_hm, K({ .s = "r" }));
	if (e)
		stp_sd_print_hist(c, &g_hm->hist, stp_mentry_stat(g_hm, e));
	stp_unlock(&g_lock, true);
	stp_exit(c);
}

/*
 * case 3: probe begin { println("before"); x = 0; println(10 / x);
 *                       println("not reached") }
 *   probe end { println("end") }  probe error { println("error probe") }
 */
static void rt_divzero(struct stp_context *c)
{
	s64 x = 0, r;

	stp_print_str(c, "before\n");
	c->last_stmt = "operator '/' at <input>:1:51";
	r = stp_div(c, 10, x);
	if (c->last_error)
		return;
	stp_print_long(c, r);
	stp_print_str(c, "not reached\n");
}

static void rt_error_probe(struct stp_context *c)
{
	stp_print_str(c, "error probe\n");
}

/*
 * case 4: probe timer.ms(10) { ticks++; printf("tick %d\n", ticks);
 *                              if (ticks == 5) exit() }
 *   probe end { printf("ticks=%d\n", ticks) }
 */
static void rt_tick(struct stp_context *c)
{
	if (!stp_lock(c, &g_lock, true))
		return;
	g_ticks++;
	stp_printf(c, "tick %d\n", g_ticks);
	if (g_ticks == 5)
		stp_exit(c);
	stp_unlock(&g_lock, true);
}

static void rt_end_ticks(struct stp_context *c)
{
	stp_printf(c, "ticks=%d\n", g_ticks);
}

/* case 5: probe timer.profile { ticks++ }  probe end { (ticks > 0) } */
static void rt_profile(struct stp_context *c)
{
	if (!stp_lock(c, &g_lock, false))
		return;
	g_ticks++;		/* one CPU in the guest; a real one locks 'w' */
	stp_unlock(&g_lock, false);
}

static void rt_end_profile(struct stp_context *c)
{
	stp_printf(c, "profile %s\n", g_ticks > 0 ? "ticked" : "silent");
}

/* case 6: probe begin { for (i = 0; i < 4; i++) small[i] = i } */
static void rt_overflow(struct stp_context *c)
{
	int i;

	for (i = 0; i < 4 && stp_action(c, 1); i++) {
		c->last_stmt = "identifier 'small' at <input>:1:40";
		stp_map_set_long(c, g_small, K({ .l = i }), i);
	}
}

/* case 7: probe begin { while (1) loops++ } */
static void rt_maxaction(struct stp_context *c)
{
	c->last_stmt = "identifier 'loops' at <input>:1:28";
	while (stp_action(c, 1))
		g_loops++;
}

/* case 8: probe begin { error("custom failure") } end { println("end") } */
static void rt_error_fn(struct stp_context *c)
{
	stp_script_error(c, "custom failure");
}

/* case 9: probe begin { println("waiting") }  probe end { println("end") }
 * (stopped by staprun -T or a signal) */
static void rt_wait(struct stp_context *c)
{
	stp_print_str(c, "waiting\n");
}

/* case 10: probe begin { println(@min(s)) }: empty aggregate */
static void rt_empty(struct stp_context *c)
{
	struct stp_stat_data *d;

	if (!stp_lock(c, &g_lock, true))
		return;
	d = stp_stat_read(g_s);
	c->last_stmt = "operator '@min' at <input>:1:23";
	stp_sd_min(c, d);
	stp_unlock(&g_lock, true);
}

/* case 12: probe begin { printf("%#.4m", 0x10) }: a user read fault */
static void rt_fault(struct stp_context *c)
{
	c->last_stmt = "identifier 'printf' at <input>:1:15";
	stp_printf(c, "%#.4m|%.2m\n", 16LL, 16LL);
}

/* case 11: probe begin { printf("%d\n", target()); exit() } */
static void rt_target(struct stp_context *c)
{
	stp_printf(c, "target=%d\n", (s64)_stp_target);
	stp_exit(c);
}

typedef void (*rt_handler)(struct stp_context *);

static const rt_handler rt_begin[] = {
	[1] = rt_print_forms, [2] = rt_maps, [3] = rt_divzero,
	[6] = rt_overflow, [7] = rt_maxaction, [8] = rt_error_fn,
	[9] = rt_wait, [10] = rt_empty, [11] = rt_target, [12] = rt_fault,
};

/* The probe table, as generated; each dispatches on rt_case. */
static void rt_begin_dispatch(struct stp_context *c)
{
	if (rt_case > 0 && rt_case < ARRAY_SIZE(rt_begin) && rt_begin[rt_case])
		rt_begin[rt_case](c);
}

static void rt_begin_second(struct stp_context *c)
{
	if (rt_case == 1)
		stp_print_str(c, "second begin (skipped after exit)\n");
	if (rt_case == 9)
		stp_print_str(c, "begin(1) ran second\n");
}

static void rt_begin_first(struct stp_context *c)
{
	if (rt_case == 9)
		stp_print_str(c, "begin(-1) ran first\n");
}

static void rt_end_dispatch(struct stp_context *c)
{
	if (rt_case == 4 || rt_case == 13)
		rt_end_ticks(c);
	else if (rt_case == 5)
		rt_end_profile(c);
	else
		rt_end_print(c);
}

/* case 13: probe timer.ms(10) { ticks++ }  probe end { printf("ticks=%d\n", ticks) }
 * (run with -T 1: about 100 ticks) */
static void rt_count(struct stp_context *c)
{
	if (!stp_lock(c, &g_lock, true))
		return;
	g_ticks++;
	stp_unlock(&g_lock, true);
}

static void rt_timer_dispatch(struct stp_context *c)
{
	if (rt_case == 4)
		rt_tick(c);
	else if (rt_case == 13)
		rt_count(c);
}

static void rt_profile_dispatch(struct stp_context *c)
{
	if (rt_case == 5)
		rt_profile(c);
}

static const struct stp_probe rt_probes[] = {
	{ .kind = STP_PROBE_BEGIN, .pp = "begin", .handler = rt_begin_dispatch },
	{ .kind = STP_PROBE_BEGIN, .pp = "begin(1)", .seq = 1,
	  .handler = rt_begin_second },
	{ .kind = STP_PROBE_BEGIN, .pp = "begin(-1)", .seq = -1,
	  .handler = rt_begin_first },
	{ .kind = STP_PROBE_END, .pp = "end", .handler = rt_end_dispatch },
	{ .kind = STP_PROBE_ERROR, .pp = "error", .handler = rt_error_probe },
	{ .kind = STP_PROBE_TIMER, .pp = "timer.ms(10)",
	  .period_ns = 10 * NSEC_PER_MSEC, .handler = rt_timer_dispatch },
	{ .kind = STP_PROBE_PROFILE, .pp = "timer.profile",
	  .period_ns = NSEC_PER_SEC / HZ, .handler = rt_profile_dispatch },
};

static void rt_globals_free(void)
{
	stp_map_free(g_a);
	stp_map_free(g_names);
	stp_map_free(g_wrap);
	stp_map_free(g_small);
	stp_map_free(g_hm);
	stp_stat_free(g_s);
	stp_stat_free(g_lin);
}

static int rt_globals_init(void)
{
	static const enum stp_type kstr[] = { STP_T_STRING };
	static const enum stp_type klong[] = { STP_T_LONG };
	static const enum stp_type kpair[] = { STP_T_LONG, STP_T_STRING };
	struct stp_hist hlog;

	stp_hist_init(&hlog, STP_HIST_LOG, 0, 0, 0);
	g_a = stp_map_new("a", 1, kstr, STP_T_LONG, 0, false, NULL);
	g_names = stp_map_new("names", 2, kpair, STP_T_STRING, 0, false, NULL);
	g_wrap = stp_map_new("wrap", 1, klong, STP_T_LONG, 3, true, NULL);
	g_small = stp_map_new("small", 1, klong, STP_T_LONG, 3, false, NULL);
	g_hm = stp_map_new("hm", 1, kstr, STP_T_STAT, 0, false, &hlog);
	if (rt_init_fail)
		return -EINVAL;
	g_s = stp_stat_new(STP_HIST_LOG, 0, 0, 0);
	g_lin = stp_stat_new(STP_HIST_LINEAR, 0, 100, 10);
	if (!g_a || !g_names || !g_wrap || !g_small || !g_hm || !g_s || !g_lin)
		return -ENOMEM;
	return 0;
}

STP_MODULE(rt_probes, rt_globals_init, rt_globals_free);
