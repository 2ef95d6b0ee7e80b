# tapsets/logging.stp: exit, error, warn, log.  Expected -p2 output is
# stap 4.8's (stap -r 6.1.0-56-amd64 -p2 -e 'SAME SCRIPT').

=== TEST 1: exit resolves its types
--- args: -p2
--- stap
probe begin { exit() }
--- stap_out
# functions
exit:unknown ()
# probes
begin /* <- begin */
--- stap_err

=== TEST 2: error resolves its types
--- args: -p2
--- stap
probe begin { error("x") }
--- stap_out
# functions
error:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 3: warn resolves its types
--- args: -p2
--- stap
probe begin { warn("x") }
--- stap_out
# functions
warn:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err

=== TEST 4: log resolves its types
--- args: -p2
--- stap
probe begin { log("x") }
--- stap_out
# functions
log:unknown (msg:string)
# probes
begin /* <- begin */
--- stap_err
