Self-test fixture: a block marked ONLY is the only one of its file to run;
the others are shown as skipped so that a forgotten ONLY shows up.

=== TEST 1: not run
--- stap
exit 1

=== TEST 2: the ONLY one
--- ONLY
--- stap
echo only
--- stap_out
only

=== TEST 3: not run either
--- stap
exit 1
