Live output: large and interleaved output through the transport, stdout
and stderr kept apart (warn, log, error), output at the end of a session,
and staprun's -T, -c and -o as stap passes them on.  Expected texts are
SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: two thousand lines from one probe
--- stap
probe begin {
	for (i = 0; i < 2000; i++) printf("line %04d\n", i)
	exit()
}
--- args: -DMAXACTION=100000
--- stap_out_like
\Aline 0000\nline 0001\n
\nline 1000\nline 1001\n
\nline 1998\nline 1999\n\z
--- needs: live

=== TEST 2: output of begin, timer and end probes in order
--- stap
global n
probe begin { println("begin") }
probe timer.ms(10) { n++; printf("timer %d\n", n); if (n == 3) exit() }
probe end { println("end") }
--- stap_out
begin
timer 1
timer 2
timer 3
end
--- needs: live

=== TEST 3: warn() goes to stderr, log() and print to stdout
--- stap
probe begin {
	println("out 1"); warn("warned"); log("logged"); println("out 2")
	exit()
}
--- stap_out
out 1
logged
out 2
--- stap_err
WARNING: warned
--- needs: live

=== TEST 4: a line longer than a kilobyte
--- stap
probe begin {
	s = "0123456789abcdef"
	for (i = 0; i < 80; i++) print(s)
	println("")
	exit()
}
--- args: -DMAXACTION=10000
--- stap_out_like
\A(0123456789abcdef){80}\n\z
--- needs: live

=== TEST 5: output without a final newline is flushed at the end
--- stap
probe begin { print("no newline"); exit() }
--- stap_out chomp
no newline
--- needs: live

=== TEST 6: an end probe prints after -T ends the run
--- stap
global ticks
probe timer.ms(100) { ticks++ }
probe end { println(ticks > 0 ? "ticked" : "no ticks"); println("end") }
--- args: -T 1
--- stap_out
ticked
end
--- needs: live

=== TEST 7: -c runs a command; target() is its pid; the run ends with it
--- stap
probe begin { println(target() > 0 ? "has target" : "no target") }
probe end { println("end") }
--- args: -c 'sleep 0.2'
--- stap_out
has target
end
--- needs: live

=== TEST 8: -o writes the output to a file
--- stap
probe begin { println("to the file"); exit() }
--- args: -o out.txt
--- stap_out
--- needs: live

=== TEST 9: output printed before an error still arrives
--- stap
probe begin { for (i = 0; i < 50; i++) printf("%d ", i); println(""); error("after output") }
--- stap_out
0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 
--- stap_err
ERROR: after output
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 10: many small prints from a timer
--- stap
global n
probe timer.ms(1) { n++; printf("%d\n", n); if (n == 200) exit() }
--- stap_out_like
\A1\n2\n3\n
\n100\n101\n
\n199\n200\n\z
--- needs: live

=== TEST 11: warn() from an end probe
--- stap
probe begin { exit() }
probe end { warn("leaving"); println("bye") }
--- stap_out
bye
--- stap_err
WARNING: leaving
--- needs: live

=== TEST 12: printf of a large number of fields fills the buffer
--- stap
probe begin {
	for (i = 0; i < 300; i++) printf("%5d|%-8s|%x\n", i, "f" . sprint(i % 7), i * i)
	exit()
}
--- args: -DMAXACTION=10000
--- stap_out_like
\A    0\|f0      \|0\n    1\|f1      \|1\n
\n  299\|f5      \|15d39\n\z
--- needs: live
