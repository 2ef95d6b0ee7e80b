Live strings: concatenation and comparison, escapes, strings as keys and
values, building strings in loops, and string tapset functions on edge
cases.  Expected texts are SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: concatenation exactly at MAXSTRINGLEN
--- stap
probe begin {
	a = "abcd"; b = "efg"
	s = a . b; printf("%s %d\n", s, strlen(s))
	s = a . b . "h"; printf("%s %d\n", s, strlen(s))
	exit()
}
--- args: -DMAXSTRINGLEN=8
--- stap_out
abcdefg 7
abcdefg 7
--- needs: live

=== TEST 2: .= grows a string in a loop
--- stap
probe begin {
	s = ""
	for (i = 0; i < 10; i++) s .= sprint(i)
	printf("%s %d\n", s, strlen(s))
	exit()
}
--- stap_out
0123456789 10
--- needs: live

=== TEST 3: comparisons of prefixes and of case
--- stap
probe begin {
	printf("%d %d %d %d\n", "abc" < "abcd", "abcd" < "abc", "ABC" < "abc", "a" == "A")
	printf("%d %d\n", "abc" >= "abc", "" == "")
	exit()
}
--- stap_out
1 0 1 0
1 1
--- needs: live

=== TEST 4: octal and hex escapes and the C escapes
--- stap
probe begin {
	s = "\x48\x69\041\t|\v|\f|\a|\b|\r|"
	printf("%d\n", strlen(s))
	println(substr(s, 0, 3))
	println(text_str(s))
	exit()
}
--- stap_out
15
Hi!
Hi!\t|\v|\f|\a|\b|\r|
--- needs: live

=== TEST 5: strings with special characters as array keys
--- stap
global a
probe begin {
	a["a b"] = 1; a["a\tb"] = 2; a[""] = 3; a["%s"] = 4
	foreach (k+ in a) printf("[%s]=%d ", text_str(k), a[k]); println("")
	exit()
}
--- stap_out
[]=3 [%s]=4 [a\tb]=2 [a b]=1 
--- needs: live

=== TEST 6: a string that is a number is still a string
--- stap
probe begin {
	s = "10"; t = "9"
	printf("%d %d\n", s < t, strtol(s, 10) < strtol(t, 10))
	exit()
}
--- stap_out
1 0
--- needs: live

=== TEST 7: substr edge cases
--- stap
probe begin {
	s = "hello"
	printf("[%s][%s][%s][%s][%s]\n", substr(s, 0, 5), substr(s, 4, 10), substr(s, 5, 1),
	       substr(s, 2, 0), substr(s, 10, 2))
	exit()
}
--- stap_out
[hello][o][][][]
--- needs: live

=== TEST 8: strlen of empty and of escapes
--- stap
probe begin {
	printf("%d %d %d\n", strlen(""), strlen("\n"), strlen("a\\b"))
	exit()
}
--- stap_out
0 1 3
--- needs: live

=== TEST 9: isinstr and str_replace on edge cases
--- stap
probe begin {
	printf("%d %d %d\n", isinstr("abc", ""), isinstr("", "a"), isinstr("aaa", "aa"))
	printf("[%s][%s][%s]\n", str_replace("aaa", "a", "bb"), str_replace("abc", "x", "y"),
	       str_replace("abab", "ab", ""))
	exit()
}
--- stap_out
1 0 1
[bbbbbb][abc][]
--- needs: live

=== TEST 10: string ternaries and string functions
--- stap
function pick:string(b) { return b ? "yes" : "no" }
probe begin { println(pick(1) . "/" . pick(0)); exit() }
--- stap_out
yes/no
--- needs: live

=== TEST 11: a string global written by one probe, read by another
--- stap
global msg
probe begin { msg = "from begin" }
probe begin(1) { msg .= ", then begin(1)"; exit() }
probe end { println(msg) }
--- stap_out
from begin, then begin(1)
--- needs: live

=== TEST 12: string equality drives a loop
--- stap
probe begin {
	s = ""
	while (s != "xxxx") s .= "x"
	println(s)
	exit()
}
--- stap_out
xxxx
--- needs: live

=== TEST 13: sprintf of %s with a string longer than the precision
--- stap
probe begin {
	alpha = "abcdefghijklmnopqrstuvwxyz"
	printf("[%.5s][%-30s][%30.3s]\n", alpha, alpha, alpha)
	exit()
}
--- stap_out
[abcde][abcdefghijklmnopqrstuvwxyz    ][                           abc]
--- needs: live

=== TEST 14: strings sorted as array values, with duplicates
--- stap
global a
probe begin {
	a[1] = "b"; a[2] = "a"; a[3] = "c"; a[4] = "a"
	foreach (k in a+) printf("%s", a[k]); println("")
	exit()
}
--- stap_out
aabc
--- needs: live

=== TEST 15: number to string and back
--- stap
probe begin {
	n = -12345
	s = sprint(n); m = strtol(s, 10)
	printf("%s %d %d\n", s, m, m == n)
	printf("%s %s\n", sprintf("%x", 255), sprintf("%d", strtol("ff", 16)))
	exit()
}
--- stap_out
-12345 -12345 1
ff 255
--- needs: live

=== TEST 16: a string parameter is a copy
--- stap
function change:string(s:string) { s .= "!"; return s }
probe begin { x = "hi"; y = change(x); printf("%s %s\n", x, y); exit() }
--- stap_out
hi hi!
--- needs: live

=== TEST 17: strings with embedded quotes and backslashes
--- stap
probe begin {
	s = "say \"hi\" \\ done"
	println(s); printf("%d\n", strlen(s))
	exit()
}
--- stap_out
say "hi" \ done
15
--- needs: live

=== TEST 18: tokenize a string
--- stap
probe begin {
	tok = tokenize("a,b,,c", ",")
	while (tok != "") { printf("[%s]", tok); tok = tokenize("", ",") }
	println("")
	exit()
}
--- stap_out
[a][b][c]
--- needs: live

=== TEST 19: string concatenation with the result of functions and ternaries
--- stap
function n2s:string(n) { return n < 0 ? "minus " . sprint(-n) : sprint(n) }
probe begin { println(n2s(-5) . ", " . n2s(7)); exit() }
--- stap_out
minus 5, 7
--- needs: live

=== TEST 20: long strings in printf at MAXSTRINGLEN
--- stap
probe begin {
	s = "0123456789"
	printf("%s%s|\n", s, s)
	printf("%s|\n", s . s)
	exit()
}
--- args: -DMAXSTRINGLEN=16
--- stap_out
01234567890123456789|
012345678901234|
--- needs: live

=== TEST 21: strings in a statistics array's keys with limit
--- stap
global s
probe begin {
	s["alpha"] <<< 3; s["beta"] <<< 1; s["gamma"] <<< 2; s["beta"] <<< 9
	foreach (k in s @sum- limit 2) printf("%s ", k); println("")
	exit()
}
--- stap_out
beta alpha 
--- needs: live

=== TEST 22: an empty string key differs from a missing one
--- stap
global a
probe begin {
	printf("%d ", "" in a); a[""] = 0; printf("%d\n", "" in a)
	exit()
}
--- stap_out
0 1
--- needs: live

=== TEST 23: strings compared inside a sort by hand
--- stap
global w
probe begin {
	w[0] = "pear"; w[1] = "fig"; w[2] = "apple"
	for (i = 0; i < 3; i++) for (j = 0; j < 2 - i; j++)
		if (w[j] > w[j + 1]) { t = w[j]; w[j] = w[j + 1]; w[j + 1] = t }
	printf("%s %s %s\n", w[0], w[1], w[2])
	exit()
}
--- stap_out
apple fig pear
--- needs: live

=== TEST 24: text_str and text_strn escape non-printables
--- stap
probe begin {
	println(text_str("tab\there\nnl"))
	println(text_strn("abcdefgh", 4, 0))
	println(text_strn("abcdefgh", 4, 1))
	exit()
}
--- stap_out
tab\there\nnl
abcd
""...
--- needs: live

=== TEST 25: upper and lower case by arithmetic on characters
--- stap
function upper:string(s:string) {
	r = ""
	for (i = 0; i < strlen(s); i++) {
		c = stringat(s, i)
		r .= sprintf("%c", c >= 97 && c <= 122 ? c - 32 : c)
	}
	return r
}
probe begin { println(upper("Hello, World 42")); exit() }
--- stap_out
HELLO, WORLD 42
--- needs: live
