# tapsets/gen/args.sh - the command line the generators share, sourced:
#   gen_args NAME [-o DIR] [--check] [KREL]
# sets root, out (where to write; a private temporary directory, removed
# at exit, for --check), check (1 for --check) and krel.
gen_args() {
	local name=$1
	shift
	root=$(cd "$here/../.." && pwd)
	out=$root/tapsets
	check=
	if [ "${1:-}" = -o ]; then out=$2; shift 2; fi
	if [ "${1:-}" = --check ]; then
		check=1; shift
		out=$(mktemp -d "${TMPDIR:-/tmp}/$name-gen.XXXXXX")
		trap 'rm -rf "$out"' EXIT
	fi
	krel=${1:-$("$root/t/krel")}
}
