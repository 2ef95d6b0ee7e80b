# stap++: the options it hands to stap (seen with -v, which prints the
# stap command line), --args, --help, and script arguments.

=== TEST 1: default -D MAXACTION, MAXMAPENTRIES, MAXBACKTRACE
--- sxx
probe begin { }
--- args: -v -p1
--- stap_err_like
^stap\+\+: running: \S+ -v -DMAXACTION=100000 -DMAXMAPENTRIES=5000 -DMAXBACKTRACE=200 -I \S+ -p 1 -$

=== TEST 2: a -D given replaces its default, others pass as they are
--- sxx
probe begin { }
--- args: -v -p1 -D MAXACTION=5 -DFOO=1 -D MAXBACKTRACE=9
--- stap_err_like
^stap\+\+: running: \S+ -v -DMAXACTION=5 -DFOO=1 -DMAXBACKTRACE=9 -DMAXMAPENTRIES=5000 -I
^stap\+\+: running: (?!.*MAXACTION=100000)(?!.*MAXBACKTRACE=200)

=== TEST 3: -d for the executable and each library ldd lists, -d as given
--- sxx
probe begin { }
--- args: -v -p1 -d /bin/ls --exec /usr/sbin/nginx
--- stap_err_like
^stap\+\+: running: \S+ -v -d /bin/ls -D\S+ -D\S+ -D\S+ -d /usr/sbin/nginx -d \S+ .*-d /lib/x86_64-linux-gnu/libpcre2-8\.so\.0 .*-d /lib/x86_64-linux-gnu/libz\.so\.1 -I

=== TEST 4: -x PID: -x for stap, -d for its exe and its mapped libraries
--- sxx
probe begin { }
--- args: -v -p1 -x $$
--- stap_err_like
^stap\+\+: running: .* -x (\d+) -d /\S+/stap\+\+[-\w]* .*-d /\S+/libpcre2-8\.so[.\d]* 

=== TEST 5: --sample-pid adds the libraries of another process
--- sxx
probe begin { }
--- args: -v -p1 --exec /usr/sbin/nginx --sample-pid $$
--- stap_err_like
^stap\+\+: running: .* -d /usr/lib/x86_64-linux-gnu/libpcre2-8\.so[.\d]* 

=== TEST 6: --skip-badvars and -c CMD pass through (quoted for the shell)
--- sxx
probe begin { }
--- args: -v -p1 --skip-badvars -c "echo 'hi there'"
--- stap_err_like
^stap\+\+: running: \S+ -v --skip-badvars -D.* -c 'echo '\\''hi there'\\''' -p 1 -$

=== TEST 7: script arguments after the file reach stap
--- sxx
probe begin { println(@1, $2) }
--- args: -p1
--- script_args: one 2
--- stap_out_like
^# parse tree dump$
println\("one", 2\)

=== TEST 8: --args lists every argument, with its default, sorted
--- sxx
probe timer.s($^arg_time :default(5)) { exit() }
probe begin { println("$^arg_method") $^arg_limit }
global x = $^arg_limit :default(10)
--- args: --args
--- stap_out
	--arg limit=VALUE (default: 10)
	--arg method=VALUE
	--arg time=VALUE (default: 5)

=== TEST 9: --args needs no target even when the script does
--- sxx
probe process("$^exec_path").function("f") { println($^arg_n) }
--- args: --args
--- stap_out
	--arg n=VALUE

=== TEST 10: --help
--- sxx
x
--- args: --help
--- stap_out_like
^Usage:$
^    --arg NM=VAL
^    --master PID
^    --dump-src

=== TEST 11: stap's exit status is stap++'s
--- sxx
probe begin { x = }
--- args: -p1
--- exitcode: 1
--- stap_err_like
^parse error

=== TEST 12: -r, -m, -R and -B pass through to stap (t --vm builds with -p4 -r KREL)
--- sxx
probe begin { }
--- args: -v -p1 -r 6.1.0-test -m mymod -R /tmp/rt -B CONFIG_X=y
--- stap_err_like
^stap\+\+: running: \S+ -v -D\S+ -D\S+ -D\S+ -I \S+ -p 1 -r 6\.1\.0-test -m mymod -R /tmp/rt -B CONFIG_X=y -$
