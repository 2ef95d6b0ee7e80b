# tapsets/ansi.stp, oneshot.stp (and input.stp, logging.stp's switch_file
# where built): pass 2 goldens are stap 4.8's own (stap -p2 -r KREL).

=== TEST 1: every ansi_* function and overload, through probe oneshot
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe oneshot { ansi_set_color(31); ansi_set_color(32, 40); ansi_set_color(33,41,1); ansi_reset_color(); ansi_new_line(); ansi_clear_screen(); ansi_cursor_move(3,4); ansi_cursor_hide(); ansi_cursor_save(); ansi_cursor_restore(); ansi_cursor_show() }
--- stap_out
# functions
ansi_clear_screen:unknown ()
ansi_cursor_hide:unknown ()
ansi_cursor_move:unknown (x:long, y:long)
ansi_cursor_restore:unknown ()
ansi_cursor_save:unknown ()
ansi_cursor_show:unknown ()
ansi_new_line:unknown ()
ansi_reset_color:unknown ()
ansi_set_color:unknown (fg:long)
ansi_set_color:unknown (fg:long, bg:long)
ansi_set_color:unknown (fg:long, bg:long, attr:long)
  # locals
  attr_str:string
exit:unknown ()
# probes
begin /* <- oneshot += begin <- oneshot */

=== TEST 2: the old names ansi_set_color2 / ansi_set_color3
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { ansi_set_color2(34,42); ansi_set_color3(35,43,4) }
--- stap_out
# functions
ansi_set_color:unknown (fg:long, bg:long)
ansi_set_color:unknown (fg:long, bg:long, attr:long)
  # locals
  attr_str:string
ansi_set_color2:unknown (fg:long, bg:long)
ansi_set_color3:unknown (fg:long, bg:long, attr:long)
# probes
begin /* <- begin */
--- ref_skip: stap 4.8 lists ansi_set_color2/3 first: it sorts overloaded functions by an internal name with a '_' suffix (elaborate.c sorts by the plain name)

=== TEST 3: ansi_set_color with a string is no overload
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe begin { ansi_set_color("red") }
--- stap_err_like
^semantic error: type mismatch: expected string but found long: string 'red' at <input>:1:30$
--- exitcode: 1

=== TEST 4: oneshot is an epilogue alias: the user's body first, then exit()
--- args: -p2 -r $($T_ROOT/t/krel)
--- stap
probe oneshot { println("once") }
--- stap_out
# functions
exit:unknown ()
# probes
begin /* <- oneshot += begin <- oneshot */

=== TEST 5: argc/argv: the script's arguments as globals, filled by probe init (stap 4.8's -p2 listing)
--- args: -p2
--- script_args: a b
--- stap
probe begin { for (i=1;i<=argc;i++) println(argv[i]) }
--- stap_out
# globals
argc:long
argv[32]:string [long]
argv_1:string
argv_2:string
argv_3:string
argv_4:string
argv_5:string
argv_6:string
argv_7:string
argv_8:string
argv_9:string
argv_10:string
argv_11:string
argv_12:string
argv_13:string
argv_14:string
argv_15:string
argv_16:string
argv_17:string
argv_18:string
argv_19:string
argv_20:string
argv_21:string
argv_22:string
argv_23:string
argv_24:string
argv_25:string
argv_26:string
argv_27:string
argv_28:string
argv_29:string
argv_30:string
argv_31:string
argv_32:string
# probes
begin /* <- begin */
  # locals
  i:long
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */

=== TEST 6: probe init is begin at the lowest sequence number, before the script's begin(-N) probes
--- args: -p2
--- stap
probe init { println("first") }
probe begin(-100) { println("second") }
--- stap_out
# probes
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */
begin(-100) /* <- begin(-100) */
