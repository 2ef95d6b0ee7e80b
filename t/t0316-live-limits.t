Live limits, as -D settings: MAXACTION, MAXMAPENTRIES and per-array sizes,
% wrap arrays, MAXSTRINGLEN, MAXNESTING, MAXERRORS, and the closing WARNING
lines.  Expected texts are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: a loop within MAXACTION runs to the end
--- stap
probe begin { for (i = 0; i < 10; i++) n++; println(n); exit() }
--- args: -DMAXACTION=100
--- stap_out
10
--- needs: live

=== TEST 2: MAXACTION in an end probe
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

=== TEST 3: a sized array overflows at its size
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

=== TEST 4: overwriting an element of a full array needs no new slot
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

=== TEST 5: a % array drops its oldest elements
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

=== TEST 6: a % array without size takes MAXMAPENTRIES
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

=== TEST 7: a % statistics array
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

=== TEST 8: strings stop growing at the default MAXSTRINGLEN
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

=== TEST 9: recursion within MAXNESTING
--- stap
function down(n) { return n == 0 ? 0 : 1 + down(n - 1) }
probe begin { println(down(4)); exit() }
--- args: -DMAXNESTING=5
--- stap_out
4
--- needs: live

=== TEST 10: a caught MAXNESTING error
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

=== TEST 11: a caught array overflow
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

=== TEST 12: MAXERRORS=1 allows one error and ends at the second
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

=== TEST 13: a multi-key array with its own size
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

=== TEST 14: MAXACTION exceeded in a timer probe
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

=== TEST 15: an overflowing statistics array
--- stap
global s[2]
probe begin { s[1] <<< 1; s[2] <<< 2; s[3] <<< 3 }
--- stap_out
--- stap_err
ERROR: Array overflow, check size limit (2) near identifier 's' at <input>:2:39
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 16: a % array of strings wraps too
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

=== TEST 17: -DMAXACTION=500 lets a loop of 100 in a timer probe finish
--- stap
probe timer.ms(10) { for (i = 0; i < 100; i++) n++; println(n); exit() }
--- args: -DMAXACTION=500
--- stap_out
100
--- needs: live
