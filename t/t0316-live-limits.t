Live limits, as -D settings: MAXACTION, MAXMAPENTRIES and per-array sizes,
% wrap arrays, MAXSTRINGLEN, MAXNESTING, MAXERRORS, and the closing WARNING
lines.  Expected texts are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: -DMAXACTION=50: a begin probe still runs a loop of 100
--- stap
probe begin { for (i = 0; i < 100; i++) n++; println(n); exit() }
--- args: -DMAXACTION=50
--- stap_out
100
--- needs: live

=== TEST 2: a loop within MAXACTION runs to the end
--- stap
probe begin { for (i = 0; i < 10; i++) n++; println(n); exit() }
--- args: -DMAXACTION=100
--- stap_out
10
--- needs: live

=== TEST 3: -DMAXACTION=200: a begin probe still runs loops in functions
--- stap
function work(k) { for (j = 0; j < k; j++) s += j; return s }
probe begin { println(work(5)); println(work(500)); exit() }
--- args: -DMAXACTION=200
--- stap_out
10
124750
--- needs: live

=== TEST 4: MAXACTION in an end probe
--- stap
probe begin { exit() }
probe end { while (1) x++ }
--- args: -DMAXACTION=1000
--- stap_out
--- stap_err
ERROR: MAXACTION exceeded near identifier 'x' at <input>:2:23
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: a sized array overflows at its size
--- stap
global a[3]
probe begin { for (i = 0; i < 5; i++) { a[i] = i; printf("put %d\n", i) } }
--- stap_out
put 0
put 1
put 2
--- stap_err
ERROR: Array overflow, check size limit (3) near identifier 'a' at <input>:2:41
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 6: MAXMAPENTRIES sizes arrays without their own size
--- stap
global a
probe begin { for (i = 0; i < 10; i++) { a[i] = i }; println("all in") }
--- args: -DMAXMAPENTRIES=6
--- stap_out
--- stap_err
ERROR: Array overflow, check MAXMAPENTRIES near identifier 'a' at <input>:2:42
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 7: an array's own size wins over MAXMAPENTRIES
--- stap
global big[20], small
probe begin {
	for (i = 0; i < 15; i++) big[i] = i
	println("big holds 15")
	for (i = 0; i < 15; i++) small[i] = i
	println("not reached")
}
--- args: -DMAXMAPENTRIES=10
--- stap_out
big holds 15
--- stap_err
ERROR: Array overflow, check MAXMAPENTRIES near identifier 'small' at <input>:5:27
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 8: overwriting an element of a full array needs no new slot
--- stap
global a[2]
probe begin {
	a[1] = 1; a[2] = 2; a[1] = 10; a[2] += 5
	printf("%d %d\n", a[1], a[2])
	delete a[1]; a[3] = 3
	foreach (k+ in a) printf("%d=%d ", k, a[k]); println("")
	exit()
}
--- stap_out
10 7
2=7 3=3 
--- needs: live

=== TEST 9: a % array drops its oldest elements
--- stap
global a%[3]
probe begin {
	for (i = 1; i <= 7; i++) a[i] = i * 10
	foreach (k+ in a) printf("%d=%d ", k, a[k]); println("")
	exit()
}
--- stap_out
5=50 6=60 7=70 
--- needs: live

=== TEST 10: a % array without size takes MAXMAPENTRIES
--- stap
global a%
probe begin {
	for (i = 0; i < 9; i++) a[i] = i
	n = 0; foreach (k in a) n++
	printf("%d\n", n)
	exit()
}
--- args: -DMAXMAPENTRIES=4
--- stap_out
4
--- needs: live

=== TEST 11: a % statistics array
--- stap
global s%[2]
probe begin {
	s["a"] <<< 1; s["b"] <<< 2; s["c"] <<< 3
	foreach (k+ in s) printf("%s:%d ", k, @sum(s[k])); println("")
	exit()
}
--- stap_out
b:2 c:3 
--- needs: live

=== TEST 12: MAXSTRINGLEN truncates assignments and concatenations
--- stap
probe begin {
	s = "abcdefghijklmnop"
	printf("%s %d\n", s, strlen(s))
	t = s . s; printf("%s %d\n", t, strlen(t))
	u = "ab"; u .= "cdefghijkl"; printf("%s\n", u)
	exit()
}
--- args: -DMAXSTRINGLEN=8
--- stap_out
abcdefg 7
abcdefg 7
abcdefg
--- needs: live

=== TEST 13: MAXSTRINGLEN truncates sprintf and array keys
--- stap
global a
probe begin {
	s = sprintf("%d-%d-%d", 1000, 2000, 3000); println(s)
	a["0123456789"] = 1
	foreach (k in a) println(k)
	exit()
}
--- args: -DMAXSTRINGLEN=10
--- stap_out
1000-2000
012345678
--- needs: live

=== TEST 14: strings stop growing at the default MAXSTRINGLEN
--- stap
probe begin {
	s = "0123456789"
	for (i = 0; i < 7; i++) s .= s
	printf("%d\n", strlen(s))
	exit()
}
--- stap_out
511
--- needs: live

=== TEST 15: MAXNESTING stops deep recursion
--- stap
function down(n) { return n == 0 ? 0 : 1 + down(n - 1) }
probe begin { println(down(3)); println(down(10)); exit() }
--- args: -DMAXNESTING=5
--- stap_out
3
--- stap_err
ERROR: MAXNESTING exceeded near identifier 'down' at <input>:1:10
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 16: recursion within MAXNESTING
--- stap
function down(n) { return n == 0 ? 0 : 1 + down(n - 1) }
probe begin { println(down(4)); exit() }
--- args: -DMAXNESTING=5
--- stap_out
4
--- needs: live

=== TEST 17: the default MAXNESTING
--- stap
function down(n) { return n == 0 ? 0 : 1 + down(n - 1) }
probe begin { println(down(5)); println(down(100)); exit() }
--- stap_out
5
--- stap_err
ERROR: MAXNESTING exceeded near identifier 'down' at <input>:1:10
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 18: a caught MAXNESTING error
--- stap
function down(n) { return n == 0 ? 0 : 1 + down(n - 1) }
probe begin {
	try { println(down(50)) } catch (e) { println("caught: ", e) }
	exit()
}
--- args: -DMAXNESTING=8
--- stap_out
caught: MAXNESTING exceeded
--- needs: live

=== TEST 19: a caught array overflow
--- stap
global a[2]
probe begin {
	try { a[1] = 1; a[2] = 2; a[3] = 3 } catch (e) { println("caught: ", e) }
	foreach (k+ in a) printf("%d=%d ", k, a[k]); println("")
	exit()
}
--- stap_out
caught: Array overflow, check size limit (2)
1=1 2=2 
--- needs: live

=== TEST 20: MAXERRORS=1 allows one error and ends at the second
--- stap
global n
probe timer.ms(2) { n++; error(sprintf("tick %d", n)) }
--- args: -DMAXERRORS=1
--- stap_out
--- stap_err
ERROR: tick 1
ERROR: tick 2
WARNING: Number of errors: 2, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 21: several -D settings at once
--- stap
global a
probe begin {
	s = "abcdefghij"; println(s)
	for (i = 0; i < 3; i++) a[i] = i
	println("three fit")
	a[3] = 3
}
--- args: -DMAXSTRINGLEN=6 -DMAXMAPENTRIES=3
--- stap_out
abcde
three fit
--- stap_err
ERROR: Array overflow, check MAXMAPENTRIES near identifier 'a' at <input>:6:2
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 22: a multi-key array with its own size
--- stap
global m[2]
probe begin { m[1, "a"] = 1; m[2, "b"] = 2; println("two"); m[3, "c"] = 3 }
--- stap_out
two
--- stap_err
ERROR: Array overflow, check size limit (2) near identifier 'm' at <input>:2:61
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 23: MAXACTION exceeded in a timer probe
--- stap
probe timer.ms(10) { while (1) n++ }
probe end { println("end") }
--- args: -DMAXACTION=500
--- stap_out
--- stap_err
ERROR: MAXACTION exceeded near identifier 'n' at <input>:1:32
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 24: an overflowing statistics array
--- stap
global s[2]
probe begin { s[1] <<< 1; s[2] <<< 2; s[3] <<< 3 }
--- stap_out
--- stap_err
ERROR: Array overflow, check size limit (2) near identifier 's' at <input>:2:39
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 25: a % array of strings wraps too
--- stap
global w%[2]
probe begin {
	w["a"] = "1"; w["b"] = "2"; w["c"] = "3"; w["d"] = "4"
	foreach (k+ in w) printf("%s=%s ", k, w[k]); println("")
	exit()
}
--- stap_out
c=3 d=4 
--- needs: live

=== TEST 26: -DMAXACTION=50 stops a loop of 100000 in a timer probe
--- stap
global runs
probe timer.ms(10) { runs++; for (i = 0; i < 100000; i++) n++; println(n) }
probe end { println("end ", runs) }
--- args: -DMAXACTION=50
--- stap_out
--- stap_err
ERROR: MAXACTION exceeded near identifier 'n' at <input>:2:59
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 27: -DMAXACTION=500 lets a loop of 100 in a timer probe finish
--- stap
probe timer.ms(10) { for (i = 0; i < 100; i++) n++; println(n); exit() }
--- args: -DMAXACTION=500
--- stap_out
100
--- needs: live
