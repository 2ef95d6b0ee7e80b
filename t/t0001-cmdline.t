# The stap command line: SystemTap's options, its messages for bad ones,
# how the script is found, and the empty-script rules.

=== TEST 1: -e script with -p1 prints the parse tree
--- args: -p1 -e 'probe begin { exit() }'
--- stap_out
# parse tree dump
# file <input>
probe begin {
    exit();
}

=== TEST 2: script on stdin is named <input>
--- stap
probe begin { exit() }
--- args: -p1
--- stap_out_like
^# file <input>$

=== TEST 3: script from a file keeps its path
--- args: -p1 $T_ROOT/samples/hello.stp
--- stap_out_like
^# file .*/samples/hello\.stp$
println\("hello"\)

=== TEST 4: a missing script file
--- args: -p1 /nonexistent/x.stp
--- stap_err
Input file '/nonexistent/x.stp' is missing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 5: no script at all
--- args: -p1
--- stap_err
A script must be specified.
Try '--help' for more information. [man stap]
--- exitcode: 1

=== TEST 6: two -e scripts
--- args: -p1 -e 'probe begin {}' -e 'probe end {}'
--- stap_err
Only one script can be given on the command line.
--- exitcode: 1

=== TEST 7: bad pass number
--- args: -p9 -e 'probe begin {}'
--- stap_err
Invalid pass number (should be 1-5).
--- exitcode: 1

=== TEST 8: pass number that is not a number
--- args: -px -e 'probe begin {}'
--- stap_err
Invalid pass number (should be 1-5).
--- exitcode: 1

=== TEST 9: unknown long option
--- args: -p1 --foo -e 'probe begin {}'
--- stap_err
stap: unrecognized option '--foo'
Try '--help' for more information. [man stap]
--- exitcode: 1

=== TEST 10: unknown short option
--- args: -p1 -y -e 'probe begin {}'
--- stap_err
stap: invalid option -- 'y'
Try '--help' for more information. [man stap]
--- exitcode: 1

=== TEST 11: bad --runtime
--- args: -p1 --runtime=foo -e 'probe begin {}'
--- stap_err
ERROR: foo is an invalid argument for --runtime
--- exitcode: 1

=== TEST 12: --runtime=bpf and --bpf are accepted at pass 1
--- args: -p1 --runtime=bpf --bpf -e 'probe begin {}'
--- stap_out_like
^probe begin \{$

=== TEST 13: options of later passes are accepted and kept
--- args: -p1 -v -k -u -w -g -m mymod -o /dev/null -x 1 -c true -s 4 -T 5 -D MAXACTION=10 -B V=1 -G g=1 -d /bin/true --ldd --skip-badvars --compatible=4.0 --privilege=stapdev --sysroot=/ --tmpdir=/tmp --modinfo a=b -I /tmp -r fixtures/kbuild -e 'probe begin {}'
--- stap_out_like
^probe begin \{$
--- stap_err_like
^Pass 1: parsed user script

=== TEST 14: options SystemTap has and we refuse are named
--- args: -p1 --use-server -e 'probe begin {}'
--- stap_err
stap: option '--use-server' is not supported by this stap
--- exitcode: 1

=== TEST 15: flight recorder is refused
--- args: -p1 -F -e 'probe begin {}'
--- stap_err
stap: option '-F' (flight recorder) is not supported by this stap
--- exitcode: 1

=== TEST 16: bad --privilege
--- args: -p1 --privilege=root -e 'probe begin {}'
--- stap_err
Invalid argument 'root' for --privilege.
--- exitcode: 1

=== TEST 17: bad -x
--- args: -p1 -x abc -e 'probe begin {}'
--- stap_err
stap: invalid argument 'abc' for option -x
--- exitcode: 1

=== TEST 18: --help prints usage to stdout
--- args: --help
--- stap_out_like
^Usage: stap \[options\] FILE
^   -p NUM     stop after pass NUM 1-5

=== TEST 19: --version
--- args: --version
--- stap_out_like
^Systemtap-compatible translator/driver \(version [0-9.]+, language 4\.8\)$

=== TEST 20: an empty script
--- args: -p1 -e ''
--- stap_err
Input file '<input>' is empty.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 21: a script of comments only is empty
--- stap
# nothing
// here
/* at all */
--- args: -p1
--- stap_err
Input file '<input>' is empty.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 22: a script emptied by a conditional
--- stap
%( arch == "no-such-arch" %? probe begin {} %)
--- args: -p1
--- stap_err
Input file '<input>' is empty after preprocessing.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 23: -E scripts are parsed too and named <input1>...
--- args: -p1 -e 'probe begin {}' -E 'probe end {}' -E ''
--- stap_err
Input file '<input2>' is empty.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 24: -E script printed after the main one
--- args: -p1 -e 'probe begin {}' -E 'probe end {}'
--- stap_out
# parse tree dump
# file <input>
probe begin {
}
# parse tree dump
# file <input1>
probe end {
}

=== TEST 25: script arguments after the file become $1 and @1
--- stap
probe begin { x = $1; y = @2; z = $# }
--- args: -p1
--- script_args: 42 hello
--- stap_out_like
\(x\) = \(42\)
\(y\) = \("hello"\)
\(z\) = \(2\)

=== TEST 26: after --, arguments that look like options are script arguments (stap 4.8)
--- stap
probe begin { x = @1 }
--- args: -p1
--- script_args: -- -v
--- stap_out_like
\(x\) = \("-v"\)

=== TEST 27: -p3 stops after translation and prints the C
--- args: -p3 -e 'probe begin { println(1) }'
--- stap_out_like
^#include "stp_runtime.h"$
--- stap_err

=== TEST 28: -l needs no script (t0108 has the listing itself)
--- args: -l 'begin'
--- stap_out
begin
--- stap_err

=== TEST 29: similar errors are counted, not repeated
--- stap
probe begin { x = 1 + } probe end { y = 2 * ]} probe foo { z = ; }
--- args: -p1
--- stap_err
parse error: expected literal string or number
        saw: operator '}' at <input>:1:23
     source: probe begin { x = 1 + } probe end { y = 2 * ]} probe foo { z = ; }
                                   ^

3 parse errors.
Pass 1: parse failed.  [man error::pass1]
Number of similar error messages suppressed: 2.
Rerun with -v to see them.
--- exitcode: 1

=== TEST 30: -v shows every error
--- stap
probe begin { x = 1 + } probe end { y = 2 * ]}
--- args: -p1 -v
--- stap_err_like
saw: operator '\}' at <input>:1:23
saw: operator '\]' at <input>:1:45
^2 parse errors\.$
--- exitcode: 1

=== TEST 31: -v reports pass 2 in stap's words, with its counts
--- stap
global g
function f() { return 2 }
probe begin { g = f(); println(g) }
probe end { println(g) }
--- args: -v -p2
--- stap_out_like
^# probes$
--- stap_err_like
^Pass 1: parsed user script using \d+res kb, in \d+usr/\d+sys/\d+real ms\.$
^Pass 2: analyzed script: 2 probes, 1 function, 0 embeds, 1 global using \d+res kb, in \d+usr/\d+sys/\d+real ms\.$

=== TEST 32: --all-modules is accepted (kernel symbols come from kallsyms, every loaded module included)
--- stap
probe begin { println(symname(0)) }
--- args: --all-modules -p2
--- stap_out_like
^# probes$

=== TEST 33: options after the script are options, as stap 4.8 parses them (the examples' .meta lines say `stap -p4 ltrace.stp -c ls`)
--- stap
probe begin { printf("%d %s\n", $#, @1) }
--- args: -p1
--- script_args: x -c ls
--- stap_out_like
printf\("%d %s\\n", 1, "x"\);
