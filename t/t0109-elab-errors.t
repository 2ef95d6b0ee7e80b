# Pass 2 semantic errors, each with its message and positions exactly as
# SystemTap 4.8 prints them (stap -r 6.1.0-56-amd64 -p2 - on the same
# script, its "symbol table missing" warning and "Tip:" line left out).
# These complete the set of t/t0100-t0108: every message here is one the
# other files do not test.

=== TEST 1: a probe condition cannot call a function
--- args: -p2
--- stap
global x; function f() { return 1 } probe begin if (f()) { }
--- stap_err
semantic error: probe condition must not reference function: identifier 'f' at <input>:1:53
        source: global x; function f() { return 1 } probe begin if (f()) { }
                                                                    ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2: a probe condition cannot modify a variable
--- args: -p2
--- stap
global x; probe begin if (x++) { }
--- stap_err
semantic error: probe condition must not modify any variables: operator '++' at <input>:1:28
        source: global x; probe begin if (x++) { }
                                           ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 3: impure embedded C in a probe condition
--- args: -p2 -g
--- stap
function f:long() %{ /* pure */ STAP_RETURN(1); %} global x; probe begin if (%{ 1 %}) { println(f()) }
--- stap_err
semantic error: probe condition must not include impure embedded-C: embedded-code at <input>:1:78
        source: function f:long() %{ /* pure */ STAP_RETURN(1); %} global x; probe begin if (%{ 1 %}) { println(f()) }
                                                                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 4: wrap-around (%) on a global used as a scalar
--- args: -p2
--- stap
global x%; probe begin { x = 1; println(x) }
--- stap_err
semantic error: wrapping not supported for scalars: identifier 'x' at <input>:1:8
        source: global x%; probe begin { x = 1; println(x) }
                       ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 5: a sized global used as a scalar
--- args: -p2
--- stap
global x%[5]; probe begin { x = 2; println(x) }
--- stap_err
semantic error: inconsistent arity: identifier 'x' at <input>:1:8
        source: global x%[5]; probe begin { x = 2; println(x) }
                       ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 6: a histogram bucket is not an lvalue
--- args: -p2
--- stap
global s; probe begin { s <<< 1; @hist_log(s)[0] = 1 }
--- stap_err
semantic error: Expecting lvalue for assignment: operator '=' at <input>:1:50
        source: global s; probe begin { s <<< 1; @hist_log(s)[0] = 1 }
                                                                 ^
operator '@hist_log' at :1:34
        source: global s; probe begin { s <<< 1; @hist_log(s)[0] = 1 }
                                                 ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 7: @entry outside a .return probe, in a probe
--- args: -p2
--- stap
probe begin { print(@entry(1)) }
--- stap_err
semantic error: while processing probe begin

semantic error: internal error: @entry is only valid in .return probes: operator '@entry' at <input>:1:21
        source: probe begin { print(@entry(1)) }
                                    ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 8: @entry outside a .return probe, in a function
--- args: -p2
--- stap
function f() { return @entry(1) } probe begin { println(f()) }
--- stap_err
semantic error: while processing function f

semantic error: internal error: @entry is only valid in .return probes: operator '@entry' at <input>:1:23
        source: function f() { return @entry(1) } probe begin { println(f()) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 9: @entry in a function (named g)
--- args: -p2
--- stap
function g() { return @entry(1) } probe begin { println(g()) }
--- stap_err
semantic error: while processing function g

semantic error: internal error: @entry is only valid in .return probes: operator '@entry' at <input>:1:23
        source: function g() { return @entry(1) } probe begin { println(g()) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 10: a wildcard index outside foreach/delete
--- args: -p2
--- stap
global a; probe begin { a[*] = 1 }
--- stap_err
semantic error: wildcard not allowed in array index: identifier 'a' at <input>:1:25
        source: global a; probe begin { a[*] = 1 }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: delete of something that is not a variable
--- args: -p2
--- stap
probe begin { delete 1 }
--- stap_err
semantic error: invalid operand of delete expression: number '1' at <input>:1:22
        source: probe begin { delete 1 }
                                     ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 12: a =~ pattern that does not compile
--- args: -p2
--- stap
probe begin { println("a" =~ "(") }
--- stap_err
semantic error: regex compilation error (at position 0): expected ), found end of regex: string '(' at <input>:1:30
        source: probe begin { println("a" =~ "(") }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 13: procfs path with an empty component
--- args: -p2
--- stap
probe begin { exit() } probe procfs("a//b").read { }
--- stap_err
semantic error: while resolving probe point: identifier 'procfs' at <input>:1:30
        source: probe begin { exit() } probe procfs("a//b").read { }
                                             ^

semantic error: procfs path component cannot be empty: identifier 'procfs' at :1:30
        source: probe begin { exit() } probe procfs("a//b").read { }
                                             ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 14: too few arguments to a function
--- args: -p2
--- stap
function f(a, b) { } probe begin { f(1) }
--- stap_err
semantic error: arity mismatch found (function 'f' takes 2 args): identifier 'f' at <input>:1:36
        source: function f(a, b) { } probe begin { f(1) }
                                                   ^
identifier 'f' at :1:10
        source: function f(a, b) { } probe begin { f(1) }
                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 15: arguments to a function that takes none
--- args: -p2
--- stap
function f() { } probe begin { f(1) }
--- stap_err
semantic error: arity mismatch found (function 'f' takes 0 args): identifier 'f' at <input>:1:32
        source: function f() { } probe begin { f(1) }
                                               ^
identifier 'f' at :1:10
        source: function f() { } probe begin { f(1) }
                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 16: one argument to a three-parameter function
--- args: -p2
--- stap
function f(a,b,c) { return a } probe begin { println(f(1)) }
--- stap_err
semantic error: arity mismatch found (function 'f' takes 3 args): identifier 'f' at <input>:1:54
        source: function f(a,b,c) { return a } probe begin { println(f(1)) }
                                                                     ^
identifier 'f' at :1:10
        source: function f(a,b,c) { return a } probe begin { println(f(1)) }
                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 17: foreach over an undeclared two-key array
--- args: -p2
--- stap
probe begin { foreach ([a, b] in x) { } }
--- stap_err
semantic error: unresolved arity-2 global array x, missing global declaration?: identifier 'x' at <input>:1:34
        source: probe begin { foreach ([a, b] in x) { } }
                                                 ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 18: an undeclared three-key array
--- args: -p2
--- stap
probe begin { println(zz[1,2,3]) }
--- stap_err
semantic error: unresolved arity-3 global array zz, missing global declaration?: identifier 'zz' at <input>:1:23
        source: probe begin { println(zz[1,2,3]) }
                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 19: membership test in an undeclared array
--- args: -p2
--- stap
probe begin { println([1, 2] in zz) }
--- stap_err
semantic error: unresolved arity-2 global array zz, missing global declaration?: identifier 'zz' at <input>:1:33
        source: probe begin { println([1, 2] in zz) }
                                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 20: array used with 2 keys, then 1
--- args: -p2
--- stap
global a; probe begin { a[1,2] = 1; a[1] = 2 }
--- stap_err
semantic error: inconsistent arity (2 vs 1): identifier 'a' at <input>:1:37
        source: global a; probe begin { a[1,2] = 1; a[1] = 2 }
                                                    ^

semantic error: arity 2 first inferred here: identifier 'a' at :1:25
        source: global a; probe begin { a[1,2] = 1; a[1] = 2 }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 21: assigning the array a foreach walks
--- args: -p2
--- stap
global x; probe begin { x[1] = 1; foreach ([a] in x) { x[2] = 1 } }
--- stap_err
semantic error: variable 'x' modified during 'foreach' iteration: identifier 'x' at <input>:1:56
        source: global x; probe begin { x[1] = 1; foreach ([a] in x) { x[2] = 1 } }
                                                                       ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 22: a stat used in arithmetic
--- args: -p2
--- stap
global s; probe begin { s <<< 1; println(s + 1) }
--- stap_err
semantic error: type mismatch (long): identifier 's' at <input>:1:42
        source: global s; probe begin { s <<< 1; println(s + 1) }
                                                         ^

semantic error: type was first inferred here (stats): identifier 's' at :1:25
        source: global s; probe begin { s <<< 1; println(s + 1) }
                                        ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 23: an embedded function marked stable but not pure
--- args: -p2 -g
--- stap
function f:long() %{ /* stable */ STAP_RETURN(1); %} probe begin { println(f()) }
--- stap_err
semantic error: stable function must also be /* pure */: embedded-code at <input>:1:19
        source: function f:long() %{ /* stable */ STAP_RETURN(1); %} probe begin { println(f()) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 24: pragma:read of a global that does not exist
--- args: -p2 -g
--- stap
function f:long() %{ /* pragma:read:nosuchglobal */ STAP_RETURN(1); %} probe begin { println(f()) }
--- stap_err
semantic error: unresolved pragma:read global nosuchglobal: embedded-code at <input>:1:19
        source: function f:long() %{ /* pragma:read:nosuchglobal */ STAP_RETURN(1); %} probe begin { println(f()) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 25: pragma:write of a global that does not exist
--- args: -p2 -g
--- stap
function f:long() %{ /* pragma:write:nosuchglobal */ STAP_RETURN(1); %} probe begin { println(f()) }
--- stap_err
semantic error: unresolved pragma:write global nosuchglobal: embedded-code at <input>:1:19
        source: function f:long() %{ /* pragma:write:nosuchglobal */ STAP_RETURN(1); %} probe begin { println(f()) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 26: indexing an array element (autocast of a long)
--- args: -p2
--- stap
global a; probe begin { a[1] = 1; a[1]["x"] = 2 }
--- stap_err
semantic error: unknown type in dereference: operator '[' at <input>:1:39
        source: global a; probe begin { a[1] = 1; a[1]["x"] = 2 }
                                                      ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 27: an alias that expands to itself (the loop line only: after it stap reports "no match" at the inner point and counts one more as suppressed, where we report it at the user's point)
--- args: -p2
--- stap
probe begin { exit() } probe foo = foo { } probe foo { }
--- stap_err_like
(?m)\Asemantic error: while resolving probe point: identifier 'foo' at <input>:1:36\n.*\n.*\n\nsemantic error: recursive loop in alias expansion of foo at <input>:1:36$
--- exitcode: 1
