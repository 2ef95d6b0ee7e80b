#!/bin/sh
# tapsets/gen/syscalls.sh - generate tapsets/syscalls.stp, the syscall.*
# probe aliases, from the target kernel's headers.
#
#   tapsets/gen/syscalls.sh [-o DIR] [KREL]
#   tapsets/gen/syscalls.sh --check [KREL]
#
# writes DIR/syscalls.stp (the aliases), DIR/syscalls_aux.stp (their
# argument readers) and DIR/syscalls_errno.stp (errno names, return_str);
# DIR defaults to tapsets/.  KREL is a release with
# /usr/src/linux-headers-KREL (and its -common sibling) installed;
# default: t/krel's answer.  The output is committed;
# --check regenerates into a temporary directory and compares: it prints
# "same" (exit 0) or the files that differ (exit 1); t/t0121 runs it.
#
# Inputs, all from the headers tree:
#   arch/x86/include/generated/asm/syscalls_64.h   the x86_64 table
#   include/linux/syscalls.h, arch/x86/include/asm/syscalls.h
#                                                  prototypes (names, types)
#   arch/x86/include/asm/ptrace.h                  struct pt_regs layout
#   include/uapi/asm-generic/errno*.h (the user-visible errnos, as stap)
#                                                  errno names for retstr
# and, from here, syscalls.names (stap 4.8's variable names where they
# differ from the kernel's), syscalls.formats (the most used calls,
# formatted by hand), and tapsets/syscalls_common.stp: calls defined there by hand (with
# argstr formatted as stap formats it) are skipped here.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/args.sh"
gen_args syscalls "$@"
hdr=/usr/src/linux-headers-$krel
common=$(sed -n 's|^include \(.*\)/Makefile$|\1|p' "$hdr/Makefile" 2>/dev/null | head -1)
[ -n "$common" ] || common=$(echo "$hdr" | sed 's/-[a-z0-9]*$/-common/')
case $common in /*) ;; *) common=$hdr/$common ;; esac
[ -r "$hdr/arch/x86/include/generated/asm/syscalls_64.h" ] ||
	{ echo "syscalls.sh: no x86_64 syscall table under $hdr" >&2; exit 1; }

LC_ALL=C awk -f "$here/syscalls.awk" \
	-v table="$hdr/arch/x86/include/generated/asm/syscalls_64.h" \
	-v protos="$common/include/linux/syscalls.h $common/arch/x86/include/asm/syscalls.h" \
	-v ptrace="$common/arch/x86/include/asm/ptrace.h" \
	-v errnos="$common/include/uapi/asm-generic/errno-base.h $common/include/uapi/asm-generic/errno.h" \
	-v names="$here/syscalls.names" \
	-v formats="$here/syscalls.formats" \
	-v hand="$root/tapsets/syscalls_common.stp" \
	-v krel="$krel" -v out="$out" </dev/null

if [ -n "$check" ]; then
	bad=
	for f in syscalls.stp syscalls_aux.stp syscalls_errno.stp; do
		cmp -s "$out/$f" "$root/tapsets/$f" || bad="$bad $f"
	done
	if [ -n "$bad" ]; then echo "differ:$bad"; exit 1; fi
	echo same
fi
