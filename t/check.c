/* check.c - compare a finished command with its block's expectations.
 *
 * Every check runs, so that one report shows everything that is wrong.
 * Diagnostics are "# " lines: which check failed and where it is in the .t
 * file, a unified diff (diff -u) for exact sections, the pattern and the
 * text for regex sections, both exit statuses, and any output stream that
 * no section checked, since that is usually where the explanation is.
 */
#include "t.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

/* Diagnostics show at most this many lines of one text unless -v. */
#define DIAG_MAX_LINES 100

typedef struct {
	Entry *e;
	Outcome *o;
	int max_lines;
	bool show_out, show_err; /* print the stream's text after the checks */
} Check;

/* Append each line of s as "# PREFIX line", at most max lines (0: all). */
static void diag_lines(Buf *d, const char *prefix, const char *s, size_t n, int max)
{
	const char *end = s + n;
	int shown = 0, more = 0;

	while (s < end) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		size_t len = nl ? (size_t)(nl - s) : (size_t)(end - s);

		if (max && shown == max)
			more++;
		else {
			buf_printf(d, "# %s", prefix);
			buf_putn(d, s, len);
			buf_putc(d, '\n');
			shown++;
		}
		s += len + (nl != NULL);
	}
	if (more)
		buf_printf(d, "# %s... %d more line%s (-v shows all)\n", prefix, more,
			   more == 1 ? "" : "s");
}

void diag_text(Buf *d, const char *label, const char *s, size_t n, int max_lines)
{
	if (n == 0) {
		buf_printf(d, "# %s: (empty)\n", label);
		return;
	}
	buf_printf(d, "# %s:\n", label);
	diag_lines(d, "  ", s, n, max_lines);
	if (s[n - 1] != '\n')
		buf_puts(d, "#   (no newline at end)\n");
}

static const char *where(const Check *c, int line)
{
	static char buf[4096];

	snprintf(buf, sizeof(buf), "%s:%d", c->e->file->path, line);
	return buf;
}

/* The exit status as a shell reports it: 128+N for death by signal N. */
static int exit_code(int wstatus)
{
	if (WIFEXITED(wstatus))
		return WEXITSTATUS(wstatus);
	if (WIFSIGNALED(wstatus))
		return 128 + WTERMSIG(wstatus);
	return -1;
}

static bool check_exit(Check *c, bool ref)
{
	const Block *b = c->e->block;
	int got = exit_code(c->o->wstatus), want = ref ? b->ref_exitcode : b->exitcode;

	if (got == want)
		return true;
	buf_printf(&c->e->diag, "# %s: expected %d, got %d",
		   ref && b->sec[SEC_REF_EXITCODE].present ? "ref_exitcode" : "exitcode", want,
		   got);
	if (WIFSIGNALED(c->o->wstatus))
		buf_printf(&c->e->diag, ", killed by SIG%s", sig_name(WTERMSIG(c->o->wstatus)));
	if (!b->sec[SEC_EXITCODE].present && !(ref && b->sec[SEC_REF_EXITCODE].present))
		buf_puts(&c->e->diag, " (no exitcode section: 0 is expected)");
	buf_putc(&c->e->diag, '\n');
	return false;
}

/* diff -u between the two texts, labelled expected and got. */
static void show_diff(Check *c, const Section *want, const Buf *got)
{
	int fe = tmp_fd_with(want->text, want->len);
	int fg = tmp_fd_with(got->p, got->len);
	int keep[] = {fe, fg, -1};
	char *pe = xfmt("/proc/self/fd/%d", fe), *pg = xfmt("/proc/self/fd/%d", fg);
	char *argv[] = {"diff",	   "-u",  "--text", "--label", "expected",
			"--label", "got", pe,	    pg,	       NULL};
	Buf out = {0};
	int st = run_capture(argv, keep, 60000, &out);

	/* diff exits 1 when the files differ; anything else is trouble. */
	if (st != -1 && WIFEXITED(st) && WEXITSTATUS(st) == 1)
		diag_lines(&c->e->diag, "", out.p, out.len, c->max_lines);
	else {
		diag_text(&c->e->diag, "diff -u failed", out.p, out.len, 10);
		diag_text(&c->e->diag, "expected", want->text, want->len, c->max_lines);
		diag_text(&c->e->diag, "got", got->p, got->len, c->max_lines);
	}
	if (close(fe) < 0 || close(fg) < 0)
		fatal("close: %s", strerror(errno));
	free(out.p);
	free(pe);
	free(pg);
}

static bool check_exact(Check *c, int k, const char *stream, const Buf *got)
{
	const Section *want = &c->e->block->sec[k];

	if (!want->present)
		return true;
	if (want->len == got->len && memcmp(want->text, got->p, got->len) == 0)
		return true;
	buf_printf(&c->e->diag, "# %s (%s): %s differs from the expected text:\n", sec_names[k],
		   where(c, want->line), stream);
	show_diff(c, want, got);
	return false;
}

/* The line (number and text) of s that holds offset off. */
static void show_match_line(Check *c, const Buf *got, size_t off)
{
	const char *s = got->p, *start = s + off, *end;
	int line = 1;

	for (const char *p = s; p < start; p++)
		line += *p == '\n';
	while (start > s && start[-1] != '\n')
		start--;
	end = memchr(start, '\n', got->len - (size_t)(start - s));
	if (!end)
		end = s + got->len;
	buf_printf(&c->e->diag, "#   matched at line %d: %.*s\n", line, (int)(end - start), start);
}

/* want: true for _like (must match somewhere), false for _unlike. */
static bool check_patterns(Check *c, int k, const char *stream, const Pattern *v, int n,
			   const Buf *got, bool want)
{
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	bool ok = true;

	if (!md)
		fatal("out of memory");
	for (int i = 0; i < n; i++) {
		int rc = pcre2_match(v[i].re, (PCRE2_SPTR)got->p, got->len, 0, 0, md, NULL);

		if (rc < 0 && rc != PCRE2_ERROR_NOMATCH) {
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(rc, msg, sizeof(msg));
			buf_printf(&c->e->diag, "# %s (%s): matching /%s/ failed: %s\n",
				   sec_names[k], where(c, v[i].line), v[i].src, (char *)msg);
			ok = false;
		} else if ((rc >= 0) != want) {
			if (want)
				buf_printf(&c->e->diag, "# %s (%s): no match in %s for /%s/\n",
					   sec_names[k], where(c, v[i].line), stream, v[i].src);
			else
				buf_printf(&c->e->diag, "# %s (%s): %s matches /%s/\n",
					   sec_names[k], where(c, v[i].line), stream, v[i].src);
			if (!want)
				show_match_line(c, got, pcre2_get_ovector_pointer(md)[0]);
			ok = false;
		}
	}
	pcre2_match_data_free(md);
	if (!ok && k == SEC_STAP_ERR_LIKE)
		c->show_err = true;
	else if (!ok)
		c->show_out = true;
	return ok;
}

/* In the reference check a ref_ section, when given, replaces its plain one. */
static int pick(const Block *b, bool ref, int plain, int alt)
{
	return ref && b->sec[alt].present ? alt : plain;
}

static bool run_checks(Check *c, bool ref)
{
	const Block *b = c->e->block;
	const Outcome *o = c->o;
	bool ok = true;

	ok &= check_exit(c, ref);
	ok &= check_exact(c, pick(b, ref, SEC_STAP_OUT, SEC_REF_OUT), "stdout", &o->out);
	ok &= check_patterns(c, SEC_STAP_OUT_LIKE, "stdout", b->out_like, b->n_out_like, &o->out,
			     true);
	ok &= check_patterns(c, SEC_STAP_OUT_UNLIKE, "stdout", b->out_unlike, b->n_out_unlike,
			     &o->out, false);
	ok &= check_exact(c, pick(b, ref, SEC_STAP_ERR, SEC_REF_ERR), "stderr", &o->err);
	ok &= check_patterns(c, SEC_STAP_ERR_LIKE, "stderr", b->err_like, b->n_err_like, &o->err,
			     true);
	return ok;
}

static void verbose_report(Check *c, const Options *opt)
{
	Buf *d = &c->e->diag;

	buf_printf(d, "# command: %s\n", c->o->command);
	buf_printf(d, "#   in %s, with STAP=%s\n", c->e->file->dir, opt->stap);
	if (c->e->block->sec[SEC_SXX].present)
		buf_printf(d, "#   and STAPXX=%s\n", opt->stapxx);
	diag_text(d, "stdout", c->o->out.p, c->o->out.len, 0);
	diag_text(d, "stderr", c->o->err.p, c->o->err.len, 0);
	if (c->o->timed_out || c->o->unkillable)
		buf_puts(d, "# exit status: none (killed)\n");
	else
		buf_printf(d, "# exit status: %d\n", exit_code(c->o->wstatus));
}

void check_outcome(Entry *e, Outcome *o, const Options *opt)
{
	const Block *b = e->block;
	Check c = {.e = e, .o = o, .max_lines = opt->verbose ? 0 : DIAG_MAX_LINES};
	bool out_checked = b->sec[pick(b, opt->ref, SEC_STAP_OUT, SEC_REF_OUT)].present ||
			   b->n_out_like || b->n_out_unlike;
	bool err_checked = b->sec[pick(b, opt->ref, SEC_STAP_ERR, SEC_REF_ERR)].present ||
			   b->n_err_like;
	bool ok;

	if (opt->verbose)
		verbose_report(&c, opt);
	if (o->timed_out || o->unkillable) {
		buf_printf(&e->diag, "# timed out after %g s (%s:%d): killed its process group\n",
			   b->timeout, e->file->path,
			   b->sec[SEC_TIMEOUT].present ? b->sec[SEC_TIMEOUT].line : b->line);
		if (o->unkillable)
			buf_printf(&e->diag,
				   "# the process group survived SIGKILL for %d s: "
				   "abandoned it\n",
				   KILL_GRACE_MS / 1000);
		c.show_out = c.show_err = true;
		ok = false;
	} else {
		ok = run_checks(&c, opt->ref);
		c.show_out |= !ok && !out_checked;
		c.show_err |= !ok && !err_checked;
	}
	/* -v has printed both streams in full already. */
	if (c.show_out && !opt->verbose)
		diag_text(&e->diag, "stdout", o->out.p, o->out.len, c.max_lines);
	if (c.show_err && !opt->verbose)
		diag_text(&e->diag, "stderr", o->err.p, o->err.len, c.max_lines);
	e->status = ok ? ST_PASS : ST_FAIL;
}
