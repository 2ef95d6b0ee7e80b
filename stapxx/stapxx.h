/* stapxx.h - stap++'s one internal header.
 *
 * stap++ expands the stapxx macro dialect (.sxx) into plain SystemTap and
 * runs `stap` on the result as a separate program: it shares no code with
 * core/.  One section per source file, in data-flow order:
 *
 *   main.c    command line, the target process (/proc), running stap and
 *             mapping its error positions back into the .sxx files
 *   expand.c  the macro expansion, line by line, with PCRE2
 *
 * Memory is allocated and never freed (a short-lived process); the private
 * temporary directory, in contrast, is always removed at exit.
 */
#ifndef STAPXX_H
#define STAPXX_H

#define _GNU_SOURCE
#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdbool.h>
#include <stddef.h>

/* ------------------------------------------------------------------ */
/* main.c                                                              */

void *xmalloc(size_t n); /* zeroed; exits on failure */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print the message on stderr, remove the temporary directory, exit 1. */
_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Add the shared objects of s->ldd_pending, if any, to s->dsos. */
typedef struct Sxx Sxx;
void load_pending_dsos(Sxx *s);

/* Read a whole file; NULL with errno set on failure. */
char *read_whole(const char *path, size_t *len);

/* ------------------------------------------------------------------ */
/* expand.c                                                            */

/* A name and a value: built-in variables ($^NAME), --arg values. */
typedef struct {
	char *name, *value;
	bool used;
} Var;

/* Output of one file's expansion, with enough to map a position in the
 * expanded text back to the source: the expansion never adds or removes a
 * line, and col[i][k] is the 0-based source column that output byte k of
 * line i+1 came from. */
typedef struct {
	char *path; /* as named in messages */
	char *name; /* a module's dotted name; NULL for the main script */
	char *text;
	int n_lines;
	int **col;
	int *col_len;
	char **src; /* the source lines, for messages */
	bool loading; /* on the @use stack: seeing it again is a cycle */
} Unit;

struct Sxx {
	/* $^NAME variables: exec_path, pid_ok, target, arg_NAME... */
	Var *vars;
	int n_vars;
	/* --arg NAME=VALUE as given, to warn about the unused ones */
	Var *args;
	int n_args;
	/* --args: only list the arguments; undefined variables expand to "" */
	bool list_args;
	Var *listed; /* name, default (NULL: none) */
	int n_listed;
	/* shared objects of the target, sorted, unique; ldd_pending names an
	 * executable whose `ldd` list is read only once something needs it */
	char **dsos;
	int n_dsos;
	const char *ldd_pending;
	Var *lib_paths; /* resolved $^libNAME_path, by NAME */
	int n_lib_paths;
	/* @use search path: -I dirs, ".", the installed module directory */
	char **inc;
	int n_inc;
	/* every file expanded; units[0] is the main script, then the modules
	 * in the order they were loaded */
	Unit **units;
	int n_units;
};

void sxx_set_var(Sxx *s, const char *name, const char *value);
const char *sxx_get_var(Sxx *s, const char *name);
/* Expand src (the text of path) into a new Unit appended to s->units. */
Unit *sxx_expand(Sxx *s, const char *path, const char *name, const char *src, size_t len);
/* Map an output column (1-based) of line (1-based) back to the source. */
int sxx_map_col(const Unit *u, int line, int col);

#endif
