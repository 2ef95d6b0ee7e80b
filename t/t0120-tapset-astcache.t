# The parsed-tapset cache (core/astcache.c): tapset files come from
# $XDG_CACHE_HOME/stap/ast when an intact entry matches their bytes and
# the target, and are parsed otherwise; -vv says which.  The output is the
# same either way (stap 4.8's, for the scripts below).  Cold, warm and
# corrupted caches, and the round trip over every tapset file, are in
# t/tapset-cache/run (they need several runs against one cache).

=== TEST 1: --disable-cache parses each file the script needs, reads no entry
--- args: -p2 -vv --disable-cache
--- stap
probe begin { printf("%s %d %s\n", execname(), gettimeofday_s(), substr("abc", 1, 1)) }
--- stap_err_like
(?s)\A(?!.*using cached).*parsed tapset [^\n]*/tapsets/context\.stp\n.*parsed tapset [^\n]*/tapsets/timestamp\.stp\n.*parsed tapset [^\n]*/tapsets/string\.stp\n
--- exitcode: 0

=== TEST 2: --poison-cache parses even when an entry exists
--- args: -p2 -vv --poison-cache
--- stap
probe begin { println(execname()) }
--- stap_err_like
(?s)\A(?!.*using cached).*parsed tapset [^\n]*/tapsets/context\.stp\n
--- exitcode: 0

=== TEST 3: a file from the cache or the parser, never both, never neither
--- args: -p2 -vv
--- stap
probe begin { println(execname()) }
--- stap_err_like
(?s)\A(?:(?!context\.stp).)*(?:parsed tapset|Pass 1: using cached \S+/stap/ast/[0-9a-f]{16}\.ast for tapset) [^\n]*/tapsets/context\.stp\n(?!.*context\.stp)
--- exitcode: 0

=== TEST 4: the output through the cache is stap 4.8's
--- args: -p2
--- stap
probe begin { printf("%s %s\n", execname(), substr("abc", 1, 1)) }
--- stap_out
# functions
execname:string ()
substr:string (str:string, start:long, length:long)
# probes
begin /* <- begin */
  # locals
  __stable___global_execname__overload_0_value:string
--- stap_err
--- exitcode: 0
