# The pass-4 module cache (build.c): a SHA-256 of the generated C, -D/-B/-G,
# the runtime sources, the build tree (release, path, .config) and the
# compiler names t/cachedir's fresh cache entry; an unchanged script skips
# kbuild, -v says "Pass 4: using cached PATH" and -p4 prints the cached
# path, as stap does.  -m and --disable-cache turn the cache off; an
# unusable cache never fails the build.  Pass 3 is skipped too when the
# resolved program, the command line (but -v/-p) and the ELF files pass 2
# read are unchanged: -v says "Pass 3: using cached PATH.c" (TESTS 11-14).

=== TEST 1: a cold build stores the module, -p4 prints its cache path
--- args: $($T_ROOT/t/cachedir t0203-1) -v -p4 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("hello"); exit() }
--- stap_out_like
^/.*/stap-t-cache-t0203-1/[0-9a-f]{2}/stap_[0-9a-f]{32}\.ko$
--- stap_err_like
Pass 4: compiled C into "/.*/stap-t-cache-t0203-1/[0-9a-f]{2}/stap_[0-9a-f]{32}\.ko" in \d+ms\.

=== TEST 2: the same script again skips kbuild
--- args: $($T_ROOT/t/cachedir t0203-2 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("hello"); exit() }
--- stap_out_like
^/.*/stap-t-cache-t0203-2/[0-9a-f]{2}/stap_[0-9a-f]{32}\.ko$
--- stap_err_like
Pass 3: translated to C in \d+ms\.
Pass 4: using cached /.*/stap-t-cache-t0203-2/[0-9a-f]{2}/stap_[0-9a-f]{32}\.ko$

=== TEST 3: a different -D setting is a different module
--- args: $($T_ROOT/t/cachedir t0203-3 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel) -DMAXSTRINGLEN=256
--- stap
probe begin { println("hello"); exit() }
--- stap_err_like
Pass 4: compiled C into
\A(?![\s\S]*using cached)

=== TEST 4: -B options are part of the key
--- args: $($T_ROOT/t/cachedir t0203-4 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel) -B KCFLAGS=-DT0203
--- stap
probe begin { println("hello"); exit() }
--- stap_err_like
\A(?![\s\S]*using cached)

=== TEST 5: -m NAME turns the cache off, as in stap
--- args: $($T_ROOT/t/cachedir t0203-5 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel) -m t0203_named
--- stap
probe begin { println("hello"); exit() }
--- stap_out
t0203_named.ko
--- stap_err_like
Pass 4: compiled C into "t0203_named\.ko"
\A(?![\s\S]*using cached)

=== TEST 6: --disable-cache builds into the current directory
--- args: $($T_ROOT/t/cachedir t0203-6 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') --disable-cache -v -p4 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("hello"); exit() }
--- stap_out_like
^stap_[0-9a-f]{32}_\d+\.ko$
--- stap_err_like
\A(?![\s\S]*using cached)

=== TEST 7: --poison-cache rebuilds over a cached entry
--- args: $($T_ROOT/t/cachedir t0203-7 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') --poison-cache -v -p4 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("hello"); exit() }
--- stap_out_like
^/.*/stap-t-cache-t0203-7/
--- stap_err_like
Pass 4: compiled C into
\A(?![\s\S]*using cached)

=== TEST 8: a cache that cannot be made never fails the build
--- args: --cache-dir=/dev/null/cache -p4 -r $($T_ROOT/t/krel) -m t0203_nocache
--- stap
probe begin { println("hello"); exit() }
--- stap_out
t0203_nocache.ko

=== TEST 9: ... even without -m: the module lands in the current directory
--- args: --cache-dir=/dev/null/cache -p4 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("t0203 unwritable"); exit() }
--- stap_out_like
^stap_[0-9a-f]{32}\.ko$

=== TEST 10: -p3 is unchanged by a cached module
--- args: $($T_ROOT/t/cachedir t0203-10 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -p3 -r $($T_ROOT/t/krel)
--- stap
probe begin { println("hello"); exit() }
--- stap_out_like
^STP_MODULE\(stp_generated_probes, 

=== TEST 11: the same command line again skips pass 3 too
--- args: $($T_ROOT/t/cachedir t0203-11 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }'
--- stap_out_like
^/.*/stap-t-cache-t0203-11/([0-9a-f]{2})/stap_\1[0-9a-f]{30}\.ko$
--- stap_err_like
^Pass 3: using cached /.*/stap-t-cache-t0203-11/([0-9a-f]{2})/stap_\1[0-9a-f]{30}\.c$
^Pass 4: using cached /.*/stap-t-cache-t0203-11/([0-9a-f]{2})/stap_\1[0-9a-f]{30}\.ko$
\A(?![\s\S]*translated to C)

=== TEST 12: -p3 of a cached program prints the cached C
--- args: $($T_ROOT/t/cachedir t0203-12 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p3 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }'
--- stap_out_like
^STP_MODULE\(stp_generated_probes, 
--- stap_err_like
^Pass 3: using cached /.*\.c$
\A(?![\s\S]*Pass 4)

=== TEST 13: a changed script runs pass 3 (and hits the module cache only if its C is the same)
--- args: $($T_ROOT/t/cachedir t0203-13 -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello"); exit() }') -v -p4 -r $($T_ROOT/t/krel) -e 'probe begin { println("hello2"); exit() }'
--- stap_err_like
^Pass 3: translated to C in \d+ms\.$
^Pass 4: compiled C into
\A(?![\s\S]*using cached)

=== TEST 14: a probed binary rebuilt at the same path is translated again
--- args: $(sh "$STAP_TEST_DIR"/fixtures/cache/rebuilt.sh t0203-14 -p4 -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-14/p").function("f") { println($x) }') -v -p4 -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-14/p").function("f") { println($x) }'
--- stap_err_like
^Pass 3: translated to C in \d+ms\.$
\A(?![\s\S]*Pass 3: using cached)

=== TEST 15: the key of a program whose try body pass 2 elided (it once crashed)
--- args: $($T_ROOT/t/cachedir t0203-15) -p3 -r $($T_ROOT/t/krel)
--- stap
global buf, readable
probe timer.ms(10) { buf[tid()] = 0 }
probe timer.ms(20) {
	if (tid() in buf)
		try { user_uint8_error(buf[tid()]); readable++ } catch { }
	exit()
}
--- stap_out_like
^STP_MODULE\(stp_generated_probes, 
--- stap_err_like
Eliding side-effect-free expression

=== TEST 16: with --ldd, a library pass 3 embedded that changed since is read again
--- args: $(sh "$STAP_TEST_DIR"/fixtures/cache/touched.sh t0203-16 -p4 --ldd -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-16/p").function("main") { print_ubacktrace() }') -v -p4 --ldd -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-16/p").function("main") { print_ubacktrace() }'
--- stap_err_like
^Pass 3: translated to C in \d+ms\.$
\A(?![\s\S]*Pass 3: using cached)

=== TEST 17: ... and unchanged, it is not
--- args: $(sh "$STAP_TEST_DIR"/fixtures/cache/touched.sh t0203-17 -p4 --ldd -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-17/p").function("main") { print_ubacktrace() }' && $STAP --cache-dir=${TMPDIR:-/tmp}/stap-t-cache-t0203-17 -p4 --ldd -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-17/p").function("main") { print_ubacktrace() }' >/dev/null 2>&1) -v -p4 --ldd -r $($T_ROOT/t/krel) -e 'probe process("'"${TMPDIR:-/tmp}"'/stap-t0203-t0203-17/p").function("main") { print_ubacktrace() }'
--- stap_err_like
^Pass 3: using cached /.*\.c$
