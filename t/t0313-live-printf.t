Live printf: every conversion with flags, width, precision and `*`, %b,
%m and %M, the print family and string escapes.  Expected texts are
SystemTap 4.8's (see t/t0310-live-expr.t).

=== TEST 1: %d and %i with flags and widths
--- stap
probe begin {
	printf("[%d|%i|%5d|%-5d|%05d|%+d|% d|%+5d]\n", 42, 42, 42, 42, 42, 42, 42, 42)
	printf("[%d|%5d|%-5d|%05d|%+d|% d|%+05d]\n", -42, -42, -42, -42, -42, -42, -42)
	printf("[%-08d|% 05d|%-5i]\n", 7, 7, 7)
	exit()
}
--- stap_out
[42|42|   42|42   |00042|+42| 42|  +42]
[-42|  -42|-42  |-0042|-42|-42|  -42]
[7       |    7|7    ]
--- needs: live

=== TEST 2: %d with precision
--- stap
probe begin {
	printf("[%.3d|%.0d|%.0d|%8.3d|%-8.3d|%08.3d|%.5d]\n", 7, 0, 5, 42, 42, 42, -42)
	exit()
}
--- stap_out
[007|0|5|     042|042     |00000042|-00042]
--- needs: live

=== TEST 3: %u of negative numbers and extremes
--- stap
probe begin {
	printf("[%u|%u|%u|%10u]\n", -1, -9223372036854775807 - 1, 9223372036854775807, 5)
	printf("[%d|%d]\n", -9223372036854775807 - 1, 9223372036854775807)
	exit()
}
--- stap_out
[18446744073709551615|9223372036854775808|9223372036854775807|         5]
[-9223372036854775808|9223372036854775807]
--- needs: live

=== TEST 4: %x, %X and %o with # and widths
--- stap
probe begin {
	printf("[%x|%X|%#x|%#X|%8x|%-8X|%08x|%#010x]\n", 255, 255, 255, 255, 48879, 48879, 48879, 48879)
	printf("[%o|%#o|%6o|%-6o|%06o]\n", 8, 8, 64, 64, 64)
	printf("[%x|%o|%X]\n", -1, -1, -2)
	exit()
}
--- stap_out
[ff|FF|0xff|0XFF|    beef|BEEF    |0000beef|    0xbeef]
[10|010|   100|100   |000100]
[ffffffffffffffff|1777777777777777777777|FFFFFFFFFFFFFFFE]
--- needs: live

=== TEST 5: # on zero and precision on hex
--- stap
probe begin {
	printf("[%#x|%#o|%#X|%.4x|%#.4x|%#8.4x]\n", 0, 0, 0, 255, 255, 255)
	exit()
}
--- stap_out
[0x0|00|0X0|00ff|0x00ff|  0x00ff]
--- needs: live

=== TEST 6: %s with width and precision
--- stap
probe begin {
	printf("[%s|%8s|%-8s|%.3s|%8.3s|%-8.3s|%.0s|%.10s]\n", "hello", "hello", "hello", "hello",
	       "hello", "hello", "hello", "hello")
	printf("[%s|%5s|%-5s]\n", "", "", "")
	exit()
}
--- stap_out
[hello|   hello|hello   |hel|     hel|hel     ||hello]
[|     |     ]
--- needs: live

=== TEST 7: %c with widths and unprintable characters
--- stap
probe begin {
	printf("[%c|%3c|%-3c|%c%c%c]\n", 65, 66, 67, 120, 121, 122)
	printf("[%c]\n", 256 + 65)
	exit()
}
--- stap_out
[A|  B|C  |xyz]
[A]
--- needs: live

=== TEST 8: * takes the width and the precision from arguments
--- stap
probe begin {
	printf("[%*d|%-*d|%.*d|%*.*d]\n", 6, 42, 6, 42, 4, 42, 8, 5, 42)
	printf("[%*s|%.*s|%*x]\n", 7, "abc", 2, "abc", 5, 255)
	w = 3; printf("[%*d]\n", w * 2, w)
	exit()
}
--- stap_out
[    42|42    |0042|   00042]
[    abc|ab|   ff]
[     3]
--- needs: live

=== TEST 9: a negative * width left-justifies
--- stap
probe begin {
	printf("[%*d|%*s]\n", -6, 42, -5, "ab")
	exit()
}
--- stap_out
[42|ab]
--- needs: live

=== TEST 10: %% and text around conversions
--- stap
probe begin {
	printf("100%%\n")
	printf("%d%% of %s%%\n", 50, "all")
	printf("%%d %%s\n")
	exit()
}
--- stap_out
100%
50% of all%
%d %s
--- needs: live

=== TEST 11: %p prints a pointer in hex
--- stap
probe begin {
	printf("[%p|%p|%20p|%-20p]\n", 0, 4096, 255, 255)
	printf("[%p]\n", -1)
	exit()
}
--- stap_out
[0x0|0x1000|                0xff|0xff                ]
[0xffffffffffffffff]
--- needs: live

=== TEST 12: %b writes binary values of 1, 2, 4 and 8 bytes
--- stap
probe begin {
	printf("[%1b|%2b|%4b|%8b]\n", 0x41, 0x4243, 0x44454647, 0x3132333435363738)
	printf("[%.1b%.1b%.1b]\n", 0x61, 0x62, 0x0a)
	exit()
}
--- stap_out
[A|CB|GFED|87654321]
[ab
]
--- needs: live

=== TEST 13: %M prints a kernel memory area in hex
--- stap
probe begin {
	addr = task_current()
	s = sprintf("%.8M", addr)
	printf("%d %d\n", strlen(s), s == sprintf("%.8M", addr))
	exit()
}
--- stap_out
16 1
--- needs: live

=== TEST 14: %m of an unreadable address is a read fault
--- stap
probe begin { printf("%.4m\n", 16) }
--- stap_out
--- stap_err
ERROR: read fault [man error::fault] at 0x10 near identifier 'printf' at <input>:1:15
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 15: %M of an unreadable address is a read fault
--- stap
probe begin { printf("%.2M\n", 8) }
--- stap_out
--- stap_err
ERROR: read fault [man error::fault] at 0x8 near identifier 'printf' at <input>:1:15
WARNING: Number of errors: 1, skipped probes: 0
--- exitcode: 1
--- needs: live

=== TEST 16: the length modifier l is accepted and ignored
--- stap
probe begin {
	printf("[%ld|%li|%lu|%lx|%lX]\n", -5, 123456789012, 7, 255, 255)
	exit()
}
--- stap_out
[-5|123456789012|7|ff|FF]
--- needs: live

=== TEST 17: printf with many arguments
--- stap
probe begin {
	printf("%d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %d %s %s %s %s\n",
	       1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, "a", "b", "c", "d")
	exit()
}
--- stap_out
1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 a b c d
--- needs: live

=== TEST 18: sprintf builds strings, nested
--- stap
probe begin {
	s = sprintf("<%s>", sprintf("%03d-%s", 7, sprintf("%x", 171)))
	println(s)
	println(sprintf("%-4s|", "ab") . sprintf("%4s|", "cd"))
	exit()
}
--- stap_out
<007-ab>
ab  |  cd|
--- needs: live

=== TEST 19: print, println, printd and printdln with mixed types
--- stap
probe begin {
	print(1, "a", -2); print("\n")
	println("x", 3, "y")
	printd("-", 1, "two", 3); println("")
	printdln(", ", "a", 42, "b")
	println()
	printdln("|", 5, 6)
	exit()
}
--- stap_out
1a-2
x3y
1-two-3
a, 42, b

5|6
--- needs: live

=== TEST 20: the sprint family returns what print would print
--- stap
probe begin {
	a = sprint(1, "b"); b = sprintln("c", 2); c = sprintd(":", 1, 2, 3)
	d = sprintdln(";", "x", "y")
	printf("[%s][%s][%s][%s]\n", a, b, c, d)
	exit()
}
--- stap_out
[1b][c2
][1:2:3][x;y
]
--- needs: live

=== TEST 21: escape sequences in string literals
--- stap
probe begin {
	printf("[a\tb][\\][\"q\"][\101\102][\x41\x42]\n")
	println("line1\nline2")
	s = "tab\there"; println(strlen(s))
	exit()
}
--- stap_out
[a	b][\]["q"][AB][AB]
line1
line2
8
--- needs: live

=== TEST 22: printf with no conversion and a lone string
--- stap
probe begin {
	printf("plain\n")
	printf("")
	printf("%s", "no newline")
	printf("\n")
	exit()
}
--- stap_out
plain
no newline
--- needs: live

=== TEST 23: a format held in a string variable is not allowed, a literal is
--- stap
probe begin {
	fmt = "%d-%d\n"
	printf("%d-%d\n", 1, 2)
	println(fmt)
	exit()
}
--- stap_out
1-2
%d-%d

--- needs: live

=== TEST 24: zero padding of negative numbers and %+ on unsigned
--- stap
probe begin {
	printf("[%06d|%-06d|%+u|% u|%+x]\n", -12, -12, 5, 5, 255)
	exit()
}
--- stap_out
[-00012|-12   |5|5|ff]
--- needs: live

=== TEST 25: wide fields and long strings
--- stap
probe begin {
	printf("[%40d]\n", 1)
	printf("[%-40s]\n", "left")
	printf("[%.40d]\n", 1)
	exit()
}
--- stap_out
[                                       1]
[left                                    ]
[0000000000000000000000000000000000000001]
--- needs: live

=== TEST 26: %s of a string with a NUL-free escape and a percent sign
--- stap
probe begin {
	s = "50% off"
	printf("%s|%10s|%-10s|\n", s, s, s)
	println(s)
	exit()
}
--- stap_out
50% off|   50% off|50% off   |
50% off
--- needs: live

=== TEST 27: %c of a tab and a space, padded
--- stap
probe begin {
	printf("[%c][%2c][%-2c]\n", 9, 32, 33)
	exit()
}
--- stap_out
[	][  ][! ]
--- needs: live

=== TEST 28: a flag after - or a second length letter is a parse error
--- stap
probe begin { printf("%-+5d\n", 1); exit() }
--- stap_out
--- stap_err
parse error: invalid or missing conversion specifier
        saw: operator ',' at <input>:1:31
     source: probe begin { printf("%-+5d\n", 1); exit() }
                                           ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1
--- needs: live

=== TEST 29: %hd is a parse error
--- stap
probe begin { printf("%hd\n", 1); exit() }
--- stap_out
--- stap_err
parse error: invalid or missing conversion specifier
        saw: operator ',' at <input>:1:29
     source: probe begin { printf("%hd\n", 1); exit() }
                                         ^

1 parse error.
Pass 1: parse failed.  [man error::pass1]
--- exitcode: 1
--- needs: live
