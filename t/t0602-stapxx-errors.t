# stap++: every error and warning, with stapxx's texts, the file and the
# line; each one exits non-zero (or, for a warning, goes on).

=== TEST 1: no input file
--- sxx
unused: the command below runs stap++ alone
--- args: --dump-src -e "$("$STAPXX" 2>&1; echo "exit $?")"
--- stap_out chomp
No input file specified.
exit 1

=== TEST 2: an input file that cannot be read
--- sxx
unused
--- args: /nonexistent/x.sxx
--- stap_err
Cannot open /nonexistent/x.sxx for reading: No such file or directory
--- exitcode: 1

=== TEST 3: an undefined $*variable, with the line
--- sxx
probe begin {
  x = $*nope->y
}
--- args: --dump-src
--- stap_err
<input>: line 2: Undefined user varaible $*nope.
--- exitcode: 1

=== TEST 4: a $*variable is defined for its own file only (module path and line)
--- sxx
@use bad.undef
--- args: --dump-src -I stapxx/lib
--- stap_err
stapxx/lib/bad/undef.sxx: line 4: Undefined user varaible $*q.
--- exitcode: 1

=== TEST 5: an unknown trait
--- sxx

x = $^arg_a :fallback(1)
--- args: --dump-src
--- stap_err
<input>: line 2: unknown trait name: fallback
--- exitcode: 1

=== TEST 6: $^exec_path without -x or --exec
--- sxx
probe process("$^exec_path").begin {}
--- args: --dump-src
--- stap_err
<input>: line 1: $^exec_path is used but neither -x <pid> nor --exec <path> is specified.
--- exitcode: 1

=== TEST 7: @pfunc needs $^exec_path too
--- sxx
// line 1
probe @pfunc(main) {}
--- args: --dump-src
--- stap_err
<input>: line 2: $^exec_path is used but neither -x <pid> nor --exec <path> is specified.
--- exitcode: 1

=== TEST 8: $^arg_NAME without --arg and without a default, in a file
--- args: --dump-src stapxx/errors.sxx
--- sxx
unused
--- stap_err
stapxx/errors.sxx: line 3: $^arg_missing is used but no --arg missing=VAL option is specified.
--- exitcode: 1

=== TEST 9: a library that is not loaded, and no executable to fall back on
--- sxx
"$^libfoo_path"
--- args: --dump-src
--- stap_err
<input>: line 1: libfoo is not found, assuming it is statically linked.
No -x <pid> option is specified.
--- exitcode: 1

=== TEST 10: an undefined built-in variable
--- sxx
x = $^nosuch
--- args: --dump-src
--- stap_err
<input>: line 1: Undefined built-in variable $^nosuch.
--- exitcode: 1

=== TEST 11: $^pid_ok needs a target
--- sxx
if ($^pid_ok) {}
--- args: --dump-src
--- stap_err
<input>: line 1: Undefined built-in variable $^pid_ok.
--- exitcode: 1

=== TEST 12: a module that is nowhere on the path
--- sxx

@use greet.hello, no.such
--- args: --dump-src -I stapxx/lib
--- stap_err
<input>: line 2: cannot find @use library no.such
--- exitcode: 1

=== TEST 13: a cycle of @use
--- sxx
@use cyc.a
--- args: --dump-src -I stapxx/lib
--- stap_err
stapxx/lib/cyc/b.sxx: line 3: @use cycle: cyc.a -> cyc.b -> cyc.a
--- exitcode: 1

=== TEST 14: an --arg value that expands into itself
--- sxx
x = $^arg_a
--- args: --dump-src --arg a='<$^arg_a>'
--- stap_err
<input>: line 1: $^arg_a expands into itself (--arg values nest more than 16 deep).
--- exitcode: 1

=== TEST 15: --args with --arg
--- sxx
x = $^arg_a
--- args: --args --arg a=1
--- stap_err
No --arg is allowed when --args is specified.
--- exitcode: 1

=== TEST 16: -x and --master together
--- sxx
x
--- args: -x $$ --master $$ --dump-src
--- stap_err
-x <pid> and --master <pid> are exclusive.
--- exitcode: 1

=== TEST 17: -x of a process that is not there
--- sxx
x
--- args: -x 2147483647 --dump-src
--- stap_err
Nginx process 2147483647 is not running or you do not have enough permissions.
--- exitcode: 1

=== TEST 18: --master of a process without children
--- sxx
x
--- args: --master $$ --dump-src
--- stap_err_like
^No child processes found for \d+\.$
--- exitcode: 1

=== TEST 19: --exec of a file that is not there
--- sxx
x
--- args: --exec /nonexistent/nginx --dump-src
--- stap_err
/nonexistent/nginx not found.
--- exitcode: 1

=== TEST 20: a pid that is not a number
--- sxx
x
--- args: -x abc
--- stap_err_like
^Value "abc" invalid for option x \(number expected\)$
^Usage:$
--- exitcode: 1

=== TEST 21: --arg without a value
--- sxx
x
--- args: --arg time
--- stap_err_like
^--arg time: expected NAME=VALUE$
--- exitcode: 1

=== TEST 22: an unknown option
--- sxx
x
--- args: --bogus
--- stap_err_like
unrecognized option '--bogus'
^Usage:$
--- exitcode: 1

=== TEST 23: an --arg the script never uses is warned about
--- sxx
probe begin { }
--- args: -p1 --arg time=5 --arg unused='a b'
--- stap_err
WARNING: $^arg_time is defined by "--arg time=5", but never used.
WARNING: $^arg_unused is defined by "--arg unused=a b", but never used.
--- stap_out_like
^probe begin

=== TEST 24: no stap to run
--- sxx
unused
--- args: --dump-src -e "$(STAP=/nonexistent/stap "$STAPXX" -e 'probe begin {}' 2>&1; echo "exit $?")"
--- stap_out chomp
Systemtap not installed or its "/nonexistent/stap" utility is not visible: No such file or directory
exit 1

=== TEST 25: stap's parse error positions point into the .sxx (line, column)
--- sxx
probe @pfunc(main) {
  $*r := @cast(p, "ngx_http_request_t", "$^exec_path")
  x = $*r->uri +
}
--- args: -p1 --exec /usr/sbin/nginx
--- stap_err_like
^\s+saw: operator '\}' at <input>:4:1$
--- exitcode: 1

=== TEST 26: a column after an expanded macro is the column in the .sxx
--- sxx
probe begin { x = "$^exec_path" + ; }
--- args: -p1 --exec /usr/sbin/nginx
--- stap_err_like
^\s+saw: operator ';' at <input>:1:35$
^     source: probe begin \{ x = "\$\^exec_path" \+ ; \}$
^ {47}\^$
--- exitcode: 1

=== TEST 27: positions in a file are FILE.sxx:LINE:COL
--- sxx
unused
--- args: -p1 --exec /usr/sbin/nginx stapxx/bad-parse.sxx
--- stap_err_like
^\s+saw: operator '\)' at stapxx/bad-parse\.sxx:3:33$
^     source:   printf\("%s\\n", "\$\^exec_path" \)\)$
^ {45}\^$
--- exitcode: 1

=== TEST 28: the temporary directory is removed at exit, even on an error
--- sxx
unused
--- args: --dump-src -e "$(d=$(mktemp -d) && TMPDIR=$d "$STAPXX" -p1 -e 'probe begin { x = }' >/dev/null 2>&1; ls -A "$d"; rmdir "$d" && echo gone)"
--- stap_out chomp
gone
