# Golden --dump-src and --args output of every module of stapxx/modules
# (expanded as a script of its own), and a check that each parses with
# stap -p1.  Written by t/stapxx/golden.sh, reviewed by eye.

=== TEST 1: kernel.socket --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// kernel.socket - from a file descriptor of the current process to its
// socket: is it one, its TCP state, its local and remote ports.  Kernel
// types come from the kernel's debug information.

function sock_file:long(fd)
{
    files = @cast(task_current(), "task_struct", "kernel")->files
    fdt = @cast(files, "files_struct", "kernel")->fdt
    if (fd < 0 || fd >= @cast(fdt, "fdtable", "kernel")->max_fds)
        return 0
    return @cast(fdt, "fdtable", "kernel")->fd[fd]
}

// struct socket * of fd, or 0 when fd is not a socket
function sock_from_fd:long(fd)
{
    file = sock_file(fd)
    if (file == 0)
        return 0
    mode = @cast(file, "file", "kernel")->f_inode->i_mode
    if ((mode & 0170000) != 0140000)
        return 0
    return @cast(file, "file", "kernel")->private_data
}

// struct sock * of fd, or 0
function sock_sk_from_fd:long(fd)
{
    sock = sock_from_fd(fd)
    return sock ? @cast(sock, "socket", "kernel")->sk : 0
}

function sock_tcp_state_name:string(state)
{
    if (state == 1) return "ESTABLISHED"
    if (state == 2) return "SYN_SENT"
    if (state == 3) return "SYN_RECV"
    if (state == 4) return "FIN_WAIT1"
    if (state == 5) return "FIN_WAIT2"
    if (state == 6) return "TIME_WAIT"
    if (state == 7) return "CLOSE"
    if (state == 8) return "CLOSE_WAIT"
    if (state == 9) return "LAST_ACK"
    if (state == 10) return "LISTEN"
    if (state == 11) return "CLOSING"
    if (state == 12) return "NEW_SYN_RECV"
    return sprintf("UNKNOWN(%d)", state)
}

// the TCP state of fd, -1 when it is not a socket
function sock_state:long(fd)
{
    sk = sock_sk_from_fd(fd)
    return sk ? @cast(sk, "sock", "kernel")->__sk_common->skc_state : -1
}

function sock_local_port:long(fd)
{
    sk = sock_sk_from_fd(fd)
    return sk ? @cast(sk, "sock", "kernel")->__sk_common->skc_num : 0
}

function sock_remote_port:long(fd)
{
    sk = sock_sk_from_fd(fd)
    return sk ? ntohs(@cast(sk, "sock", "kernel")->__sk_common->skc_dport) : 0
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/kernel/socket.sxx

=== TEST 2: kernel.socket --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/kernel/socket.sxx

=== TEST 3: kernel.socket parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/kernel/socket.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 4: luajit --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// luajit - LuaJIT 2.1 internals, read from the traced process: the VM
// state, the GC's heap size, string contents and Lua backtraces.
//
// GC64 or not is detected, not chosen: a GC64 build's GCRef and MRef hold
// 64-bit pointers (gcptr64, ptr64), the other builds 32-bit ones
// (gcptr32, ptr32), and @defined asks the library's debug information
// which one this build has.  The library is libluajit-5.1.so (the
// executable itself when LuaJIT is linked in statically).
//
// Functions take L, a lua_State *.

// 1 in a GC64 build, 0 otherwise
function luajit_gc64:long()
{
    return @defined(@cast(0, "GCRef", "/usr/sbin/nginx")->gcptr64) ? 1 : 0
}

// the object the GCRef at address ref points to
function luajit_gcref:long(ref)
{
    return @defined(@cast(ref, "GCRef", "/usr/sbin/nginx")->gcptr64)
           ? @cast(ref, "GCRef", "/usr/sbin/nginx")->gcptr64
           : @cast(ref, "GCRef", "/usr/sbin/nginx")->gcptr32
}

// the pointer the MRef at address ref holds
function luajit_mref:long(ref)
{
    return @defined(@cast(ref, "MRef", "/usr/sbin/nginx")->ptr64)
           ? @cast(ref, "MRef", "/usr/sbin/nginx")->ptr64
           : @cast(ref, "MRef", "/usr/sbin/nginx")->ptr32
}

// global_State * of L
function luajit_G:long(L)
{
    return luajit_mref(&@cast(L, "lua_State", "/usr/sbin/nginx")->glref)
}

// 0 interpreted, 1 C code, 2 GC, 3 trace exit, 4 trace recorder,
// 5 trace optimizer, 6 trace assembler, 7 compiled code (vmstate holds a
// trace number then, the others are stored complemented)
function luajit_vm_state:long(L)
{
    vms = @cast(luajit_G(L), "global_State", "/usr/sbin/nginx")->vmstate
    vms = vms & 0xffffffff
    if (vms & 0x80000000)
        return ~(vms | ~0xffffffff)
    return 7
}

function luajit_vm_state_name:string(state)
{
    if (state == 0) return "interpreted"
    if (state == 1) return "C code"
    if (state == 2) return "garbage collector"
    if (state == 3) return "trace exit handler"
    if (state == 4) return "trace recorder"
    if (state == 5) return "trace optimizer"
    if (state == 6) return "trace assembler"
    if (state == 7) return "compiled"
    return sprintf("unknown(%d)", state)
}

// bytes the GC has allocated
function luajit_gc_total:long(L)
{
    return @cast(luajit_G(L), "global_State", "/usr/sbin/nginx")->gc->total
}

// the contents of the GCstr *s, at most 1024 bytes; its bytes follow
// the header
function luajit_str:string(s)
{
    if (s == 0)
        return ""
    len = @cast(s, "GCstr", "/usr/sbin/nginx")->len
    data = &@cast(s, "GCstr", "/usr/sbin/nginx")[1]
    return user_string_n(data, len < 1024 ? len : 1024)
}

// Frames.  A frame's link slot holds its type and size (ftsz) or, for a
// Lua frame, the return PC; the function sits in the slot below it in
// GC64 builds, in the same slot's low word otherwise.

function luajit_frame_func:long(f, fr2)
{
    return fr2 ? user_uint64(f - 8) & 0x7fffffffffff : user_uint32(f)
}

function luajit_frame_ftsz:long(f, fr2)
{
    return fr2 ? user_int64(f) : user_int32(f + 4)
}

// "@app.lua:12" for a Lua function, "C:0x..." or "builtin#N" for others
function luajit_func_name:string(fn)
{
    ffid = @cast(fn, "GCfuncL", "/usr/sbin/nginx")->ffid
    if (ffid == 1)
        return sprintf("C:%p", @cast(fn, "GCfuncC", "/usr/sbin/nginx")->f)
    if (ffid != 0)
        return sprintf("builtin#%d", ffid)
    proto_size = &@cast(0, "GCproto", "/usr/sbin/nginx")[1]
    pt = luajit_mref(&@cast(fn, "GCfuncL", "/usr/sbin/nginx")->pc) - proto_size
    name = luajit_gcref(&@cast(pt, "GCproto", "/usr/sbin/nginx")->chunkname)
    return sprintf("%s:%d", luajit_str(name),
                   @cast(pt, "GCproto", "/usr/sbin/nginx")->firstline)
}

// the Lua call stack of L, innermost first, one frame a line, at most
// 64 frames
function luajit_backtrace:string(L)
{
    fr2 = luajit_gc64()
    bot = luajit_mref(&@cast(L, "lua_State", "/usr/sbin/nginx")->stack) + 8 * fr2
    f = @cast(L, "lua_State", "/usr/sbin/nginx")->base - 8
    bt = ""
    for (n = 0; f > bot && n < 64; n++) {
        ftsz = luajit_frame_ftsz(f, fr2)
        bt .= luajit_func_name(luajit_frame_func(f, fr2)) . "\n"
        if ((ftsz & 3) == 0) {
            // a Lua frame: the caller's call instruction says how far
            pc = fr2 ? ftsz : ftsz & 0xffffffff
            ins = user_uint32(pc - 4)
            f -= (1 + fr2 + ((ins >> 8) & 0xff)) * 8
        } else {
            f -= ftsz & ~7
        }
    }
    return bt
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/luajit.sxx

=== TEST 5: luajit --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/luajit.sxx

=== TEST 6: luajit parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/luajit.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 7: nginx.chain --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.chain - buffer chains (ngx_chain_t *cl): their size, their number
// of links and a one-line description, for output filters and bodies.
// Walks stop after 1024 links, so a corrupt chain cannot loop.

function ngx_buf_size:long(b)
{
    
    if (b == 0)
        return 0
    if (@cast(b, "ngx_buf_t", "/usr/sbin/nginx")->in_file && !@cast(b, "ngx_buf_t", "/usr/sbin/nginx")->temporary && !@cast(b, "ngx_buf_t", "/usr/sbin/nginx")->memory && !@cast(b, "ngx_buf_t", "/usr/sbin/nginx")->mmap)
        return @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->file_last - @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->file_pos
    return @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->last - @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->pos
}

function ngx_chain_size:long(cl)
{
    
    size = 0
    for (n = 0; cl != 0 && n < 1024; n++) {
        size += ngx_buf_size(@cast(cl, "ngx_chain_t", "/usr/sbin/nginx")->buf)
        cl = @cast(cl, "ngx_chain_t", "/usr/sbin/nginx")->next
    }
    return size
}

function ngx_chain_links:long(cl)
{
    for (n = 0; cl != 0 && n < 1024; n++)
        cl = @cast(cl, "ngx_chain_t", "/usr/sbin/nginx")->next
    return n
}

// "[12 mem][4096 file][last]": size and kind of each buffer
function ngx_chain_dump:string(cl)
{
    out = ""
    for (n = 0; cl != 0 && n < 1024; n++) {
        b = @cast(cl, "ngx_chain_t", "/usr/sbin/nginx")->buf
        kind = @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->in_file ? "file" : "mem"
        out .= sprintf("[%d %s%s%s]", ngx_buf_size(b), kind,
                       @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->last_buf ? " last" : "", @cast(b, "ngx_buf_t", "/usr/sbin/nginx")->flush ? " flush" : "")
        cl = @cast(cl, "ngx_chain_t", "/usr/sbin/nginx")->next
    }
    return out
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/chain.sxx

=== TEST 8: nginx.chain --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/chain.sxx

=== TEST 9: nginx.chain parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/chain.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 10: nginx.config --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.config - the running configuration, through the global ngx_cycle:
// prefix, configuration file, connection counts, listening sockets,
// worker processes.



function ngx_cycle:long()
{
    return @var("ngx_cycle@src/core/ngx_cycle.c", "/usr/sbin/nginx")
}

function ngx_conf_prefix:string()
{
    
    return ngx_str(&@cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->conf_prefix)
}

function ngx_conf_file:string()
{
    return ngx_str(&@cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->conf_file)
}

function ngx_hostname:string()
{
    return ngx_str(&@cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->hostname)
}

function ngx_connection_n:long()
{
    return @cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->connection_n
}

function ngx_free_connection_n:long()
{
    return @cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->free_connection_n
}

function ngx_listening_n:long()
{
    return @cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->listening->nelts
}

// "0.0.0.0:80" for the i-th listening socket
function ngx_listening_addr:string(i)
{
    if (i < 0 || i >= ngx_listening_n())
        return ""
    ls = &@cast(@cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->listening->elts, "ngx_listening_t", "/usr/sbin/nginx")[i]
    return ngx_str(&@cast(ls, "ngx_listening_t", "/usr/sbin/nginx")->addr_text)
}

// worker_processes, from the core module's configuration: conf_ctx is
// an array of pointers indexed by module index, the core module's is 0.
// @cast takes a type name, not "void *", so read the pointer itself.
function ngx_worker_processes:long()
{
    ctx = @cast(ngx_cycle(), "ngx_cycle_t", "/usr/sbin/nginx")->conf_ctx
    core = user_long(ctx)
    return @cast(core, "ngx_core_conf_t", "/usr/sbin/nginx")->worker_processes
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/config.sxx

=== TEST 11: nginx.config --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/config.sxx

=== TEST 12: nginx.config parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/config.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 13: nginx.pool --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.pool - memory pools (ngx_pool_t *p): how many blocks a pool has,
// how much of them is in use, its large allocations and cleanups.
// Walks stop after 4096 entries.

function ngx_pool_blocks:long(p)
{
    
    for (n = 0; p != 0 && n < 4096; n++)
        p = @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->d->next
    return n
}

// bytes handed out from the pool's blocks (not counting large ones)
function ngx_pool_used:long(p)
{
    used = 0
    for (n = 0; p != 0 && n < 4096; n++) {
        used += @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->d->last - p
        p = @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->d->next
    }
    return used
}

// bytes the pool's blocks span, used or not
function ngx_pool_capacity:long(p)
{
    cap = 0
    for (n = 0; p != 0 && n < 4096; n++) {
        cap += @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->d->end - p
        p = @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->d->next
    }
    return cap
}

function ngx_pool_large_count:long(p)
{
    
    l = @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->large
    for (n = 0; l != 0 && n < 4096; n++)
        l = @cast(l, "ngx_pool_large_t", "/usr/sbin/nginx")->next
    return n
}

function ngx_pool_cleanup_count:long(p)
{
    
    c = @cast(p, "ngx_pool_t", "/usr/sbin/nginx")->cleanup
    for (n = 0; c != 0 && n < 4096; n++)
        c = @cast(c, "ngx_pool_cleanup_t", "/usr/sbin/nginx")->next
    return n
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/pool.sxx

=== TEST 14: nginx.pool --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/pool.sxx

=== TEST 15: nginx.pool parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/pool.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 16: nginx.request --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.request - what a request (ngx_http_request_t *r) is about: method,
// URI, arguments, Host, User-Agent, the client's address and port, when
// it started, and whether it is a main request or a subrequest.



function ngx_req_method:string(r)
{
    
    return ngx_str(&@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->method_name)
}

function ngx_req_uri:string(r)
{
    return ngx_str(&@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->uri)
}

function ngx_req_args:string(r)
{
    return ngx_str(&@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->args)
}

// the request line as sent: "GET /foo?a=1 HTTP/1.1"
function ngx_req_line:string(r)
{
    return ngx_str(&@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->request_line)
}

function ngx_req_header_value:string(h)
{
    
    if (h == 0)
        return ""
    return ngx_str(&@cast(h, "ngx_table_elt_t", "/usr/sbin/nginx")->value)
}

function ngx_req_host:string(r)
{
    return ngx_req_header_value(@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->headers_in->host)
}

function ngx_req_user_agent:string(r)
{
    return ngx_req_header_value(@cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->headers_in->user_agent)
}

function ngx_req_remote_addr:string(r)
{
    
    c = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->connection
    return ngx_str(&@cast(c, "ngx_connection_t", "/usr/sbin/nginx")->addr_text)
}

// sin_port and sin6_port sit at the same offset: one read serves both
function ngx_req_remote_port:long(r)
{
    c = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->connection
    sa = @cast(c, "ngx_connection_t", "/usr/sbin/nginx")->sockaddr
    family = @cast(sa, "sockaddr", "/usr/sbin/nginx")->sa_family
    if (family != 2 && family != 10)
        return 0
    return ntohs(@cast(sa, "sockaddr_in", "/usr/sbin/nginx")->sin_port)
}

// milliseconds since the epoch when the request's first byte was read
function ngx_req_start_ms:long(r)
{
    return @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->start_sec * 1000 + @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->start_msec
}

function ngx_req_is_main:long(r)
{
    return @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->main == r
}

function ngx_req_status:long(r)
{
    return @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->headers_out->status
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/request.sxx

=== TEST 17: nginx.request --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/request.sxx

=== TEST 18: nginx.request parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/request.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 19: nginx.string --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.string - nginx's ngx_str_t (a length and a pointer, no NUL) as
// script strings, read from the traced nginx's memory.
//
//   ngx_str(s)           the string at ngx_str_t *s ("" for NULL)
//   ngx_str_n(s, max)    the same, cut to at most max bytes
//   ngx_str_len(s)       its length
//   ngx_str_data(p, len) len bytes at p (a u_char *), at most 1024

function ngx_str_data:string(p, len)
{
    if (p == 0 || len <= 0)
        return ""
    return user_string_n(p, len < 1024 ? len : 1024)
}

function ngx_str_len:long(s)
{
    
    if (s == 0)
        return 0
    return @cast(s, "ngx_str_t", "/usr/sbin/nginx")->len
}

function ngx_str_n:string(s, max)
{
    if (s == 0)
        return ""
    len = @cast(s, "ngx_str_t", "/usr/sbin/nginx")->len
    return ngx_str_data(@cast(s, "ngx_str_t", "/usr/sbin/nginx")->data, len < max ? len : max)
}

function ngx_str:string(s)
{
    return ngx_str_n(s, 1024)
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/string.sxx

=== TEST 20: nginx.string --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/string.sxx

=== TEST 21: nginx.string parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/string.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 22: nginx.upstream --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// nginx.upstream - the upstream side of a request (ngx_http_request_t *r):
// one state per upstream tried (r->upstream_states), with its status,
// response, connect and header times (ms), response length and bytes,
// and the address of the current peer.



function ngx_upstream_nstates:long(r)
{
    
    
    a = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->upstream_states
    if (a == 0)
        return 0
    return @cast(a, "ngx_array_t", "/usr/sbin/nginx")->nelts
}

// the i-th ngx_http_upstream_state_t (0-based), 0 when out of range
function ngx_upstream_state:long(r, i)
{
    if (i < 0 || i >= ngx_upstream_nstates(r))
        return 0
    a = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->upstream_states
    return &@cast(@cast(a, "ngx_array_t", "/usr/sbin/nginx")->elts, "ngx_http_upstream_state_t", "/usr/sbin/nginx")[i]
}

function ngx_upstream_status:long(st)
{
    
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->status : 0
}

function ngx_upstream_response_time:long(st)
{
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->response_time : -1
}

// the state of the upstream the request talks to now (r->upstream->state)
function ngx_upstream_cur_state:long(r)
{
    
    u = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->upstream
    return u ? @cast(u, "ngx_http_upstream_t", "/usr/sbin/nginx")->state : 0
}

// ms since the request went upstream (ngx_current_msec - u->start_time):
// what ngx_http_upstream_finalize_request stores as the current state's
// response_time, which is still -1 when that function is entered
function ngx_upstream_elapsed:long(r)
{
    u = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->upstream
    if (u == 0)
        return -1
    return @var("ngx_current_msec@src/core/ngx_times.c", "/usr/sbin/nginx") - @cast(u, "ngx_http_upstream_t", "/usr/sbin/nginx")->start_time
}

function ngx_upstream_connect_time:long(st)
{
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->connect_time : -1
}

function ngx_upstream_header_time:long(st)
{
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->header_time : -1
}

function ngx_upstream_response_length:long(st)
{
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->response_length : 0
}

function ngx_upstream_bytes_received:long(st)
{
    return st ? @cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->bytes_received : 0
}

function ngx_upstream_peer:string(st)
{
    return st ? ngx_str(@cast(st, "ngx_http_upstream_state_t", "/usr/sbin/nginx")->peer) : ""
}

// the peer the request talks to now ("" before one is chosen)
function ngx_upstream_addr:string(r)
{
    u = @cast(r, "ngx_http_request_t", "/usr/sbin/nginx")->upstream
    if (u == 0)
        return ""
    return ngx_str(@cast(u, "ngx_http_upstream_t", "/usr/sbin/nginx")->peer->name)
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/upstream.sxx

=== TEST 23: nginx.upstream --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/nginx/upstream.sxx

=== TEST 24: nginx.upstream parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/nginx/upstream.sxx
--- stap_out_like
^# parse tree dump$

=== TEST 25: ustack --dump-src
--- sxx
# unused: the script is the file named in args
--- stap_out
// ustack - user backtraces named where they are taken.
//
// print_ustack(bt) names the addresses of bt in the task that runs it.
// A sample that aggregates ubacktrace() strings and prints them in an
// end probe runs print_ustack in staprun, not in the task sampled: with
// PIE executables and shared libraries (Debian's nginx, libc) every
// frame comes out bare, " 0x55d5c5a0e139 : 0x55d5c5a0e139" (SystemTap
// 4.8 does the same).  So: ustack_note(bt), in the probe that took bt,
// names each address not seen before with usymdata() there, once;
// ustack_print(bt), anywhere, prints bt as print_ustack() would
// (" 0xADDR : sym+0xOFF/0xSIZE [path]" a line), from those names.
// Addresses are taken to mean the same code in every traced process:
// trace one program (its workers share its mappings).

global __ustack_names

function ustack_note(bt:string)
{
    // ubacktrace() is a newline alone without a user context
    for (addr = tokenize(bt, " \n"); addr != ""; addr = tokenize("", " \n"))
        if (!(addr in __ustack_names))
            __ustack_names[addr] = usymdata(strtol(addr, 16))
}

function ustack_print(bt:string)
{
    for (addr = tokenize(bt, " \n"); addr != ""; addr = tokenize("", " \n"))
        printf(" %s : %s\n", addr, addr in __ustack_names ? __ustack_names[addr] : addr)
}
--- args: --dump-src --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/ustack.sxx

=== TEST 26: ustack --args
--- sxx
# unused: the script is the file named in args
--- stap_out
--- args: --args $T_ROOT/stapxx/modules/ustack.sxx

=== TEST 27: ustack parses
--- sxx
# unused: the script is the file named in args
--- args: -p1 --exec /usr/sbin/nginx $T_ROOT/stapxx/modules/ustack.sxx
--- stap_out_like
^# parse tree dump$

