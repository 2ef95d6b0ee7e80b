Live runtime errors: the ERROR line with its script position, the error
probe, the end probes, the closing WARNING and exit status 1, and what
try/catch sees.  Expected texts are SystemTap 4.8's (see
t/t0310-live-expr.t).

=== TEST 1: division by zero in a function
--- stap
function div(a, b) { return a / b }
probe begin { println("start"); println(div(1, 0)) }
probe end { println("end") }
--- stap_out
start
--- stap_err
ERROR: division by 0 near operator '/' at <input>:1:31
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 2: modulo by zero
--- stap
probe begin { x = 0; y = 7 % x; println(y) }
--- stap_out
--- stap_err
ERROR: division by 0 near operator '%' at <input>:1:28
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 3: error() with a message built at run time
--- stap
probe begin { n = 3; error(sprintf("bad count %d", n)) }
--- stap_out
--- stap_err
ERROR: bad count 3
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 4: the error probe runs, the end probe does not
--- stap
probe begin { error("stop") }
probe error { println("error 1") }
probe error { println("error 2") }
probe end { println("end") }
--- stap_out
error 1
error 2
--- stap_err
ERROR: stop
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 5: an error in a timer probe
--- stap
global n
probe timer.ms(5) { n++; if (n == 3) error("third tick") }
probe end { println("end ", n) }
--- stap_out
--- stap_err
ERROR: third tick
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 6: an error in an end probe
--- stap
probe begin { exit() }
probe end { println("end starts"); x = 0; println(1 / x); println("not reached") }
--- stap_out
end starts
--- stap_err
ERROR: division by 0 near operator '/' at <input>:2:53
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 7: an error after exit() in the same handler
--- stap
probe begin { exit(); error("after exit") }
probe end { println("end") }
--- stap_out
--- stap_err
ERROR: after exit
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 8: try/catch stops the error from ending the run
--- stap
probe begin {
	try { x = 0; println(5 % x) } catch (e) { println("caught: ", e) }
	println("goes on")
	exit()
}
probe error { println("never") }
--- stap_out
caught: division by 0
goes on
--- needs: live

=== TEST 9: an error in a function called from a catch block
--- stap
function boom() { error("boom") }
probe begin {
	try { boom() } catch (e) { println("1: ", e); boom() }
	println("not reached")
}
--- stap_out
1: boom
--- stap_err
ERROR: boom
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 10: @min of an empty statistic in an expression
--- stap
global s
probe begin { printf("%d\n", 1 + @min(s)) }
probe never { s <<< 1 }
--- stap_out
--- stap_err
ERROR: empty aggregate near operator '@min' at <input>:2:34
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 11: the error message from a caught empty aggregate
--- stap
global s
probe begin { try { x = @avg(s); println(x) } catch (e) { println(e) }; exit() }
probe never { s <<< 1 }
--- stap_out
empty aggregate
--- needs: live

=== TEST 12: error() with an empty message
--- stap
probe begin { error("") }
--- stap_out
--- stap_err
ERROR: 
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 13: an error in the second of two begin probes
--- stap
probe begin { println("first") }
probe begin { println("second"); error("in second") }
probe begin { println("third") }
--- stap_out
first
second
--- stap_err
ERROR: in second
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 14: errors counted with MAXERRORS
--- stap
global n
probe timer.ms(2) { n++; if (n <= 3) error(sprintf("e%d", n)) }
--- args: -DMAXERRORS=2
--- stap_out
--- stap_err
ERROR: e1
ERROR: e2
ERROR: e3
WARNING: Number of errors: 3, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 15: a caught error inside a loop of a function
--- stap
function safe_div(a, b) { try { return a / b } catch { return -999 } }
probe begin {
	for (i = -1; i <= 1; i++) printf("%d ", safe_div(10, i))
	println("")
	exit()
}
--- stap_out
-10 -999 10 
--- needs: live

=== TEST 16: division by zero in a compound assignment
--- stap
probe begin { x = 10; y = 0; x /= y; println(x) }
--- stap_out
--- stap_err
ERROR: division by 0 near identifier 'y' at <input>:1:35
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 17: modulo by zero in a compound assignment
--- stap
probe begin { x = 10; y = 0; x %= y; println(x) }
--- stap_out
--- stap_err
ERROR: division by 0 near identifier 'y' at <input>:1:35
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 18: kernel_string of an unreadable address
--- stap
probe begin { println(kernel_string(0)) }
--- stap_err_like
\AERROR: kernel string copy fault at 0x0 \[man error::fault\] near identifier 'kernel_string' at \S+\.stp:\d+:\d+\nWARNING: Number of errors: 1, skipped probes: 0\n\z
--- stap_out
--- exitcode: 1
--- needs: live

=== TEST 19: the error probe can print what happened before
--- stap
global stage
probe begin { stage = "parsing"; error("broken") }
probe error { printf("failed while %s\n", stage) }
--- stap_out
failed while parsing
--- stap_err
ERROR: broken
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 20: an error inside a foreach loop
--- stap
global a
probe begin {
	a[1] = 1; a[2] = 0; a[3] = 3
	foreach (k+ in a) printf("%d ", 6 / a[k])
	println("never")
}
--- stap_out chomp
6 
--- stap_err
ERROR: division by 0 near operator '/' at <input>:4:36
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 21: the catch variable keeps the first message
--- stap
probe begin {
	try { error("one") } catch (m1) {
		try { error("two") } catch (m2) { printf("%s %s\n", m1, m2) }
	}
	exit()
}
--- stap_out
one two
--- needs: live

=== TEST 22: a runtime error with a long message
--- stap
probe begin {
	m = "x"
	for (i = 0; i < 6; i++) m .= m
	error("long " . m)
}
--- stap_out
--- stap_err
ERROR: long xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live
