#!/bin/sh
# golden.sh - write t/t0603-stapxx-samples.t and t/t0604-stapxx-modules.t:
# for every sample and module, its --dump-src and --args output as they
# are now, and a check that the expanded script parses with stap -p1.
#
#   t/stapxx/golden.sh      (from the repository root, after make)
#
# Review the diff by eye before committing: the files are goldens.
set -eu
cd "$(dirname "$0")/../.."
SXX=stapxx/stap++
EXEC=/usr/sbin/nginx

# args_for FILE: the --arg values a script needs to expand at all
args_for() {
	case $1 in
	*/func-latency.sxx) echo "--arg func=ngx_http_process_request" ;;
	*/probe-rate.sxx) echo "--arg probe=syscall.read" ;;
	*) echo "" ;;
	esac
}

# block N TITLE ARGS: one golden block from what stap++ prints now
block() {
	n=$1 title=$2 args=$3
	printf '=== TEST %d: %s\n--- sxx\n# unused: the script is the file named in args\n--- stap_out\n' "$n" "$title"
	# shellcheck disable=SC2086
	(cd t && eval "../$SXX $args -" 2>/dev/null)
	printf -- '--- args: %s\n\n' "$args"
}

# parse N TITLE ARGS: the expanded script parses with stap -p1
parse() {
	printf '=== TEST %d: %s\n--- sxx\n# unused: the script is the file named in args\n' "$1" "$2"
	printf -- '--- args: %s\n--- stap_out_like\n^# parse tree dump$\n\n' "$3"
}

samples() {
	echo "# Golden --dump-src and --args output of every sample, and a check that"
	echo "# each expanded sample parses with stap -p1 (stap++ -p1 stops stap"
	echo "# after pass 1).  Written by t/stapxx/golden.sh, reviewed by eye."
	echo
	n=0
	for f in samples/*.sxx; do
		name=$(basename "$f")
		a=$(args_for "$f")
		n=$((n + 1)); block $n "$name --dump-src" "--dump-src --exec $EXEC ${a:+$a }\$T_ROOT/$f"
		n=$((n + 1)); block $n "$name --args" "--args \$T_ROOT/$f"
		n=$((n + 1)); parse $n "$name parses" "-p1 --exec $EXEC ${a:+$a }\$T_ROOT/$f"
	done
}

modules() {
	echo "# Golden --dump-src and --args output of every module of stapxx/modules"
	echo "# (expanded as a script of its own), and a check that each parses with"
	echo "# stap -p1.  Written by t/stapxx/golden.sh, reviewed by eye."
	echo
	n=0
	for f in $(cd stapxx/modules && find . -name '*.sxx' | sort); do
		f=stapxx/modules/${f#./}
		name=$(echo "${f#stapxx/modules/}" | sed 's|\.sxx$||; s|/|.|g')
		n=$((n + 1)); block $n "$name --dump-src" "--dump-src --exec $EXEC \$T_ROOT/$f"
		n=$((n + 1)); block $n "$name --args" "--args \$T_ROOT/$f"
		n=$((n + 1)); parse $n "$name parses" "-p1 --exec $EXEC \$T_ROOT/$f"
	done
}

export T_ROOT="$PWD"
samples >t/t0603-stapxx-samples.t
modules >t/t0604-stapxx-modules.t
