# tapsets/context-symbols.stp, context-unwind.stp (kernel symbols and
# backtraces) and the file:line functions of ucontext-symbols.stp and
# ucontext-unwind.stp: pass 2 typing (goldens checked against stap 4.8's
# -p2 where noted), and what pass 3 embeds for them.  Live behaviour:
# t/t0309-live-ksyms.t.

=== TEST 1: symname, symdata, modname, module_name, probemod, symfile, symline, symfileline (as stap 4.8)
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(symname(0), symdata(0), modname(0), module_name(), probemod(), symfile(0), symline(0), symfileline(0)) }
--- stap_out
# functions
modname:string (addr:long)
module_name:string ()
probemod:string ()
symdata:string (addr:long)
symfile:string (addr:long)
symfileline:string (addr:long)
symline:string (addr:long)
symname:string (addr:long)
# probes
begin /* <- begin */
  # locals
  __stable___global_module_name__overload_0_value:string
  __stable___global_probemod__overload_0_value:string

=== TEST 2: backtrace, print_backtrace, print_backtrace_fileline, sprint_backtrace, stack, callers, caller, caller_addr
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { print_backtrace(); print_backtrace_fileline(); println(backtrace(), sprint_backtrace(), stack(0), callers(1), caller(), caller_addr()) }
--- stap_out
# global embedded code
%{
/* tokenize()'s position between calls: per CPU, as a probe's context
 * is (a handler runs with interrupts off on one CPU). */
struct stp_tokenize {
	char str[MAXSTRINGLEN];
	char *start, *end;
};
static DEFINE_PER_CPU(struct stp_tokenize, stp_tokenize);
%}
# functions
__kcallers_depth:long ()
__kcallers_walk:string (n:long)
__stack_raw:long (n:long)
backtrace:string ()
caller:string ()
caller_addr:long ()
callers:string (n:long)
  # locals
  __str:string
error:unknown (msg:string)
print_backtrace:unknown ()
print_backtrace_fileline:unknown ()
sprint_backtrace:string ()
stack:long (n:long)
  # locals
  __r:long
  __b:string
  __orig_n:long
  __sym:string
strtol:long (str:string, base:long)
symname:string (addr:long)
tokenize:string (input:string, delim:string)
# probes
begin /* <- begin */
--- ref_skip: stap 4.8's callers() is a loop over stack(i) in the SystemTap language (locals str, l, i, foo); ours walks the stack once in C (__kcallers_walk, __kcallers_depth)

=== TEST 3: print_syms, sprint_syms, print_stack, sprint_stack
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { print_syms("0x1"); println(sprint_syms("0x1")); print_stack("0x1"); println(sprint_stack("0x1")) }
--- stap_out
# global embedded code
%{
/* tokenize()'s position between calls: per CPU, as a probe's context
 * is (a handler runs with interrupts off on one CPU). */
struct stp_tokenize {
	char str[MAXSTRINGLEN];
	char *start, *end;
};
static DEFINE_PER_CPU(struct stp_tokenize, stp_tokenize);
%}
# functions
__kmaxstringlen:long ()
print_stack:unknown (stk:string)
print_syms:unknown (callers:string)
  # locals
  __sym:string
sprint_stack:string (stk:string)
sprint_syms:string (callers:string)
  # locals
  __sym:string
  __foo:string
  __l:long
  __line:string
strlen:long (s:string)
strtol:long (str:string, base:long)
symdata:string (addr:long)
tokenize:string (input:string, delim:string)
# probes
begin /* <- begin */
--- ref_skip: stap 4.8 writes @MAXSTRINGLEN where sprint_syms calls __kmaxstringlen()

=== TEST 4: usymfile, usymline, usymfileline, print_ubacktrace_fileline (both forms, as stap 4.8)
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(usymfile(0), usymline(0), usymfileline(0)); print_ubacktrace_fileline(); print_ubacktrace_fileline(1,2,3) }
--- stap_out
# functions
print_ubacktrace_fileline:unknown ()
print_ubacktrace_fileline:unknown (pc:long, sp:long, fp:long)
usymfile:string (addr:long)
usymfileline:string (addr:long)
usymline:string (addr:long)
# probes
begin /* <- begin */

=== TEST 5: symname takes a long
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { print(symname("x")) }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'x' at <input>:1:29$
--- exitcode: 1

=== TEST 6: task_backtrace exists only for --compatible=1.6 in stap 4.8: unresolved, as there
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { print(task_backtrace(0)) }
--- stap_err_like
^semantic error: unresolved function task_backtrace \(similar: backtrace, .*\): identifier 'task_backtrace' at <input>:1:21$
--- exitcode: 1

=== TEST 7: pass 3 includes the kernel symbol runtime for them, and no user tables
--- args: -p3 -r $($T_ROOT/t/krel)
--- stap
probe begin { println(symdata(0)); print_backtrace() }
--- stap_out_like
^#include "stp_ksym.c"$
--- stap_out_unlike
stp_unwind\.c
stp_umods

=== TEST 8: usymfileline embeds the probed binary's line table: its source file, rows by address
--- prog
__attribute__((noipa)) int twice(int x)
{
	return x * 2;
}
int main(void) { return twice(3) - 6; }
--- script_args: $PROG0
--- args: -p3
--- stap
probe process(@1).function("twice") { println(usymfileline(uaddr())) }
--- stap_out_like
^static const char \*const stp_umod0_files\[\] = \{\n\t"/\S+/prog\.c",\n\tNULL\n\};$
^static const struct stp_uline stp_umod0_lines\[\] = \{\n\t\{0x[0-9a-f]+,2,0\}, \{0x[0-9a-f]+,3,0\}, \{0x[0-9a-f]+,4,0\}, \{0x[0-9a-f]+,5,0\},\n\t\{0x[0-9a-f]+,0,0\},
\.lines = stp_umod0_lines, \.nlines = \d+, \.files = stp_umod0_files,
--- ref_skip: generated C is our own

=== TEST 9: without a file:line function no line table is embedded (a libc's is big)
--- prog
__attribute__((noipa)) int twice(int x) { return x * 2; }
int main(void) { return twice(3) - 6; }
--- script_args: $PROG0
--- args: -p3
--- stap
probe process(@1).function("twice") { println(usymdata(uaddr())) }
--- stap_out_like
stp_umod0_syms
--- stap_out_unlike
stp_uline stp_umod
\.lines = 
--- ref_skip: generated C is our own
