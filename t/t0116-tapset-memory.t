# tapsets/memory.stp (and string_quoted in string.stp): user_string* and
# user_<int>* (with their _warn and _error forms), kernel_string* and
# kernel_<int>*.  Each block: the function resolves its types at -p2; the
# expected output is ours, checked by eye against stap 4.8's.  Where stap
# differs, ref_out holds stap 4.8's own output: its tapsets add global
# embedded code (STP_GET_USER) that ours does without, and ours quote
# with text_strn().  Runtime behaviour is in t0303-live-tapset.t.

=== TEST 1: user_string_n(0, 10) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n(0, 10)) }
--- stap_out
# functions
user_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */

=== TEST 2: user_string_n(0, 10, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n(0, 10, "err")) }
--- stap_out
# functions
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */

=== TEST 3: user_string_n2(0, 10, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n2(0, 10, "err")) }
--- stap_out
# functions
user_string_n:string (addr:long, n:long, err_msg:string)
user_string_n2:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n2:string (addr:long, n:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */

=== TEST 4: user_string_n_nofault(0, 10) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n_nofault(0, 10)) }
--- stap_out
# functions
user_string_n:string (addr:long, n:long)
user_string_n_nofault:string (addr:long, n:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n:string (addr:long, n:long)
user_string_n_nofault:string (addr:long, n:long)
# probes
begin /* <- begin */

=== TEST 5: user_string(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string(0)) }
--- stap_out
# functions
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */

=== TEST 6: user_string(0, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string(0, "err")) }
--- stap_out
# functions
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */

=== TEST 7: user_string2(0, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string2(0, "err")) }
--- stap_out
# functions
user_string2:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string2:string (addr:long, err_msg:string)
user_string_n:string (addr:long, n:long, err_msg:string)
# probes
begin /* <- begin */

=== TEST 8: user_string_nofault(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_nofault(0)) }
--- stap_out
# functions
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
user_string_nofault:string (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
user_string_nofault:string (addr:long)
# probes
begin /* <- begin */

=== TEST 9: user_string_n_warn(0, 10, "warn") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n_warn(0, 10, "warn")) }
--- stap_out
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 10: user_string_n_warn(0, 10) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n_warn(0, 10)) }
--- stap_out
# functions
user_string_n_warn:string (addr:long, n:long)
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n_warn:string (addr:long, n:long)
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 11: user_string2_n_warn(0, 10, "warn") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string2_n_warn(0, 10, "warn")) }
--- stap_out
# functions
user_string2_n_warn:string (addr:long, n:long, warn_msg:string)
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string2_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 12: user_string_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_warn(0)) }
--- stap_out
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
user_string_warn:string (addr:long)
user_string_warn:string (addr:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
user_string_warn:string (addr:long)
user_string_warn:string (addr:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 13: user_string_warn(0, "warn") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_warn(0, "warn")) }
--- stap_out
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
user_string_warn:string (addr:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
user_string_warn:string (addr:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 14: user_string2_warn(0, "warn") resolves its types
--- args: -p2
--- stap
probe begin { println(user_string2_warn(0, "warn")) }
--- stap_out
# functions
user_string2_warn:string (addr:long, warn_msg:string)
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_string2_warn:string (addr:long, warn_msg:string)
user_string_n_warn:string (addr:long, n:long, warn_msg:string)
# probes
begin /* <- begin */

=== TEST 15: user_string_quoted(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_quoted(0)) }
--- stap_out
# functions
string_quoted:string (str:string)
text_strn:string (input:string, len:long, quoted:long)
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
user_string_quoted:string (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
string_quoted:string (str:string)
user_string:string (addr:long)
user_string_n:string (addr:long, n:long)
user_string_quoted:string (addr:long)
# probes
begin /* <- begin */

=== TEST 16: user_string_n_quoted(0, 10, 20) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n_quoted(0, 10, 20)) }
--- stap_out
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
text_strn:string (input:string, len:long, quoted:long)
user_string_n:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
user_string_n:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */

=== TEST 17: user_string_n_quoted(0, 10) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n_quoted(0, 10)) }
--- stap_out
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
text_strn:string (input:string, len:long, quoted:long)
user_string_n:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
user_string_n:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */

=== TEST 18: user_string_n2_quoted(0, 10, 20) resolves its types
--- args: -p2
--- stap
probe begin { println(user_string_n2_quoted(0, 10, 20)) }
--- stap_out
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
text_strn:string (input:string, len:long, quoted:long)
user_string_n:string (addr:long, n:long)
user_string_n2_quoted:string (addr:long, inlen:long, outlen:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
string_quoted:string (str:string)
strlen:long (s:string)
substr:string (str:string, start:long, length:long)
user_string_n2_quoted:string (addr:long, inlen:long, outlen:long)
user_string_n:string (addr:long, n:long)
user_string_n_quoted:string (addr:long, inlen:long, outlen:long)
  # locals
  __str:string
# probes
begin /* <- begin */

=== TEST 19: user_char(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_char(0)) }
--- stap_out
# functions
user_char:long (addr:long)
user_char_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_char:long (addr:long)
user_char_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 20: user_char_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_char_warn(0)) }
--- stap_out
# functions
user_char_error:long (addr:long)
user_char_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_char_error:long (addr:long)
user_char_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 21: user_char_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_char_error(0)) }
--- stap_out
# functions
user_char_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_char_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 22: user_short(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_short(0)) }
--- stap_out
# functions
user_short:long (addr:long)
user_short_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_short:long (addr:long)
user_short_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 23: user_short_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_short_warn(0)) }
--- stap_out
# functions
user_short_error:long (addr:long)
user_short_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_short_error:long (addr:long)
user_short_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 24: user_short_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_short_error(0)) }
--- stap_out
# functions
user_short_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_short_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 25: user_ushort(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ushort(0)) }
--- stap_out
# functions
user_ushort:long (addr:long)
user_ushort_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ushort:long (addr:long)
user_ushort_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 26: user_ushort_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ushort_warn(0)) }
--- stap_out
# functions
user_ushort_error:long (addr:long)
user_ushort_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ushort_error:long (addr:long)
user_ushort_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 27: user_ushort_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ushort_error(0)) }
--- stap_out
# functions
user_ushort_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ushort_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 28: user_int(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int(0)) }
--- stap_out
# functions
user_int:long (addr:long)
user_int_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int:long (addr:long)
user_int_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 29: user_int_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int_warn(0)) }
--- stap_out
# functions
user_int_error:long (addr:long)
user_int_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int_error:long (addr:long)
user_int_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 30: user_int_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int_error(0)) }
--- stap_out
# functions
user_int_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 31: user_long(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_long(0)) }
--- stap_out
# functions
user_long:long (addr:long)
user_long_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_long:long (addr:long)
user_long_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 32: user_long_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_long_warn(0)) }
--- stap_out
# functions
user_long_error:long (addr:long)
user_long_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_long_error:long (addr:long)
user_long_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 33: user_long_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_long_error(0)) }
--- stap_out
# functions
user_long_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_long_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 34: user_ulong(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ulong(0)) }
--- stap_out
# functions
user_ulong:long (addr:long)
user_ulong_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ulong:long (addr:long)
user_ulong_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 35: user_ulong_warn(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ulong_warn(0)) }
--- stap_out
# functions
user_ulong_error:long (addr:long)
user_ulong_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ulong_error:long (addr:long)
user_ulong_warn:long (addr:long)
warn:unknown (msg:string)
# probes
begin /* <- begin */

=== TEST 36: user_ulong_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_ulong_error(0)) }
--- stap_out
# functions
user_ulong_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_ulong_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 37: user_int8(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int8(0)) }
--- stap_out
# functions
user_int8:long (addr:long)
user_int8_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int8:long (addr:long)
user_int8_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 38: user_int8_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int8_error(0)) }
--- stap_out
# functions
user_int8_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int8_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 39: user_uint8(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint8(0)) }
--- stap_out
# functions
user_uint8:long (addr:long)
user_uint8_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint8:long (addr:long)
user_uint8_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 40: user_uint8_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint8_error(0)) }
--- stap_out
# functions
user_uint8_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint8_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 41: user_int16(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int16(0)) }
--- stap_out
# functions
user_int16:long (addr:long)
user_int16_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int16:long (addr:long)
user_int16_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 42: user_int16_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int16_error(0)) }
--- stap_out
# functions
user_int16_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int16_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 43: user_uint16(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint16(0)) }
--- stap_out
# functions
user_uint16:long (addr:long)
user_uint16_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint16:long (addr:long)
user_uint16_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 44: user_uint16_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint16_error(0)) }
--- stap_out
# functions
user_uint16_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint16_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 45: user_int32(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int32(0)) }
--- stap_out
# functions
user_int32:long (addr:long)
user_int32_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int32:long (addr:long)
user_int32_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 46: user_int32_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int32_error(0)) }
--- stap_out
# functions
user_int32_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int32_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 47: user_uint32(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint32(0)) }
--- stap_out
# functions
user_uint32:long (addr:long)
user_uint32_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint32:long (addr:long)
user_uint32_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 48: user_uint32_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint32_error(0)) }
--- stap_out
# functions
user_uint32_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_uint32_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 49: user_int64(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int64(0)) }
--- stap_out
# functions
user_int64:long (addr:long)
user_int64_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int64:long (addr:long)
user_int64_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 50: user_int64_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_int64_error(0)) }
--- stap_out
# functions
user_int64_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int64_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 51: user_uint64(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint64(0)) }
--- stap_out
# functions
user_int64:long (addr:long)
user_int64_error:long (addr:long)
user_uint64:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int64:long (addr:long)
user_int64_error:long (addr:long)
user_uint64:long (addr:long)
# probes
begin /* <- begin */

=== TEST 52: user_uint64_error(0) resolves its types
--- args: -p2
--- stap
probe begin { println(user_uint64_error(0)) }
--- stap_out
# functions
user_int64_error:long (addr:long)
user_uint64_error:long (addr:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# global embedded code
%{
#define STP_GET_USER(t)							\
	do {								\
		t *_ptr = (t*) (uintptr_t) STAP_ARG_addr;		\
		STAP_RETVALUE = uread (_ptr);				\
	} while (0)
%}
# functions
user_int64_error:long (addr:long)
user_uint64_error:long (addr:long)
# probes
begin /* <- begin */

=== TEST 53: kernel_string(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_string(0)) }
--- stap_out
# functions
kernel_string:string (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 54: kernel_string(0, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_string(0, "err")) }
--- stap_out
# functions
kernel_string:string (addr:long)
kernel_string:string (addr:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 55: kernel_string2(0, "err") resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_string2(0, "err")) }
--- stap_out
# functions
kernel_string:string (addr:long)
kernel_string:string (addr:long, err_msg:string)
kernel_string2:string (addr:long, err_msg:string)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
kernel_string2:string (addr:long, err_msg:string)
kernel_string:string (addr:long)
kernel_string:string (addr:long, err_msg:string)
# probes
begin /* <- begin */

=== TEST 56: kernel_string_n(0, 10) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_string_n(0, 10)) }
--- stap_out
# functions
kernel_string_n:string (addr:long, n:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 57: kernel_string_quoted(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_string_quoted(0)) }
--- stap_out
# functions
kernel_string:string (addr:long)
kernel_string_quoted:string (addr:long)
string_quoted:string (str:string)
text_strn:string (input:string, len:long, quoted:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
kernel_string_quoted:string (addr:long)
# probes
begin /* <- begin */

=== TEST 58: kernel_long(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_long(0)) }
--- stap_out
# functions
kernel_long:long (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 59: kernel_int(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_int(0)) }
--- stap_out
# functions
kernel_int:long (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 60: kernel_short(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_short(0)) }
--- stap_out
# functions
kernel_short:long (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 61: kernel_char(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_char(0)) }
--- stap_out
# functions
kernel_char:long (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 62: kernel_pointer(0) resolves its types
--- args: -p2
--- stap
probe begin { println(kernel_pointer(0)) }
--- stap_out
# functions
kernel_pointer:long (addr:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 63: string_quoted("a\"b") resolves its types
--- args: -p2
--- stap
probe begin { println(string_quoted("a\"b")) }
--- stap_out
# functions
string_quoted:string (str:string)
text_strn:string (input:string, len:long, quoted:long)
# probes
begin /* <- begin */
--- stap_err
--- ref_out
# functions
string_quoted:string (str:string)
# probes
begin /* <- begin */

=== TEST 64: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(user_string("x")) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected string but found long: string 'x' at <input>:1:35
        source: probe begin { println(user_string("x")) }
                                                  ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 65: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(kernel_string(0, 1)) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected long but found string: number '1' at <input>:1:40
        source: probe begin { println(kernel_string(0, 1)) }
                                                       ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 66: a type error in a call is stap's semantic error
--- args: -p2
--- stap
probe begin { println(user_int("p")) }
--- stap_out
--- stap_err
semantic error: type mismatch: expected string but found long: string 'p' at <input>:1:32
        source: probe begin { println(user_int("p")) }
                                               ^

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1
