Self-test fixture for the `prog`, `lib` and `prog_flags` sections: the
programs are built at -O0 and -O2, linked to the library, named by
$PROG0/$PROG2/$LIB0/$LIB2 in the block's environment (and in its args).

=== TEST 1: prog and lib built at both levels, linked with rpath $ORIGIN
--- prog
#include <stdio.h>
extern int lib_mul(int, int);
int main(void)
{
#ifdef __OPTIMIZE__
	printf("O2 %d %d\n", lib_mul(6, 7), VALUE);
#else
	printf("O0 %d %d\n", lib_mul(6, 7), VALUE);
#endif
	return 0;
}
--- prog_flags: -DVALUE=5
--- lib
int lib_mul(int a, int b) { return a * b; }
--- stap
"$PROG0"; "$PROG2"
case $LIB0 in "$PROGDIR"/O0/libt.so) echo lib0 ok;; esac
case $LIB2 in "$PROGDIR"/O2/libt.so) echo lib2 ok;; esac
case $FAKE_ARGS in *"[$PROG0]"*) echo args ok;; esac
case $1 in "$PROG2") echo script_args ok;; esac
--- args: $PROG0
--- script_args: $PROG2
--- stap_out
O0 42 5
O2 42 5
lib0 ok
lib2 ok
args ok
script_args ok
