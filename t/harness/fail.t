Self-test fixture: blocks that must fail (all but TEST 4), each with its
diagnostics; t/harness/run compares t's whole output with fail.out.

=== TEST 1: stdout differs: a unified diff is shown
--- stap
printf 'one\ntwo\nthree\n'
--- stap_out
one
2
three

=== TEST 2: like without a match: the pattern and the text are shown
--- stap
echo hello
echo world
--- stap_out_like
^hello$
^wor$
--- stap_out_unlike
^hello$

=== TEST 3: exit status without an exitcode section; unchecked stderr is shown
--- stap
echo 'semantic error: no match' >&2
exit 1
--- stap_out:

=== TEST 4: a passing block among failing ones
--- stap
echo fine
--- stap_out
fine

=== TEST 5: stderr differs, stdout right
--- stap
echo out
echo 'warning: foo' >&2
--- stap_out
out
--- stap_err
warning: bar

=== TEST 6: stderr like fails: stderr is shown
--- stap
echo 'ERROR: x' >&2
--- stap_err_like
^WARNING

=== TEST 7: missing final newline shows in the diff
--- stap
printf 'no newline'
--- stap_out
no newline

=== TEST 8: killed by a signal
--- stap
kill -TERM $$

=== TEST 9: long texts are cut short
--- stap
seq 1 300
--- stap_out
x

=== TEST 10: wrong exitcode, expected non-zero
--- stap
exit 0
--- exitcode: 2
