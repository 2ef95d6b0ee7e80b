# Pass 4 (build.c): kbuild against the target tree (Debian's headers for
# 6.1.0-56-amd64); -p4 prints the module's name in the current directory
# (here t/, where *.ko is git-ignored).  Valid scripts never give C
# compile errors.  Live runs: t/translate/run (make translate-check).

=== TEST 1: hello builds, -m names the module, -p4 prints it
--- args: -p4 -r $($T_ROOT/t/krel) -m t0202_hello
--- stap
probe begin { println("hello"); exit() }
--- stap_out
t0202_hello.ko
--- stap_err

=== TEST 2: every language construct in one script compiles cleanly
--- args: -w -p4 -r $($T_ROOT/t/krel) -m t0202_all
--- stap
global a, names, wrap%[3], small[5], s, h, lin, g = 5, gs = "x"
function fib(n) { if (n < 2) return n; return fib(n - 1) + fib(n - 2) }
function cat:string(x:string, y:string) { return x . y }
probe begin {
	x = 17; y = -5; t = "str"
	printf("%d %d %d %d %d %d %d\n", x + y, x - y, x * y, x / y, x % y, x << 2, x >> 1)
	printf("%d %d %d %d %d %d\n", x & y, x | y, x ^ y, ~x, -x, !x)
	printf("%d %d %s\n", x < y && y < 0, x == 17 || y, x > y ? "gt" : "le")
	t .= cat("a", "b"); u = t . "-" . gs
	printf("%s %d %d\n", u, u == "strab-x", u < "z")
	a["x"] = 1; a["y"] += 2; a["z"]++; --a["x"]; a["x"] *= 3
	names[1, "one"] = "uno"
	foreach ([n, m] in names) printf("%d %s %s\n", n, m, names[n, m])
	foreach (k in a- limit 2) printf("%s=%d\n", k, a[k])
	foreach (v = k in a+) printf("%s=%d\n", k, v)
	for (i = 0; i < 10; i++) { if (i == 2) continue; if (i == 8) break; wrap[i] = i; s <<< i; h[i % 2] <<< i; lin <<< i * 10 }
	i = 0; while (i < 3) { i++; small[i] = i }
	printf("%d %d %d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s))
	print(@hist_log(s)); print(@hist_linear(lin, 0, 100, 10))
	foreach (hk in h @count-) printf("%d %d\n", hk, @sum(h[hk]))
	print(@hist_log(h[0]))
	delete a["x"]; delete names; delete s
	printf("%d %d %d\n", "x" in a, [1, "one"] in names, fib(7))
	try { z = x / 0; println(z) } catch (e) { println(e) }
	try { error("boom") } catch { println("caught") }
	print(sprintf("%5s|%-3d|%x|%c", "ab", 1, 255, 65)); println("")
	printd(",", 1, "two"); printdln(":", 3, "four"); println(sprint(g), sprintln(1))
	if (x) next
	exit()
}
probe timer.ms(100), timer.s(1).randomize(1), timer.jiffies(10), timer.hz(5) { g++ }
probe timer.profile { g++ }
probe end, end(1) { println(g) }
probe error { println("error") }
probe never { println("never") }
--- stap_out
t0202_all.ko
--- stap_err

=== TEST 3: tapset functions (embedded C) compile with the translator's conventions
--- args: -p4 -r $($T_ROOT/t/krel) -m t0202_tap
--- stap
probe begin {
  printf("%s %d %d %d %d %d %d %d %d %s\n", execname(), pid(), tid(), ppid(), uid(), euid(), gid(), egid(), cpu(), pp())
  printf("%d %d %d %d %d %d %d\n", target(), ntohs(1), ntohl(1), ntohll(1), htons(1), htonl(1), htonll(1))
  printf("%d %d %d %d\n", mem_page_size(), strlen("abc"), stringat("abc", 1), isinstr("abc", "b"))
  printf("%s %s %d %s %s\n", substr("hello", 1, 3), str_replace("aXb", "X", "-"), strtol("42", 10), text_str("a\nb"), text_strn("abcdef", 3, 0))
  printf("%d %d %d %d %d\n", gettimeofday_ns(), gettimeofday_us(), gettimeofday_ms(), gettimeofday_s(), jiffies())
  printf("%d %d %d %d\n", local_clock_ns(), local_clock_us(), local_clock_ms(), local_clock_s())
  printf("%s\n", tokenize("a b", " "))
  warn("w"); log("l")
  if (pid() < 0) error("e")
  exit()
}
--- stap_out
t0202_tap.ko
--- stap_err

=== TEST 4: -D settings reach the compiler (a bad one is reported as a compile failure)
--- args: -p4 -r $($T_ROOT/t/krel) -m t0202_bad -D MAXMAPENTRIES=0
--- stap
probe begin { println("x") }
--- stap_err_like
^stap: translator bug: the generated C does not compile
stp: MAXSTRINGLEN >= 2, MAXACTION >= 1 and MAXMAPENTRIES >= 1
^Pass 4: compilation failed\.  \[man error::pass4\]$
--- exitcode: 1

=== TEST 5: a missing build tree is a clear error
--- args: -p4 -r /nonexistent/tree -m t0202_none
--- stap
probe begin { println("x") }
--- stap_err_like
no kernel build tree
^Pass 4: compilation failed\.  \[man error::pass4\]$
--- exitcode: 1

=== TEST 6: -k keeps the temp dir with the C and the Kbuild file
--- args: -p4 -k -r $($T_ROOT/t/krel) -m t0202_keep
--- stap
probe begin { println("x") }
--- stap_out
t0202_keep.ko
--- stap_err_like
^Keeping temporary directory "/tmp/stap\w+"$
