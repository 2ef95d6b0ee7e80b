/* rx_test.c - core/regex.c's compiler and core/runtime/stp_regex.c's
 * matcher together, in user space.  Each case: pattern, subject, and the
 * expected groups ("0" for no match, else "g0|g1|..."; "-" an unset group),
 * or a compile error "!POS MESSAGE".  Expectations for matches are what
 * SystemTap 4.8's modules printed in the guest (t/t0302-live-lang.t).
 *
 *   make core/runtime/test/rx_test && core/runtime/test/rx_test
 */
#include "../../stap.h"

#include <stdlib.h>
#include <string.h>
#include <errno.h>

/* the kernel API stp_regex.c uses, in user space */
typedef unsigned char u8;
typedef long long s64;
#define MAXSTRINGLEN 512
#define GFP_KERNEL 0
#define nr_cpu_ids 1
#define for_each_possible_cpu(c) for ((c) = 0; (c) < 1; (c)++)
#define smp_processor_id() 0
#define kcalloc(n, sz, f) calloc((n), (sz))
#define kvzalloc(sz, f) calloc(1, (sz))
#define kvfree free
#define kfree free
struct stp_context { const char *last_error; char buf[256]; };
static void stp_error(struct stp_context *c, const char *m) { c->last_error = m; }
#define stp_errorf(c, ...) (snprintf((c)->buf, sizeof((c)->buf), __VA_ARGS__), (c)->last_error = (c)->buf)

#include "../stp_regex.c"

static const struct { const char *re, *subject, *want; } cases[] = {
	{"b+c", "abcd", "bc"},
	{"a*", "xaaay", ""},
	{"a|ab", "abcd", "ab"},
	{"(a|ab)(c|bab)", "abab", "abab|a|bab"},
	{"^([a-z]+)=([a-z]*)$", "foo=bar", "foo=bar|foo|bar"},
	{"^y", "xyz", "0"},
	{"a\\.b", "a.b", "a.b"},
	{"a\\.b", "axb", "0"},
	{"[[:digit:]]", "ab", "0"},
	{"(a)*", "aaa", "aaa|a"},
	{"(x)?abc", "abc", "abc|-"},
	{"x|a", "a{b", "a"},
	{"[A-Z]{2}[0-9]{1,3}", "AB12", "AB12"},
	{"\t", "tab\there", "\t"},
	{"^$", "", ""},
	{"(abc)+", "xabcabcy", "abcabc|abc"},
	{"(.*)X(.*)", "aXbXc", "aXbXc|aXb|c"},
	{"(a|ab)(c|bcd)(d*)", "abcd", "abcd|a|bcd|"},
	{"(?:x)(y)", "xy", "0"},          /* stap 4.8 keeps the ':' */
	{"(?:x)(y)", "a:xy", ":xy|y"},
	{"(?x)", "", "!2 unexpected '(?x'"},
	{"[]]", "a]b", "]"},
	{"[a\\-]+", "a-b", "a-"},
	{"b$", "ab$", "0"},
	{"l{2}o$", "hello", "llo"},
	{"a{2,}", "caaab", "aaa"},
	{"a|", "x", ""},
	{"abcd|c", "abcd", "abcd"},
	{"c|abcd", "abcd", "abcd"},
	{"[^a-c]+", "abcxyzab", "xyz"},
	{".+", "a\nb", "a\nb"},
	{"(a+)+b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac", "0"},
	{"x{0,3}y", "xxxxy", "xxxy"},
	{"(", "", "!0 expected ), found end of regex"},
	{"(((", "", "!2 expected ), found end of regex"},
	{"[b-a]", "", "!4 Inverted character range b-a"},
	{"*a", "", "!0 unexpected '*'"},
	{"a{,2}", "", "!3 expected number"},
	{"[a", "", "!1 unclosed character class"},
	{"[", "", "!0 unclosed character class"},
	{"^*", "", "!1 postfix closure '*' applied to anchoring operator"},
	{"a{12345}", "", "!8 12345 is too large"},
	{"[[:foo:]]", "", "!-1 unknown character class 'foo'"},
	{"a)", "xa", "a"},               /* stap 4.8 ignores a last ')' */
	{"a)b", "", "!2 unbalanced ')'"},
};

static int rx_main(void);

static const char *run(const char *re, const char *subject)
{
	const char *msg;
	int pos;
	Regex *r = regex_compile(re, strlen(re), &msg, &pos);
	if (!r)
		return xfmt("!%d %s", pos, msg);
	struct stp_rx_insn *code = calloc(r->n, sizeof *code);
	for (int i = 0; i < r->n; i++)
		code[i] = (struct stp_rx_insn){r->code[i].op, r->code[i].x, r->code[i].y};
	struct stp_regex rx = {code, (const u8 (*)[32])r->sets, r->n, r->ngroups};
	struct stp_context c = {0};
	stp_rx_free();
	if (stp_rx_init(r->n, r->ngroups))
		return "!init";
	int m = stp_regex_match(&c, &rx, subject);
	free(code);
	if (m <= 0)
		return m < 0 ? "!match error" : "0";
	Buf b = {0};
	for (int g = 0; g < r->ngroups; g++) {
		char out[MAXSTRINGLEN];
		struct stp_rx_scratch *s = stp_rx_scratch[0];
		stp_rx_matched(&c, g, out);
		buf_printf(&b, "%s%s", g ? "|" : "", s->last[2 * g] < 0 ? "-" : out);
	}
	return buf_str(&b);
}

int main(void)
{
	struct stp_context c0 = {0};
	(void)stp_rx_ngroups(&c0);
	return rx_main();
}

static int rx_main(void)
{
	int fail = 0, n = sizeof cases / sizeof cases[0];
	for (int i = 0; i < n; i++) {
		const char *got = run(cases[i].re, cases[i].subject);
		bool ok = !strcmp(got, cases[i].want);
		printf("%s %d - /%s/ on \"%s\"", ok ? "ok" : "not ok", i + 1, cases[i].re, cases[i].subject);
		if (!ok)
			printf(": got \"%s\", want \"%s\"", got, cases[i].want);
		printf("\n");
		fail += !ok;
	}
	printf("%d passed, %d failed\n", n - fail, fail);
	return fail != 0;
}
