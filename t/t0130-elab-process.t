# Pass 2, process() probes: user-space functions, statements, SDT markers
# and PLT slots, resolved from the binaries' ELF and DWARF (core/dwarf.c).
# The target programs are built from t/fixtures/process/*.c into
# /tmp/stap-t0130 by build.sh (a fixed path: the goldens name the binaries
# and their DWARF source paths).  Expected output is SystemTap 4.8's own
# (stap -p2 -u on the same binaries), except where a block says otherwise.
=== TEST 1: every function at -O0: DWARF ones (stap's order), then the symbol table's
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("helper@/tmp/stap-t0130/x.c:5") /* pc=.dynamic+0x1158 */ /* <- process("/tmp/stap-t0130/x0").function("helper@/tmp/stap-t0130/x.c:5") */
process("/tmp/stap-t0130/x0").function("sq@/tmp/stap-t0130/x.c:10") /* pc=.dynamic+0x1178 */ /* <- process("/tmp/stap-t0130/x0").function("sq@/tmp/stap-t0130/x.c:10") */
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") */
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") */
process("/tmp/stap-t0130/x0").function("_init") /* pc=.dynamic+0x1000 */ /* <- process("/tmp/stap-t0130/x0").function("_init") */
process("/tmp/stap-t0130/x0").function("_start") /* pc=.dynamic+0x1060 */ /* <- process("/tmp/stap-t0130/x0").function("_start") */
process("/tmp/stap-t0130/x0").function("deregister_tm_clones") /* pc=.dynamic+0x1090 */ /* <- process("/tmp/stap-t0130/x0").function("deregister_tm_clones") */
process("/tmp/stap-t0130/x0").function("register_tm_clones") /* pc=.dynamic+0x10c0 */ /* <- process("/tmp/stap-t0130/x0").function("register_tm_clones") */
process("/tmp/stap-t0130/x0").function("__do_global_dtors_aux") /* pc=.dynamic+0x1100 */ /* <- process("/tmp/stap-t0130/x0").function("__do_global_dtors_aux") */
process("/tmp/stap-t0130/x0").function("frame_dummy") /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/x0").function("frame_dummy") */
process("/tmp/stap-t0130/x0").function("_fini") /* pc=.dynamic+0x1240 */ /* <- process("/tmp/stap-t0130/x0").function("_fini") */
--- stap_err
--- exitcode: 0

=== TEST 2: every function at -O2: out-of-line ones, then inline instances at their entry
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x2").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1190 */ /* <- process("/tmp/stap-t0130/x2").function("foo@/tmp/stap-t0130/x.c:11") */
process("/tmp/stap-t0130/x2").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x1060 */ /* <- process("/tmp/stap-t0130/x2").function("main@/tmp/stap-t0130/x.c:20") */
process("/tmp/stap-t0130/x2").function("helper@/tmp/stap-t0130/x.c:5") /* pc=.dynamic+0x11b0 */ /* <- process("/tmp/stap-t0130/x2").function("helper@/tmp/stap-t0130/x.c:5") */
process("/tmp/stap-t0130/x2").function("sq@/tmp/stap-t0130/x.c:10") /* pc=.dynamic+0x11b0 */ /* <- process("/tmp/stap-t0130/x2").function("sq@/tmp/stap-t0130/x.c:10") */
process("/tmp/stap-t0130/x2").function("_init") /* pc=.dynamic+0x1000 */ /* <- process("/tmp/stap-t0130/x2").function("_init") */
process("/tmp/stap-t0130/x2").function("_start") /* pc=.dynamic+0x10a0 */ /* <- process("/tmp/stap-t0130/x2").function("_start") */
process("/tmp/stap-t0130/x2").function("deregister_tm_clones") /* pc=.dynamic+0x10d0 */ /* <- process("/tmp/stap-t0130/x2").function("deregister_tm_clones") */
process("/tmp/stap-t0130/x2").function("register_tm_clones") /* pc=.dynamic+0x1100 */ /* <- process("/tmp/stap-t0130/x2").function("register_tm_clones") */
process("/tmp/stap-t0130/x2").function("__do_global_dtors_aux") /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/x2").function("__do_global_dtors_aux") */
process("/tmp/stap-t0130/x2").function("frame_dummy") /* pc=.dynamic+0x1180 */ /* <- process("/tmp/stap-t0130/x2").function("frame_dummy") */
process("/tmp/stap-t0130/x2").function("_fini") /* pc=.dynamic+0x11dc */ /* <- process("/tmp/stap-t0130/x2").function("_fini") */
--- stap_err
--- exitcode: 0

=== TEST 3: one function after its prologue, and .call
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo"), process("/tmp/stap-t0130/x0").function("main").call {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") */
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20").call /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20").call */
--- stap_err
--- exitcode: 0

=== TEST 4: .inline picks inline instances; a plain name includes them
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("sq").inline, process("/tmp/stap-t0130/x2").function("helper") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x2").function("sq@/tmp/stap-t0130/x.c:10").inline /* pc=.dynamic+0x11b0 */ /* <- process("/tmp/stap-t0130/x2").function("sq@/tmp/stap-t0130/x.c:10").inline */
process("/tmp/stap-t0130/x2").function("helper@/tmp/stap-t0130/x.c:5") /* pc=.dynamic+0x11b0 */ /* <- process("/tmp/stap-t0130/x2").function("helper@/tmp/stap-t0130/x.c:5") */
--- stap_err
--- exitcode: 0

=== TEST 5: .call excludes inline instances; an optional point that matches nothing is dropped
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("foo").call, process("/tmp/stap-t0130/x2").function("foo").inline? {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x2").function("foo@/tmp/stap-t0130/x.c:11").call /* pc=.dynamic+0x1190 */ /* <- process("/tmp/stap-t0130/x2").function("foo@/tmp/stap-t0130/x.c:11").call */
--- stap_err
--- exitcode: 0

=== TEST 6: functions of one source file
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("*@x.c") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("helper@/tmp/stap-t0130/x.c:5") /* pc=.dynamic+0x1158 */ /* <- process("/tmp/stap-t0130/x0").function("helper@/tmp/stap-t0130/x.c:5") */
process("/tmp/stap-t0130/x0").function("sq@/tmp/stap-t0130/x.c:10") /* pc=.dynamic+0x1178 */ /* <- process("/tmp/stap-t0130/x0").function("sq@/tmp/stap-t0130/x.c:10") */
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") */
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") */
--- stap_err
--- exitcode: 0

=== TEST 7: function@file:line warns and probes the function
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo@x.c:12") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") */
--- stap_err
WARNING: For probing a particular line, use a .statement() probe, not .function(): keyword at <input>:1:1
 source: probe process("/tmp/stap-t0130/x0").function("foo@x.c:12") {}
         ^
--- exitcode: 0

=== TEST 8: no DWARF: the symbol table, with stap's warning
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/xn").function("*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/xn").function("_init") /* pc=.dynamic+0x1000 */ /* <- process("/tmp/stap-t0130/xn").function("_init") */
process("/tmp/stap-t0130/xn").function("main") /* pc=.dynamic+0x1060 */ /* <- process("/tmp/stap-t0130/xn").function("main") */
process("/tmp/stap-t0130/xn").function("_start") /* pc=.dynamic+0x10a0 */ /* <- process("/tmp/stap-t0130/xn").function("_start") */
process("/tmp/stap-t0130/xn").function("deregister_tm_clones") /* pc=.dynamic+0x10d0 */ /* <- process("/tmp/stap-t0130/xn").function("deregister_tm_clones") */
process("/tmp/stap-t0130/xn").function("register_tm_clones") /* pc=.dynamic+0x1100 */ /* <- process("/tmp/stap-t0130/xn").function("register_tm_clones") */
process("/tmp/stap-t0130/xn").function("__do_global_dtors_aux") /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/xn").function("__do_global_dtors_aux") */
process("/tmp/stap-t0130/xn").function("frame_dummy") /* pc=.dynamic+0x1180 */ /* <- process("/tmp/stap-t0130/xn").function("frame_dummy") */
process("/tmp/stap-t0130/xn").function("foo") /* pc=.dynamic+0x1190 */ /* <- process("/tmp/stap-t0130/xn").function("foo") */
process("/tmp/stap-t0130/xn").function("_fini") /* pc=.dynamic+0x11dc */ /* <- process("/tmp/stap-t0130/xn").function("_fini") */
--- stap_err
WARNING: cannot find module /tmp/stap-t0130/xn debuginfo: No DWARF information found [man warning::debuginfo]
--- exitcode: 0

=== TEST 9: no DWARF: a wildcard and .call
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/xn").function("fo*").call {}'
--- stap_out
# probes
process("/tmp/stap-t0130/xn").function("foo").call /* pc=.dynamic+0x1190 */ /* <- process("/tmp/stap-t0130/xn").function("foo").call */
--- stap_err
WARNING: cannot find module /tmp/stap-t0130/xn debuginfo: No DWARF information found [man warning::debuginfo]
--- exitcode: 0

=== TEST 10: a fixed-address (non-PIE) executable
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/xe").function("foo") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/xe").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.absolute+0x1181 */ /* <- process("/tmp/stap-t0130/xe").function("foo@/tmp/stap-t0130/x.c:11") */
--- stap_err
--- exitcode: 0

=== TEST 11: a shared library by path
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/libt.so").function("*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") /* pc=.dynamic+0x1103 */ /* <- process("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") */
process("/tmp/stap-t0130/libt.so").function("lib_hidden@/tmp/stap-t0130/lib.c:3") /* pc=.dynamic+0x111b */ /* <- process("/tmp/stap-t0130/libt.so").function("lib_hidden@/tmp/stap-t0130/lib.c:3") */
process("/tmp/stap-t0130/libt.so").function("lib_call@/tmp/stap-t0130/lib.c:4") /* pc=.dynamic+0x1135 */ /* <- process("/tmp/stap-t0130/libt.so").function("lib_call@/tmp/stap-t0130/lib.c:4") */
process("/tmp/stap-t0130/libt.so").function("_init") /* pc=.dynamic+0x1000 */ /* <- process("/tmp/stap-t0130/libt.so").function("_init") */
process("/tmp/stap-t0130/libt.so").function("deregister_tm_clones") /* pc=.dynamic+0x1040 */ /* <- process("/tmp/stap-t0130/libt.so").function("deregister_tm_clones") */
process("/tmp/stap-t0130/libt.so").function("register_tm_clones") /* pc=.dynamic+0x1070 */ /* <- process("/tmp/stap-t0130/libt.so").function("register_tm_clones") */
process("/tmp/stap-t0130/libt.so").function("__do_global_dtors_aux") /* pc=.dynamic+0x10b0 */ /* <- process("/tmp/stap-t0130/libt.so").function("__do_global_dtors_aux") */
process("/tmp/stap-t0130/libt.so").function("frame_dummy") /* pc=.dynamic+0x10f0 */ /* <- process("/tmp/stap-t0130/libt.so").function("frame_dummy") */
process("/tmp/stap-t0130/libt.so").function("_fini") /* pc=.dynamic+0x1148 */ /* <- process("/tmp/stap-t0130/libt.so").function("_fini") */
--- stap_err
--- exitcode: 0

=== TEST 12: .library() finds the library the executable needs
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/m").library("libt.so").function("lib_*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") /* pc=.dynamic+0x1103 */ /* <- process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") */
process("/tmp/stap-t0130/libt.so").function("lib_hidden@/tmp/stap-t0130/lib.c:3") /* pc=.dynamic+0x111b */ /* <- process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_hidden@/tmp/stap-t0130/lib.c:3") */
process("/tmp/stap-t0130/libt.so").function("lib_call@/tmp/stap-t0130/lib.c:4") /* pc=.dynamic+0x1135 */ /* <- process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_call@/tmp/stap-t0130/lib.c:4") */
--- stap_err
--- exitcode: 0

=== TEST 13: every PLT slot
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/m").plt {}'
--- stap_out
# probes
process("/tmp/stap-t0130/m").statement(0x1030) /* pc=.dynamic+0x1030 */ /* <- process("/tmp/stap-t0130/m").statement(0x1030) */
process("/tmp/stap-t0130/m").statement(0x1040) /* pc=.dynamic+0x1040 */ /* <- process("/tmp/stap-t0130/m").statement(0x1040) */
--- stap_err
--- exitcode: 0

=== TEST 14: one PLT slot by name
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/m").plt("lib_call") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/m").statement(0x1040) /* pc=.dynamic+0x1040 */ /* <- process("/tmp/stap-t0130/m").statement(0x1040) */
--- stap_err
--- exitcode: 0

=== TEST 15: SDT markers
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/sdt").mark("*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/sdt").statement(0x1140) /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/sdt").statement(0x1140) */
process("/tmp/stap-t0130/sdt").statement(0x114d) /* pc=.dynamic+0x114d */ /* <- process("/tmp/stap-t0130/sdt").statement(0x114d) */
process("/tmp/stap-t0130/sdt").statement(0x114e) /* pc=.dynamic+0x114e */ /* <- process("/tmp/stap-t0130/sdt").statement(0x114e) */
--- stap_err
--- exitcode: 0

=== TEST 16: SDT markers of one provider
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/sdt").provider("myprov").mark("st*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/sdt").statement(0x1140) /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/sdt").statement(0x1140) */
--- stap_err
--- exitcode: 0

=== TEST 17: an SDT marker that is not there
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/sdt").mark("nope") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/sdt").mark("nope") {}
                      ^

semantic error: no match (similar marks: done, ping, start)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 18: statement by function, file and line
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").statement("foo@x.c:14") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").statement("foo@/tmp/stap-t0130/x.c:14") /* pc=.dynamic+0x119b */ /* <- process("/tmp/stap-t0130/x0").statement("foo@/tmp/stap-t0130/x.c:14") */
--- stap_err
--- exitcode: 0

=== TEST 19: statement by any function at a line
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").statement("*@x.c:14") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").statement("foo@/tmp/stap-t0130/x.c:14") /* pc=.dynamic+0x119b */ /* <- process("/tmp/stap-t0130/x0").statement("foo@/tmp/stap-t0130/x.c:14") */
--- stap_err
--- exitcode: 0

=== TEST 20: statement by address
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").statement(0x1194) {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").statement(0x1194) /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").statement(0x1194) */
--- stap_err
--- exitcode: 0

=== TEST 21: statement at a line without code
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").statement("foo@x.c:99") {}'
--- stap_out
--- stap_err
semantic error: no line records for /tmp/stap-t0130/x.c:99 [man error::dwarf]

semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/x0").statement("foo@x.c:99") {}
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 22: a path that does not exist
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/nope").function("foo") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/nope").function("foo") {}
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 23: a name not in $PATH
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("nosuchprog_t0130").function("foo") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("nosuchprog_t0130").function("foo") {}
                      ^

semantic error: cannot find executable 'nosuchprog_t0130'

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 24: a file that is not ELF
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/notelf").function("foo") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/notelf").function("foo") {}
                      ^

semantic error: no match

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 25: a symlink is resolved
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/xl").function("main") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") */
--- stap_err
--- exitcode: 0

=== TEST 26: a name found through $PATH
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("ls").begin {}'
--- stap_out
# probes
process("/usr/bin/ls").begin /* <- process("ls").begin */
--- stap_err
--- exitcode: 0

=== TEST 27: process begin and end, with and without a path
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process.begin, process.end, process("/tmp/stap-t0130/m").begin, process("/tmp/stap-t0130/m").end {}'
--- stap_out
# probes
process.begin /* <- process.begin,process.end,process("/tmp/stap-t0130/m").begin,process("/tmp/stap-t0130/m").end */
process.end /* <- process.begin,process.end,process("/tmp/stap-t0130/m").begin,process("/tmp/stap-t0130/m").end */
process("/tmp/stap-t0130/m").begin /* <- process.begin,process.end,process("/tmp/stap-t0130/m").begin,process("/tmp/stap-t0130/m").end */
process("/tmp/stap-t0130/m").end /* <- process.begin,process.end,process("/tmp/stap-t0130/m").begin,process("/tmp/stap-t0130/m").end */
--- stap_err
--- exitcode: 0

=== TEST 28: a PID that does not exist
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process(99999999).begin {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process(99999999).begin {}
                      ^

semantic error: cannot probe pid 99999999: No such process

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 29: a function that is not there
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("nosuch") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/x0").function("nosuch") {}
                      ^

semantic error: no match (similar functions: sq, foo, main, _fini, _init)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 30: .call of an inline-only function
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("sq").call {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process("/tmp/stap-t0130/x2").function("sq").call {}
                      ^

semantic error: no match (similar functions: sq, foo, main, _fini, _init)

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 31: SDT marker arguments and names
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/sdt").mark("start") { print($arg1, $arg2, $$name, $$provider) }'
--- stap_out
# probes
process("/tmp/stap-t0130/sdt").statement(0x1140) /* pc=.dynamic+0x1140 */ /* <- process("/tmp/stap-t0130/sdt").statement(0x1140) */
--- stap_err
--- exitcode: 0

=== TEST 32: -L: functions and their variables at -O0
--- args
-L $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/x0").function("*")'
--- stap_out
process("/tmp/stap-t0130/x0").function("__do_global_dtors_aux")
process("/tmp/stap-t0130/x0").function("_fini")
process("/tmp/stap-t0130/x0").function("_init")
process("/tmp/stap-t0130/x0").function("_start")
process("/tmp/stap-t0130/x0").function("deregister_tm_clones")
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") $n:int $argv:char** $p:struct pt* $i:int $t:int
process("/tmp/stap-t0130/x0").function("frame_dummy")
process("/tmp/stap-t0130/x0").function("helper@/tmp/stap-t0130/x.c:5") $n:int $s:char const* $len:int
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") $argc:int $argv:char** $p:struct pt
process("/tmp/stap-t0130/x0").function("register_tm_clones")
process("/tmp/stap-t0130/x0").function("sq@/tmp/stap-t0130/x.c:10") $v:int
--- stap_err
--- exitcode: 0

=== TEST 33: -L: at -O2 (inline instances list no variables)
--- args
-L $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/x2").function("*")'
--- stap_out
process("/tmp/stap-t0130/x2").function("__do_global_dtors_aux")
process("/tmp/stap-t0130/x2").function("_fini")
process("/tmp/stap-t0130/x2").function("_init")
process("/tmp/stap-t0130/x2").function("_start")
process("/tmp/stap-t0130/x2").function("deregister_tm_clones")
process("/tmp/stap-t0130/x2").function("foo@/tmp/stap-t0130/x.c:11") $n:int $argv:char** $p:struct pt* $i:int $t:int
process("/tmp/stap-t0130/x2").function("frame_dummy")
process("/tmp/stap-t0130/x2").function("helper@/tmp/stap-t0130/x.c:5")
process("/tmp/stap-t0130/x2").function("main@/tmp/stap-t0130/x.c:20") $argc:int $argv:char** $p:struct pt
process("/tmp/stap-t0130/x2").function("register_tm_clones")
process("/tmp/stap-t0130/x2").function("sq@/tmp/stap-t0130/x.c:10")
--- stap_err
--- exitcode: 0

=== TEST 34: -L: a statement's variables
--- args
-L $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/x0").statement("*@x.c:14")'
--- stap_out
process("/tmp/stap-t0130/x0").statement("foo@/tmp/stap-t0130/x.c:14") $n:int $argv:char** $p:struct pt* $i:int $t:int
--- stap_err
--- exitcode: 0

=== TEST 35: -L: markers by name, with their arguments
--- args
-L $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/sdt").mark("*")'
--- stap_out
process("/tmp/stap-t0130/sdt").mark("done") $arg1:long
process("/tmp/stap-t0130/sdt").mark("ping")
process("/tmp/stap-t0130/sdt").mark("start") $arg1:long $arg2:long
--- stap_err
--- exitcode: 0

=== TEST 36: -l: markers of one provider
--- args
-l $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/sdt").provider("myprov").mark("*")'
--- stap_out
process("/tmp/stap-t0130/sdt").provider("myprov").mark("done")
process("/tmp/stap-t0130/sdt").provider("myprov").mark("start")
--- stap_err
--- exitcode: 0

=== TEST 37: -l: PLT slots by name
--- args
-l $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/m").plt'
--- stap_out
process("/tmp/stap-t0130/m").plt("lib_add")
process("/tmp/stap-t0130/m").plt("lib_call")
--- stap_err
--- exitcode: 0

=== TEST 38: -l: .library() as written, the library canonical
--- args
-l $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/m").library("libt.so").function("lib_*")'
--- stap_out
process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2")
process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_call@/tmp/stap-t0130/lib.c:4")
process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_hidden@/tmp/stap-t0130/lib.c:3")
--- stap_err
--- exitcode: 0

=== TEST 39: -L: no DWARF, no variables
--- args
-L $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) 'process("/tmp/stap-t0130/xn").function("*")'
--- stap_out
process("/tmp/stap-t0130/xn").function("__do_global_dtors_aux")
process("/tmp/stap-t0130/xn").function("_fini")
process("/tmp/stap-t0130/xn").function("_init")
process("/tmp/stap-t0130/xn").function("_start")
process("/tmp/stap-t0130/xn").function("deregister_tm_clones")
process("/tmp/stap-t0130/xn").function("foo")
process("/tmp/stap-t0130/xn").function("frame_dummy")
process("/tmp/stap-t0130/xn").function("main")
process("/tmp/stap-t0130/xn").function("register_tm_clones")
--- stap_err
--- exitcode: 0

=== TEST 40: .return probes the function's entry (a uretprobe)
--- ref_skip: SystemTap 4.8 finds no uretprobe support in this host's kernel symbols
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo").return, process("/tmp/stap-t0130/m").plt("lib_add").return {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").return /* pc=.dynamic+0x1180 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").return */
process("/tmp/stap-t0130/m").statement(0x1030).return /* pc=.dynamic+0x1030 */ /* <- process("/tmp/stap-t0130/m").statement(0x1030).return */
--- stap_err
--- exitcode: 0

=== TEST 41: parameters and locals in scope are longs
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo") { print($n + $i, $argv, $p) }'
--- stap_out_like
^process\("/tmp/stap-t0130/x0"\)\.function\("foo@/tmp/stap-t0130/x\.c:11"\) /\* pc=\.dynamic\+0x1194 \*/ /\* <- process\("/tmp/stap-t0130/x0"\)\.function\("foo@/tmp/stap-t0130/x\.c:11"\) \*/$
--- stap_err
--- exitcode: 0

=== TEST 42: parameters and locals at -O2 (location lists)
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("foo") { print($n, $p, $t) }'
--- stap_out_like
^process\("/tmp/stap-t0130/x2"\)\.function\("foo@/tmp/stap-t0130/x\.c:11"\) /\* pc=\.dynamic\+0x1190 \*/
--- stap_err
--- exitcode: 0

=== TEST 43: $var that is not in scope: stap's message and the alternatives
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo") { print($zz) }'
--- stap_out
--- stap_err_like
^semantic error: unable to find local 'zz', \[man error::dwarf\] dieoffset 0x126 in /tmp/stap-t0130/x0, near pc 0x1194 in foo x\.c \(alternatives: \$i, \$n, \$p, \$t, \$argv\)\): identifier '\$zz' at <input>:1:61$
^Pass 2: analysis failed\.  \[man error::pass2\]$
--- exitcode: 1

=== TEST 44: a struct value is not a long
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("main") { print($p) }'
--- stap_out
--- stap_err_like
^semantic error: 'struct pt' \(/tmp/stap-t0130/x\.c:4\) is being accessed instead of a member such as '->a': identifier '\$p' at <input>:1:62$
--- exitcode: 1

=== TEST 45: $var without DWARF
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/xn").function("foo") { print($n) }'
--- stap_out
--- stap_err_like
^WARNING: cannot find module /tmp/stap-t0130/xn debuginfo: No DWARF information found \[man warning::debuginfo\]$
^semantic error: debuginfo scope not found for module '/tmp/stap-t0130/xn', cannot resolve context variable \[man error::dwarf\]: identifier '\$n' at <input>:1:61$
--- exitcode: 1

=== TEST 46: $argN past a marker's arguments is looked up in DWARF
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/sdt").mark("start") { print($arg3) }'
--- stap_out
--- stap_err_like
^semantic error: unable to find local 'arg3', \[man error::dwarf\] dieoffset 0x[0-9a-f]+ in /tmp/stap-t0130/sdt, near pc 0x1140 in work sdt\.c \(alternatives: \$n, \$s\)\): identifier '\$arg3' at <input>:1:60$
--- exitcode: 1

=== TEST 47: through an alias, and beside a begin probe
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe myp = process("/tmp/stap-t0130/x0").function("foo") { x = 1 } probe myp { print(x) } probe process("/tmp/stap-t0130/m").begin, process("/tmp/stap-t0130/x0").function("main") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11") */
  # locals
  x:long
process("/tmp/stap-t0130/m").begin /* <- process("/tmp/stap-t0130/m").begin,process("/tmp/stap-t0130/x0").function("main") */
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") */
--- stap_err
--- exitcode: 0

=== TEST 48: a variable its location list does not cover at the probe address
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("sq").inline { print($v) }'
--- stap_out
--- stap_err_like
^semantic error: not accessible at this address \(pc: 0x11b0\) \[man error::dwarf\]: identifier '\$v' at <input>:1:67$
--- exitcode: 1

=== TEST 49: one name in two CUs: stap's module-wide lookup gives the last CU first
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/dup").function("helper") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupb.c:2") /* pc=.dynamic+0x1156 */ /* <- process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupb.c:2") */
process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupa.c:2") /* pc=.dynamic+0x1130 */ /* <- process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupa.c:2") */
--- stap_err
--- exitcode: 0

=== TEST 50: a wildcard walks the CUs in order
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/dup").function("help*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupa.c:2") /* pc=.dynamic+0x1130 */ /* <- process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupa.c:2") */
process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupb.c:2") /* pc=.dynamic+0x1156 */ /* <- process("/tmp/stap-t0130/dup").function("helper@/tmp/stap-t0130/dupb.c:2") */
--- stap_err
--- exitcode: 0

=== TEST 51: a CU of 40 functions, in the order of stap's hash map
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/many").function("fn_*") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/many").function("fn_1@/tmp/stap-t0130/many.c:4") /* pc=.dynamic+0x113c */ /* <- process("/tmp/stap-t0130/many").function("fn_1@/tmp/stap-t0130/many.c:4") */
process("/tmp/stap-t0130/many").function("fn_2@/tmp/stap-t0130/many.c:5") /* pc=.dynamic+0x114b */ /* <- process("/tmp/stap-t0130/many").function("fn_2@/tmp/stap-t0130/many.c:5") */
process("/tmp/stap-t0130/many").function("fn_5@/tmp/stap-t0130/many.c:8") /* pc=.dynamic+0x1178 */ /* <- process("/tmp/stap-t0130/many").function("fn_5@/tmp/stap-t0130/many.c:8") */
process("/tmp/stap-t0130/many").function("fn_7@/tmp/stap-t0130/many.c:10") /* pc=.dynamic+0x1196 */ /* <- process("/tmp/stap-t0130/many").function("fn_7@/tmp/stap-t0130/many.c:10") */
process("/tmp/stap-t0130/many").function("fn_8@/tmp/stap-t0130/many.c:11") /* pc=.dynamic+0x11a5 */ /* <- process("/tmp/stap-t0130/many").function("fn_8@/tmp/stap-t0130/many.c:11") */
process("/tmp/stap-t0130/many").function("fn_10@/tmp/stap-t0130/many.c:13") /* pc=.dynamic+0x11c3 */ /* <- process("/tmp/stap-t0130/many").function("fn_10@/tmp/stap-t0130/many.c:13") */
process("/tmp/stap-t0130/many").function("fn_3@/tmp/stap-t0130/many.c:6") /* pc=.dynamic+0x115a */ /* <- process("/tmp/stap-t0130/many").function("fn_3@/tmp/stap-t0130/many.c:6") */
process("/tmp/stap-t0130/many").function("fn_11@/tmp/stap-t0130/many.c:14") /* pc=.dynamic+0x11d2 */ /* <- process("/tmp/stap-t0130/many").function("fn_11@/tmp/stap-t0130/many.c:14") */
process("/tmp/stap-t0130/many").function("fn_29@/tmp/stap-t0130/many.c:32") /* pc=.dynamic+0x12e0 */ /* <- process("/tmp/stap-t0130/many").function("fn_29@/tmp/stap-t0130/many.c:32") */
process("/tmp/stap-t0130/many").function("fn_30@/tmp/stap-t0130/many.c:33") /* pc=.dynamic+0x12ef */ /* <- process("/tmp/stap-t0130/many").function("fn_30@/tmp/stap-t0130/many.c:33") */
process("/tmp/stap-t0130/many").function("fn_33@/tmp/stap-t0130/many.c:36") /* pc=.dynamic+0x131c */ /* <- process("/tmp/stap-t0130/many").function("fn_33@/tmp/stap-t0130/many.c:36") */
process("/tmp/stap-t0130/many").function("fn_20@/tmp/stap-t0130/many.c:23") /* pc=.dynamic+0x1259 */ /* <- process("/tmp/stap-t0130/many").function("fn_20@/tmp/stap-t0130/many.c:23") */
process("/tmp/stap-t0130/many").function("fn_31@/tmp/stap-t0130/many.c:34") /* pc=.dynamic+0x12fe */ /* <- process("/tmp/stap-t0130/many").function("fn_31@/tmp/stap-t0130/many.c:34") */
process("/tmp/stap-t0130/many").function("fn_32@/tmp/stap-t0130/many.c:35") /* pc=.dynamic+0x130d */ /* <- process("/tmp/stap-t0130/many").function("fn_32@/tmp/stap-t0130/many.c:35") */
process("/tmp/stap-t0130/many").function("fn_28@/tmp/stap-t0130/many.c:31") /* pc=.dynamic+0x12d1 */ /* <- process("/tmp/stap-t0130/many").function("fn_28@/tmp/stap-t0130/many.c:31") */
process("/tmp/stap-t0130/many").function("fn_26@/tmp/stap-t0130/many.c:29") /* pc=.dynamic+0x12b3 */ /* <- process("/tmp/stap-t0130/many").function("fn_26@/tmp/stap-t0130/many.c:29") */
process("/tmp/stap-t0130/many").function("fn_4@/tmp/stap-t0130/many.c:7") /* pc=.dynamic+0x1169 */ /* <- process("/tmp/stap-t0130/many").function("fn_4@/tmp/stap-t0130/many.c:7") */
process("/tmp/stap-t0130/many").function("fn_35@/tmp/stap-t0130/many.c:38") /* pc=.dynamic+0x133a */ /* <- process("/tmp/stap-t0130/many").function("fn_35@/tmp/stap-t0130/many.c:38") */
process("/tmp/stap-t0130/many").function("fn_34@/tmp/stap-t0130/many.c:37") /* pc=.dynamic+0x132b */ /* <- process("/tmp/stap-t0130/many").function("fn_34@/tmp/stap-t0130/many.c:37") */
process("/tmp/stap-t0130/many").function("fn_15@/tmp/stap-t0130/many.c:18") /* pc=.dynamic+0x120e */ /* <- process("/tmp/stap-t0130/many").function("fn_15@/tmp/stap-t0130/many.c:18") */
process("/tmp/stap-t0130/many").function("fn_0@/tmp/stap-t0130/many.c:3") /* pc=.dynamic+0x1130 */ /* <- process("/tmp/stap-t0130/many").function("fn_0@/tmp/stap-t0130/many.c:3") */
process("/tmp/stap-t0130/many").function("fn_24@/tmp/stap-t0130/many.c:27") /* pc=.dynamic+0x1295 */ /* <- process("/tmp/stap-t0130/many").function("fn_24@/tmp/stap-t0130/many.c:27") */
process("/tmp/stap-t0130/many").function("fn_37@/tmp/stap-t0130/many.c:40") /* pc=.dynamic+0x1358 */ /* <- process("/tmp/stap-t0130/many").function("fn_37@/tmp/stap-t0130/many.c:40") */
process("/tmp/stap-t0130/many").function("fn_38@/tmp/stap-t0130/many.c:41") /* pc=.dynamic+0x1367 */ /* <- process("/tmp/stap-t0130/many").function("fn_38@/tmp/stap-t0130/many.c:41") */
process("/tmp/stap-t0130/many").function("fn_39@/tmp/stap-t0130/many.c:42") /* pc=.dynamic+0x1376 */ /* <- process("/tmp/stap-t0130/many").function("fn_39@/tmp/stap-t0130/many.c:42") */
process("/tmp/stap-t0130/many").function("fn_27@/tmp/stap-t0130/many.c:30") /* pc=.dynamic+0x12c2 */ /* <- process("/tmp/stap-t0130/many").function("fn_27@/tmp/stap-t0130/many.c:30") */
process("/tmp/stap-t0130/many").function("fn_9@/tmp/stap-t0130/many.c:12") /* pc=.dynamic+0x11b4 */ /* <- process("/tmp/stap-t0130/many").function("fn_9@/tmp/stap-t0130/many.c:12") */
process("/tmp/stap-t0130/many").function("fn_25@/tmp/stap-t0130/many.c:28") /* pc=.dynamic+0x12a4 */ /* <- process("/tmp/stap-t0130/many").function("fn_25@/tmp/stap-t0130/many.c:28") */
process("/tmp/stap-t0130/many").function("fn_6@/tmp/stap-t0130/many.c:9") /* pc=.dynamic+0x1187 */ /* <- process("/tmp/stap-t0130/many").function("fn_6@/tmp/stap-t0130/many.c:9") */
process("/tmp/stap-t0130/many").function("fn_21@/tmp/stap-t0130/many.c:24") /* pc=.dynamic+0x1268 */ /* <- process("/tmp/stap-t0130/many").function("fn_21@/tmp/stap-t0130/many.c:24") */
process("/tmp/stap-t0130/many").function("fn_23@/tmp/stap-t0130/many.c:26") /* pc=.dynamic+0x1286 */ /* <- process("/tmp/stap-t0130/many").function("fn_23@/tmp/stap-t0130/many.c:26") */
process("/tmp/stap-t0130/many").function("fn_22@/tmp/stap-t0130/many.c:25") /* pc=.dynamic+0x1277 */ /* <- process("/tmp/stap-t0130/many").function("fn_22@/tmp/stap-t0130/many.c:25") */
process("/tmp/stap-t0130/many").function("fn_13@/tmp/stap-t0130/many.c:16") /* pc=.dynamic+0x11f0 */ /* <- process("/tmp/stap-t0130/many").function("fn_13@/tmp/stap-t0130/many.c:16") */
process("/tmp/stap-t0130/many").function("fn_19@/tmp/stap-t0130/many.c:22") /* pc=.dynamic+0x124a */ /* <- process("/tmp/stap-t0130/many").function("fn_19@/tmp/stap-t0130/many.c:22") */
process("/tmp/stap-t0130/many").function("fn_18@/tmp/stap-t0130/many.c:21") /* pc=.dynamic+0x123b */ /* <- process("/tmp/stap-t0130/many").function("fn_18@/tmp/stap-t0130/many.c:21") */
process("/tmp/stap-t0130/many").function("fn_17@/tmp/stap-t0130/many.c:20") /* pc=.dynamic+0x122c */ /* <- process("/tmp/stap-t0130/many").function("fn_17@/tmp/stap-t0130/many.c:20") */
process("/tmp/stap-t0130/many").function("fn_36@/tmp/stap-t0130/many.c:39") /* pc=.dynamic+0x1349 */ /* <- process("/tmp/stap-t0130/many").function("fn_36@/tmp/stap-t0130/many.c:39") */
process("/tmp/stap-t0130/many").function("fn_16@/tmp/stap-t0130/many.c:19") /* pc=.dynamic+0x121d */ /* <- process("/tmp/stap-t0130/many").function("fn_16@/tmp/stap-t0130/many.c:19") */
process("/tmp/stap-t0130/many").function("fn_12@/tmp/stap-t0130/many.c:15") /* pc=.dynamic+0x11e1 */ /* <- process("/tmp/stap-t0130/many").function("fn_12@/tmp/stap-t0130/many.c:15") */
process("/tmp/stap-t0130/many").function("fn_14@/tmp/stap-t0130/many.c:17") /* pc=.dynamic+0x11ff */ /* <- process("/tmp/stap-t0130/many").function("fn_14@/tmp/stap-t0130/many.c:17") */
--- stap_err
--- exitcode: 0

=== TEST 52: process without a path: the -c COMMAND's program, named in the point
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -c '/tmp/stap-t0130/x0 a b' -e 'probe process.function("main"), process.begin {}'
--- stap_out
# probes
process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") /* pc=.dynamic+0x11fd */ /* <- process("/tmp/stap-t0130/x0").function("main@/tmp/stap-t0130/x.c:20") */
process.begin /* <- process("/tmp/stap-t0130/x0").function("main"),process.begin */
--- stap_err
--- exitcode: 0

=== TEST 53: the -c program's library and PLT
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -c /tmp/stap-t0130/m -e 'probe process.library("libt.so").function("lib_add"), process.plt("lib_call") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") /* pc=.dynamic+0x1103 */ /* <- process("/tmp/stap-t0130/m").library("/tmp/stap-t0130/libt.so").function("lib_add@/tmp/stap-t0130/lib.c:2") */
process("/tmp/stap-t0130/m").statement(0x1040) /* pc=.dynamic+0x1040 */ /* <- process("/tmp/stap-t0130/m").statement(0x1040) */
--- stap_err
--- exitcode: 0

=== TEST 54: process without a path, -c or -x
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process.function("main") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process.function("main") {}
                      ^

semantic error: unspecified process probe is invalid without a -c COMMAND or -x PID [man stapprobes]

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 55: a -c program not in $PATH
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -c nosuchprog_t0130 -e 'probe process.function("main") {}'
--- stap_out
--- stap_err
semantic error: while resolving probe point: identifier 'process' at <input>:1:7
        source: probe process.function("main") {}
                      ^

semantic error: cannot find executable 'nosuchprog_t0130'

Pass 2: analysis failed.  [man error::pass2]
--- exitcode: 1

=== TEST 56: $return and the parameters in a .return probe: $n read by a .call probe, as stap (which also lists its __private__input___dwarf_tvar_get_* functions)
--- ref_skip: SystemTap 4.8 finds no uretprobe support in this host's kernel symbols (with -r "$(t/vm/kmap)" its -p2 is this one)
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("foo").return { println($return, $n) }'
--- stap_out
# globals
__global_entry_tvar_n_0:long [long, long]
__global_entry_tvar_n_0_ctr:long [long]
# functions
tid:long ()
# probes
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").call /* pc=.dynamic+0x1194 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").return */
  # locals
  _entry_tvar_tid:long
process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").return /* pc=.dynamic+0x1180 */ /* <- process("/tmp/stap-t0130/x0").function("foo@/tmp/stap-t0130/x.c:11").return */
  # locals
  _entry_tvar_tid:long
  __global_entry_tvar_n_0_tmp:long
--- stap_err_like
^WARNING: confusing usage, value is captured as @entry\(\$n\) in \.return probe \[man stapprobes\] RETURN PROBES: identifier '\$n' at <input>:1:79
--- exitcode: 0

=== TEST 57: $return outside a .return probe
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x0").function("main").call { println($return) }'
--- stap_out
--- stap_err_like
^semantic error: unable to find local 'return', \[man error::dwarf\] dieoffset 0xd6 in /tmp/stap-t0130/x0, near pc 0x11fd in main x\.c \(alternatives: [$a-z, ]+\)\): identifier '\$return' at <input>:1:69$
--- exitcode: 1

=== TEST 58: .return leaves out inline instances
--- ref_skip: SystemTap 4.8 finds no uretprobe support in this host's kernel symbols
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -e 'probe process("/tmp/stap-t0130/x2").function("sq").return {}'
--- stap_out
--- stap_err_like
^semantic error: no match \(similar functions: sq, foo, main, _fini, _init\)$
--- exitcode: 1

=== TEST 59: process without a path under -x: the running program
--- args
-p2 -u $(sh "$STAP_TEST_DIR"/fixtures/process/build.sh) -x $(/tmp/stap-t0130/sleeper >/dev/null 2>&1 & echo $!) -e 'probe process.function("main") {}'
--- stap_out
# probes
process("/tmp/stap-t0130/sleeper").function("main@/tmp/stap-t0130/sleeper.c:3") /* pc=.dynamic+0x113d */ /* <- process("/tmp/stap-t0130/sleeper").function("main@/tmp/stap-t0130/sleeper.c:3") */
--- stap_err
--- exitcode: 0

=== TEST 60: process.library("*").plt with -c: every library the program loads, also those its libraries load (ls gets libpcre2 through libselinux; stap 4.8 lists the same 303 points)
--- args: -p2 -c /usr/bin/ls
--- stap
probe process.library("*").plt { println(pp()) }
--- stap_out_like
(?s)\A(?=.*process\("/usr/lib/x86_64-linux-gnu/libpcre2-8\.so[^"]*"\)\.statement\(0x[0-9a-f]+\))(?=.*process\("/usr/lib/x86_64-linux-gnu/libselinux\.so\.1"\)\.statement)
