/* parse_bench.c - pass-1 throughput, in process (built by `make bench`).
 *
 *   parse-bench KREL TAPSET_DIR MIN_BYTES RUNS FILE...
 *
 * Loads the files, then parses them (each as its own script, as stap -p1
 * would: a corpus concatenated into one file is not a valid script, since
 * globals and macros repeat) over and over until MIN_BYTES have been
 * parsed, RUNS times.  Prints one MB/s figure per run, for pass 1 alone
 * and for pass 1 plus the -p1 printout to /dev/null.  Process start-up is
 * left out on purpose: it is measured separately, end to end, against
 * SystemTap's stap by t/bench/parse.
 */
#include "../../core/stap.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *script_args[] = {"1", "2", "3", "4", "5", "6"};

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Parse every file until min_bytes are done; MB/s. */
static double run(Session *s, SrcFile **files, int n, size_t min_bytes, FILE *out)
{
	size_t done = 0;
	double t0 = now();
	while (done < min_bytes) {
		for (int i = 0; i < n; i++) {
			ParsedFile *pf = parse_file(s, files[i]);
			if (!pf) {
				fprintf(stderr, "parse-bench: %s does not parse\n", files[i]->name);
				exit(1);
			}
			if (out)
				print_file(out, pf);
			done += files[i]->len;
		}
	}
	return done / 1e6 / (now() - t0);
}

/* A fresh session with the macro library loaded, as stap starts. */
static void session_init(Session *s, const char *krel, const char *tapset)
{
	*s = (Session){.last_pass = 1, .guru = true, .privilege = "stapdev",
		       .compatible = STAP_VERSION, .args = script_args, .nargs = 6};
	target_init(s, krel, NULL);
	vec_push(&s->tapset_dirs, (char *)tapset);
	pp_load_library(s);
}

int main(int argc, char **argv)
{
	if (argc < 6) {
		fputs("usage: parse-bench KREL TAPSET_DIR MIN_BYTES RUNS FILE...\n", stderr);
		return 2;
	}
	Session sess, *s = &sess;
	size_t min_bytes = strtoul(argv[3], NULL, 10);
	int runs = atoi(argv[4]);
	int n = argc - 5;
	/* the sources live outside the arena, which each run starts afresh:
	 * otherwise every run pays the page faults of all earlier ones */
	SrcFile **files = calloc(n, sizeof(*files));
	for (int i = 0; i < n; i++) {
		size_t len;
		char *text = read_file(argv[5 + i], &len);
		if (!text) {
			perror(argv[5 + i]);
			return 1;
		}
		files[i] = malloc(sizeof(SrcFile));
		*files[i] = (SrcFile){.name = argv[5 + i], .text = strndup(text, len), .len = len};
		xalloc_reset();
	}
	FILE *null = fopen("/dev/null", "w");
	for (int r = 0; r < runs; r++) {
		session_init(s, argv[1], argv[2]);
		double parse = run(s, files, n, min_bytes, NULL);
		xalloc_reset();
		session_init(s, argv[1], argv[2]);
		double print = run(s, files, n, min_bytes, null);
		xalloc_reset();
		printf("%.1f %.1f\n", parse, print);
	}
	return 0;
}
