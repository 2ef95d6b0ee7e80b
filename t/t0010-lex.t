# Lexer: every token kind, identifiers and keywords, operators, numbers and
# their 64-bit limits, string escapes, comments, embedded code, $1/@1
# argument substitution, and the line:col positions in messages.
#
# Error blocks expect SystemTap 4.8's exact stderr and exit status (from
# `stap -r 6.1.0-56-amd64 -p1` on the same script); successful blocks expect
# our canonical -p1 dump, checked by eye against stap 4.8's own dump.

=== TEST 1: ident: plain, underscore, digits and dollar inside a name
--- args: -p1
--- stap
probe begin { _a1 = a_b$c + A9z + _ + __x$ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (_a1) = ((((a_b$c) + (A9z)) + (_)) + (__x$));
}
--- stap_err
--- exitcode: 0

=== TEST 2: ident: $var, $var$, $var$$ and target members
--- args: -p1
--- stap
probe begin { x = $var + $var$ + $var$$ + $p->next->prev + $arr[2] + $p->a[1]->b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((((($var) + ($var$)) + ($var$$)) + ($p->next->prev)) + ($arr[2])) + ($p->a[1]->b));
}
--- stap_err
--- exitcode: 0

=== TEST 3: ident: $$vars, $$locals, $$parms, $$return and their $ and $$ forms
--- args: -p1
--- stap
probe begin { a = $$vars; b = $$locals; c = $$parms; d = $$return; e = $$vars$; f = $$parms$$; g = $$locals$$ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = ($$vars);
    (b) = ($$locals);
    (c) = ($$parms);
    (d) = ($$return);
    (e) = ($$vars$);
    (f) = ($$parms$$);
    (g) = ($$locals$$);
}
--- stap_err
--- exitcode: 0

=== TEST 4: ident: $$parms$$ glued to an operator
--- args: -p1
--- stap
probe begin { x = $$parms$$."\n" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (($$parms$$) . ("\n"));
}
--- stap_err
--- exitcode: 0

=== TEST 5: ident: @cast with module, @var with file, @defined, @entry, @probewrite
--- args: -p1
--- stap
probe begin { x = @cast(p, "task_struct", "kernel<linux/sched.h>")->pid + @var("jiffies@kernel/time.c") + @defined($x) + @entry($y) ; @cast(p, "struct foo")->a->b = 1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((@cast(p, "task_struct", "kernel<linux/sched.h>")->pid) + (@var("jiffies@kernel/time.c"))) + (@defined($x))) + (@entry($y)));
    (@cast(p, "struct foo")->a->b) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 6: ident: @cast glued to its parenthesis and over lines
--- args: -p1
--- stap
probe begin {
  x = @cast(p,"task_struct")
        ->tgid
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (@cast(p, "task_struct")->tgid);
}
--- stap_err
--- exitcode: 0

=== TEST 7: ident: a lone @ is the operator '@', unknown to the parser
--- args: -p1
--- stap
probe begin { x = @ }
--- stap_err
parse error: unknown operator @
        saw: operator '@' at <input>:1:19
     source: probe begin { x = @ }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 8: ident: an unknown @word is an operator token
--- args: -p1
--- stap
probe begin { x = @foo }
--- stap_err
parse error: unknown operator @foo
        saw: operator '@foo' at <input>:1:19
     source: probe begin { x = @foo }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 9: ident: $ alone and $$ alone are identifiers
--- args: -p1
--- stap
probe begin { x = $ ; y = $$ }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ($);
    (y) = ($$);
}
--- stap_err
--- exitcode: 0

=== TEST 10: ident: a name cannot start with a digit
--- args: -p1
--- stap
probe begin { 1abc = 2 }
--- stap_err
parse error: number invalid or out of range
        saw: number '1abc' at <input>:1:15
     source: probe begin { 1abc = 2 }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 11: keyword: every keyword in its place
--- args: -p1 --compatible=4.8
--- stap
private global g
global h[10]
function f:long(a:long, b:string) {
  if (a) return 1 else return 2
}
function s:string() { return "" }
probe begin {
  for (i = 0; i < 3; i++) { if (i == 1) continue; if (i == 2) break }
  while (0) next
  foreach (k in h limit 3) delete h[k]
  if (1 in h) delete h
  try { x = 1 } catch (e) { println(e) }
}
--- stap_out
# parse tree dump
# file <input>
private global g
global h[10]
function f:long (a:long, b:string)
{
    if (a)
        return 1;
    else
        return 2;
}
function s:string ()
{
    return "";
}
probe begin {
    for ((i) = (0); (i) < (3); (i)++) {
        if ((i) == (1))
            continue;
        if ((i) == (2))
            break;
    }
    while (0)
        next;
    foreach ([k] in h limit 3)
        delete h[k];
    if ([1] in h)
        delete h;
    try {
        (x) = (1);
    } catch (e) {
        println(e);
    }
}
--- stap_err
--- exitcode: 0

=== TEST 12: keyword: 'private' is an identifier before --compatible=3.0
--- args: -p1 --compatible=2.9
--- stap
probe begin { private = 1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (private) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 13: keyword: 'private' is a keyword from 3.0 on
--- args: -p1 --compatible=3.0
--- stap
probe begin { private = 1 }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { private = 1 }
                           ^

parse error: expected 'function' or identifier
        saw: operator '=' at <input>:1:23
     source: probe begin { private = 1 }
                                   ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 14: keyword: a keyword shows as 'keyword' without its text
--- args: -p1
--- stap
probe begin { string = 1 }
--- stap_err
parse error: expected statement
        saw: keyword at <input>:1:15
     source: probe begin { string = 1 }
                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 15: keyword: 'limit' is not a variable
--- args: -p1
--- stap
probe begin { x = limit }
--- stap_err
parse error: expected literal string or number
        saw: keyword at <input>:1:19
     source: probe begin { x = limit }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 16: keyword: 'return' is not a value
--- args: -p1
--- stap
probe begin { x = return }
--- stap_err
parse error: expected literal string or number
        saw: keyword at <input>:1:19
     source: probe begin { x = return }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 17: keyword: keywords in a probe point are names
--- args: -p1
--- stap
probe kernel.function("f").return, process.if.for.while { }
--- stap_out
# parse tree dump
# file <input>
probe kernel.function("f").return, process.if.for.while {
}
--- stap_err
--- exitcode: 0

=== TEST 18: keyword: a keyword after -> is a member name
--- args: -p1
--- stap
probe begin { x = $p->if + $p->string }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (($p->if) + ($p->string));
}
--- stap_err
--- exitcode: 0

=== TEST 19: op: every binary operator
--- args: -p1
--- stap
probe begin { x = a * b / c % d + e - f . g << h >> i & j ^ k | l && m || n < o > p <= q >= r == s != t }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((((((((((((a) * (b)) / (c)) % (d)) + (e)) - (f)) . (g)) << (h)) >> (i)) & (j)) ^ (k)) | (l)) && (m)) || (((((((n) < (o)) > (p)) <= (q)) >= (r)) == (s)) != (t)));
}
--- stap_err
--- exitcode: 0

=== TEST 20: op: every assignment operator
--- args: -p1
--- stap
probe begin { a = 1; a += 1; a -= 1; a *= 1; a /= 1; a %= 1; a <<= 1; a >>= 1; a &= 1; a ^= 1; a |= 1; s .= "x"; st <<< 1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (a) += (1);
    (a) -= (1);
    (a) *= (1);
    (a) /= (1);
    (a) %= (1);
    (a) <<= (1);
    (a) >>= (1);
    (a) &= (1);
    (a) ^= (1);
    (a) |= (1);
    (s) .= ("x");
    (st) <<< (1);
}
--- stap_err
--- exitcode: 0

=== TEST 21: op: every unary operator and the ternary
--- args: -p1
--- stap
probe begin { x = !a + ~b + -c + +d + ++e + --f + g++ + h-- + (i ? j : k) + &$l }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((((((((!(a)) + (~(b))) + (-(c))) + (+(d))) + (++(e))) + (--(f))) + ((g)++)) + ((h)--)) + ((i)?(j):(k))) + (&$l));
}
--- stap_err
--- exitcode: 0

=== TEST 22: op: =~ and !~ without spaces
--- args: -p1
--- stap
probe begin { x = a=~"^b"; y = a!~"c$" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a) =~ "^b");
    (y) = ((a) !~ "c$");
}
--- stap_err
--- exitcode: 0

=== TEST 23: op: -> and ++ and -- without spaces
--- args: -p1
--- stap
probe begin { x = $a->b++; y = --$c->d }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (($a->b)++);
    (y) = (--($c->d));
}
--- stap_err
--- exitcode: 0

=== TEST 24: op: longest match: a+++b is a++ + b
--- args: -p1
--- stap
probe begin { x = a+++b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((a)++) + (b));
}
--- stap_err
--- exitcode: 0

=== TEST 25: op: longest match: a---b is a-- - b
--- args: -p1
--- stap
probe begin { x = a---b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((a)--) - (b));
}
--- stap_err
--- exitcode: 0

=== TEST 26: op: longest match: <<< before << and <<=
--- args: -p1
--- stap
probe begin { s<<<1; x <<= 2; y = z<<3 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (s) <<< (1);
    (x) <<= (2);
    (y) = ((z) << (3));
}
--- stap_err
--- exitcode: 0

=== TEST 27: op: longest match: >>= and >>
--- args: -p1
--- stap
probe begin { x>>=2; y = z>>3 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) >>= (2);
    (y) = ((z) >> (3));
}
--- stap_err
--- exitcode: 0

=== TEST 28: op: <<<= is <<< then =
--- args: -p1
--- stap
probe begin { s <<<= 1 }
--- stap_err
parse error: expected literal string or number
        saw: operator '=' at <input>:1:20
     source: probe begin { s <<<= 1 }
                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 29: op: a comment splits an operator
--- args: -p1
--- stap
probe begin { x = a -/**/- b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((a) - (-(b)));
}
--- stap_err
--- exitcode: 0

=== TEST 30: op: .= without spaces and . as concatenation
--- args: -p1
--- stap
probe begin { s.="a"."b" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (s) .= (("a") . ("b"));
}
--- stap_err
--- exitcode: 0

=== TEST 31: op: a space inside -> is two operators
--- args: -p1
--- stap
probe begin { x = $a- >b }
--- stap_err
parse error: expected literal string or number
        saw: operator '>' at <input>:1:23
     source: probe begin { x = $a- >b }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 32: op: a space inside == is two operators
--- args: -p1
--- stap
probe begin { if (a = = b) x = 1 }
--- stap_err
parse error: expected literal string or number
        saw: operator '=' at <input>:1:23
     source: probe begin { if (a = = b) x = 1 }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 33: op: %( in an expression starts a conditional
--- args: -p1
--- stap
probe begin { x = a %(b) }
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: identifier 'b' at <input>:1:23
     source: probe begin { x = a %(b) }
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 34: op: stray punctuation is an operator token
--- args: -p1
--- stap
probe begin { x = a ` b }
--- stap_err
parse error: expected literal string or number
        saw: operator '`' at <input>:1:21
     source: probe begin { x = a ` b }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 35: op: a control byte is junk
--- args: -p1
--- stap
probe begin { x = 1  }
--- stap_err
parse error: expected statement
        saw: junk '\x01' at <input>:1:21
     source: probe begin { x = 1  }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 36: op: a non-ASCII byte is junk
--- args: -p1
--- stap
probe begin { x = "é" ; é }
--- stap_err
parse error: expected statement
        saw: junk '\xc3' at <input>:1:26
     source: probe begin { x = "é" ; é }
                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 37: num: decimal, octal and hex (both cases)
--- args: -p1
--- stap
probe begin { x = 0 + 10 + 0777 + 010 + 0x1F + 0X1f + 0xABCDEF + 00 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((((((((0) + (10)) + (511)) + (8)) + (31)) + (31)) + (11259375)) + (0));
}
--- stap_err
--- exitcode: 0

=== TEST 38: num: the largest and smallest signed 64-bit values
--- args: -p1
--- stap
global max = 9223372036854775807, min = -9223372036854775808
probe begin { x = 9223372036854775807; y = -9223372036854775808 }
--- stap_out
# parse tree dump
# file <input>
global max = 9223372036854775807
global min = -9223372036854775808
probe begin {
    (x) = (9223372036854775807);
    (y) = (-(9223372036854775808));
}
--- stap_err
--- exitcode: 0

=== TEST 39: num: 0xffffffffffffffff prints as 18446744073709551615 (stap -1)
--- args: -p1
--- stap
probe begin { x = 0xffffffffffffffff; y = 0xFFFFFFFFFFFFFFFF + 01777777777777777777777 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (18446744073709551615);
    (y) = ((18446744073709551615) + (18446744073709551615));
}
--- stap_err
--- exitcode: 0

=== TEST 40: num: 0xffffffffffffffff in a global initializer is -1
--- args: -p1
--- stap
global g = 0xffffffffffffffff, h = 18446744073709551615, i = 9223372036854775808
--- stap_out
# parse tree dump
# file <input>
global g = -1
global h = -1
global i = -9223372036854775808
--- stap_err
--- exitcode: 0

=== TEST 41: num: 2^64 in hex is out of range
--- args: -p1
--- stap
probe begin { x = 0x10000000000000000 }
--- stap_err
parse error: number invalid or out of range
        saw: number '0x10000000000000000' at <input>:1:19
     source: probe begin { x = 0x10000000000000000 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 42: num: 2^64 in octal is out of range
--- args: -p1
--- stap
probe begin { x = 02000000000000000000000 }
--- stap_err
parse error: number invalid or out of range
        saw: number '02000000000000000000000' at <input>:1:19
     source: probe begin { x = 02000000000000000000000 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 43: num: a very long decimal is out of range
--- args: -p1
--- stap
probe begin {
	x = 123456789012345678901234567890
}
--- stap_err
parse error: number invalid or out of range
        saw: number '123456789012345678901234567890' at <input>:2:6
     source: 	x = 123456789012345678901234567890
             	    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 44: num: -9223372036854775809 in a global is out of range
--- args: -p1
--- stap
global a = -9223372036854775808
global b = -9223372036854775809
--- stap_err
parse error: number invalid or out of range
        saw: number '9223372036854775809' at <input>:2:13
     source: global b = -9223372036854775809
                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 45: num: 8 in an octal number
--- args: -p1
--- stap
probe begin { x = 0128 }
--- stap_err
parse error: number invalid or out of range
        saw: number '0128' at <input>:1:19
     source: probe begin { x = 0128 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 46: num: g after hex digits
--- args: -p1
--- stap
probe begin { x = 0xfg }
--- stap_err
parse error: number invalid or out of range
        saw: number '0xfg' at <input>:1:19
     source: probe begin { x = 0xfg }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 47: num: 0b101 is not binary
--- args: -p1
--- stap
probe begin { x = 0b101 }
--- stap_err
parse error: number invalid or out of range
        saw: number '0b101' at <input>:1:19
     source: probe begin { x = 0b101 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 48: num: 1.5 is 1 . 5 (concatenation)
--- args: -p1
--- stap
probe begin { x = 1.5 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((1) . (5));
}
--- stap_err
--- exitcode: 0

=== TEST 49: num: a number glued to a name is one bad number
--- args: -p1
--- stap
probe begin { x = 1e5 }
--- stap_err
parse error: number invalid or out of range
        saw: number '1e5' at <input>:1:19
     source: probe begin { x = 1e5 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 50: num: negative literal in a probe point argument
--- args: -p1
--- stap
probe timer.ms(-9223372036854775808), a(0x7fffffffffffffff) { }
--- stap_out
# parse tree dump
# file <input>
probe timer.ms(-9223372036854775808), a(9223372036854775807) {
}
--- stap_err
--- exitcode: 0

=== TEST 51: num: hex with upper X out of range in a probe point
--- args: -p1
--- stap
probe a(0X1FFFFFFFFFFFFFFFF) { }
--- stap_err
parse error: number invalid or out of range
        saw: number '0X1FFFFFFFFFFFFFFFF' at <input>:1:9
     source: probe a(0X1FFFFFFFFFFFFFFFF) { }
                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 52: str: every C escape
--- args: -p1
--- stap
probe begin { x = "n\n t\t q\" b\\ r\r a\a b\b f\f v\v" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("n\n t\t q\" b\\ r\r a\007 b\010 f\014 v\013");
}
--- stap_err
--- exitcode: 0

=== TEST 53: str: octal and hex escapes
--- args: -p1
--- stap
probe begin { x = "\101\102\103 \x61\x62 \0 \7 \1234" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("ABC ab \000 \007 S4");
}
--- stap_err
--- exitcode: 0

=== TEST 54: str: unknown escapes drop the backslash
--- args: -p1
--- stap
probe begin { x = "\q\%\y\'\?" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("q%y'?");
}
--- stap_err
--- exitcode: 0

=== TEST 55: str: \x is a plain x before --compatible=2.3
--- args: -p1 --compatible=2.2
--- stap
probe begin { x = "\x41" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("x41");
}
--- stap_err
--- exitcode: 0

=== TEST 56: str: backslash-newline keeps the newline
--- args: -p1
--- stap
probe begin { x = "abc\
def" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("abc\ndef");
}
--- stap_err
--- exitcode: 0

=== TEST 57: str: a newline ends a string with an error
--- args: -p1
--- stap
probe begin { x = "abc
def" }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = "abc
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 58: str: a quote hidden by a backslash at the end of a line
--- args: -p1
--- stap
probe begin { x = "abc\" }
probe end { }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = "abc\" }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 59: str: adjacent strings are one literal
--- args: -p1
--- stap
probe begin { printf("%s" "=%d\n", "a" "b", 1) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    printf("%s=%d\n", "ab", 1);
}
--- stap_err
--- exitcode: 0

=== TEST 60: str: # and // and /* inside a string are not comments
--- args: -p1
--- stap
probe begin { x = "a # b"; y = "c // d"; z = "e /* f */ g" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("a # b");
    (y) = ("c // d");
    (z) = ("e /* f */ g");
}
--- stap_err
--- exitcode: 0

=== TEST 61: str: %{ and %( inside a string are text
--- args: -p1
--- stap
probe begin { x = "%{ %} %( %? %: %)" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("%{ %} %( %? %: %)");
}
--- stap_err
--- exitcode: 0

=== TEST 62: str: a high byte in a string
--- args: -p1
--- stap
probe begin { x = "é→" }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("é→");
}
--- stap_err
--- exitcode: 0

=== TEST 63: comment: all three styles
--- args: -p1
--- stap
# shell style
// C++ style
/* C style */ probe /* between */ begin // after
{ # here too
  x = 1 /* inline */ + 2 // end
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((1) + (2));
}
--- stap_err
--- exitcode: 0

=== TEST 64: comment: # mid-line ends the line
--- args: -p1
--- stap
probe begin { x = 1 } # probe end { y = }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 65: comment: #! line
--- args: -p1
--- stap
#!/usr/bin/stap
probe begin { }
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 66: comment: block comments do not nest
--- args: -p1
--- stap
probe begin { /* a /* b */ x = 1 */ }
--- stap_err
parse error: expected literal string or number
        saw: operator '/' at <input>:1:35
     source: probe begin { /* a /* b */ x = 1 */ }
                                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 67: comment: // inside a block comment and */ inside a line comment
--- args: -p1
--- stap
probe begin { /* // */ x = 1 // */ y = 2
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 68: comment: # directly after a token
--- args: -p1
--- stap
probe begin { x = 1# comment
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 69: comment: a block comment between two identifiers separates them
--- args: -p1
--- stap
probe begin { x = a/**/b }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (a);
    b;
}
--- stap_err
--- exitcode: 0

=== TEST 70: comment: unclosed block comment at top level
--- args: -p1
--- stap
probe begin { } /* no end
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 71: comment: an unclosed block comment hides nothing before it
--- args: -p1
--- stap
probe begin { x = ) } /* abc
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:19
     source: probe begin { x = ) } /* abc
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 72: comment: line comment at EOF without newline
--- args: -p1
--- stap
probe begin { x = 1 } // end
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 73: embedded: top level with -g
--- args: -p1 -g
--- stap
%{
#include <linux/sched.h>
/* a comment and a "string" stay as they are */
%}
probe begin { }
--- stap_out
# parse tree dump
# file <input>
%{
#include <linux/sched.h>
/* a comment and a "string" stay as they are */
%}
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 74: embedded: function body with -g
--- args: -p1 -g
--- stap
function f:long(a:long) %{ /* pure */ STAP_RETURN(STAP_ARG_a + 1); %}
function g() %{ /* unprivileged */ %}
--- stap_out
# parse tree dump
# file <input>
function f:long (a:long)
%{ /* pure */ STAP_RETURN(STAP_ARG_a + 1); %}
function g ()
%{ /* unprivileged */ %}
--- stap_err
--- exitcode: 0

=== TEST 75: embedded: statement and expression with -g
--- args: -p1 -g
--- stap
probe begin { %{ int x = 1; %} y = %{ 42 %} + 1; z = %{ "s" %} }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    %{ int x = 1; %};
    (y) = ((%{ 42 %}) + (1));
    (z) = (%{ "s" %});
}
--- stap_err
--- exitcode: 0

=== TEST 76: embedded: ends at the first %}, even inside a C comment
--- args: -p1 -g
--- stap
%{ /* %} */ probe begin { }
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '*' at <input>:1:10
     source: %{ /* %} */ probe begin { }
                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 77: embedded: top level needs -g, on a later line
--- args: -p1
--- stap
probe begin { }

  %{ int x; %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:3:3
     source:   %{ int x; %}
               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 78: embedded: function body needs -g, after a tab
--- args: -p1
--- stap
function f()	%{ %}
--- stap_err
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:14
     source: function f()	%{ %}
                         	^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 79: embedded: statement needs -g
--- args: -p1
--- stap
probe begin { x = 1; %{ x %} }
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:22
     source: probe begin { x = 1; %{ x %} }
                                  ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:22
     source: probe begin { x = 1; %{ x %} }
                                  ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:1:30
     source: probe begin { x = 1; %{ x %} }
                                          ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 80: embedded: expression needs -g
--- args: -p1
--- stap
probe begin {
  x = %{ 1 %}
}
--- stap_err
parse error: embedded expression code in unprivileged script; need stap -g
        saw: embedded-code at <input>:2:7
     source:   x = %{ 1 %}
                   ^

parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:2:7
     source:   x = %{ 1 %}
                   ^

parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '}' at <input>:3:1
     source: }
             ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 81: embedded: in a skipped branch needs no -g
--- args: -p1
--- stap
%( 1 == 0 %? %{ int x; %} %) probe begin { }
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 82: embedded: '}%' inside embedded code warns
--- args: -p1
--- stap
probe begin { x = 1 } %{ a }% b %}
--- stap_err
WARNING: possible erroneous closing '}%', use '%}'?: embedded-code at <input>:1:23
 source: probe begin { x = 1 } %{ a }% b %}
                               ^
parse error: embedded code in unprivileged script; need stap -g
        saw: embedded-code at <input>:1:23
     source: probe begin { x = 1 } %{ a }% b %}
                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 83: embedded: '}%' warns in guru mode too, and the code ends at '%}'
--- args: -p1 -g
--- stap
%{ int a; }% %} probe begin { }
--- stap_out
# parse tree dump
# file <input>
%{ int a; }% %}
probe begin {
}
--- stap_err
WARNING: possible erroneous closing '}%', use '%}'?: embedded-code at <input>:1:1
 source: %{ int a; }% %} probe begin { }
         ^
--- exitcode: 0

=== TEST 84: embedded: unclosed in a function body
--- args: -p1 -g
--- stap
function f() %{ return;
--- stap_err
parse error: Could not find matching '%}' to close embedded function block
         at: junk '' at <input>:1:14
     source: function f() %{ return;
                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 85: embedded: multi-line code moves the position of the next error
--- args: -p1 -g
--- stap
%{
 int a;
 int b;
%} probe begin { x = }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:4:22
     source: %} probe begin { x = }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 86: embedded: an embedded expression as an assignment target (-g)
--- args: -p1 -g
--- stap
probe begin { %{ a %} = 1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (%{ a %}) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 87: args: $1 is the raw argument
--- args: -p1
--- script_args: 42 begin
--- stap
probe $2 { x = $1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (42);
}
--- stap_err
--- exitcode: 0

=== TEST 88: args: @1 is the argument quoted
--- args: -p1
--- script_args: 42 'a b'
--- stap
probe begin { x = @1 . @2 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (("42") . ("a b"));
}
--- stap_err
--- exitcode: 0

=== TEST 89: args: $1 pasted as raw text makes an expression
--- args: -p1
--- script_args: '1 + 2 * 3'
--- stap
probe begin { x = $1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((1) + ((2) * (3)));
}
--- stap_err
--- exitcode: 0

=== TEST 90: args: $1 pasted as a probe point with a dot
--- args: -p1
--- script_args: kernel.function\(\"vfs_read\"\)
--- stap
probe $1 { }
--- stap_out
# parse tree dump
# file <input>
probe kernel.function("vfs_read") {
}
--- stap_err
--- exitcode: 0

=== TEST 91: args: $# and @# count the arguments
--- args: -p1
--- script_args: a b c
--- stap
probe begin { x = $#; y = @# }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (3);
    (y) = ("3");
}
--- stap_err
--- exitcode: 0

=== TEST 92: args: $# with no arguments is 0
--- args: -p1
--- stap
probe begin { x = $# . @# }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((0) . ("0"));
}
--- stap_err
--- exitcode: 0

=== TEST 93: args: $0 is out of range
--- args: -p1
--- script_args: a
--- stap
probe begin { x = $0 }
--- stap_err
parse error: command line argument out of range [1-1]
         at: junk '' at <input>:1:19
     source: probe begin { x = $0 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 94: args: $3 is out of range with two arguments
--- args: -p1
--- script_args: a b
--- stap
probe begin {
	x = $1 + $3
}
--- stap_err
parse error: command line argument out of range [1-2]
         at: junk '' at <input>:2:11
     source: 	x = $1 + $3
             	         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 95: args: $1 in a string and in a comment is not substituted
--- args: -p1
--- stap
probe begin { x = "$1 @1 $#" } # $1
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("$1 @1 $#");
}
--- stap_err
--- exitcode: 0

=== TEST 96: args: an empty argument pastes nothing
--- args: -p1
--- script_args: ''
--- stap
probe begin { x = 1 $1 + 2; y = @1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((1) + (2));
    (y) = ("");
}
--- stap_err
--- exitcode: 0

=== TEST 97: args: an argument with a quote, pasted raw, is a broken string
--- args: -p1
--- script_args: '"abc'
--- stap
probe begin { x = $1 }
--- stap_err
parse error: Could not find matching closing quote
         at: junk '' at <input>:1:19
     source: probe begin { x = $1 }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 98: args: $1 starting a comment comments out the line
--- args: -p1
--- script_args: '#'
--- stap
probe begin { x = 1 $1 + }
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 99: args: $10 with ten arguments
--- args: -p1
--- script_args: a b c d e f g h i j
--- stap
probe begin { x = @10 . $10 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (("j") . (j));
}
--- stap_err
--- exitcode: 0

=== TEST 100: args: @1 with a newline and tab in the argument
--- args: -p1
--- script_args: "$(printf 'a\nb\tc')"
--- stap
probe begin { x = @1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("a\nb\tc");
}
--- stap_err
--- exitcode: 0

=== TEST 101: args: $1 glued to the text after it
--- args: -p1
--- script_args: foo
--- stap
probe begin { x = $1x + }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:25
     source: probe begin { x = $1x + }
                                     ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 102: args: tokens after pasted text keep their own columns
--- args: -p1
--- script_args: 1 +
--- stap
probe begin { x = $1 + 1 + ) }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:28
     source: probe begin { x = $1 + 1 + ) }
                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 103: args: an error inside pasted text is at the $1
--- args: -p1
--- script_args: '1 + )'
--- stap
probe begin {
  x = $1
}
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:2:7
     source:   x = $1
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 104: args: $1 inside the pasted text of $2 is an error
--- args: -p1
--- script_args: foo 'a $1 b'
--- stap
probe begin { x = $1 $2 }
--- stap_err
parse error: invalid nested substitution of command line arguments
         at: junk '' at <input>:1:22
     source: probe begin { x = $1 $2 }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 105: args: $12 with two arguments reads $1 then 2
--- args: -p1
--- script_args: a b
--- stap
probe begin { x = $12 + }
--- stap_err
parse error: command line argument out of range [1-2]
         at: junk '' at <input>:1:19
     source: probe begin { x = $12 + }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 106: args: @1 escapes quotes and backslashes
--- args: -p1
--- script_args: 'a"b\\c'
--- stap
probe begin { x = @1 }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("a\"b\\\\c");
}
--- stap_err
--- exitcode: 0

=== TEST 107: pos: columns count escapes as written
--- args: -p1
--- stap
probe begin { x = "a\x41\q" + }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:31
     source: probe begin { x = "a\x41\q" + }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 108: pos: an error after tabs keeps the tabs under the caret
--- args: -p1
--- stap
	probe begin {
		x =	}
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:2:7
     source: 		x =	}
             		   	^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 109: pos: an error after a multi-line comment
--- args: -p1
--- stap
/*
 * three
 * lines
 */ probe begin { x = 1 + }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:4:27
     source:  */ probe begin { x = 1 + }
                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 110: pos: an error after a backslash-newline in a string
--- args: -p1
--- stap
probe begin { x = "a\
b" + }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:2:6
     source: b" + }
                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 111: pos: CR is whitespace and counts as a column
--- args: -p1
--- stap
probe begin { x = 1 }
probe end {y = }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:2:17
     source: probe end {y = }
                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 112: pos: a UTF-8 character counts its bytes as columns
--- args: -p1
--- stap
probe begin { x = "ü"; y = }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:29
     source: probe begin { x = "ü"; y = }
                                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 113: pos: end of file
--- args: -p1
--- stap
probe begin { x = 1;
--- stap_err
parse error: expected statement
        saw: <input> EOF

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

