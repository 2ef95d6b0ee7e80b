Live arrays: foreach sorted ascending and descending by key and by value,
with limit, multi-key arrays, delete, in, ++ and -- on elements, missing
elements.  Expected texts are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: foreach sorted by numeric key, ascending and descending
--- stap
global a
probe begin {
	a[3] = 30; a[-1] = 10; a[100] = 5; a[0] = 7
	foreach (k+ in a) printf("%d=%d ", k, a[k]); println("")
	foreach (k- in a) printf("%d=%d ", k, a[k]); println("")
	exit()
}
--- stap_out
-1=10 0=7 3=30 100=5 
100=5 3=30 0=7 -1=10 
--- needs: live

=== TEST 2: foreach sorted by value, ascending and descending
--- stap
global a
probe begin {
	a["x"] = 3; a["y"] = -8; a["z"] = 12; a["w"] = 0
	foreach (k in a+) printf("%s=%d ", k, a[k]); println("")
	foreach (k in a-) printf("%s=%d ", k, a[k]); println("")
	exit()
}
--- stap_out
y=-8 w=0 x=3 z=12 
z=12 x=3 w=0 y=-8 
--- needs: live

=== TEST 3: foreach sorted by string key
--- stap
global a
probe begin {
	a["beta"] = 1; a["Alpha"] = 2; a["alpha"] = 3; a[""] = 4; a["b"] = 5
	foreach (k+ in a) printf("[%s] ", k); println("")
	foreach (k- in a) printf("[%s] ", k); println("")
	exit()
}
--- stap_out
[] [Alpha] [alpha] [b] [beta] 
[beta] [b] [alpha] [Alpha] [] 
--- needs: live

=== TEST 4: foreach sorted by string value
--- stap
global a
probe begin {
	a[1] = "pear"; a[2] = "apple"; a[3] = "fig"; a[4] = "banana"
	foreach (k in a+) printf("%d:%s ", k, a[k]); println("")
	foreach (k in a-) printf("%d:%s ", k, a[k]); println("")
	exit()
}
--- stap_out
2:apple 4:banana 3:fig 1:pear 
1:pear 3:fig 4:banana 2:apple 
--- needs: live

=== TEST 5: limit with sorting, limit larger than the array, limit from a variable
--- stap
global a
probe begin {
	for (i = 0; i < 10; i++) a[i] = (i * 7) % 10
	foreach (k in a- limit 3) printf("%d ", k); println("")
	foreach (k+ in a limit 20) printf("%d ", k); println("")
	n = 2; foreach (k- in a limit n) printf("%d ", k); println("")
	foreach (k in a limit 0) printf("never "); println("end")
	exit()
}
--- stap_out
7 4 1 
0 1 2 3 4 5 6 7 8 9 
9 8 
end
--- needs: live

=== TEST 6: multi-key arrays, sorted by each key
--- stap
global m
probe begin {
	m[2, "b"] = 1; m[1, "c"] = 2; m[3, "a"] = 3; m[4, "d"] = 0
	foreach ([n+, s] in m) printf("%d%s ", n, s); println("")
	foreach ([n, s-] in m) printf("%d%s ", n, s); println("")
	foreach ([n, s] in m-) printf("%d%s=%d ", n, s, m[n, s]); println("")
	exit()
}
--- stap_out
1c 2b 3a 4d 
4d 1c 2b 3a 
3a=3 1c=2 2b=1 4d=0 
--- needs: live

=== TEST 7: three keys of mixed types and in
--- stap
global t
probe begin {
	t["a", 1, "x"] = 10; t["a", 2, "y"] = 20; t["b", 1, "x"] = 30
	printf("%d %d %d\n", ["a", 1, "x"] in t, ["a", 1, "y"] in t, ["b", 1, "x"] in t)
	foreach ([p, q, r] in t+) printf("%s%d%s ", p, q, r); println("")
	exit()
}
--- stap_out
1 0 1
a1x a2y b1x 
--- needs: live

=== TEST 8: delete one element, a missing one, and the whole array
--- stap
global a
probe begin {
	a[1] = 1; a[2] = 2; a[3] = 3
	delete a[2]; delete a[42]
	foreach (k+ in a) printf("%d ", k); println("")
	delete a
	n = 0; foreach (k in a) n++; printf("%d\n", n)
	a[7] = 70; foreach (k in a) printf("%d=%d\n", k, a[k])
	exit()
}
--- stap_out
1 3 
0
7=70
--- needs: live

=== TEST 9: in and !in
--- stap
global a
probe begin {
	a["k"] = 0
	printf("%d %d %d\n", "k" in a, "j" in a, !("j" in a))
	if ("k" in a) println("present with value ", a["k"])
	if (!("q" in a)) println("absent")
	exit()
}
--- stap_out
1 0 1
present with value 0
absent
--- needs: live

=== TEST 10: ++, --, += on array elements
--- stap
global a
probe begin {
	a["x"]++; a["x"]++; ++a["y"]; a["z"]--; --a["z"]; a["w"] += 10; a["w"] -= 3
	printf("%d %d %d %d\n", a["x"], a["y"], a["z"], a["w"])
	printf("%d %d %d\n", a["x"]++, ++a["x"], a["x"])
	exit()
}
--- stap_out
2 1 -2 7
2 4 4
--- needs: live

=== TEST 11: reading a missing element gives 0 or "" and does not create it
--- stap
global nums, strs
probe begin {
	printf("%d [%s]\n", nums[5], strs["none"])
	printf("%d %d\n", 5 in nums, "none" in strs)
	exit()
}
probe never { nums[1] = 1; strs["x"] = "y" }
--- stap_out
0 []
0 0
--- needs: live

=== TEST 12: string elements and .=
--- stap
global s
probe begin {
	s[1] = "a"; s[1] .= "b"; s[2] = s[1] . s[1]; s[3] .= "new"
	foreach (k+ in s) printf("%d:%s ", k, s[k]); println("")
	exit()
}
--- stap_out
1:ab 2:abab 3:new 
--- needs: live

=== TEST 13: foreach with the value bound: v = k in a
--- stap
global a, m
probe begin {
	a["one"] = 1; a["two"] = 2; a["three"] = 3
	foreach (v = k in a+) printf("%s:%d ", k, v); println("")
	m[1, 2] = "x"; m[3, 4] = "y"
	foreach (w = [i, j] in m-) printf("%d,%d:%s ", i, j, w); println("")
	exit()
}
--- stap_out
one:1 two:2 three:3 
3,4:y 1,2:x 
--- needs: live

=== TEST 14: nested foreach over two arrays
--- stap
global a, b
probe begin {
	a[1] = 1; a[2] = 2; b["x"] = 10; b["y"] = 20
	foreach (i+ in a) foreach (j+ in b) printf("%d%s=%d ", i, j, a[i] * b[j])
	println("")
	exit()
}
--- stap_out
1x=10 1y=20 2x=20 2y=40 
--- needs: live

=== TEST 15: foreach over an empty array runs nothing
--- stap
global a, b
probe begin {
	foreach (k in a) println("never")
	foreach (k- in a limit 5) println("never")
	foreach ([x, y] in b+) println("never")
	println("done")
	exit()
}
probe never { a[1] = 1; b[1, 1] = 1 }
--- stap_out
done
--- needs: live

=== TEST 16: an array read and written from functions
--- stap
global cnt
function bump(k) { cnt[k]++; return cnt[k] }
function get(k) { return k in cnt ? cnt[k] : -1 }
probe begin {
	bump("a"); bump("a"); bump("b")
	printf("%d %d %d\n", get("a"), get("b"), get("c"))
	exit()
}
--- stap_out
2 1 -1
--- needs: live

=== TEST 17: negative keys and zero sort numerically
--- stap
global a
probe begin {
	for (i = -3; i <= 3; i++) a[i * i * i] = i
	foreach (k+ in a) printf("%d ", k); println("")
	foreach (k in a-) printf("%d ", a[k]); println("")
	exit()
}
--- stap_out
-27 -8 -1 0 1 8 27 
3 2 1 0 -1 -2 -3 
--- needs: live

=== TEST 18: keys built from expressions and concatenation
--- stap
global a
probe begin {
	for (i = 0; i < 3; i++) a["key" . sprint(i), i * 2] = i
	foreach ([s, n] in a+) printf("%s/%d ", s, n); println("")
	printf("%d\n", ["key1", 2] in a)
	exit()
}
--- stap_out
key0/0 key1/2 key2/4 
1
--- needs: live

=== TEST 19: deleting while counting through a copy
--- stap
global a, keys
probe begin {
	for (i = 0; i < 6; i++) a[i] = i
	foreach (k in a) if (k % 2) keys[k] = 1
	foreach (k in keys) delete a[k]
	foreach (k+ in a) printf("%d ", k); println("")
	exit()
}
--- stap_out
0 2 4 
--- needs: live

=== TEST 20: break and continue inside foreach
--- stap
global a
probe begin {
	for (i = 0; i < 10; i++) a[i] = i
	foreach (k+ in a) { if (k == 2) continue; if (k == 6) break; printf("%d ", k) }
	println("")
	exit()
}
--- stap_out
0 1 3 4 5 
--- needs: live

=== TEST 21: sort by the second of two numeric keys, descending
--- stap
global m
probe begin {
	m[1, 30] = "a"; m[2, 10] = "b"; m[3, 20] = "c"
	foreach ([i, j-] in m) printf("%d,%d=%s ", i, j, m[i, j]); println("")
	foreach ([i, j+] in m limit 2) printf("%d,%d ", i, j); println("")
	exit()
}
--- stap_out
1,30=a 3,20=c 2,10=b 
2,10 3,20 
--- needs: live

=== TEST 22: an array used as a set of strings
--- stap
global seen
probe begin {
	words = "the cat the dog a cat"
	seen["the"] = 1; seen["cat"] = 1; seen["dog"] = 1; seen["a"] = 1; seen["the"] = 1
	n = 0; foreach (w in seen) n++
	printf("%d %s\n", n, words)
	foreach (w+ in seen) printf("%s ", w); println("")
	exit()
}
--- stap_out
4 the cat the dog a cat
a cat dog the 
--- needs: live

=== TEST 23: limit 1 picks the smallest and the largest value
--- stap
global a
probe begin {
	a[1] = 5; a[2] = 1; a[3] = 9
	foreach (k in a+ limit 1) printf("min key %d\n", k)
	foreach (k in a- limit 1) printf("max key %d\n", k)
	exit()
}
--- stap_out
min key 2
max key 3
--- needs: live

=== TEST 24: an element incremented in a loop from a timer
--- stap
global hits
probe timer.ms(5) { hits["t"]++; if (hits["t"] == 4) exit() }
probe end { printf("%d\n", hits["t"]) }
--- stap_out
4
--- needs: live

=== TEST 25: a two-key array whose elements are strings, with delete of one key pair
--- stap
global g
probe begin {
	g["a", "b"] = "ab"; g["a", "c"] = "ac"; g["b", "a"] = "ba"
	delete g["a", "c"]
	foreach ([x, y+] in g) printf("%s%s=%s ", x, y, g[x, y]); println("")
	printf("%d %d\n", ["a", "c"] in g, ["b", "a"] in g)
	exit()
}
--- stap_out
ba=ba ab=ab 
0 1
--- needs: live
