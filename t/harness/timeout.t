Self-test fixture: timeouts kill the whole process group.  The run script
passes FAKE_PIDFILE and checks afterwards that the sleeps are gone.

=== TEST 1: a command past its timeout fails and is killed
--- stap
echo $$ > "$FAKE_PIDFILE.1"
echo partial
sleep 600
--- stap_out
partial
--- timeout: 0.5

=== TEST 2: the whole process group goes, not just its leader
--- stap
sh -c 'echo $$ > "$FAKE_PIDFILE.2"; exec sleep 600' &
wait
--- timeout: 0.5

=== TEST 3: output a command wrote before the timeout is shown
--- stap
echo 'to stderr' >&2
exec sleep 600
--- stap_err
to stderr
--- timeout
0.3

=== TEST 4: a block within its timeout passes
--- stap
sleep 0.1
echo done
--- stap_out
done
--- timeout: 5
