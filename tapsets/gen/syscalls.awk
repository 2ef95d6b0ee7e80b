# tapsets/gen/syscalls.awk - the body of syscalls.sh (which see).
#
# Reads the x86_64 syscall table and the sys_* prototypes of the target
# kernel and writes, for every call not defined by hand in
# syscalls_common.stp, a `syscall.NAME` alias on the call's x86_64 entry
# point __x64_sys_NAME (a kprobe: no debuginfo needed) and a
# `syscall.NAME.return` alias on its kretprobe.  The entry point takes one
# argument, the user's struct pt_regs *; the call's own arguments are in
# its di, si, dx, r10, r8 and r9 slots, read by __sysc_*(N) (syscalls_aux.stp).

# ---- small helpers ----

function trim(s) { gsub(/^[ \t]+|[ \t]+$/, "", s); return s }

function die(msg) { print "syscalls.awk: " msg > "/dev/stderr"; exit 1 }

# Every line of FILE, or die.
function slurp(file, lines,    n, line, r) {
	n = 0
	while ((r = (getline line < file)) > 0)
		lines[++n] = line
	if (r < 0) die("cannot read " file)
	close(file)
	return n
}

# ---- inputs ----

# Offsets of struct pt_regs' unsigned long slots on x86_64: the second
# definition in the header (the first is i386's).
function read_ptrace(file,    lines, n, i, seen, inside, off, f) {
	n = slurp(file, lines)
	for (i = 1; i <= n; i++) {
		if (lines[i] ~ /^struct pt_regs \{/) { seen++; inside = (seen == 2); off = 0; continue }
		if (!inside) continue
		if (lines[i] ~ /^};/) break
		if (lines[i] ~ /^[ \t]*unsigned long [a-z0-9_]+;/) {
			f = lines[i]; sub(/^[ \t]*unsigned long /, "", f); sub(/;.*/, "", f)
			regoff[f] = off; off += 8
		}
	}
	split("di si dx r10 r8 r9", argreg, " ")
	for (i = 1; i <= 6; i++)
		if (!(argreg[i] in regoff)) die("no pt_regs slot " argreg[i] " in " file)
}

# The table: calls in number order, one entry per distinct entry point.
function read_table(file,    lines, n, i, m, k) {
	n = slurp(file, lines)
	ncalls = 0
	for (i = 1; i <= n; i++) {
		if (lines[i] !~ /^__SYSCALL\([0-9]+, sys_[a-z0-9_]+\)/) continue
		k = lines[i]; sub(/^__SYSCALL\([0-9]+, sys_/, "", k); sub(/\).*/, "", k)
		if (k == "ni_syscall" || (k in intable)) continue
		intable[k] = 1
		calls[++ncalls] = k
	}
	if (ncalls < 100) die("too few calls in " file)
}

# Prototypes `asmlinkage long sys_NAME(TYPE NAME, ...);`, possibly on
# several lines, into proto[NAME] = "TYPE NAME, ...".
function read_protos(files,    fl, nf, j, lines, n, i, buf, on, k) {
	nf = split(files, fl, " ")
	for (j = 1; j <= nf; j++) {
		n = slurp(fl[j], lines)
		on = 0
		for (i = 1; i <= n; i++) {
			if (lines[i] ~ /^asmlinkage [a-z ]+ sys_[a-z0-9_]+\(/) { on = 1; buf = "" }
			if (!on) continue
			buf = buf " " lines[i]
			if (lines[i] !~ /;/) continue
			on = 0
			gsub(/[ \t]+/, " ", buf)
			k = buf; sub(/^.* sys_/, "", k); sub(/\(.*/, "", k)
			sub(/^[^(]*\(/, "", buf); sub(/\) *;.*/, "", buf)
			if (!(k in proto)) proto[k] = trim(buf)
		}
	}
	# x86-only entry points declared in arch C files, not in the headers
	# (arch/x86/kernel/{process_64,ioport,ldt,signal,sys_x86_64}.c).
	fallback["arch_prctl"] = "int option, unsigned long arg2"
	fallback["iopl"] = "unsigned int level"
	fallback["modify_ldt"] = "int func, void __user *ptr, unsigned long bytecount"
	fallback["rt_sigreturn"] = "void"
	fallback["mmap"] = "unsigned long addr, unsigned long len, unsigned long prot, unsigned long flags, unsigned long fd, unsigned long off"
	for (k in fallback)
		if (!(k in proto)) proto[k] = fallback[k]
}

# Aliases defined by hand: `probe syscall.NAME =` in syscalls_common.stp.
function read_hand(file,    lines, n, i, k) {
	n = slurp(file, lines)
	for (i = 1; i <= n; i++) {
		if (lines[i] !~ /^probe syscall\.[a-z0-9_]+ *=/) continue
		k = lines[i]; sub(/^probe syscall\./, "", k); sub(/[ =].*/, "", k)
		byhand[k] = 1
	}
}

# stap's variable names: rename[CALL, POS] = "VAR:KIND".
function read_names(file,    lines, n, i, f, nf, j, p) {
	n = slurp(file, lines)
	for (i = 1; i <= n; i++) {
		if (lines[i] ~ /^(#|$)/) continue
		nf = split(lines[i], f, /[ \t]+/)
		for (j = 2; j <= nf; j++) {
			if (f[j] !~ /^[1-6]=[a-z0-9_]+:(int|uint|long|ulong|ptr|str)$/)
				die(file ":" i ": bad entry " f[j])
			split(f[j], p, "=")
			rename[f[1], p[1]] = p[2]
		}
	}
}

# Hand formats: fmt_*[ALIAS], keyed also by entry point in fmt_of[ENTRY].
function read_formats(file,    lines, n, i, f) {
	n = slurp(file, lines)
	for (i = 1; i <= n; i++) {
		if (lines[i] ~ /^(#|$)/) continue
		if (split(lines[i], f, "|") != 7) die(file ":" i ": want 7 fields")
		fmt_of[f[2]] = f[1]
		fmt_vars[f[1]] = f[3]; fmt_fmt[f[1]] = f[4]; fmt_args[f[1]] = f[5]
		fmt_ret[f[1]] = f[6]; fmt_what[f[1]] = f[7]
	}
}

# errno names, first name for each number (EWOULDBLOCK is EAGAIN).
function read_errnos(files,    fl, nf, j, lines, n, i, f) {
	nf = split(files, fl, " ")
	maxerr = 0
	for (j = 1; j <= nf; j++) {
		n = slurp(fl[j], lines)
		for (i = 1; i <= n; i++) {
			if (lines[i] !~ /^#define[ \t]+E[A-Z0-9]+[ \t]+[0-9]+/) continue
			split(lines[i], f, /[ \t]+/)
			if (!((f[3] + 0) in errname)) errname[f[3] + 0] = f[2]
			if (f[3] + 0 > maxerr) maxerr = f[3] + 0
		}
	}
}

# ---- names: the kernel's entry points under stap's alias names ----

# stap 4.8 names some calls after the old call they replaced, and folds
# a few newer variants into the old call's alias (its `name` then says
# which one ran).
function setup_names() {
	split("newstat:stat newlstat:lstat newfstat:fstat newfstatat:fstatat " \
	      "newuname:uname mmap:mmap2 pread64:pread pwrite64:pwrite " \
	      "sendfile64:sendfile getdents64:getdents", r, " ")
	for (i in r) { split(r[i], p, ":"); alias_of[p[1]] = p[2]; name_of[p[1]] = p[2] }
	split("epoll_create1:epoll_create eventfd2:eventfd inotify_init1:inotify_init " \
	      "pipe2:pipe signalfd4:signalfd", r, " ")
	for (i in r) { split(r[i], p, ":"); alias_of[p[1]] = p[2]; name_of[p[1]] = p[1] }
}

function alias_name(k) { return (k in alias_of) ? alias_of[k] : k }
function call_name(k) { return (k in name_of) ? name_of[k] : k }

# ---- arguments: C type to reader, variable name and format ----

# Sets A_kind (int uint long ulong ptr str), A_var, A_fmt for argument
# DECL ("const char __user * filename").
function classify(decl, pos,    t, n, p) {
	decl = trim(decl)
	n = decl; sub(/^.*[^a-zA-Z0-9_]/, "", n)
	t = substr(decl, 1, length(decl) - length(n)); t = trim(t)
	# an unnamed parameter (`int`, `size_t`, `int __user *`): argN
	if (n == "" || t == "" || t ~ /^(const|struct)$/ || \
	    n ~ /^(int|long|char|unsigned|size_t|u32|u64|umode_t|void|aio_context_t)$/) {
		t = decl; n = "arg" pos; A_decl = t
	}
	else A_decl = t " " n
	if (t ~ /\*/) {
		if (t ~ /__user/ && t ~ /^const char/ && t !~ /\*.*\*/ && n != "buf")
			A_kind = "str"
		else
			A_kind = "ptr"
	} else {
		gsub(/const |__user |volatile /, "", t)
		t = trim(t)
		if (t ~ /^(int|pid_t|key_serial_t|clockid_t|timer_t|mqd_t|rwf_t|__s32|s32)$/)
			A_kind = "int"
		else if (t ~ /^(unsigned|unsigned int|u32|__u32|umode_t|uid_t|gid_t|qid_t|old_uid_t|old_gid_t|unsigned short|u16)$/)
			A_kind = "uint"
		else if (t ~ /^(unsigned long|size_t|u64|__u64|aio_context_t)$/)
			A_kind = "ulong"
		else if (t ~ /_t$/ && t ~ /^cap_user_/)
			A_kind = "ptr"
		else
			A_kind = "long"
	}
	# descriptors are ints to stap (int_arg), whatever the C type says
	if (A_kind == "uint" && n ~ /^(fd|ufd|epfd|oldfd|newfd|fildes|filedes|dfd)$/)
		A_kind = "int"
	A_var = n
	if (A_kind == "ptr") A_var = n "_uaddr"
	else if (n ~ /^(name|argstr|retstr|retval)$/) A_var = n "_str"
	if ((A_call, pos) in rename) {
		split(rename[A_call, pos], p, ":")
		A_var = p[1]; A_kind = p[2]
	}
	A_fmt = (A_kind == "ptr") ? "%p" : (A_kind == "str") ? "%s" : \
		(A_kind == "uint" || A_kind == "ulong") ? "%u" : "%d"
}

function reader(kind, i) {
	if (kind == "str") return "user_string_quoted(__sysc_ptr(" i "))"
	return "__sysc_" kind "(" i ")"
}

# ---- output ----

function emit_header(f) {
	print "// syscalls.stp - syscall.* and syscall.*.return probe aliases," > f
	print "// one pair per x86_64 system call of kernel " krel "." > f
	print "//" > f
	print "// GENERATED by tapsets/gen/syscalls.sh from the kernel headers; do" > f
	print "// not edit (the calls formatted by hand are in syscalls_common.stp)." > f
	print "// Each alias is a kprobe on the call's entry point __x64_sys_NAME," > f
	print "// whose one argument is the user's struct pt_regs *: the call's" > f
	print "// arguments are read from it by __sysc_*(N) (syscalls_aux.stp), so" > f
	print "// no kernel debuginfo is needed.  Variables are named as stap 4.8" > f
	print "// names them: pointers NAME_uaddr, strings read and quoted." > f
}

function emit_call(f, k,    a, na, decls, i, vars, fmts, kinds, args, nm, al, body, doc) {
	al = alias_name(k); nm = call_name(k)
	if (proto[k] == "void" || proto[k] == "") na = 0
	else na = split(proto[k], decls, ",")
	A_call = k
	for (i = 1; i <= na; i++) {
		classify(decls[i], i)
		vars[i] = A_var; kinds[i] = A_kind; fmts[i] = A_fmt; cdecl[i] = A_decl
	}
	if (k in fmt_of) { emit_formatted(f, k, al, nm, na, cdecl); return }
	print "" > f
	print "/**" > f
	print " * probe syscall." al " - the " nm " system call" > f
	print " * @name: \"" nm "\", the name of the call" > f
	for (i = 1; i <= na; i++) {
		print " * @" vars[i] ": argument " i ", " cdecl[i] \
			(kinds[i] == "str" ? " (the string, quoted)" : "") > f
		if (kinds[i] == "str")
			print " * @" vars[i] "_unquoted: the same string, unquoted" > f
	}
	print " * @argstr: the arguments, formatted" > f
	print " *" > f
	print " * Context: the calling process, as it enters sys_" k "()." > f
	print " */" > f
	print "probe syscall." al " = kernel.function(\"__x64_sys_" k "\") ?" > f
	print "{" > f
	print "\tname = \"" nm "\"" > f
	fmt = ""; args = ""
	for (i = 1; i <= na; i++) {
		print "\t" vars[i] " = " reader(kinds[i], i) > f
		if (kinds[i] == "str")
			print "\t" vars[i] "_unquoted = user_string_nofault(__sysc_ptr(" i "))" > f
		fmt = fmt (i > 1 ? ", " : "") fmts[i]
		args = args ", " vars[i]
	}
	if (na == 0) print "\targstr = \"\"" > f
	else print "\targstr = sprintf(\"" fmt "\"" args ")" > f
	print "}" > f
	emit_return(f, k, al, nm, 1)
}

# A call formatted by hand (syscalls.formats).
function emit_formatted(f, k, al, nm, na, cdecl,    nv, v, i, var, ex, a) {
	nv = split(fmt_vars[al], v, ";")
	print "" > f
	print "/**" > f
	print " * probe syscall." al " - " fmt_what[al] " (" nm ")" > f
	print " * @name: \"" nm "\", the name of the call" > f
	for (i = 1; i <= nv; i++) {
		var = v[i]; sub(/=.*/, "", var)
		ex = v[i]; sub(/^[^=]*=/, "", ex)
		if (match(ex, /__sysc_[a-z]+\([1-6]\)/)) {
			a = substr(ex, RSTART, RLENGTH); gsub(/[^1-6]/, "", a)
			print " * @" var ": argument " a ", " cdecl[a + 0] \
				(ex ~ /^user_string_quoted/ ? " (the string, quoted)" : "") > f
		} else {
			print " * @" var ": " ex > f
		}
	}
	print " * @argstr: the arguments, formatted as stap 4.8 formats them" > f
	print " *" > f
	print " * Context: the calling process, as it enters sys_" k "()." > f
	print " */" > f
	print "probe syscall." al " = kernel.function(\"__x64_sys_" k "\") ?" > f
	print "{" > f
	print "\tname = \"" nm "\"" > f
	for (i = 1; i <= nv; i++) {
		var = v[i]; sub(/=.*/, "", var)
		ex = v[i]; sub(/^[^=]*=/, "", ex)
		print "\t" var " = " ex > f
	}
	print "\targstr = sprintf(\"" fmt_fmt[al] "\", " fmt_args[al] ")" > f
	print "}" > f
	emit_return(f, k, al, nm, fmt_ret[al])
}

function emit_return(f, k, al, nm, base) {
	print "" > f
	print "/**" > f
	print " * probe syscall." al ".return - return from the " nm " system call" > f
	print " * @name: \"" nm "\", the name of the call" > f
	print " * @retval: the return value" > f
	print " * @retstr: the return value formatted" (base == 2 ? " in hex" : "") ", an error with its name" > f
	print " */" > f
	print "probe syscall." al ".return = kernel.function(\"__x64_sys_" k "\").return ?" > f
	print "{" > f
	print "\tname = \"" nm "\"" > f
	print "\tretval = returnval()" > f
	print "\tretstr = return_str(" base ", retval)" > f
	print "}" > f
}

function emit_aux(f,    i, e) {
	print "// syscalls_aux.stp - argument readers for the syscall.* aliases," > f
	print "// for x86_64 kernel " krel "." > f
	print "//" > f
	print "// GENERATED by tapsets/gen/syscalls.sh from the kernel headers" > f
	print "// (arch/x86/include/asm/ptrace.h); do not edit." > f
	print "" > f
	print "/*" > f
	print " * In a probe on __x64_sys_NAME the first argument is the user's" > f
	print " * struct pt_regs *; the call's argument N is in its di, si, dx, r10," > f
	print " * r8 or r9 slot, at these offsets." > f
	print " */" > f
	print "function __sysc_long:long (n:long)" > f
	print "{" > f
	print "\t__regs = pointer_arg(1)" > f
	for (i = 1; i <= 6; i++)
		print "\t" (i > 1 ? "else " : "") "if (n == " i ") return kernel_long(__regs + " \
			regoff[argreg[i]] ")\t/* " argreg[i] " */" > f
	print "\terror(sprintf(\"syscall argument %d out of range\", n))" > f
	print "\treturn 0" > f
	print "}" > f
	print "" > f
	print "/* The argument's low 32 bits, sign-extended (an int). */" > f
	print "function __sysc_int:long (n:long)" > f
	print "{" > f
	print "\t__v = __sysc_long(n) & 0xffffffff" > f
	print "\treturn __v >= 0x80000000 ? __v - 0x100000000 : __v" > f
	print "}" > f
	print "" > f
	print "/* The argument's low 32 bits (an unsigned int). */" > f
	print "function __sysc_uint:long (n:long) { return __sysc_long(n) & 0xffffffff }" > f
	print "" > f
	print "/* An unsigned long or size_t argument (a 64-bit value either way). */" > f
	print "function __sysc_ulong:long (n:long) { return __sysc_long(n) }" > f
	print "" > f
	print "/* A user-space pointer argument. */" > f
	print "function __sysc_ptr:long (n:long) { return __sysc_long(n) }" > f
	close(f)
	f = out "/syscalls_errno.stp"
	print "// syscalls_errno.stp - errno names and return_str, for the" > f
	print "// syscall.*.return aliases' retstr (x86_64 kernel " krel ")." > f
	print "//" > f
	print "// GENERATED by tapsets/gen/syscalls.sh from the kernel headers" > f
	print "// (uapi asm-generic/errno*.h); do not edit." > f
	print "" > f
	print "%{" > f
	print "static const char *const _stp_errlist[] = {" > f
	for (e = 1; e <= maxerr; e++)
		if (e in errname) print "\t[" e "] = \"" errname[e] "\"," > f
	print "};" > f
	print "%}" > f
	print "" > f
	print "/**" > f
	print " * sfunction errno_str - symbolic name of an error code" > f
	print " * @err: the error number, negative or positive (-2 or 2)" > f
	print " *" > f
	print " * Description: \"ENOENT\" for -2 or 2; \"\" for a number that names" > f
	print " * no error." > f
	print " */" > f
	print "function errno_str:string (err:long) %{ /* pure */ /* unprivileged */" > f
	print "\tint64_t e = STAP_ARG_err < 0 ? -STAP_ARG_err : STAP_ARG_err;" > f
	print "\tif (e > 0 && e < (int64_t)ARRAY_SIZE(_stp_errlist) && _stp_errlist[e])" > f
	print "\t\tstrscpy(STAP_RETVALUE, _stp_errlist[e], MAXSTRINGLEN);" > f
	print "%}" > f
	print "" > f
	print "/**" > f
	print " * sfunction errno_p - is this a known error code" > f
	print " * @err: the error number, negative or positive" > f
	print " *" > f
	print " * Description: the error's number (positive) if it names an error, else 0." > f
	print " */" > f
	print "function errno_p:long (err:long) %{ /* pure */ /* unprivileged */" > f
	print "\tint64_t e = STAP_ARG_err < 0 ? -STAP_ARG_err : STAP_ARG_err;" > f
	print "\tSTAP_RETVALUE = (e > 0 && e < (int64_t)ARRAY_SIZE(_stp_errlist) && _stp_errlist[e]) ? e : 0;" > f
	print "%}" > f
	print "" > f
	print "/**" > f
	print " * sfunction return_str - format a return value as a string" > f
	print " * @format: 1 for decimal, 2 for hex, 3 for octal" > f
	print " * @ret: the return value (typically returnval())" > f
	print " *" > f
	print " * Description: an error (a negative known errno) as \"-2 (ENOENT)\"," > f
	print " * anything else as a number in @format.  The syscall.*.return" > f
	print " * aliases set retstr with it." > f
	print " */" > f
	print "function return_str:string (format:long, ret:long)" > f
	print "{" > f
	print "\tif (ret < 0 && errno_p(ret))" > f
	print "\t\treturn sprintf(\"%d (%s)\", ret, errno_str(ret))" > f
	print "\tif (format == 2)" > f
	print "\t\treturn sprintf(\"0x%x\", ret)" > f
	print "\tif (format == 3)" > f
	print "\t\treturn sprintf(\"%#o\", ret)" > f
	print "\treturn sprintf(\"%d\", ret)" > f
	print "}" > f
	print "" > f
	print "/**" > f
	print " * sfunction returnstr - format the probed function's return value" > f
	print " * @format: 1 for decimal, 2 for hex, 3 for octal" > f
	print " *" > f
	print " * Description: return_str(@format, returnval()), for .return probes." > f
	print " */" > f
	print "function returnstr:string (format:long) { return return_str(format, returnval()) }" > f
}

BEGIN {
	read_ptrace(ptrace)
	read_table(table)
	read_protos(protos)
	read_hand(hand)
	read_names(names)
	read_formats(formats)
	read_errnos(errnos)
	setup_names()
	f = out "/syscalls.stp"
	emit_header(f)
	for (i = 1; i <= ncalls; i++) {
		k = calls[i]
		if (!(k in proto)) die("no prototype for sys_" k)
		if (alias_name(k) in byhand) continue
		emit_call(f, k)
	}
	close(f)
	f = out "/syscalls_aux.stp"
	emit_aux(f)
	close(f)
}
