# The stap++ samples (samples/*.sxx) live in the guest against a real
# nginx 1.22 built with -g from Debian's source (t/nginx/build).  Each
# block's -c command is t/nginx/serve: it execs nginx (master and two
# workers, t/nginx/nginx.conf) in the foreground, so target() is the
# master and stap++'s $^pid_ok under -c (the command and its direct
# children) is the master and its workers, while t/nginx/load.c, detached
# from it (its parent is init), makes the requests and stops nginx
# (SIGQUIT), which ends the run.  t/nginx/guest builds the load
# generator and lists what `--- carry` takes into the guest.  The load of
# every block but TEST 20 (one of each, /re/small last: its sample
# exit()s there) and TEST 23 (its sample exit()s before any request),
# taken in turn (-i 50: 50 ms apart, for the rate samples):
#   10 x /index.html           static (43 bytes)
#   10 x /big.txt, gzip        static, 32893 bytes of text, deflated
#   10 x /re/small             regex location, rewritten to /small.txt
#   10 x /up/x                 proxied to the second server block (:8081)
# The counts the blocks expect follow from it:
#   - nginx finishes 50 requests: the client's 40 and the 10 the backend
#     server block serves for /up/;
#   - pcre2_match_8 runs 60 times: the regex location is tried for each
#     of the 40 requests, and a /re/ request adds the rewrite's regex and
#     the location search of its new URI (2 x 10 more);
#   - 10 deflate streams, one per gzip response;
#   - nginx reads 41 client sockets on :8080: the 40 requests and the
#     load generator's port probe (connected and closed at once, so
#     nginx reads it in CLOSE_WAIT);
#   - the load generator prints its own count ("load: 40 requests, 40 ok,
#     10 gzip"), which every nginx block but TEST 20 and TEST 23 checks too.
# TEST 1 checks the rig ($^pid_ok under -c); TEST 2 reads, with $var
# chains, the members the nginx.* modules read with @cast, so their
# paths and the sample blocks' expected values are checked apart.  The
# LuaJIT blocks run t/nginx/gc.lua under t/nginx/build-luajit's luajit.
# --arg time=60 only bounds a run: the load ends it first.  `-r kmap`
# gives pass 2 the guest kernel's symbol map (syscall.*, vfs.*,
# scheduler.*).  The backtrace samples name their frames where they
# take them (stapxx/modules/ustack.sxx: print_ustack() in an end probe
# cannot name a PIE's or a library's frames, in SystemTap 4.8 either).
# No block is skipped.  Cold, t/nginx/guest and
# t/nginx/build-luajit build nginx, the load generator and LuaJIT for some
# minutes, more than t gives a block's args and carry (20 s): `make
# live-check` runs them first; by hand, run them once before t --vm.

=== TEST 1: the rig: under -c, $^pid_ok is the nginx master (target()) and its two workers
--- sxx
global workers, master, others, load_in, load_out

probe process("$^exec_path").function("ngx_master_process_cycle")
{
    master = $^pid_ok && pid() == target()
}

probe process("$^exec_path").function("ngx_worker_process_cycle")
{
    if ($^pid_ok)
        workers[$worker] = ppid() == target()
    else
        others++
}

// the load generator is no child of the master: $^pid_ok leaves it out
probe syscall.connect
{
    if (execname() != "load")
        next
    if ($^pid_ok)
        load_in++
    else
        load_out++
}

probe end
{
    printf("master is target(): %d\n", master)
    foreach (w+ in workers)
        printf("worker %d: child of target(): %d\n", w, workers[w])
    printf("others: %d\n", others)
    printf("load generator left out: %s\n", load_out && !load_in ? "yes" : "no")
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)"
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out
load: 10 x /index.html: 10 ok
load: 10 x /big.txt (gzip): 10 ok
load: 10 x /re/small: 10 ok
load: 10 x /up/x: 10 ok
load: 40 requests, 40 ok, 10 gzip
master is target(): 1
worker 0: child of target(): 1
worker 1: child of target(): 1
others: 0
load generator left out: yes
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 2: the nginx.* modules' member paths, read live with $var chains where the probe has the pointer (the modules reach the same members with @cast, issue 5)
--- sxx
global once

function s:string(p, n) { return n > 0 ? user_string_n(p, n) : "" }

probe process("$^exec_path").function("ngx_http_log_request")
{
    if ($r != $r->main)
        next
    h = $r->headers_in->host ? s($r->headers_in->host->value->data,
                                 $r->headers_in->host->value->len) : ""
    ua = $r->headers_in->user_agent ? s($r->headers_in->user_agent->value->data,
                                        $r->headers_in->user_agent->value->len) : ""
    printf("%s %s %s?%s host=%s ua=%s status=%d\n",
           s($r->connection->addr_text->data, $r->connection->addr_text->len),
           s($r->method_name->data, $r->method_name->len), s($r->uri->data, $r->uri->len),
           s($r->args->data, $r->args->len), h, ua, $r->headers_out->status)
}

probe process("$^exec_path").function("ngx_http_upstream_finalize_request")
{
    printf("upstream states=%d status=%d peer=%s\n", $r->upstream_states->nelts,
           $u->state->status, s($u->state->peer->data, $u->state->peer->len))
}

probe process("$^exec_path").function("ngx_process_events_and_timers")
{
    if (once++)
        next
    printf("conf_prefix=%s conf_file=%s prefix=%s hostname=%s connections=%d listening=%d\n",
           s($cycle->conf_prefix->data, $cycle->conf_prefix->len),
           s($cycle->conf_file->data, $cycle->conf_file->len),
           s($cycle->prefix->data, $cycle->prefix->len),
           s($cycle->hostname->data, $cycle->hostname->len),
           $cycle->connection_n, $cycle->listening->nelts)
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)"
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^conf_prefix=/\S+/t/nginx/ conf_file=/\S+/t/nginx/nginx\.conf prefix=/tmp/ngx/ hostname=vm connections=64 listening=2$
^127\.0\.0\.1 GET /index\.html\? host=localhost ua=stap-load/1\.0 status=200$
^127\.0\.0\.1 GET /big\.txt\? host=localhost ua=stap-load/1\.0 status=200$
^127\.0\.0\.1 GET /small\.txt\? host=localhost ua=stap-load/1\.0 status=200$
^127\.0\.0\.1 GET /up/x\? host=localhost ua=stap-load/1\.0 status=200$
^127\.0\.0\.1 GET /up/x\? host=backend ua=stap-load/1\.0 status=200$
\A(?:(?!.*127\.0\.0\.1 GET /).*\n)*(?:.*127\.0\.0\.1 GET /.*\n(?:(?!.*127\.0\.0\.1 GET /).*\n)*){50}\z
\A(?:(?!.*upstream states=1 status=200 peer=127\.0\.0\.1:8081$).*\n)*(?:.*upstream states=1 status=200 peer=127\.0\.0\.1:8081$.*\n(?:(?!.*upstream states=1 status=200 peer=127\.0\.0\.1:8081$).*\n)*){10}\z
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 3: ngx-rps: every request nginx finished (40 of the client's and 10 proxied), per second and in all
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) -i 50 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/ngx-rps.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^Tracing /\S+/sbin/nginx \(-c command\)\.\.\. Hit Ctrl-C to end\.$
^[1-9]\d* req/sec$
^50 requests in (?:[2-9]|\d\d+)\.\d\d\d seconds, [1-9]\d* req/sec on average$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 4: func-latency: ngx_http_process_request, once per request
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg func=ngx_http_process_request "$T_ROOT"/samples/func-latency.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^Tracing ngx_http_process_request in /\S+/sbin/nginx for 60 seconds\.\.\.$
^50 calls, min [1-9]\d* us, avg [1-9]\d* us, max [1-9]\d* us$
^ *value \|-+ count$
^ *\d+ \|@+ +[1-9]\d*$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 5: probe-rate: a probe given as an --arg (@pfunc expanded in it), one hit per request
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) -i 50 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg 'probe=@pfunc(ngx_http_create_request)' "$T_ROOT"/samples/probe-rate.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^[1-9]\d* hits/sec$
^50 hits in all$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 6: pcre-time: pcre2_match_8 in libpcre2-8 (no debug information): 60 matches
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/pcre-time.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^60 matches, [1-9]\d* us in all, max [1-9]\d* us$
^ *value \|-+ count$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 7: zlib-deflate-time: deflate in libz (no debug information), one stream per gzip response
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/zlib-deflate-time.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^[1-9]\d* deflate calls in 10 streams, [1-9]\d* us in all, avg \d+ us$
^ *value \|-+ count$
--- stap_out_unlike
^No deflate call seen
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 8: epoll-loop-blocking: the workers' loop, at least one iteration per request
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/epoll-loop-blocking.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^(?:[5-9]\d|[1-9]\d\d+) loop iterations, avg [1-9]\d* us, max [1-9]\d* us$
^ *value \|-+ count$
--- stap_out_unlike
^No epoll_wait loop seen
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 9: slow-vfs-reads: with min_us=0 every file nginx reads, with its size; only the -c command and its children
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg min_us=0 "$T_ROOT"/samples/slow-vfs-reads.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^nginx read \d+ bytes from nginx\.conf in \d+ us$
^nginx read 43 bytes from index\.html in \d+ us$
^nginx read 32768 bytes from big\.txt in \d+ us$
^nginx read 125 bytes from big\.txt in \d+ us$
^nginx read 6 bytes from small\.txt in \d+ us$
\A(?:(?!.*read 6 bytes from small\.txt).*\n)*(?:.*read 6 bytes from small\.txt.*\n(?:(?!.*read 6 bytes from small\.txt).*\n)*){10}\z
--- stap_out_unlike
^(?!nginx |serve |sed )\S+ read 
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 10: slow-vfs-reads: the threshold: with min_us=2000000 no read is slow enough
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg min_us=2000000 "$T_ROOT"/samples/slow-vfs-reads.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
--- stap_out_unlike
^\S+ read \d+ bytes from 
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 11: tcp-conn-states: the sockets nginx reads: 41 client connections (the load's port probe, closed at once, and 40 requests), 10 on the backend, 10 upstream
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/tcp-conn-states.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^CLOSE_WAIT +8080 <- +\d+: 1 reads$
^ESTABLISHED +8080 <- +\d+: [1-9]\d* reads$
^ESTABLISHED +8081 <- +\d+: [1-9]\d* reads$
^(?:ESTABLISHED|CLOSE_WAIT) +\d+ <-  8081: [1-9]\d* reads$
\A(?:(?!.* 8080 <- ).*\n)*(?:.* 8080 <- .*\n(?:(?!.* 8080 <- ).*\n)*){41}\z
\A(?:(?!.* 8081 <- ).*\n)*(?:.* 8081 <- .*\n(?:(?!.* 8081 <- ).*\n)*){10}\z
\A(?:(?!.* <-  8081: ).*\n)*(?:.* <-  8081: .*\n(?:(?!.* <-  8081: ).*\n)*){10}\z
--- stap_out_unlike
<- +8080: 
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 12: sample-bt: on-CPU user stacks of nginx, sampled and counted in stackcollapse-stap.pl's form (frames, then a tab and the count)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/sample-bt.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^ 0x[0-9a-f]+ : (?:0x[0-9a-f]+(?: \[\S+\])?|[\w.@]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+\])$
^\t[1-9]\d*$
(?:^ 0x[0-9a-f]+ : .*\n){5,}\t[1-9]\d*$
--- stap_out_unlike
^(?! 0x[0-9a-f]+ : |\t[1-9]\d*$|load: )
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 13: sample-bt: the frames name nginx's functions and libc's (named in the sampled process: the ustack module)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/sample-bt.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^ 0x[0-9a-f]+ : ngx_\w+\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+nginx\]$
^ 0x[0-9a-f]+ : __libc_start_main(?:@[\w.]+)?\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+libc\.so\.6\]$
^\t[1-9]\d*$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 14: sample-bt-off-cpu: off-CPU time (us) of nginx by user stack, at the scheduler's switch
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg min_us=0 "$T_ROOT"/samples/sample-bt-off-cpu.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^ 0x[0-9a-f]+ : (?:0x[0-9a-f]+(?: \[\S+\])?|[\w.@]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+\])$
(?:^ 0x[0-9a-f]+ : .*\n){3,}\t[1-9]\d*$
--- stap_out_unlike
^(?! 0x[0-9a-f]+ : |\t[1-9]\d*$|load: )
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 15: sample-bt-off-cpu: the stacks name epoll_wait and nginx's event loop
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg min_us=0 "$T_ROOT"/samples/sample-bt-off-cpu.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^ 0x[0-9a-f]+ : epoll_wait\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+libc\.so\.6\]$
^ 0x[0-9a-f]+ : ngx_epoll_process_events\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+nginx\]$
^\t[1-9]\d*$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 16: leaks: malloc without free in nginx, by the backtrace that allocated it (malloc.return's stack)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/leaks.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^[1-9]\d* bytes not freed, allocated at:\n(?: 0x[0-9a-f]+ : .*\n){3,}\n
^ 0x[0-9a-f]+ : (?:0x[0-9a-f]+(?: \[\S+\])?|[\w.@]+\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+\])$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 17: leaks: the allocating frames name nginx's functions; the largest is the two workers' connection arrays (2 x worker_connections 64 x 232-byte ngx_connection_t)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/leaks.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
\A(?:load: .*\n)*29696 bytes not freed, allocated at:\n 0x[0-9a-f]+ : ngx_alloc\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+nginx\]\n 0x[0-9a-f]+ : ngx_event_process_init\+
^[1-9]\d* bytes not freed, allocated at:$
^ 0x[0-9a-f]+ : ngx_(?:alloc|palloc|pnalloc|pcalloc|create_pool|create_temp_buf|array_create|list_create|hash\w*)\w*\+0x[0-9a-f]+/0x[0-9a-f]+ \[\S+nginx\]$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 18: ngx-req-info: one line per finished request, from nginx.request
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg limit=1000 "$T_ROOT"/samples/ngx-req-info.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^127\.0\.0\.1:\d+ GET /index\.html\? host=localhost ua=stap-load/1\.0 status=200 \d+ ms$
^127\.0\.0\.1:\d+ GET /small\.txt\? host=localhost ua=stap-load/1\.0 status=200 \d+ ms$
^127\.0\.0\.1:\d+ GET /up/x\? host=localhost ua=stap-load/1\.0 status=200 \d+ ms$
^127\.0\.0\.1:\d+ GET /up/x\? host=backend ua=stap-load/1\.0 status=200 \d+ ms$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 19: ngx-req-latency: the histogram of the 20 requests under /up/ (--arg uri=/up/): 10 proxied, and the 10 the backend serves
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg uri=/up/ "$T_ROOT"/samples/ngx-req-latency.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^Tracing -c command for 60 seconds\.\.\. Hit Ctrl-C to end\.$
^20 requests, latency min \d+ ms, avg \d+ ms, max \d+ ms$
^ *value \|-+ count$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 20: ngx-req-phases: per-phase time of the first rewritten request; the sample exit()s there, which SIGTERMs nginx, so /re/small is the last request (one of each, in turn), after three the prefix filter passes over (no load line: whether the load generator prints it before the guest ends the session is a race)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 1:/index.html 1:/big.txt:gz 1:/up/x 1:/re/small" --exec "$("$T_ROOT"/t/nginx/build)" --arg uri=/re/ "$T_ROOT"/samples/ngx-req-phases.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^GET /re/small$
^ngx_http_core_rewrite_phase +\d+ us in [1-9]\d* calls$
^ngx_http_core_find_config_phase +\d+ us in [1-9]\d* calls$
^ngx_http_core_content_phase +\d+ us in [1-9]\d* calls$
^total \d+ us$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 21: ngx-upstream-latency: 10 responses from the backend, all 200
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 "$T_ROOT"/samples/ngx-upstream-latency.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^127\.0\.0\.1:8081: 10 responses, avg response \d+ ms, connect \d+ ms, header \d+ ms, max \d+ ms$
^  status 200: 10$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 22: ngx-body-filter: output chains and request pools (nginx.chain, nginx.pool)
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 10:/index.html 10:/big.txt:gz 10:/re/small 10:/up/x" --exec "$("$T_ROOT"/t/nginx/build)" --arg time=60 --arg limit=1000 "$T_ROOT"/samples/ngx-body-filter.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^load: 40 requests, 40 ok, 10 gzip$
^output \d+ bytes in [1-9]\d* links: .+$
^pool: [1-9]\d* blocks, \d+ of \d+ bytes used, \d+ large, \d+ cleanups$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 23: ngx-conf: the worker's configuration (nginx.config); the sample exit()s at a worker's first event loop, which SIGTERMs nginx before the load's requests, so the load (one request) is not checked
--- sxx
# unused: the script is the file named in args
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -c "$T_ROOT/t/nginx/serve $("$T_ROOT"/t/nginx/guest -p) 1:/index.html" --exec "$("$T_ROOT"/t/nginx/build)" "$T_ROOT"/samples/ngx-conf.sxx
--- carry
$("$T_ROOT"/t/nginx/guest)
--- stap_out_like
^prefix /\S+/t/nginx/, file /\S+/t/nginx/nginx\.conf, host vm$
^worker_processes 2, connections 64 \(\d+ free\)$
^listen 127\.0\.0\.1:8080$
^listen 127\.0\.0\.1:8081$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 24: probe-rate on LuaJIT (built with -g by t/nginx/build-luajit): its GC steps while gc.lua runs
--- sxx
# unused: the script is the file named in args
--- args
-c "$("$T_ROOT"/t/nginx/build-luajit) $T_ROOT/t/nginx/gc.lua 200000" --exec "$("$T_ROOT"/t/nginx/build-luajit)" --arg 'probe=process("$^exec_path").function("lj_gc_step")' --arg time=60 "$T_ROOT"/samples/probe-rate.sxx
--- carry
$("$T_ROOT"/t/nginx/build-luajit)
$T_ROOT/t/nginx/gc.lua
--- stap_out_like
^lua: 200000 rounds, 1288895 string bytes$
^[1-9]\d* hits in all$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 25: lj-vm-states: where gc.lua's VM spends its time
--- sxx
# unused: the script is the file named in args
--- args
-c "$("$T_ROOT"/t/nginx/build-luajit) $T_ROOT/t/nginx/gc.lua 3000000" --exec "$("$T_ROOT"/t/nginx/build-luajit)" --arg time=60 "$T_ROOT"/samples/lj-vm-states.sxx
--- carry
$("$T_ROOT"/t/nginx/build-luajit)
$T_ROOT/t/nginx/gc.lua
--- stap_out_like
^lua: 3000000 rounds, \d+ string bytes$
^GC64: yes$
^(?:Interpreted|Compiled|C code|Garbage collector|Trace exit|Record|Optimize|Assemble)\w*: \d+% \(\d+ samples\)$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live

=== TEST 26: lj-gc-size: the LuaJIT GC heap size at a GC step of gc.lua
--- sxx
# unused: the script is the file named in args
--- args
-c "$("$T_ROOT"/t/nginx/build-luajit) $T_ROOT/t/nginx/gc.lua 200000" --exec "$("$T_ROOT"/t/nginx/build-luajit)" --arg time=60 "$T_ROOT"/samples/lj-gc-size.sxx
--- carry
$("$T_ROOT"/t/nginx/build-luajit)
$T_ROOT/t/nginx/gc.lua
--- stap_out_like
^GC total: [1-9]\d* bytes$
--- timeout: 180
--- ref_skip: a stap++ block: the reference check builds with SystemTap's stap, which takes no stap++ options
--- needs: live
