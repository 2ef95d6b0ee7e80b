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
