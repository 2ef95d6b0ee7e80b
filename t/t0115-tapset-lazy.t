# The tapset library loaded lazily (core/tapset.c): an index of names ->
# files, only the files a script needs are parsed, -I directories come
# first; embedded-C functions from privileged files; the -p2 details stap
# adds for them (stable locals, elision of pure calls).  Fixtures in
# t/fixtures/tapset-lib/.  Where the script needs only the standard
# tapsets, the expected output is stap 4.8's.

=== TEST 1: only the file that defines execname is parsed
--- args: -p2 -vv --disable-cache
--- stap
probe begin { println(execname()) }
--- stap_err_like
(?s)\A(?:(?!parsed tapset).)*parsed tapset [^\n]*/tapsets/context\.stp\n(?!.*parsed tapset)
--- exitcode: 0

=== TEST 2: a file nothing needs is never read, even one that does not parse
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(tapset_hit()) }
--- stap_out
# globals
tapset_hits:long
# functions
tapset_hit:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 3: a -I directory's file hides the default one of the same name
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(execname() + 1) }
--- stap_out
# functions
execname:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 4: a private function is reached through its file's public one
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(tapset_helped()) }
--- stap_out
# functions
helper:long ()
tapset_helped:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 5: a private library function is not visible to the script
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(helper()) }
--- stap_err_like
^semantic error: unresolved function helper\b
--- exitcode: 1

=== TEST 6: a library global is found when the script names it
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { tapset_hits = 3; println(tapset_hit()) }
--- stap_out
# globals
tapset_hits:long
# functions
tapset_hit:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 7: the script's own function wins over the library's
--- args: -p2
--- stap
function execname() { return "mine" } probe begin { println(execname()) }
--- stap_out
# functions
execname:string ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 8: arity mismatch points at the library's declaration
--- args: -p2
--- stap
probe begin { println(substr("abc", 1)) }
--- stap_err_like
^semantic error: arity mismatch found \(function 'substr' takes 3 args\): identifier 'substr' at <input>:1:23
(.*\n){2}identifier 'substr' at \S*/tapsets/string\.stp:\d+:10
--- exitcode: 1

=== TEST 9: a library function's parameter types reach the caller
--- args: -p2
--- stap
probe begin { println(ntohs("x")) }
--- stap_err
semantic error: type mismatch: expected string but found long: string 'x' at <input>:1:29
        source: probe begin { println(ntohs("x")) }
                                            ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 10: a pure embedded function's unused value is elided
--- args: -p2
--- stap
probe begin { pid() }
--- stap_err
WARNING: Eliding side-effect-free expression : identifier 'pid' at <input>:1:15
 source: probe begin { pid() }
                       ^
WARNING: Probe 'begin' has been elided: keyword at :1:1
 source: probe begin { pid() }
         ^
semantic error: no probes found

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 11: a non-pure embedded function is kept for its effect
--- args: -p2
--- stap
probe begin { x = exit() }
--- stap_out
# functions
exit:unknown ()
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding assignment to 'x': operator '=' at <input>:1:17
 source: probe begin { x = exit() }
                         ^
--- exitcode: 0

=== TEST 12: stable functions: one cached value per probe and per function
--- args: -p2
--- stap
function f() { return cpu() + cpu() } probe begin { x = 1; println(f(), cpu(), x, uid()) }
--- stap_out
# functions
cpu:long ()
f:long ()
  # locals
  __stable___global_cpu__overload_0_value:long
uid:long ()
# probes
begin /* <- begin */
  # locals
  x:long
  __stable___global_cpu__overload_0_value:long
  __stable___global_uid__overload_0_value:long
--- stap_err
--- exitcode: 0

=== TEST 13: -u: no stable values cached
--- args: -p2 -u
--- stap
probe begin { println(execname(), cpu()) }
--- stap_out
# functions
cpu:long ()
execname:string ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 14: embedded functions in a -g script: types from the declaration, an untyped one void
--- args: -p2 -g
--- stap
function f:long (x:long) %{ /* pure */ STAP_RETVALUE = STAP_ARG_x + 1; %}
function g (x) %{ /* unprivileged */ %}
function h:string (x:long) %{ STAP_RETVALUE[0]=0; %}
probe begin { println(f(2)); g(1); println(h(1)) }
--- stap_out
# functions
f:long (x:long)
g:unknown (x:long)
h:string (x:long)
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 15: embedded functions in a script need -g
--- args: -p2
--- stap
function f:long (x:long) %{ STAP_RETVALUE = STAP_ARG_x + 1; %}
probe begin { println(f(2)) }
--- stap_err_like
^parse error: embedded code in unprivileged script; need stap -g
--- exitcode: 1

=== TEST 16: functions are listed by name, as stap lists them
--- args: -p2
--- stap
function b() { return 1 } function a() { return 2 } probe begin { println(b() + a() + pid()) }
--- stap_out
# functions
a:long ()
b:long ()
pid:long ()
# probes
begin /* <- begin */
--- stap_err
--- exitcode: 0

=== TEST 17: an unknown function gets suggestions from the library too
--- args: -p2
--- stap
probe begin { println(exeecname()) }
--- stap_err_like
^semantic error: unresolved function exeecname \(similar: execname\b
--- exitcode: 1

=== TEST 18: an embedded library function's markers: pure, so elided too
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { tapset_cmp(1); println(1) }
--- stap_out
# probes
begin /* <- begin */
--- stap_err
WARNING: Eliding side-effect-free expression : identifier 'tapset_cmp' at <input>:1:15
 source: probe begin { tapset_cmp(1); println(1) }
                       ^
--- exitcode: 0

=== TEST 19: a library file's own probes join the script that uses the file (stap 4.8 gives the same listing)
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(tally()) }
--- stap_out
# globals
tally_n:long
# functions
tally:long ()
# probes
begin /* <- begin */
begin(-100) /* <- begin(-100) */
timer.s(1) /* <- timer.s(1) */
--- exitcode: 0

=== TEST 20: ... but not when nothing uses the file
--- args: -p2 -I fixtures/tapset-lib
--- stap
probe begin { println(1) }
--- stap_out
# probes
begin /* <- begin */
--- exitcode: 0

=== TEST 21: a library global written but never read gets no end probe printing it; the script's own does (stap 4.8's listing)
--- args: -p2 -I fixtures/tapset-lib
--- stap
global mine
probe begin { wonly_set(3); mine = 1 }
--- stap_out
# globals
mine:long
wonly_state:long
# functions
wonly_set:unknown (v:long)
# probes
begin /* <- begin */
end /* <- end */
--- exitcode: 0
