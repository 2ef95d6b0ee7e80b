# tapsets/conversions.stp: byte order and mem_page_size.  Expected -p2
# output is stap 4.8's, less its '# global embedded code' section.

=== TEST 1: ntohs resolves its types
--- args: -p2
--- stap
probe begin { println(ntohs(1)) }
--- stap_out
# functions
ntohs:long (x:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 2: ntohl resolves its types
--- args: -p2
--- stap
probe begin { println(ntohl(1)) }
--- stap_out
# functions
ntohl:long (x:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 3: htons resolves its types
--- args: -p2
--- stap
probe begin { println(htons(1)) }
--- stap_out
# functions
htons:long (x:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 4: htonl resolves its types
--- args: -p2
--- stap
probe begin { println(htonl(1)) }
--- stap_out
# functions
htonl:long (x:long)
# probes
begin /* <- begin */
--- stap_err

=== TEST 5: mem_page_size resolves its types
--- args: -p2
--- stap
probe begin { println(mem_page_size()) }
--- stap_out
# functions
mem_page_size:long ()
# probes
begin /* <- begin */
--- stap_err
