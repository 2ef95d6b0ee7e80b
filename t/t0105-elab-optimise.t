# Pass 2 without -u: what stap 4.8 takes out before type inference (dead
# assignments, side-effect-free statements, unused variables and
# functions, empty probes) and the warnings it gives; -w silences them,
# -u turns it all off.  Expected output is stap 4.8's own.

=== TEST 1: an assignment nobody reads: the assignment, then the statement, then the probe
--- args: -p2
--- stap
probe begin { x = 1 }
--- stap_out
--- stap_err
WARNING: Eliding assignment to 'x': operator '=' at <input>:1:17
 source: probe begin { x = 1 }
                         ^
WARNING: Eliding side-effect-free expression : identifier 'x' at :1:15
 source: probe begin { x = 1 }
                       ^
WARNING: Probe 'begin' has been elided: keyword at :1:1
 source: probe begin { x = 1 }
         ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2: -u keeps it all
--- args: -p2 -u
--- stap
probe begin { x = 1 }
--- stap_out
# probes
begin /* <- begin */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 3: -w silences the warnings, the elision stays
--- args: -p2 -w
--- stap
probe begin { x = 1 }
--- stap_out
--- stap_err
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 4: a local read and never written
--- args: -p2
--- stap
probe begin { println(x) }
--- stap_out
--- stap_err
WARNING: never-assigned local variable 'x': identifier 'x' at <input>:1:23
 source: probe begin { println(x) }
                               ^
semantic error: unresolved type : identifier 'x' at :1:23
        source: probe begin { println(x) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 5: never-assigned: the five nearest names are suggested
--- args: -p2
--- stap
probe begin { abcdefghij = 1; abcdefghik=2; ab = 3; println(x, ab, abcdefghij, abcdefghik) }
--- stap_out
--- stap_err
WARNING: never-assigned local variable 'x' (similar: ab, abcdefghij, abcdefghik): identifier 'x' at <input>:1:61
 source: probe begin { abcdefghij = 1; abcdefghik=2; ab = 3; println(x, ab, abcdefghij, abcdefghik) }
                                                                     ^
semantic error: unresolved type : identifier 'x' at :1:61
        source: probe begin { abcdefghij = 1; abcdefghik=2; ab = 3; println(x, ab, abcdefghij, abcdefghik) }
                                                                            ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 6: a global never assigned: its own name among the suggestions, as stap says it
--- args: -p2
--- stap
global zz, zy, a; probe begin { println(zz); zy = 1; a = 2; println(zy, a) }
--- stap_out
--- stap_err
WARNING: never-assigned global variable 'zz' (similar: zz, zy, a): identifier 'zz' at <input>:1:8
 source: global zz, zy, a; probe begin { println(zz); zy = 1; a = 2; println(zy, a) }
                ^
semantic error: unresolved type : identifier 'zz' at :1:41
        source: global zz, zy, a; probe begin { println(zz); zy = 1; a = 2; println(zy, a) }
                                                        ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 7: a global written and never read is kept, and shown at the end
--- args: -p2
--- stap
global g; probe begin { g = 1 }
--- stap_out
# globals
g:long
# probes
begin /* <- begin */
end /* <- end */
--- stap_err
--- exitcode: 0

=== TEST 8: the same warning twice: printed once, counted
--- args: -p2
--- stap
probe begin { x = 1; x = 2; println("a") }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding assignment to 'x': operator '=' at <input>:1:17
 source: probe begin { x = 1; x = 2; println("a") }
                         ^
WARNING: Eliding side-effect-free expression : identifier 'x' at :1:15
 source: probe begin { x = 1; x = 2; println("a") }
                       ^
Number of similar warning messages suppressed: 2.
Rerun with -v to see them.
--- exitcode: 0

=== TEST 9: an empty probe is elided, the others stay
--- args: -p2
--- stap
probe begin { println(1) } probe end { y = 3 }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding assignment to 'y': operator '=' at <input>:1:42
 source: probe begin { println(1) } probe end { y = 3 }
                                                  ^
WARNING: Eliding side-effect-free expression : identifier 'y' at :1:40
 source: probe begin { println(1) } probe end { y = 3 }
                                                ^
WARNING: Probe 'end' has been elided: keyword at :1:28
 source: probe begin { println(1) } probe end { y = 3 }
                                    ^
--- exitcode: 0

=== TEST 10: an empty probe from an alias: named by the point it resolved to
--- args: -p2
--- stap
probe p.q = begin { } probe p.q { } probe end {println(1)}
--- stap_out
# probes
end /* <- end */
--- stap_err
WARNING: Probe 'begin' has been elided: identifier 'p' at <input>:1:29
 source: probe p.q = begin { } probe p.q { } probe end {println(1)}
                                     ^
--- exitcode: 0

=== TEST 11: each point of an empty probe is elided
--- args: -p2
--- stap
probe timer.s(1), procfs("a").read { } probe end {println(1)}
--- stap_out
# probes
end /* <- end */
--- stap_err
WARNING: Probe 'timer' has been elided: keyword at <input>:1:1
 source: probe timer.s(1), procfs("a").read { } probe end {println(1)}
         ^
WARNING: Probe 'procfs' has been elided: keyword at :1:1
 source: probe timer.s(1), procfs("a").read { } probe end {println(1)}
         ^
--- exitcode: 0

=== TEST 12: a side-effect-free function
--- args: -p2
--- stap
function f() { } probe begin { f() }
--- stap_out
--- stap_err
WARNING: Eliding side-effect-free expression : identifier 'f' at <input>:1:32
 source: function f() { } probe begin { f() }
                                        ^
WARNING: side-effect-free function 'f': identifier 'f' at :1:10
 source: function f() { } probe begin { f() }
                  ^
WARNING: Probe 'begin' has been elided: keyword at :1:18
 source: function f() { } probe begin { f() }
                          ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 13: a pure call whose value is unused
--- args: -p2
--- stap
function f(a) { return a } probe begin { f(2) }
--- stap_out
--- stap_err
WARNING: Eliding side-effect-free expression : identifier 'f' at <input>:1:42
 source: function f(a) { return a } probe begin { f(2) }
                                                  ^
WARNING: Probe 'begin' has been elided: keyword at :1:28
 source: function f(a) { return a } probe begin { f(2) }
                                    ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 14: unused locals go, used ones stay
--- args: -p2
--- stap
probe begin { a = 1; b = a; c = "x"; println(c) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  c:string
--- stap_err
WARNING: Eliding assignment to 'b': operator '=' at <input>:1:24
 source: probe begin { a = 1; b = a; c = "x"; println(c) }
                                ^
WARNING: Eliding side-effect-free expression : identifier 'b' at :1:22
 source: probe begin { a = 1; b = a; c = "x"; println(c) }
                              ^
--- exitcode: 0

=== TEST 15: an unreferenced global is not listed, and not warned about
--- args: -p2
--- stap
global g, h; probe begin { h = 1; println(h) }
--- stap_out
# globals
h:long
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 16: empty loops and ifs go
--- args: -p2
--- stap
probe begin { for (i = 0; i < 3; i++) {} ; println(1) }
--- stap_out
# probes
begin /* <- begin */
  # locals
  i:long
--- stap_err
--- exitcode: 0

=== TEST 17: empty if/else and while go
--- args: -p2
--- stap
probe begin { if (1) {} else {} ; while (0) {} println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 18: an assignment of a call's value: the call stays reachable through the round
--- args: -p2
--- stap
function g() { return 1 } probe begin { x = g(); println(2) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding assignment to 'x': operator '=' at <input>:1:43
 source: function g() { return 1 } probe begin { x = g(); println(2) }
                                                   ^
WARNING: Eliding side-effect-free expression : identifier 'x' at :1:41
 source: function g() { return 1 } probe begin { x = g(); println(2) }
                                                 ^
--- exitcode: 0

=== TEST 19: function locals
--- args: -p2
--- stap
function f(a) { b = 1; return a + c } probe begin { println(f(1)) }
--- stap_out
# functions
f:long (a:long)
  # locals
  c:long
# probes
begin /* <- begin */
--- stap_err
WARNING: never-assigned local variable 'c' (similar: a, b): identifier 'c' at <input>:1:35
 source: function f(a) { b = 1; return a + c } probe begin { println(f(1)) }
                                           ^
WARNING: Eliding assignment to 'b': operator '=' at :1:19
 source: function f(a) { b = 1; return a + c } probe begin { println(f(1)) }
                           ^
WARNING: Eliding side-effect-free expression : identifier 'b' at :1:17
 source: function f(a) { b = 1; return a + c } probe begin { println(f(1)) }
                         ^
--- exitcode: 0

=== TEST 20: a side-effect-free expression statement
--- args: -p2
--- stap
probe begin { 1 + 2 }
--- stap_out
--- stap_err
WARNING: Eliding side-effect-free expression : number '1' at <input>:1:15
 source: probe begin { 1 + 2 }
                       ^
WARNING: Probe 'begin' has been elided: keyword at :1:1
 source: probe begin { 1 + 2 }
         ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1


=== TEST 21: a recursive call that writes a global and prints is kept
--- args: -p2
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
# globals
moves:long
# functions
exit:unknown ()
hanoi:long (n:long, from:long, to:long, via:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 22: @defined(...) of a $var no probe has: only the live branch is bound, the dead one's $var is not reported (stap 4.8's -p2)
--- args: -p2
--- stap
probe begin { println(@choose_defined($nosuch, 42)) }
--- stap_out
# probes
begin /* <- begin */

=== TEST 23: @defined(...) of a $var no probe has: only the live branch is bound, the dead one's $var is not reported (stap 4.8's -p2)
--- args: -p2
--- stap
probe begin { if (@defined($x)) println($x) else println(1) }
--- stap_out
# probes
begin /* <- begin */

=== TEST 24: @defined(...) of a $var no probe has: only the live branch is bound, the dead one's $var is not reported (stap 4.8's -p2)
--- args: -p2
--- stap
function f() { return @defined($y) ? $y : 5 } probe begin { println(f()) }
--- stap_out
# functions
f:long ()
# probes
begin /* <- begin */

=== TEST 25: ... but a literal constant condition does not hide an unknown function (stap 4.8)
--- args: -p2
--- stap
probe begin { if (0) nofunc() }
--- stap_err_like
^semantic error: unresolved function nofunc .*identifier 'nofunc' at <input>:1:22$
--- exitcode: 1
