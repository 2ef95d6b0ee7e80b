Self-test fixture for the reference check (t --stap=STAP where STAP -V
says "Systemtap translator/driver"; fake-stap does with FAKE_REF=1): ref_out,
ref_err and ref_exitcode replace stap_out, stap_err and exitcode there, and
ref_skip skips the block there.  Elsewhere they are ignored.

=== TEST 1: ref_out replaces stap_out in the reference check
--- stap
echo theirs
--- stap_out
ours
--- ref_out
theirs

=== TEST 2: ref_err and ref_exitcode replace stap_err and exitcode
--- stap
echo "their error" >&2
exit 3
--- stap_err
our error
--- exitcode: 1
--- ref_err
their error
--- ref_exitcode: 3

=== TEST 3: ref_skip skips the block in the reference check only
--- stap
echo ours
--- stap_out
ours
--- ref_skip: SystemTap prints something else

=== TEST 4: without ref sections a block expects the same of both
--- stap
echo same
--- stap_out
same

=== TEST 5: --vm builds with t/vm/stap-ref-build, -r first, no -p4 and no -m
--- stap
printf '%s' "$FAKE_ARGS" >&2
echo 'echo "guest says $(basename "$PWD")"' >ref_abc.ko
--- args: -DX=1
--- stap_out
staprun: [ref_abc.ko]
guest says e1
--- stap_err
[-r]
[9.9.9-test]
[-DX=1]
--- needs: live
