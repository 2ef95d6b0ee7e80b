Live statistics: the aggregate functions, @hist_log and @hist_linear with
their edge buckets, empty statistics, statistics in arrays and sorting by
them.  Expected texts are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: the aggregates of a single value
--- stap
global s
probe begin {
	s <<< 42
	printf("%d %d %d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s))
	exit()
}
--- stap_out
1 42 42 42 42 0
--- needs: live

=== TEST 2: the aggregates of negative values; @avg truncates
--- stap
global s
probe begin {
	s <<< -7; s <<< -2; s <<< 4
	printf("%d %d %d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s), @avg(s), @variance(s))
	exit()
}
--- stap_out
3 -5 -7 4 -1 35
--- needs: live

=== TEST 3: @count and @sum of an empty statistic are 0
--- stap
global s
probe begin {
	printf("%d %d\n", @count(s), @sum(s))
	exit()
}
probe never { s <<< 1 }
--- stap_out
0 0
--- needs: live

=== TEST 4: @avg of an empty statistic is an error
--- stap
global s
probe begin { printf("%d\n", @avg(s)) }
probe never { s <<< 1 }
--- stap_out
--- stap_err
ERROR: empty aggregate near operator '@avg' at <input>:2:30
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: @max of an empty statistic is an error
--- stap
global s
probe begin { println("x"); x = @max(s); println("not reached ", x) }
probe never { s <<< 1 }
--- stap_out
x
--- stap_err
ERROR: empty aggregate near operator '@max' at <input>:2:33
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 6: @hist_linear with values below, inside and above the range
--- stap
global s
probe begin {
	s <<< -5; s <<< 0; s <<< 9; s <<< 10; s <<< 49; s <<< 50; s <<< 51; s <<< 1000
	print(@hist_linear(s, 0, 50, 10))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
   <0 |@                                                  1
    0 |@@                                                 2
   10 |@                                                  1
   20 |                                                   0
   30 |                                                   0
   40 |@                                                  1
   50 |@@                                                 2
  >50 |@                                                  1

--- needs: live

=== TEST 7: @hist_linear over a negative range
--- stap
global s
probe begin {
	for (i = -10; i <= 10; i++) s <<< i
	print(@hist_linear(s, -10, 10, 5))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
  -10 |@@@@@                                              5
   -5 |@@@@@                                              5
    0 |@@@@@                                              5
    5 |@@@@@                                              5
   10 |@                                                  1

--- needs: live

=== TEST 8: @hist_linear with buckets of width 1
--- stap
global s
probe begin {
	s <<< 1; s <<< 1; s <<< 3; s <<< 3; s <<< 3; s <<< 5
	print(@hist_linear(s, 0, 5, 1))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |                                                   0
    1 |@@                                                 2
    2 |                                                   0
    3 |@@@                                                3
    4 |                                                   0
    5 |@                                                  1

--- needs: live

=== TEST 9: @hist_log with zero, negative and large values
--- stap
global s
probe begin {
	s <<< 0; s <<< -1; s <<< -100; s <<< 1; s <<< 1000000; s <<< 1048576
	print(@hist_log(s))
	exit()
}
--- stap_out
  value |-------------------------------------------------- count
   -256 |                                                   0
   -128 |                                                   0
    -64 |@                                                  1
    -32 |                                                   0
    -16 |                                                   0
        ~
     -4 |                                                   0
     -2 |                                                   0
     -1 |@                                                  1
      0 |@                                                  1
      1 |@                                                  1
      2 |                                                   0
      4 |                                                   0
        ~
 131072 |                                                   0
 262144 |                                                   0
 524288 |@                                                  1
1048576 |@                                                  1
2097152 |                                                   0
4194304 |                                                   0

--- needs: live

=== TEST 10: @hist_log of one value prints its neighbours
--- stap
global s
probe begin { s <<< 64; print(@hist_log(s)); exit() }
--- stap_out
value |-------------------------------------------------- count
   16 |                                                   0
   32 |                                                   0
   64 |@                                                  1
  128 |                                                   0
  256 |                                                   0

--- needs: live

=== TEST 11: printing the histogram of an empty statistic is an error
--- stap
global s, t
probe begin {
	println("[")
	print(@hist_log(s))
	print(@hist_linear(t, 0, 100, 10))
	println("]")
	exit()
}
probe never { s <<< 1; t <<< 1 }
--- stap_out
[
--- stap_err
ERROR: empty aggregate near identifier 'print' at <input>:4:2
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 12: bars are scaled when a bucket holds more than 50
--- stap
global s
probe begin {
	for (i = 0; i < 200; i++) s <<< 1
	for (i = 0; i < 75; i++) s <<< 5
	for (i = 0; i < 3; i++) s <<< 9
	print(@hist_linear(s, 0, 10, 2))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 200
    2 |                                                     0
    4 |@@@@@@@@@@@@@@@@@@                                  75
    6 |                                                     0
    8 |                                                     3
   10 |                                                     0

--- needs: live

=== TEST 13: statistics in an array, sorted by @count, @sum, @max
--- stap
global lat
probe begin {
	lat["read"] <<< 10; lat["read"] <<< 30
	lat["write"] <<< 100
	lat["open"] <<< 1; lat["open"] <<< 2; lat["open"] <<< 3
	foreach (k in lat @count-) printf("%s %d\n", k, @count(lat[k]))
	foreach (k in lat @sum+) printf("%s %d\n", k, @sum(lat[k]))
	foreach (k in lat @max- limit 1) printf("max %s %d\n", k, @max(lat[k]))
	foreach (k+ in lat) printf("%s avg %d min %d\n", k, @avg(lat[k]), @min(lat[k]))
	exit()
}
--- stap_out
open 3
read 2
write 1
open 6
read 40
write 100
max write 100
open avg 2 min 1
read avg 20 min 10
write avg 100 min 100
--- needs: live

=== TEST 14: a histogram of one element of a statistics array
--- stap
global h, g
probe begin {
	for (i = 1; i <= 16; i++) { h["sq"] <<< i * i; g["lin"] <<< i }
	print(@hist_log(h["sq"]))
	print(@hist_linear(g["lin"], 0, 20, 4))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |                                                   0
    1 |@                                                  1
    2 |                                                   0
    4 |@                                                  1
    8 |@                                                  1
   16 |@@                                                 2
   32 |@@                                                 2
   64 |@@@@                                               4
  128 |@@@@                                               4
  256 |@                                                  1
  512 |                                                   0
 1024 |                                                   0

value |-------------------------------------------------- count
    0 |@@@                                                3
    4 |@@@@                                               4
    8 |@@@@                                               4
   12 |@@@@                                               4
   16 |@                                                  1
   20 |                                                   0

--- needs: live

=== TEST 15: indexing a histogram gives a bucket's count
--- stap
global s, t
probe begin {
	s <<< 1; s <<< 2; s <<< 3; s <<< 17; s <<< 18
	t <<< 1; t <<< 2; t <<< 3; t <<< 17; t <<< 18
	printf("%d %d %d\n", @hist_linear(s, 0, 20, 10)[0], @hist_linear(s, 0, 20, 10)[1],
	       @hist_linear(s, 0, 20, 10)[2])
	printf("%d %d %d\n", @hist_log(t)[1], @hist_log(t)[2], @hist_log(t)[5])
	exit()
}
--- stap_out
0 3 2
0 0 0
--- needs: live

=== TEST 16: foreach over the buckets of a histogram
--- stap
global s
probe begin {
	s <<< 5; s <<< 25; s <<< 25; s <<< 45
	foreach (b in @hist_linear(s, 0, 50, 10)) printf("%d:%d ", b, @hist_linear(s, 0, 50, 10)[b])
	println("")
	exit()
}
--- stap_out
0:0 1:1 2:0 3:2 4:0 5:1 6:0 7:0 
--- needs: live

=== TEST 17: delete empties a statistic and a statistics array
--- stap
global s, a
probe begin {
	s <<< 5; a[1] <<< 1; a[2] <<< 2
	delete s; delete a[1]
	printf("%d %d %d\n", @count(s), 1 in a, 2 in a)
	s <<< 7; printf("%d %d\n", @count(s), @sum(s))
	delete a; n = 0; foreach (k in a) n++; printf("%d\n", n)
	exit()
}
--- stap_out
0 0 1
1 7
0
--- needs: live

=== TEST 18: @variance of spread values
--- stap
global a, b, c
probe begin {
	a <<< 1; a <<< 2; a <<< 3; a <<< 4; a <<< 5
	b <<< 100; b <<< 100; b <<< 100
	c <<< -1000; c <<< 1000
	printf("%d %d %d\n", @variance(a), @variance(b), @variance(c))
	exit()
}
--- stap_out
12 0 2000000
--- needs: live

=== TEST 19: a statistics array with two keys
--- stap
global t
probe begin {
	t["cpu", 0] <<< 10; t["cpu", 1] <<< 20; t["cpu", 0] <<< 30; t["io", 2] <<< 5
	foreach ([k, n+] in t) printf("%s/%d: %d %d\n", k, n, @count(t[k, n]), @sum(t[k, n]))
	exit()
}
--- stap_out
cpu/0: 2 40
cpu/1: 1 20
io/2: 1 5
--- needs: live

=== TEST 20: large values keep 64-bit sums
--- stap
global s
probe begin {
	s <<< 4611686018427387904; s <<< 4611686018427387904; s <<< 1
	printf("%d %d %d\n", @sum(s), @max(s), @min(s))
	exit()
}
--- stap_out
-9223372036854775807 4611686018427387904 1
--- needs: live

=== TEST 21: aggregates collected by a timer and read in end
--- stap
global s
probe timer.ms(5) { s <<< @count(s) * 2; if (@count(s) == 5) exit() }
probe end { printf("%d %d %d %d\n", @count(s), @sum(s), @min(s), @max(s)) }
--- stap_out
5 20 0 8
--- needs: live

=== TEST 22: @hist_log of values around powers of two
--- stap
global s
probe begin {
	s <<< 3; s <<< 4; s <<< 7; s <<< 8; s <<< 15; s <<< 16
	print(@hist_log(s))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |                                                   0
    1 |                                                   0
    2 |@                                                  1
    4 |@@                                                 2
    8 |@@                                                 2
   16 |@                                                  1
   32 |                                                   0
   64 |                                                   0

--- needs: live

=== TEST 23: @hist_linear where only the overflow bucket is used
--- stap
global s
probe begin { s <<< 500; s <<< 600; print(@hist_linear(s, 0, 100, 25)); exit() }
--- stap_out
value |-------------------------------------------------- count
   75 |                                                   0
  100 |                                                   0
 >100 |@@                                                 2

--- needs: live

=== TEST 24: @hist_linear with a gap of empty buckets is elided with ~
--- stap
global s
probe begin {
	s <<< 0; s <<< 95
	print(@hist_linear(s, 0, 100, 5))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |@                                                  1
    5 |                                                   0
   10 |                                                   0
      ~
   85 |                                                   0
   90 |                                                   0
   95 |@                                                  1
  100 |                                                   0

--- needs: live

=== TEST 25: statistics of a string-keyed array built in a loop
--- stap
global len
probe begin {
	for (i = 0; i < 12; i++) len[i % 3 == 0 ? "three" : "other"] <<< i
	foreach (k- in len) printf("%s %d %d %d\n", k, @count(len[k]), @sum(len[k]), @avg(len[k]))
	exit()
}
--- stap_out
three 4 18 4
other 8 48 6
--- needs: live

=== TEST 26: two histogram types on one statistic are a semantic error
--- stap
global s
probe begin {
	println("[")
	print(@hist_log(s))
	print(@hist_linear(s, 0, 100, 10))
	println("]")
	exit()
}
probe never { s <<< 1 }
--- stap_out
--- stap_err
semantic error: multiple histogram types declared on '__global_s': operator '@hist_linear' at <input>:5:8
        source: 	print(@hist_linear(s, 0, 100, 10))
                	      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
--- needs: live
