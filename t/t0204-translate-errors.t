# Compile-time errors of the language parts t0302 runs live: `=~` patterns
# compile in pass 2 (as in stap 4.8, with its wording and positions),
# array slices where no slice is allowed; and the C pass 3 emits for
# regexes, slices, overloads and embedded-C expressions.  Every expected
# error text is what stap 4.8 -p2 prints for the same script.

=== TEST 1: regex: unclosed group
--- args: -p2
--- stap
probe begin { if ("a" =~ "(") print(1) }
--- stap_err
semantic error: regex compilation error (at position 0): expected ), found end of regex: string '(' at <input>:1:26
        source: probe begin { if ("a" =~ "(") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.1: regex error: [b-a]
--- args: -p2
--- stap
probe begin { if ("a" =~ "[b-a]") print(1) }
--- stap_err
semantic error: regex compilation error (at position 4): Inverted character range b-a: string '[b-a]' at <input>:1:26
        source: probe begin { if ("a" =~ "[b-a]") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.2: regex error: *a
--- args: -p2
--- stap
probe begin { if ("a" =~ "*a") print(1) }
--- stap_err
semantic error: regex compilation error (at position 0): unexpected '*': string '*a' at <input>:1:26
        source: probe begin { if ("a" =~ "*a") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.3: regex error: a{,2}
--- args: -p2
--- stap
probe begin { if ("a" =~ "a{,2}") print(1) }
--- stap_err
semantic error: regex compilation error (at position 3): expected number: string 'a{,2}' at <input>:1:26
        source: probe begin { if ("a" =~ "a{,2}") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.4: regex error: [a
--- args: -p2
--- stap
probe begin { if ("a" =~ "[a") print(1) }
--- stap_err
semantic error: regex compilation error (at position 1): unclosed character class: string '[a' at <input>:1:26
        source: probe begin { if ("a" =~ "[a") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.5: regex error: a{12345}
--- args: -p2
--- stap
probe begin { if ("a" =~ "a{12345}") print(1) }
--- stap_err
semantic error: regex compilation error (at position 8): 12345 is too large: string 'a{12345}' at <input>:1:26
        source: probe begin { if ("a" =~ "a{12345}") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.6: regex error: (?x)
--- args: -p2
--- stap
probe begin { if ("a" =~ "(?x)") print(1) }
--- stap_err
semantic error: regex compilation error (at position 2): unexpected '(?x': string '(?x)' at <input>:1:26
        source: probe begin { if ("a" =~ "(?x)") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.7: regex error: [[:foo:]]
--- args: -p2
--- stap
probe begin { if ("a" =~ "[[:foo:]]") print(1) }
--- stap_err
semantic error: regex compilation error: unknown character class 'foo': string '[[:foo:]]' at <input>:1:26
        source: probe begin { if ("a" =~ "[[:foo:]]") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.8: regex error: a{2
--- args: -p2
--- stap
probe begin { if ("a" =~ "a{2") print(1) }
--- stap_err
semantic error: regex compilation error (at position 3): unexpected end of regex: string 'a{2' at <input>:1:26
        source: probe begin { if ("a" =~ "a{2") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 2.9: regex error: a{2,x}
--- args: -p2
--- stap
probe begin { if ("a" =~ "a{2,x}") print(1) }
--- stap_err
semantic error: regex compilation error (at position 5): expected '}' or number: string 'a{2,x}' at <input>:1:26
        source: probe begin { if ("a" =~ "a{2,x}") print(1) }
                                         ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 3: regex: the right side must be a literal string
--- args: -p2
--- stap
probe begin { s = "a"; if ("a" =~ s) print(1) }
--- stap_err_like
^parse error: expected literal string$
saw: identifier 's' at <input>:1:35
--- exitcode: 1

=== TEST 4: regex: a good pattern passes pass 2; pass 3 emits its program once
--- args: -p3
--- stap
probe begin { if ("abc" =~ "b(c)") println(matched(1)); if ("x" =~ "b(c)") println(ngroups()) }
--- stap_out_like
^static const struct stp_rx_insn rx_0_code\[\] = \{$
^static const struct stp_regex rx_0 = \{ rx_0_code, rx_0_sets, \d+, 2 \};$
= stp_regex_match\(c, &rx_0, "abc"\);
= stp_regex_match\(c, &rx_0, "x"\);
^\tif \(stp_rx_init\(\d+, 2\)\)$
stp_rx_matched\(CONTEXT, STAP_ARG_n, STAP_RETVALUE\);
--- stap_out_unlike
rx_1

=== TEST 5: wildcards only where a slice is allowed
--- args: -p2
--- stap
global a probe begin { a[1,2] <<< 3; println(@sum(a[*,2])) }
--- stap_err
semantic error: wildcard not allowed in array index: identifier 'a' at <input>:1:51
        source: global a probe begin { a[1,2] <<< 3; println(@sum(a[*,2])) }
                                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 6: slices: foreach filters with a wildcard mask, delete and in too
--- args: -p3
--- stap
global a
probe begin { a[1, "x"] = 1; foreach ([k, v] in a[*, "x"]) println(k); delete a[1, *]; println([*, "z"] in a) }
--- stap_out_like
if \(!stp_map_slice_match\(g_a, l->pe\[0\], K\(\{ \.l = 0 \}, \{ \.s = l->ts\[\d+\] \}\), 1u\)\)
stp_map_delete_slice\(g_a, K\(\{ \.l = l->tl\[\d+\] \}, \{ \.s = "" \}\), 2u\);
stp_map_exists_slice\(g_a, K\(\{ \.l = 0 \}, \{ \.s = l->ts\[\d+\] \}\), 1u\)

=== TEST 7: overloads: one C function each; `next` falls through to the next
--- args: -p3
--- stap
function f(x) { if (x) next; return 1 }
function f(x) { return 2 }
function f(x, y) { return 3 }
probe begin { println(f(1), f(1, 2)) }
--- stap_out_like
^static void fn_f__ov\d\(struct stp_context \*c, char \*sp, s64 \*ret, s64 a_x\)$
^static void fn_f__ov\d\(struct stp_context \*c, char \*sp, s64 \*ret, s64 a_x, s64 a_y\)$
^\tif \(c->last_error == stp_silent\) \{$

=== TEST 8: embedded-C expressions need -g
--- args: -p2
--- stap
probe begin { x = %{ 1 %} }
--- stap_err_like
^parse error: embedded expression code in unprivileged script; need stap -g$
--- exitcode: 1

=== TEST 9: embedded-C expressions: long, and string with /* string */
--- args: -g -p3
--- stap
probe begin { x = %{ 40 + 2 %}; s = %{ /* string */ "str" %}; println(x, s) }
--- stap_out_like
^\t\tl->tl\[\d+\] = \(s64\)\( 40 \+ 2 \);$
^\t\tstrscpy\(l->ts\[\d+\], \( /\* string \*/ "str" \), MAXSTRINGLEN\);$
^#define CONTEXT c$
