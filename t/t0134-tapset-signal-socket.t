# Pass 2 of signal.stp's psig functions (signal_str, get_sa_handler,
# sa_handler_str, is_sig_blocked, get_sa_flags, sa_flags_str,
# get_sigaction_mask, sigset_mask_str), socket.stp (socket.* aliases and
# the sock_*/msg_flags helpers) and syscall.send/syscall.recv
# (syscalls_common.stp: the socketcall path).  Function signatures are
# stap 4.8's (checked by eye against stap -p2 -r KREL: the same lines;
# its listing also names its private helpers).  Live: t/t0335.

=== TEST 1: the psig functions, typed as stap 4.8 types them
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe begin {
	printf("%s %s %s %s %d\n", signal_str(1), sa_handler_str(get_sa_handler(0)),
	       sa_flags_str(get_sa_flags(0)), sigset_mask_str(get_sigaction_mask(0)),
	       is_sig_blocked(0, 1))
}
--- stap_out_like
^# functions$
^get_sa_flags:long \(act:long\)$
^get_sa_handler:long \(act:long\)$
^get_sigaction_mask:long \(act:long\)$
^is_sig_blocked:long \(task:long, sig:long\)$
^sa_flags_str:string \(sa_flags:long\)$
^sa_handler_str:string \(handler:long\)$
^signal_str:string \(num:long\)$
^sigset_mask_str:string \(mask:long\)$
^# probes$
--- stap_err
--- ref_skip: stap 4.8's get_sa_flags/get_sa_handler @cast through kernel debuginfo, absent here

=== TEST 2: signal_str of a string is a type mismatch
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe begin { println(signal_str("HUP")) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'HUP' at <input>:1:34$
--- exitcode: 1
--- ref_skip: stap 4.8's signal_str indexes a global array: its error names that array's index

=== TEST 3: process/psig.stp elaborates
--- args: -g -p2 -r $($T_ROOT/t/vm/kmap) /usr/share/systemtap/examples/process/psig.stp
--- stap_out_like
^get_sa_handler:long \(act:long\)$
^sigset_mask_str:string \(mask:long\)$
^begin /\* <- begin \*/$
--- stap_err
--- ref_skip: stap 4.8's get_sa_flags/get_sa_handler @cast through kernel debuginfo, absent here

=== TEST 4: the socket helpers, typed as stap 4.8 types them
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe begin {
	printf("%s %s %s %s %s %s %d %d %d %d\n", sock_prot_num2str(1), sock_fam_num2str(1),
	       sock_state_num2str(1), sock_type_num2str(1), sock_flags_num2str(1),
	       msg_flags_num2str(1), sock_prot_str2num(""), sock_fam_str2num(""),
	       sock_state_str2num(""), sock_type_str2num(""))
}
--- stap_out_like
^# functions$
^msg_flags_num2str:string \(flags:long\)$
^sock_fam_num2str:string \(family:long\)$
^sock_fam_str2num:long \(family:string\)$
^sock_flags_num2str:string \(flags:long\)$
^sock_prot_num2str:string \(proto:long\)$
^sock_prot_str2num:long \(proto:string\)$
^sock_state_num2str:string \(state:long\)$
^sock_state_str2num:long \(state:string\)$
^sock_type_num2str:string \(type:long\)$
^sock_type_str2num:long \(type:string\)$
^# probes$
--- stap_err

=== TEST 5: -L socket.sendmsg
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.sendmsg
--- stap_out
socket.sendmsg name:string size:long protocol:long family:long state:long flags:long type:long
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 6: -L socket.recvmsg
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.recvmsg
--- stap_out
socket.recvmsg name:string size:long protocol:long family:long state:long flags:long type:long
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 7: -L socket.create
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.create
--- stap_out
socket.create name:string protocol:long family:long type:long requester:long
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 8: -L socket.close
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.close
--- stap_out
socket.close name:string protocol:long family:long state:long flags:long type:long
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 9: -L socket.close.return
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.close.return
--- stap_out
socket.close.return name:string
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 10: -L socket.write_iter (sock_write_iter: the iov_iter's count as size)
--- args: -r $($T_ROOT/t/vm/kmap) -L socket.write_iter
--- stap_out
socket.write_iter name:string _sock:long size:long protocol:long family:long state:long flags:long type:long
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 11: socket.send and socket.receive: the .return aliases behind them, __sock_sendmsg first, every variable typed
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe socket.send, socket.receive {
	printf("%s %d %d %d %d %d %d %d\n", name, size, protocol, family, state, flags, type, success)
}
--- stap_out_like
^# probes$
^kernel\.function\("__sock_sendmsg"\)\.return! /\* <- socket\.sendmsg\.return = kernel\.function\("__sock_sendmsg"\)\.return!, kernel\.function\("sock_sendmsg"\)\.return <- socket\.send = socket\.sendmsg\.return, socket\.writev\.return\?, socket\.aio_write\.return\?, socket\.write_iter\.return\? <- socket\.send,socket\.receive \*/$
^  name:string$
^  size:long$
^  protocol:long$
^  family:long$
^  state:long$
^  flags:long$
^  type:long$
^  success:long$
^kernel\.function\("sock_write_iter"\)\.return\? /\* <- socket\.write_iter\.return = kernel\.function\("sock_write_iter"\)\.return\? <- socket\.send = .* \*/$
^kernel\.function\("sock_recvmsg"\)\.return /\* <- socket\.recvmsg\.return = kernel\.function\("sock_recvmsg"\)\.return <- socket\.receive = socket\.recvmsg\.return, socket\.readv\.return\?, socket\.aio_read\.return\?, socket\.read_iter\.return\? <- socket\.send,socket\.receive \*/$
^kernel\.function\("sock_read_iter"\)\.return\? /\* <- socket\.read_iter\.return = kernel\.function\("sock_read_iter"\)\.return\? <- socket\.receive = .* \*/$
--- stap_out_unlike
sock_aio|sock_writev|sock_readv
--- stap_err
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 12: socket.create.return and socket.close: their variables
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe socket.create.return { printf("%s %d %d %d %d %d %d\n", name, protocol, family, type, requester, err, success) }
probe socket.close { printf("%s %d %d %d %d %d\n", name, protocol, family, state, flags, type) }
--- stap_out_like
^kernel\.function\("__sock_create"\)\.return /\* <- socket\.create\.return = kernel\.function\("__sock_create"\)\.return <- socket\.create\.return \*/$
^  requester:long$
^  err:long$
^  success:long$
^kernel\.function\("__sock_release"\)! /\* <- socket\.close = kernel\.function\("__sock_release"\)!, kernel\.function\("sock_release"\) <- socket\.close \*/$
--- stap_err
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 13: socket.aio_write has no function on 6.1: an optional alias that matches nothing
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe socket.aio_write { println(size) }
--- stap_err_like
^semantic error: no match$
--- exitcode: 1
--- ref_skip: stap 4.8's socket.* aliases need the kernel's debuginfo (-dbg package)

=== TEST 14: syscall.send and syscall.recv: the socketcall entry points, x86_64 and ia32 compat
--- args: -p2 -r $($T_ROOT/t/vm/kmap)
--- stap
probe syscall.send { printf("%s %s %d %d %d %d %s %s\n", name, argstr, s, buf_uaddr, len, flags, flags_str, buf) }
probe syscall.recv { printf("%s %s %d %d %d %d %s\n", name, argstr, s, buf_uaddr, len, flags, flags_str) }
probe syscall.send.return, syscall.recv.return { printf("%s %d %s\n", name, retval, retstr) }
--- stap_out_like
^kernel\.function\("__x64_sys_socketcall"\)\? /\* <- __syscall\.socketcall\.send = kernel\.function\("__x64_sys_socketcall"\)\? <- syscall\.send = __syscall\.socketcall\.send\?, __syscall\.compat_socketcall\.send\? <- syscall\.send \*/$
^kernel\.function\("__ia32_compat_sys_socketcall"\)\? /\* <- __syscall\.compat_socketcall\.send = kernel\.function\("__ia32_compat_sys_socketcall"\)\? <- syscall\.send = .* \*/$
^  buf:string$
^kernel\.function\("__x64_sys_socketcall"\)\? /\* <- __syscall\.socketcall\.recv = .* <- syscall\.recv \*/$
^kernel\.function\("__ia32_compat_sys_socketcall"\)\? /\* <- __syscall\.compat_socketcall\.recv = .* <- syscall\.recv \*/$
^kernel\.function\("__x64_sys_socketcall"\)\.return\? /\* <- __syscall\.socketcall\.send\.return = .* \*/$
^kernel\.function\("__ia32_compat_sys_socketcall"\)\.return\? /\* <- __syscall\.compat_socketcall\.recv\.return = .* \*/$
^  retstr:string$
--- stap_err
--- ref_skip: stap 4.8 binds them to kprobe.function("__x64_sys_socketcall") alone (its nd2_syscall fallback), through other aliases

=== TEST 15: general/socket-events.stp elaborates (syscall.send, syscall.recv and their .return)
--- args: -g -p2 -r $($T_ROOT/t/vm/kmap) /usr/share/systemtap/examples/general/socket-events.stp
--- stap_out_like
^kernel\.function\("__ia32_compat_sys_socketcall"\)\? /\* <- __syscall\.compat_socketcall\.send = .* <- syscall\.send,syscall\.sendmsg \*/$
^kernel\.function\("__ia32_compat_sys_socketcall"\)\? /\* <- __syscall\.compat_socketcall\.recv = .* <- syscall\.recv,syscall\.recvfrom,syscall\.recvmsg \*/$
--- stap_err
--- ref_skip: stap 4.8 needs debuginfo for these aliases or resolves them to other probe points
