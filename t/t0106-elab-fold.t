# Pass 2 without -u: SystemTap 4.8's constant folding.  stap folds after
# the code is typed (so dead code still gives its variables their types,
# and type conflicts there are errors), then runs its elision rounds
# again, silently.  -p2 does not print bodies, so what shows is which
# variables, functions and probes are left.  Expected output is stap
# 4.8's own.

=== TEST 1: a variable assigned only in dead code keeps the type that code gave it
--- args: -p2
--- stap
probe begin { if (0) x = "a"; println(x) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:string
--- stap_err
--- exitcode: 0

=== TEST 2: a constant-false if goes, and with it its probe
--- args: -p2
--- stap
probe begin { if (0) println(1) }
--- stap_out
--- stap_err
WARNING: Probe 'begin' has been elided: keyword at <input>:1:1
 source: probe begin { if (0) println(1) }
         ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 3: -u: nothing is folded, nothing elided
--- args: -p2 -u
--- stap
probe begin { if (0) println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 4: the probe emptied by folding goes, the other stays
--- args: -p2
--- stap
probe begin { if (0) println(1) } probe end { println(2) }
--- stap_out
# probes
end /* <- end */
--- stap_err
WARNING: Probe 'begin' has been elided: keyword at <input>:1:1
 source: probe begin { if (0) println(1) } probe end { println(2) }
         ^
--- exitcode: 0

=== TEST 5: dead code is typed before it is folded away: a conflict there is an error
--- args: -p2
--- stap
probe begin { x = 1; if (0) x = "a"; println(x) }
--- stap_out
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:29
        source: probe begin { x = 1; if (0) x = "a"; println(x) }
                                            ^

semantic error: type was first inferred here (long): identifier 'x' at :1:15
        source: probe begin { x = 1; if (0) x = "a"; println(x) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 6: both branches of a constant if are typed
--- args: -p2
--- stap
probe begin { if (1) x = 1 else x = "a"; println(x) }
--- stap_out
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:33
        source: probe begin { if (1) x = 1 else x = "a"; println(x) }
                                                ^

semantic error: type was first inferred here (long): identifier 'x' at :1:22
        source: probe begin { if (1) x = 1 else x = "a"; println(x) }
                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 7: first-round warnings come from the code before folding; later rounds are silent
--- args: -p2
--- stap
probe begin { y = 5; if (0) x = y; println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding assignment to 'x': operator '=' at <input>:1:31
 source: probe begin { y = 5; if (0) x = y; println(1) }
                                       ^
WARNING: Eliding side-effect-free expression : identifier 'x' at :1:29
 source: probe begin { y = 5; if (0) x = y; println(1) }
                                     ^
--- exitcode: 0

=== TEST 8: read, and written only in dead code: no never-assigned warning
--- args: -p2
--- stap
probe begin { println(x); if (0) x = 1 }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 9: a constant ternary: the variable of the dropped branch is elided silently
--- args: -p2
--- stap
probe begin { println(0 ? y : 2) ; y = 5}
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 10: a function called only from dead code is dropped from the listing
--- args: -p2
--- stap
function f() { return 1 } probe begin { if (0) println(f()) ; println(2)}
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 11: a constant-false for loop leaves its initialiser
--- args: -p2
--- stap
probe begin { for (i=0;0;i++) ; println(i) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  i:long
--- stap_err
--- exitcode: 0

=== TEST 12: a constant-false while loop goes
--- args: -p2
--- stap
probe begin { x = 5; while (0) { x++ } println(x) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 13: a constant-false while loop: the variable only it read goes
--- args: -p2
--- stap
probe begin { x = 5; while (0) { println(x) } println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 14: literal arithmetic, shifts, bit operations; division by a literal zero stays
--- args: -p2
--- stap
probe begin { println(1/0, 5%0, 7/2, -7/2, -7%3, 1<<3, -16>>2, 1<<64, 1<<65, 1>>-1, 3&5, 3|5, 3^5, ~0, !5, -(3), +4) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 15: comparisons and concatenation of literals
--- args: -p2
--- stap
probe begin { println(1<2, 2<=2, 3>4, 4>=5, 1==1, 1!=1, "a"<"b", "a"=="a", "b">"a", "a" . "b" . "c") }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 16: a folded comparison decides an if
--- args: -p2
--- stap
probe begin { if (2 > 1) println("y") else { z = 1; println(z) } }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 17: && and || with constant operands
--- args: -p2
--- stap
probe begin { x = 3; if (0 && x) println(x); if (1 || x) println(2) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 18: a pure operand times 0: the variable goes
--- args: -p2
--- stap
probe begin { x = 3; println(x * 0) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 19: a call times 0 is kept
--- args: -p2
--- stap
function g() { println(1); return 2 } probe begin { println(g() * 0) }
--- stap_out
# functions
g:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 20: a global assigned only in dead code
--- args: -p2
--- stap
global g; probe begin { if (0) g = 1; println(g) }
--- stap_out
# globals
g:long
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 21: in a function body
--- args: -p2
--- stap
function f(x) { if (0) return x; return 3 } probe begin { println(f(1)) }
--- stap_out
# functions
f:long (x:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 22: an array deleted only in dead code
--- args: -p2
--- stap
global a; probe begin { a[1] = 2; if (1 > 2) delete a; println(a[1]) }
--- stap_out
# globals
a:long [long]
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 23: a constant condition after a folded string comparison
--- args: -p2
--- stap
probe begin { if ("a" . "b" == "ab") println(1) else println(y) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: never-assigned local variable 'y': identifier 'y' at <input>:1:62
 source: probe begin { if ("a" . "b" == "ab") println(1) else println(y) }
                                                                      ^
--- exitcode: 0

=== TEST 24: -w: the folded probe is elided silently
--- args: -p2 -w
--- stap
probe begin { if (0) println(1) }
--- stap_out
--- stap_err
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 25: after a type conflict (here in dead code) nothing unresolved is reported
--- args: -p2
--- stap
probe begin { x = 1; if (0) x = "a"; println(x, y) }
--- stap_out
--- stap_err
WARNING: never-assigned local variable 'y' (similar: x): identifier 'y' at <input>:1:49
 source: probe begin { x = 1; if (0) x = "a"; println(x, y) }
                                                         ^
semantic error: type mismatch (string): identifier 'x' at :1:29
        source: probe begin { x = 1; if (0) x = "a"; println(x, y) }
                                            ^

semantic error: type was first inferred here (long): identifier 'x' at :1:15
        source: probe begin { x = 1; if (0) x = "a"; println(x, y) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 26: -u: after a type conflict nothing unresolved is reported either
--- args: -p2 -u
--- stap
probe begin { x = 1; x = "a"; println(x, y) }
--- stap_out
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:22
        source: probe begin { x = 1; x = "a"; println(x, y) }
                                     ^

semantic error: type was first inferred here (long): identifier 'x' at :1:15
        source: probe begin { x = 1; x = "a"; println(x, y) }
                              ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 27: unresolved after folding: reported for the code that is left
--- args: -p2
--- stap
probe begin { if (1) println(y) else println(z) }
--- stap_out
--- stap_err
WARNING: never-assigned local variable 'y' (similar: z): identifier 'y' at <input>:1:30
 source: probe begin { if (1) println(y) else println(z) }
                                      ^
WARNING: never-assigned local variable 'z' (similar: y): identifier 'z' at :1:46
 source: probe begin { if (1) println(y) else println(z) }
                                                      ^
semantic error: unresolved type : identifier 'y' at :1:30
        source: probe begin { if (1) println(y) else println(z) }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1
