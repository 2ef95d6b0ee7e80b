Passes 1-5 live for the parts of the language added after t0300: runtime
error sequencing (MAXERRORS, error probes, end probes skipped), `=~` with
matched()/ngroups(), array slices, function overloads with `next`,
embedded-C expressions.  Expected texts are what SystemTap 4.8's own
modules printed in the guest for the same scripts (its positions differ
only where it read a file instead of <input>).

=== TEST 1: regex: leftmost-longest match, submatches by priority
--- stap
probe begin {
  if ("abcd" =~ "b+c") println(matched(0))
  if ("xaaay" =~ "a*") printf("[%s]\n", matched(0))
  if ("abcd" =~ "a|ab") printf("[%s]\n", matched(0))
  if ("abab" =~ "(a|ab)(c|bab)") printf("%s|%s|%s\n", matched(0), matched(1), matched(2))
  if ("foo=bar" =~ "^([a-z]+)=([a-z]*)$") printf("%d %s %s\n", ngroups(), matched(1), matched(2))
  println("xyz" =~ "^y", " ", "xyz" !~ "^y", " ", "a.b" =~ "a\\.b", " ", "ab" =~ "[[:digit:]]")
  if ("aaa" =~ "(a)*") printf("%s %s\n", matched(0), matched(1))
  if ("abc" =~ "(x)?abc") printf("[%s] %d\n", matched(1), ngroups())
  if ("a{b" =~ "x|a") println(matched_str())
  if ("AB12" =~ "[A-Z]{2}[0-9]{1,3}") println(matched(0))
  if ("tab\there" =~ "\t") println("tab")
  if ("" =~ "^$") println("empty")
  if ("xabcabcy" =~ "(abc)+") printf("%s %s\n", matched(0), matched(1))
  if ("aXbXc" =~ "(.*)X(.*)") printf("%s %s\n", matched(1), matched(2))
  if ("abcd" =~ "(a|ab)(c|bcd)(d*)") printf("%s,%s,%s\n", matched(1), matched(2), matched(3))
  if ("xy" =~ "(?:x)(y)") printf("%d %s\n", ngroups(), matched(1))
  if ("a]b" =~ "[]]") println("bracket")
  if ("a-b" =~ "[a\\-]+") println(matched(0))
  if ("ab$" =~ "b$") println("dollar")
  if ("hello" =~ "l{2}o$") println(matched(0))
  if ("caaab" =~ "a{2,}") println(matched(0))
  if ("x" =~ "a|") printf("[%s] alt-empty\n", matched(0))
  exit()
}
--- stap_out
bc
[]
[ab]
abab|a|bab
3 foo bar
0 1 1 0
aaa a
[] 2
a
AB12
tab
empty
abcabc abc
aXb c
a,bcd,
bracket
a-
llo
aaa
[] alt-empty
--- needs: live

=== TEST 2: regex: matched() after a failed match is a runtime error
--- stap
probe begin { if ("a" =~ "b") println("no"); println(matched(0)) }
probe end { println("end") } probe error { println("error probe") }
--- stap_out
error probe
--- stap_err_like
^ERROR: Attempted to get nonexistent subexpression 0 near identifier 'matched' at \S*regex.stp:\d+:10
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 3: regex: a group past the last is an error try/catch catches
--- stap
probe begin { if ("a" =~ "(a)") println(ngroups()); try { println(matched(2)) } catch (e) { println("caught: ", e) }; exit() }
--- stap_out
2
caught: Attempted to get nonexistent subexpression 2
--- needs: live

=== TEST 4: MAXERRORS=1: the second error ends the session; error probes, no end
--- stap
global n
probe timer.ms(10) { n++; printf("tick %d\n", n); x = 0; if (n <= 3) println(1 / x); if (n == 5) exit() }
probe end { println("end ", n) } probe error { println("error probe ", n) }
--- args: -DMAXERRORS=1
--- stap_out
tick 1
tick 2
error probe 2
--- stap_err
ERROR: division by 0 near operator '/' at <input>:2:80
ERROR: division by 0 near operator '/' at <input>:2:80
WARNING: Number of errors: 2, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: error() in begin: later begin probes skipped, error probes by seq
--- stap
probe begin { println("b"); error("custom") }
probe begin(1) { println("b1") }
probe end { println("end") }
probe error(2) { println("error2") } probe error { println("error1") }
--- stap_out
b
error1
error2
--- stap_err
ERROR: custom
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 6: an error in an end probe runs the error probes
--- stap
probe begin { try { error("x") } catch (m) { println("c2 ", m) }; exit() }
probe end { x = 0; println(2 % x) } probe error { println("error probe") }
--- stap_out
c2 x
error probe
--- stap_err
ERROR: division by 0 near operator '%' at <input>:2:30
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 7: array slices: foreach, in, delete, statistics
--- stap
global a, s
probe begin {
  a[1, "x"] = 10; a[2, "x"] = 20; a[1, "y"] = 30; a[3, "z"] = 40
  foreach ([k, v] in a[*, "x"]) printf("%d %s %d\n", k, v, a[k, v])
  foreach ([k, v] in a[1, *]-) printf("%d %s\n", k, v)
  println([*, "z"] in a, " ", [*, "q"] in a, " ", [2, *] in a)
  delete a[*, "x"]
  foreach ([k, v] in a+) printf("%d %s\n", k, v)
  s[1, 1] <<< 5; s[1, 2] <<< 7; s[2, 1] <<< 9; s[1, 1] <<< 1
  foreach ([x, y] in s[1, *] @sum-) printf("%d %d %d\n", x, y, @sum(s[x, y]))
  j = 1
  foreach ([x, y] in s[*, j] @count+) printf("%d %d %d\n", x, y, @count(s[x, y]))
  exit()
}
--- stap_out
1 x 10
2 x 20
1 y
1 x
1 0 1
1 y
3 z
1 2 7
1 1 6
2 1 1
1 1 2
--- needs: live

=== TEST 8: overloads: by arity, and next tries the next one
--- stap
function f(x) { if (x > 1) next; return 1 }
function f(x) { if (x > 2) next; return 2 }
function f(x) { return 3 }
function g:string(s:string) { return "g1 " . s }
function g:string(s:string, t:string) { return "g2 " . s . t }
probe begin { println(f(1), f(2), f(3)); println(g("a")); println(g("a", "b")); exit() }
--- stap_out
123
g1 a
g2 ab
--- needs: live

=== TEST 9: embedded-C expressions (guru mode), long and /* string */
--- stap
function h(x) { return x * 2 + %{ 1 %} }
probe begin { y = 5; z = %{ 40 + 2 %}; s = %{ /* string */ "str" %}; println(z, " ", h(y), " ", s); exit() }
--- args: -g
--- stap_out
42 11 str
--- needs: live

=== TEST 10: overload detection: too many cycles in probes ends the session
--- stap
global n
probe timer.ms(5) { n++; for (i = 0; i < 2000; i++) x += i }
probe timer.s(3) { println("not reached"); exit() }
probe end { println("end") } probe error { println("error probe") }
--- args: -DMAXACTION=100000 -DSTP_OVERLOAD_INTERVAL=1000LL -DSTP_OVERLOAD_THRESHOLD=100LL
--- stap_out
error probe
--- stap_err_like
\AERROR: probe overhead \(\d+ cycles\) exceeded threshold \(100 cycles\) in last 1000 cycles\nWARNING: Number of errors: 1, skipped probes: 0\n\z
--- exitcode: 1
--- needs: live

=== TEST 11: -DSTP_NO_OVERLOAD turns overload detection off
--- stap
global n
probe timer.ms(5) { n++; for (i = 0; i < 2000; i++) x += i; if (n == 3) exit() }
probe end { println("end ", n) } probe error { println("error probe") }
--- args: -DMAXACTION=100000 -DSTP_OVERLOAD_INTERVAL=1000LL -DSTP_OVERLOAD_THRESHOLD=100LL -DSTP_NO_OVERLOAD
--- stap_out
end 3
--- needs: live

=== TEST 12: an embedded-C statement in a probe body runs as a C block
--- stap
global n
probe begin { n = 3; %{ stp_printf(CONTEXT, "hi from C %d\n", (s64)7); %} println(n); exit() }
--- args: -g
--- stap_out
hi from C 7
3
--- ref_skip: SystemTap 4.8 casts %{ %} in a body to int64_t, so a C statement does not compile there
--- needs: live

=== TEST 13: next in the last overload is an error at the call
--- stap
function f(x) { if (x) next; return 2 }
probe begin { println("a"); println(f(0)); println(f(1)); println("b") }
probe begin(1) { println("c"); exit() }
--- stap_out
a
2
--- stap_err
ERROR: all functions exhausted near identifier 'f' at <input>:2:52
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 14: overload priorities: the lower number is tried first
--- stap
function f() : 2 { return 1 }
function f() : 1 { return 2 }
probe begin { println(f()); exit() }
--- stap_out
2
--- needs: live
