# stap++: every macro form of the stapxx dialect, expanded with --dump-src
# (or checked through stap -p1).  Path macros use /usr/sbin/nginx
# (Debian's nginx-light) as a real executable, and -x $$ (the shell execs
# stap++, so $$ is stap++ itself: its exe and maps are real).

=== TEST 1: $^exec_path from --exec
--- sxx
probe process("$^exec_path").function("main") { }
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
probe process("/usr/sbin/nginx").function("main") { }

=== TEST 2: $^exec_path from /proc/PID/exe of -x PID
--- sxx
probe process("$^exec_path").begin { }
--- args: --dump-src -x $$
--- stap_out_like
^probe process\("/.*/stap\+\+[-\w]*"\)\.begin \{ \}$

=== TEST 3: --exec wins over -x for $^exec_path
--- sxx
"$^exec_path"
--- args: --dump-src --exec /usr/sbin/nginx -x $$
--- stap_out
"/usr/sbin/nginx"

=== TEST 4: $^libNAME_path, exact match, a name with '-' (ldd of --exec)
--- sxx
probe process("$^libpcre2-8_path").function("pcre2_match_8") { }
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
probe process("/lib/x86_64-linux-gnu/libpcre2-8.so.0").function("pcre2_match_8") { }
--- stap_err
Found exact match for libpcre2-8: /lib/x86_64-linux-gnu/libpcre2-8.so.0

=== TEST 5: $^libNAME_path, loose match: the first wins, others are ambiguous
--- sxx
"$^libcryp_path"
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
"/lib/x86_64-linux-gnu/libcrypt.so.1"
--- stap_err
Ignored ambiguous library /lib/x86_64-linux-gnu/libcrypto.so.3 for "libcryp"

=== TEST 6: $^libNAME_path, a name with '.': statically linked, warned once
--- sxx
"$^libluajit-5.1_path"
"$^libluajit-5.1_path"
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
"/usr/sbin/nginx"
"/usr/sbin/nginx"
--- stap_err
<input>: line 1: libluajit-5.1 is not found, assuming it is statically linked.

=== TEST 7: $^libNAME_path from /proc/PID/maps of -x PID
--- sxx
"$^libpcre2-8_path"
--- args: --dump-src -x $$
--- stap_out_like
^"/.*/libpcre2-8\.so[.\d]*"$

=== TEST 8: $^libc_path: libc, not libcrypt (exact match first)
--- sxx
"$^libc_path"
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
"/lib/x86_64-linux-gnu/libc.so.6"

=== TEST 9: $^arg_NAME from --arg NAME=VALUE, repeatable, the last wins
--- sxx
probe timer.s($^arg_time) { println("$^arg_who") }
--- args: --dump-src --arg time=5 --arg who=me --arg who='you and me'
--- stap_out
probe timer.s(5) { println("you and me") }

=== TEST 10: :default(VALUE) when the --arg is not given, and later uses reuse it
--- sxx
global limit = $^arg_limit :default(10)
global again = $^arg_limit
global spaced = $^arg_n   :default( 3 )
--- args: --dump-src
--- stap_out
global limit = 10
global again = 10
global spaced =  3 

=== TEST 11: a given --arg overrides :default
--- sxx
global limit = $^arg_limit:default(10)
--- args: --dump-src --arg limit=7
--- stap_out
global limit = 7

=== TEST 12: inside string literals, in %( %) conditions and printf formats
--- sxx
%( "$^arg_time :default()" != "" %?
probe timer.s($^arg_time) { exit() }
%)
probe begin { printf("tracing $^target\n") }
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
%( "" != "" %?
probe timer.s() { exit() }
%)
probe begin { printf("tracing ANY\n") }

=== TEST 13: the same script with the --arg given parses with stap -p1
--- sxx
%( "$^arg_time :default()" != "" %?
probe timer.s($^arg_time) { exit() }
%)
--- args: -p1 --arg time=3
--- stap_out_like
^# parse tree dump$
^probe timer\.s\(3\)

=== TEST 14: $^pid_ok and $^target with -x
--- sxx
if ($^pid_ok) println("$^target")
--- args: --dump-src -x $$
--- stap_out_like
^if \(pid\(\) == target\(\)\) println\("\d+"\)$

=== TEST 15: $^pid_ok and $^target with only --exec: any process
--- sxx
if ($^pid_ok) println("$^target")
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
if (1) println("ANY")

=== TEST 16: $^pid_ok and $^target with --master: every worker
--- sxx
if ($^pid_ok) println("$^target") "$^exec_path"
--- args: --dump-src --master "$(sh -c '(sleep 3 & sleep 3 & wait) >/dev/null 2>&1 & echo $!; sleep 0.3')"
--- stap_out_like
^if \(\(pid\(\) == (\d+) \|\| pid\(\) == (\d+)\)\) println\("\1 \2"\) "/.*sh"$

=== TEST 17: --master passes every worker to stap with -x, so target() works
--- sxx
probe begin { }
--- args: -v -p1 --master "$(sh -c '(sleep 3 & sleep 3 & wait) >/dev/null 2>&1 & echo $!; sleep 0.3')"
--- stap_err_like
^stap\+\+: running: .* -d /\S*sh -x (\d+) -x (\d+) -d 
--- stap_out_like
^probe begin

=== TEST 18: @pfunc(NAME), blanks allowed
--- sxx
probe @pfunc(ngx_http_log_request), @pfunc( ngx_http_free_request ) { }
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
probe process("/usr/sbin/nginx").function("ngx_http_log_request"), process("/usr/sbin/nginx").function("ngx_http_free_request") { }

=== TEST 19: $*var := @cast(...) defines (the line stays, empty), $*var uses it
--- sxx
function f(r) {
    $*r := @cast(r, "ngx_http_request_t", "$^exec_path")
    return $*r->uri->len + $*r->args->len
}
--- args: --dump-src --exec /usr/sbin/nginx
--- stap_out
function f(r) {
    
    return @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->uri->len + @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->args->len
}

=== TEST 20: &@cast(...), @var(...) and @cast(...)[N] definitions
--- sxx
$*a := &@cast(p, "ngx_str_t")  $*v := @var("ngx_cycle@ngx_cycle.c")
$*e := @cast(q, "long")[3]
x = $*a + $*v + $*e
--- args: --dump-src
--- stap_out
  

x = &@cast(p, "ngx_str_t") + @var("ngx_cycle@ngx_cycle.c") + @cast(q, "long")[3]

=== TEST 21: @cast arguments with parentheses and strings holding them
--- sxx
$*c := @cast(f(g(x), ")"), "t")
y = $*c->m
--- args: --dump-src
--- stap_out

y = @cast(f(g(x), ")"), "t")->m

=== TEST 22: a $*var defined twice takes the later definition from then on
--- sxx
$*p := @cast(a, "t1")
x = $*p
$*p := @cast(b, "t2")
y = $*p
--- args: --dump-src
--- stap_out

x = @cast(a, "t1")

y = @cast(b, "t2")

=== TEST 23: @use a.b, c.d: each module loaded once, found on -I first
--- sxx
@use greet.hello, greet.base
@use greet.hello
probe begin { println(greet()) }
--- args: --args -I stapxx/lib -I stapxx/other
--- stap_out
	--arg who=VALUE (default: world)

=== TEST 24: @use looks in -I dirs in order
--- sxx
@use greet.base
--- args: --args -I stapxx/other -I stapxx/lib
--- stap_out
	--arg other_base=VALUE (default: shadowed)

=== TEST 25: @use falls back to ".", then the installed module directory
--- sxx
@use stapxx.lib.greet.base, nginx.string
--- stap_out

--- args: --dump-src --exec /usr/sbin/nginx

=== TEST 26: @use lines stay, empty, and the modules reach stap through -I
--- sxx
@use greet.hello
probe begin { println(greet()) }
--- args: -v -p1 -I stapxx/lib
--- stap_out_like
^# parse tree dump$
^probe begin
println\(greet\(\)\)
--- stap_err_like
^stap\+\+: running: .* -I /\S+/stapxx-\w+/tapset -p 1 -$

=== TEST 27: --arg values are expanded in turn
--- sxx
println("$^arg_a")
--- args: --dump-src --exec /usr/sbin/nginx --arg a='[$^arg_b]' --arg b='$^exec_path'
--- stap_out
println("[/usr/sbin/nginx]")

=== TEST 28: the shebang line becomes stap's, every line keeps its number
--- sxx
#!/usr/bin/env stap++
@use greet.base

probe begin { println(base()) }
--- args: --dump-src -I stapxx/lib
--- stap_out
#!/usr/bin/env stap


probe begin { println(base()) }

=== TEST 29: a shebang script runs directly through env and PATH
--- sxx
unused: the script comes from -e
--- args: --dump-src -e "$(PATH="$T_ROOT/stapxx:$PATH" stapxx/shebang.sxx --exec /usr/sbin/nginx --dump-src)"
--- stap_out chomp
#!/usr/bin/env stap
# A script run directly: the shebang finds stap++ in PATH.
probe begin { printf("%s\n", "/usr/sbin/nginx") }

=== TEST 30: -e SCRIPT
--- sxx
unused
--- args: --dump-src -e 'probe begin { println("$^arg_x :default(1)") }'
--- stap_out chomp
probe begin { println("1") }

=== TEST 31: macros in comments expand too (as in stapxx)
--- sxx
// $^arg_x :default(zz) # $^arg_x
--- args: --dump-src
--- stap_out
// zz # zz

=== TEST 32: $^pid_ok and $^target with -c: the command and its direct children
The -c command's own process is target(); a server it execs in the
foreground (nginx -g 'daemon off;') keeps that pid, and its workers are
its children.
--- sxx
if ($^pid_ok) println("$^target")
--- args: --dump-src -c true
--- stap_out
if ((pid() == target() || ppid() == target())) println("-c command")

=== TEST 33: -c with --exec: still the command and its children, not ANY
--- sxx
if ($^pid_ok) println("$^target") "$^exec_path"
--- args: --dump-src -c true --exec /usr/sbin/nginx
--- stap_out
if ((pid() == target() || ppid() == target())) println("-c command") "/usr/sbin/nginx"

=== TEST 34: -c with -x: -x decides
--- sxx
if ($^pid_ok) println("$^target")
--- args: --dump-src -c true -x $$
--- stap_out_like
^if \(pid\(\) == target\(\)\) println\("\d+"\)$
