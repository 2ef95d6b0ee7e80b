Self-test fixture for --vm, with fakes for the rig (fake-vm-run), for
staprun (fake-staprun) and for stap (fake-stap): a "module" is a shell
script the build writes, which the fake guest runs.

=== TEST 1: needs live: built on the host, run in the guest
--- stap
printf '%s' "$FAKE_ARGS" >&2
echo 'echo "guest says $(basename "$PWD")"' >t_mod.ko
--- stap_out
staprun: [t_mod.ko]
guest says e1
--- stap_err
[-p4]
[-r]
[9.9.9-test]
--- needs: live

=== TEST 2: needs vm: -p5 dropped, -T, -c and -o go to staprun too
--- stap
printf '%s' "$FAKE_ARGS" >&2
echo 'echo "to stderr" >&2; exit 3' >$2.ko
--- args: -v -p5 -T 7 -c 'echo hi' -o"out file" -m mine
--- script_args: one mine
--- stap_out
staprun: [-T][7][-c][echo hi][-o][out file][mine.ko]
--- stap_err
[-p4]
[-r]
[9.9.9-test]
[-v]
[-T]
[7]
[-c]
[echo hi]
[-oout file]
[-m]
[mine]
to stderr
--- exitcode: 3
--- needs: vm root

=== TEST 3: a failed build is checked on the host
--- stap
echo 'parse error: expected foo' >&2
exit 1
--- stap_err
parse error: expected foo
--- exitcode: 1
--- needs: live

=== TEST 4: a build that leaves no module fails on the host result
--- stap
echo built nothing
--- stap_out
built
--- needs: live

=== TEST 5: a host block still runs
--- stap
echo host
--- stap_out
host

=== TEST 6: -p2 stops on the host: runs as a host block
--- stap
printf '%s' "$FAKE_ARGS"
--- args: -p2
--- stap_out
[-p2]
--- needs: live

=== TEST 7: a cached module, named by the build's last line, is copied in
--- stap
mkdir -p "$FAKE_SYNC/cache"
echo 'echo "cached module in $(basename "$PWD")"' >"$FAKE_SYNC/cache/stap_c4c8e.ko"
echo "$FAKE_SYNC/cache/stap_c4c8e.ko"
--- stap_out
staprun: [stap_c4c8e.ko]
cached module in e5
--- needs: live
