# Golden --dump-src and --args output of every sample, and a check that
# each expanded sample parses with stap -p1 (stap++ -p1 stops stap
# after pass 1).  Written by t/stapxx/golden.sh, reviewed by eye.

=== TEST 1: epoll-loop-blocking.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# epoll-loop-blocking.sxx - how long an event loop runs between two
# epoll_wait calls (us): long gaps are handlers blocking the loop.
#
#   stap++ -x PID samples/epoll-loop-blocking.sxx [--arg time=10]

global back, gaps

probe syscall.epoll_wait.return
{
    if (1)
        back[tid()] = gettimeofday_us()
}

probe syscall.epoll_wait
{
    t = back[tid()]
    if (1 && t)
        gaps <<< gettimeofday_us() - t
}

probe timer.s(10)
{
    exit()
}

probe end
{
    if (!@count(gaps)) {
        println("No epoll_wait loop seen.")
        exit()
    }
    printf("%d loop iterations, avg %d us, max %d us\n", @count(gaps), @avg(gaps), @max(gaps))
    print(@hist_log(gaps))
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/epoll-loop-blocking.sxx

=== TEST 2: epoll-loop-blocking.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/epoll-loop-blocking.sxx

=== TEST 3: epoll-loop-blocking.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/epoll-loop-blocking.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 4: func-latency.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# func-latency.sxx - a latency histogram (us) of any function of the
# traced program.
#
#   stap++ -x PID samples/func-latency.sxx --arg func=ngx_http_process_request \
#       [--arg time=10]

global latency

probe process("/usr/sbin/nginx").function("ngx_http_process_request").return
{
    if (1)
        latency <<< gettimeofday_us() - @entry(gettimeofday_us())
}

probe timer.s(10)
{
    exit()
}

probe begin
{
    printf("Tracing %s in %s for %d seconds...\n", "ngx_http_process_request", "/usr/sbin/nginx", 10)
}

probe end
{
    if (!@count(latency)) {
        println("No calls seen.")
        exit()
    }
    printf("%d calls, min %d us, avg %d us, max %d us\n",
           @count(latency), @min(latency), @avg(latency), @max(latency))
    print(@hist_log(latency))
}
--- args: --dump-src --exec /usr/sbin/nginx --arg func=ngx_http_process_request $T_ROOT/samples/func-latency.sxx

=== TEST 5: func-latency.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg func=VALUE
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/func-latency.sxx

=== TEST 6: func-latency.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx --arg func=ngx_http_process_request $T_ROOT/samples/func-latency.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 7: leaks.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# leaks.sxx - memory still allocated at the end, by the backtrace that
# allocated it (malloc without a free), largest first.
#
#   stap++ -x PID samples/leaks.sxx [--arg time=10]
#
# Each new allocating stack is named in the process (ustack_note), as
# sample-bt.sxx does: the end probe could not name its frames.



global ptrs, sizes, bts, noted

probe process("/lib/x86_64-linux-gnu/libc.so.6").function("malloc").return
{
    if (!(1) || !$return)
        next
    bt = ubacktrace()
    // keyed by process too: forked workers get the same addresses
    ptrs[pid(), $return] = bt
    if (!(bt in noted)) {
        noted[bt] = 1
        ustack_note(bt)
    }
    sizes[pid(), $return] = @entry($bytes)
}

probe process("/lib/x86_64-linux-gnu/libc.so.6").function("free")
{
    if (1 && [pid(), $mem] in ptrs) {
        delete ptrs[pid(), $mem]
        delete sizes[pid(), $mem]
    }
}

probe timer.s(10)
{
    exit()
}

probe end
{
    foreach ([p, a] in ptrs)
        bts[ptrs[p, a]] += sizes[p, a]
    foreach (bt in bts- limit 20) {
        printf("%d bytes not freed, allocated at:\n", bts[bt])
        ustack_print(bt)
        println("")
    }
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/leaks.sxx

=== TEST 8: leaks.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/leaks.sxx

=== TEST 9: leaks.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/leaks.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 10: lj-gc-size.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# lj-gc-size.sxx - the size of the LuaJIT GC heap of a process, read at
# the next GC step, then exit.
#
#   stap++ -x PID samples/lj-gc-size.sxx



probe process("/usr/sbin/nginx").function("lj_gc_step")
{
    if (1) {
        printf("GC total: %d bytes\n", luajit_gc_total($L))
        exit()
    }
}

probe timer.s(10)
{
    println("No GC step seen.")
    exit()
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/lj-gc-size.sxx

=== TEST 11: lj-gc-size.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/lj-gc-size.sxx

=== TEST 12: lj-gc-size.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/lj-gc-size.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 13: lj-vm-states.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# lj-vm-states.sxx - where a LuaJIT VM spends its time: interpreter,
# compiled traces, C code, GC, the JIT compiler, sampled at the profiling
# timer.  The lua_State comes from lua_resume/lua_pcall calls.
#
#   stap++ -x PID samples/lj-vm-states.sxx [--arg time=5]



global L, states, n, faults

probe process("/usr/sbin/nginx").function("lua_resume"),
      process("/usr/sbin/nginx").function("lua_pcall")
{
    if (1)
        L = $L
}

probe timer.profile
{
    if (!(1 && L))
        next
    // the target may be exiting, its memory half torn down: a faulting
    // read skips this sample instead of ending the run
    try {
        states[luajit_vm_state(L)]++
        n++
    } catch {
        faults++
    }
}

probe timer.s(5)
{
    exit()
}

probe end
{
    printf("GC64: %s\n", luajit_gc64() ? "yes" : "no")
    foreach (s in states-)
        printf("%s: %d%% (%d samples)\n", luajit_vm_state_name(s), states[s] * 100 / n, states[s])
    if (faults)
        printf("%d samples skipped: the state could not be read\n", faults)
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/lj-vm-states.sxx

=== TEST 14: lj-vm-states.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 5)
--- args: --args $T_ROOT/samples/lj-vm-states.sxx

=== TEST 15: lj-vm-states.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/lj-vm-states.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 16: ngx-body-filter.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-body-filter.sxx - the buffer chains passing nginx's output filters
# and the request pool's size at the end of each request.
#
#   stap++ -x WORKER_PID samples/ngx-body-filter.sxx [--arg limit=20]



global n

probe process("/usr/sbin/nginx").function("ngx_http_output_filter")
{
    if (!(1))
        next
    printf("output %d bytes in %d links: %s\n", ngx_chain_size($in), ngx_chain_links($in),
           ngx_chain_dump($in))
    if (++n >= 20)
        exit()
}

probe process("/usr/sbin/nginx").function("ngx_http_free_request")
{
    if (1)
        printf("pool: %d blocks, %d of %d bytes used, %d large, %d cleanups\n",
               ngx_pool_blocks($r->pool), ngx_pool_used($r->pool), ngx_pool_capacity($r->pool),
               ngx_pool_large_count($r->pool), ngx_pool_cleanup_count($r->pool))
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-body-filter.sxx

=== TEST 17: ngx-body-filter.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg limit=VALUE (default: 20)
--- args: --args $T_ROOT/samples/ngx-body-filter.sxx

=== TEST 18: ngx-body-filter.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-body-filter.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 19: ngx-conf.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-conf.sxx - the configuration a running nginx worker uses: prefix,
# file, worker processes, connections and listening sockets.
#
#   stap++ -x WORKER_PID samples/ngx-conf.sxx



probe process("/usr/sbin/nginx").function("ngx_process_events_and_timers")
{
    if (!(1))
        next
    printf("prefix %s, file %s, host %s\n", ngx_conf_prefix(), ngx_conf_file(), ngx_hostname())
    printf("worker_processes %d, connections %d (%d free)\n", ngx_worker_processes(),
           ngx_connection_n(), ngx_free_connection_n())
    for (i = 0; i < ngx_listening_n(); i++)
        printf("listen %s\n", ngx_listening_addr(i))
    exit()
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-conf.sxx

=== TEST 20: ngx-conf.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/samples/ngx-conf.sxx

=== TEST 21: ngx-conf.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-conf.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 22: ngx-req-info.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-req-info.sxx - one line per request nginx finishes: client, method,
# URI, arguments, Host, User-Agent, status and latency.
#
#   stap++ -x WORKER_PID samples/ngx-req-info.sxx [--arg limit=10]



global seen

probe process("/usr/sbin/nginx").function("ngx_http_log_request")
{
    if (!(1) || $r != $r->main)
        next
    printf("%s:%d %s %s?%s host=%s ua=%s status=%d %d ms\n",
           ngx_req_remote_addr($r), ngx_req_remote_port($r), ngx_req_method($r),
           ngx_req_uri($r), ngx_req_args($r), ngx_req_host($r), ngx_req_user_agent($r),
           ngx_req_status($r), gettimeofday_ms() - ngx_req_start_ms($r))
    if (++seen >= 10)
        exit()
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-info.sxx

=== TEST 23: ngx-req-info.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg limit=VALUE (default: 10)
--- args: --args $T_ROOT/samples/ngx-req-info.sxx

=== TEST 24: ngx-req-info.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-info.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 25: ngx-req-latency.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-req-latency.sxx - a histogram of request latency (ms), from the
# request's first byte to its log phase.
#
#   stap++ -x WORKER_PID samples/ngx-req-latency.sxx [--arg time=60] \
#       [--arg uri=PREFIX]



global latency

probe process("/usr/sbin/nginx").function("ngx_http_log_request")
{
    if (!(1) || $r != $r->main)
        next
    uri = ngx_req_uri($r)
    prefix = ""
    if (prefix != "" && substr(uri, 0, strlen(prefix)) != prefix)
        next
    latency <<< gettimeofday_ms() - ngx_req_start_ms($r)
}

probe timer.s(60)
{
    exit()
}

probe begin
{
    printf("Tracing %s for %d seconds... Hit Ctrl-C to end.\n", "ANY", 60)
}

probe end
{
    if (!@count(latency)) {
        println("No requests seen.")
        exit()
    }
    printf("%d requests, latency min %d ms, avg %d ms, max %d ms\n",
           @count(latency), @min(latency), @avg(latency), @max(latency))
    print(@hist_log(latency))
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-latency.sxx

=== TEST 26: ngx-req-latency.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 60)
	--arg uri=VALUE (default: )
--- args: --args $T_ROOT/samples/ngx-req-latency.sxx

=== TEST 27: ngx-req-latency.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-latency.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 28: ngx-req-phases.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-req-phases.sxx - time spent in each nginx phase checker for the
# first request that matches, then exit.
#
#   stap++ -x WORKER_PID samples/ngx-req-phases.sxx [--arg uri=/PREFIX]
#
# Phase checkers (ngx_http_core_*_phase) run the handlers of one phase
# each; their entry and return times give the per-phase latency.



global req, began, phase_us, phase_calls, started

probe process("/usr/sbin/nginx").function("ngx_http_core_generic_phase"), process("/usr/sbin/nginx").function("ngx_http_core_rewrite_phase"),
      process("/usr/sbin/nginx").function("ngx_http_core_find_config_phase"), process("/usr/sbin/nginx").function("ngx_http_core_post_rewrite_phase"),
      process("/usr/sbin/nginx").function("ngx_http_core_access_phase"), process("/usr/sbin/nginx").function("ngx_http_core_post_access_phase"),
      process("/usr/sbin/nginx").function("ngx_http_core_content_phase")
{
    if (!(1))
        next
    if (!req) {
        prefix = ""
        uri = ngx_req_uri($r)
        if (prefix != "" && substr(uri, 0, strlen(prefix)) != prefix)
            next
        req = $r
        started = gettimeofday_us()
        printf("%s %s\n", ngx_req_method($r), uri)
    }
    if ($r == req)
        began[tid()] = gettimeofday_us()
}

probe process("/usr/sbin/nginx").function("ngx_http_core_generic_phase").return, process("/usr/sbin/nginx").function("ngx_http_core_rewrite_phase").return,
      process("/usr/sbin/nginx").function("ngx_http_core_find_config_phase").return, process("/usr/sbin/nginx").function("ngx_http_core_post_rewrite_phase").return,
      process("/usr/sbin/nginx").function("ngx_http_core_access_phase").return, process("/usr/sbin/nginx").function("ngx_http_core_post_access_phase").return,
      process("/usr/sbin/nginx").function("ngx_http_core_content_phase").return
{
    t = began[tid()]
    if (!t)
        next
    delete began[tid()]
    phase_us[ppfunc()] += gettimeofday_us() - t
    phase_calls[ppfunc()]++
}

probe process("/usr/sbin/nginx").function("ngx_http_free_request")
{
    if (req && $r == req) {
        foreach (p in phase_us)
            printf("%-40s %8d us in %d calls\n", p, phase_us[p], phase_calls[p])
        printf("total %d us\n", gettimeofday_us() - started)
        exit()
    }
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-phases.sxx

=== TEST 29: ngx-req-phases.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg uri=VALUE (default: )
--- args: --args $T_ROOT/samples/ngx-req-phases.sxx

=== TEST 30: ngx-req-phases.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-req-phases.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 31: ngx-rps.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-rps.sxx - requests per second served by nginx, one line a second.
#
#   stap++ -x WORKER_PID samples/ngx-rps.sxx [--arg time=SECONDS]
#   stap++ --master MASTER_PID samples/ngx-rps.sxx
#
# Counts main requests as nginx logs them (ngx_http_log_request runs once
# per finished request).

global reqs, total, start_ms

probe process("/usr/sbin/nginx").function("ngx_http_log_request")
{
    if (1 && $r == $r->main)
        reqs++
}

probe timer.s(1)
{
    total += reqs
    printf("%d req/sec\n", reqs)
    reqs = 0
}

%( "" != "" %?
probe timer.s()
{
    exit()
}
%)

probe begin
{
    start_ms = gettimeofday_ms()
    printf("Tracing %s (%s)... Hit Ctrl-C to end.\n", "/usr/sbin/nginx", "ANY")
}

// the whole run, its last partial second too
probe end
{
    total += reqs
    ms = gettimeofday_ms() - start_ms
    printf("%d requests in %d.%03d seconds, %d req/sec on average\n", total, ms / 1000, ms % 1000,
           ms ? total * 1000 / ms : 0)
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-rps.sxx

=== TEST 32: ngx-rps.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: )
--- args: --args $T_ROOT/samples/ngx-rps.sxx

=== TEST 33: ngx-rps.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-rps.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 34: ngx-upstream-latency.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# ngx-upstream-latency.sxx - upstream response, connect and header times
# (ms) per upstream address, from each finished request's upstream states.
#
#   stap++ -x WORKER_PID samples/ngx-upstream-latency.sxx [--arg time=10]



global resp, conn, hdr, statuses

probe process("/usr/sbin/nginx").function("ngx_http_upstream_finalize_request")
{
    if (!(1))
        next
    n = ngx_upstream_nstates($r)
    for (i = 0; i < n; i++) {
        st = ngx_upstream_state($r, i)
        peer = ngx_upstream_peer(st)
        // nginx sets the current state's response time later in this
        // very function: until then it is -1, so time it as nginx does
        rt = ngx_upstream_response_time(st)
        if (rt == -1 && st == ngx_upstream_cur_state($r))
            rt = ngx_upstream_elapsed($r)
        resp[peer] <<< rt
        conn[peer] <<< ngx_upstream_connect_time(st)
        hdr[peer] <<< ngx_upstream_header_time(st)
        statuses[peer, ngx_upstream_status(st)]++
    }
}

probe timer.s(10)
{
    exit()
}

probe end
{
    foreach (peer in resp) {
        printf("%s: %d responses, avg response %d ms, connect %d ms, header %d ms, max %d ms\n",
               peer, @count(resp[peer]), @avg(resp[peer]), @avg(conn[peer]), @avg(hdr[peer]),
               @max(resp[peer]))
        foreach ([p, status] in statuses)
            if (p == peer)
                printf("  status %d: %d\n", status, statuses[p, status])
    }
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/ngx-upstream-latency.sxx

=== TEST 35: ngx-upstream-latency.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/ngx-upstream-latency.sxx

=== TEST 36: ngx-upstream-latency.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/ngx-upstream-latency.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 37: pcre-time.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# pcre-time.sxx - time spent in PCRE2 regex matching (pcre2_match_8),
# as a histogram (us) and in total.  Works on a library without debug
# information: the probes need only its symbol table, and the entry time
# is kept per thread rather than taken with @entry.
#
#   stap++ -x PID samples/pcre-time.sxx [--arg time=10]

global spent, began

probe process("/lib/x86_64-linux-gnu/libpcre2-8.so.0").function("pcre2_match_8")
{
    if (1)
        began[tid()] = gettimeofday_us()
}

probe process("/lib/x86_64-linux-gnu/libpcre2-8.so.0").function("pcre2_match_8").return
{
    t = began[tid()]
    if (!t)
        next
    delete began[tid()]
    spent <<< gettimeofday_us() - t
}

probe timer.s(10)
{
    exit()
}

probe end
{
    if (!@count(spent)) {
        println("No pcre2_match_8 call seen.")
        exit()
    }
    printf("%d matches, %d us in all, max %d us\n", @count(spent), @sum(spent), @max(spent))
    print(@hist_log(spent))
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/pcre-time.sxx

=== TEST 38: pcre-time.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/pcre-time.sxx

=== TEST 39: pcre-time.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/pcre-time.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 40: probe-rate.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# probe-rate.sxx - how often a probe point fires, per second and in
# total: any probe point stap accepts.
#
#   stap++ samples/probe-rate.sxx --arg probe='syscall.read' [--arg time=5]
#   stap++ samples/probe-rate.sxx --arg probe='process("/usr/sbin/nginx").function("malloc")'

global hits, total

probe syscall.read
{
    hits++
}

probe timer.s(1)
{
    printf("%d hits/sec\n", hits)
    total += hits
    hits = 0
}

probe timer.s(5)
{
    exit()
}

probe end
{
    printf("%d hits in all\n", total + hits)
}
--- args: --dump-src --exec /usr/sbin/nginx --arg probe=syscall.read $T_ROOT/samples/probe-rate.sxx

=== TEST 41: probe-rate.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg probe=VALUE
	--arg time=VALUE (default: 5)
--- args: --args $T_ROOT/samples/probe-rate.sxx

=== TEST 42: probe-rate.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx --arg probe=syscall.read $T_ROOT/samples/probe-rate.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 43: sample-bt-off-cpu.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# sample-bt-off-cpu.sxx - off-CPU time of a process by user backtrace:
# how long (us) it slept or blocked at each stack, for off-CPU flame
# graphs.
#
#   stap++ -x PID samples/sample-bt-off-cpu.sxx [--arg time=5] [--arg min_us=4]
#
# One probe, the scheduler's switch (sched:sched_switch): the task going
# off the CPU leaves its time and user stack; when a task that left
# comes back on as the next task, its off-CPU time goes to that stack.
# (One probe rather than cpu_off plus cpu_on: both sides of the switch
# are at hand there.)  Stacks are named as they are taken
# (ustack_note), in the task going off the CPU, as sample-bt.sxx does.



global start, stack, bts

probe scheduler.cpu_off
{
    if (1) {
        start[tid()] = gettimeofday_us()
        bt = ubacktrace()
        stack[tid()] = bt
        if (!(bt in bts))
            ustack_note(bt)
    }
    next_tid = task_tid(task_next)
    t = start[next_tid]
    if (!t)
        next
    elapsed = gettimeofday_us() - t
    if (elapsed >= 4)
        bts[stack[next_tid]] <<< elapsed
    delete start[next_tid]
    delete stack[next_tid]
}

probe timer.s(5)
{
    exit()
}

probe end
{
    foreach (bt in bts- limit 1000) {
        ustack_print(bt)
        printf("\t%d\n", @sum(bts[bt]))
    }
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/sample-bt-off-cpu.sxx

=== TEST 44: sample-bt-off-cpu.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg min_us=VALUE (default: 4)
	--arg time=VALUE (default: 5)
--- args: --args $T_ROOT/samples/sample-bt-off-cpu.sxx

=== TEST 45: sample-bt-off-cpu.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/sample-bt-off-cpu.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 46: sample-bt.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# sample-bt.sxx - on-CPU user-space backtraces of a process, sampled at
# the profiling timer, counted, printed in the form flame graph tools read
# (stackcollapse-stap.pl).
#
#   stap++ -x PID samples/sample-bt.sxx --arg time=5 > a.bt
#
# Each new stack is named in the sampled process (ustack_note): the end
# probe runs in staprun, where print_ustack() could not name the frames
# of a PIE executable or a shared library.



global bts

probe timer.profile
{
    if (1 && user_mode()) {
        bt = ubacktrace()
        if (!(bt in bts))
            ustack_note(bt)
        bts[bt] <<< 1
    }
}

probe timer.s(5)
{
    exit()
}

probe begin
{
    warn(sprintf("Sampling %s for %d seconds...", "ANY", 5))
}

probe end
{
    foreach (bt in bts- limit 1000) {
        ustack_print(bt)
        printf("\t%d\n", @count(bts[bt]))
    }
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/sample-bt.sxx

=== TEST 47: sample-bt.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg limit=VALUE (default: 1000)
	--arg time=VALUE (default: 5)
--- args: --args $T_ROOT/samples/sample-bt.sxx

=== TEST 48: sample-bt.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/sample-bt.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 49: slow-vfs-reads.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# slow-vfs-reads.sxx - vfs reads of a process that take longer than a
# threshold, with the file, the size and the time.
#
#   stap++ -x PID samples/slow-vfs-reads.sxx [--arg min_us=1000] [--arg time=10]

global began, fname

probe vfs.read
{
    if (1) {
        began[tid()] = gettimeofday_us()
        fname[tid()] = __file_filename(file)
    }
}

probe vfs.read.return
{
    t = began[tid()]
    if (!t)
        next
    elapsed = gettimeofday_us() - t
    if (elapsed >= 1000)
        printf("%s read %d bytes from %s in %d us\n", execname(), bytes_read, fname[tid()], elapsed)
    delete began[tid()]
    delete fname[tid()]
}

probe timer.s(10)
{
    exit()
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/slow-vfs-reads.sxx

=== TEST 50: slow-vfs-reads.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg min_us=VALUE (default: 1000)
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/slow-vfs-reads.sxx

=== TEST 51: slow-vfs-reads.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/slow-vfs-reads.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 52: tcp-conn-states.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# tcp-conn-states.sxx - the TCP state and ports of the sockets a process
# reads from, counted over a time.
#
#   stap++ -x PID samples/tcp-conn-states.sxx [--arg time=5]



global seen

function count(fd)
{
    st = sock_state(fd)
    if (st >= 0)
        seen[sock_tcp_state_name(st), sock_local_port(fd), sock_remote_port(fd)]++
}

probe syscall.read
{
    if (1)
        count(fd)
}

// recv() is recvfrom(2); its socket is `s`, as in stap's tapset
probe syscall.recvfrom
{
    if (1)
        count(s)
}

probe timer.s(5)
{
    exit()
}

probe end
{
    foreach ([state, lport, rport] in seen-)
        printf("%-12s %5d <- %5d: %d reads\n", state, lport, rport, seen[state, lport, rport])
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/tcp-conn-states.sxx

=== TEST 53: tcp-conn-states.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 5)
--- args: --args $T_ROOT/samples/tcp-conn-states.sxx

=== TEST 54: tcp-conn-states.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/tcp-conn-states.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 55: zlib-deflate-time.sxx --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
#!/usr/bin/env stap
# zlib-deflate-time.sxx - time spent compressing with zlib's deflate
# (gzip responses), per call and in total.  Needs only zlib's symbol
# table (Debian's libz.so.1 has no debug information); the entry time is
# kept per thread rather than taken with @entry.
#
#   stap++ -x PID samples/zlib-deflate-time.sxx [--arg time=10]

global spent, began, streams

probe process("/lib/x86_64-linux-gnu/libz.so.1").function("deflate")
{
    if (1)
        began[tid()] = gettimeofday_us()
}

probe process("/lib/x86_64-linux-gnu/libz.so.1").function("deflate").return
{
    t = began[tid()]
    if (!t)
        next
    delete began[tid()]
    spent <<< gettimeofday_us() - t
}

// one deflateEnd per compressed stream (per gzip response in nginx)
probe process("/lib/x86_64-linux-gnu/libz.so.1").function("deflateEnd")
{
    if (1)
        streams++
}

probe timer.s(10)
{
    exit()
}

probe end
{
    if (!@count(spent)) {
        println("No deflate call seen.")
        exit()
    }
    printf("%d deflate calls in %d streams, %d us in all, avg %d us\n", @count(spent), streams,
           @sum(spent), @avg(spent))
    print(@hist_log(spent))
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/samples/zlib-deflate-time.sxx

=== TEST 56: zlib-deflate-time.sxx --args
--- sxx
# unused: the script is the file named in args
--- stap_out
	--arg time=VALUE (default: 10)
--- args: --args $T_ROOT/samples/zlib-deflate-time.sxx

=== TEST 57: zlib-deflate-time.sxx parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/samples/zlib-deflate-time.sxx
--- stap_out_like
^# parse tree dump$

