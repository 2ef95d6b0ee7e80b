# Listing (-l, -L) and pass 2 of every process() probe point form, on a
# program built from the `prog` and `lib` sections below (-O0 and -O2):
# functions (name, wildcard, name@file, name@file:line, *@file, .call,
# .inline, .callee/.callees), statements (func@file:line, *@file:line,
# ranges, +N, :*, ADDR), SDT markers, PLT slots and .library().
# Expected output is SystemTap 4.8's own (the same commands run with its
# stap on these binaries gave byte-identical stdout, stderr and status,
# except where a block says otherwise).  The paths
# of the binaries and of their DWARF source files are under .cache/t/prog
# and vary by checkout, so the goldens are stap_out_like: one pattern per
# line, each path as [^"]*, and a last pattern that fixes the number of
# lines; stderr is matched line by line too (SystemTap adds a "Tip:"
# line when it fails).  -p2 runs use -u so that empty probe bodies are
# kept, and every block names -r "$(t/vm/kmap)", the guest kernel's build
# tree with its real symbol map: SystemTap needs a kernel tree even for
# -l, and with the real map it has uretprobes (.return is listed).

=== TEST 1: -l: every function at -O0 (DWARF ones with file:line, symbol-table ones by name)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").function(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O0/prog"\)\.function\("_fini"\)$
^process\("[^"]*/O0/prog"\)\.function\("_init"\)$
^process\("[^"]*/O0/prog"\)\.function\("_start"\)$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\)$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)$
^process\("[^"]*/O0/prog"\)\.function\("deregister_tm_clones"\)$
^process\("[^"]*/O0/prog"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\)$
^process\("[^"]*/O0/prog"\)\.function\("register_tm_clones"\)$
^process\("[^"]*/O0/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)$
\A(?:[^\n]*\n){13}\z
--- stap_err
--- exitcode: 0

=== TEST 2: -l: every function at -O2 (inline-only sq is listed once)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG2\").function(\"*\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O2/prog"\)\.function\("_fini"\)$
^process\("[^"]*/O2/prog"\)\.function\("_init"\)$
^process\("[^"]*/O2/prog"\)\.function\("_start"\)$
^process\("[^"]*/O2/prog"\)\.function\("add@[^"]*/prog\.c:19"\)$
^process\("[^"]*/O2/prog"\)\.function\("atoi@/usr/include/stdlib\.h:362"\)$
^process\("[^"]*/O2/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)$
^process\("[^"]*/O2/prog"\)\.function\("deregister_tm_clones"\)$
^process\("[^"]*/O2/prog"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)$
^process\("[^"]*/O2/prog"\)\.function\("register_tm_clones"\)$
^process\("[^"]*/O2/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O2/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)$
^process\("[^"]*/O2/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)$
\A(?:[^\n]*\n){14}\z
--- stap_err
--- exitcode: 0

=== TEST 3: -L: functions at -O0 with their parameters and locals and types
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").function(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O0/prog"\)\.function\("_fini"\)$
^process\("[^"]*/O0/prog"\)\.function\("_init"\)$
^process\("[^"]*/O0/prog"\)\.function\("_start"\)$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.function\("deregister_tm_clones"\)$
^process\("[^"]*/O0/prog"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.function\("register_tm_clones"\)$
^process\("[^"]*/O0/prog"\)\.function\("sq@[^"]*/prog\.c:17"\) \$x:int$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\) \$arg:void\* \$id:int$
\A(?:[^\n]*\n){13}\z
--- stap_err
--- exitcode: 0

=== TEST 4: -L: at -O2 (a .function probe lists its function's own scope, not the loop's i)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG2\").function(\"*\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O2/prog"\)\.function\("_fini"\)$
^process\("[^"]*/O2/prog"\)\.function\("_init"\)$
^process\("[^"]*/O2/prog"\)\.function\("_start"\)$
^process\("[^"]*/O2/prog"\)\.function\("add@[^"]*/prog\.c:19"\) \$a:int \$b:int$
^process\("[^"]*/O2/prog"\)\.function\("atoi@/usr/include/stdlib\.h:362"\) \$__nptr:char const\*$
^process\("[^"]*/O2/prog"\)\.function\("caller@[^"]*/prog\.c:34"\) \$k:int \$one:struct pt$
^process\("[^"]*/O2/prog"\)\.function\("deregister_tm_clones"\)$
^process\("[^"]*/O2/prog"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.function\("register_tm_clones"\)$
^process\("[^"]*/O2/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O2/prog"\)\.function\("walk@[^"]*/prog\.c:26"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.function\("worker@[^"]*/prog\.c:42"\) \$arg:void\* \$id:int$
\A(?:[^\n]*\n){14}\z
--- stap_err
--- exitcode: 0

=== TEST 5: -l: .call
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").function(\"*\").call"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("__do_global_dtors_aux"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("_fini"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("_init"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("_start"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("deregister_tm_clones"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("frame_dummy"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("register_tm_clones"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)\.call$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)\.call$
\A(?:[^\n]*\n){13}\z
--- stap_err
--- exitcode: 0

=== TEST 6: -l: .inline at -O2: the inline instance, and the symbol table's functions (stap lists those for .inline too)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG2\").function(\"*\").inline"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("__do_global_dtors_aux"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("_fini"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("_init"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("_start"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("atoi@/usr/include/stdlib\.h:362"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("deregister_tm_clones"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("frame_dummy"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("register_tm_clones"\)\.inline$
^process\("[^"]*/O2/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)\.inline$
\A(?:[^\n]*\n){9}\z
--- stap_err
--- exitcode: 0

=== TEST 7: -l: functions of one source file
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").function(\"*@prog.c\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\)$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\)$
^process\("[^"]*/O0/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)$
\A(?:[^\n]*\n){6}\z
--- stap_err
--- exitcode: 0

=== TEST 8: -l: a wildcard name
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").function(\"*a*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O0/prog"\)\.function\("_start"\)$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\)$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)$
^process\("[^"]*/O0/prog"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\)$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)$
\A(?:[^\n]*\n){7}\z
--- stap_err
--- exitcode: 0

=== TEST 9: -l: markers
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").mark(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.mark\("empty"\)$
^process\("[^"]*/O0/prog"\)\.mark\("sema"\)$
^process\("[^"]*/O0/prog"\)\.mark\("thread"\)$
^process\("[^"]*/O0/prog"\)\.mark\("tick"\)$
\A(?:[^\n]*\n){4}\z
--- stap_err
--- exitcode: 0

=== TEST 10: -L: markers with their arguments
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").mark(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.mark\("empty"\)$
^process\("[^"]*/O0/prog"\)\.mark\("sema"\) \$arg1:long$
^process\("[^"]*/O0/prog"\)\.mark\("thread"\) \$arg1:long \$arg2:long$
^process\("[^"]*/O0/prog"\)\.mark\("tick"\) \$arg1:long \$arg2:long \$arg3:long$
\A(?:[^\n]*\n){4}\z
--- stap_err
--- exitcode: 0

=== TEST 11: -L: markers at -O2
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG2\").mark(\"*\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.mark\("empty"\)$
^process\("[^"]*/O2/prog"\)\.mark\("sema"\) \$arg1:long$
^process\("[^"]*/O2/prog"\)\.mark\("thread"\) \$arg1:long \$arg2:long$
^process\("[^"]*/O2/prog"\)\.mark\("tick"\) \$arg1:long \$arg2:long \$arg3:long$
\A(?:[^\n]*\n){4}\z
--- stap_err
--- exitcode: 0

=== TEST 12: -l: markers of a provider, by pattern
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").provider(\"prog\").mark(\"t*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.provider\("prog"\)\.mark\("thread"\)$
^process\("[^"]*/O0/prog"\)\.provider\("prog"\)\.mark\("tick"\)$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 13: -l: every statement line of the file at -O0
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").statement(\"*@prog.c:*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\)$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\)$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:22"\)$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:23"\)$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:24"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:35"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:36"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:37"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:38"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:39"\)$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:40"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:51"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:52"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:53"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:54"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:55"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:57"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:58"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:59"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:60"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:61"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:63"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:64"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:65"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:67"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:68"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:69"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:70"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:71"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:72"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:74"\)$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:75"\)$
^process\("[^"]*/O0/prog"\)\.statement\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:28"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:30"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:31"\)$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:32"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:43"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:44"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:45"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:46"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:47"\)$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:48"\)$
\A(?:[^\n]*\n){45}\z
--- stap_err
--- exitcode: 0

=== TEST 14: -L: every statement line at -O0: innermost scope first, a function pointer spelled as stap does
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").statement(\"*@prog.c:*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:22"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:23"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:24"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:35"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:36"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:37"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:38"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:39"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:40"\) \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:51"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:52"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:53"\) \$i:int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:54"\) \$i:int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:55"\) \$i:int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:57"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:58"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:59"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:60"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:61"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:63"\) \$i:long int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:64"\) \$i:long int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:65"\) \$i:long int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:67"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:68"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:69"\) \$h:void\* \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:70"\) \$h:void\* \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:71"\) \$h:void\* \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:72"\) \$h:void\* \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:74"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:75"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("sq@[^"]*/prog\.c:17"\) \$x:int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:28"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\) \$i:int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:30"\) \$i:int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:31"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:32"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:43"\) \$arg:void\* \$id:int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:44"\) \$arg:void\* \$id:int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:45"\) \$arg:void\* \$id:int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:46"\) \$arg:void\* \$id:int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:47"\) \$arg:void\* \$id:int$
^process\("[^"]*/O0/prog"\)\.statement\("worker@[^"]*/prog\.c:48"\) \$arg:void\* \$id:int$
\A(?:[^\n]*\n){45}\z
--- stap_err
--- exitcode: 0

=== TEST 15: -l: every statement line at -O2 (rows at one address count once; a function starts at its entry row)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG2\").statement(\"*@prog.c:*\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:21"\)$
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:22"\)$
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:23"\)$
^process\("[^"]*/O2/prog"\)\.statement\("caller@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:51"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:53"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:54"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:55"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:57"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:58"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:59"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:60"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:61"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:63"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:65"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:67"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:68"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:69"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:70"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:71"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:72"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:74"\)$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:75"\)$
^process\("[^"]*/O2/prog"\)\.statement\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\)$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:30"\)$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:31"\)$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:32"\)$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:45"\)$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:46"\)$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:47"\)$
\A(?:[^\n]*\n){31}\z
--- stap_err
--- exitcode: 0

=== TEST 16: -L: every statement line at -O2
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG2\").statement(\"*@prog.c:*\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) \$a:int \$b:int$
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:22"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:23"\) \$a:int \$b:int \$sum:int$
^process\("[^"]*/O2/prog"\)\.statement\("caller@[^"]*/prog\.c:17"\) \$k:int \$one:struct pt$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:51"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:53"\) \$i:int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:54"\) \$i:int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:55"\) \$i:int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:57"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:58"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:59"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:60"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:61"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:63"\) \$i:long int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:65"\) \$i:long int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:67"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:68"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:69"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:70"\) \$h:void\* \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:71"\) \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:72"\) \$f:double \(\*\) \(double\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:74"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("main@[^"]*/prog\.c:75"\) \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.statement\("sq@[^"]*/prog\.c:17"\)$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\) \$i:int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:30"\) \$i:int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:31"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:32"\) \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:45"\) \$arg:void\* \$id:int$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:46"\) \$arg:void\* \$id:int$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:47"\) \$arg:void\* \$id:int$
\A(?:[^\n]*\n){31}\z
--- stap_err
--- exitcode: 0

=== TEST 17: -L: a line range of one function
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").statement(\"main@prog.c:55-62\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:55"\) \$i:int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:57"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:58"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:59"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:60"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.statement\("main@[^"]*/prog\.c:61"\) \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
\A(?:[^\n]*\n){6}\z
--- stap_err
--- exitcode: 0

=== TEST 18: -l: PLT slots
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").plt(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.plt\("atoi"\)$
^process\("[^"]*/O0/prog"\)\.plt\("dlopen"\)$
^process\("[^"]*/O0/prog"\)\.plt\("dlsym"\)$
^process\("[^"]*/O0/prog"\)\.plt\("lib_mul"\)$
^process\("[^"]*/O0/prog"\)\.plt\("pthread_create"\)$
^process\("[^"]*/O0/prog"\)\.plt\("pthread_join"\)$
^process\("[^"]*/O0/prog"\)\.plt\("raise"\)$
\A(?:[^\n]*\n){7}\z
--- stap_err
--- exitcode: 0

=== TEST 19: -l: a library's functions through .library()
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").library(\"libt.so\").function(\"*\")"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("__do_global_dtors_aux"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("_fini"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("_init"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("deregister_tm_clones"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("frame_dummy"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("lib_mul@[^"]*/lib\.c:1"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("lib_unused@[^"]*/lib\.c:6"\)$
^process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("register_tm_clones"\)$
\A(?:[^\n]*\n){8}\z
--- stap_err
--- exitcode: 0

=== TEST 20: -L: a library's function by its own path
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$LIB0\").function(\"lib_*\")"
--- stap_out_like
^process\("[^"]*/O0/libt\.so"\)\.function\("lib_mul@[^"]*/lib\.c:1"\) \$a:int \$b:int$
^process\("[^"]*/O0/libt\.so"\)\.function\("lib_unused@[^"]*/lib\.c:6"\) \$x:int$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 21: -l: callees of main at -O2 (inline instances)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG2\").function(\"main\").callees(2)"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.callee\("atoi@/usr/include/stdlib\.h:362"\)$
\A(?:[^\n]*\n){1}\z
--- stap_err
--- exitcode: 0

=== TEST 22: -L: one callee with its variables
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG2\").function(\"main\").callee(\"atoi\")"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.callee\("atoi@/usr/include/stdlib\.h:362"\) \$__nptr:char const\*$
\A(?:[^\n]*\n){1}\z
--- stap_err
--- exitcode: 0

=== TEST 23: .statement: a range, "N,M" and "+N" (from the decl line)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement("add@prog.c:19-21"), process(@1).statement("walk@prog.c:27,29"), process(@1).statement("caller@prog.c+2") {}' $PROG0
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\) /\* pc=\.dynamic\+0x11a8 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) /\* pc=\.dynamic\+0x11b2 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\) /\* pc=\.dynamic\+0x11d3 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\) /\* pc=\.dynamic\+0x11e6 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:29"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:36"\) /\* pc=\.dynamic\+0x1257 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("caller@[^"]*/prog\.c:36"\) \*/$
\A(?:[^\n]*\n){6}\z
--- stap_err
--- exitcode: 0

=== TEST 24: .statement: every function at one line (ranges over several functions go line by line)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement("*@prog.c:19-27") {}' $PROG0
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\) /\* pc=\.dynamic\+0x11a8 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:20"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) /\* pc=\.dynamic\+0x11b2 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:21"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:22"\) /\* pc=\.dynamic\+0x11bd \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:22"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:23"\) /\* pc=\.dynamic\+0x11ce \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:23"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:24"\) /\* pc=\.dynamic\+0x11d1 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("add@[^"]*/prog\.c:24"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\) /\* pc=\.dynamic\+0x11d3 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("walk@[^"]*/prog\.c:27"\) \*/$
\A(?:[^\n]*\n){7}\z
--- stap_err
--- exitcode: 0

=== TEST 25: .statement without a line: the entry, named by the decl line
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement("add"), process(@1).statement("w*@prog.c") {}' $PROG2
--- stap_out_like
^# probes$
^process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:19"\) /\* pc=\.dynamic\+0x1350 \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\("add@[^"]*/prog\.c:19"\) \*/$
^process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:26"\) /\* pc=\.dynamic\+0x1380 \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\("walk@[^"]*/prog\.c:26"\) \*/$
^process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:42"\) /\* pc=\.dynamic\+0x1360 \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\("worker@[^"]*/prog\.c:42"\) \*/$
\A(?:[^\n]*\n){4}\z
--- stap_err
--- exitcode: 0

=== TEST 26: .statement at a line without code: stap's advice
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement("add@prog.c:25") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: no line records for [^"]*/prog\.c:25 \[man error::dwarf\] \(try :24\)$
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.statement\("add@prog\.c:25"\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 27: .statement with a bad line
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement("add@prog.c:x") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.statement\("add@prog\.c:x"\) \{\}$
^                      \^$
^semantic error: malformed specification 'add@prog\.c:x': keyword at :1:1$
^        source: probe process\(@1\)\.statement\("add@prog\.c:x"\) \{\}$
^                \^$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 28: .statement(ADDR) at a row start
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement($2) {}' $PROG0 0x$(nm $PROG0 | sed -n 's/ T add$//p')
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.statement\(0x11a8\) /\* pc=\.dynamic\+0x11a8 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\(0x11a8\) \*/$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 29: .statement(ADDR) inside a row: the address to try
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement($2) {}' $PROG0 $(printf '%#x' $((0x$(nm $PROG0 | sed -n 's/ T add$//p') + 5)))
--- stap_out
--- stap_err_like
^semantic error: address 0x11ad does not match the beginning of a statement \(try 0x11a8\)$
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.statement\(\$2\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 30: .statement(ADDR) outside any DWARF function
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement($2) {}' $PROG0 0x$(nm $PROG0 | sed -n 's/ T _start$//p')
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.statement\(\$2\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 31: .statement(ADDR).absolute is not a process probe in stap 4.8
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).statement(0x1000).absolute {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.statement\(0x1000\)\.absolute \{\}$
^                      \^$
^semantic error: invalid suffix for probe: identifier 'absolute' at :1:37$
^        source: probe process\(@1\)\.statement\(0x1000\)\.absolute \{\}$
^                                                    \^$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 32: .callee and .callees at -O2
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("main").callee("atoi"), process(@1).function("m*").callees(3) {}' $PROG2
--- stap_out_like
^# probes$
^process\("[^"]*/O2/prog"\)\.function\("atoi@/usr/include/stdlib\.h:362"\) /\* pc=\.dynamic\+0x123e \*/ /\* <- process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.callee\("atoi@/usr/include/stdlib\.h:362"\) \*/$
^process\("[^"]*/O2/prog"\)\.function\("atoi@/usr/include/stdlib\.h:362"\) /\* pc=\.dynamic\+0x123e \*/ /\* <- process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.callee\("atoi@/usr/include/stdlib\.h:362"\) \*/$
\A(?:[^\n]*\n){3}\z
--- stap_err
--- exitcode: 0

=== TEST 33: .callee of a call that is not inlined (DWARF 5 call sites): no match, as stap 4.8
The list of similar names is ordered differently (stap 4.8 ranks by its own
edit distance): only its start is checked.
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("caller").callee("add") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: no match \(similar functions: caller, .*\)$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 34: .library() by name (the program's RUNPATH $ORIGIN) and by glob
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).library("libt.so").function("lib_mul"), process(@1).library("*t.so").function("lib_unused").call {}' $PROG0
--- stap_out_like
^# probes$
^process\("[^"]*/O0/libt\.so"\)\.function\("lib_mul@[^"]*/lib\.c:1"\) /\* pc=\.dynamic\+0x1103 \*/ /\* <- process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("lib_mul@[^"]*/lib\.c:1"\) \*/$
^process\("[^"]*/O0/libt\.so"\)\.function\("lib_unused@[^"]*/lib\.c:6"\)\.call /\* pc=\.dynamic\+0x1113 \*/ /\* <- process\("[^"]*/O0/prog"\)\.library\("[^"]*/O0/libt\.so"\)\.function\("lib_unused@[^"]*/lib\.c:6"\)\.call \*/$
\A(?:[^\n]*\n){3}\z
--- stap_err
--- exitcode: 0

=== TEST 35: .library() that is not there
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).library("libnope.so").function("lib_mul") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.library\("libnope\.so"\)\.function\("lib_mul"\) \{\}$
^                      \^$
^semantic error: no match \(similar libraries: /lib64/ld-linux-x86-64\.so\.2, /lib/x86_64-linux-gnu/libc\.so\.6, [^"]*/O0/libt\.so\)$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 36: .library() function that is not there
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).library("libt.so").function("nope") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.library\("libt\.so"\)\.function\("nope"\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 37: .plt by name: the slot's address
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).plt("lib_mul") {}' $PROG0
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.statement\(0x1040\) /\* pc=\.dynamic\+0x1040 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\(0x1040\) \*/$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 38: .provider().mark() whose provider is not there
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).provider("nope").mark("tick") {}' $PROG0
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.provider\("nope"\)\.mark\("tick"\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 39: markers by pattern, provider and name
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).provider("prog").mark("t*"), process(@1).mark("empty") {}' $PROG2
--- stap_out_like
^# probes$
^process\("[^"]*/O2/prog"\)\.statement\(0x1370\) /\* pc=\.dynamic\+0x1370 \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\(0x1370\) \*/$
^process\("[^"]*/O2/prog"\)\.statement\(0x10ef\) /\* pc=\.dynamic\+0x10ef \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\(0x10ef\) \*/$
^process\("[^"]*/O2/prog"\)\.statement\(0x1106\) /\* pc=\.dynamic\+0x1106 \*/ /\* <- process\("[^"]*/O2/prog"\)\.statement\(0x1106\) \*/$
\A(?:[^\n]*\n){4}\z
--- stap_err
--- exitcode: 0

=== TEST 40: process.begin/.end with a path that is not there yet (stap keeps it as written)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process("/tmp/stap-t0324-later").begin, process("t0324_not_in_path").end {}'
--- stap_out_like
^# probes$
^process\("/tmp/stap-t0324-later"\)\.begin /\* <- process\("/tmp/stap-t0324-later"\)\.begin,process\("t0324_not_in_path"\)\.end \*/$
^process\("t0324_not_in_path"\)\.end /\* <- process\("/tmp/stap-t0324-later"\)\.begin,process\("t0324_not_in_path"\)\.end \*/$
\A(?:[^\n]*\n){3}\z
--- stap_err
--- exitcode: 0

=== TEST 41: .function("name@file:line") warns and probes the function
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("add@prog.c:20") {}' $PROG0
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\) /\* pc=\.dynamic\+0x11b2 \*/ /\* <- process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\) \*/$
\A(?:[^\n]*\n){2}\z
--- stap_err_like
^WARNING: For probing a particular line, use a \.statement\(\) probe, not \.function\(\): keyword at <input>:1:1$
^ source: probe process\(@1\)\.function\("add@prog\.c:20"\) \{\}$
^         \^$
--- exitcode: 0

=== TEST 42: .inline of a symbol-table function: its entry
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("_init").inline {}' $PROG2
--- stap_out_like
^# probes$
^process\("[^"]*/O2/prog"\)\.function\("_init"\)\.inline /\* pc=\.dynamic\+0x1000 \*/ /\* <- process\("[^"]*/O2/prog"\)\.function\("_init"\)\.inline \*/$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 43: -l: .return (its uretprobe)
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -l "process(\"$PROG0\").function(\"w*\").return"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)\.return$
\A(?:[^\n]*\n){2}\z
--- stap_err
--- exitcode: 0

=== TEST 44: -L: .return at -O0: $return and its type first; _start's return is blocklisted
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").function(\"*\").return"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.function\("__do_global_dtors_aux"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("_fini"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("_init"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("add@[^"]*/prog\.c:19"\)\.return \$return:int \$a:int \$b:int \$sum:int$
^process\("[^"]*/O0/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)\.return \$return:int \$k:int \$r:int \$one:struct pt$
^process\("[^"]*/O0/prog"\)\.function\("deregister_tm_clones"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("frame_dummy"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.return \$return:int \$argc:int \$argv:char\*\* \$n:int \$t:pthread_t$
^process\("[^"]*/O0/prog"\)\.function\("register_tm_clones"\)\.return$
^process\("[^"]*/O0/prog"\)\.function\("sq@[^"]*/prog\.c:17"\)\.return \$return:int \$x:int$
^process\("[^"]*/O0/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)\.return \$return:long int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O0/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)\.return \$return:void\* \$arg:void\* \$id:int$
\A(?:[^\n]*\n){12}\z
--- stap_err
--- exitcode: 0

=== TEST 45: -L: .return at -O2
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG2\").function(\"*\").return"
--- stap_out_like
^process\("[^"]*/O2/prog"\)\.function\("__do_global_dtors_aux"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("_fini"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("_init"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("add@[^"]*/prog\.c:19"\)\.return \$return:int \$a:int \$b:int$
^process\("[^"]*/O2/prog"\)\.function\("caller@[^"]*/prog\.c:34"\)\.return \$return:int \$k:int \$one:struct pt$
^process\("[^"]*/O2/prog"\)\.function\("deregister_tm_clones"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("frame_dummy"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("main@[^"]*/prog\.c:50"\)\.return \$return:int \$argc:int \$argv:char\*\* \$t:pthread_t$
^process\("[^"]*/O2/prog"\)\.function\("register_tm_clones"\)\.return$
^process\("[^"]*/O2/prog"\)\.function\("walk@[^"]*/prog\.c:26"\)\.return \$return:long int \$p:struct pt\* \$n:int \$acc:long int$
^process\("[^"]*/O2/prog"\)\.function\("worker@[^"]*/prog\.c:42"\)\.return \$return:void\* \$arg:void\* \$id:int$
\A(?:[^\n]*\n){11}\z
--- stap_err
--- exitcode: 0

=== TEST 46: .return of _start: stap's blocklist warning
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("_s*").return, process(@1).function("add").return {}' $PROG0
--- stap_out
--- stap_err_like
^WARNING: function _start return probe is blocklisted: keyword at <input>:1:1$
^ source: probe process\(@1\)\.function\("_s\*"\)\.return, process\(@1\)\.function\("add"\)\.return \{\}$
^         \^$
^semantic error: while resolving probe point: identifier 'process' at :1:7$
^        source: probe process\(@1\)\.function\("_s\*"\)\.return, process\(@1\)\.function\("add"\)\.return \{\}$
^                      \^$
^semantic error: no match \(similar functions: sq, add, main, walk, _fini\)$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 47: -L: a statement by address lists the variables there
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -L "process(\"$PROG0\").statement($(printf '%#x' 0x$(nm $PROG0 | sed -n 's/ T walk$//p')))"
--- stap_out_like
^process\("[^"]*/O0/prog"\)\.statement\(0x11d3\) \$p:struct pt\* \$n:int \$acc:long int$
\A(?:[^\n]*\n){1}\z
--- stap_err
--- exitcode: 0

=== TEST 48: no DWARF (strip -g): symbol-table functions, with stap's warning
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("add"), process(@1).function("w*").call {}' $(strip -g -o $PROGDIR/O0/nodw-a $PROG0 && echo $PROGDIR/O0/nodw-a)
--- stap_out_like
^# probes$
^process\("[^"]*/O0/nodw-a"\)\.function\("add"\) /\* pc=\.dynamic\+0x11a8 \*/ /\* <- process\("[^"]*/O0/nodw-a"\)\.function\("add"\) \*/$
^process\("[^"]*/O0/nodw-a"\)\.function\("walk"\)\.call /\* pc=\.dynamic\+0x11d3 \*/ /\* <- process\("[^"]*/O0/nodw-a"\)\.function\("walk"\)\.call \*/$
^process\("[^"]*/O0/nodw-a"\)\.function\("worker"\)\.call /\* pc=\.dynamic\+0x12a9 \*/ /\* <- process\("[^"]*/O0/nodw-a"\)\.function\("worker"\)\.call \*/$
\A(?:[^\n]*\n){4}\z
--- stap_err_like
^WARNING: cannot find module [^"]*/O0/nodw-a debuginfo: No DWARF information found \[man warning::debuginfo\]$
^Number of similar warning messages suppressed: 1\.$
^Rerun with -v to see them\.$
--- exitcode: 0

=== TEST 49: no DWARF: a $var is stap's error
SystemTap 4.8 then adds "unresolved type" for the same $a: not checked.
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -e 'probe process(@1).function("add") { println($a) }' $(strip -g -o $PROGDIR/O0/nodw-b $PROG0 && echo $PROGDIR/O0/nodw-b)
--- stap_out
--- stap_err_like
^WARNING: cannot find module [^ ]*/O0/nodw-b debuginfo: No DWARF information found \[man warning::debuginfo\]$
^semantic error: debuginfo scope not found for module '[^']*/O0/nodw-b', cannot resolve context variable \[man error::dwarf\]: identifier '\$a' at <input>:1:45$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 50: process(PID): the running program's function, named by its path (as stap)
--- prog
#include <unistd.h>

__attribute__((noinline)) int nap(int s)
{
	return sleep(s);
}

int main(void)
{
	return nap(5);
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process($1).function("nap"), process($1).statement("nap@prog.c:5") {}' $(sh -c '$PROG0 >/dev/null 2>&1 & echo $!')
--- stap_out_like
^# probes$
^process\("[^"]*/O0/prog"\)\.function\("nap@[^"]*/prog\.c:3"\) /\* pc=\.dynamic\+0x1144 \*/ /\* <- process\("[^"]*/O0/prog"\)\.function\("nap@[^"]*/prog\.c:3"\) \*/$
^process\("[^"]*/O0/prog"\)\.statement\("nap@[^"]*/prog\.c:5"\) /\* pc=\.dynamic\+0x1144 \*/ /\* <- process\("[^"]*/O0/prog"\)\.statement\("nap@[^"]*/prog\.c:5"\) \*/$
\A(?:[^\n]*\n){3}\z
--- stap_err
--- exitcode: 0

=== TEST 51: -x PID: process.function and process.begin without a path are the pid's program
--- prog
#include <unistd.h>

__attribute__((noinline)) int nap(int s)
{
	return sleep(s);
}

int main(void)
{
	return nap(5);
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -x $(sh -c '$PROG0 >/dev/null 2>&1 & echo $!') -e 'probe process.begin {} probe process.function("nap") {}'
--- stap_out_like
^# probes$
^process\.begin /\* <- process\.begin \*/$
^process\("[^"]*/O0/prog"\)\.function\("nap@[^"]*/prog\.c:3"\) /\* pc=\.dynamic\+0x1144 \*/ /\* <- process\("[^"]*/O0/prog"\)\.function\("nap@[^"]*/prog\.c:3"\) \*/$
\A(?:[^\n]*\n){3}\z
--- stap_err
--- exitcode: 0

=== TEST 52: a path that does not exist: no match
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process("/nonexistent/t0324").function("x") {}'
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\("/nonexistent/t0324"\)\.function\("x"\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 53: a name not in $PATH: stap's error
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process("t0324_not_in_path").function("x") {}'
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\("t0324_not_in_path"\)\.function\("x"\) \{\}$
^                      \^$
^semantic error: cannot find executable 't0324_not_in_path'$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 54: a file that is not ELF (the program's source): no match
--- prog
#include <signal.h>
#include <stdlib.h>
#include <pthread.h>
#include <dlfcn.h>
#define _SDT_HAS_SEMAPHORES 1
#include <sys/sdt.h>

#define SEMA(n) __extension__ unsigned short prog_##n##_semaphore \
	__attribute__((unused)) __attribute__((section(".probes")))
SEMA(tick); SEMA(thread); SEMA(empty); SEMA(sema);

struct pt { int a; long b; const char *name; };
extern int lib_mul(int a, int b);
int counter;
char tag[] = "tock";    /* beside counter: its page is mapped in */

static inline int sq(int x) { return x * x; }

__attribute__((noinline)) int add(int a, int b)
{
	int sum = a + b;
	counter += sum;
	return sum;
}

__attribute__((noinline)) long walk(struct pt *p, int n)
{
	long acc = 0;
	for (int i = 0; i < n; i++)
		acc += p[i].a * p[i].b;
	return acc;
}

__attribute__((noinline)) int caller(int k)
{
	int r = add(k, 1);
	r += sq(k);
	struct pt one = { k, 2, "one" };
	return r + (int)walk(&one, 1);
}

static void *worker(void *arg)
{
	int id = (int)(long)arg;
	add(id, 100);
	STAP_PROBE2(prog, thread, id, 100 + id);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 2;
	for (int i = 0; i < n; i++) {
		caller(i);
		STAP_PROBE3(prog, tick, i, (long)i * 10, tag);
	}
	if (prog_sema_semaphore)
		STAP_PROBE1(prog, sema, prog_sema_semaphore);
	STAP_PROBE(prog, empty);
	if (argc > 3)
		raise(SIGKILL);
	pthread_t t;
	for (long i = 1; i <= 2; i++) {
		pthread_create(&t, NULL, worker, (void *)i);
		pthread_join(t, NULL);
	}
	counter += lib_mul(6, 7);
	if (argc > 2 && argv[2][0] == '/') {
		void *h = dlopen(argv[2], RTLD_NOW);
		double (*f)(double) = h ? (double (*)(double))dlsym(h, "cbrt") : NULL;
		if (f)
			counter += (int)f(27.0);
	}
	return counter == 0;
}
--- prog_flags: -lpthread -ldl
--- lib
int lib_mul(int a, int b)
{
	return a * b;
}

int lib_unused(int x)
{
	return x + 1;
}
--- args
-r "$("$T_ROOT"/t/vm/kmap)" -p2 -u -e 'probe process(@1).function("x") {}' $PROGDIR/prog.c
--- stap_out
--- stap_err_like
^semantic error: while resolving probe point: identifier 'process' at <input>:1:7$
^        source: probe process\(@1\)\.function\("x"\) \{\}$
^                      \^$
^semantic error: no match$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

