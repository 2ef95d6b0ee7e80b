# Pass 2, probe aliases: prologue (=) and epilogue (+=) aliases, wildcards,
# nesting, suffixes, alias locals in the user's handler, and the origin
# chain -p2 prints.  Expected output is stap 4.8's own.

=== TEST 1: prologue alias
--- args: -p2 -u
--- stap
probe a = begin { x = 1 } probe a { println(x) }
--- stap_out
# probes
begin /* <- a = begin <- a */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 2: epilogue alias
--- args: -p2 -u
--- stap
probe a += begin { y = 2 } probe a { x = 1; println(x, y) }
--- stap_out
# probes
begin /* <- a += begin <- a */
  # locals
  x:long
  y:long
--- stap_err
--- exitcode: 0

=== TEST 3: alias with two points
--- args: -p2 -u
--- stap
probe a = begin, end { x = 1 } probe a { println(x) }
--- stap_out
# probes
begin /* <- a = begin, end <- a */
  # locals
  x:long
end /* <- a = begin, end <- a */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 4: nested aliases, prologue then epilogue
--- args: -p2 -u
--- stap
probe a = begin, end { x = 1 } probe b += a { y = 2 } probe b ? , foo ? { println(x, y) }
--- stap_out
# probes
begin /* <- a = begin, end <- b += a <- b?,foo? */
  # locals
  x:long
  y:long
end /* <- a = begin, end <- b += a <- b?,foo? */
  # locals
  x:long
  y:long
--- stap_err
--- exitcode: 0

=== TEST 5: alias wildcard
--- args: -p2 -u
--- stap
probe p.q = begin { pv = 1 } probe p.r = end { pr = "s" } probe p.* { println(pv) }
--- stap_err
semantic error: unresolved type : identifier 'pv' at <input>:1:79
        source: probe p.q = begin { pv = 1 } probe p.r = end { pr = "s" } probe p.* { println(pv) }
                                                                                              ^

Pass 2: analysis failed.  [man error::pass2]
Number of similar error messages suppressed: 3.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 6: two aliases of one name both expand
--- args: -p2 -u
--- stap
probe x.y = begin {} probe x.y = end {} probe x.* {}
--- stap_out
# probes
begin /* <- x.y = begin <- x.* */
end /* <- x.y = end <- x.* */
--- stap_err
--- exitcode: 0

=== TEST 7: alias and user conditions combine
--- args: -p2 -u
--- stap
probe a = begin(1) if (1), end! { x = 1 } probe a.b = a {} probe a.* if (2) {}
--- stap_out
# probes
begin(1) if ((1) && (2)) /* <- a = begin(1) if (1), end! <- a.b = a <- a.* if (2) */
  # locals
  x:long
end! if (2) /* <- a = begin(1) if (1), end! <- a.b = a <- a.* if (2) */
  # locals
  x:long
--- stap_err
--- exitcode: 0

=== TEST 8: alias with a global condition
--- args: -p2 -u
--- stap
global g; probe a = timer.s(1) if (g) { } probe a { g = 1 }
--- stap_out
# globals
g:long
# probes
timer.s(1) if (__global_g) /* <- a = timer.s(1) if (g) <- a */
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 9: alias suffix goes to its points
--- args: -p2 -u
--- stap
probe myt = timer.ms(10) { } probe myt.randomize(2) { }
--- stap_out
# probes
timer.ms(10).randomize(2) /* <- myt = timer.ms(10) <- myt.randomize(2) */
--- stap_err
--- exitcode: 0

=== TEST 10: alias suffix that the point does not take
--- args: -p2 -u
--- stap
probe myb = begin { } probe myb.foo { }
--- stap_err
semantic error: while resolving probe point: identifier 'myb' at <input>:1:29
        source: probe myb = begin { } probe myb.foo { }
                                            ^

semantic error: invalid suffix for probe: identifier 'foo' at :1:33
        source: probe myb = begin { } probe myb.foo { }
                                                ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: optional alias expansion that fails
--- args: -p2 -u
--- stap
probe a = nosuch? { } probe a ?, begin { }
--- stap_out
# probes
begin /* <- a?,begin */
--- stap_err
--- exitcode: 0

=== TEST 12: alias locals typed from the handler
--- args: -p2 -u
--- stap
probe a = begin { v = w } probe a { w = "s"; println(v) }
--- stap_out
# probes
begin /* <- a = begin <- a */
  # locals
  v:string
  w:string
--- stap_err
--- exitcode: 0

=== TEST 13: alias body type error
--- args: -p2 -u
--- stap
probe a = begin { x = 1 } probe a { x = "s"; println(x) }
--- stap_err
semantic error: type mismatch (string): identifier 'x' at <input>:1:37
        source: probe a = begin { x = 1 } probe a { x = "s"; println(x) }
                                                    ^

semantic error: type was first inferred here (long): identifier 'x' at :1:19
        source: probe a = begin { x = 1 } probe a { x = "s"; println(x) }
                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 14: alias used twice gets two copies
--- args: -p2 -u
--- stap
probe a = begin { x = 1 } probe a { println(x) } probe a { y = x; println(y) }
--- stap_out
# probes
begin /* <- a = begin <- a */
  # locals
  x:long
begin /* <- a = begin <- a */
  # locals
  x:long
  y:long
--- stap_err
--- exitcode: 0
