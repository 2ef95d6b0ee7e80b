Self-test fixture: every block here must pass when run by t/harness/run
with --stap=t/harness/fake-stap, whose "stap" sections are shell scripts.
Free text before the first block is ignored, even --- and === inside a
line, or a line that is just
---

=== TEST 1: exact stdout
A description between the title and the first section is ignored.
--- stap
echo hello
--- stap_out
hello
--- exitcode: 0

=== TEST 2: chomp drops the final newline
--- stap
printf hello
--- stap_out chomp
hello

=== TEST 3: a one-line section has no newline
--- stap
printf hi
--- stap_out: hi

=== TEST 4: trailing blank lines of a middle section are kept
--- stap
printf 'a\n\n\n'
--- stap_out
a


--- exitcode: 0

=== TEST 5: trailing blank lines of the last section are dropped
--- stap
printf 'a\n'
--- stap_out
a
    
	


=== TEST 6: leading blank lines are kept
--- stap
printf '\n  \nb\n'
--- stap_out

  
b
=== TEST 7: stap_out_like: each line is a pattern that must match somewhere
--- stap
seq 1 5
--- stap_out_like
^1$
^5$

3\n4
--- stap_out_unlike
^6$
^0
1\n3

=== TEST 8: one-line like and unlike
--- stap
echo 'a(b)'
--- stap_out_like: ^a\(b\)$
--- stap_out_unlike: ^b

=== TEST 9: stderr, exact and like
--- stap
echo out
echo oops >&2
echo more >&2
--- stap_out
out
--- stap_err
oops
more
--- stap_err_like
^more$
o{2}

=== TEST 10: exitcode
--- stap
echo bye
exit 3
--- stap_out
bye
--- exitcode: 3

=== TEST 11: args go through /bin/sh, so quoting works
--- args: -x 'a b'  "c d"e f\ g
--- stap
printf '%s' "$FAKE_ARGS"
--- stap_out
[-x]
[a b]
[c de]
[f g]

=== TEST 12: args and script_args in body form, with a continuation line
--- args
-v \
  -w
--- script_args
one 'two three'
--- stap
printf '%s|' "$FAKE_ARGS" "$@"
--- stap_out chomp
[-v]
[-w]
|one|two three|

=== TEST 13: without a stap section, no "-" and stdin is /dev/null
--- args: -e 'cat; echo "[$FAKE_ARGS]"'
--- stap_out
[]

=== TEST 14: environment and working directory
--- stap
test "$(pwd -P)" = "$STAP_TEST_DIR" || echo "cwd $(pwd -P) is not $STAP_TEST_DIR"
case $STAP_TEST_DIR in /*/t/harness) ;; *) echo "STAP_TEST_DIR is $STAP_TEST_DIR" ;; esac
case $T_ROOT in /*) test -d "$T_ROOT/t" ;; *) false ;; esac || echo "T_ROOT is $T_ROOT"
test "$STAP" = "$STAP_TEST_DIR/fake-stap" || echo "STAP is $STAP"
test -f pass.t || echo "not in the .t file's directory"
echo done
--- stap_out
done

=== TEST 15: large output is read whole
--- stap
seq 1 300000
seq 1 100000 >&2
--- stap_out_like
^1$
^150000\n150001$
^300000$
--- stap_out_unlike
^300001$
--- stap_err_like
\n100000\n\z

=== TEST 16: NUL bytes in the output
--- stap
printf 'a\000b\n'
--- stap_out_like: ^a\x00b$

=== TEST 17: death by a signal is 128+N, as in the shell
--- stap
echo before
kill -KILL $$
--- stap_out
before
--- exitcode: 137

=== TEST 18: a # in a title is escaped in TAP
--- stap
true
--- stap_out:

=== TEST 19: a stray background process does not hold up the block
--- stap
sleep 600 &
echo $! > "$FAKE_PIDFILE"
echo started
--- stap_out
started

===
--- stap: echo untitled
--- stap_out
untitled
