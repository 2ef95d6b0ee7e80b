# Pass 3 (translate.c): -p3 prints the module's C.  These blocks check the
# shape of the C and the translate-time errors; t0202 compiles modules,
# and t/translate/run (make translate-check) runs them in the guest.

=== TEST 1: hello: the runtime include, a handler, the probe table, STP_MODULE
--- args: -p3
--- stap
probe begin { println("hello") }
--- stap_out_like
^#include "stp_runtime.h"$
^static void probe_0\(struct stp_context \*c\)$
stp_printf\(c, "%s\\012", "hello"\);
^\t\{ \.kind = STP_PROBE_BEGIN, \.seq = 0, \.pp = "begin", \.pn = "begin", \.handler = probe_0 \},$
^STP_MODULE\(stp_generated_probes, stp_globals_init, stp_globals_free\);$

=== TEST 2: each statement has a #line into the script and stap's position text
--- args: -p3
--- stap
probe begin {
  x = 1
  println(10 / x)
}
--- stap_out_like
^#line 2 "<input>"$
^#line 3 "<input>"$
c->last_stmt = "identifier 'x' at <input>:2:3";
c->last_stmt = "operator '/' at <input>:3:14";
= stp_div\(c, 10LL, l->v_x\);
stp_action\(c, 1\)

=== TEST 3: locals live in the per-CPU context frame, not on the stack
--- args: -p3
--- stap
probe begin { s = "a"; n = 2; println(s, n) }
--- stap_out_like
^struct probe_0_locals \{$
^\tchar v_s\[MAXSTRINGLEN\];$
^\ts64 v_n;$
struct probe_0_locals \*l = \(void \*\)c->locals;

=== TEST 4: globals get a lock each, taken at probe entry (write when written)
--- args: -p3
--- stap
global a, b
probe begin { a = 1; println(b) }
probe end { b = 2 }
--- stap_out_like
^static DEFINE_RWLOCK\(lk_a\);$
^static DEFINE_RWLOCK\(lk_b\);$
if \(!stp_lock\(c, &lk_a, true\)\)
if \(!stp_lock\(c, &lk_b, false\)\)
stp_unlock\(&lk_b, false\);
stp_unlock\(&lk_a, true\);

=== TEST 5: arrays, statistics with their histogram shape
--- args: -p3
--- stap
global a, s, h
probe begin { a["x", 1] = "y"; s <<< 1; h[1] <<< 2; print(@hist_log(s)); print(@hist_linear(h[1], 0, 100, 10)) }
--- stap_out_like
static const enum stp_type kt\[\] = \{ STP_T_STRING, STP_T_LONG \};
g_a = stp_map_new\("a", 2, kt, STP_T_STRING, 0, false, NULL\);
g_s = stp_stat_new\(STP_HIST_LOG, 0, 0, 0\);
stp_hist_init\(&h, STP_HIST_LINEAR, 0, 100, 10\);

=== TEST 6: timers and timer.profile become table rows
--- args: -p3
--- stap
global n
probe timer.ms(100) { n++ }
probe timer.s(2).randomize(1) { n++ }
probe timer.jiffies(5) { n++ }
probe timer.hz(10) { n++ }
probe timer.profile { n++ }
probe end(5) { println(n) }
--- stap_out_like
\.kind = STP_PROBE_TIMER, \.period_ns = 100000000ULL, \.randomize_ns = 0ULL
\.kind = STP_PROBE_TIMER, \.period_ns = 2000000000ULL, \.randomize_ns = 1000000000ULL
\.kind = STP_PROBE_TIMER, \.period_ns = 5ULL \* \(NSEC_PER_SEC / HZ\)
\.kind = STP_PROBE_TIMER, \.period_ns = 100000000ULL
\.kind = STP_PROBE_PROFILE, \.period_ns = 1000000ULL
\.kind = STP_PROBE_END, \.seq = 5

=== TEST 7: printf checks its format when it parses: bad conversion (as stap 4.8)
--- args: -p3
--- stap
probe begin { printf("%y\n", 1) }
--- stap_err
parse error: invalid or missing conversion specifier
        saw: operator ',' at <input>:1:28
     source: probe begin { printf("%y\n", 1) }
                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 8: =~ becomes the runtime's matcher over a static program (t0204 has more)
--- args: -p3
--- stap
probe begin { if ("a" =~ "b") println("x") }
--- stap_out_like
^static const struct stp_regex rx_0 = \{ rx_0_code, rx_0_sets, \d+, 1 \};$
= stp_regex_match\(c, &rx_0, "a"\);

=== TEST 9: -D settings come before the runtime
--- args: -p3 -D MAXACTION=5 -D STP_NO_OVERLOAD
--- stap
probe begin { println(1) }
--- stap_out_like
^#define MAXACTION 5$
^#define STP_NO_OVERLOAD$

=== TEST 10: user functions: a frame after the caller's, MAXNESTING, strings by buffer
--- args: -p3
--- stap
function f:string(s:string, n:long) { return sprintf("%s%d", s, n) }
probe begin { println(f("x", 1)) }
--- stap_out_like
^static void fn_f\(struct stp_context \*c, char \*sp, char \*ret, const char \*a_s, s64 a_n\)$
stp_nest_enter\(c\)
fn_f\(c, \(char \*\)\(l \+ 1\), l->ts\[0\], "x", 1LL\);

=== TEST 11: embedded-C functions follow stap's conventions
--- args: -p3
--- stap
probe begin { exit() }
--- stap_out_like
^#define CONTEXT c$
stp_exit\(CONTEXT\);

=== TEST 12: try/catch jumps to the catch block and clears the error
--- args: -p3
--- stap
probe begin { try { println(1 / 0) } catch (e) { println(e) } }
--- stap_out_like
goto catch_\d+;
^\s*catch_\d+:$
gen_strcpy\(l->v_e, c->last_error\);
c->last_error = NULL;

=== TEST 13: foreach with a sort and a limit
--- args: -p3
--- stap
global a
probe begin { a[1] = 2; foreach (k in a- limit 3) println(k) }
--- stap_out_like
stp_map_sort\(g_a, 0, -1, 0\);
for \(l->pe\[0\] = stp_map_first\(g_a\); l->pe\[0\]; l->pe\[0\] = stp_map_next\(g_a, l->pe\[0\]\)\) \{
