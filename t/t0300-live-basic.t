Passes 1-5 live: each block is built by our stap -p4 on the host and run
with staprun in the guest (t --vm, make live-check); every expected text is
what SystemTap 4.8 prints for the same script (as in t/translate/run).

=== TEST 1: hello from begin
--- stap
probe begin { println("hello"); exit() }
--- stap_out
hello
--- needs: live

=== TEST 2: printf forms and string operations
--- stap
global g = "glob"
probe begin {
	s = "abc"; s .= "def"
	t = s . "-" . g
	println(t)
	println(s < "abd", " ", s == "abcdef", " ", "b" > "abc")
	printf("[%5s|%-5s|%.2s]\n", "ab", "cd", "xyz")
	print("a", 1, "b", 2); println("")
	printdln(",", "x", 7, "y")
	u = sprintf("%d-%s", 42, "z"); println(u)
	println(sprintln("v"), sprint(3))
	exit()
}
--- stap_out
abcdef-glob
1 1 1
[   ab|cd   |xy]
a1b2
x,7,y
42-z
v
3
--- needs: live

=== TEST 3: arithmetic, bitwise, comparison and assignment operators
--- stap
probe begin {
	x = 17; y = -5
	printf("%d %d %d %d %d\n", x + y, x - y, x * y, x / y, x % y)
	printf("%d %d %d %d %d\n", -x / 5, -x % 5, 1 << 62, -16 >> 2, 9223372036854775807 + 1)
	printf("%d %d %d %d\n", x & 6, x | 6, x ^ 6, ~x)
	printf("%d %d %d %d %d %d\n", x < y, x > y, x <= 17, x >= 18, x == 17, x != 17)
	printf("%d %d %d %d\n", !x, !0, x && 0, 0 || y)
	z = x++ + ++x; printf("%d %d\n", z, x)
	x += 3; x -= 1; x *= 2; x /= 3; x %= 7; printf("%d\n", x)
	printf("%d\n", x > 2 ? 100 : 200)
	exit()
}
--- stap_out
12 22 -85 -3 2
-3 -2 4611686018427387904 -4 -9223372036854775808
0 23 23 -18
0 1 1 0 1 0
0 1 0 1
36 19
0
200
--- needs: live

=== TEST 4: division by 0 is a runtime error: error probe, status 1
--- stap
probe begin { println("before"); x = 0; println(10 / x); println("not reached") }
probe end { println("end") }  probe error { println("error probe") }
--- stap_out
before
error probe
--- stap_err
ERROR: division by 0 near operator '/' at <input>:1:52
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: arrays, foreach sorted by value and key, limit, delete, in
--- stap
global a, names, wrap%[3]
probe begin {
	a["x"] = 1; a["yy"] += 5; a["z"]++; a["x"] += 10
	foreach (k in a-) printf("%s=%d\n", k, a[k])
	foreach (k+ in a) printf("%s ", k); println("")
	foreach (k in a+ limit 2) printf("%s ", k); println("")
	names[1, "one"] = "uno"; names[2, "two"] = "dos"
	foreach ([n, s] in names+) printf("%d %s %s\n", n, s, names[n, s])
	foreach (v = [n, s] in names-) printf("%s ", v); println("")
	for (i = 0; i < 5; i++) wrap[i] = i * i
	foreach (w+ in wrap) printf("wrap[%d]=%d\n", w, wrap[w])
	delete a["yy"]
	printf("%d %d %d\n", "yy" in a, "x" in a, [2, "two"] in names)
	delete a
	foreach (k in a) println("never")
	println("done")
	exit()
}
--- stap_out
x=11
yy=5
z=1
x yy z 
z yy 
2 two dos
1 one uno
uno dos 
wrap[2]=4
wrap[3]=9
wrap[4]=16
0 1 1
done
--- needs: live

=== TEST 6: statistics and @hist_log
--- stap
global s, h
probe begin {
	for (i = 0; i < 20; i++) { s <<< i * i; h[i % 3] <<< i }
	printf("%d %d %d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s))
	print(@hist_log(s))
	foreach (k in h @sum-) printf("%d: %d %d\n", k, @count(h[k]), @sum(h[k]))
	exit()
}
--- stap_out
20 2470 0 361 123 14024
value |-------------------------------------------------- count
    0 |@                                                  1
    1 |@                                                  1
    2 |                                                   0
    4 |@                                                  1
    8 |@                                                  1
   16 |@@                                                 2
   32 |@@                                                 2
   64 |@@@@                                               4
  128 |@@@@                                               4
  256 |@@@@                                               4
  512 |                                                   0
 1024 |                                                   0

1: 7 70
0: 7 63
2: 6 57
--- needs: live

=== TEST 7: functions, loops, try/catch, and exit() from begin runs end
--- stap
function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }
function greet:string(who:string) { return "hi " . who }
probe begin {
	printf("%d %s\n", fib(8), greet("bob"))
	i = 0; while (1) { i++; if (i % 2) continue; if (i > 8) break; printf("%d ", i) }
	println("")
	try { x = 0; y = 5 / x; println("no ", y) } catch (e) { println("caught: ", e) }
	try { error("boom") } catch { println("caught again") }
	exit()
}
probe end { println("end") }
--- stap_out
21 hi bob
2 4 6 8 
caught: division by 0
caught again
end
--- needs: live

=== TEST 8: timer.ms(10) fires until exit(), then end
--- stap
global n
probe timer.ms(10) { n++; printf("tick %d\n", n); if (n == 5) exit() }
probe end { printf("n=%d\n", n) }
--- stap_out
tick 1
tick 2
tick 3
tick 4
tick 5
n=5
--- needs: live

=== TEST 9: -T goes to staprun: timer.profile runs until the timeout
--- stap
global p
probe timer.profile { p++ }
probe end { println(p > 0 ? "profile ticked" : "silent") }
--- args: -T 1
--- stap_out
profile ticked
--- needs: live

=== TEST 10: tapset functions; log() to stdout, warn() to stderr
--- stap
probe begin {
	printf("%d %d %s %s %d %s\n", strlen("abc"), isinstr("abc", "b"), substr("hello", 1, 3),
		str_replace("aXb", "X", "-"), strtol("42", 10), text_str("a\nb"))
	printf("%d %d %s\n", ntohs(1), target(), pp())
	log("logged"); warn("careful")
	exit()
}
--- stap_out
3 1 ell a-b 42 a\nb
256 0 begin
logged
--- stap_err
WARNING: careful
--- needs: live

=== TEST 11: MAXACTION ends a runaway probe with an error
--- stap
global loops
probe begin { while (1) loops++ }
--- stap_out
--- stap_err
ERROR: MAXACTION exceeded near identifier 'loops' at <input>:2:25
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live
