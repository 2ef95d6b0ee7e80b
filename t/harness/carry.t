Self-test fixture for the `carry` section with --vm (fakes as in vm.t):
the files a live block names go into the guest at their own absolute
paths (fake-vm-run lists what was carried in $FAKE_SYNC/root).

=== TEST 1: carry: a path relative to the .t file and an absolute one
--- stap
echo 'echo "carried"' >t_mod.ko
--- carry
carry.t
"$STAP_TEST_DIR"/fake-staprun
--- stap_out
staprun: [t_mod.ko]
carried
--- needs: live
