/* t.h - the test harness's one internal header.
 *
 * `t` reads Test::Base-style .t files, runs each block's command ($STAP with
 * the block's script on stdin) as a child process, checks what it printed
 * and prints TAP.  It links no part of the translator: it only runs
 * programs.  One section per source file, in data-flow order:
 *
 *   util.c   buffers, allocation, files, clocks, temporary files
 *   parse.c  .t file -> TFile with its Blocks
 *   run.c    child processes: the parallel job loop, timeouts, helpers
 *   prog.c   `prog` and `lib` sections: C programs built for a block
 *   check.c  compare a finished command with its block's expectations
 *   vm.c     t --vm: live blocks built on the host, run in one guest boot
 *   t.c      command line, host requirements, scheduling, TAP output
 *
 * Memory is allocated and never freed: t is a short-lived process.  File
 * descriptors and child processes, in contrast, are always released.
 */
#ifndef T_H
#define T_H

/* Linux and glibc interfaces (pipe2, vasprintf, sched_getaffinity...);
 * every .c file includes this header first. */
#define _GNU_SOURCE

#define PCRE2_CODE_UNIT_WIDTH 8

#include <pcre2.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef struct Buf Buf;
typedef struct Pattern Pattern;
typedef struct Section Section;
typedef struct Block Block;
typedef struct TFile TFile;
typedef struct Entry Entry;
typedef struct Options Options;
typedef struct Live Live;

/* ------------------------------------------------------------------ */
/* util.c                                                              */

/* Growable byte buffer; p is always NUL-terminated once anything was added,
 * so text buffers can be used as C strings (output may hold NULs: use len). */
struct Buf {
	char *p;
	size_t len, cap;
};

void buf_putn(Buf *b, const char *s, size_t n);
void buf_puts(Buf *b, const char *s);
void buf_putc(Buf *b, int c);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *buf_str(Buf *b);
void buf_put_quoted(Buf *b, const char *s); /* single-quoted for /bin/sh */

void *xmalloc(size_t n); /* zeroed; exits on failure */
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Print "t: message" on stderr and exit with status 2 (t's "cannot even
 * start" status); for failures of the machine, not of a test. */
_Noreturn void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

int read_fd_all(int fd, Buf *out);	   /* from offset 0 to EOF; -errno */
int read_file(const char *path, Buf *out); /* -errno */
int write_all(int fd, const char *s, size_t n);
int tmp_fd(void);			  /* unlinked temp file, O_CLOEXEC */
int tmp_fd_with(const char *s, size_t n); /* the same, holding s, offset 0 */
int64_t now_ms(void);			  /* CLOCK_MONOTONIC */
const char *sig_name(int sig);

/* ------------------------------------------------------------------ */
/* parse.c                                                             */

enum SecKind {
	SEC_STAP,
	SEC_SXX, /* a stap++ script: runs $STAPXX instead of $STAP */
	SEC_ARGS,
	SEC_SCRIPT_ARGS,
	SEC_STAP_OUT,
	SEC_STAP_OUT_LIKE,
	SEC_STAP_OUT_UNLIKE,
	SEC_STAP_ERR,
	SEC_STAP_ERR_LIKE,
	SEC_EXITCODE,
	SEC_TIMEOUT,
	SEC_NEEDS,
	SEC_SKIP,
	SEC_ONLY,
	/* The reference check (t --stap=SystemTap's own stap): */
	SEC_REF_SKIP,	  /* not run there, with the reason */
	SEC_REF_OUT,	  /* replaces stap_out there */
	SEC_REF_ERR,	  /* replaces stap_err there */
	SEC_REF_EXITCODE, /* replaces exitcode there */
	SEC_CARRY,	  /* --vm: host files the guest needs (programs) */
	SEC_PROG,	  /* a C program built at -O0 and -O2 (prog.c) */
	SEC_PROG_FLAGS,	  /* extra gcc words for it */
	SEC_LIB,	  /* a C shared library it links (libt.so) */
	SEC__COUNT
};

/* Requirements a block can state with `--- needs:`, as bits. */
enum {
	NEED_ROOT = 1 << 0,
	NEED_LIVE = 1 << 1,
	NEED_VM = 1 << 2,
	NEED_STAP48 = 1 << 3,
};

struct Section {
	bool present;
	char *text; /* body after the trailing-blank rule and filters */
	size_t len;
	int line; /* line of the `--- name` header */
};

/* One line of a _like or _unlike section, compiled. */
struct Pattern {
	pcre2_code *re;
	char *src;
	int line;
};

struct Block {
	TFile *file;
	char *title;
	int line; /* line of the `===` header */
	Section sec[SEC__COUNT];
	Pattern *out_like, *out_unlike, *err_like;
	int n_out_like, n_out_unlike, n_err_like;
	int exitcode;	/* expected; 0 when the section is absent */
	int ref_exitcode; /* expected from the reference stap; exitcode when absent */
	double timeout; /* seconds */
	unsigned needs; /* NEED_* bits */
	/* With a `prog` section, once built (prog.c): "NAME=VALUE" strings
	 * for the block's environment (PROG0...), and the files a live block
	 * carries into the guest; both NULL-ended. */
	char **prog_env, **prog_files;
};

struct TFile {
	char *path;	 /* as shown in TAP lines */
	char *open_path; /* as opened: path, unless relative to another directory */
	char *dir;	 /* absolute directory: the commands' cwd and STAP_TEST_DIR */
	Block *blocks;
	int n_blocks;
	char *error; /* "path:line: message" when unreadable or malformed */
};

extern const char *const sec_names[SEC__COUNT];

/* Parse the text of f->path into f->blocks; on error set f->error and
 * return -1 (the file then counts as one failed test). */
int parse_file(TFile *f, const char *text, size_t len);

/* ------------------------------------------------------------------ */
/* run.c                                                               */

/* ST_PENDING: to be run; ST_RUN: running; ST_BUILT: its module is built,
 * waiting for the guest boot (t --vm); the others are decided. */
enum Status { ST_PENDING, ST_RUN, ST_BUILT, ST_PASS, ST_FAIL, ST_SKIP };

/* One line of TAP output: a block, or a file that could not be read. */
struct Entry {
	TFile *file;
	Block *block; /* NULL for a file error */
	enum Status status;
	const char *skip_reason;
	Buf diag; /* "# " lines printed under the result */
	Live *live; /* t --vm: the block is built on the host for the guest */
};

/* What a finished command left behind, handed to check.c. */
typedef struct {
	Buf out, err;
	int wstatus; /* from waitpid; meaningless when timed_out */
	bool timed_out;
	bool unkillable; /* did not die within the grace period after SIGKILL */
	char *command;	 /* the /bin/sh -c text */
} Outcome;

struct Options {
	int jobs;
	bool verbose;
	bool vm;
	/* The stap under test is SystemTap itself (its -V says "Systemtap
	 * translator/driver"): the reference check.  ref_* sections apply,
	 * and t --vm builds with t/vm/stap-ref-build and runs the modules
	 * with SystemTap's own staprun and stapio. */
	bool ref;
	char *stap; /* absolute path, or a bare name looked up in PATH */
	char *stapxx; /* the same, for stap++ (sxx sections) */
	char *root; /* repository root, absolute */
	pcre2_code *filter;
};

/* How long a process group may take to die after SIGKILL before we give up
 * on it (a process stuck in the kernel, e.g. in a module's init). */
#define KILL_GRACE_MS 10000

void run_init(void);
/* Run every entry with status ST_PENDING, at most opt->jobs at a time, calling
 * report() after each entry is decided so results can stream out in order. */
void run_entries(Entry *v, int n, const Options *opt, void (*report)(void));
/* Run argv to completion with stdout and stderr into *out; kill it after
 * timeout_ms.  Returns the wait status, or -1 when it timed out. */
int run_capture(char *const argv[], const int *keep_fds, int64_t timeout_ms, Buf *out);
/* Run n commands at once, each with stdout and stderr into outs[i]; kill
 * those still running after timeout_ms (statuses[i] is then -1). */
void run_parallel(char **const argvs[], int n, int64_t timeout_ms, Buf *outs, int *statuses);
/* Called before t dies of an interrupting signal (atexit does not run). */
extern void (*run_on_interrupt)(void);

/* ------------------------------------------------------------------ */
/* prog.c                                                              */

/* Build (or find cached) the programs of a block with a `prog` section,
 * setting b->prog_env and b->prog_files.  NULL when fine, else why not. */
char *prog_prepare(Block *b, const Options *opt);
/* The block's prog_env as shell text: "export NAME='VALUE'; ..." ("" without). */
char *prog_exports(const Block *b);

/* ------------------------------------------------------------------ */
/* check.c                                                             */

/* Compare o with e->block's expectations: set e->status and fill e->diag. */
void check_outcome(Entry *e, Outcome *o, const Options *opt);
/* Append text as indented "# " lines, at most max_lines of them (0: all). */
void diag_text(Buf *d, const char *label, const char *s, size_t n, int max_lines);

/* ------------------------------------------------------------------ */
/* vm.c                                                                */

/* Under --vm, for a pending block that needs live or vm: plan its host
 * build (stap -p4 in a private directory).  The block may end up failed
 * (its args cannot be expanded), or stay a host block (args give -p1..-p4). */
void vm_prepare(Entry *e, const Options *opt);
/* The build command of a planned block, and the directory it runs in. */
const char *vm_build_command(const Entry *e);
const char *vm_build_dir(const Entry *e);
/* Seconds the host build of a planned block may take. */
double vm_build_timeout(const Entry *e, const Options *opt);
/* A planned block's build ended: ST_BUILT when it left a module, else the
 * host result is checked as for any block. */
void vm_built(Entry *e, Outcome *o, const Options *opt);
/* Run every ST_BUILT entry's module in one guest boot and check them. */
void vm_run(Entry *v, int n, const Options *opt);

#endif
