# generated

=== TEST 1: lex: unterminated string
--- args: -p1
--- stap
probe begin { x = "abc }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = "abc }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 2: lex: number out of range
--- args: -p1
--- stap
probe begin { x = 99999999999999999999 }
--- stap_err
parse error: number invalid or out of range
        saw: number '99999999999999999999' at <input>:1:19
     source: probe begin { x = 99999999999999999999 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 3: lex: hex number out of range
--- args: -p1
--- stap
probe begin { x = 0x1ffffffffffffffff }
--- stap_err
parse error: number invalid or out of range
        saw: number '0x1ffffffffffffffff' at <input>:1:19
     source: probe begin { x = 0x1ffffffffffffffff }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 4: lex: bad digit in octal
--- args: -p1
--- stap
probe begin { x = 09 }
--- stap_err
parse error: number invalid or out of range
        saw: number '09' at <input>:1:19
     source: probe begin { x = 09 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 5: lex: letters glued to a number
--- args: -p1
--- stap
probe begin { x = 12abc }
--- stap_err
parse error: number invalid or out of range
        saw: number '12abc' at <input>:1:19
     source: probe begin { x = 12abc }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 6: lex: bare 0x
--- args: -p1
--- stap
probe begin { x = 0x }
--- stap_err
parse error: number invalid or out of range
        saw: number '0x' at <input>:1:19
     source: probe begin { x = 0x }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 7: lex: $N out of range
--- args: -p1
--- stap
probe begin { x = $5 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:19
     source: probe begin { x = $5 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 8: lex: @N out of range
--- args: -p1
--- stap
probe begin { x = @5 }
--- stap_err
parse error: command line argument out of range [1-0]
         at: junk '' at <input>:1:19
     source: probe begin { x = @5 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 9: lex: unterminated block comment
--- args: -p1
--- stap
probe begin { /* x = 1 }
--- stap_err
parse error: expected statement
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 10: lex: unterminated embedded code
--- args: -p1
--- stap
%{ int x;
--- stap_err
parse error: Could not find matching '%}' to close embedded function block
         at: junk '' at <input>:1:1
     source: %{ int x;
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 11: lex: stray backtick
--- args: -p1
--- stap
probe begin { x = `1` }
--- stap_err
parse error: expected literal string or number
        saw: operator '`' at <input>:1:19
     source: probe begin { x = `1` }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 12: lex: stray backslash
--- args: -p1
--- stap
probe begin { x = \ }
--- stap_err
parse error: expected literal string or number
        saw: operator '\' at <input>:1:19
     source: probe begin { x = \ }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 13: lex: embedded code needs guru mode
--- args: -p1
--- stap
%{ int x; %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:1
     source: %{ int x; %}
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 14: lex: embedded function body needs guru mode
--- args: -p1
--- stap
function f() %{ return; %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:14
     source: function f() %{ return; %}
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 15: pp: %( without %?
--- args: -p1
--- stap
%( arch == "x86_64" probe begin {} %)
--- stap_err
parse error: expected '%?' marker for conditional
         at: operator '%(' at <input>:1:1
     source: %( arch == "x86_64" probe begin {} %)
             ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:36
     source: %( arch == "x86_64" probe begin {} %)
                                                ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 16: pp: missing %)
--- args: -p1
--- stap
%( arch == "x86_64" %? probe begin {}
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:1:1
     source: %( arch == "x86_64" %? probe begin {}
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 17: pp: stray %?
--- args: -p1
--- stap
probe begin { %? }
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:15
     source: probe begin { %? }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 18: pp: stray %:
--- args: -p1
--- stap
probe begin { %: }
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:15
     source: probe begin { %: }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 19: pp: stray %)
--- args: -p1
--- stap
probe begin { %) }
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:15
     source: probe begin { %) }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 20: pp: unknown condition operand
--- args: -p1
--- stap
%( foo == 1 %? probe begin {} %)
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: identifier 'foo' at <input>:1:4
     source: %( foo == 1 %? probe begin {} %)
                ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:13
     source: %( foo == 1 %? probe begin {} %)
                         ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:31
     source: %( foo == 1 %? probe begin {} %)
                                           ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 21: pp: kernel_v compared with a number
--- args: -p1
--- stap
%( kernel_v == 1 %? probe begin {} %)
--- stap_err
parse error: expected string literal
         at: number '1' at <input>:1:16
     source: %( kernel_v == 1 %? probe begin {} %)
                            ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:18
     source: %( kernel_v == 1 %? probe begin {} %)
                              ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:36
     source: %( kernel_v == 1 %? probe begin {} %)
                                                ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 22: pp: missing operator in condition
--- args: -p1
--- stap
%( arch "x86_64" %? probe begin {} %)
--- stap_err
parse error: expected string literal
         at: operator '%?' at <input>:1:18
     source: %( arch "x86_64" %? probe begin {} %)
                              ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:36
     source: %( arch "x86_64" %? probe begin {} %)
                                                ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 23: pp: missing value in condition
--- args: -p1
--- stap
%( arch == %? probe begin {} %)
--- stap_err
parse error: expected string literal
         at: operator '%?' at <input>:1:12
     source: %( arch == %? probe begin {} %)
                        ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:30
     source: %( arch == %? probe begin {} %)
                                          ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 24: pp: CONFIG compared with garbage
--- args: -p1
--- stap
%( CONFIG_SMP == { %? probe begin {} %)
--- stap_err
parse error: expected string, number literal or other CONFIG_... as right side operand
         at: operator '{' at <input>:1:18
     source: %( CONFIG_SMP == { %? probe begin {} %)
                              ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:20
     source: %( CONFIG_SMP == { %? probe begin {} %)
                                ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:38
     source: %( CONFIG_SMP == { %? probe begin {} %)
                                                  ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 25: pp: $# compared with a string
--- args: -p1
--- stap
%( $# == "a" %? probe begin {} %)
--- stap_err
parse error: expected number literal as right value
         at: string 'a' at <input>:1:10
     source: %( $# == "a" %? probe begin {} %)
                      ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:14
     source: %( $# == "a" %? probe begin {} %)
                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:32
     source: %( $# == "a" %? probe begin {} %)
                                            ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 26: pp: bad operator in condition
--- args: -p1
--- stap
%( arch += "x" %? probe begin {} %)
--- stap_err
parse error: expected '==' or '!='
         at: operator '+=' at <input>:1:9
     source: %( arch += "x" %? probe begin {} %)
                     ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:16
     source: %( arch += "x" %? probe begin {} %)
                            ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:34
     source: %( arch += "x" %? probe begin {} %)
                                              ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 27: macro: @define without body
--- args: -p1
--- stap
@define foo probe begin {}
--- stap_err
parse error: expected '%(' or '('
         at: keyword at <input>:1:13
     source: @define foo probe begin {}
                         ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 28: macro: @define without name
--- args: -p1
--- stap
@define %( 1 %) probe begin {}
--- stap_err
parse error: expected identifier
         at: operator '%(' at <input>:1:9
     source: @define %( 1 %) probe begin {}
                     ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:14
     source: @define %( 1 %) probe begin {}
                          ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 29: macro: @define body not closed
--- args: -p1
--- stap
@define foo %( 1 probe begin {}
--- stap_err
parse error: incomplete macro definition - missing '%)'
         at: identifier 'foo' at <input>:1:9
     source: @define foo %( 1 probe begin {}
                     ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 30: macro: wrong number of arguments
--- args: -p1
--- stap
@define foo(a,b) %( @a + @b %) probe begin { x = @foo(1) }
--- stap_err
parse error: too few parameters for macro '@foo' (expected 2)
         at: operator ')' at <input>:1:56
     source: @define foo(a,b) %( @a + @b %) probe begin { x = @foo(1) }
                                                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 31: macro: unknown parameter in body
--- args: -p1
--- stap
@define foo(a) %( @a + @b %) probe begin { x = @foo(1) }
--- stap_err
parse error: unknown operator @b
        saw: operator '@b' at <input>:1:24
     source: @define foo(a) %( @a + @b %) probe begin { x = @foo(1) }
                                    ^
	in expansion of macro: operator '@foo' at <input>:1:48
     source: @define foo(a) %( @a + @b %) probe begin { x = @foo(1) }
                                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 32: macro: unknown macro
--- args: -p1
--- stap
probe begin { x = @nosuchmacro }
--- stap_err
parse error: unknown operator @nosuchmacro
        saw: operator '@nosuchmacro' at <input>:1:19
     source: probe begin { x = @nosuchmacro }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 33: macro: call not closed
--- args: -p1
--- stap
@define foo(a) %( @a %) probe begin { x = @foo(1 }
--- stap_err
parse error: could not find end of macro invocation
         at: operator '@foo' at <input>:1:43
     source: @define foo(a) %( @a %) probe begin { x = @foo(1 }
                                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 34: macro: bad parameter list
--- args: -p1
--- stap
@define foo(a,) %( @a %) probe begin {}
--- stap_err
parse error: expected identifier
         at: operator ')' at <input>:1:15
     source: @define foo(a,) %( @a %) probe begin {}
                           ^

parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: operator '@a' at <input>:1:20
     source: @define foo(a,) %( @a %) probe begin {}
                                ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 35: macro: duplicate parameter
--- args: -p1
--- stap
@define foo(a,a) %( @a %) probe begin {}
--- stap_out_like
^# parse tree dump

=== TEST 36: top: identifier at top level
--- args: -p1
--- stap
x
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: identifier 'x' at <input>:1:1
     source: x
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 37: top: number at top level
--- args: -p1
--- stap
42
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: number '42' at <input>:1:1
     source: 42
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 38: top: probe without a point
--- args: -p1
--- stap
probe { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '}' at <input>:1:9
     source: probe { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 39: top: probe without a body
--- args: -p1
--- stap
probe begin
--- stap_err
parse error: expected one of ', { } = +='
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 40: top: probe point with bad argument
--- args: -p1
--- stap
probe timer.s(x) { }
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:15
     source: probe timer.s(x) { }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 41: top: probe point list ends with a comma
--- args: -p1
--- stap
probe begin, { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '}' at <input>:1:16
     source: probe begin, { }
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 42: top: probe point with empty component
--- args: -p1
--- stap
probe kernel..function("x") { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: operator '.' at <input>:1:14
     source: probe kernel..function("x") { }
                          ^

parse error: expected identifier
        saw: operator '(' at <input>:1:23
     source: probe kernel..function("x") { }
                                   ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 43: top: probe condition without parentheses
--- args: -p1
--- stap
probe begin if x { }
--- stap_err
parse error: expected '('
        saw: identifier 'x' at <input>:1:16
     source: probe begin if x { }
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 44: top: alias without a body
--- args: -p1
--- stap
probe foo = begin
--- stap_err
parse error: expected one of ', { } = +='
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 45: top: alias with bad name
--- args: -p1
--- stap
probe "foo" = begin { }
--- stap_err
parse error: expected identifier or '*' or '{'
        saw: string 'foo' at <input>:1:7
     source: probe "foo" = begin { }
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 46: top: global without a name
--- args: -p1
--- stap
global
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 47: top: global with bad initialiser
--- args: -p1
--- stap
global x = y
--- stap_err
parse error: expected literal string or number
        saw: identifier 'y' at <input>:1:12
     source: global x = y
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 48: top: global with missing initialiser
--- args: -p1
--- stap
global x =
--- stap_err
parse error: unexpected end-of-file
        saw: operator '=' at <input>:1:10
     source: global x =
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 49: top: global with bad array size
--- args: -p1
--- stap
global x[y]
--- stap_err
parse error: expected number
        saw: identifier 'y' at <input>:1:10
     source: global x[y]
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 50: top: global array size not closed
--- args: -p1
--- stap
global x[10
--- stap_err
parse error: unexpected end-of-file
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 51: top: function without a name
--- args: -p1
--- stap
function (a) { }
--- stap_err
parse error: expected identifier
        saw: operator '(' at <input>:1:10
     source: function (a) { }
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 52: top: function without parameters
--- args: -p1
--- stap
function f { }
--- stap_err
parse error: expected '('
        saw: operator '{' at <input>:1:12
     source: function f { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 53: top: function parameters not closed
--- args: -p1
--- stap
function f(a { }
--- stap_err
parse error: expected ',' or ')'
        saw: operator '{' at <input>:1:14
     source: function f(a { }
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 54: top: function parameter not an identifier
--- args: -p1
--- stap
function f(1) { }
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:12
     source: function f(1) { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 55: top: function with bad return type
--- args: -p1
--- stap
function f:int() { }
--- stap_err
parse error: expected 'string' or 'long'
        saw: identifier 'int' at <input>:1:12
     source: function f:int() { }
                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 56: top: function with bad parameter type
--- args: -p1
--- stap
function f(a:int) { }
--- stap_err
parse error: expected 'string' or 'long'
        saw: identifier 'int' at <input>:1:14
     source: function f(a:int) { }
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 57: top: function without a body (SystemTap 4.8 crashes with SIGSEGV here; we say what function f() x gets)
--- args: -p1
--- stap
function f()
--- stap_err
parse error: expected '{'
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 58: top: private before probe
--- args: -p1
--- stap
private probe begin { }
--- stap_err
parse error: expected 'function' or identifier
        saw: keyword at <input>:1:9
     source: private probe begin { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 59: top: missing closing brace
--- args: -p1
--- stap
probe begin { x = 1
--- stap_err
parse error: expected statement
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 60: stmt: if without parenthesis
--- args: -p1
--- stap
probe begin { if x { } }
--- stap_err
parse error: expected '('
        saw: identifier 'x' at <input>:1:18
     source: probe begin { if x { } }
                              ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 61: stmt: if condition not closed
--- args: -p1
--- stap
probe begin { if (x { } }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:21
     source: probe begin { if (x { } }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 62: stmt: else without if
--- args: -p1
--- stap
probe begin { else { } }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { else { } }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 63: stmt: for missing semicolon
--- args: -p1
--- stap
probe begin { for (i = 0 i < 3; i++) { } }
--- stap_err
parse error: expected ';'
        saw: identifier 'i' at <input>:1:26
     source: probe begin { for (i = 0 i < 3; i++) { } }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 64: stmt: for not closed
--- args: -p1
--- stap
probe begin { for (;; { } }
--- stap_err
parse error: expected literal string or number
        saw: operator '{' at <input>:1:23
     source: probe begin { for (;; { } }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 65: stmt: while without parenthesis
--- args: -p1
--- stap
probe begin { while x { } }
--- stap_err
parse error: expected '('
        saw: identifier 'x' at <input>:1:21
     source: probe begin { while x { } }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 66: stmt: foreach without in
--- args: -p1
--- stap
probe begin { foreach (x y) { } }
--- stap_err
parse error: expected 'in'
        saw: identifier 'y' at <input>:1:26
     source: probe begin { foreach (x y) { } }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 67: stmt: foreach key list not closed
--- args: -p1
--- stap
probe begin { foreach ([a, b in x) { } }
--- stap_err
parse error: expected ',' or ']'
        saw: keyword at <input>:1:30
     source: probe begin { foreach ([a, b in x) { } }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 68: stmt: foreach array not an identifier
--- args: -p1
--- stap
probe begin { foreach (a in 1) { } }
--- stap_err
parse error: expected identifier or statistical operation
        saw: number '1' at <input>:1:29
     source: probe begin { foreach (a in 1) { } }
                                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 69: stmt: foreach limit without expression
--- args: -p1
--- stap
probe begin { foreach (a in x limit) { } }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:36
     source: probe begin { foreach (a in x limit) { } }
                                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 70: stmt: foreach with two sort markers
--- args: -p1
--- stap
probe begin { foreach ([a+, b-] in x) { } }
--- stap_err
parse error: multiple sort directives
        saw: operator '-' at <input>:1:30
     source: probe begin { foreach ([a+, b-] in x) { } }
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 71: stmt: foreach value and key both sorted
--- args: -p1
--- stap
probe begin { foreach (v- = [a+] in x) { } }
--- stap_err
parse error: multiple sort directives
        saw: operator '+' at <input>:1:31
     source: probe begin { foreach (v- = [a+] in x) { } }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 72: stmt: try without block
--- args: -p1
--- stap
probe begin { try x = 1 catch { } }
--- stap_err
parse error: expected '{'
        saw: identifier 'x' at <input>:1:19
     source: probe begin { try x = 1 catch { } }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 73: stmt: try without catch
--- args: -p1
--- stap
probe begin { try { } }
--- stap_err
parse error: expected 'catch'
        saw: operator '}' at <input>:1:23
     source: probe begin { try { } }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 74: stmt: catch variable not closed
--- args: -p1
--- stap
probe begin { try { } catch (e { } }
--- stap_err
parse error: expected ')'
        saw: operator '{' at <input>:1:32
     source: probe begin { try { } catch (e { } }
                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 75: stmt: break outside a loop
--- args: -p1
--- stap
probe begin { break }
--- stap_out_like
^# parse tree dump

=== TEST 76: stmt: continue outside a loop
--- args: -p1
--- stap
probe begin { continue }
--- stap_out_like
^# parse tree dump

=== TEST 77: stmt: return outside a function
--- args: -p1
--- stap
probe begin { return 1 }
--- stap_err
parse error: found 'return' not in function context
        saw: keyword at <input>:1:15
     source: probe begin { return 1 }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 78: stmt: next in a function
--- args: -p1
--- stap
function f() { next }
--- stap_out_like
^# parse tree dump

=== TEST 79: stmt: delete of a literal
--- args: -p1
--- stap
probe begin { delete 1 }
--- stap_out_like
^# parse tree dump

=== TEST 80: expr: missing operand
--- args: -p1
--- stap
probe begin { x = 1 + }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:23
     source: probe begin { x = 1 + }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 81: expr: printf with a variable format
--- args: -p1
--- stap
probe begin { printf(x) }
--- stap_err
parse error: expected literal string
        saw: identifier 'x' at <input>:1:22
     source: probe begin { printf(x) }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 82: expr: regex with a variable
--- args: -p1
--- stap
probe begin { x =~ y }
--- stap_err
parse error: expected literal string
        saw: identifier 'y' at <input>:1:20
     source: probe begin { x =~ y }
                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 83: expr: assignment to a literal
--- args: -p1
--- stap
probe begin { 1 = 2 }
--- stap_out_like
^# parse tree dump

=== TEST 84: expr: increment of a literal
--- args: -p1
--- stap
probe begin { ++1 }
--- stap_out_like
^# parse tree dump

=== TEST 85: expr: compound assignment to a call
--- args: -p1
--- stap
probe begin { f() += 1 }
--- stap_out_like
^# parse tree dump

=== TEST 86: expr: stat op without parenthesis
--- args: -p1
--- stap
probe begin { x = @count }
--- stap_err
parse error: expected '('
        saw: operator '}' at <input>:1:26
     source: probe begin { x = @count }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 87: expr: stat op on a literal
--- args: -p1
--- stap
probe begin { x = @count(1) }
--- stap_out_like
^# parse tree dump

=== TEST 88: expr: hist_linear with too few args
--- args: -p1
--- stap
probe begin { print(@hist_linear(x, 1)) }
--- stap_err
parse error: expected ','
        saw: operator ')' at <input>:1:38
     source: probe begin { print(@hist_linear(x, 1)) }
                                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 89: expr: hist_log with extra args
--- args: -p1
--- stap
probe begin { print(@hist_log(x, 1)) }
--- stap_err
parse error: expected ')'
        saw: operator ',' at <input>:1:32
     source: probe begin { print(@hist_log(x, 1)) }
                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 90: expr: @cast without type
--- args: -p1
--- stap
probe begin { x = @cast(p) }
--- stap_err
parse error: expected ','
        saw: operator ')' at <input>:1:26
     source: probe begin { x = @cast(p) }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 91: expr: @cast with a variable type
--- args: -p1
--- stap
probe begin { x = @cast(p, t)->a }
--- stap_err
parse error: expected string
        saw: identifier 't' at <input>:1:28
     source: probe begin { x = @cast(p, t)->a }
                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 92: expr: @var with a variable name
--- args: -p1
--- stap
probe begin { x = @var(n) }
--- stap_err
parse error: expected string
        saw: identifier 'n' at <input>:1:24
     source: probe begin { x = @var(n) }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 93: expr: member arrow without name
--- args: -p1
--- stap
probe begin { x = $p-> }
--- stap_err
parse error: expected identifier or keyword
        saw: operator '}' at <input>:1:24
     source: probe begin { x = $p-> }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 94: expr: target index not closed
--- args: -p1
--- stap
probe begin { x = $p[1 }
--- stap_err
parse error: expected ']'
        saw: operator '}' at <input>:1:24
     source: probe begin { x = $p[1 }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 95: expr: call arguments not closed
--- args: -p1
--- stap
probe begin { f(1, }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:20
     source: probe begin { f(1, }
                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 96: expr: index list ends with comma
--- args: -p1
--- stap
probe begin { x = a[1,] }
--- stap_err
parse error: expected literal string or number
        saw: operator ']' at <input>:1:23
     source: probe begin { x = a[1,] }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 97: expr: parenthesis not closed
--- args: -p1
--- stap
probe begin { x = (1 + 2 }
--- stap_err
parse error: expected ')'
        saw: operator '}' at <input>:1:26
     source: probe begin { x = (1 + 2 }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 98: expr: ternary without colon
--- args: -p1
--- stap
probe begin { x = a ? 1 }
--- stap_err
parse error: expected ':'
        saw: operator '}' at <input>:1:25
     source: probe begin { x = a ? 1 }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 99: expr: tuple without in
--- args: -p1
--- stap
probe begin { x = [1, 2] }
--- stap_err
parse error: unexpected comma-separated expression list
        saw: operator '}' at <input>:1:26
     source: probe begin { x = [1, 2] }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 100: expr: in with a literal array
--- args: -p1
--- stap
probe begin { x = 1 in 2 }
--- stap_err
parse error: expected identifier or statistical operation
        saw: number '2' at <input>:1:24
     source: probe begin { x = 1 in 2 }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 101: expr: @entry without parenthesis
--- args: -p1
--- stap
probe begin { x = @entry }
--- stap_err
parse error: expected '('
        saw: operator '}' at <input>:1:26
     source: probe begin { x = @entry }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 102: expr: @defined without parenthesis
--- args: -p1
--- stap
probe begin { x = @defined }
--- stap_err
parse error: expected '('
        saw: operator '}' at <input>:1:28
     source: probe begin { x = @defined }
                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 103: expr: address of a literal
--- args: -p1
--- stap
probe begin { x = &1 }
--- stap_out_like
^# parse tree dump

=== TEST 104: expr: embedded expression needs guru
--- args: -p1
--- stap
probe begin { x = %{ 1 %} }
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ 1 %} }
                               ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:19
     source: probe begin { x = %{ 1 %} }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:1:27
     source: probe begin { x = %{ 1 %} }
                                       ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 105: expr: print with no parenthesis
--- args: -p1
--- stap
probe begin { print "x" }
--- stap_err
parse error: expected '('
        saw: string 'x' at <input>:1:21
     source: probe begin { print "x" }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 106: expr: printd without delimiter
--- args: -p1
--- stap
probe begin { printd() }
--- stap_err
parse error: expected literal string
        saw: operator ')' at <input>:1:22
     source: probe begin { printd() }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 107: expr: unary operator at end
--- args: -p1
--- stap
probe begin { x = - }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:21
     source: probe begin { x = - }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 108: expr: unknown @ operator
--- args: -p1
--- stap
probe begin { x = @foo(1) }
--- stap_err
parse error: unknown operator @foo
        saw: operator '@foo' at <input>:1:19
     source: probe begin { x = @foo(1) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 109: expr: $$vars with member
--- args: -p1
--- stap
probe begin { x = $$vars->a }
--- stap_out_like
^# parse tree dump

=== TEST 110: expr: shift assignment to literal
--- args: -p1
--- stap
probe begin { 3 <<= 1 }
--- stap_out_like
^# parse tree dump

=== TEST 111: expr: <<< into a literal
--- args: -p1
--- stap
probe begin { 3 <<< 1 }
--- stap_out_like
^# parse tree dump

=== TEST 112: expr: stray closing bracket
--- args: -p1
--- stap
probe begin { x = ] }
--- stap_err
parse error: expected literal string or number
        saw: operator ']' at <input>:1:19
     source: probe begin { x = ] }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 113: top: function body not a block
--- args: -p1
--- stap
function f() x
--- stap_err
parse error: expected '{'
        saw: identifier 'x' at <input>:1:14
     source: function f() x
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 114: top: array global with initialiser
--- args: -p1
--- stap
global x = 1, y[3] = 2
--- stap_err
parse error: only scalar globals can be initialized
        saw: operator '=' at <input>:1:20
     source: global x = 1, y[3] = 2
                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 115: top: wrap marker after the size
--- args: -p1
--- stap
global x[10]%
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '%' at <input>:1:13
     source: global x[10]%
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 116: top: function priority not a number
--- args: -p1
--- stap
function f() :x {}
--- stap_err
parse error: expected literal string or number
        saw: identifier 'x' at <input>:1:15
     source: function f() :x {}
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 117: top: two return types
--- args: -p1
--- stap
function f:long:long () {}
--- stap_err
parse error: expected '('
        saw: operator ':' at <input>:1:16
     source: function f:long:long () {}
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 118: top: probe component with two arguments
--- args: -p1
--- stap
probe a.b(1)(2) {}
--- stap_err
parse error: expected one of ', { } = +='
        saw: operator '(' at <input>:1:13
     source: probe a.b(1)(2) {}
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 119: macro: redefinition in the same file
--- args: -p1
--- stap
@define foo %( 1 %) @define foo %( 2 %) probe begin {}
--- stap_err
parse error: attempt to redefine macro '@foo' in the same file
         at: identifier 'foo' at <input>:1:29
     source: @define foo %( 1 %) @define foo %( 2 %) probe begin {}
                                         ^

parse error: macro '@foo' first defined here
         at: identifier 'foo' at <input>:1:9
     source: @define foo %( 1 %) @define foo %( 2 %) probe begin {}
                     ^

parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: number '2' at <input>:1:36
     source: @define foo %( 1 %) @define foo %( 2 %) probe begin {}
                                                ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 120: expr: @const needs guru mode
--- args: -p1
--- stap
probe begin { x = @const("A") }
--- stap_err
parse error: using @const operator not permitted; need stap -g
        saw: operator '@const' at <input>:1:19
     source: probe begin { x = @const("A") }
                               ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '(' at <input>:1:25
     source: probe begin { x = @const("A") }
                                     ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 121: expr: hist_linear with extra args
--- args: -p1
--- stap
probe begin { x = @hist_linear(y, 1, 2, 3, 4) }
--- stap_err
parse error: expected ')'
        saw: operator ',' at <input>:1:42
     source: probe begin { x = @hist_linear(y, 1, 2, 3, 4) }
                                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 122: stmt: foreach with two limits
--- args: -p1
--- stap
probe begin { foreach ([a] in x+ limit 5 limit 6) {} }
--- stap_err
parse error: expected ')'
        saw: keyword at <input>:1:42
     source: probe begin { foreach ([a] in x+ limit 5 limit 6) {} }
                                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 123: stmt: foreach with unknown sort aggregate
--- args: -p1
--- stap
probe begin { foreach ([a] in x @foo+) {} }
--- stap_err
parse error: expected statistical operation
        saw: operator '@foo' at <input>:1:33
     source: probe begin { foreach ([a] in x @foo+) {} }
                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 124: stmt: foreach with empty key list
--- args: -p1
--- stap
probe begin { foreach ([] in x) {} }
--- stap_err
parse error: expected identifier
        saw: operator ']' at <input>:1:25
     source: probe begin { foreach ([] in x) {} }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 125: expr: @var with three arguments
--- args: -p1
--- stap
probe begin { x = @var("a", "b", "c") }
--- stap_err
parse error: expected ')'
        saw: operator ',' at <input>:1:32
     source: probe begin { x = @var("a", "b", "c") }
                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 126: expr: tuple membership not closed
--- args: -p1
--- stap
probe begin { x = [1 in y }
--- stap_err
parse error: expected ',' or ']'
        saw: keyword at <input>:1:22
     source: probe begin { x = [1 in y }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 127: expr: @probewrite of a literal
--- args: -p1
--- stap
probe begin { x = @probewrite(1) }
--- stap_err
parse error: expected identifier
        saw: number '1' at <input>:1:31
     source: probe begin { x = @probewrite(1) }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 128: stmt: limit without foreach
--- args: -p1
--- stap
probe begin { foreach (x in y) {} limit }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:35
     source: probe begin { foreach (x in y) {} limit }
                                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1
