Passes 1-5 live for tapsets/ansi.stp, oneshot.stp and input.stp.  The
escape sequences are stap 4.8's bytes (/usr/share/systemtap/tapset/
ansi.stp).  The harness gives staprun no standard input (/dev/null), so
the input probes are driven by a -c command writing to the module's
procfs file "__stdin" one byte per write, as staprun's forwarder does
(core/staprun/staprun.c; checked by hand with `printf 'ab\nq\n' |
staprun M.ko` in the guest).

=== TEST 1: probe oneshot runs its body once, then the session ends
--- stap
probe oneshot { println("once") }
probe end { println("end") }
--- stap_out
once
end
--- needs: live

=== TEST 2: ansi_* print the escape sequences stap's do
--- stap
probe oneshot {
	ansi_set_color(31); ansi_set_color(32, 40); ansi_set_color(33, 41, 1)
	ansi_set_color(34, 42, 0); ansi_set_color2(35, 43); ansi_set_color3(36, 44, 4)
	ansi_reset_color(); ansi_new_line()
	ansi_clear_screen(); ansi_cursor_move(3, 4); ansi_cursor_hide()
	ansi_cursor_save(); ansi_cursor_restore(); ansi_cursor_show(); ansi_new_line()
}
--- stap_out_like
^\x1b\[31m\x1b\[40;32m\x1b\[41;33;1m\x1b\[42;34m\x1b\[43;35m\x1b\[44;36;4m\x1b\[0;0m$
^\x1b\[1;1H\x1b\[J\x1b\[4;3H\x1b\[>5I\x1b\[s\x1b\[u\x1b\[>5h$
--- needs: live

=== TEST 3: input.char fires per byte, input.line per line
--- stap
global n
probe input.char { n++; printf("<%s>", char == "\n" ? "NL" : char) }
probe input.line { printf("[%s]\n", substr(line, 0, strlen(line) - 1)) }
probe end { printf("chars %d\n", n) }
--- args: -c 'f=$(echo /proc/systemtap/*/__stdin); for c in a b "\n" c "\n"; do printf "$c" >$f; done'
--- stap_out
<a><b><NL>[ab]
<c><NL>[c]
chars 5
--- ref_skip: stap 4.8's stapio rejects this -c command in wordexp (parsing error 4: shell metacharacters)
--- needs: live
