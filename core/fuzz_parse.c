/* fuzz_parse.c - libFuzzer target for pass 1 (make fuzz).
 *
 * Each input is a script.  It must never crash or trip ASan/UBSan, and
 * whatever parses must round-trip: print it, parse the printout, print
 * again, and the two printouts must be identical.
 */
#include "stap.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *script_args[] = {"1", "2", "foo", "\"bar\"", "5", "6"};

static void session_init(Session *s)
{
	memset(s, 0, sizeof *s);
	s->last_pass = 1;
	s->guru = true;
	s->privilege = "stapdev";
	s->compatible = STAP_VERSION;
	s->args = script_args;
	s->nargs = 6;
	s->kernel_release = "6.1.0-56-amd64";
	s->kernel_version = "6.1.0";
	s->arch = "x86_64";
	s->quiet = !getenv("FUZZ_SHOW_ERRORS");  /* most inputs are errors */
}

/* -p1 text of a script, or NULL if it does not parse. */
static char *print_parse(Session *s, const char *text, size_t len)
{
	ParsedFile *pf = parse_file(s, srcfile_new("<input>", text, len));
	if (!pf)
		return NULL;
	char *out = NULL;
	size_t outlen = 0;
	FILE *f = open_memstream(&out, &outlen);
	if (!f)
		abort();
	print_file(f, pf);
	fclose(f);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	Session s;
	session_init(&s);
	char *text = xstrndup((const char *)data, size);
	char *first = print_parse(&s, text, size);
	if (first) {
		session_init(&s);
		char *second = print_parse(&s, first, strlen(first));
		if (!second || strcmp(first, second)) {
			fprintf(stdout, "round trip failed\n--- first\n%s\n--- second\n%s\n",
				first, second ? second : "(parse error)");
			abort();
		}
		free(second);
		free(first);
	}
	xalloc_reset();
	return 0;
}
