# Preprocessor: %( cond %? a %: b %) on the target kernel, arch, runtime,
# .config, version and privilege; untaken branches skipped unparsed; every
# preprocessor error; @define macros and .stpm macro libraries (fixtures in
# t/fixtures/stpm/, found with -I).
#
# Error blocks expect SystemTap 4.8's exact stderr and exit status (from
# `stap -p1` with the same arguments); successful blocks expect our
# canonical -p1 dump, checked by eye against stap 4.8's own dump.  The
# target is Debian's 6.1.0-56-amd64 (goldens made with its headers), given
# as the build tree t/fixtures/kbuild: its kernel.release and a trimmed
# copy of its .config, so the tests do not move when Debian's headers do.
# t/fixtures/kbuild-release has Debian's own kernel.release, 6.1.192.

=== TEST 1: kernel_v: the release up to the first '-', compared as versions
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( kernel_v == "6.1.0" %? 1 %: 0 %)
  b = %( kernel_v != "6.1.0-56-amd64" %? 1 %: 0 %)
  c = %( kernel_v >= "6.1" %? 1 %: 0 %)
  d = %( kernel_v < "6.10" %? 1 %: 0 %)
  e = %( kernel_v > "5.15.0" %? 1 %: 0 %)
  f = %( kernel_v <= "6.1.0" %? 1 %: 0 %)
  g = %( kernel_v > "6.1.0" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (1);
    (e) = (1);
    (f) = (1);
    (g) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 2: kernel_v: wildcards with == and !=
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( kernel_v == "6.*" %? 1 %: 0 %)
  b = %( kernel_v == "6.1.?" %? 1 %: 0 %)
  c = %( kernel_v != "5.*" %? 1 %: 0 %)
  d = %( kernel_v == "[0-5].*" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 3: kernel_vr: the full release
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( kernel_vr == "6.1.0-56-amd64" %? 1 %: 0 %)
  b = %( kernel_vr == "6.1.0" %? 1 %: 0 %)
  c = %( kernel_vr > "6.1.0-9-amd64" %? 1 %: 0 %)
  d = %( kernel_vr != "*-rt-*" %? 1 %: 0 %)
  e = %( kernel_vr == "6.1.0-*-amd64" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (0);
    (c) = (1);
    (d) = (1);
    (e) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 4: kernel_vr: -r with a build directory reads include/config/kernel.release (6.1.192 in Debian's headers, as in the fixture)
--- args: -r fixtures/kbuild-release -p1
--- stap
probe begin {
  a = %( kernel_vr == "6.1.192" %? 1 %: 0 %)
  b = %( kernel_v == "6.1.192" %? 1 %: 0 %)
  c = %( kernel_vr == "6.1.0-56-amd64" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 5: arch: == and != with wildcards
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( arch == "x86_64" %? 1 %: 0 %)
  b = %( arch != "i386" %? 1 %: 0 %)
  c = %( arch == "x86_*" %? 1 %: 0 %)
  d = %( arch == "*64" %? 1 %: 0 %)
  e = %( arch == "arm64" %? 1 %: 0 %)
  f = %( arch != "x86?64" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (1);
    (e) = (0);
    (f) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 6: runtime: kernel by default
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { a = %( runtime == "kernel" %? 1 %: 0 %) b = %( runtime != "bpf" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 7: runtime: --runtime=bpf flips it
--- args: -r fixtures/kbuild -p1 --runtime=bpf
--- stap
probe begin { a = %( runtime == "kernel" %? 1 %: 0 %) b = %( runtime == "bp*" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (0);
    (b) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 8: runtime: only == and !=
--- args: -r fixtures/kbuild -p1
--- stap
%( runtime >= "kernel" %? probe begin { } %)
--- stap_err
parse error: expected '==' or '!='
         at: operator '>=' at <input>:1:12
     source: %( runtime >= "kernel" %? probe begin { } %)
                        ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:24
     source: %( runtime >= "kernel" %? probe begin { } %)
                                    ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:43
     source: %( runtime >= "kernel" %? probe begin { } %)
                                                       ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 9: CONFIG: y, m and unset options from the target's .config
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( CONFIG_KPROBES == "y" %? 1 %: 0 %)
  b = %( CONFIG_EXT4_FS == "m" %? 1 %: 0 %)
  c = %( CONFIG_EXT4_FS != "y" %? 1 %: 0 %)
  d = %( CONFIG_EXT2_FS == "" %? 1 %: 0 %)
  e = %( CONFIG_EXT2_FS == "n" %? 1 %: 0 %)
  f = %( CONFIG_NO_SUCH_OPTION_AT_ALL == "" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (1);
    (e) = (0);
    (f) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 10: CONFIG: number options compare as numbers, hex values too
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( CONFIG_HZ == 250 %? 1 %: 0 %)
  b = %( CONFIG_HZ > 1000 %? 1 %: 0 %)
  c = %( CONFIG_NR_CPUS >= 8192 %? 1 %: 0 %)
  d = %( CONFIG_LOG_BUF_SHIFT < 18 %? 1 %: 0 %)
  e = %( CONFIG_PHYSICAL_START == 16777216 %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (0);
    (c) = (1);
    (d) = (1);
    (e) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 11: CONFIG: number options compare as strings against a string
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( CONFIG_HZ == "250" %? 1 %: 0 %)
  b = %( CONFIG_HZ == "2*" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 12: CONFIG: against a string, only == and !=
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { c = %( CONFIG_NR_CPUS < "9" %? 1 %: 0 %) }
--- stap_err
parse error: expected '==' or '!='
         at: operator '<' at <input>:1:37
     source: probe begin { c = %( CONFIG_NR_CPUS < "9" %? 1 %: 0 %) }
                                                 ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:43
     source: probe begin { c = %( CONFIG_NR_CPUS < "9" %? 1 %: 0 %) }
                                                       ^

parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:48
     source: probe begin { c = %( CONFIG_NR_CPUS < "9" %? 1 %: 0 %) }
                                                            ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:53
     source: probe begin { c = %( CONFIG_NR_CPUS < "9" %? 1 %: 0 %) }
                                                                 ^

4 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 13: CONFIG: string options keep their quotes; wildcards
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( CONFIG_DEFAULT_HOSTNAME == "\"(none)\"" %? 1 %: 0 %)
  b = %( CONFIG_LOCALVERSION == "\"\"" %? 1 %: 0 %)
  c = %( CONFIG_CC_VERSION_TEXT == "\"gcc-12 *" %? 1 %: 0 %)
  d = %( CONFIG_DEFAULT_HOSTNAME == "(none)" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 14: CONFIG: an unset option compared with a number
--- args: -r fixtures/kbuild -p1
--- stap
%( CONFIG_EXT2_FS == 0 %? probe begin { } %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 15: CONFIG: a y option compared with a number
--- args: -r fixtures/kbuild -p1
--- stap
%( CONFIG_KPROBES > 0 %? probe begin { } %)
--- stap_err
parse error: Config option value not a number
         at: identifier 'CONFIG_KPROBES' at <input>:1:4
     source: %( CONFIG_KPROBES > 0 %? probe begin { } %)
                ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:23
     source: %( CONFIG_KPROBES > 0 %? probe begin { } %)
                                   ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:42
     source: %( CONFIG_KPROBES > 0 %? probe begin { } %)
                                                      ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 16: CONFIG: wildcard with an order operator
--- args: -r fixtures/kbuild -p1
--- stap
%( CONFIG_HZ >= "2*" %? probe begin { } %)
--- stap_err
parse error: expected '==' or '!='
         at: operator '>=' at <input>:1:14
     source: %( CONFIG_HZ >= "2*" %? probe begin { } %)
                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:22
     source: %( CONFIG_HZ >= "2*" %? probe begin { } %)
                                  ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:41
     source: %( CONFIG_HZ >= "2*" %? probe begin { } %)
                                                     ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 17: systemtap_v: 4.8 by default
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( systemtap_v == "4.8" %? 1 %: 0 %)
  b = %( systemtap_v >= "4.10" %? 1 %: 0 %)
  c = %( systemtap_v < "5.0" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (0);
    (c) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 18: systemtap_v: --compatible sets it
--- args: -r fixtures/kbuild -p1 --compatible=4.0
--- stap
probe begin {
  a = %( systemtap_v == "4.0" %? 1 %: 0 %)
  b = %( systemtap_v < "4.8" %? 1 %: 0 %)
  c = %( systemtap_v == "4.*" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 19: systemtap_v: --compatible=3.3
--- args: -r fixtures/kbuild -p1 --compatible=3.3
--- stap
probe begin { a = %( systemtap_v <= "3.3" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 20: systemtap_v: compared with a number
--- args: -r fixtures/kbuild -p1
--- stap
%( systemtap_v >= 4 %? probe begin { } %)
--- stap_err
parse error: expected string literal
         at: number '4' at <input>:1:19
     source: %( systemtap_v >= 4 %? probe begin { } %)
                               ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:21
     source: %( systemtap_v >= 4 %? probe begin { } %)
                                 ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:40
     source: %( systemtap_v >= 4 %? probe begin { } %)
                                                    ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 21: systemtap_privilege: stapdev by default, no wildcards
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( systemtap_privilege == "stapdev" %? 1 %: 0 %)
  b = %( systemtap_privilege != "stapusr" %? 1 %: 0 %)
  c = %( systemtap_privilege == "stap*" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 22: systemtap_privilege: --privilege=stapusr
--- args: -r fixtures/kbuild -p1 --privilege=stapusr
--- stap
probe begin { a = %( systemtap_privilege == "stapusr" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 23: systemtap_privilege: --privilege=stapsys
--- args: -r fixtures/kbuild -p1 --privilege=stapsys
--- stap
probe begin { a = %( systemtap_privilege == "stapsys" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 24: systemtap_privilege: --unprivileged is stapusr
--- args: -r fixtures/kbuild -p1 --unprivileged
--- stap
probe begin { a = %( systemtap_privilege == "stapusr" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 25: systemtap_privilege: only == and !=
--- args: -r fixtures/kbuild -p1
--- stap
%( systemtap_privilege < "z" %? probe begin { } %)
--- stap_err
parse error: expected '==' or '!='
         at: operator '<' at <input>:1:24
     source: %( systemtap_privilege < "z" %? probe begin { } %)
                                    ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:30
     source: %( systemtap_privilege < "z" %? probe begin { } %)
                                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:49
     source: %( systemtap_privilege < "z" %? probe begin { } %)
                                                             ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 26: guru_mode: 0 without -g
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { a = %( guru_mode == 0 %? 1 %: 0 %) b = %( guru_mode != 1 %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 27: guru_mode: 1 with -g
--- args: -r fixtures/kbuild -p1 -g
--- stap
probe begin { a = %( guru_mode == 1 %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 28: guru_mode: embedded code only in guru mode
--- args: -r fixtures/kbuild -p1
--- stap
%( guru_mode == 1 %? %{ #include <linux/mm.h> %} %) probe begin { }
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 29: guru_mode: a string is not 0 or 1
--- args: -r fixtures/kbuild -p1
--- stap
%( guru_mode == "1" %? probe begin { } %)
--- stap_err
parse error: expected number
         at: string '1' at <input>:1:17
     source: %( guru_mode == "1" %? probe begin { } %)
                             ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:21
     source: %( guru_mode == "1" %? probe begin { } %)
                                 ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:40
     source: %( guru_mode == "1" %? probe begin { } %)
                                                    ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 30: guru_mode: only == and !=
--- args: -r fixtures/kbuild -p1
--- stap
%( guru_mode > 0 %? probe begin { } %)
--- stap_err
parse error: expected '==' or '!='
         at: operator '>' at <input>:1:14
     source: %( guru_mode > 0 %? probe begin { } %)
                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:18
     source: %( guru_mode > 0 %? probe begin { } %)
                              ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:37
     source: %( guru_mode > 0 %? probe begin { } %)
                                                 ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 31: args: $# and @# in conditions
--- args: -r fixtures/kbuild -p1
--- script_args: a b
--- stap
probe begin {
  a = %( $# == 2 %? 1 %: 0 %)
  b = %( @# == "2" %? 1 %: 0 %)
  c = %( $# > 2 %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 32: args: $1 and @1 in conditions
--- args: -r fixtures/kbuild -p1
--- script_args: 5 foo
--- stap
probe begin {
  a = %( $1 == 5 %? 1 %: 0 %)
  b = %( @2 == "f*" %? 1 %: 0 %)
  c = %( @1 < "6" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (0);
    (c) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 33: args: $# is 0 without arguments
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { a = %( $# == 0 %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 34: args: @# is a string
--- args: -r fixtures/kbuild -p1
--- stap
%( @# == 0 %? probe begin { } %)
--- stap_err
parse error: expected string literal as right value
         at: number '0' at <input>:1:10
     source: %( @# == 0 %? probe begin { } %)
                      ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:12
     source: %( @# == 0 %? probe begin { } %)
                        ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:31
     source: %( @# == 0 %? probe begin { } %)
                                           ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 35: compare: numbers and strings
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( 1 < 2 %? 1 %: 0 %)
  b = %( 10 >= 9 %? 1 %: 0 %)
  c = %( 3 != 3 %? 1 %: 0 %)
  d = %( "abc" < "abd" %? 1 %: 0 %)
  e = %( "b" > "abc" %? 1 %: 0 %)
  f = %( "x" == "x" %? 1 %: 0 %)
  g = %( "a" <= "a" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (0);
    (d) = (1);
    (e) = (1);
    (f) = (1);
    (g) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 36: compare: plain strings take no wildcards
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { a = %( "abc" == "a*" %? 1 %: 0 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (0);
}
--- stap_err
--- exitcode: 0

=== TEST 37: compare: a number with a string
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == "1" %? probe begin { } %)
--- stap_err
parse error: expected number literal as right value
         at: string '1' at <input>:1:9
     source: %( 1 == "1" %? probe begin { } %)
                     ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:13
     source: %( 1 == "1" %? probe begin { } %)
                         ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:32
     source: %( 1 == "1" %? probe begin { } %)
                                            ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 38: compare: parentheses are not allowed
--- args: -r fixtures/kbuild -p1
--- stap
%( (1 == 1) %? probe begin { } %)
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: operator '(' at <input>:1:4
     source: %( (1 == 1) %? probe begin { } %)
                ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:13
     source: %( (1 == 1) %? probe begin { } %)
                         ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:32
     source: %( (1 == 1) %? probe begin { } %)
                                            ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 39: compare: a hex number (stap 4.8 dies with an uncaught 'bad lexical cast'; we make it a parse error)
--- args: -r fixtures/kbuild -p1
--- stap
%( 0x10 == 16 %? probe begin { } %)
--- stap_out
--- stap_err
parse error: bad lexical cast
         at: number '0x10' at <input>:1:4
     source: %( 0x10 == 16 %? probe begin { } %)
                ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:15
     source: %( 0x10 == 16 %? probe begin { } %)
                           ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:34
     source: %( 0x10 == 16 %? probe begin { } %)
                                              ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 40: logic: && and ||, && binding tighter
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( 1 == 0 && 1 == 1 || 2 == 2 %? 1 %: 0 %)
  b = %( 1 == 1 || 2 == 2 && 1 == 0 %? 1 %: 0 %)
  c = %( arch == "x86_64" && kernel_v >= "6" && runtime == "kernel" %? 1 %: 0 %)
  d = %( arch == "i386" || CONFIG_KPROBES == "y" %? 1 %: 0 %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (1);
    (c) = (1);
    (d) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 41: logic: || with a bad right side is still checked
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 1 || foo %? probe begin { } %)
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: identifier 'foo' at <input>:1:14
     source: %( 1 == 1 || foo %? probe begin { } %)
                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:37
     source: %( 1 == 1 || foo %? probe begin { } %)
                                                 ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 42: logic: && at the end of the condition
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 1 && %? probe begin { } %)
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: operator '%?' at <input>:1:14
     source: %( 1 == 1 && %? probe begin { } %)
                          ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:33
     source: %( 1 == 1 && %? probe begin { } %)
                                             ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 43: nest: conditionals nested in both branches
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  a = %( 1 == 1 %? %( 2 == 2 %? "tt" %: "tf" %) %: %( 2 == 2 %? "ft" %: "ff" %) %)
  b = %( 1 == 0 %? %( 2 == 2 %? "tt" %: "tf" %) %: %( 2 == 0 %? "ft" %: "ff" %) %)
}
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = ("tt");
    (b) = ("ff");
}
--- stap_err
--- exitcode: 0

=== TEST 44: nest: three deep, no else branches
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 1 %? %( 2 == 2 %? %( 3 == 3 %? probe begin { } %) %) %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 45: place: around top-level declarations
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == "x86_64" %?
global word = 64
%:
global word = 32
%)
%( CONFIG_KPROBES == "y" %? probe kernel.function("vfs_read") { } %)
--- stap_out
# parse tree dump
# file <input>
global word = 64
probe kernel.function("vfs_read") {
}
--- stap_err
--- exitcode: 0

=== TEST 46: place: inside a probe point, a statement list and an expression
--- args: -r fixtures/kbuild -p1
--- stap
probe %( runtime == "kernel" %? kernel.function("f") %: begin %) {
  %( arch == "x86_64" %? x = 1; y = 2 %: z = 3 %)
  w = 1 %( kernel_v >= "6" %? + 2 %: - 2 %)
}
--- stap_out
# parse tree dump
# file <input>
probe kernel.function("f") {
    (x) = (1);
    (y) = (2);
    (w) = ((1) + (2));
}
--- stap_err
--- exitcode: 0

=== TEST 47: place: an empty branch
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = 1 %( 1 == 0 %? + 2 %) %( 1 == 1 %? %: + 3 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 48: skip: garbage in the untaken branch is never parsed
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == "no-such-arch" %?
this ) is { not : a script ]] probe function global 09 0xzz 1abc $9 @9 `
@undefined_macro(1, 2, @unclosed %{ embedded without -g %}
%: probe begin { } %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 49: skip: garbage in the untaken else branch
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == "x86_64" %? probe begin { } %: probe ) { @nope( %{ %}
 $5 ` 99999999999999999999999 %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 50: skip: a bad nested condition in the untaken branch is not evaluated
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 0 %? %( foo bar baz %? x %: y %) %: probe begin { } %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 51: skip: a nested conditional in the untaken branch still needs its %)
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 0 %? %( 1 == 1 %? x %: probe begin { } %)
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:1:1
     source: %( 1 == 0 %? %( 1 == 1 %? x %: probe begin { } %)
             ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 52: skip: a quote in the untaken branch still eats the rest of its line
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 0 %? %( foo bar %? x %: y %) "abc %: @no %)
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:1:1
     source: %( 1 == 0 %? %( foo bar %? x %: y %) "abc %: @no %)
             ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 53: skip: comments in the untaken branch hide markers
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 0 %? # %:
  /* %) */ x // %)
%: probe begin { } %)
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 54: error: condition needs a string
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( kernel_v > 3 %? 1 %: 2 %) }
--- stap_err
parse error: expected string literal
         at: number '3' at <input>:1:33
     source: probe begin { x = %( kernel_v > 3 %? 1 %: 2 %) }
                                             ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:35
     source: probe begin { x = %( kernel_v > 3 %? 1 %: 2 %) }
                                               ^

parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:40
     source: probe begin { x = %( kernel_v > 3 %? 1 %: 2 %) }
                                                    ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:45
     source: probe begin { x = %( kernel_v > 3 %? 1 %: 2 %) }
                                                         ^

4 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 55: error: wildcard with an order operator
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( kernel_v < "3*" %? 1 %: 2 %) }
--- stap_err
parse error: wildcard not allowed with order comparison operators
         at: operator '<' at <input>:1:31
     source: probe begin { x = %( kernel_v < "3*" %? 1 %: 2 %) }
                                           ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:38
     source: probe begin { x = %( kernel_v < "3*" %? 1 %: 2 %) }
                                                  ^

parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:43
     source: probe begin { x = %( kernel_v < "3*" %? 1 %: 2 %) }
                                                       ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:48
     source: probe begin { x = %( kernel_v < "3*" %? 1 %: 2 %) }
                                                            ^

4 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 56: error: unknown condition
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( foo == 1 %? 1 %: 2 %) }
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: identifier 'foo' at <input>:1:22
     source: probe begin { x = %( foo == 1 %? 1 %: 2 %) }
                                  ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:31
     source: probe begin { x = %( foo == 1 %? 1 %: 2 %) }
                                           ^

parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:36
     source: probe begin { x = %( foo == 1 %? 1 %: 2 %) }
                                                ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:41
     source: probe begin { x = %( foo == 1 %? 1 %: 2 %) }
                                                     ^

4 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 57: error: missing %?
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( 1 == 1 1 %) }
--- stap_err
parse error: expected '%?' marker for conditional
         at: operator '%(' at <input>:1:19
     source: probe begin { x = %( 1 == 1 1 %) }
                               ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:31
     source: probe begin { x = %( 1 == 1 1 %) }
                                           ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 58: error: incomplete condition
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( 1 == %) }
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: number '1' at <input>:1:22
     source: probe begin { x = %( 1 == %) }
                                  ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 59: error: guru_mode takes 0 or 1
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( guru_mode == 2 %? 1 %) }
--- stap_err
parse error: expected 0 or 1
         at: operator '==' at <input>:1:32
     source: probe begin { x = %( guru_mode == 2 %? 1 %) }
                                            ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:37
     source: probe begin { x = %( guru_mode == 2 %? 1 %) }
                                                 ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:42
     source: probe begin { x = %( guru_mode == 2 %? 1 %) }
                                                      ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 60: error: CONFIG_ string is not a number
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( CONFIG_DEFAULT_HOSTNAME == 1 %? 1 %) }
--- stap_err
parse error: Config option value not a number
         at: identifier 'CONFIG_DEFAULT_HOSTNAME' at <input>:1:22
     source: probe begin { x = %( CONFIG_DEFAULT_HOSTNAME == 1 %? 1 %) }
                                  ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:51
     source: probe begin { x = %( CONFIG_DEFAULT_HOSTNAME == 1 %? 1 %) }
                                                               ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:56
     source: probe begin { x = %( CONFIG_DEFAULT_HOSTNAME == 1 %? 1 %) }
                                                                    ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 61: error: arch takes == or !=
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( arch < "x" %? 1 %: 2 %) }
--- stap_err
parse error: expected '==' or '!='
         at: operator '<' at <input>:1:27
     source: probe begin { x = %( arch < "x" %? 1 %: 2 %) }
                                       ^

parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:33
     source: probe begin { x = %( arch < "x" %? 1 %: 2 %) }
                                             ^

parse error: incomplete conditional - missing '%('
         at: operator '%:' at <input>:1:38
     source: probe begin { x = %( arch < "x" %? 1 %: 2 %) }
                                                  ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:43
     source: probe begin { x = %( arch < "x" %? 1 %: 2 %) }
                                                       ^

4 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 62: error: duplicate %:
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( 1 == 1 %? 1 %: 2 %: 3 %) }
--- stap_err
parse error: invalid conditional - duplicate '%:'
         at: operator '%:' at <input>:1:39
     source: probe begin { x = %( 1 == 1 %? 1 %: 2 %: 3 %) }
                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 63: error: stray %?
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = 1 %? 2 }
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:21
     source: probe begin { x = 1 %? 2 }
                                 ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 64: error: unclosed conditional
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = %( 1 == 1 %? 1 
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:1:19
     source: probe begin { x = %( 1 == 1 %? 1 
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 65: error: %( at the end of the input
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { } %(
--- stap_err
parse error: incomplete condition after '%('
         at: operator '%(' at <input>:1:17
     source: probe begin { } %(
                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 66: error: condition cut short by %?
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == %? probe begin { } %)
--- stap_err
parse error: expected string literal
         at: operator '%?' at <input>:1:12
     source: %( arch == %? probe begin { } %)
                        ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:31
     source: %( arch == %? probe begin { } %)
                                           ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 67: error: condition without an operator
--- args: -r fixtures/kbuild -p1
--- stap
%( arch "x86_64" %? probe begin { } %)
--- stap_err
parse error: expected string literal
         at: operator '%?' at <input>:1:18
     source: %( arch "x86_64" %? probe begin { } %)
                              ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:37
     source: %( arch "x86_64" %? probe begin { } %)
                                                 ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 68: error: %: before %?
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == "x86_64" %: probe begin { } %)
--- stap_err
parse error: expected '%?' marker for conditional
         at: operator '%(' at <input>:1:1
     source: %( arch == "x86_64" %: probe begin { } %)
             ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:40
     source: %( arch == "x86_64" %: probe begin { } %)
                                                    ^

2 parse errors.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 69: error: a second %? in the branch
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 1 %? probe begin { } %? probe end { } %)
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%?' at <input>:1:30
     source: %( 1 == 1 %? probe begin { } %? probe end { } %)
                                          ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 70: error: %( with no condition
--- args: -r fixtures/kbuild -p1
--- stap
%( %? probe begin { } %)
--- stap_err
parse error: expected 'arch', 'kernel_v', 'kernel_vr', 'systemtap_v',
             'runtime', 'systemtap_privilege', 'CONFIG_...', or
             comparison between strings or integers
         at: operator '%?' at <input>:1:4
     source: %( %? probe begin { } %)
                ^

parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:23
     source: %( %? probe begin { } %)
                                   ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 71: error: unclosed conditional inside a probe
--- args: -r fixtures/kbuild -p1
--- stap
probe begin {
  x = %( 1 == 1 %? 1 %: 2
}
--- stap_err
parse error: incomplete conditional at end of file
         at: operator '%(' at <input>:2:7
     source:   x = %( 1 == 1 %? 1 %: 2
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 72: error: stray %) after a finished conditional
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 1 %? probe begin { } %) %)
--- stap_err
parse error: incomplete conditional - missing '%('
         at: operator '%)' at <input>:1:33
     source: %( 1 == 1 %? probe begin { } %) %)
                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 73: macro: without parameters
--- args: -r fixtures/kbuild -p1
--- stap
@define pi %( 314 %)
@define hello %( "hello" %)
probe begin { x = @pi * 2; println(@hello) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((314) * (2));
    println("hello");
}
--- stap_err
--- exitcode: 0

=== TEST 74: macro: with parameters, arguments with commas inside parentheses
--- args: -r fixtures/kbuild -p1
--- stap
@define add(a, b) %( (@a + @b) %)
probe begin { x = @add(1, 2); y = @add(f(1, 2), g(3, 4)); w = @add("a" "b", (5)) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((1) + (2));
    (y) = ((f(1, 2)) + (g(3, 4)));
    (w) = (("ab") + (5));
}
--- stap_err
--- exitcode: 0

=== TEST 75: macro: brackets group a macro argument too
--- args: -r fixtures/kbuild -p1
--- stap
@define second(a, b) %( @b %)
probe begin { y = @second(1, [3, 4] in z) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (y) = ([3, 4] in z);
}
--- stap_err
--- exitcode: 0

=== TEST 76: macro: a repeated parameter name binds the last argument
--- args: -r fixtures/kbuild -p1
--- stap
@define f(a, a) %( @a %)
probe begin { x = @f(1, 2) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (2);
}
--- stap_err
--- exitcode: 0

=== TEST 77: macro: nested invocations
--- args: -r fixtures/kbuild -p1
--- stap
@define add(a, b) %( (@a + @b) %)
probe begin { x = @add(@add(1, 2), @add(3, @add(4, 5))) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (((1) + (2)) + ((3) + ((4) + (5))));
}
--- stap_err
--- exitcode: 0

=== TEST 78: macro: a macro calling a macro
--- args: -r fixtures/kbuild -p1
--- stap
@define add(a, b) %( (@a + @b) %)
@define twice(x) %( @add(@x, @x) %)
@define quad(x) %( @twice(@twice(@x)) %)
probe begin { y = @quad(v) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (y) = (((v) + (v)) + ((v) + (v)));
}
--- stap_err
--- exitcode: 0

=== TEST 79: macro: defined after a macro that uses it
--- args: -r fixtures/kbuild -p1
--- stap
@define outer %( @inner * 2 %)
@define inner %( 21 %)
probe begin { x = @outer }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ((21) * (2));
}
--- stap_err
--- exitcode: 0

=== TEST 80: macro: used before its definition
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = @later }
@define later %( 1 %)
--- stap_err
parse error: unknown operator @later
        saw: operator '@later' at <input>:1:19
     source: probe begin { x = @later }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 81: macro: expands to several statements and to a probe header
--- args: -r fixtures/kbuild -p1
--- stap
@define hdr(p) %( probe @p %)
@define two %( a = 1; b = 2 %)
@hdr(begin) { @two }
@hdr(end) { }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = (1);
    (b) = (2);
}
probe end {
}
--- stap_err
--- exitcode: 0

=== TEST 82: macro: expands to unbalanced tokens
--- args: -r fixtures/kbuild -p1
--- stap
@define open %( { %)
@define close %( } %)
probe begin @open x = 1 @close
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
}
--- stap_err
--- exitcode: 0

=== TEST 83: macro: an empty body and an empty argument
--- args: -r fixtures/kbuild -p1
--- stap
@define nothing %( %)
@define id(a) %( @a %)
probe begin { x = 1 @nothing; y = 2 @id() }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
    (y) = (2);
}
--- stap_err
--- exitcode: 0

=== TEST 84: macro: a conditional in the body is evaluated at each use
--- args: -r fixtures/kbuild -p1
--- stap
@define wordsize %( %( arch == "x86_64" %? 64 %: 32 %) %)
probe begin { x = @wordsize }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (64);
}
--- stap_err
--- exitcode: 0

=== TEST 85: macro: parameter names shadow macro names
--- args: -r fixtures/kbuild -p1
--- stap
@define a %( "macro a" %)
@define f(a) %( @a %)
probe begin { x = @f(1); y = @a }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
    (y) = ("macro a");
}
--- stap_err
--- exitcode: 0

=== TEST 86: macro: a macro named like a built-in @ operator is replaced (with a warning)
--- args: -r fixtures/kbuild -p1
--- stap
@define entry(x) %( (@x + 1) %)
probe begin { y = @entry(2) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (y) = ((2) + (1));
}
--- stap_err
WARNING: macro redefines built-in operator '@entry': identifier 'entry' at <input>:1:9
 source: @define entry(x) %( (@x + 1) %)
                 ^
--- exitcode: 0

=== TEST 87: macro: recursion (stap 4.8 hangs; we stop it)
--- args: -r fixtures/kbuild -p1
--- stap
@define r %( 1 + @r %)
probe begin { x = @r }
--- stap_out
--- stap_err
parse error: recursive macro invocation '@r'
         at: operator '@r' at <input>:1:18
     source: @define r %( 1 + @r %)
                              ^
	in expansion of macro: operator '@r' at <input>:2:19
     source: probe begin { x = @r }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 88: macro: mutual recursion (stap 4.8 hangs; we stop it)
--- args: -r fixtures/kbuild -p1
--- stap
@define a %( 1 + @b %)
@define b %( @a %)
probe begin { x = @b }
--- stap_out
--- stap_err
parse error: recursive macro invocation '@b'
         at: operator '@b' at <input>:1:18
     source: @define a %( 1 + @b %)
                              ^
	in expansion of macro: operator '@a' at <input>:2:14
     source: @define b %( @a %)
                          ^
	in expansion of macro: operator '@b' at <input>:3:19
     source: probe begin { x = @b }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 89: macro: recursion through a macro with parameters (stap 4.8 says "expected '(' in invocation of macro '@b'" at a stale token, 3:17; we report the recursion)
--- args: -r fixtures/kbuild -p1
--- stap
@define a %( @b %)
@define b(x) %( @a %)
probe begin { x = @b(1) }
--- stap_out
--- stap_err
parse error: recursive macro invocation '@b'
         at: operator '@b' at <input>:1:14
     source: @define a %( @b %)
                          ^
	in expansion of macro: operator '@a' at <input>:2:17
     source: @define b(x) %( @a %)
                             ^
	in expansion of macro: operator '@b' at <input>:3:19
     source: probe begin { x = @b(1) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 90: macro: error in an argument reported in the expansion of two macros
--- args: -r fixtures/kbuild -p1
--- stap
@define add(a, b) %( (@a + @b) %)
@define twice(x) %( @add(@x, @x) %)
probe begin {
  y = @twice(1 *)
}
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:30
     source: @define add(a, b) %( (@a + @b) %)
                                          ^
	in expansion of macro: operator '@add' at <input>:2:21
     source: @define twice(x) %( @add(@x, @x) %)
                                 ^
	in expansion of macro: operator '@twice' at <input>:4:7
     source:   y = @twice(1 *)
                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 91: macro: an incomplete body is reported where parsing fails, after the use
--- args: -r fixtures/kbuild -p1
--- stap
@define bad %( 1 + %)
probe begin {
	x = @bad
}
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:4:1
     source: }
             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 92: macro: @f() passes one empty argument
--- args: -r fixtures/kbuild -p1
--- stap
@define f(a) %( @a %)
probe begin { x = @f() }
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:2:24
     source: probe begin { x = @f() }
                                    ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 93: macro: parentheses after a macro without parameters are not its arguments
--- args: -r fixtures/kbuild -p1
--- stap
@define g %( 1 %)
probe begin { x = @g(2) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
    2;
}
--- stap_err
--- exitcode: 0

=== TEST 94: macro: unknown macro inside a macro body
--- args: -r fixtures/kbuild -p1
--- stap
@define f %( @nosuch %)
probe begin { x = @f }
--- stap_err
parse error: unknown operator @nosuch
        saw: operator '@nosuch' at <input>:1:14
     source: @define f %( @nosuch %)
                          ^
	in expansion of macro: operator '@f' at <input>:2:19
     source: probe begin { x = @f }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 95: macro: @define inside a probe
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { @define x %( 1 %) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
--- stap_err
--- exitcode: 0

=== TEST 96: macro: a parameter used outside its macro
--- args: -r fixtures/kbuild -p1
--- stap
@define f(a) %( @a %)
probe begin { x = @a }
--- stap_err
parse error: unknown operator @a
        saw: operator '@a' at <input>:2:19
     source: probe begin { x = @a }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 97: macro: a conditional around a @define
--- args: -r fixtures/kbuild -p1
--- stap
%( arch == "x86_64" %? @define w %( 64 %) %: @define w %( 32 %) %)
probe begin { x = @w }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (64);
}
--- stap_err
--- exitcode: 0

=== TEST 98: macro: too few parameters
--- args: -r fixtures/kbuild -p1
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

=== TEST 99: macro: too many parameters
--- args: -r fixtures/kbuild -p1
--- stap
@define foo(a,b) %( @a + @b %) probe begin { x = @foo(1,2,3) }
--- stap_err
parse error: too many parameters for macro '@foo' (expected 2)
         at: operator ',' at <input>:1:58
     source: @define foo(a,b) %( @a + @b %) probe begin { x = @foo(1,2,3) }
                                                                      ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 100: macro: missing (
--- args: -r fixtures/kbuild -p1
--- stap
@define foo(a) %( @a %) probe begin { x = @foo }
--- stap_err
parse error: expected '(' in invocation of macro '@foo' taking 1 parameter
         at: operator '}' at <input>:1:48
     source: @define foo(a) %( @a %) probe begin { x = @foo }
                                                            ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 101: macro: unterminated invocation
--- args: -r fixtures/kbuild -p1
--- stap
@define foo(a) %( @a %) probe begin { x = @foo(1
--- stap_err
parse error: could not find end of macro invocation
         at: operator '@foo' at <input>:1:43
     source: @define foo(a) %( @a %) probe begin { x = @foo(1
                                                       ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 102: macro: unterminated definition
--- args: -r fixtures/kbuild -p1
--- stap
@define foo %( 1 
--- stap_err
parse error: incomplete macro definition - missing '%)'
         at: identifier 'foo' at <input>:1:9
     source: @define foo %( 1 
                     ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 103: macro: name must be an identifier
--- args: -r fixtures/kbuild -p1
--- stap
@define 1 %( 1 %)
--- stap_err
parse error: expected identifier
         at: number '1' at <input>:1:9
     source: @define 1 %( 1 %)
                     ^

parse error: incomplete condition after '%('
         at: operator '%(' at <input>:1:11
     source: @define 1 %( 1 %)
                       ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 104: macro: body must be %( %)
--- args: -r fixtures/kbuild -p1
--- stap
@define foo 1
--- stap_err
parse error: expected '%(' or '('
         at: number '1' at <input>:1:13
     source: @define foo 1
                         ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 105: macro: parameter list
--- args: -r fixtures/kbuild -p1
--- stap
@define foo(a b) %( 1 %)
--- stap_err
parse error: expected ',' or ')'
         at: identifier 'b' at <input>:1:15
     source: @define foo(a b) %( 1 %)
                           ^

parse error: incomplete condition after '%('
         at: operator '%(' at <input>:1:18
     source: @define foo(a b) %( 1 %)
                              ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 106: macro: @define cannot be redefined
--- args: -r fixtures/kbuild -p1
--- stap
@define define %( 1 %)
--- stap_err
parse error: attempt to redefine '@define'
         at: identifier 'define' at <input>:1:9
     source: @define define %( 1 %)
                     ^

parse error: incomplete condition after '%('
         at: operator '%(' at <input>:1:16
     source: @define define %( 1 %)
                            ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 107: macro: error inside an expansion names the invocation
--- args: -r fixtures/kbuild -p1
--- stap
@define foo(a) %( (@a) %) probe begin { x = @foo(1 +) }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at <input>:1:22
     source: @define foo(a) %( (@a) %) probe begin { x = @foo(1 +) }
                                  ^
	in expansion of macro: operator '@foo' at <input>:1:45
     source: @define foo(a) %( (@a) %) probe begin { x = @foo(1 +) }
                                                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 108: macro: conditional inside a macro argument
--- args: -r fixtures/kbuild -p1
--- stap
@define m(c) %( %( @c %? @yes %: @no %) %) @m(arch == "x86_64" && 1 == 0 || kernel_v >= "6")
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '@yes' at <input>:1:26
     source: @define m(c) %( %( @c %? @yes %: @no %) %) @m(arch == "x86_64" && 1 == 0 || kernel_v >= "6")
                                      ^
	in expansion of macro: operator '@m' at <input>:1:44
     source: @define m(c) %( %( @c %? @yes %: @no %) %) @m(arch == "x86_64" && 1 == 0 || kernel_v >= "6")
                                                        ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 109: macro: nested invocations through arguments
--- args: -r fixtures/kbuild -p1
--- stap
@define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '@yes' at <input>:1:52
     source: @define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
                                                                ^
	in expansion of macro: operator '@a' at <input>:1:42
     source: @define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
                                                      ^
	in expansion of macro: operator '@a' at <input>:1:17
     source: @define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
                             ^
	in expansion of macro: operator '@f' at <input>:1:39
     source: @define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
                                                   ^
	in expansion of macro: operator '@g' at <input>:1:49
     source: @define f(a) %( @a %) @define g(a) %( @f(@a) %) @g(@yes)
                                                             ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 110: macro: @define in an untaken branch defines nothing
--- args: -r fixtures/kbuild -p1
--- stap
%( 1 == 0 %? @define x %( 1 %) %) @x
--- stap_err
parse error: expected 'probe', 'global', 'private', 'function', or '%{'
        saw: operator '@x' at <input>:1:35
     source: %( 1 == 0 %? @define x %( 1 %) %) @x
                                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 111: macro: @define inside a macro body
--- args: -r fixtures/kbuild -p1
--- stap
@define f %( @define g %( 1 %) %) @f
--- stap_err
parse error: '@define' forbidden inside macro body
         at: operator '@define' at <input>:1:14
     source: @define f %( @define g %( 1 %) %) @f
                          ^
	in expansion of macro: operator '@f' at <input>:1:35
     source: @define f %( @define g %( 1 %) %) @f
                                               ^

parse error: incomplete condition after '%('
         at: operator '%(' at <input>:1:24
     source: @define f %( @define g %( 1 %) %) @f
                                    ^
	in expansion of macro: operator '@f' at <input>:1:35
     source: @define f %( @define g %( 1 %) %) @f
                                               ^

Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 112: library: macros from an .stpm file on the -I path
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm
--- stap
probe begin { x = @fx_one; y = @fx_add(2, 3); z = @fx_two }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (1);
    (y) = ((2) + (3));
    (z) = ((1) + (1));
}
--- stap_err
--- exitcode: 0

=== TEST 113: library: only the target arch's subdirectory is searched (x86_64/, not i386/)
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm
--- stap
probe begin { x = @fx_arch }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("x86_64");
}
--- stap_err
--- exitcode: 0

=== TEST 114: library: conditionals in an .stpm file see the target
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm
--- stap
probe begin { x = @fx_kernel }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = ("new");
}
--- stap_err
--- exitcode: 0

=== TEST 115: library: a script macro shadows a library macro, even inside library macro bodies
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm
--- stap
@define fx_one %( 100 %)
probe begin { x = @fx_one; y = @fx_two }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    (x) = (100);
    (y) = ((100) + (100));
}
--- stap_err
--- exitcode: 0

=== TEST 116: library: not loaded without -I
--- args: -r fixtures/kbuild -p1
--- stap
probe begin { x = @fx_one }
--- stap_err
parse error: unknown operator @fx_one
        saw: operator '@fx_one' at <input>:1:19
     source: probe begin { x = @fx_one }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 117: library: an error in an .stpm file skips the file
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm/err
--- stap
probe begin { x = 1 }
--- stap_err
parse error: unexpected token in library macro file 'fixtures/stpm/err/bad.stpm'
         at: keyword at fixtures/stpm/err/bad.stpm:3:1
     source: probe begin { }
             ^

WARNING: macro tapset "fixtures/stpm/err/bad.stpm" has errors, and will be skipped.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 118: library: a macro from a skipped file is unknown
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm/err
--- stap
probe begin { x = @fx_lost }
--- stap_err
parse error: unexpected token in library macro file 'fixtures/stpm/err/bad.stpm'
         at: keyword at fixtures/stpm/err/bad.stpm:3:1
     source: probe begin { }
             ^

WARNING: macro tapset "fixtures/stpm/err/bad.stpm" has errors, and will be skipped.
parse error: unknown operator @fx_lost
        saw: operator '@fx_lost' at <input>:1:19
     source: probe begin { x = @fx_lost }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 119: library: two files defining one macro: the one read later is skipped
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm/dup
--- stap
probe begin { x = @fx_dup }
--- stap_err
parse error: duplicate definition of library macro '@fx_dup'
         at: identifier 'fx_dup' at fixtures/stpm/dup/second.stpm:2:9
     source: @define fx_dup %( 2 %)
                     ^

parse error: macro '@fx_dup' first defined here
         at: identifier 'fx_dup' at fixtures/stpm/dup/x86_64/first.stpm:1:9
     source: @define fx_dup %( 1 %)
                     ^

WARNING: macro tapset "fixtures/stpm/dup/second.stpm" has errors, and will be skipped.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 120: library: error in a library macro's expansion names the script's use
--- args: -r fixtures/kbuild -p1 -I fixtures/stpm
--- stap
probe begin { x = @fx_add(1, ) }
--- stap_err
parse error: expected literal string or number
        saw: operator ')' at fixtures/stpm/basic.stpm:3:33
     source: @define fx_add(a, b) %( (@a + @b) %)
                                             ^
	in expansion of macro: operator '@fx_add' at <input>:1:19
     source: probe begin { x = @fx_add(1, ) }
                               ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1


=== TEST 121: a macro of a -I directory's library shadows the default library's of the same name, without a duplicate-definition error
--- args: -p1 -I fixtures/stpm-shadow
--- stap
probe begin { println(@choose_defined(1, 2)) }
--- stap_out_like
println\(42\)
--- stap_err
