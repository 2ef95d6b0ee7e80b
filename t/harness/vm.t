Self-test fixture for --vm: the guest rig does not exist yet, so blocks
that need it fail loudly instead of pretending.

=== TEST 1: needs live
--- stap
echo live
--- needs: live

=== TEST 2: needs vm
--- stap
echo vm
--- needs: vm root

=== TEST 3: a host block still runs
--- stap
echo host
--- stap_out
host
