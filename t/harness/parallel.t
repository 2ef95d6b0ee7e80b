Self-test fixture for -j: TEST 1 can only finish after TEST 4 has run, so
with -j 4 it passes (and its result is still printed first), while with
-j 1 it times out.  FAKE_SYNC is a fresh directory made by the run script.

=== TEST 1: waits for TEST 4
--- stap
while [ ! -e "$FAKE_SYNC/4" ]; do sleep 0.02; done
echo 1
--- stap_out
1
--- timeout: 3

=== TEST 2: quick
--- stap
echo 2
--- stap_out
2

=== TEST 3: quick
--- stap
echo 3
--- stap_out
3

=== TEST 4: releases TEST 1
--- stap
sleep 0.2
touch "$FAKE_SYNC/4"
echo 4
--- stap_out
4
