# Pass 2, symbols and types: resolution, inference to a fixed point, and
# SystemTap 4.8's semantic errors with their positions.  Expected output
# is stap 4.8's own (stap -p2 on the same script).

=== TEST 1: locals take the type of what is assigned
--- args: -p2 -u
--- stap
probe begin { x = 1; y = "s"; z = x; w = y . "t"; println(x, y, z, w) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
  y:string
  z:long
  w:string
--- stap_err
--- exitcode: 0

=== TEST 2: types flow across functions
--- args: -p2 -u
--- stap
function f(a, b) { return a . b } function g(n) { return n + 1 } probe begin { println(f("x", "y"), g(2)) }
--- stap_out
# functions
f:string (a:string, b:string)
g:long (n:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 3: recursive function
--- args: -p2 -u
--- stap
function f(a) { if (a > 0) return f(a-1) + 1; return 0 } probe begin { println(f(3)) }
--- stap_out
# functions
f:long (a:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 4: a parameter typed from a later call
--- args: -p2 -u
--- stap
function f(a) { return a } probe begin { x = f(y); y = "s"; println(x) }
--- stap_out
# functions
f:string (a:string)
# probes
begin /* <- begin */
  # locals
  x:string
  y:string
--- stap_err
--- exitcode: 0

=== TEST 5: global inferred from a probe elsewhere
--- args: -p2 -u
--- stap
global x; probe begin { x = "a" . "b" } probe end { println(x) }
--- stap_out
# globals
x:string
# probes
begin /* <- begin */
end /* <- end */
--- stap_err
--- exitcode: 0

=== TEST 6: global initialiser fixes the type
--- args: -p2 -u
--- stap
global g = 5, h = "s"; probe begin { println(g, h) }
--- stap_out
# globals
g:long
h:string
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 7: arrays with tuple keys
--- args: -p2 -u
--- stap
global a, b[10]; probe begin { a[1, "x"] = "v"; b[2] = 3; println(a[1, "x"], b[2]) }
--- stap_out
# globals
a:string [long, string]
b[10]:long [long]
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 8: foreach keys and value
--- args: -p2 -u
--- stap
global a; probe begin { a[1,"x"] = 1; foreach ([k, s] in a) println(k, s, a[k, s]) }
--- stap_out
# globals
a:long [long, string]
# probes
begin /* <- begin */
  # locals
  k:long
  s:string
--- stap_err
--- exitcode: 0

=== TEST 9: foreach value variable
--- args: -p2 -u
--- stap
global a; probe begin { a["x"] = "y"; foreach (v = k in a) println(k, v) }
--- stap_out
# globals
a:string [string]
# probes
begin /* <- begin */
  # locals
  k:string
  v:string
--- stap_err
--- exitcode: 0

=== TEST 10: foreach over a slice with limit
--- args: -p2 -u
--- stap
global a; probe begin { a[1,"x"] = 1; foreach ([k, s] in a[*, "x"] limit 5) println(k, s) }
--- stap_out
# globals
a:long [long, string]
# probes
begin /* <- begin */
  # locals
  k:long
  s:string
--- stap_err
--- exitcode: 0

=== TEST 11: membership and delete
--- args: -p2 -u
--- stap
global a; probe begin { a[1]=1; delete a[1]; if (1 in a) println(1); delete a }
--- stap_out
# globals
a:long [long]
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 12: statistics and aggregates
--- args: -p2 -u
--- stap
global s, t; probe begin { s <<< 1; t["x"] <<< 2; println(@count(s), @sum(s), @min(s), @max(s), @avg(s), @count(t["x"])) }
--- stap_out
# globals
s:stats
t:stats [string]
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 13: histograms print
--- args: -p2 -u
--- stap
global h, g; probe begin { h <<< 1; g <<< 2; print(@hist_log(h)); print(@hist_linear(g, 0, 10, 1)) }
--- stap_out
# globals
h:stats
g:stats
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 14: unresolved local through an assignment
--- args: -p2 -u
--- stap
probe begin { x = y; println(x) }
--- stap_err
semantic error: unresolved type : identifier 'x' at <input>:1:15
        source: probe begin { x = y; println(x) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 6.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 15: unresolved parameter
--- args: -p2 -u
--- stap
function f(a) { return 1 } probe begin { println(f(z)) }
--- stap_err
semantic error: unresolved type : identifier 'z' at <input>:1:52
        source: function f(a) { return 1 } probe begin { println(f(z)) }
                                                                   ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 2.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 16: a statistic prints as itself
--- args: -p2 -u
--- stap
global s; probe begin { s <<< 1; println(s) }
--- stap_out
# globals
s:stats
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 17: try/catch variable is a string
--- args: -p2 -u
--- stap
probe begin { try { x = 1; println(x) } catch (e) { println(e) } }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
  e:string
--- stap_err
--- exitcode: 0

=== TEST 18: ternary
--- args: -p2 -u
--- stap
probe begin { x = 1 ? "a" : "b"; println(x) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:string
--- stap_err
--- exitcode: 0

=== TEST 19: loops
--- args: -p2 -u
--- stap
probe begin { while (i < 10) i++; for (j = 0; j < 3; j++) println(j); println(i) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  i:long
  j:long
--- stap_err
--- exitcode: 0

=== TEST 20: compound assignment
--- args: -p2 -u
--- stap
probe begin { x .= "a"; y += 1; z <<= 2; println(x, y, z) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:string
  y:long
  z:long
--- stap_err
--- exitcode: 0

=== TEST 21: regular expression match
--- args: -p2 -u
--- stap
probe begin { x = "a"; if (x =~ "b") println(1) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:string
--- stap_err
--- exitcode: 0

=== TEST 22: sprintf and printf types
--- args: -p2 -u
--- stap
probe begin { s = sprintf("%d %s %5.2x %-*d", 1, "a", 2, 3, 4); printf("%s\n", s) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  s:string
--- stap_err
--- exitcode: 0

=== TEST 23: @defined of a target variable is 0 here
--- args: -p2 -u
--- stap
probe begin { x = @defined($foo) ? 1 : 2; println(x) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 24: type mismatch on a local
--- args: -p2 -u
--- stap
probe begin { x = 1; x = "s"; println(x) }
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:22
        source: probe begin { x = 1; x = "s"; println(x) }
                                     ^

semantic error: type was first inferred here (long): identifier 'x' at :1:15
        source: probe begin { x = 1; x = "s"; println(x) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 25: type mismatch: one printed, the rest counted
--- args: -p2 -u
--- stap
probe begin { x = 1; x = "s"; y = "a"; y = 2; println(x,y) }
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:22
        source: probe begin { x = 1; x = "s"; y = "a"; y = 2; println(x,y) }
                                     ^

semantic error: type was first inferred here (long): identifier 'x' at :1:15
        source: probe begin { x = 1; x = "s"; y = "a"; y = 2; println(x,y) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 26: mismatch through a function return
--- args: -p2 -u
--- stap
function f() { return 1 } probe begin { x = "a"; x = f() ; println(x)}
--- stap_err
semantic error: type mismatch (long): identifier 'x' at <input>:1:50
        source: function f() { return 1 } probe begin { x = "a"; x = f() ; println(x)}
                                                                 ^

semantic error: type was first inferred here (string): identifier 'x' at :1:41
        source: function f() { return 1 } probe begin { x = "a"; x = f() ; println(x)}
                                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 27: function return against its use
--- args: -p2 -u
--- stap
function f() { return 1 } probe begin { println(f() . "a") }
--- stap_err
semantic error: type mismatch (string): identifier 'f' at <input>:1:49
        source: function f() { return 1 } probe begin { println(f() . "a") }
                                                                ^

semantic error: type was first inferred here (long): number '1' at :1:23
        source: function f() { return 1 } probe begin { println(f() . "a") }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 28: declared return type against the value
--- args: -p2 -u
--- stap
function f:string() { return 1 } probe begin { println(f()) }
--- stap_err
semantic error: type mismatch: expected long but found string: number '1' at <input>:1:30
        source: function f:string() { return 1 } probe begin { println(f()) }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 29: parameter typed by two calls
--- args: -p2 -u
--- stap
function f(x) { return x } probe begin { println(f("s")); println(f(1)) }
--- stap_err
semantic error: index 0 type mismatch (long): number '1' at <input>:1:69
        source: function f(x) { return x } probe begin { println(f("s")); println(f(1)) }
                                                                                    ^

semantic error: type of index 0 was first inferred here (string): string 's' at :1:52
        source: function f(x) { return x } probe begin { println(f("s")); println(f(1)) }
                                                                   ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 30: declared parameter type
--- args: -p2 -u
--- stap
function f(x:string) { return x } probe begin { println(f(1)) }
--- stap_err
semantic error: type mismatch: expected long but found string: number '1' at <input>:1:59
        source: function f(x:string) { return x } probe begin { println(f(1)) }
                                                                          ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 31: global initialiser against an assignment
--- args: -p2 -u
--- stap
global g = "s"; probe begin { g = 1 }
--- stap_err
semantic error: type mismatch: expected long but found string: identifier 'g' at <input>:1:31
        source: global g = "s"; probe begin { g = 1 }
                                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 32: index type mismatch
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; a["x"] = 2; println(a[1]) }
--- stap_err
semantic error: index 0 type mismatch (string): string 'x' at <input>:1:37
        source: global a; probe begin { a[1] = 1; a["x"] = 2; println(a[1]) }
                                                    ^

semantic error: type of index 0 was first inferred here (long): number '1' at :1:27
        source: global a; probe begin { a[1] = 1; a["x"] = 2; println(a[1]) }
                                          ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 33: foreach key against its use
--- args: -p2 -u
--- stap
global a; probe begin { a[1,"s"]=1; foreach ([k,v] in a) { k = "x" } }
--- stap_err
semantic error: type mismatch (string): identifier 'k' at <input>:1:60
        source: global a; probe begin { a[1,"s"]=1; foreach ([k,v] in a) { k = "x" } }
                                                                           ^

semantic error: type was first inferred here (long): identifier 'k' at :1:47
        source: global a; probe begin { a[1,"s"]=1; foreach ([k,v] in a) { k = "x" } }
                                                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 34: concatenating a number
--- args: -p2 -u
--- stap
probe begin { println(1 . "a") }
--- stap_err
semantic error: type mismatch: expected string but found long: number '1' at <input>:1:23
        source: probe begin { println(1 . "a") }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 35: adding a string
--- args: -p2 -u
--- stap
probe begin { println(1 + "a") }
--- stap_err
semantic error: type mismatch: expected long but found string: string 'a' at <input>:1:27
        source: probe begin { println(1 + "a") }
                                          ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 36: string operand of +
--- args: -p2 -u
--- stap
probe begin { println(1 + ("a" . "b")) }
--- stap_err
semantic error: invalid operator: operator '.' at <input>:1:32
        source: probe begin { println(1 + ("a" . "b")) }
                                               ^

semantic error: type mismatch: left and right sides don't agree (long vs string): operator '+' at :1:25
        source: probe begin { println(1 + ("a" . "b")) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 37: sides of + do not agree
--- args: -p2 -u
--- stap
probe begin { println(sprint(1) + 1) }
--- stap_err
semantic error: type mismatch: left and right sides don't agree (string vs long): operator '+' at <input>:1:33
        source: probe begin { println(sprint(1) + 1) }
                                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 38: comparison in a string context
--- args: -p2 -u
--- stap
probe begin { x = "a" . (1 < 2) ; println(x)}
--- stap_err
semantic error: type mismatch: expected string but found long: operator '<' at <input>:1:28
        source: probe begin { x = "a" . (1 < 2) ; println(x)}
                                           ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 39: negating a string
--- args: -p2 -u
--- stap
probe begin { println(!("a" . "b")) }
--- stap_err
semantic error: type mismatch: expected long but found string: operator '.' at <input>:1:29
        source: probe begin { println(!("a" . "b")) }
                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 40: array index of a local variable
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; println(a[1] . "a") }
--- stap_err
semantic error: type mismatch (string): identifier 'a' at <input>:1:43
        source: global a; probe begin { a[1] = 1; println(a[1] . "a") }
                                                          ^

semantic error: type was first inferred here (long): identifier 'a' at :1:25
        source: global a; probe begin { a[1] = 1; println(a[1] . "a") }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 41: <<< on a long
--- args: -p2 -u
--- stap
global s; probe begin { s = 1; s <<< 2 }
--- stap_err
semantic error: type mismatch (stats): identifier 's' at <input>:1:32
        source: global s; probe begin { s = 1; s <<< 2 }
                                               ^

semantic error: type was first inferred here (long): identifier 's' at :1:25
        source: global s; probe begin { s = 1; s <<< 2 }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 42: <<< on an array of longs
--- args: -p2 -u
--- stap
global s; probe begin { s[1] = 1; s[1] <<< 2 }
--- stap_err
semantic error: type mismatch (stats): identifier 's' at <input>:1:35
        source: global s; probe begin { s[1] = 1; s[1] <<< 2 }
                                                  ^

semantic error: type was first inferred here (long): identifier 's' at :1:25
        source: global s; probe begin { s[1] = 1; s[1] <<< 2 }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 43: @count of a long
--- args: -p2 -u
--- stap
global s; probe begin { s = 1; println(@count(s)) }
--- stap_err
semantic error: type mismatch (stats): identifier 's' at <input>:1:47
        source: global s; probe begin { s = 1; println(@count(s)) }
                                                              ^

semantic error: type was first inferred here (long): identifier 's' at :1:25
        source: global s; probe begin { s = 1; println(@count(s)) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 44: @count of a local
--- args: -p2 -u
--- stap
probe begin { println(@count(x)) }
--- stap_err
semantic error: stat locals not supported, missing global declaration? : identifier 'x' at <input>:1:30
        source: probe begin { println(@count(x)) }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 45: @sum is a long wherever it is used
--- args: -p2 -u
--- stap
global a; probe begin { a <<< 1; println(@sum(a) . "x") }
--- stap_out
# globals
a:stats
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 46: unresolved type
--- args: -p2 -u
--- stap
probe begin { println(x) }
--- stap_err
semantic error: unresolved type : identifier 'x' at <input>:1:23
        source: probe begin { println(x) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 47: unresolved type of a global
--- args: -p2 -u
--- stap
global ww; probe begin { println(ww) }
--- stap_err
semantic error: unresolved type : identifier 'ww' at <input>:1:34
        source: global ww; probe begin { println(ww) }
                                                 ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 48: undeclared array
--- args: -p2 -u
--- stap
probe begin { x[1] = 2 }
--- stap_err
semantic error: unresolved arity-1 global array x, missing global declaration?: identifier 'x' at <input>:1:15
        source: probe begin { x[1] = 2 }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 49: undeclared arrays: one printed
--- args: -p2 -u
--- stap
global a; probe begin { a = 1; b[1] = 2; c[2] = 3 }
--- stap_err
semantic error: unresolved arity-1 global array b, missing global declaration?: identifier 'b' at <input>:1:32
        source: global a; probe begin { a = 1; b[1] = 2; c[2] = 3 }
                                               ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 50: foreach over an undeclared array
--- args: -p2 -u
--- stap
probe begin { foreach (k in a) println(k) }
--- stap_err
semantic error: unresolved arity-1 global array a, missing global declaration?: identifier 'a' at <input>:1:29
        source: probe begin { foreach (k in a) println(k) }
                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 51: a parameter is not an array
--- args: -p2 -u
--- stap
function f(x) { x[1] = 1 } probe begin { f(1) }
--- stap_err
semantic error: unresolved arity-1 global array x, missing global declaration?: identifier 'x' at <input>:1:17
        source: function f(x) { x[1] = 1 } probe begin { f(1) }
                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 52: local used as scalar then array
--- args: -p2 -u
--- stap
probe begin { x = 1; x[1] = 2 }
--- stap_err
semantic error: inconsistent arity (0 vs 1): identifier 'x' at <input>:1:22
        source: probe begin { x = 1; x[1] = 2 }
                                     ^

semantic error: arity 0 first inferred here: identifier 'x' at :1:15
        source: probe begin { x = 1; x[1] = 2 }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 53: inconsistent arity
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; println(a[1,2]) }
--- stap_err
semantic error: inconsistent arity (1 vs 2): identifier 'a' at <input>:1:43
        source: global a; probe begin { a[1] = 1; println(a[1,2]) }
                                                          ^

semantic error: arity 1 first inferred here: identifier 'a' at :1:25
        source: global a; probe begin { a[1] = 1; println(a[1,2]) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 54: array used as a scalar
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; println(a) }
--- stap_err
semantic error: inconsistent arity (1 vs 0): identifier 'a' at <input>:1:43
        source: global a; probe begin { a[1] = 1; println(a) }
                                                          ^

semantic error: arity 1 first inferred here: identifier 'a' at :1:25
        source: global a; probe begin { a[1] = 1; println(a) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 55: scalar iterated
--- args: -p2 -u
--- stap
global a; probe begin { a = 1; foreach (k in a) println(k) }
--- stap_err
semantic error: inconsistent arity (0 vs 1): identifier 'a' at <input>:1:46
        source: global a; probe begin { a = 1; foreach (k in a) println(k) }
                                                             ^

semantic error: arity 0 first inferred here: identifier 'a' at :1:25
        source: global a; probe begin { a = 1; foreach (k in a) println(k) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 56: foreach with too many keys
--- args: -p2 -u
--- stap
global a; probe begin { a[1]=1; foreach ([k,v] in a) println(k) }
--- stap_err
semantic error: inconsistent arity (1 vs 2): identifier 'a' at <input>:1:51
        source: global a; probe begin { a[1]=1; foreach ([k,v] in a) println(k) }
                                                                  ^

semantic error: arity 1 first inferred here: identifier 'a' at :1:25
        source: global a; probe begin { a[1]=1; foreach ([k,v] in a) println(k) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 57: wrong number of arguments
--- args: -p2 -u
--- stap
function f(a) { return a } probe begin { println(f(1,2)) }
--- stap_err
semantic error: arity mismatch found (function 'f' takes 1 args): identifier 'f' at <input>:1:50
        source: function f(a) { return a } probe begin { println(f(1,2)) }
                                                                 ^
identifier 'f' at :1:10
        source: function f(a) { return a } probe begin { println(f(1,2)) }
                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 58: printf with too few arguments
--- args: -p2 -u
--- stap
probe begin { printf("%d %d\n", 1) }
--- stap_err
semantic error: Wrong number of args to formatted print operator: identifier 'printf' at <input>:1:15
        source: probe begin { printf("%d %d\n", 1) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 59: printf with too many arguments
--- args: -p2 -u
--- stap
probe begin { x = 1; printf("%d\n", x, x) }
--- stap_err
semantic error: Wrong number of args to formatted print operator: identifier 'printf' at <input>:1:22
        source: probe begin { x = 1; printf("%d\n", x, x) }
                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 60: target variable in a non-DWARF probe
--- args: -p2 -u
--- stap
probe begin { $foo = 1 }
--- stap_err
semantic error: unresolved target-symbol expression: identifier '$foo' at <input>:1:15
        source: probe begin { $foo = 1 }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 61: unreachable functions are not checked
--- args: -p2 -u
--- stap
function g() { return "a" + 1 } probe begin {}
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 62: overloaded functions: both listed
--- args: -p2 -u
--- stap
function f() { return 1 } function f() { return 2 } probe begin { println(f()) }
--- stap_out
# functions
f:long ()
f:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 63: overloads must agree on the type
--- args: -p2 -u
--- stap
function f() { return 1 } function f() { return "a" } probe begin { println(f()) }
--- stap_err
semantic error: type mismatch (long): identifier 'f' at <input>:1:77
        source: function f() { return 1 } function f() { return "a" } probe begin { println(f()) }
                                                                                            ^

semantic error: type was first inferred here (string): string 'a' at :1:49
        source: function f() { return 1 } function f() { return "a" } probe begin { println(f()) }
                                                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 64: overloads are chosen by arity
--- args: -p2 -u
--- stap
function f(x) { return 1 } function f() { return 2 } probe begin { println(f()) }
--- stap_out
# functions
f:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 65: array modified in its foreach
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; foreach ([k] in a) { a[k] = 2; a[k]++ } }
--- stap_err
semantic error: variable 'a' modified during 'foreach' iteration: identifier 'a' at <input>:1:56
        source: global a; probe begin { a[1] = 1; foreach ([k] in a) { a[k] = 2; a[k]++ } }
                                                                       ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 66: <<< into the iterated array
--- args: -p2 -u
--- stap
global a; probe begin { a[1] <<< 1; foreach ([k] in a) { a[k] <<< 2 } }
--- stap_err
semantic error: variable 'a' modified during 'foreach' iteration: identifier 'a' at <input>:1:58
        source: global a; probe begin { a[1] <<< 1; foreach ([k] in a) { a[k] <<< 2 } }
                                                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 67: delete in the iterated array
--- args: -p2 -u
--- stap
global a; probe begin { a[1] = 1; foreach ([k] in a) { delete a[k] } }
--- stap_err
semantic error: variable 'a' modified during 'foreach' iteration: identifier 'a' at <input>:1:63
        source: global a; probe begin { a[1] = 1; foreach ([k] in a) { delete a[k] } }
                                                                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 68: a called function modifies the iterated array
--- args: -p2 -u
--- stap
global a; function f() { a[1] = 3 } probe begin { a[1] = 1; foreach ([k] in a) { f() } }
--- stap_err
semantic error: function call modifies var 'a' during 'foreach' iteration: identifier 'f' at <input>:1:82
        source: global a; function f() { a[1] = 3 } probe begin { a[1] = 1; foreach ([k] in a) { f() } }
                                                                                                 ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 69: writing another array in a foreach is fine
--- args: -p2 -u
--- stap
global a, b; probe begin { a[1] = 1; foreach ([k] in a) { b[k] = 1 } println(b[1]) }
--- stap_out
# globals
a:long [long]
b:long [long]
# probes
begin /* <- begin */
  # locals
  k:long
--- stap_err
--- exitcode: 0

=== TEST 70: duplicate global
--- args: -p2 -u
--- stap
global a; global a; probe begin { a = 1; println(a) }
--- stap_err
parse error: duplicate global name
        saw: identifier 'a' at <input>:1:18
     source: global a; global a; probe begin { a = 1; println(a) }
                              ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 71: duplicate parameter
--- args: -p2 -u
--- stap
function f(a, a) { return 1 } probe begin { println(f(1,2)) }
--- stap_err
parse error: duplicate parameter names
        saw: identifier 'a' at <input>:1:15
     source: function f(a, a) { return 1 } probe begin { println(f(1,2)) }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 72: a parameter hides a global
--- args: -p2 -u
--- stap
global a; function f(a) { return a } probe begin { a = 1; println(f(a)) }
--- stap_out
# globals
a:long
# functions
f:long (a:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 73: foreach sorted by a statistic
--- args: -p2 -u
--- stap
global a; probe begin { a[1] <<< 1; foreach (k in a @sum -) println(k) }
--- stap_out
# globals
a:stats [long]
# probes
begin /* <- begin */
  # locals
  k:long
--- stap_err
--- exitcode: 0

=== TEST 74: ++ on a global
--- args: -p2 -u
--- stap
global x; probe begin { x++; println(x) }
--- stap_out
# globals
x:long
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0
