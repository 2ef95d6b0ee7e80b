# t/bench/lib.sh - shared by t/bench/elaborate and t/bench/build (sourced).
now() { date +%s%N; }
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
min() { sort -g | head -1; }
ms() { awk -v ns="$1" 'BEGIN { printf "%.2f\n", ns / 1e6 }'; }
# time_runs N SETUP CMD...: run SETUP (a shell snippet, untimed), then
# time CMD; one line of milliseconds per run.
time_runs() {
	n=$1 setup=$2; shift 2
	for _ in $(seq "$n"); do
		eval "$setup"
		t0=$(now); "$@" >/dev/null 2>&1; t1=$(now)
		ms $((t1 - t0))
	done
}
# row LABEL FILE [REFFILE]: min and median, and ours/ref ratio of medians.
row() {
	mi=$(min <"$2") me=$(median <"$2")
	if [ -n "${3:-}" ] && [ -s "$3" ]; then
		rme=$(median <"$3")
		printf '%-40s %9s %9s %9s %8sx\n' "$1" "$mi" "$me" "$rme" \
			"$(awk -v a="$rme" -v b="$me" 'BEGIN { printf "%.1f", a / b }')"
	else
		printf '%-40s %9s %9s\n' "$1" "$mi" "$me"
	fi
}
