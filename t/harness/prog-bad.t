Self-test fixture: a `prog` that does not compile fails its block with
gcc's message, without running it.

=== TEST 1: a prog that does not compile
--- prog
int main(void) { return undeclared_thing; }
--- stap
echo ran
--- stap_out
ran
