# Parser: stap 4.8's exact messages and positions, and the -p1 canonical form.
# Expected errors come from SystemTap 4.8 itself (stap -p1 on the same script);
# expected dumps are the canonical form, which must also parse back unchanged.

=== TEST 1: parse error: probe begin {
--- args: -p1
--- stap
probe begin {
--- stap_err
parse error: expected statement
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 2: parse error: probe begin { a = 1 +
--- args: -p1
--- stap
probe begin { a = 1 +
--- stap_err
parse error: expected value
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 3: parse error: global a,
--- args: -p1
--- stap
global a,
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 4: parse error: function
--- args: -p1
--- stap
function
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 5: parse error: function f
--- args: -p1
--- stap
function f
--- stap_err
parse error: unexpected end-of-file
        saw: identifier 'f' at <input>:1:10
     source: function f
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 6: parse error: function f(
--- args: -p1
--- stap
function f(
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 7: parse error: function f(a
--- args: -p1
--- stap
function f(a
--- stap_err
parse error: unexpected end-of-file
        saw: identifier 'a' at <input>:1:12
     source: function f(a
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 8: parse error: function f(a,
--- args: -p1
--- stap
function f(a,
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 9: parse error: function f(a b) {}
--- args: -p1
--- stap
function f(a b) {}
--- stap_err
parse error: expected ',' or ')'
        saw: identifier 'b' at <input>:1:14
     source: function f(a b) {}
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 10: parse error: function f(a:foo) {}
--- args: -p1
--- stap
function f(a:foo) {}
--- stap_err
parse error: expected 'string' or 'long'
        saw: identifier 'foo' at <input>:1:14
     source: function f(a:foo) {}
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 11: parse error: function f:foo() {}
--- args: -p1
--- stap
function f:foo() {}
--- stap_err
parse error: expected 'string' or 'long'
        saw: identifier 'foo' at <input>:1:12
     source: function f:foo() {}
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 12: parse: function f:long(a:string, b:long) { return a }
--- args: -p1
--- stap
function f:long(a:string, b:long) { return a }
--- stap_out
# parse tree dump
# file <input>
function f:long (a:string, b:long)
{
    return a;
}
--- stap_err
--- exitcode: 0

=== TEST 13: parse error: function f() : 0 {}
--- args: -p1
--- stap
function f() : 0 {}
--- stap_err
parse error: specified priority must be > 0
        saw: number '0' at <input>:1:16
     source: function f() : 0 {}
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 14: parse error: function f() : -3 {}
--- args: -p1
--- stap
function f() : -3 {}
--- stap_err
parse error: specified priority must be > 0
        saw: number '3' at <input>:1:17
     source: function f() : -3 {}
                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 15: parse error: function f() : "x" {}
--- args: -p1
--- stap
function f() : "x" {}
--- stap_err
parse error: expected literal number
        saw: operator '{' at <input>:1:20
     source: function f() : "x" {}
                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 16: parse error: function f() : x {}
--- args: -p1
--- stap
function f() : x {}
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:16
     source: function f() : x {}
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 17: parse: function f() : 5 {} function f() {}
--- args: -p1
--- stap
function f() : 5 {} function f() {}
--- stap_out
# parse tree dump
# file <input>
function f () : 5
{
}
function f ()
{
}
--- stap_err
--- exitcode: 0

=== TEST 18: parse error: function f(a, a) {}
--- args: -p1
--- stap
function f(a, a) {}
--- stap_err
parse error: duplicate parameter names
        saw: identifier 'a' at <input>:1:15
     source: function f(a, a) {}
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 19: parse: function f(a,) {}
--- args: -p1
--- stap
function f(a,) {}
--- stap_out
# parse tree dump
# file <input>
function f (a)
{
}
--- stap_err
--- exitcode: 0

=== TEST 20: parse error: function f() %{ x %}
--- args: -p1
--- stap
function f() %{ x %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:14
     source: function f() %{ x %}
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 21: parse error: function 1() {}
--- args: -p1
--- stap
function 1() {}
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:10
     source: function 1() {}
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 22: parse: function string() {} function long() {}
--- args: -p1
--- stap
function string() {} function long() {}
--- stap_out
# parse tree dump
# file <input>
function string ()
{
}
function long ()
{
}
--- stap_err
--- exitcode: 0

=== TEST 23: parse error: probe begin { x = %{ 1 %} + 1 }
--- args: -p1
--- stap
probe begin { x = %{ 1 %} + 1 }
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ 1 %} + 1 }
                               ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ 1 %} + 1 }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '+' at <input>:1:27
     source: probe begin { x = %{ 1 %} + 1 }
                                       ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 24: parse error: global a[10] = 1
--- args: -p1
--- stap
global a[10] = 1
--- stap_err
parse error: only scalar globals can be initialized
        saw: operator '=' at <input>:1:14
     source: global a[10] = 1
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 25: parse error: global a[10]%
--- args: -p1
--- stap
global a[10]%
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '%' at <input>:1:13
     source: global a[10]%
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 26: parse: global a% = 1
--- args: -p1
--- stap
global a% = 1
--- stap_out
# parse tree dump
# file <input>
global a% = 1
--- stap_err
--- exitcode: 0

=== TEST 27: parse error: global a, a
--- args: -p1
--- stap
global a, a
--- stap_err
parse error: duplicate global name
        saw: identifier 'a' at <input>:1:11
     source: global a, a
                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 28: parse error: private global a; global a
--- args: -p1
--- stap
private global a; global a
--- stap_err
parse error: global versus private variable declaration conflict
        saw: identifier 'a' at <input>:1:26
     source: private global a; global a
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 29: parse error: global a; private a
--- args: -p1
--- stap
global a; private a
--- stap_err
parse error: global versus private variable declaration conflict
        saw: identifier 'a' at <input>:1:19
     source: global a; private a
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 30: parse error: global a[0]
--- args: -p1
--- stap
global a[0]
--- stap_err
parse error: array size out of range
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 31: parse error: global a[-1]
--- args: -p1
--- stap
global a[-1]
--- stap_err
parse error: array size out of range
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 32: parse error: global a[x]
--- args: -p1
--- stap
global a[x]
--- stap_err
parse error: expected number
        saw: identifier 'x' at <input>:1:10
     source: global a[x]
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 33: parse error: global a[99999999999]
--- args: -p1
--- stap
global a[99999999999]
--- stap_err
parse error: array size out of range
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 34: parse error: global a[2147483648]
--- args: -p1
--- stap
global a[2147483648]
--- stap_err
parse error: array size out of range
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 35: parse error: global x = 1 y
--- args: -p1
--- stap
global x = 1 y
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: identifier 'y' at <input>:1:14
     source: global x = 1 y
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 36: parse error: global x = -1, y = "s" "t", z = 18446744073709551615, w =...
--- args: -p1
--- stap
global x = -1, y = "s" "t", z = 18446744073709551615, w = 18446744073709551616
--- stap_err
parse error: number invalid or out of range
        saw: number '18446744073709551616' at <input>:1:59
     source: global x = -1, y = "s" "t", z = 18446744073709551615, w = 18446744073709551616
                                                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 37: parse error: global x = -9223372036854775808, y = -9223372036854775809
--- args: -p1
--- stap
global x = -9223372036854775808, y = -9223372036854775809
--- stap_err
parse error: number invalid or out of range
        saw: number '9223372036854775809' at <input>:1:39
     source: global x = -9223372036854775808, y = -9223372036854775809
                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 38: parse error: global x = 09
--- args: -p1
--- stap
global x = 09
--- stap_err
parse error: number invalid or out of range
        saw: number '09' at <input>:1:12
     source: global x = 09
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 39: parse error: global x = 0x
--- args: -p1
--- stap
global x = 0x
--- stap_err
parse error: number invalid or out of range
        saw: number '0x' at <input>:1:12
     source: global x = 0x
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 40: parse error: global x = 1abc
--- args: -p1
--- stap
global x = 1abc
--- stap_err
parse error: number invalid or out of range
        saw: number '1abc' at <input>:1:12
     source: global x = 1abc
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 41: parse error: private
--- args: -p1
--- stap
private
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 42: parse error: private 1
--- args: -p1
--- stap
private 1
--- stap_err
parse error: expected 'function' or identifier
        saw: number '1' at <input>:1:9
     source: private 1
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 43: parse error: private function
--- args: -p1
--- stap
private function
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 44: parse: private function f() { } private global g private h
--- args: -p1
--- stap
private function f() { } private global g private h
--- stap_out
# parse tree dump
# file <input>
private function f ()
{
}
private global g
private global h
--- stap_err
--- exitcode: 0

=== TEST 45: parse error: probe begin { x = @const("FOO", "bar.h") }
--- args: -p1
--- stap
probe begin { x = @const("FOO", "bar.h") }
--- stap_err
parse error: using @const operator not permitted; need stap -g
        saw: operator '@const' at <input>:1:19
     source: probe begin { x = @const("FOO", "bar.h") }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '(' at <input>:1:25
     source: probe begin { x = @const("FOO", "bar.h") }
                                     ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 46: parse: probe a = begin { } , { }
--- args: -p1
--- stap
probe a = begin { } , { }
--- stap_out
# parse tree dump
# file <input>
probe a = begin {
}, {
}
--- stap_err
--- exitcode: 0

=== TEST 47: parse error: probe a += begin { } , { }
--- args: -p1
--- stap
probe a += begin { } , { }
--- stap_err
parse error: Combined prologue and epilogue cannot be defined with '+='
        saw: operator ',' at <input>:1:22
     source: probe a += begin { } , { }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 48: parse: probe {begin, end}.x { }
--- args: -p1
--- stap
probe {begin, end}.x { }
--- stap_out
# parse tree dump
# file <input>
probe begin.x, end.x {
}
--- stap_err
--- exitcode: 0

=== TEST 49: parse error: probe {a?, b}.c { }
--- args: -p1
--- stap
probe {a?, b}.c { }
--- stap_err
parse error: '?', '!' or condition must only be specified in suffix
         at: identifier 'a' at <input>:1:8
     source: probe {a?, b}.c { }
                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 50: parse error: probe {a, b}?.c { }
--- args: -p1
--- stap
probe {a, b}?.c { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '.' at <input>:1:14
     source: probe {a, b}?.c { }
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 51: parse error: probe a?? { }
--- args: -p1
--- stap
probe a?? { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '?' at <input>:1:9
     source: probe a?? { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 52: parse error: probe a if (1) if (2) { }
--- args: -p1
--- stap
probe a if (1) if (2) { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: keyword at <input>:1:16
     source: probe a if (1) if (2) { }
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 53: parse error: probe a if 1 { }
--- args: -p1
--- stap
probe a if 1 { }
--- stap_err
parse error: expected '('
        saw: number '1' at <input>:1:12
     source: probe a if 1 { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 54: parse error: probe a if (1 { }
--- args: -p1
--- stap
probe a if (1 { }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:15
     source: probe a if (1 { }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 55: parse error: probe a? = b { }
--- args: -p1
--- stap
probe a? = b { }
--- stap_err
parse error: probe point alias name cannot be optional nor sufficient
         at: identifier 'a' at <input>:1:7
     source: probe a? = b { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 56: parse error: probe a, b = c { }
--- args: -p1
--- stap
probe a, b = c { }
--- stap_err
parse error: expected probe point specifier
        saw: operator '=' at <input>:1:12
     source: probe a, b = c { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 57: parse: probe a = b = c { }
--- args: -p1
--- stap
probe a = b = c { }
--- stap_out
# parse tree dump
# file <input>
probe a = b = c {
}
--- stap_err
--- exitcode: 0

=== TEST 58: parse: probe a = b += c { }
--- args: -p1
--- stap
probe a = b += c { }
--- stap_out
# parse tree dump
# file <input>
probe a += b += c {
}
--- stap_err
--- exitcode: 0

=== TEST 59: parse error: probe 1 { }
--- args: -p1
--- stap
probe 1 { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: number '1' at <input>:1:7
     source: probe 1 { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 60: parse error: probe a.1 { }
--- args: -p1
--- stap
probe a.1 { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: number '1' at <input>:1:9
     source: probe a.1 { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 61: parse error: probe a(1 { }
--- args: -p1
--- stap
probe a(1 { }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:11
     source: probe a(1 { }
                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 62: parse error: probe a(x) { }
--- args: -p1
--- stap
probe a(x) { }
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:9
     source: probe a(x) { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 63: parse: probe a(-1).b("x" "y").c(0x10) { }
--- args: -p1
--- stap
probe a(-1).b("x" "y").c(0x10) { }
--- stap_out
# parse tree dump
# file <input>
probe a(-1).b("xy").c(16) {
}
--- stap_err
--- exitcode: 0

=== TEST 64: parse error: probe a.b* *c { }
--- args: -p1
--- stap
probe a.b* *c { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '*' at <input>:1:12
     source: probe a.b* *c { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 65: parse: probe syscall.*.return?, foo*bar!, kernel.function("*@fs/...
--- args: -p1
--- stap
probe syscall.*.return?, foo*bar!, kernel.function("*@fs/*.c") if (a > 1), begin(-10) { }
--- stap_out
# parse tree dump
# file <input>
probe syscall.*.return?, foo*bar!, kernel.function("*@fs/*.c") if ((a) > (1)), begin(-10) {
}
--- stap_err
--- exitcode: 0

=== TEST 66: parse: probe a.if.return.function.probe.global { }
--- args: -p1
--- stap
probe a.if.return.function.probe.global { }
--- stap_out
# parse tree dump
# file <input>
probe a.if.return.function.probe.global {
}
--- stap_err
--- exitcode: 0

=== TEST 67: parse error: probe a b { }
--- args: -p1
--- stap
probe a b { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: identifier 'b' at <input>:1:9
     source: probe a b { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 68: parse error: probe a { } }
--- args: -p1
--- stap
probe a { } }
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:1:13
     source: probe a { } }
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 69: parse: probe begin { x = @sum(s 1 2 3) }
--- args: -p1
--- stap
probe begin { x = @sum(s 1 2 3) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@sum(s));
}
--- stap_err
--- exitcode: 0

=== TEST 70: parse error: probe begin { x = @count(s, 1) }
--- args: -p1
--- stap
probe begin { x = @count(s, 1) }
--- stap_err
parse error: not more than 1 parameter allowed
         at: operator ',' at <input>:1:27
     source: probe begin { x = @count(s, 1) }
                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 71: parse error: probe begin { x = @variance(s, 1, 2) }
--- args: -p1
--- stap
probe begin { x = @variance(s, 1, 2) }
--- stap_err
parse error: not more than 2 parameters allowed
         at: operator ',' at <input>:1:33
     source: probe begin { x = @variance(s, 1, 2) }
                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 72: parse: probe begin { x = @variance(s, 1) }
--- args: -p1
--- stap
probe begin { x = @variance(s, 1) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@variance(s, 1));
}
--- stap_err
--- exitcode: 0

=== TEST 73: parse error: probe begin { x = $a->1 }
--- args: -p1
--- stap
probe begin { x = $a->1 }
--- stap_err
parse error: expected identifier or keyword
        saw: number '1' at <input>:1:23
     source: probe begin { x = $a->1 }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 74: parse error: probe begin { f(1 2) }
--- args: -p1
--- stap
probe begin { f(1 2) }
--- stap_err
parse error: expected one of ') ,'
        saw: number '2' at <input>:1:19
     source: probe begin { f(1 2) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 75: parse error: probe begin { x[1 2] }
--- args: -p1
--- stap
probe begin { x[1 2] }
--- stap_err
parse error: expected one of '] ,'
        saw: number '2' at <input>:1:19
     source: probe begin { x[1 2] }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 76: parse error: probe begin { print() }
--- args: -p1
--- stap
probe begin { print() }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:21
     source: probe begin { print() }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 77: parse error: probe begin { print_char() }
--- args: -p1
--- stap
probe begin { print_char() }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:26
     source: probe begin { print_char() }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 78: parse error: probe begin { printf(1) }
--- args: -p1
--- stap
probe begin { printf(1) }
--- stap_err
parse error: expected literal string
        saw: number '1' at <input>:1:22
     source: probe begin { printf(1) }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 79: parse error: probe begin { printf("x" 1) }
--- args: -p1
--- stap
probe begin { printf("x" 1) }
--- stap_err
parse error: expected one of ', )'
        saw: number '1' at <input>:1:26
     source: probe begin { printf("x" 1) }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 80: parse error: probe begin { printd(",", 1) }
--- args: -p1
--- stap
probe begin { printd(",", 1) }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:30
     source: probe begin { printd(",", 1) }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 81: parse error: probe begin { printd(",") }
--- args: -p1
--- stap
probe begin { printd(",") }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:27
     source: probe begin { printd(",") }
                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 82: parse error: probe begin { printd(1, 2, 3) }
--- args: -p1
--- stap
probe begin { printd(1, 2, 3) }
--- stap_err
parse error: expected literal string
        saw: number '1' at <input>:1:22
     source: probe begin { printd(1, 2, 3) }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 83: parse: probe begin { println() sprintln() }
--- args: -p1
--- stap
probe begin { println() sprintln() }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    println();
    sprintln();
}
--- stap_err
--- exitcode: 0

=== TEST 84: parse: probe begin { print(@hist_log(s)) print(@hist_linear(s, 1...
--- args: -p1
--- stap
probe begin { print(@hist_log(s)) print(@hist_linear(s, 1, 2, 3)) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    print(@hist_log(s));
    print(@hist_linear(s, 1, 2, 3));
}
--- stap_err
--- exitcode: 0

=== TEST 85: parse: probe begin { print(@hist_log(s)[3], 1, 2) }
--- args: -p1
--- stap
probe begin { print(@hist_log(s)[3], 1, 2) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    print(@hist_log(s)[3], 1, 2);
}
--- stap_err
--- exitcode: 0

=== TEST 86: parse error: probe begin { print(@hist_log(s)[3] 1) }
--- args: -p1
--- stap
probe begin { print(@hist_log(s)[3] 1) }
--- stap_err
parse error: expected one of ', )'
        saw: number '1' at <input>:1:37
     source: probe begin { print(@hist_log(s)[3] 1) }
                                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 87: parse error: probe begin { x = @hist_log(s) }
--- args: -p1
--- stap
probe begin { x = @hist_log(s) }
--- stap_err
parse error: base histogram operator where expression expected
         at: operator '@hist_log' at <input>:1:19
     source: probe begin { x = @hist_log(s) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 88: parse: probe begin { x = @hist_log(s)[1] }
--- args: -p1
--- stap
probe begin { x = @hist_log(s)[1] }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@hist_log(s)[1]);
}
--- stap_err
--- exitcode: 0

=== TEST 89: parse error: probe begin { x = @hist_linear(s, 1, 2) }
--- args: -p1
--- stap
probe begin { x = @hist_linear(s, 1, 2) }
--- stap_err
parse error: expected ','
        saw: operator ')' at <input>:1:39
     source: probe begin { x = @hist_linear(s, 1, 2) }
                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 90: parse error: probe begin { x = @hist_linear(s, a, 2, 3) }
--- args: -p1
--- stap
probe begin { x = @hist_linear(s, a, 2, 3) }
--- stap_err
parse error: expected number
        saw: identifier 'a' at <input>:1:35
     source: probe begin { x = @hist_linear(s, a, 2, 3) }
                                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 91: parse error: probe begin { x = a =~ b }
--- args: -p1
--- stap
probe begin { x = a =~ b }
--- stap_err
parse error: expected literal string
        saw: identifier 'b' at <input>:1:24
     source: probe begin { x = a =~ b }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 92: parse: probe begin { x = a =~ "b" "c" }
--- args: -p1
--- stap
probe begin { x = a =~ "b" "c" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a) =~ "bc");
}
--- stap_err
--- exitcode: 0

=== TEST 93: parse error: probe begin { x = a =~ "b" =~ "c" }
--- args: -p1
--- stap
probe begin { x = a =~ "b" =~ "c" }
--- stap_err
parse error: expected literal string or number
        saw: operator '=~' at <input>:1:28
     source: probe begin { x = a =~ "b" =~ "c" }
                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 94: parse: probe begin { x = a < b < c == d }
--- args: -p1
--- stap
probe begin { x = a < b < c == d }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((a) < (b)) < (c)) == (d));
}
--- stap_err
--- exitcode: 0

=== TEST 95: parse: probe begin { x = a ? b : c ? d : e = 1 }
--- args: -p1
--- stap
probe begin { x = a ? b : c ? d : e = 1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((a)?(b):((c)?(d):(e))) = (1));
}
--- stap_err
--- exitcode: 0

=== TEST 96: parse: probe begin { x = a ? b = 1 : c }
--- args: -p1
--- stap
probe begin { x = a ? b = 1 : c }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a)?((b) = (1)):(c));
}
--- stap_err
--- exitcode: 0

=== TEST 97: parse error: probe begin { x = a ? b c }
--- args: -p1
--- stap
probe begin { x = a ? b c }
--- stap_err
parse error: expected ':'
        saw: identifier 'c' at <input>:1:25
     source: probe begin { x = a ? b c }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 98: parse error: probe begin { x = [a, b] }
--- args: -p1
--- stap
probe begin { x = [a, b] }
--- stap_err
parse error: unexpected comma-separated expression list
        saw: operator '}' at <input>:1:26
     source: probe begin { x = [a, b] }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 99: parse: probe begin { x = [a, *] in y; delete y[*, 1] }
--- args: -p1
--- stap
probe begin { x = [a, *] in y; delete y[*, 1] }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ([a, *] in y);
    delete y[*, 1];
}
--- stap_err
--- exitcode: 0

=== TEST 100: parse error: probe begin { x = a in b in c }
--- args: -p1
--- stap
probe begin { x = a in b in c }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:26
     source: probe begin { x = a in b in c }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 101: parse error: probe begin { x = [a in b] in c }
--- args: -p1
--- stap
probe begin { x = [a in b] in c }
--- stap_err
parse error: expected ',' or ']'
        saw: keyword at <input>:1:22
     source: probe begin { x = [a in b] in c }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 102: parse error: probe begin { x = [a & b, c] in d }
--- args: -p1
--- stap
probe begin { x = [a & b, c] in d }
--- stap_err
parse error: expected ',' or ']'
        saw: operator '&' at <input>:1:22
     source: probe begin { x = [a & b, c] in d }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 103: parse: probe begin { x = a & b in c }
--- args: -p1
--- stap
probe begin { x = a & b in c }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a) & ([b] in c));
}
--- stap_err
--- exitcode: 0

=== TEST 104: parse error: probe begin { x = [a b] in c }
--- args: -p1
--- stap
probe begin { x = [a b] in c }
--- stap_err
parse error: expected ',' or ']'
        saw: identifier 'b' at <input>:1:22
     source: probe begin { x = [a b] in c }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 105: parse: probe begin { foreach (k in x) { } }
--- args: -p1
--- stap
probe begin { foreach (k in x) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([k] in x) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 106: parse: probe begin { foreach (k+ in x) { } }
--- args: -p1
--- stap
probe begin { foreach (k+ in x) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([k+] in x) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 107: parse error: probe begin { foreach (k- in x-) { } }
--- args: -p1
--- stap
probe begin { foreach (k- in x-) { } }
--- stap_err
parse error: multiple sort directives
        saw: operator '-' at <input>:1:31
     source: probe begin { foreach (k- in x-) { } }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 108: parse: probe begin { foreach (v = k in x) { } }
--- args: -p1
--- stap
probe begin { foreach (v = k in x) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach (v = [k] in x) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 109: parse error: probe begin { foreach (v- = k+ in x) { } }
--- args: -p1
--- stap
probe begin { foreach (v- = k+ in x) { } }
--- stap_err
parse error: multiple sort directives
        saw: operator '+' at <input>:1:30
     source: probe begin { foreach (v- = k+ in x) { } }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 110: parse: probe begin { foreach (v = [a, b-] in x limit 5) { } }
--- args: -p1
--- stap
probe begin { foreach (v = [a, b-] in x limit 5) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach (v = [a, b-] in x limit 5) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 111: parse error: probe begin { foreach ([a, b] in x @sum) { } }
--- args: -p1
--- stap
probe begin { foreach ([a, b] in x @sum) { } }
--- stap_err
parse error: expected sort directive
        saw: operator ')' at <input>:1:40
     source: probe begin { foreach ([a, b] in x @sum) { } }
                                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 112: parse: probe begin { foreach ([a, b] in x @sum+ limit 1) { } }
--- args: -p1
--- stap
probe begin { foreach ([a, b] in x @sum+ limit 1) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([a, b] in x @sum+ limit 1) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 113: parse error: probe begin { foreach ([a, b] in x @foo+) { } }
--- args: -p1
--- stap
probe begin { foreach ([a, b] in x @foo+) { } }
--- stap_err
parse error: expected statistical operation
        saw: operator '@foo' at <input>:1:36
     source: probe begin { foreach ([a, b] in x @foo+) { } }
                                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 114: parse: probe begin { foreach ([a, b] in x[*, 1]) { } }
--- args: -p1
--- stap
probe begin { foreach ([a, b] in x[*, 1]) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([a, b] in x[*, 1]) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 115: parse error: probe begin { foreach ([a, b] in x[*, 1 2]) { } }
--- args: -p1
--- stap
probe begin { foreach ([a, b] in x[*, 1 2]) { } }
--- stap_err
parse error: expected ',' or ']'
        saw: number '2' at <input>:1:41
     source: probe begin { foreach ([a, b] in x[*, 1 2]) { } }
                                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 116: parse error: probe begin { foreach ([a b] in x) { } }
--- args: -p1
--- stap
probe begin { foreach ([a b] in x) { } }
--- stap_err
parse error: expected ',' or ']'
        saw: identifier 'b' at <input>:1:27
     source: probe begin { foreach ([a b] in x) { } }
                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 117: parse error: probe begin { foreach (1 in x) { } }
--- args: -p1
--- stap
probe begin { foreach (1 in x) { } }
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:24
     source: probe begin { foreach (1 in x) { } }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 118: parse error: probe begin { foreach (a x) { } }
--- args: -p1
--- stap
probe begin { foreach (a x) { } }
--- stap_err
parse error: expected 'in'
        saw: identifier 'x' at <input>:1:26
     source: probe begin { foreach (a x) { } }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 119: parse error: probe begin { foreach a in x { } }
--- args: -p1
--- stap
probe begin { foreach a in x { } }
--- stap_err
parse error: expected '('
        saw: identifier 'a' at <input>:1:23
     source: probe begin { foreach a in x { } }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 120: parse error: probe begin { foreach (a in x { } }
--- args: -p1
--- stap
probe begin { foreach (a in x { } }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:31
     source: probe begin { foreach (a in x { } }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 121: parse: probe begin { foreach (a in @hist_log(s)) { } }
--- args: -p1
--- stap
probe begin { foreach (a in @hist_log(s)) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([a] in @hist_log(s)) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 122: parse: probe begin { foreach (a in @count) { } }
--- args: -p1
--- stap
probe begin { foreach (a in @count) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    foreach ([a] in @count) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 123: parse: probe begin { for (;;) { } for (i = 0; i < 1; i++) ; }
--- args: -p1
--- stap
probe begin { for (;;) { } for (i = 0; i < 1; i++) ; }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    for (;;) {
    }
    for ((i) = (0); (i) < (1); (i)++)
        ;
}
--- stap_err
--- exitcode: 0

=== TEST 124: parse error: probe begin { for (i = 0 i < 1; i++) ; }
--- args: -p1
--- stap
probe begin { for (i = 0 i < 1; i++) ; }
--- stap_err
parse error: expected ';'
        saw: identifier 'i' at <input>:1:26
     source: probe begin { for (i = 0 i < 1; i++) ; }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 125: parse error: probe begin { for (i = 0; i < 1 i++) ; }
--- args: -p1
--- stap
probe begin { for (i = 0; i < 1 i++) ; }
--- stap_err
parse error: expected ';'
        saw: identifier 'i' at <input>:1:33
     source: probe begin { for (i = 0; i < 1 i++) ; }
                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 126: parse error: probe begin { for (i = 0; i < 1; i++ ; }
--- args: -p1
--- stap
probe begin { for (i = 0; i < 1; i++ ; }
--- stap_err
parse error: expected ')'
        saw: operator ';' at <input>:1:38
     source: probe begin { for (i = 0; i < 1; i++ ; }
                                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 127: parse error: probe begin { for i = 0; i < 1; i++) ; }
--- args: -p1
--- stap
probe begin { for i = 0; i < 1; i++) ; }
--- stap_err
parse error: expected '('
        saw: identifier 'i' at <input>:1:19
     source: probe begin { for i = 0; i < 1; i++) ; }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 128: parse error: probe begin { for (
--- args: -p1
--- stap
probe begin { for (
--- stap_err
parse error: expression statement expected
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 129: parse error: probe begin { while (1) { } while 1 }
--- args: -p1
--- stap
probe begin { while (1) { } while 1 }
--- stap_err
parse error: expected '('
        saw: number '1' at <input>:1:35
     source: probe begin { while (1) { } while 1 }
                                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 130: parse error: probe begin { while (1 { } }
--- args: -p1
--- stap
probe begin { while (1 { } }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:24
     source: probe begin { while (1 { } }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 131: parse error: probe begin { if (1) else }
--- args: -p1
--- stap
probe begin { if (1) else }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:22
     source: probe begin { if (1) else }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 132: parse error: probe begin { if 1 }
--- args: -p1
--- stap
probe begin { if 1 }
--- stap_err
parse error: expected '('
        saw: number '1' at <input>:1:18
     source: probe begin { if 1 }
                              ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 133: parse error: probe begin { if (1 x }
--- args: -p1
--- stap
probe begin { if (1 x }
--- stap_err
parse error: expected ')'
        saw: identifier 'x' at <input>:1:21
     source: probe begin { if (1 x }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 134: parse error: probe begin { if (1) a else b; else }
--- args: -p1
--- stap
probe begin { if (1) a else b; else }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:32
     source: probe begin { if (1) a else b; else }
                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 135: parse: probe begin { try { } catch { } try { } catch (e) { } }
--- args: -p1
--- stap
probe begin { try { } catch { } try { } catch (e) { } }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    try {
    } catch {
    }
    try {
    } catch (e) {
    }
}
--- stap_err
--- exitcode: 0

=== TEST 136: parse error: probe begin { try { } catch (1) { } }
--- args: -p1
--- stap
probe begin { try { } catch (1) { } }
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:30
     source: probe begin { try { } catch (1) { } }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 137: parse error: probe begin { try x }
--- args: -p1
--- stap
probe begin { try x }
--- stap_err
parse error: expected '{'
        saw: identifier 'x' at <input>:1:19
     source: probe begin { try x }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 138: parse: probe begin { next; break; continue; delete x; delete x[1...
--- args: -p1
--- stap
probe begin { next; break; continue; delete x; delete x[1]; }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    next;
    break;
    continue;
    delete x;
    delete x[1];
}
--- stap_err
--- exitcode: 0

=== TEST 139: parse error: probe begin { else }
--- args: -p1
--- stap
probe begin { else }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { else }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 140: parse error: probe begin { in }
--- args: -p1
--- stap
probe begin { in }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { in }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 141: parse: probe begin { x = ++1 + --$a + a++ + a-- }
--- args: -p1
--- stap
probe begin { x = ++1 + --$a + a++ + a-- }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((++(1)) + (--($a))) + ((a)++)) + ((a)--));
}
--- stap_err
--- exitcode: 0

=== TEST 142: parse: probe begin { x = ++-1 }
--- args: -p1
--- stap
probe begin { x = ++-1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (++(18446744073709551615));
}
--- stap_err
--- exitcode: 0

=== TEST 143: parse: probe begin { x = &-1 }
--- args: -p1
--- stap
probe begin { x = &-1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (&(18446744073709551615));
}
--- stap_err
--- exitcode: 0

=== TEST 144: parse: probe begin { x = &a }
--- args: -p1
--- stap
probe begin { x = &a }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (&(a));
}
--- stap_err
--- exitcode: 0

=== TEST 145: parse error: probe begin { x = &(&$a) }
--- args: -p1
--- stap
probe begin { x = &(&$a) }
--- stap_err
parse error: cannot take address more than once
         at: operator '&' at <input>:1:19
     source: probe begin { x = &(&$a) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 146: parse: probe begin { x = &$a->b[1]->c }
--- args: -p1
--- stap
probe begin { x = &$a->b[1]->c }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (&$a->b[1]->c);
}
--- stap_err
--- exitcode: 0

=== TEST 147: parse: probe begin { x = $a$ + $a$$ + $a->b$ + $a[1]$ + $a $ + $...
--- args: -p1
--- stap
probe begin { x = $a$ + $a$$ + $a->b$ + $a[1]$ + $a $ + $$vars$ + $$ $ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((((($a$) + ($a$$)) + ($a->b$)) + ($a[1]$)) + ($a$)) + ($$vars$)) + ($$ $));
}
--- stap_err
--- exitcode: 0

=== TEST 148: parse error: probe begin { x = $a$->b }
--- args: -p1
--- stap
probe begin { x = $a$->b }
--- stap_err
parse error: -> and [ are not accepted for a pretty-printing variable
        saw: operator '->' at <input>:1:22
     source: probe begin { x = $a$->b }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 149: parse error: probe begin { x = $a[1]$[2] }
--- args: -p1
--- stap
probe begin { x = $a[1]$[2] }
--- stap_err
parse error: -> and [ are not accepted for a pretty-printing variable
        saw: operator '[' at <input>:1:25
     source: probe begin { x = $a[1]$[2] }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 150: parse: probe begin { x = $a->$ }
--- args: -p1
--- stap
probe begin { x = $a->$ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ($a$);
}
--- stap_err
--- exitcode: 0

=== TEST 151: parse: probe begin { x = f()->a + (b)[1] + "x"->y + 1[2] }
--- args: -p1
--- stap
probe begin { x = f()->a + (b)[1] + "x"->y + 1[2] }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((((f())->a) + ((b)[1])) + (("x")->y)) + ((1)[2]));
}
--- stap_err
--- exitcode: 0

=== TEST 152: parse: probe begin { x = a->b->c }
--- args: -p1
--- stap
probe begin { x = a->b->c }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a)->b->c);
}
--- stap_err
--- exitcode: 0

=== TEST 153: parse: probe begin { x = a $ }
--- args: -p1
--- stap
probe begin { x = a $ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a)$);
}
--- stap_err
--- exitcode: 0

=== TEST 154: parse error: probe begin { x = @cast(p, "")->a }
--- args: -p1
--- stap
probe begin { x = @cast(p, "")->a }
--- stap_err
parse error: expected non-empty string
        saw: operator ')' at <input>:1:30
     source: probe begin { x = @cast(p, "")->a }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 155: parse error: probe begin { x = @cast(p)->a }
--- args: -p1
--- stap
probe begin { x = @cast(p)->a }
--- stap_err
parse error: expected ','
        saw: operator ')' at <input>:1:26
     source: probe begin { x = @cast(p)->a }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 156: parse error: probe begin { x = @cast(p, "t", m)->a }
--- args: -p1
--- stap
probe begin { x = @cast(p, "t", m)->a }
--- stap_err
parse error: expected string
        saw: identifier 'm' at <input>:1:33
     source: probe begin { x = @cast(p, "t", m)->a }
                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 157: parse: probe begin { x = @cast(p, "t" "u", "m" "n")->a }
--- args: -p1
--- stap
probe begin { x = @cast(p, "t" "u", "m" "n")->a }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@cast(p, "tu", "mn")->a);
}
--- stap_err
--- exitcode: 0

=== TEST 158: parse error: probe begin { x = @var("a") + @var("a", "b") + @var(a) }
--- args: -p1
--- stap
probe begin { x = @var("a") + @var("a", "b") + @var(a) }
--- stap_err
parse error: expected string
        saw: identifier 'a' at <input>:1:53
     source: probe begin { x = @var("a") + @var("a", "b") + @var(a) }
                                                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 159: parse: probe begin { x = @var("")->a }
--- args: -p1
--- stap
probe begin { x = @var("")->a }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@var("")->a);
}
--- stap_err
--- exitcode: 0

=== TEST 160: parse: probe begin { x = @defined($a) + @entry($b) + @probewrite...
--- args: -p1
--- stap
probe begin { x = @defined($a) + @entry($b) + @probewrite(c) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((@defined($a)) + (@entry($b))) + (@probewrite(c)));
}
--- stap_err
--- exitcode: 0

=== TEST 161: parse: probe begin { x = @probewrite($c) }
--- args: -p1
--- stap
probe begin { x = @probewrite($c) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@probewrite($c));
}
--- stap_err
--- exitcode: 0

=== TEST 162: parse error: probe begin { x = @defined($a }
--- args: -p1
--- stap
probe begin { x = @defined($a }
--- stap_err
parse error: expected ')'
        saw: operator '}' at <input>:1:31
     source: probe begin { x = @defined($a }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 163: parse error: probe begin { x = @perf("a") + @perf("") }
--- args: -p1
--- stap
probe begin { x = @perf("a") + @perf("") }
--- stap_err
parse error: expected non-empty string
        saw: operator ')' at <input>:1:40
     source: probe begin { x = @perf("a") + @perf("") }
                                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 164: parse error: probe begin { x = @perf(a) }
--- args: -p1
--- stap
probe begin { x = @perf(a) }
--- stap_err
parse error: expected literal string
        saw: identifier 'a' at <input>:1:25
     source: probe begin { x = @perf(a) }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 165: parse error: probe begin { x = @kregister(1) }
--- args: -p1
--- stap
probe begin { x = @kregister(1) }
--- stap_err
parse error: using @kregister operator not permitted; need stap -g
        saw: operator '@kregister' at <input>:1:19
     source: probe begin { x = @kregister(1) }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '(' at <input>:1:29
     source: probe begin { x = @kregister(1) }
                                         ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 166: parse: probe begin { x = @uregister(1) + @uderef(4, p) }
--- args: -p1
--- stap
probe begin { x = @uregister(1) + @uderef(4, p) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((@uregister(1)) + (@uderef(4, p)));
}
--- stap_err
--- exitcode: 0

=== TEST 167: parse error: probe begin { x = @uregister(a) }
--- args: -p1
--- stap
probe begin { x = @uregister(a) }
--- stap_err
parse error: expected number
        saw: identifier 'a' at <input>:1:30
     source: probe begin { x = @uregister(a) }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 168: parse error: probe begin { x = @uderef(4 p) }
--- args: -p1
--- stap
probe begin { x = @uderef(4 p) }
--- stap_err
parse error: expected ','
        saw: identifier 'p' at <input>:1:29
     source: probe begin { x = @uderef(4 p) }
                                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 169: parse error: probe begin { x = @const("") }
--- args: -p1
--- stap
probe begin { x = @const("") }
--- stap_err
parse error: using @const operator not permitted; need stap -g
        saw: operator '@const' at <input>:1:19
     source: probe begin { x = @const("") }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '(' at <input>:1:25
     source: probe begin { x = @const("") }
                                     ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 170: parse: probe begin { x = 9223372036854775808 + 18446744073709551...
--- args: -p1
--- stap
probe begin { x = 9223372036854775808 + 18446744073709551615 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((9223372036854775808) + (18446744073709551615));
}
--- stap_err
--- exitcode: 0

=== TEST 171: parse error: probe begin { x = 18446744073709551616 }
--- args: -p1
--- stap
probe begin { x = 18446744073709551616 }
--- stap_err
parse error: number invalid or out of range
        saw: number '18446744073709551616' at <input>:1:19
     source: probe begin { x = 18446744073709551616 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 172: parse error: probe begin { x = 0x1fz }
--- args: -p1
--- stap
probe begin { x = 0x1fz }
--- stap_err
parse error: number invalid or out of range
        saw: number '0x1fz' at <input>:1:19
     source: probe begin { x = 0x1fz }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 173: parse: probe begin { x = "a\n\t\x41\101\q" }
--- args: -p1
--- stap
probe begin { x = "a\n\t\x41\101\q" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("a\n\tAAq");
}
--- stap_err
--- exitcode: 0

=== TEST 174: parse: probe begin { x = 1 y = 2 }
--- args: -p1
--- stap
probe begin { x = 1 y = 2 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
    (y) = (2);
}
--- stap_err
--- exitcode: 0

=== TEST 175: parse: probe begin { x = a . b . c .= d }
--- args: -p1
--- stap
probe begin { x = a . b . c .= d }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((a) . (b)) . (c)) .= (d));
}
--- stap_err
--- exitcode: 0

=== TEST 176: parse: probe begin { x = a >>> b << c >> d }
--- args: -p1
--- stap
probe begin { x = a >>> b << c >> d }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((a) >>> (b)) << (c)) >> (d));
}
--- stap_err
--- exitcode: 0

=== TEST 177: parse: probe begin { x = a <<< b }
--- args: -p1
--- stap
probe begin { x = a <<< b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a) <<< (b));
}
--- stap_err
--- exitcode: 0

=== TEST 178: parse: probe begin { a <<< b <<< c }
--- args: -p1
--- stap
probe begin { a <<< b <<< c }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) <<< ((b) <<< (c));
}
--- stap_err
--- exitcode: 0

=== TEST 179: parse error: probe begin { x = !~a }
--- args: -p1
--- stap
probe begin { x = !~a }
--- stap_err
parse error: expected literal string or number
        saw: operator '!~' at <input>:1:19
     source: probe begin { x = !~a }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 180: parse: probe begin { x = a +++ b }
--- args: -p1
--- stap
probe begin { x = a +++ b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((a)++) + (b));
}
--- stap_err
--- exitcode: 0

=== TEST 181: parse: probe begin { x = a ++ b }
--- args: -p1
--- stap
probe begin { x = a ++ b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a)++);
    b;
}
--- stap_err
--- exitcode: 0

=== TEST 182: parse: probe begin { x = - - - a }
--- args: -p1
--- stap
probe begin { x = - - - a }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (-(-(-(a))));
}
--- stap_err
--- exitcode: 0

=== TEST 183: parse: probe begin { ; ; x;; }
--- args: -p1
--- stap
probe begin { ; ; x;; }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    ;
    ;
    x;
    ;
}
--- stap_err
--- exitcode: 0

=== TEST 184: parse: probe begin { {} ; }
--- args: -p1
--- stap
probe begin { {} ; }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    {
    }
    ;
}
--- stap_err
--- exitcode: 0

=== TEST 185: parse error: probe begin { x = 1 } probe end { y = }
--- args: -p1
--- stap
probe begin { x = 1 } probe end { y = }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:39
     source: probe begin { x = 1 } probe end { y = }
                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 186: parse error: probe begin { x = } probe end { y = } x
--- args: -p1
--- stap
probe begin { x = } probe end { y = } x
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:19
     source: probe begin { x = } probe end { y = } x
                               ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 187: parse error: %{ top %}
--- args: -p1
--- stap
%{ top %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:1
     source: %{ top %}
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 188: parse error: probe begin { %{ x %} }
--- args: -p1
--- stap
probe begin { %{ x %} }
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:15
     source: probe begin { %{ x %} }
                           ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:15
     source: probe begin { %{ x %} }
                           ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:1:23
     source: probe begin { %{ x %} }
                                   ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 189: parse error: probe begin { x = %{ x %} }
--- args: -p1
--- stap
probe begin { x = %{ x %} }
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ x %} }
                               ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ x %} }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:1:27
     source: probe begin { x = %{ x %} }
                                       ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 190: parse: function f() { return } function g() { return; } function...
--- args: -p1
--- stap
function f() { return } function g() { return; } function h() { return 1 }
--- stap_out
# parse tree dump
# file <input>
function f ()
{
    return;
}
function g ()
{
    return;
}
function h ()
{
    return 1;
}
--- stap_err
--- exitcode: 0

=== TEST 191: parse error: probe begin { x = @entry(1, 2) }
--- args: -p1
--- stap
probe begin { x = @entry(1, 2) }
--- stap_err
parse error: expected ')'
        saw: operator ',' at <input>:1:27
     source: probe begin { x = @entry(1, 2) }
                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 192: parse error: probe begin { x = y[] }
--- args: -p1
--- stap
probe begin { x = y[] }
--- stap_err
parse error: expected literal string or number
        saw: operator ']' at <input>:1:21
     source: probe begin { x = y[] }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 193: parse error: probe begin { x = f(,) }
--- args: -p1
--- stap
probe begin { x = f(,) }
--- stap_err
parse error: expected literal string or number
        saw: operator ',' at <input>:1:21
     source: probe begin { x = f(,) }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 194: parse error: probe begin { x = f(a,) }
--- args: -p1
--- stap
probe begin { x = f(a,) }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:23
     source: probe begin { x = f(a,) }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 195: parse: probe begin { $a = 1; $a->b = 2; @var("x") = 3 }
--- args: -p1
--- stap
probe begin { $a = 1; $a->b = 2; @var("x") = 3 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    ($a) = (1);
    ($a->b) = (2);
    (@var("x")) = (3);
}
--- stap_err
--- exitcode: 0

=== TEST 196: parse error: probe begin { x = `a` }
--- args: -p1
--- stap
probe begin { x = `a` }
--- stap_err
parse error: expected literal string or number
        saw: operator '`' at <input>:1:19
     source: probe begin { x = `a` }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 197: parse error: probe begin { x = a @ b }
--- args: -p1
--- stap
probe begin { x = a @ b }
--- stap_err
parse error: unknown operator @
        saw: operator '@' at <input>:1:21
     source: probe begin { x = a @ b }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 198: parse error: probe a = { }
--- args: -p1
--- stap
probe a = { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '}' at <input>:1:13
     source: probe a = { }
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 199: parse error: probe = a { }
--- args: -p1
--- stap
probe = a { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '=' at <input>:1:7
     source: probe = a { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 200: parse error: probe a = b, { }
--- args: -p1
--- stap
probe a = b, { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '}' at <input>:1:16
     source: probe a = b, { }
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 201: parse error: probe a.b(1)(2) { }
--- args: -p1
--- stap
probe a.b(1)(2) { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '(' at <input>:1:13
     source: probe a.b(1)(2) { }
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 202: parse: probe a.b("x").* { }
--- args: -p1
--- stap
probe a.b("x").* { }
--- stap_out
# parse tree dump
# file <input>
probe a.b("x").* {
}
--- stap_err
--- exitcode: 0

=== TEST 203: parse: probe a* { }
--- args: -p1
--- stap
probe a* { }
--- stap_out
# parse tree dump
# file <input>
probe a* {
}
--- stap_err
--- exitcode: 0

=== TEST 204: parse: probe * { }
--- args: -p1
--- stap
probe * { }
--- stap_out
# parse tree dump
# file <input>
probe * {
}
--- stap_err
--- exitcode: 0

=== TEST 205: parse: probe *.* { }
--- args: -p1
--- stap
probe *.* { }
--- stap_out
# parse tree dump
# file <input>
probe *.* {
}
--- stap_err
--- exitcode: 0

=== TEST 206: parse: probe a.b$c { }
--- args: -p1
--- stap
probe a.b$c { }
--- stap_out
# parse tree dump
# file <input>
probe a.b$c {
}
--- stap_err
--- exitcode: 0

=== TEST 207: parse: probe $a { }
--- args: -p1
--- stap
probe $a { }
--- stap_out
# parse tree dump
# file <input>
probe $a {
}
--- stap_err
--- exitcode: 0

=== TEST 208: parse error: probe @a { }
--- args: -p1
--- stap
probe @a { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '@a' at <input>:1:7
     source: probe @a { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 209: parse error: global private
--- args: -p1
--- stap
global private
--- stap_err
parse error: expected identifier
        saw: keyword at <input>:1:8
     source: global private
                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 210: parse error: global global
--- args: -p1
--- stap
global global
--- stap_err
parse error: expected identifier
        saw: keyword at <input>:1:8
     source: global global
                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 211: parse error: global 1
--- args: -p1
--- stap
global 1
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:8
     source: global 1
                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 212: parse error: global a b
--- args: -p1
--- stap
global a b
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: identifier 'b' at <input>:1:10
     source: global a b
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 213: parse error: global a = x
--- args: -p1
--- stap
global a = x
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:12
     source: global a = x
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 214: parse error: global a = -x
--- args: -p1
--- stap
global a = -x
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:13
     source: global a = -x
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 215: parse error: global a = "x" + 1
--- args: -p1
--- stap
global a = "x" + 1
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '+' at <input>:1:16
     source: global a = "x" + 1
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 216: parse error: probe begin { limit }
--- args: -p1
--- stap
probe begin { limit }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { limit }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 217: parse error: probe begin { x = a limit }
--- args: -p1
--- stap
probe begin { x = a limit }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:21
     source: probe begin { x = a limit }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 218: parse error: probe begin { foreach (a in x limit 1 2) { } }
--- args: -p1
--- stap
probe begin { foreach (a in x limit 1 2) { } }
--- stap_err
parse error: expected ')'
        saw: number '2' at <input>:1:39
     source: probe begin { foreach (a in x limit 1 2) { } }
                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 219: parse: @define foo %( bar %) probe a.@foo { }
--- args: -p1
--- stap
@define foo %( bar %)
probe a.@foo { }
--- stap_out
# parse tree dump
# file <input>
probe a.bar {
}
--- stap_err
--- exitcode: 0

=== TEST 220: parse error: probe a.b%( 1 == 1 %? c %: d %) { }
--- args: -p1
--- stap
probe a.b%( 1 == 1 %? c %: d %) { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: identifier 'c' at <input>:1:23
     source: probe a.b%( 1 == 1 %? c %: d %) { }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 221: parse: probe a.b%( 1 == 1 %?c%:d%) { }
--- args: -p1
--- stap
probe a.b%( 1 == 1 %?c%:d%) { }
--- stap_out
# parse tree dump
# file <input>
probe a.bc {
}
--- stap_err
--- exitcode: 0

=== TEST 222: parse: probe a %( 1 == 1 %? .b %) { }
--- args: -p1
--- stap
probe a %( 1 == 1 %? .b %) { }
--- stap_out
# parse tree dump
# file <input>
probe a.b {
}
--- stap_err
--- exitcode: 0

=== TEST 223: parse: @define x(a) %( @a + 1 %) probe begin { y = @x(2) * 3 }
--- args: -p1
--- stap
@define x(a) %( @a + 1 %)
probe begin { y = @x(2) * 3 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (y) = ((2) + ((1) * (3)));
}
--- stap_err
--- exitcode: 0

=== TEST 224: parse error: probe begin { y = @x }
--- args: -p1
--- stap
probe begin { y = @x }
--- stap_err
parse error: unknown operator @x
        saw: operator '@x' at <input>:1:19
     source: probe begin { y = @x }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 225: parse error: probe begin { y = @1 }
--- args: -p1
--- stap
probe begin { y = @1 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:19
     source: probe begin { y = @1 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 226: parse error: probe begin { y = $1 + $2 }
--- args: -p1
--- stap
probe begin { y = $1 + $2 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:19
     source: probe begin { y = $1 + $2 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 227: parse error: probe $3 { }
--- args: -p1
--- stap
probe $3 { }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:7
     source: probe $3 { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 228: parse error: probe begin { y = $7 }
--- args: -p1
--- stap
probe begin { y = $7 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:19
     source: probe begin { y = $7 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 229: parse: probe begin { printf("%d", $#) }
--- args: -p1
--- stap
probe begin { printf("%d", $#) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    printf("%d", 0);
}
--- stap_err
--- exitcode: 0

=== TEST 230: parse error: probe begin { printf(@1 @2 "x") }
--- args: -p1
--- stap
probe begin { printf(@1 @2 "x") }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:22
     source: probe begin { printf(@1 @2 "x") }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 231: parse error: probe begin { y = "a" @1 }
--- args: -p1
--- stap
probe begin { y = "a" @1 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:23
     source: probe begin { y = "a" @1 }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 232: parse: %( kernel_v > "2.6" %? probe begin { } %: x %)
--- args: -p1
--- stap
%( kernel_v > "2.6" %? probe begin { } %: x %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 233: parse: probe begin { %( arch == "x86_64" %? x = 1 %: y %) }
--- args: -p1
--- stap
probe begin { %( arch == "x86_64" %? x = 1 %: y %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 234: parse: probe begin { y = 1 %( 1 == 1 %? + %) 2 }
--- args: -p1
--- stap
probe begin { y = 1 %( 1 == 1 %? + %) 2 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (y) = ((1) + (2));
}
--- stap_err
--- exitcode: 0

=== TEST 235: parse error: probe begin { x = 1 } %( 1 == 0 %? probe end { "unclosed ...
--- args: -p1
--- stap
probe begin { x = 1 } %( 1 == 0 %? probe end { "unclosed } %)
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:1:23
     source: probe begin { x = 1 } %( 1 == 0 %? probe end { "unclosed } %)
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 236: parse error: probe begin { x = "a\qb\x4g\" }
--- args: -p1
--- stap
probe begin { x = "a\qb\x4g\" }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = "a\qb\x4g\" }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 237: parse error: probe begin { x = "abc } probe end { y = "def }
--- args: -p1
--- stap
probe begin { x = "abc }
probe end { y = "def }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = "abc }
                               ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
Number of similar error messages suppressed: 1.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 238: parse error: probe begin { x = %{ abc }
--- args: -p1
--- stap
probe begin { x = %{ abc }
--- stap_err
parse error: Could not find matching '%}' to close embedded function block
         at: junk '' at <input>:1:19
     source: probe begin { x = %{ abc }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 239: parse error: probe begin { x = 1 } %{ abc
--- args: -p1
--- stap
probe begin { x = 1 }
%{ abc
--- stap_err
parse error: Could not find matching '%}' to close embedded function block
         at: junk '' at <input>:2:1
     source: %{ abc
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 240: parse: global a = 1 /* c */ global b
--- args: -p1
--- stap
global a = 1 /* c */ global b
--- stap_out
# parse tree dump
# file <input>
global a = 1
global b
--- stap_err
--- exitcode: 0

=== TEST 241: parse: probe begin { x = 1 } # comment probe end {}
--- args: -p1
--- stap
probe begin { x = 1 } # comment
probe end {}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
probe end {
}
--- stap_err
--- exitcode: 0

=== TEST 242: parse error: probe a/**/b { }
--- args: -p1
--- stap
probe a/**/b { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: identifier 'b' at <input>:1:12
     source: probe a/**/b { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 243: parse error: probe a.b/**/* { }
--- args: -p1
--- stap
probe a.b/**/* { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '*' at <input>:1:14
     source: probe a.b/**/* { }
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 244: parse: probe a.b* { }
--- args: -p1
--- stap
probe a.b* { }
--- stap_out
# parse tree dump
# file <input>
probe a.b* {
}
--- stap_err
--- exitcode: 0

=== TEST 245: parse: probe a.b*.c { }
--- args: -p1
--- stap
probe a.b*.c { }
--- stap_out
# parse tree dump
# file <input>
probe a.b*.c {
}
--- stap_err
--- exitcode: 0

=== TEST 246: parse error: probe a.b *.c { }
--- args: -p1
--- stap
probe a.b *.c { }
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '*' at <input>:1:11
     source: probe a.b *.c { }
                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 247: parse: probe kernel.function("sys_*").return if (x > 1) { }
--- args: -p1
--- stap
probe kernel.function("sys_*").return if (x > 1) { }
--- stap_out
# parse tree dump
# file <input>
probe kernel.function("sys_*").return if ((x) > (1)) {
}
--- stap_err
--- exitcode: 0

=== TEST 248: parse: probe kernel.statement("*@kernel/sched/core.c:100") { }
--- args: -p1
--- stap
probe kernel.statement("*@kernel/sched/core.c:100") { }
--- stap_out
# parse tree dump
# file <input>
probe kernel.statement("*@kernel/sched/core.c:100") {
}
--- stap_err
--- exitcode: 0

=== TEST 249: parse: probe process("/bin/ls").function("main").call { }
--- args: -p1
--- stap
probe process("/bin/ls").function("main").call { }
--- stap_out
# parse tree dump
# file <input>
probe process("/bin/ls").function("main").call {
}
--- stap_err
--- exitcode: 0

=== TEST 250: parse: probe process.plt("foo"), process.mark("x")? { }
--- args: -p1
--- stap
probe process.plt("foo"), process.mark("x")? { }
--- stap_out
# parse tree dump
# file <input>
probe process.plt("foo"), process.mark("x")? {
}
--- stap_err
--- exitcode: 0

=== TEST 251: parse: probe timer.ms(-1), timer.profile { }
--- args: -p1
--- stap
probe timer.ms(-1), timer.profile { }
--- stap_out
# parse tree dump
# file <input>
probe timer.ms(-1), timer.profile {
}
--- stap_err
--- exitcode: 0

=== TEST 252: parse: probe perf.hw.cpu_cycles.sample(10000) { }
--- args: -p1
--- stap
probe perf.hw.cpu_cycles.sample(10000) { }
--- stap_out
# parse tree dump
# file <input>
probe perf.hw.cpu_cycles.sample(10000) {
}
--- stap_err
--- exitcode: 0

=== TEST 253: parse: probe procfs("x").read.maxsize(1024) { }
--- args: -p1
--- stap
probe procfs("x").read.maxsize(1024) { }
--- stap_out
# parse tree dump
# file <input>
probe procfs("x").read.maxsize(1024) {
}
--- stap_err
--- exitcode: 0

=== TEST 254: parse: probe kernel.trace("sched:*") { }
--- args: -p1
--- stap
probe kernel.trace("sched:*") { }
--- stap_out
# parse tree dump
# file <input>
probe kernel.trace("sched:*") {
}
--- stap_err
--- exitcode: 0

=== TEST 255: parse: probe netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_I...
--- args: -p1
--- stap
probe netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4") { }
--- stap_out
# parse tree dump
# file <input>
probe netfilter.hook("NF_INET_PRE_ROUTING").pf("NFPROTO_IPV4") {
}
--- stap_err
--- exitcode: 0

=== TEST 256: parse: probe %( 1 == 1 %? begin %: end %) { }
--- args: -p1
--- stap
probe %( 1 == 1 %? begin %: end %) { }
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 257: round trip: canonical form of rt2.stp prints as itself
--- args: -p1 -g
--- stap
probe begin {
    (x) = ("\001\002\177\t\n\r\\\"\000S4 \007\010\013\014");
    (y) = ("e");
}
probe begin {
    (x) = ((((((((((((++(18446744073709551615)) + (&(18446744073709551615))) + (&(a))) + ((a)->b)) + ((f())[1][2])) + ((1)[2])) + ((a)$)) + ($$ $)) + ($a$$$)) + ($a->b$)) + ($a[1]$)) + ($$vars$$));
}
probe begin {
    (x) = (((&@cast(p, "t")->a) + (&$a->b->c)) + ($x$));
}
probe begin {
    (x) = ((((((@kregister(-1)) + (@uregister(0))) + (@kderef(8, (p) + (1)))) + (@perf("x"))) + (@const("A"))) + (%{ x %}));
}
function f:string (a:long, b:string) : 3
%{ /* pure */ x %}
private function g ()
{
    return;
}
private global pg = -9223372036854775808
private global h
global w%[5]
global v%
probe a += b += c += d {
}
probe a = b, c {
}, {
    (x) = (1);
}
probe a if (x) = b {
}
probe a.c? if (x), a.d? if (x), b.c? if (x), b.d? if (x) {
}
probe begin {
    if (a)
        if (b)
            x;
        else
            y;
    if (a) {
    } else if (b) {
    } else {
    }
    if (a)
        ;
    else
        ;
}
probe begin {
    for (;;)
        for (; a;)
            for (a;;)
                ;
    while (1) {
    }
}
probe begin {
    foreach (v = [a, b] in x[*, (y) = (1)] @variance+ limit (a)?(b):(c))
        next;
}
probe begin {
    try {
    } catch (e) {
    }
    try {
        try {
        } catch {
        }
    } catch {
    }
}
probe begin {
    (x) = ([((a) & (b)), ((c) | (d)), ((e) ^ (f)), ([g] in h), ((i) && (j)), ((k)?(l):(m)), ((n) = (o)), *] in p);
}
probe begin {
    (x) = ([(a) < (b), (c) =~ "x", -(a), (a) . (b), (a) << (1)] in p);
}
probe begin {
    (x) = ((a)?(b):((c)?(d):(e)));
    (x) = (((a)?(b):(c))?(d):(e));
    (x) = ((a) = ((b) = (c)));
}
probe begin {
    print(@hist_log(s)[1], 2);
    print(@hist_linear(s, -1, 2, 3));
}
probe begin {
    (x) = ((@sum(s)) + (@variance(s, -5)));
}
probe begin {
    delete a;
    delete a[1, *];
    delete $x;
}
probe begin {
    printd(",", a, b);
    printf("%d %s\n", 1, "x");
    print_char(1);
}
probe begin {
    (x) = (@hist_log(s)[3]);
}
probe begin {
    (x) = ((((0) + (9223372036854775808)) + (18446744073709551615)) - (-(9223372036854775808)));
}
probe begin {
    ((a) . (b)) = (1);
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("\001\002\177\t\n\r\\\"\000S4 \007\010\013\014");
    (y) = ("e");
}
probe begin {
    (x) = ((((((((((((++(18446744073709551615)) + (&(18446744073709551615))) + (&(a))) + ((a)->b)) + ((f())[1][2])) + ((1)[2])) + ((a)$)) + ($$ $)) + ($a$$$)) + ($a->b$)) + ($a[1]$)) + ($$vars$$));
}
probe begin {
    (x) = (((&@cast(p, "t")->a) + (&$a->b->c)) + ($x$));
}
probe begin {
    (x) = ((((((@kregister(-1)) + (@uregister(0))) + (@kderef(8, (p) + (1)))) + (@perf("x"))) + (@const("A"))) + (%{ x %}));
}
function f:string (a:long, b:string) : 3
%{ /* pure */ x %}
private function g ()
{
    return;
}
private global pg = -9223372036854775808
private global h
global w%[5]
global v%
probe a += b += c += d {
}
probe a = b, c {
}, {
    (x) = (1);
}
probe a if (x) = b {
}
probe a.c? if (x), a.d? if (x), b.c? if (x), b.d? if (x) {
}
probe begin {
    if (a)
        if (b)
            x;
        else
            y;
    if (a) {
    } else if (b) {
    } else {
    }
    if (a)
        ;
    else
        ;
}
probe begin {
    for (;;)
        for (; a;)
            for (a;;)
                ;
    while (1) {
    }
}
probe begin {
    foreach (v = [a, b] in x[*, (y) = (1)] @variance+ limit (a)?(b):(c))
        next;
}
probe begin {
    try {
    } catch (e) {
    }
    try {
        try {
        } catch {
        }
    } catch {
    }
}
probe begin {
    (x) = ([((a) & (b)), ((c) | (d)), ((e) ^ (f)), ([g] in h), ((i) && (j)), ((k)?(l):(m)), ((n) = (o)), *] in p);
}
probe begin {
    (x) = ([(a) < (b), (c) =~ "x", -(a), (a) . (b), (a) << (1)] in p);
}
probe begin {
    (x) = ((a)?(b):((c)?(d):(e)));
    (x) = (((a)?(b):(c))?(d):(e));
    (x) = ((a) = ((b) = (c)));
}
probe begin {
    print(@hist_log(s)[1], 2);
    print(@hist_linear(s, -1, 2, 3));
}
probe begin {
    (x) = ((@sum(s)) + (@variance(s, -5)));
}
probe begin {
    delete a;
    delete a[1, *];
    delete $x;
}
probe begin {
    printd(",", a, b);
    printf("%d %s\n", 1, "x");
    print_char(1);
}
probe begin {
    (x) = (@hist_log(s)[3]);
}
probe begin {
    (x) = ((((0) + (9223372036854775808)) + (18446744073709551615)) - (-(9223372036854775808)));
}
probe begin {
    ((a) . (b)) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 258: round trip: canonical form of t1.stp prints as itself
--- args: -p1 -g
--- stap
function f ()
{
    while (a) {
        (b)++;
    }
    for ((i) = (0); (i) < (10); (i)++) {
        continue;
        break;
    }
    for (;;)
        ;
    for (;;) {
    }
    {
        a;
        b;
    }
    ;
    foreach (v = [a, b] in x[*, 1] @sum- limit 10) {
        delete x[a, b];
    }
    foreach (v = [k] in x-)
        delete x;
    foreach ([k] in @hist_log(s))
        println(k);
    try {
        (a) = (1);
    } catch (e) {
        println(e);
    }
    try {
        (a) = (1);
    } catch {
    }
    delete x[*, 1];
    return;
}
function g ()
{
    (a) = (-(1));
    (b) = (-(-(1)));
    (c) = (!(~(+(d))));
    (e) = (((a) . (b)) . ("x"));
    (f) .= ("y");
    (g) <<< (1);
    (h) = (((a) << (2)) >> (3));
    (i) = (((a) < (b)) == (c));
    (j) = ((a) =~ "x");
    (k) = ([a, b] in x);
    (l) = ([a] in x);
    (m) = (x[1, "a"]);
    (n) = (printf("%d\n", 1));
    (o) = (sprintf("x"));
    print(1, 2);
    println();
    printd(",", 1, 2);
    printdln(",", 1, 2);
    sprintd(",", 1, 2);
    (p) = (((((((@count(s)) + (@sum(s))) + (@min(s))) + (@max(s))) + (@avg(s))) + (@variance(s))) + (@variance(s, 3)));
    print(@hist_linear(s, 0, 100, 10));
    print(@hist_log(s));
    (q) = (((((((((($var) + ($var->a->b[i])) + ($var$)) + ($var$$)) + ($$vars)) + ($$parms$)) + ($$locals$$)) + ($$return)) + (&$var)) + (&$var->a));
    (r) = ((((@cast(p, "task_struct")->pid) + (@cast(p, "task_struct", "kernel<linux/sched.h>")->comm[0])) + (@var("foo@bar.c")->x)) + (@var("x", "mod")));
    (s) = ((@defined($x))?(@entry($y)):(@probewrite(z)));
    (t) = (@const("FOO"));
    (u) = (%{ 1 %});
    (v) = ((((++(a)) + (--(b))) + ((a)--)) - ((b)++));
    (w) = ((a)?(b):(c));
    (x) = ((a) || ((b) && ((c) | ((d) ^ ((e) & (f))))));
    (y) = ("a\n\t\"\\\001Ab");
    (z) = (((((16) + (8)) + (9223372036854775807)) + (-(9223372036854775808))) + (18446744073709551615));
}
--- stap_out
# parse tree dump
# file <input>
function f ()
{
    while (a) {
        (b)++;
    }
    for ((i) = (0); (i) < (10); (i)++) {
        continue;
        break;
    }
    for (;;)
        ;
    for (;;) {
    }
    {
        a;
        b;
    }
    ;
    foreach (v = [a, b] in x[*, 1] @sum- limit 10) {
        delete x[a, b];
    }
    foreach (v = [k] in x-)
        delete x;
    foreach ([k] in @hist_log(s))
        println(k);
    try {
        (a) = (1);
    } catch (e) {
        println(e);
    }
    try {
        (a) = (1);
    } catch {
    }
    delete x[*, 1];
    return;
}
function g ()
{
    (a) = (-(1));
    (b) = (-(-(1)));
    (c) = (!(~(+(d))));
    (e) = (((a) . (b)) . ("x"));
    (f) .= ("y");
    (g) <<< (1);
    (h) = (((a) << (2)) >> (3));
    (i) = (((a) < (b)) == (c));
    (j) = ((a) =~ "x");
    (k) = ([a, b] in x);
    (l) = ([a] in x);
    (m) = (x[1, "a"]);
    (n) = (printf("%d\n", 1));
    (o) = (sprintf("x"));
    print(1, 2);
    println();
    printd(",", 1, 2);
    printdln(",", 1, 2);
    sprintd(",", 1, 2);
    (p) = (((((((@count(s)) + (@sum(s))) + (@min(s))) + (@max(s))) + (@avg(s))) + (@variance(s))) + (@variance(s, 3)));
    print(@hist_linear(s, 0, 100, 10));
    print(@hist_log(s));
    (q) = (((((((((($var) + ($var->a->b[i])) + ($var$)) + ($var$$)) + ($$vars)) + ($$parms$)) + ($$locals$$)) + ($$return)) + (&$var)) + (&$var->a));
    (r) = ((((@cast(p, "task_struct")->pid) + (@cast(p, "task_struct", "kernel<linux/sched.h>")->comm[0])) + (@var("foo@bar.c")->x)) + (@var("x", "mod")));
    (s) = ((@defined($x))?(@entry($y)):(@probewrite(z)));
    (t) = (@const("FOO"));
    (u) = (%{ 1 %});
    (v) = ((((++(a)) + (--(b))) + ((a)--)) - ((b)++));
    (w) = ((a)?(b):(c));
    (x) = ((a) || ((b) && ((c) | ((d) ^ ((e) & (f))))));
    (y) = ("a\n\t\"\\\001Ab");
    (z) = (((((16) + (8)) + (9223372036854775807)) + (-(9223372036854775808))) + (18446744073709551615));
}
--- stap_err
--- exitcode: 0
