# tapsets/string.stp, text.stp, tokenize.stp.  Expected -p2 output is
# stap 4.8's; for tokenize the '# global embedded code' section is ours
# (its per-CPU position; stap's holds a runtime #define).

=== TEST 1: strlen resolves its types
--- args: -p2
--- stap
probe begin { println(strlen("abc")) }
--- stap_out
# functions
strlen:long (s:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 2: substr resolves its types
--- args: -p2
--- stap
probe begin { println(substr("abc", 1, 1)) }
--- stap_out
# functions
substr:string (str:string, start:long, length:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 3: isinstr resolves its types
--- args: -p2
--- stap
probe begin { println(isinstr("abc", "b")) }
--- stap_out
# functions
isinstr:long (s1:string, s2:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 4: str_replace resolves its types
--- args: -p2
--- stap
probe begin { println(str_replace("abc", "b", "x")) }
--- stap_out
# functions
str_replace:string (prnt_str:string, srch_str:string, rplc_str:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 5: strtol resolves its types
--- args: -p2
--- stap
probe begin { println(strtol("12", 10)) }
--- stap_out
# functions
strtol:long (str:string, base:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 6: tokenize resolves its types
--- args: -p2
--- stap
probe begin { println(tokenize("a b", " ")) }
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
tokenize:string (input:string, delim:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 7: text_str resolves its types
--- args: -p2
--- stap
probe begin { println(text_str("a\nb")) }
--- stap_out
# functions
text_str:string (input:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 8: text_strn resolves its types
--- args: -p2
--- stap
probe begin { println(text_strn("abc", 2, 1)) }
--- stap_out
# functions
text_strn:string (input:string, len:long, quoted:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 9: stringat resolves its types
--- args: -p2
--- stap
probe begin { println(stringat("abc", 1)) }
--- stap_out
# functions
stringat:long (str:string, pos:long)
# probes
begin /* <- begin */
--- stap_err
