Self-test fixture: skipped blocks (none of them may run: each would fail).

=== TEST 1: skip with a reason
--- stap
exit 1
--- skip: waiting for the translator

=== TEST 2: skip without a reason
--- stap
exit 1
--- skip

=== TEST 3: needs vm without --vm
--- stap
exit 1
--- needs: vm

=== TEST 4: skip wins over needs
--- stap
exit 1
--- needs: vm
--- skip: both

=== TEST 5: a block that runs
--- stap
echo ran
--- stap_out
ran
