# The library macros (tapsets/*.stpm) and the aliases that go with them
# (tapsets/prometheus.stp, json.stp, this.stp): each macro expands as
# SystemTap 4.8's does.  -p1 blocks print the expansion; their ref_out
# is stap 4.8's own -p1 dump of the same script (its layout differs:
# no indentation, a block per try/catch branch), checked token for token
# against ours.  -p2 goldens were checked against `stap -r KREL -p2`;
# where its listing differs, ref_out holds its text and says why.
# Live behaviour (procfs output, values): t/t0308-live-macros.t.

=== TEST 1: @choose_defined, sizeof, offsetof, container_of, type_defined, try_assign, @this1..8 expand as stap's
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
probe begin {
	a = @choose_defined($nosuch, 2)
	b = @cast_sizeof("struct list_head")
	c = @cast_module_sizeof("kernel", "struct list_head")
	d = @offsetof("struct list_head", prev)
	e = @module_offsetof("kernel", "struct list_head", prev)
	f = @container_of(a, "struct list_head", prev)
	g = @module_container_of(a, "kernel", "struct list_head", prev)->next
	h = @type_defined("struct list_head") + @type_member_defined("struct list_head", next)
	i = @module_type_defined("kernel", "struct x") + @module_type_member_defined("kernel", "struct x", y)
	@try_assign(j, 1 / a, -1)
	@this1 = 1; @this2 = 2; @this3 = 3; @this4 = 4
	@this5 = 5; @this6 = 6; @this7 = 7; @this8 = @this1
}
--- ref_out
# parse tree dump
# file <input>
probe begin{
(a) = ((@defined($nosuch))?($nosuch):(2));
(b) = (&@cast(0, "struct list_head")[1]);
(c) = (&@cast(0, "struct list_head", "kernel")[1]);
(d) = (&@cast(0, "struct list_head", "kernel")->prev);
(e) = (&@cast(0, "struct list_head", "kernel")->prev);
(f) = (@cast((a) - (&@cast(0, "struct list_head", "kernel")->prev), "struct list_head"));
(g) = (@cast((a) - (&@cast(0, "struct list_head", "kernel")->prev), "struct list_head", "kernel")->next);
(h) = ((@defined(&@cast(0, "struct list_head"))) + (@defined(&@cast(0, "struct list_head", "kernel")->next)));
(i) = ((@defined(&@cast(0, "struct x", "kernel"))) + (@defined(&@cast(0, "struct x", "kernel")->y)));
try {
{
(j) = ((1) / (a));
}
} catch {
{
(j) = (-(1));
}
}
;
(__this_var1[tid()]) = (1);
(__this_var2[tid()]) = (2);
(__this_var3[tid()]) = (3);
(__this_var4[tid()]) = (4);
(__this_var5[tid()]) = (5);
(__this_var6[tid()]) = (6);
(__this_var7[tid()]) = (7);
(__this_var8[tid()]) = (__this_var1[tid()]);
}

--- stap_out
# parse tree dump
# file <input>
probe begin {
    (a) = ((@defined($nosuch))?($nosuch):(2));
    (b) = (&@cast(0, "struct list_head")[1]);
    (c) = (&@cast(0, "struct list_head", "kernel")[1]);
    (d) = (&@cast(0, "struct list_head", "kernel")->prev);
    (e) = (&@cast(0, "struct list_head", "kernel")->prev);
    (f) = (@cast((a) - (&@cast(0, "struct list_head", "kernel")->prev), "struct list_head"));
    (g) = (@cast((a) - (&@cast(0, "struct list_head", "kernel")->prev), "struct list_head", "kernel")->next);
    (h) = ((@defined(&@cast(0, "struct list_head"))) + (@defined(&@cast(0, "struct list_head", "kernel")->next)));
    (i) = ((@defined(&@cast(0, "struct x", "kernel"))) + (@defined(&@cast(0, "struct x", "kernel")->y)));
    try {
        (j) = ((1) / (a));
    } catch {
        (j) = (-(1));
    }
    (__this_var1[tid()]) = (1);
    (__this_var2[tid()]) = (2);
    (__this_var3[tid()]) = (3);
    (__this_var4[tid()]) = (4);
    (__this_var5[tid()]) = (5);
    (__this_var6[tid()]) = (6);
    (__this_var7[tid()]) = (7);
    (__this_var8[tid()]) = (__this_var1[tid()]);
}

=== TEST 2: @__private30 is 'private' from language 3.0 on, nothing before
stap 4.8's -p1 dump prints neither 'private' nor the file's order.
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
@__private30 global x
@__private30 function f() { return x }
probe begin { println(f()) }
--- ref_out
# parse tree dump
# file <input>
global x
probe begin{
println(f());
}
function f ()
{
return x;
}

--- stap_out
# parse tree dump
# file <input>
private global x
private function f ()
{
    return x;
}
probe begin {
    println(f());
}

=== TEST 3: @__private30 with --compatible=2.9: no 'private'
--- args: -r $($T_ROOT/t/krel) -p1 --compatible=2.9
--- stap
@__private30 global x
probe begin { println(x) }
--- ref_out
# parse tree dump
# file <input>
global x
probe begin{
println(x);
}

--- stap_out
# parse tree dump
# file <input>
global x
probe begin {
    println(x);
}

=== TEST 4: @prints and @prints1..@prints9 expand as stap's
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
global s, a1, a2, a3, a9
probe end {
	@prints(s)
	@prints1(a1)
	@prints2(a2)
}
probe end { @prints3(a3) }
probe end { @prints9(a9) }
--- ref_out
# parse tree dump
# file <input>
global s
global a1
global a2
global a3
global a9
probe end{
printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", @count(s), @min(s), @max(s), @sum(s), @avg(s));
foreach ([__a] in a1-) {
print("[", __a, "] ");
printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", @count(a1[__a]), @min(a1[__a]), @max(a1[__a]), @sum(a1[__a]), @avg(a1[__a]));
};
foreach ([__a, __b] in a2-) {
print("[", __a, ",", __b, "] ");
printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", @count(a2[__a, __b]), @min(a2[__a, __b]), @max(a2[__a, __b]), @sum(a2[__a, __b]), @avg(a2[__a, __b]));
};
}
probe end{
foreach ([__a, __b, __c] in a3-) {
print("[", __a, ",", __b, ",", __c, "] ");
printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", @count(a3[__a, __b, __c]), @min(a3[__a, __b, __c]), @max(a3[__a, __b, __c]), @sum(a3[__a, __b, __c]), @avg(a3[__a, __b, __c]));
};
}
probe end{
foreach ([__a, __b, __c, __d, __e, __f, __g, __h, __i] in a9-) {
print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, ",", __f, ",", __g, ",", __h, ",", __i, "] ");
printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", @count(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @min(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @max(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @sum(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @avg(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]));
};
}

--- stap_out
# parse tree dump
# file <input>
global s
global a1
global a2
global a3
global a9
probe end {
    printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(s), @min(s), @max(s), @sum(s), @avg(s));
    foreach ([__a] in a1-) {
        print("[", __a, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(a1[__a]), @min(a1[__a]), @max(a1[__a]), @sum(a1[__a]), @avg(a1[__a]));
    }
    foreach ([__a, __b] in a2-) {
        print("[", __a, ",", __b, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(a2[__a, __b]), @min(a2[__a, __b]), @max(a2[__a, __b]), @sum(a2[__a, __b]), @avg(a2[__a, __b]));
    }
}
probe end {
    foreach ([__a, __b, __c] in a3-) {
        print("[", __a, ",", __b, ",", __c, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(a3[__a, __b, __c]), @min(a3[__a, __b, __c]), @max(a3[__a, __b, __c]), @sum(a3[__a, __b, __c]), @avg(a3[__a, __b, __c]));
    }
}
probe end {
    foreach ([__a, __b, __c, __d, __e, __f, __g, __h, __i] in a9-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, ",", __f, ",", __g, ",", __h, ",", __i, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @min(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @max(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @sum(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]), @avg(a9[__a, __b, __c, __d, __e, __f, __g, __h, __i]));
    }
}

=== TEST 5: @prints7 has no stray comma after the last key
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
global a7
probe end { @prints7(a7) }
--- stap_out
# parse tree dump
# file <input>
global a7
probe end {
    foreach ([__a, __b, __c, __d, __e, __f, __g] in a7-) {
        print("[", __a, ",", __b, ",", __c, ",", __d, ",", __e, ",", __f, ",", __g, "] ");
        printf("@count=%d @min=%d @max=%d @sum=%d @avg=%d\n", @count(a7[__a, __b, __c, __d, __e, __f, __g]), @min(a7[__a, __b, __c, __d, __e, __f, __g]), @max(a7[__a, __b, __c, __d, __e, __f, __g]), @sum(a7[__a, __b, __c, __d, __e, __f, __g]), @avg(a7[__a, __b, __c, __d, __e, __f, __g]));
    }
}
--- ref_skip: stap 4.8's print_stats.stpm prints7 writes a comma after the seventh key ([a,b,c,d,e,f,g,] )

=== TEST 6: @prometheus_dump_array* expand as stap's, every arity and form
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
global a1, a2, a3, a8
probe prometheus {
	@prometheus_dump_array1(a1, "m1", "k")
	@prometheus_dump_array2_map(a2, "m2", "k1", "k2", sprint, sprint, string_quoted)
	@prometheus_dump_array3_map_unquoted(a3, "m3", "k1", "k2", "k3", sprint, sprint, sprint, sprint)
	@prometheus_dump_array8(a8, "m8", "a", "b", "c", "d", "e", "f", "g", "h")
	@prometheus_dump_array5(a1, "m5", "a", "b", "c", "d", "e")
	@prometheus_dump_array6_map_unquoted(a1, "m6", "a", "b", "c", "d", "e", "f", sprint, sprint, sprint, sprint, sprint, sprint, sprint)
	@prometheus_dump_array7_map(a1, "m7", "a", "b", "c", "d", "e", "f", "g", sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint)
}
probe prometheus {
	@prometheus_dump_array2(a2, "m2", "x", "y")
	@prometheus_dump_array3(a3, "m3", "x", "y", "z")
	@prometheus_dump_array6(a1, "m6", "x", "y", "z", "w", "v", "u")
	@prometheus_dump_array7(a1, "m7", "x", "y", "z", "w", "v", "u", "t")
	@prometheus_dump_array1_map_unquoted(a1, "m1", "k", sprint, sprint)
	@prometheus_dump_array2_map_unquoted(a1, "m1", "k", "j", sprint, sprint, sprint)
	@prometheus_dump_array5_map_unquoted(a1, "m1", "k", "j", "i", "h", "g", sprint, sprint, sprint, sprint, sprint, sprint)
	@prometheus_dump_array7_map_unquoted(a1, "m1", "k", "j", "i", "h", "g", "f", "e", sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint)
	@prometheus_dump_array1_map(a1, "m1", "k", sprint, sprint)
	@prometheus_dump_array3_map(a1, "m1", "k", "j", "i", sprint, sprint, sprint, sprint)
	@prometheus_dump_array5_map(a1, "m1", "k", "j", "i", "h", "g", sprint, sprint, sprint, sprint, sprint, sprint)
	@prometheus_dump_array6_map(a1, "m1", "k", "j", "i", "h", "g", "f", sprint, sprint, sprint, sprint, sprint, sprint, sprint)
	@prometheus_dump_array8_map(a1, "m1", "k", "j", "i", "h", "g", "f", "e", "d", sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint)
}
--- ref_out
# parse tree dump
# file <input>
global a1
global a2
global a3
global a8
probe prometheus{
foreach (_v = [_v1] in a1) {
($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2] in a2) {
($value) .= (((((((((((("m2") . ("{")) . ("k1")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("k2")) . ("=")) . (string_quoted(string_quoted(_v2)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3] in a3) {
($value) .= (((((((((((((((("m3") . ("{")) . ("k1")) . ("=")) . (sprint(_v1))) . (",")) . ("k2")) . ("=")) . (sprint(_v2))) . (",")) . ("k3")) . ("=")) . (sprint(_v3))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8] in a8) {
($value) .= (((((((((((((((((((((((((((((((((((("m8") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v7)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v8)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
($value) .= (((((((((((((((((((((((("m5") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
($value) .= (((((((((((((((((((((((((((("m6") . ("{")) . ("a")) . ("=")) . (sprint(_v1))) . (",")) . ("b")) . ("=")) . (sprint(_v2))) . (",")) . ("c")) . ("=")) . (sprint(_v3))) . (",")) . ("d")) . ("=")) . (sprint(_v4))) . (",")) . ("e")) . ("=")) . (sprint(_v5))) . (",")) . ("f")) . ("=")) . (sprint(_v6))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
($value) .= (((((((((((((((((((((((((((((((("m7") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v7)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
}
probe prometheus{
foreach (_v = [_v1, _v2] in a2) {
($value) .= (((((((((((("m2") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3] in a3) {
($value) .= (((((((((((((((("m3") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
($value) .= (((((((((((((((((((((((((((("m6") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("w")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("v")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("u")) . ("=")) . (string_quoted(sprint(_v6)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
($value) .= (((((((((((((((((((((((((((((((("m7") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("w")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("v")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("u")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("t")) . ("=")) . (string_quoted(sprint(_v7)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1] in a1) {
($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2] in a1) {
($value) .= (((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
($value) .= (((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . (",")) . ("i")) . ("=")) . (sprint(_v3))) . (",")) . ("h")) . ("=")) . (sprint(_v4))) . (",")) . ("g")) . ("=")) . (sprint(_v5))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
($value) .= (((((((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . (",")) . ("i")) . ("=")) . (sprint(_v3))) . (",")) . ("h")) . ("=")) . (sprint(_v4))) . (",")) . ("g")) . ("=")) . (sprint(_v5))) . (",")) . ("f")) . ("=")) . (sprint(_v6))) . (",")) . ("e")) . ("=")) . (sprint(_v7))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1] in a1) {
($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3] in a1) {
($value) .= (((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
($value) .= (((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
($value) .= (((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8] in a1) {
($value) .= (((((((((((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v7)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v8)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
};
}

--- stap_out
# parse tree dump
# file <input>
global a1
global a2
global a3
global a8
probe prometheus {
    foreach (_v = [_v1] in a1) {
        ($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2] in a2) {
        ($value) .= (((((((((((("m2") . ("{")) . ("k1")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("k2")) . ("=")) . (string_quoted(string_quoted(_v2)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3] in a3) {
        ($value) .= (((((((((((((((("m3") . ("{")) . ("k1")) . ("=")) . (sprint(_v1))) . (",")) . ("k2")) . ("=")) . (sprint(_v2))) . (",")) . ("k3")) . ("=")) . (sprint(_v3))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8] in a8) {
        ($value) .= (((((((((((((((((((((((((((((((((((("m8") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v7)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v8)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
        ($value) .= (((((((((((((((((((((((("m5") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
        ($value) .= (((((((((((((((((((((((((((("m6") . ("{")) . ("a")) . ("=")) . (sprint(_v1))) . (",")) . ("b")) . ("=")) . (sprint(_v2))) . (",")) . ("c")) . ("=")) . (sprint(_v3))) . (",")) . ("d")) . ("=")) . (sprint(_v4))) . (",")) . ("e")) . ("=")) . (sprint(_v5))) . (",")) . ("f")) . ("=")) . (sprint(_v6))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
        ($value) .= (((((((((((((((((((((((((((((((("m7") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v7)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
}
probe prometheus {
    foreach (_v = [_v1, _v2] in a2) {
        ($value) .= (((((((((((("m2") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3] in a3) {
        ($value) .= (((((((((((((((("m3") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
        ($value) .= (((((((((((((((((((((((((((("m6") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("w")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("v")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("u")) . ("=")) . (string_quoted(sprint(_v6)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
        ($value) .= (((((((((((((((((((((((((((((((("m7") . ("{")) . ("x")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("y")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("z")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("w")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("v")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("u")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("t")) . ("=")) . (string_quoted(sprint(_v7)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1] in a1) {
        ($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2] in a1) {
        ($value) .= (((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
        ($value) .= (((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . (",")) . ("i")) . ("=")) . (sprint(_v3))) . (",")) . ("h")) . ("=")) . (sprint(_v4))) . (",")) . ("g")) . ("=")) . (sprint(_v5))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7] in a1) {
        ($value) .= (((((((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (sprint(_v1))) . (",")) . ("j")) . ("=")) . (sprint(_v2))) . (",")) . ("i")) . ("=")) . (sprint(_v3))) . (",")) . ("h")) . ("=")) . (sprint(_v4))) . (",")) . ("g")) . ("=")) . (sprint(_v5))) . (",")) . ("f")) . ("=")) . (sprint(_v6))) . (",")) . ("e")) . ("=")) . (sprint(_v7))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1] in a1) {
        ($value) .= (((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3] in a1) {
        ($value) .= (((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5] in a1) {
        ($value) .= (((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6] in a1) {
        ($value) .= (((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8] in a1) {
        ($value) .= (((((((((((((((((((((((((((((((((((("m1") . ("{")) . ("k")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("j")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("i")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("h")) . ("=")) . (string_quoted(sprint(_v4)))) . (",")) . ("g")) . ("=")) . (string_quoted(sprint(_v5)))) . (",")) . ("f")) . ("=")) . (string_quoted(sprint(_v6)))) . (",")) . ("e")) . ("=")) . (string_quoted(sprint(_v7)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v8)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
}

=== TEST 7: @prometheus_dump_array4 and 4_map pass the value through m0
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
global a4
probe prometheus {
	@prometheus_dump_array4(a4, "m4", "a", "b", "c", "d")
	@prometheus_dump_array4_map_unquoted(a4, "m4", "a", "b", "c", "d", sprint, sprint, sprint, sprint, sprint)
}
--- stap_out
# parse tree dump
# file <input>
global a4
probe prometheus {
    foreach (_v = [_v1, _v2, _v3, _v4] in a4) {
        ($value) .= (((((((((((((((((((("m4") . ("{")) . ("a")) . ("=")) . (string_quoted(sprint(_v1)))) . (",")) . ("b")) . ("=")) . (string_quoted(sprint(_v2)))) . (",")) . ("c")) . ("=")) . (string_quoted(sprint(_v3)))) . (",")) . ("d")) . ("=")) . (string_quoted(sprint(_v4)))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
    foreach (_v = [_v1, _v2, _v3, _v4] in a4) {
        ($value) .= (((((((((((((((((((("m4") . ("{")) . ("a")) . ("=")) . (sprint(_v1))) . (",")) . ("b")) . ("=")) . (sprint(_v2))) . (",")) . ("c")) . ("=")) . (sprint(_v3))) . (",")) . ("d")) . ("=")) . (sprint(_v4))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
}
--- ref_skip: stap 4.8's prometheus.stpm calls m0(_v), not @m0(_v), in the four-column forms (pass 2 then says: unresolved function m0)

=== TEST 8: @prometheus_dump_array8_map_unquoted is balanced
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
global a8
probe prometheus {
	@prometheus_dump_array8_map_unquoted(a8, "m8", "a", "b", "c", "d", "e", "f", "g", "h", sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint, sprint)
}
--- stap_out
# parse tree dump
# file <input>
global a8
probe prometheus {
    foreach (_v = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8] in a8) {
        ($value) .= (((((((((((((((((((((((((((((((((((("m8") . ("{")) . ("a")) . ("=")) . (sprint(_v1))) . (",")) . ("b")) . ("=")) . (sprint(_v2))) . (",")) . ("c")) . ("=")) . (sprint(_v3))) . (",")) . ("d")) . ("=")) . (sprint(_v4))) . (",")) . ("e")) . ("=")) . (sprint(_v5))) . (",")) . ("f")) . ("=")) . (sprint(_v6))) . (",")) . ("g")) . ("=")) . (sprint(_v7))) . (",")) . ("h")) . ("=")) . (sprint(_v8))) . ("} ")) . (text_str(sprint(_v)))) . ("\n"));
    }
}
--- ref_skip: stap 4.8's prometheus_dump_array8_map_unquoted lacks a ')' (parse error: expected ')')

=== TEST 9: probe prometheus is procfs("__prometheus").read.maxsize(0x10000); the dump's locals are typed from the array
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
global a
probe begin { a["x", 2] = 5 }
probe prometheus { @prometheus_dump_array2(a, "thing", "name", "n") }
--- ref_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
a:long [string, long]
# functions
string_quoted:string (str:string)
text_str:string (input:string)
__private__usr_share_systemtap_tapset_prometheus_stpm__procfs_value_append1:string (value:string)
# probes
begin /* <- begin */
procfs("__prometheus").read.maxsize(65536) /* <- prometheus = procfs("__prometheus").read.maxsize(65536) <- prometheus */
  # locals
  _v1:string
  _v2:long
  _v:long
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
a:long [string, long]
# functions
string_quoted:string (str:string)
text_str:string (input:string)
text_strn:string (input:string, len:long, quoted:long)
# probes
begin /* <- begin */
procfs("__prometheus").read.maxsize(65536) /* <- prometheus = procfs("__prometheus").read.maxsize(65536) <- prometheus */
  # locals
  _v1:string
  _v2:long
  _v:long

=== TEST 10: a _map form with the script's own functions
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
global a
function label(n) { return sprintf("\"cpu%d\"", n) }
function scaled(v) { return sprint(v / 1000) }
probe begin { a[0] = 5000 }
probe prometheus { @prometheus_dump_array1_map_unquoted(a, "busy_ms", "cpu", scaled, label) }
--- ref_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
a:long [long]
# functions
label:string (n:long)
scaled:string (v:long)
text_str:string (input:string)
__private__usr_share_systemtap_tapset_prometheus_stpm__procfs_value_append1:string (value:string)
# probes
begin /* <- begin */
procfs("__prometheus").read.maxsize(65536) /* <- prometheus = procfs("__prometheus").read.maxsize(65536) <- prometheus */
  # locals
  _v1:long
  _v:long
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
a:long [long]
# functions
label:string (n:long)
scaled:string (v:long)
text_str:string (input:string)
# probes
begin /* <- begin */
procfs("__prometheus").read.maxsize(65536) /* <- prometheus = procfs("__prometheus").read.maxsize(65536) <- prometheus */
  # locals
  _v1:long
  _v:long

=== TEST 11: the json macros expand to the handler's state and $value
--- args: -r $($T_ROOT/t/krel) -p1
--- stap
probe json_data {
	@json_output_data_start
	@json_output_numeric_value("n", 1)
	@json_output_string_value("s", "x")
	@json_output_array_numeric_value("a", "i0", "c", 2)
	@json_output_array_string_value("a", "i0", "t", "y")
	@json_output_data_end
}
--- stap_out
# parse tree dump
# file <input>
probe json_data {
    (__comma_needed) = (0);
    ($value) = ("{\n");
    if (["", "n"] in __json_metric_output)
        error(sprintf("Metric '%s' already output", "n"));
    (__json_metric_output["", "n"]) = (1);
    if ((__json_array_started) != ("")) {
        ($value) .= ("\n    }\n  ]");
        (__json_array_started) = ("");
        (__json_array_index_started) = ("");
    }
    if (__comma_needed)
        ($value) .= (",\n");
    (__comma_needed) = (1);
    ($value) .= (sprintf("  \"%s\": %d", "n", 1));
    if (["", "s"] in __json_metric_output)
        error(sprintf("Metric '%s' already output", "s"));
    (__json_metric_output["", "s"]) = (1);
    if ((__json_array_started) != ("")) {
        ($value) .= ("\n    }\n  ]");
        (__json_array_started) = ("");
        (__json_array_index_started) = ("");
    }
    if (__comma_needed)
        ($value) .= (",\n");
    (__comma_needed) = (1);
    ($value) .= (sprintf("  \"%s\": \"%s\"", "s", "x"));
    if ((__json_array_started) != ("a")) {
        if (["", "a"] in __json_metric_output)
            error(sprintf("Metric '%s' already output", "a"));
        (__json_metric_output["", "a"]) = (1);
        if ((__json_array_started) != ("")) {
            ($value) .= ("\n    }\n  ]");
            (__json_array_started) = ("");
            (__json_array_index_started) = ("");
        }
        if (__comma_needed)
            ($value) .= (",\n");
        (__comma_needed) = (1);
        ($value) .= (sprintf("  \"%s\": [\n", "a"));
        ($value) .= ("    {\n");
        (__json_array_started) = ("a");
    }
    if ((__json_array_index_started) != ("i0")) {
        if ([__json_array_started, "i0"] in __json_metric_output)
            error(sprintf("Array index '%s' already output for array metric %s", "i0", __json_array_started));
        (__json_metric_output[__json_array_started, "i0"]) = (1);
        if ((__json_array_index_started) != ("")) {
            ($value) .= ("\n    },\n    {\n");
        }
        (__json_array_index_started) = ("i0");
        ($value) .= (sprintf("      \"__id\": \"%s\"", "i0"));
    }
    if (__comma_needed)
        ($value) .= (",\n");
    (__comma_needed) = (1);
    ($value) .= (sprintf("      \"%s\": %d", "c", 2));
    if ((__json_array_started) != ("a")) {
        if (["", "a"] in __json_metric_output)
            error(sprintf("Metric '%s' already output", "a"));
        (__json_metric_output["", "a"]) = (1);
        if ((__json_array_started) != ("")) {
            ($value) .= ("\n    }\n  ]");
            (__json_array_started) = ("");
            (__json_array_index_started) = ("");
        }
        if (__comma_needed)
            ($value) .= (",\n");
        (__comma_needed) = (1);
        ($value) .= (sprintf("  \"%s\": [\n", "a"));
        ($value) .= ("    {\n");
        (__json_array_started) = ("a");
    }
    if ((__json_array_index_started) != ("i0")) {
        if ([__json_array_started, "i0"] in __json_metric_output)
            error(sprintf("Array index '%s' already output for array metric %s", "i0", __json_array_started));
        (__json_metric_output[__json_array_started, "i0"]) = (1);
        if ((__json_array_index_started) != ("")) {
            ($value) .= ("\n    },\n    {\n");
        }
        (__json_array_index_started) = ("i0");
        ($value) .= (sprintf("      \"__id\": \"%s\"", "i0"));
    }
    if (__comma_needed)
        ($value) .= (",\n");
    (__comma_needed) = (1);
    ($value) .= (sprintf("      \"%s\": \"%s\"", "t", "y"));
    if ((__json_array_started) != ("")) {
        ($value) .= ("\n    }\n  ]");
        (__json_array_started) = ("");
        (__json_array_index_started) = ("");
    }
    ($value) .= ("\n}\n");
    (__comma_needed) = (0);
    delete __json_metric_output;
}
--- ref_skip: stap 4.8 keeps the indexes written in a second global, __json_array_output, deleted at each array's end; ours keys them by array in __json_metric_output (same output and errors, no global that is only deleted)

=== TEST 12: json_data and the json_add_* functions
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
probe json_data {
	@json_output_data_start
	@json_output_numeric_value("n", 1)
	@json_output_array_string_value("a", "i0", "t", "y")
	@json_output_data_end
}
probe begin {
	json_set_prefix("p")
	json_add_numeric_metric("n", "a number", "count")
	json_add_array("a", "")
	json_add_array_string_metric("a", "t", "")
	json_add_array_numeric_metric("a", "c", "", "")
	json_add_string_metric("s", "")
}
--- ref_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
__json_metric_output:long [string]
__json_array_output:long [string]
__json_metric_type:string [string]
__json_metric_desc:string [string]
__json_metric_pointer:string [string]
__json_array_metric_type:string [string, string]
__json_array_metric_pointer:string [string, string]
__json_array_metric_desc:string [string, string]
__json_array_metric_units:string [string, string]
__json_metric_units:string [string]
__json_prefix:string
# functions
error:unknown (msg:string)
json_add_array:long (name:string, description:string)
json_add_array_numeric_metric:long (array_name:string, metric_name:string, metric_description:string, metric_units:string)
json_add_array_string_metric:long (array_name:string, metric_name:string, metric_description:string)
json_add_numeric_metric:long (name:string, description:string, units:string)
json_add_string_metric:long (name:string, description:string)
json_set_prefix:long (prefix:string)
strlen:long (s:string)
__private__usr_share_systemtap_tapset_linux_json_stp__procfs_value_append16:string (value:string)
__private__usr_share_systemtap_tapset_linux_json_stp__procfs_value_set15:string (value:string)
# probes
procfs("data.json").read.maxsize(8192) /* <- json_data = procfs("data.json").read.maxsize(8192) <- json_data */
  # locals
  __comma_needed:long
  __json_array_started:string
  __json_array_index_started:string
begin /* <- begin */
begin(-9223372036854775808) /* <- init = begin(-9223372036854775808) <- init */
procfs("metadata.json").read.maxsize(8192) /* <- procfs("metadata.json").read.maxsize(8192) */
  # locals
  __comma_needed:long
  __name:string
  __array_comma_needed:long
  __array_name:string
  __metric_name:string
  __subpointer:string
  __subtype:string
  __subdesc:string
  __subunits:string
--- stap_out
# global embedded code
%{#include "procfs-probes.h"%}
# globals
__json_prefix:string
__json_metric_type:string [string]
__json_metric_desc:string [string]
__json_metric_units:string [string]
__json_metric_pointer:string [string]
__json_array_metric_type:string [string, string]
__json_array_metric_desc:string [string, string]
__json_array_metric_units:string [string, string]
__json_array_metric_pointer:string [string, string]
__json_metric_output:long [string, string]
# functions
__json_new_array_metric:long (array_name:string, metric_name:string, type:string, description:string)
__json_new_metric:long (name:string, type:string, description:string)
error:unknown (msg:string)
json_add_array:long (name:string, description:string)
json_add_array_numeric_metric:long (array_name:string, metric_name:string, metric_description:string, metric_units:string)
json_add_array_string_metric:long (array_name:string, metric_name:string, metric_description:string)
json_add_numeric_metric:long (name:string, description:string, units:string)
json_add_string_metric:long (name:string, description:string)
json_set_prefix:long (prefix:string)
strlen:long (s:string)
# probes
procfs("data.json").read.maxsize(8192) /* <- json_data = procfs("data.json").read.maxsize(8192) <- json_data */
  # locals
  __comma_needed:long
  __json_array_started:string
  __json_array_index_started:string
begin /* <- begin */
procfs("metadata.json").read.maxsize(8192) /* <- procfs("metadata.json").read.maxsize(8192) */
  # locals
  __comma_needed:long
  __name:string
  __array_comma_needed:long
  __array_name:string
  __metric_name:string

=== TEST 13: @this1..@this8 use the wrapping arrays of this.stp, indexed by tid()
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
probe begin {
	@this1 = 1; @this2 = "two"; @this3 = 3; @this4 = 4
	@this5 = 5; @this6 = 6; @this7 = 7; @this8 = 8
	printf("%d %s %d %d %d %d %d %d\n", @this1, @this2, @this3, @this4, @this5, @this6, @this7, @this8)
	delete @this1
}
--- stap_out
# globals
__this_var1%:long [long]
__this_var2%:string [long]
__this_var3%:long [long]
__this_var4%:long [long]
__this_var5%:long [long]
__this_var6%:long [long]
__this_var7%:long [long]
__this_var8%:long [long]
# functions
tid:long ()
# probes
begin /* <- begin */

=== TEST 14: @prints1 and @prints: the locals __a.. and the stat globals
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
global s, t, u
probe begin { s <<< 1; t["a"] <<< 2; u[1,"x",3,4,5,6,7] <<< 9 }
probe end { @prints(s) @prints1(t) }
probe end { @prints7(u) }
--- stap_out
# globals
s:stats
t:stats [string]
u:stats [long, string, long, long, long, long, long]
# probes
begin /* <- begin */
end /* <- end */
  # locals
  __a:string
end /* <- end */
  # locals
  __a:long
  __b:string
  __c:long
  __d:long
  __e:long
  __f:long
  __g:long

=== TEST 15: @try_assign: the variable is typed from both bodies
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
probe begin { @try_assign(x, kernel_long(0), -1); println(x) }
--- stap_out
# functions
kernel_long:long (addr:long)
# probes
begin /* <- begin */
  # locals
  x:long

=== TEST 16: @choose_defined of a tracepoint argument that exists takes it
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe kernel.trace("sys_enter") { println(@choose_defined($id, 42)) }
--- stap_out
# probes
kernel.trace("raw_syscalls:sys_enter") /* <- kernel.trace("sys_enter") */
  # locals
  __tracepoint_arg_id:long
--- ref_skip: SystemTap 4.8 has no kernel debuginfo here for tracepoint arguments

=== TEST 17: @offsetof, @container_of and @module_container_of through the kernel's BTF
--- args: -r "$("$T_ROOT/t/vm/kmap")" -p2
--- stap
probe begin {
	t = task_current()
	l = &@cast(t, "struct task_struct")->tasks
	printf("%d %d %d\n", @offsetof("struct list_head", prev),
	       @container_of(l, "struct task_struct", tasks)->pid,
	       @module_container_of(l, "kernel", "struct task_struct", tasks)->tgid)
}
--- stap_out
# functions
task_current:long ()
# probes
begin /* <- begin */
  # locals
  t:long
  l:long
--- ref_skip: SystemTap 4.8 needs kernel debuginfo for @cast

=== TEST 18: too few arguments to a library macro: stap's parse error
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
probe begin { x = @choose_defined(1) }
--- ref_err
WARNING: Kernel function symbol table missing [man warning::symbols]
parse error: too few parameters for macro '@choose_defined' (expected 2)
         at: operator ')' at <input>:1:36
     source: probe begin { x = @choose_defined(1) }
                                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
Tip: /usr/share/doc/systemtap/README.Debian should help you get started.
--- stap_err
parse error: too few parameters for macro '@choose_defined' (expected 2)
         at: operator ')' at <input>:1:36
     source: probe begin { x = @choose_defined(1) }
                                                ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 19: too many arguments to a library macro: stap's parse error
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
global a
probe prometheus { @prometheus_dump_array1(a, "x", "y", "z") }
--- ref_err
WARNING: Kernel function symbol table missing [man warning::symbols]
parse error: too many parameters for macro '@prometheus_dump_array1' (expected 3)
         at: operator ',' at <input>:2:55
     source: probe prometheus { @prometheus_dump_array1(a, "x", "y", "z") }
                                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
Tip: /usr/share/doc/systemtap/README.Debian should help you get started.
--- stap_err
parse error: too many parameters for macro '@prometheus_dump_array1' (expected 3)
         at: operator ',' at <input>:2:55
     source: probe prometheus { @prometheus_dump_array1(a, "x", "y", "z") }
                                                                   ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1

=== TEST 20: @MAXSTRINGLEN is the runtime's MAXSTRINGLEN (C, so -g)
--- args: -r $($T_ROOT/t/krel) -g -p1
--- stap
probe begin { println(@MAXSTRINGLEN) }
--- stap_out
# parse tree dump
# file <input>
probe begin {
    println(%{ /* pure */ MAXSTRINGLEN %});
}
--- ref_skip: stap 4.8's @MAXSTRINGLEN is @const("MAXSTRINGLEN"), which we do not have; the live value is checked in t0308

=== TEST 21: @MAXSTRINGLEN is 64 for the bpf runtime
--- args: -r $($T_ROOT/t/krel) --runtime=bpf -p1
--- stap
probe begin { println(@MAXSTRINGLEN) }
--- ref_out
# parse tree dump
# file <input>
probe begin{
println(64);
}

--- stap_out
# parse tree dump
# file <input>
probe begin {
    println(64);
}

=== TEST 22: @MAXSTRINGLEN without -g is refused, as stap's
--- args: -r $($T_ROOT/t/krel) -p2
--- stap
probe begin { println(@MAXSTRINGLEN) }
--- stap_err_like
^parse error: embedded expression code in unprivileged script; need stap -g
^        saw: embedded-code at .*/macros\.stpm:\d+:\d+
^\tin expansion of macro: operator '@MAXSTRINGLEN' at <input>:1:23
--- exitcode: 1
--- ref_skip: stap 4.8 says 'using @const operator not permitted; need stap -g' (its macro uses @const, ours an embedded expression)

=== TEST 23: -L prometheus, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L prometheus
--- stap_out
prometheus

=== TEST 24: -L json_data, as stap 4.8
--- args: -r $($T_ROOT/t/krel) -L json_data
--- stap_out
json_data
