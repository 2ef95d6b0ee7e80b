Live small programs: algorithms that combine the language's pieces
(arrays as lists and matrices, recursion, loops, strings, statistics), so
a mistake in any of them shows as a wrong answer.  Expected texts are
SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: sieve of Eratosthenes
--- stap
global composite
probe begin {
	for (i = 2; i * i <= 100; i++)
		if (!(i in composite)) for (j = i * i; j <= 100; j += i) composite[j] = 1
	n = 0; for (i = 2; i <= 100; i++) if (!(i in composite)) { n++; printf("%d ", i) }
	printf("\n%d primes\n", n)
	exit()
}
--- stap_out
2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97 
25 primes
--- needs: live

=== TEST 2: Fibonacci until 64 bits overflow
--- stap
probe begin {
	a = 0; b = 1; n = 1
	while (a + b >= b) { t = a + b; a = b; b = t; n++ }
	printf("F(%d) = %d\n", n, b)
	exit()
}
--- stap_out
F(92) = 7540113804746346429
--- needs: live

=== TEST 3: the longest Collatz chain below 1000
--- stap
function collatz(n) { steps = 0; while (n != 1) { n = n % 2 ? 3 * n + 1 : n / 2; steps++ }; return steps }
probe begin {
	best = 0; arg = 0
	for (i = 1; i < 1000; i++) { c = collatz(i); if (c > best) { best = c; arg = i } }
	printf("%d %d\n", arg, best)
	exit()
}
--- args: -DMAXACTION=1000000
--- stap_out
871 178
--- needs: live

=== TEST 4: gcd and lcm
--- stap
function gcd(a, b) { return b == 0 ? a : gcd(b, a % b) }
function lcm(a, b) { return a / gcd(a, b) * b }
probe begin { printf("%d %d %d %d\n", gcd(1071, 462), gcd(17, 5), lcm(4, 6), lcm(21, 6)); exit() }
--- stap_out
21 1 12 42
--- needs: live

=== TEST 5: bubble sort of an array used as a list
--- stap
global v
probe begin {
	v[0] = 9; v[1] = 3; v[2] = 7; v[3] = 1; v[4] = 8; v[5] = 2; v[6] = 6; n = 7
	for (i = 0; i < n; i++) for (j = 0; j < n - 1 - i; j++)
		if (v[j] > v[j + 1]) { t = v[j]; v[j] = v[j + 1]; v[j + 1] = t }
	for (i = 0; i < n; i++) printf("%d ", v[i]); println("")
	exit()
}
--- stap_out
1 2 3 6 7 8 9 
--- needs: live

=== TEST 6: binary search
--- stap
global v
function bsearch(x, n) {
	lo = 0; hi = n - 1
	while (lo <= hi) { mid = (lo + hi) / 2; if (v[mid] == x) return mid; if (v[mid] < x) lo = mid + 1; else hi = mid - 1 }
	return -1
}
probe begin {
	for (i = 0; i < 50; i++) v[i] = i * 3
	printf("%d %d %d %d\n", bsearch(0, 50), bsearch(147, 50), bsearch(75, 50), bsearch(76, 50))
	exit()
}
--- stap_out
0 49 25 -1
--- needs: live

=== TEST 7: word frequencies with tokenize
--- stap
global freq
probe begin {
	w = tokenize("the cat and the dog and the bird", " ")
	while (w != "") { freq[w]++; w = tokenize("", " ") }
	foreach (k in freq- limit 2) printf("%s %d\n", k, freq[k])
	foreach (k+ in freq) printf("%s ", k); println("")
	exit()
}
--- stap_out
the 3
and 2
and bird cat dog the 
--- needs: live

=== TEST 8: a histogram of computed values
--- stap
global d
probe begin {
	for (i = 0; i < 100; i++) d <<< (i * 37) % 50
	print(@hist_linear(d, 0, 50, 10))
	printf("%d %d %d\n", @min(d), @max(d), @avg(d))
	exit()
}
--- stap_out
value |-------------------------------------------------- count
    0 |@@@@@@@@@@@@@@@@@@@@                               20
   10 |@@@@@@@@@@@@@@@@@@@@                               20
   20 |@@@@@@@@@@@@@@@@@@@@                               20
   30 |@@@@@@@@@@@@@@@@@@@@                               20
   40 |@@@@@@@@@@@@@@@@@@@@                               20
   50 |                                                    0

0 49 24
--- needs: live

=== TEST 9: numbers in binary, by repeated division
--- stap
function bin:string(n) { if (n < 2) return sprint(n); return bin(n / 2) . sprint(n % 2) }
probe begin { printf("%s %s %s\n", bin(0), bin(10), bin(255)); exit() }
--- stap_out
0 1010 11111111
--- needs: live

=== TEST 10: Towers of Hanoi
--- stap
global moves
function hanoi(n, from, to, via) {
	if (n == 0) return 0
	hanoi(n - 1, from, via, to)
	moves++
	if (n == 3) printf("move disk 3 from %d to %d\n", from, to)
	hanoi(n - 1, via, to, from)
}
probe begin { hanoi(5, 1, 3, 2); printf("%d moves\n", moves); exit() }
--- stap_out
move disk 3 from 1 to 3
move disk 3 from 3 to 2
move disk 3 from 2 to 1
move disk 3 from 1 to 3
31 moves
--- needs: live

=== TEST 11: a row of Pascal's triangle
--- stap
global row
probe begin {
	row[0] = 1
	for (n = 1; n <= 10; n++) for (k = n; k > 0; k--) row[k] = row[k] + row[k - 1]
	for (k = 0; k <= 10; k++) printf("%d ", row[k]); println("")
	exit()
}
--- stap_out
1 10 45 120 210 252 210 120 45 10 1 
--- needs: live

=== TEST 12: matrix multiplication with two-key arrays
--- stap
global a, b, c
probe begin {
	for (i = 0; i < 3; i++) for (j = 0; j < 3; j++) { a[i, j] = i + j; b[i, j] = i == j ? 2 : 1 }
	for (i = 0; i < 3; i++) for (j = 0; j < 3; j++) for (k = 0; k < 3; k++) c[i, j] += a[i, k] * b[k, j]
	for (i = 0; i < 3; i++) printf("%d %d %d\n", c[i, 0], c[i, 1], c[i, 2])
	exit()
}
--- stap_out
3 4 5
7 8 9
11 12 13
--- needs: live

=== TEST 13: an Adler-32 checksum of a string
--- stap
function adler32(s:string) {
	a = 1; b = 0
	for (i = 0; i < strlen(s); i++) { a = (a + stringat(s, i)) % 65521; b = (b + a) % 65521 }
	return (b << 16) | a
}
probe begin { printf("%x %x\n", adler32("Wikipedia"), adler32("")); exit() }
--- stap_out
11e60398 1
--- needs: live

=== TEST 14: Roman numerals
--- stap
global val, sym
function roman:string(n) {
	r = ""
	for (i = 0; i < 13; i++) while (n >= val[i]) { r .= sym[i]; n -= val[i] }
	return r
}
probe begin {
	val[0] = 1000; sym[0] = "M"; val[1] = 900; sym[1] = "CM"; val[2] = 500; sym[2] = "D"
	val[3] = 400; sym[3] = "CD"; val[4] = 100; sym[4] = "C"; val[5] = 90; sym[5] = "XC"
	val[6] = 50; sym[6] = "L"; val[7] = 40; sym[7] = "XL"; val[8] = 10; sym[8] = "X"
	val[9] = 9; sym[9] = "IX"; val[10] = 5; sym[10] = "V"; val[11] = 4; sym[11] = "IV"
	val[12] = 1; sym[12] = "I"
	printf("%s %s %s\n", roman(1994), roman(2024), roman(3888))
	exit()
}
--- stap_out
MCMXCIV MMXXIV MMMDCCCLXXXVIII
--- needs: live

=== TEST 15: a queue in an array with head and tail counters
--- stap
global q, head, tail
function push(x) { q[tail++] = x }
function pop() { x = q[head]; delete q[head++]; return x }
probe begin {
	push(1); push(2); push(3); printf("%d ", pop()); push(4)
	while (head < tail) printf("%d ", pop())
	n = 0; foreach (k in q) n++
	printf("| %d left\n", n)
	exit()
}
--- stap_out
1 2 3 4 | 0 left
--- needs: live

=== TEST 16: modular exponentiation
--- stap
function powmod(b, e, m) { r = 1; b %= m; while (e > 0) { if (e & 1) r = r * b % m; b = b * b % m; e >>= 1 }; return r }
probe begin { printf("%d %d %d\n", powmod(2, 10, 1000), powmod(3, 200, 1000007), powmod(7, 0, 13)); exit() }
--- stap_out
24 959082 1
--- needs: live

=== TEST 17: perfect numbers below 10000
--- stap
probe begin {
	for (n = 2; n < 10000; n++) {
		s = 1
		for (d = 2; d * d <= n; d++) if (n % d == 0) { s += d; if (d * d != n) s += n / d }
		if (s == n) printf("%d ", n)
	}
	println("")
	exit()
}
--- args: -DMAXACTION=10000000
--- timeout: 120
--- stap_out
6 28 496 8128 
--- needs: live

=== TEST 18: the digits of a number, summed and reversed
--- stap
probe begin {
	n = 9876543210; sum = 0; rev = 0
	while (n > 0) { sum += n % 10; rev = rev * 10 + n % 10; n /= 10 }
	printf("%d %d\n", sum, rev)
	exit()
}
--- stap_out
45 123456789
--- needs: live

=== TEST 19: a stack machine evaluating reverse Polish notation
--- stap
global st, sp
function push(x) { st[sp++] = x }
function pop() { return st[--sp] }
probe begin {
	expr = "3 4 + 2 * 7 -"
	t = tokenize(expr, " ")
	while (t != "") {
		if (t == "+") push(pop() + pop())
		else if (t == "*") push(pop() * pop())
		else if (t == "-") { b = pop(); a = pop(); push(a - b) }
		else push(strtol(t, 10))
		t = tokenize("", " ")
	}
	printf("%s = %d\n", expr, pop())
	exit()
}
--- stap_out
3 4 + 2 * 7 - = 7
--- needs: live

=== TEST 20: counting sort of small numbers
--- stap
global cnt
probe begin {
	data = "5 3 9 3 0 5 5 1"
	t = tokenize(data, " ")
	while (t != "") { cnt[strtol(t, 10)]++; t = tokenize("", " ") }
	foreach (k+ in cnt) for (i = 0; i < cnt[k]; i++) printf("%d ", k)
	println("")
	exit()
}
--- stap_out
0 1 3 3 5 5 5 9 
--- needs: live
