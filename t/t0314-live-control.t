Live control flow: functions and recursion, next, break and continue in
nested loops, try/catch, exit() in the middle of a handler, the order of
begin, end and timer probes, and the script's arguments.  Expected texts
are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: recursion: factorial and Ackermann
--- stap
function fact(n) { return n <= 1 ? 1 : n * fact(n - 1) }
function ack(m, n) {
	if (m == 0) return n + 1
	if (n == 0) return ack(m - 1, 1)
	return ack(m - 1, ack(m, n - 1))
}
probe begin { printf("%d %d %d\n", fact(10), fact(20), ack(2, 3)); exit() }
--- args: -DMAXNESTING=40
--- stap_out
3628800 2432902008176640000 9
--- needs: live

=== TEST 2: mutual recursion
--- stap
function is_even(n) { return n == 0 ? 1 : is_odd(n - 1) }
function is_odd(n) { return n == 0 ? 0 : is_even(n - 1) }
probe begin { printf("%d %d %d\n", is_even(10), is_odd(7), is_even(7)); exit() }
--- stap_out
1 1 0
--- needs: live

=== TEST 3: nested function calls and string functions
--- stap
function wrap:string(s:string, c:string) { return c . s . c }
function twice:string(s:string) { return s . s }
probe begin { println(wrap(twice(wrap("x", "-")), "|")); exit() }
--- stap_out
|-x--x-|
--- needs: live

=== TEST 4: a function without return gives 0 or ""
--- stap
function nothing() { println("side effect") }
function nostr:string() { if (0) return "x" }
probe begin { printf("%d [%s]\n", nothing(), nostr()); exit() }
--- stap_out
side effect
0 []
--- needs: live

=== TEST 5: return from inside nested loops
--- stap
function find(target) {
	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			if (i * j == target) return i * 100 + j
	return -1
}
probe begin { printf("%d %d %d\n", find(12), find(0), find(97)); exit() }
--- stap_out
206 0 -1
--- needs: live

=== TEST 6: break and continue act on the innermost loop
--- stap
probe begin {
	for (i = 0; i < 4; i++) {
		for (j = 0; j < 4; j++) {
			if (j == i) continue
			if (j > 2) break
			printf("%d%d ", i, j)
		}
		if (i == 2) break
	}
	println("")
	exit()
}
--- stap_out
01 02 10 12 20 21 
--- needs: live

=== TEST 7: while and for with continue, and for with empty parts
--- stap
probe begin {
	i = 0; while (i < 10) { i++; if (i % 3) continue; printf("%d ", i) }
	println("")
	n = 0; for (;;) { if (++n >= 5) break }
	printf("%d\n", n)
	for (k = 10; k > 0; k -= 4) printf("%d ", k); println("")
	exit()
}
--- stap_out
3 6 9 
5
10 6 2 
--- needs: live

=== TEST 8: next leaves the probe handler
--- stap
global n
probe begin { n = 1; if (n) next; println("not reached") }
probe begin { println("second begin runs"); exit() }
--- stap_out
second begin runs
--- needs: live

=== TEST 9: next in a function without overloads: all functions exhausted
--- stap
function stop() { println("in stop"); next }
probe begin { println("before"); stop(); println("after") }
probe begin(1) { println("later"); exit() }
--- stap_out
before
in stop
--- stap_err
ERROR: all functions exhausted near identifier 'stop' at <input>:2:34
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 10: exit() does not stop the rest of the handler
--- stap
probe begin { println("one"); exit(); println("two") }
probe end { println("end") }
--- stap_out
one
two
end
--- needs: live

=== TEST 11: exit() in one begin probe skips the begin probes after it
--- stap
probe begin { println("first"); exit() }
probe begin { println("second") }
probe end { println("end") }
--- stap_out
first
end
--- needs: live

=== TEST 12: begin and end probes run by priority, then in script order, until exit()
--- stap
probe begin(10) { println("begin 10") }
probe begin { println("begin 0 a") }
probe begin(-5) { println("begin -5") }
probe begin { println("begin 0 b"); exit() }
probe end(2) { println("end 2") }
probe end { println("end 0") }
probe end(-1) { println("end -1") }
--- stap_out
begin -5
begin 0 a
begin 0 b
end -1
end 0
end 2
--- needs: live

=== TEST 13: a timer fires after begin, end runs after the last tick
--- stap
global n
probe begin { println("begin") }
probe timer.ms(20) { n++; println("tick"); if (n == 2) exit() }
probe end { println("end") }
--- stap_out
begin
tick
tick
end
--- needs: live

=== TEST 14: a slower timer does not fire before a faster one stops the run
--- stap
global fast
probe timer.s(30) { println("slow fired") }
probe timer.ms(10) { fast++; if (fast == 3) exit() }
probe end { printf("fast=%d\n", fast) }
--- stap_out
fast=3
--- needs: live

=== TEST 15: try/catch gives the error message
--- stap
function f(x) { return 100 / x }
probe begin {
	try { println(f(0)) } catch (msg) { println("caught: ", msg) }
	try { error("my message") } catch (msg) { println("caught: ", msg) }
	try { println(f(4)) } catch { println("never") }
	exit()
}
--- stap_out
caught: division by 0
caught: my message
25
--- needs: live

=== TEST 16: nested try, and an error raised in a catch goes outward
--- stap
probe begin {
	try {
		try { error("inner") } catch (e) { println("1: ", e); error("from catch") }
		println("not reached")
	} catch (e) { println("2: ", e) }
	println("after")
	exit()
}
--- stap_out
1: inner
2: from catch
after
--- needs: live

=== TEST 17: try/catch in a loop keeps going
--- stap
probe begin {
	for (i = -2; i <= 2; i++) {
		try { printf("%d ", 10 / i) } catch { printf("x ") }
	}
	println("")
	exit()
}
--- stap_out
-5 -10 x 10 5 
--- needs: live

=== TEST 18: an uncaught error() ends the run through the error probe
--- stap
probe begin { println("start"); error("fatal: " . sprint(42)) }
probe error { println("error probe") }
probe end { println("end") }
--- stap_out
start
error probe
--- stap_err
ERROR: fatal: 42
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 19: script arguments as $1 and @1
--- stap
probe begin { printf("%d %s %d\n", $1 + 1, @2, $3 * 2); exit() }
--- script_args: 41 hello 7
--- stap_out
42 hello 14
--- needs: live

=== TEST 20: $# and @# count the arguments
--- stap
probe begin { printf("%d %s %s%s%s\n", $#, @#, @1, @2, @3); exit() }
--- script_args: a b c
--- stap_out
3 3 abc
--- needs: live

=== TEST 21: arguments in the preprocessor
--- stap
probe begin {
	%( $# > 1 %? println("two or more: ", @2) %: println("fewer") %)
	%( $1 == 5 %? println("five") %: println("not five") %)
	exit()
}
--- script_args: 5 x
--- stap_out
two or more: x
five
--- needs: live

=== TEST 22: if / else if / else chains and a dangling else
--- stap
function cls:string(n) {
	if (n < 0) return "neg"
	else if (n == 0) return "zero"
	else if (n < 10) return "small"
	else return "big"
}
probe begin {
	printf("%s %s %s %s\n", cls(-1), cls(0), cls(5), cls(50))
	if (1) if (0) println("no") else println("dangling else binds inner")
	exit()
}
--- stap_out
neg zero small big
dangling else binds inner
--- needs: live

=== TEST 23: locals are per call; globals are shared
--- stap
global g
function f(n) { x = n * 2; g += x; return x }
probe begin {
	x = 5
	f(1); f(2)
	printf("%d %d\n", x, g)
	exit()
}
--- stap_out
5 6
--- needs: live

=== TEST 24: delete of a scalar resets it
--- stap
global gs, gn
probe begin {
	gs = "text"; gn = 12; x = 3; s = "loc"
	delete gs; delete gn; delete x; delete s
	printf("[%s] %d %d [%s]\n", gs, gn, x, s)
	exit()
}
--- stap_out
[] 0 0 []
--- needs: live

=== TEST 25: empty statements and nested blocks
--- stap
probe begin {
	;;
	{ { x = 1; } ; { x += 1 } }
	if (x == 2) { } else { println("no") }
	printf("%d\n", x)
	exit()
}
--- stap_out
2
--- needs: live

=== TEST 26: an end probe that calls exit() again
--- stap
probe begin { exit() }
probe end { println("end once"); exit() }
--- stap_out
end once
--- needs: live

=== TEST 27: a loop bounded by a global counter from two probes
--- stap
global n
probe timer.ms(1) { n++ }
probe timer.ms(50) { if (n > 5) { println("enough"); exit() } }
--- stap_out
enough
--- needs: live

=== TEST 28: recursion deep enough to need several frames
--- stap
function sum(n) { if (n == 0) return 0; return n + sum(n - 1) }
probe begin { printf("%d\n", sum(25)); exit() }
--- args: -DMAXNESTING=30
--- stap_out
325
--- needs: live

=== TEST 29: string-typed recursion
--- stap
function rev:string(s:string) {
	if (strlen(s) <= 1) return s
	return rev(substr(s, 1, strlen(s) - 1)) . substr(s, 0, 1)
}
probe begin { println(rev("stressed")); exit() }
--- stap_out
desserts
--- needs: live

=== TEST 30: foreach in a function with break on a condition
--- stap
global a
function first_over(lim) { foreach (k+ in a) if (a[k] > lim) return k; return -1 }
probe begin {
	for (i = 0; i < 8; i++) a[i] = i * i
	printf("%d %d %d\n", first_over(10), first_over(0), first_over(100))
	exit()
}
--- stap_out
4 1 -1
--- needs: live
