/* stap.h - the translator's one internal header.
 *
 * One section per source file, in data-flow order: util, session/target,
 * lex, preprocess, parse, print, driver.  Passes hand each other plain data:
 * the lexer makes Tokens, the preprocessor filters the Token stream, the
 * parser builds Nodes, the printer walks them.  Memory comes from an arena
 * and is never freed (the translator is a short-lived process).
 */
#ifndef STAP_H
#define STAP_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define STAP_VERSION "4.8"          /* language level we implement */
#define STAP_TOOL_VERSION "0.1"

typedef struct Session Session;
typedef struct SrcFile SrcFile;
typedef struct Token Token;
typedef struct Node Node;

/* ------------------------------------------------------------------ */
/* util.c: arena, strings, vectors, files, diagnostics                 */

void *xalloc(size_t n);                 /* zeroed, from the arena; never NULL */
/* Free the whole arena.  Only for long-running harnesses (the fuzzer), which
 * then must drop every pointer they hold into it. */
void xalloc_reset(void);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *xvfmt(const char *fmt, va_list ap);

/* Growable byte buffer (arena-backed). */
typedef struct {
	char *buf;
	size_t len, cap;
} Buf;
void buf_putc(Buf *b, int c);
void buf_puts(Buf *b, const char *s);
void buf_putn(Buf *b, const char *s, size_t n);
void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *buf_str(Buf *b);            /* NUL-terminated view */

/* Growable pointer vector (arena-backed). */
typedef struct {
	void **data;
	int len, cap;
} Vec;
void vec_push(Vec *v, void *p);

/* Read a whole file; NULL (errno set) on failure.  *len gets the size. */
char *read_file(const char *path, size_t *len);

/* A source file: the script, a tapset, a macro file, or -e text. */
struct SrcFile {
	const char *name;   /* as printed in messages: path, or "<input>" */
	const char *text;   /* contents, NUL-terminated */
	size_t len;
	bool is_tapset;     /* found on the tapset path: privileged */
};
SrcFile *srcfile_new(const char *name, const char *text, size_t len);

/* Diagnostics in SystemTap's shape:
 *
 *   parse error: expected 'probe', 'global', 'private', 'function', or '%{'
 *           saw: identifier 'x' at <input>:1:1
 *        source: x
 *                ^
 *
 * `label` is "saw" (the token is what the parser saw) or "at" (a position,
 * e.g. inside a token for lexer errors: printed with one more space so the
 * colons line up, exactly as stap does).  A token that came from a macro
 * expansion is followed by one "in expansion of macro:" block per level.
 * Counts into s->nerrors; a message already printed once is counted in
 * s->nsuppressed instead of printed again, unless s->verbose.  `kind` is "parse error", "semantic error", ... */
void diag(Session *s, const char *kind, const char *label, const Token *tok,
	  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
void diag_v(Session *s, const char *kind, const char *label, const Token *tok,
	    const char *fmt, va_list ap);
/* Describe a token as stap does: "identifier 'x'", "operator '{'",
 * "string 'abc'", "number '12'", "embedded-code", "keyword" (stap shows
 * no content for keywords), "junk ''".  In diag(), an EOF token prints as
 * "saw: FILE EOF" with no source line, as stap does. */
void token_describe(Buf *b, const Token *t);
/* The source line of `t` after `prefix` and a caret line under its column
 * (used by diag() and by warnings). */
void diag_source(Buf *b, const char *prefix, const Token *t);
/* Fatal error from the driver (bad option, missing file): "stap: msg". */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

/* ------------------------------------------------------------------ */
/* session: everything the command line and the target kernel decide.  */

typedef enum { RT_KERNEL, RT_BPF } Runtime;

struct Session {
	/* command line */
	int last_pass;              /* -p N; 5 by default */
	int verbose;                /* -v count */
	bool guru;                  /* -g */
	bool unoptimized;           /* -u */
	bool suppress_warnings;     /* -w */
	bool warnings_are_errors;   /* -W */
	bool keep_tmp;              /* -k */
	bool skip_badvars;
	bool ldd;
	Runtime runtime;
	const char *privilege;      /* "stapdev" (default), "stapsys", "stapusr" */
	const char *compatible;     /* --compatible, default STAP_VERSION */
	const char *module_name;    /* -m */
	const char *output_file;    /* -o */
	const char *cmd;            /* -c */
	long target_pid;            /* -x, 0 when none */
	int bufsize_mb;             /* -s */
	long timeout_s;             /* -T, 0 when none */
	Vec include_dirs;           /* -I DIR (char *), searched before defaults */
	Vec defines;                /* -D NAME[=VALUE] (char *) */
	Vec kbuild_opts;            /* -B NAME=VALUE (char *) */
	Vec globals_set;            /* -G VAR=VALUE (char *) */
	Vec dash_d;                 /* -d OBJECT (char *) */
	Vec extra_scripts;          /* -E SCRIPT (char *) */
	Vec modinfo;                /* --modinfo NM=VAL (char *) */
	const char *sysroot;        /* --sysroot */
	const char *tmpdir;         /* --tmpdir */
	const char *runtime_dir;    /* -R */
	bool no_cache;              /* --disable-cache (and -m, as in stap) */
	bool poison_cache;          /* --poison-cache: rebuild, then store */
	const char *cache_dir;      /* --cache-dir (ours): the module cache */
	bool cache_hit;             /* pass 4 took the module from the cache */
	const char *list_probe;     /* -l / -L pattern */
	bool list_vars;             /* -L */

	/* script arguments: $1..$N / @1..@N; argv[0] is $1 */
	char **args;
	int nargs;

	/* target (filled by target.c from -r/-a or the running kernel) */
	const char *kernel_release; /* "6.1.0-56-amd64"  (kernel_vr) */
	const char *kernel_version; /* "6.1.0"           (kernel_v) */
	const char *kernel_build;   /* build tree dir, may be NULL */
	const char *arch;           /* "x86_64", "i386", "arm64", ... */
	struct Kconfig *kconfig;    /* CONFIG_* values; may be empty */

	/* tapset search path: -I dirs, then the default tapset dirs. */
	Vec tapset_dirs;            /* char * */

	/* macros from .stpm library files: visible to every file. */
	struct MacroTable *lib_macros;

	bool quiet;                 /* diag() counts but prints nothing (fuzzer) */
	int nempty;                 /* input files parse_file() found empty */
	int nerrors;                /* diagnostics counted by diag() */
	int nsuppressed;            /* of those, not printed: same message seen
				       before (stap prints each message once
				       unless -v) */
	Vec seen_msgs;              /* messages printed so far (char *) */
	int nwarnings;
	int nwarn_suppressed;       /* pass-2 warnings not printed: same text
				       seen before (stap: "Number of similar
				       warning messages suppressed") */
};

/* target.c: the target kernel and arch, and its .config. */
/* Fill kernel_release/_version/_build/arch and kconfig from `release_or_dir`
 * (the -r argument: a release name under /lib/modules/REL/build, or a
 * build-tree directory) or, when NULL, the running kernel.  Never fatal: a
 * missing .config leaves every CONFIG_* undefined (empty string). */
void target_init(Session *s, const char *release_or_dir, const char *arch);
/* Value of CONFIG_NAME as written in .config ("y", "m", "123", and a
 * string WITH its quotes: "\"(none)\"", which is what stap compares in
 * %( CONFIG_X == "..." %)); "" when unset.  `name` includes CONFIG_. */
const char *kconfig_get(Session *s, const char *name);

/* ------------------------------------------------------------------ */
/* lex.c: bytes to tokens.                                             */

typedef enum {
	TK_IDENT,     /* foo, $foo, $$vars, $1-substituted idents */
	TK_KEYWORD,   /* probe global private function if else for foreach in
			 limit return delete while break continue next string
			 long try catch
			 (and %( %? %: %) are operators, see below) */
	TK_OP,        /* punctuators: { } ( ) [ ] , ; . ? : ! etc., the
			 preprocessor brackets "%(" "%?" "%:" "%)", and every
			 @word (@cast, @foo): stap lexes those as operators */
	TK_STRING,    /* "..." ; str/len hold the DECODED bytes */
	TK_NUMBER,    /* 123 0x1f 017 ; num holds the value, str the spelling */
	TK_EMBEDDED,  /* %{ ... %} ; str holds the text between the brackets */
	TK_JUNK,      /* bad input; the lexer reports it via diag() */
	TK_EOF,
} TokKind;

struct Token {
	TokKind kind;
	const char *str;        /* spelling (ident/op/keyword/number), decoded
				   bytes (string), code text (embedded) */
	int len;                /* length of str (strings may hold NULs) */
	int64_t num;            /* TK_NUMBER: value (two's complement for
				   0x8000000000000000..0xffffffffffffffff) */
	SrcFile *file;
	int line, col;          /* 1-based */
	bool space_before;      /* whitespace/comment precedes it: the parser
				   needs this to glue probe-point names like
				   syscall.*.return or foo*bar */
	bool nl_before;         /* a newline precedes it */
	const Token *chain;     /* set on tokens produced by a macro expansion:
				   the macro invocation token (which may itself
				   be chained), for "in expansion of macro" */
	const char *raw;        /* TK_STRING: the text as stap keeps it (C
				   escapes kept, "\q" -> "q"), for -p1 */
	bool num_bad;           /* TK_NUMBER: not a valid number or > 64 bits;
				   the parser reports "number invalid or out
				   of range" where it takes the literal */
	const char *junk_msg;   /* TK_JUNK: stap's message for it ("Could not
				   find matching closing quote", ...); NULL
				   for a stray byte (str "\\x01").  A diagnostic
				   at such a token must print this message
				   instead, with label "at", as stap does.
				   "" (empty): the preprocessor has already
				   reported an error here; report nothing,
				   just recover (skip to the next top-level
				   keyword, as after any parse error) */
};

typedef struct Lexer Lexer;
/* The lexer substitutes $1..$N (as raw text, re-lexed), @1..@N (as a
 * string), $# (number) and @# (string) from s->args, as stap does; out of
 * range indexes are "command line argument out of range [1-N]". */
Lexer *lex_new(Session *s, SrcFile *f);
Token *lex_next(Lexer *L);       /* TK_EOF forever at the end */
/* Did the lexer make any token (stap: "Input file '%s' is empty" versus
 * "... is empty after preprocessing")? */
bool lex_saw_tokens(const Lexer *L);
/* A warning in stap's shape: "WARNING: msg: TOKEN at FILE:L:C" and the
 * source line (just "WARNING: msg" when t is NULL).  Honours -w. */
void lex_warn(Session *s, const Token *t, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
bool tok_is(const Token *t, TokKind k, const char *str);   /* kind + spelling */
bool tok_op(const Token *t, const char *op);              /* TK_OP shortcut */
bool tok_kw(const Token *t, const char *kw);              /* TK_KEYWORD shortcut */

/* ------------------------------------------------------------------ */
/* preprocess.c: %( cond %? a %: b %) and @define macros.              */
/*
 * A filter over the lexer's token stream.  Conditionals are evaluated
 * against the Session's target (kernel_v, kernel_vr, arch, runtime,
 * CONFIG_*, systemtap_v, systemtap_privilege, guru_mode, $#, @#) and the
 * untaken branch is skipped token by token, never parsed.  @define bodies
 * are stored as token lists; @NAME / @NAME(a, b) invocations expand in
 * place (tokens get `chain` set).  Macros defined in a .stpm file loaded by
 * pp_load_library() live in s->lib_macros; those defined in a script are
 * private to it.
 */
typedef struct PP PP;
PP *pp_new(Session *s, Lexer *L);
Token *pp_next(PP *p);          /* next token after preprocessing */
/* Load every *.stpm macro file on s->tapset_dirs (stap's rules for which
 * subdirectories count), into s->lib_macros.  Errors are diagnostics. */
void pp_load_library(Session *s);
/* The subdirectories of each tapset dir that count, most specific first
 * ("/linux/6.1.0-56-amd64/x86_64", ..., "/x86_64", ""), as stap has them. */
Vec tapset_suffixes(Session *s);

/* ------------------------------------------------------------------ */
/* parse.c: tokens to AST.                                             */

typedef enum {
	TYPE_UNKNOWN, TYPE_LONG, TYPE_STRING, TYPE_STATS,
} Type;

typedef enum {
	/* top level */
	ND_PROBE,       /* probe POINTS [if] { body }                          */
	ND_ALIAS,       /* probe NAMES = POINTS { body } (flags & NF_EPILOGUE for +=) */
	ND_FUNCTION,    /* function name[:type](params) { body } | %{ %}       */
	ND_PARAM,       /* name[:type] in a function's parameter list          */
	ND_GLOBAL,      /* global name[size] [= init]                          */
	ND_EMBED_TOP,   /* %{ ... %} at top level                              */
	ND_PROBE_POINT, /* comps list + optional/sufficient flags + cond       */
	ND_PP_COMP,     /* one component: name (may hold '*') + optional arg   */

	/* statements */
	ND_BLOCK, ND_TRY, ND_IF, ND_WHILE, ND_FOR, ND_FOREACH,
	ND_RETURN, ND_NEXT, ND_BREAK, ND_CONTINUE, ND_DELETE,
	ND_EXPR_STMT, ND_NULL_STMT, ND_EMBED_STMT,

	/* expressions */
	ND_NUM, ND_STR, ND_SYM,
	ND_INDEX,       /* arr[i, j]; indexes may include ND_STAR (slicing)    */
	ND_STAR,        /* '*' wildcard index in foreach/delete/in             */
	ND_CALL,        /* f(a, b)                                             */
	ND_PRINT,       /* print family: op = "printf", "sprintln", ...        */
	ND_STAT,        /* @count(x) @sum @min @max @avg @variance: op          */
	ND_HIST,        /* @hist_linear(x, lo, hi, step) / @hist_log(x): op     */
	ND_UNARY,       /* op in - + ! ~                                       */
	ND_PREINC, ND_PREDEC, ND_POSTINC, ND_POSTDEC,
	ND_BINARY,      /* op in * / % + - << >> & ^ | .                        */
	ND_COMPARE,     /* op in < > <= >= == !=                               */
	ND_REGEX,       /* lhs =~ / !~ literal string (rhs ND_STR)             */
	ND_LOGICAL,     /* && ||                                               */
	ND_TERNARY,     /* cond ? then : els                                   */
	ND_ASSIGN,      /* op in = += -= *= /= %= <<= >>= &= ^= |= .= <<<       */
	ND_IN,          /* [i, j] in arr  /  i in arr : list = indexes, rhs = arr */
	ND_TARGET,      /* $var / $$vars...  name incl. '$'; comps, pretty, addrof */
	ND_CAST,        /* @cast(lhs, "type"[, "module"]) comps                 */
	ND_ATVAR,       /* @var("name@file"[, "module"]) comps                  */
	ND_COMP_MEMBER, /* ->name  (in a comps list)                           */
	ND_COMP_INDEX,  /* [expr]  (in a comps list; lhs = the index)          */
	ND_ENTRY,       /* @entry(expr)                                        */
	ND_DEFINED,     /* @defined(expr)                                      */
	ND_PROBEWRITE,  /* @probewrite(sym)                                    */
	ND_CONST,       /* @const("NAME"[, "header"])                          */
	ND_EMBED_EXPR,  /* %{ ... %} used as an expression (guru)              */
	ND_AUTOCAST,    /* any other value with a target tail: (expr)->member,
			   f()[i], &expr: lhs = the value; comps, pretty, addrof */
	ND_PERF,        /* @perf("name"): str                                  */
	ND_REGISTER,    /* @kregister(n) / @uregister(n): op, num              */
	ND_DEREF,       /* @kderef(size, addr) / @uderef: op, num = size, lhs   */
	ND__COUNT
} NodeKind;

/* Node flags. */
enum {
	NF_PRIVATE   = 1 << 0,  /* private global/function                    */
	NF_EPILOGUE  = 1 << 1,  /* alias defined with +=                      */
	NF_OPTIONAL  = 1 << 2,  /* probe point '?'                            */
	NF_SUFFICIENT= 1 << 3,  /* probe point '!'                            */
	NF_HAS_ARG   = 1 << 4,  /* probe-point component has (arg)            */
	NF_HAS_SIZE  = 1 << 5,  /* global declared with [size]                */
	NF_WRAP      = 1 << 6,  /* global declared with % (wrap-around array) */
	NF_ADDROF    = 1 << 7,  /* &$var / &@cast(...)                        */
	NF_SORT_ASC  = 1 << 8,  /* foreach sort '+'                           */
	NF_SORT_DESC = 1 << 9,  /* foreach sort '-'                           */
};

/*
 * One node type for the whole tree (chibicc style).  Which fields a kind
 * uses is written beside each field.  Lists are linked through `next`.
 * Every node has `tok`, its position for messages.
 */
struct Node {
	NodeKind kind;
	Token *tok;
	Node *next;

	const char *op;   /* ND_UNARY/BINARY/COMPARE/REGEX/LOGICAL/ASSIGN: the
			     operator spelling; ND_PRINT: "print", "printf", ...;
			     ND_STAT/ND_HIST: "@count", "@hist_log", ...;
			     ND_FOREACH: sort aggregate ("@sum" ...) or NULL */
	const char *name; /* ND_SYM/CALL/FUNCTION/PARAM/GLOBAL: the identifier;
			     ND_TARGET: "$foo", "$$parms"; ND_PP_COMP: the
			     component name (may contain '*');
			     ND_COMP_MEMBER: the member; ND_TRY: catch var */
	const char *str;  /* ND_STR: decoded bytes (slen long); ND_EMBED_*,
			     ND_FUNCTION with embedded body: the code text;
			     ND_CAST: type; ND_ATVAR: "name@file"; ND_CONST: name */
	int slen;         /* length of str (it may hold NUL bytes) */
	const char *str2; /* ND_CAST/ND_ATVAR: module (NULL if none);
			     ND_CONST: header (NULL if none) */
	int64_t num;      /* ND_NUM value; ND_GLOBAL array size (NF_HAS_SIZE);
			     ND_FUNCTION overload priority (`: N`, 0 if none) */
	int flags;        /* NF_* */
	Type type;        /* ND_FUNCTION return type; ND_PARAM type */
	int pretty;       /* ND_TARGET/CAST/ATVAR/AUTOCAST: 0, 1 for "$", 2 for
			     "$$" (stap takes any run of '$') */
	int sort_key;     /* ND_FOREACH: 0 no sort, 1..n the key index sorted,
			     -1 the value (sort marker after value or array) */

	Node *lhs;        /* unary/binary/assign/compare operand; ND_INDEX and
			     ND_STAT/HIST: the array/operand; ND_CAST operand;
			     ND_ENTRY/DEFINED/PROBEWRITE operand; ND_RETURN/
			     DELETE/EXPR_STMT expression; ND_FOREACH value var
			     (NULL if none); ND_COMP_INDEX index;
			     ND_PP_COMP arg (ND_NUM or ND_STR); ND_GLOBAL init */
	Node *rhs;        /* binary rhs; ND_IN/ND_FOREACH the array (ND_SYM, or
			     ND_INDEX for a slice) */
	Node *cond;       /* ND_IF/WHILE/FOR/TERNARY condition (ND_FOR: NULL
			     when omitted, i.e. true); ND_PROBE_POINT
			     `if (cond)` (NULL if none) */
	Node *then;       /* ND_IF then; ND_TERNARY then; loop bodies; ND_TRY
			     try-block; ND_PROBE/ALIAS/FUNCTION body (ND_BLOCK,
			     or ND_EMBED_STMT for an embedded function body) */
	Node *els;        /* ND_IF else; ND_TERNARY else; ND_TRY catch-block;
			     ND_ALIAS epilogue block of `probe a = b { } , { }` */
	Node *init, *inc; /* ND_FOR (ND_EXPR_STMT or NULL each) */
	Node *limit;      /* ND_FOREACH limit expression or NULL */
	Node *list;       /* ND_BLOCK statements; ND_CALL/PRINT/HIST args (for
			     HIST/STAT: the ND_NUM parameters after the operand);
			     ND_INDEX/ND_IN indexes; ND_FOREACH keys (ND_SYM);
			     ND_PROBE/ND_ALIAS probe points; ND_PROBE_POINT comps;
			     ND_FUNCTION params; ND_TARGET/CAST/ATVAR comps */
	Node *list2;      /* ND_ALIAS: the alias names (ND_PROBE_POINT list) */

	/* Filled by pass 2 (elaborate.c) on its own copy of each body:       */
	struct Symbol *sym; /* ND_SYM (also as an array base), ND_TARGET
			       never: the variable it names                  */
	struct Func *fn;    /* ND_CALL: the function called                  */
	Type etype;         /* an expression's inferred type                 */
};

/* A parsed file: its top-level items in source order. */
typedef struct {
	SrcFile *src;
	Node *items;      /* ND_PROBE, ND_ALIAS, ND_FUNCTION, ND_GLOBAL,
			     ND_EMBED_TOP, linked through next */
	bool privileged;  /* tapset file or -g: embedded C allowed */
} ParsedFile;

/* Parse one file.  Errors are reported with diag() (stap recovers and goes
 * on to report more); returns NULL if any error was found in this file, or
 * if a user script turned out empty ("Input file 'F' is empty [after
 * preprocessing]." is printed and s->nempty counts it). */
ParsedFile *parse_file(Session *s, SrcFile *f);

/* ------------------------------------------------------------------ */
/* print.c: -p1 output, the canonical form.                            */
/*
 * Prints a ParsedFile so that parsing the output again and printing it
 * gives the same text (round trip).  Binary operators and assignments are
 * fully parenthesised, as in stap's own tree dump, so the output shows the
 * precedence the parser chose.
 */
void print_file(FILE *out, const ParsedFile *pf);
void print_node(Buf *b, const Node *n, int indent);

/* ------------------------------------------------------------------ */
/* elaborate.c, probes.c, print2.c: pass 2.                            */
/*
 * elaborate() turns the parsed files into a Program: every probe point
 * resolved through the table of probe kinds (probes.c) into one Probe per
 * concrete point, aliases expanded into the Probe's own copy of the body,
 * every symbol bound (globals, locals, parameters, functions), and every
 * variable and expression typed (long, string, stats; arrays with their
 * key types) by inference to a fixed point.  Only what the probes reach
 * is kept: functions never called and globals never used are dropped, as
 * stap drops them.  Errors are printed in stap's shape as they are found.
 */
typedef struct Symbol Symbol;
typedef struct Func Func;
typedef struct Probe Probe;
typedef struct ProbeKind ProbeKind;

enum {
	SYM_GLOBAL  = 1 << 0,
	SYM_PARAM   = 1 << 1,
	SYM_READ    = 1 << 2,   /* some reachable code reads it            */
	SYM_WRITTEN = 1 << 3,   /* some reachable code assigns/<<</deletes */
	SYM_USED    = 1 << 4,   /* referenced from reachable code          */
	SYM_ELIDED  = 1 << 5,   /* a global optimise.c dropped             */
};

struct Symbol {
	const char *name;
	Token *tok;         /* the declaration, or a local's first use       */
	Node *decl;         /* ND_GLOBAL or ND_PARAM; NULL for a local       */
	int flags;          /* SYM_*                                         */
	Type type;          /* the value's type (an array's element type)    */
	Token *type_tok;    /* where that type was first inferred            */
	int arity;          /* -1 not known yet, 0 scalar, N keys            */
	Token *arity_tok;   /* where the arity was first inferred            */
	Type *key_type;     /* arity entries                                 */
	Token **key_tok;
	int order;          /* a global: declaration order; a parameter: its
			       position (stap calls it "index N")          */
	int vu;             /* optimise.c: VU_* of the current use scan      */
};

struct Func {
	Node *decl;         /* ND_FUNCTION                                   */
	const char *name;
	Type type;          /* return type                                   */
	Token *type_tok;
	Vec params;         /* Symbol *, in order                            */
	Vec locals;         /* Symbol *, in order of first use               */
	bool reachable;     /* called from some probe, directly or not       */
	Func *overload;     /* the next function of this name and arity: a
			       call tries them in order (stap 4.x overloads) */
	int visit_gen;      /* elaborate.c's walks: visited in this walk     */
	/* embedded-C functions (decl->then is ND_EMBED_STMT, decl->str the
	 * code): the markers stap reads in the code's comments */
	bool embedded;
	int markers;        /* EMB_*                                         */
	bool library;       /* defined in a tapset file                      */
};
enum {
	EMB_PURE           = 1 << 0,    /* no side effects: may be elided   */
	EMB_UNPRIVILEGED   = 1 << 1,    /* callable by stapusr               */
	EMB_MYPROC_UNPRIV  = 1 << 2,    /* ... on the user's own processes   */
	EMB_STABLE         = 1 << 3,    /* same value within one probe run   */
	EMB_GURU           = 1 << 4,    /* needs -g even from a tapset       */
};
/* The EMB_* markers ("/\* pure *\/" ...) in embedded code text. */
int embed_markers(const char *code);

/* One resolved probe: a concrete point of a kind in the table. */
struct Probe {
	const ProbeKind *kind;
	Node *point;        /* the resolved ND_PROBE_POINT, canonical: what
			       -p2 prints (perf adds .sample(N) ...)        */
	Node *input;        /* the point the kind was resolved from (after
			       alias expansion); perf prints it as origin   */
	Node *user;         /* the ND_PROBE as written                       */
	Vec via;            /* ND_ALIAS expanded, innermost first            */
	Token *tok;         /* the user's probe point, for messages          */
	Node *body;         /* ND_BLOCK: this probe's own copy, alias
			       prologues and epilogues merged in             */
	Node *cond;         /* `if (expr)` of the point, or NULL             */
	Vec locals;         /* Symbol *                                      */
	int64_t num[4];     /* kind-specific parameters (probes.c)           */
	const char *str;    /* kind-specific string parameter                */
};

typedef struct {
	Vec globals;        /* Symbol *, used ones, in declaration order     */
	Vec funcs;          /* Func *, reachable ones, sorted by name (stap) */
	Vec probes;         /* Probe *, in resolution order                  */
	Vec embeds;         /* ND_EMBED_TOP nodes                            */
	bool needs_procfs;  /* some probe is procfs: its runtime header      */
} Program;

/* Pass 2.  NULL after any error (already printed, with stap's
 * "Pass 2: analysis failed." left to the caller). */
Program *elaborate(Session *s, Vec *files);
/* -p2 output: stap's "# globals", "# functions", "# probes" listing. */
void print_program(FILE *out, const Program *p);

/* A pass-2 diagnostic in stap's shape (semantic errors chain: "while
 * resolving probe point" then the reason).  `site` names the check: stap
 * prints one error per check (per chain of checks) unless -v, and counts
 * the rest as suppressed.  `tok` may be NULL (no position). */
typedef struct SemErr SemErr;
struct SemErr {
	const char *site;
	const char *msg;
	const Token *tok;
	const Token *tok2;  /* a second position, printed after the first */
	SemErr *chain;
};
SemErr *sem_err(const char *site, const Token *tok, SemErr *chain,
		const char *fmt, ...) __attribute__((format(printf, 4, 5)));
void sem_report(Session *s, SemErr *e);
/* "WARNING: msg: TOKEN at F:L:C" + source; -w silences, -W counts it as
 * an error.  Same text twice prints once. */
void sem_warn(Session *s, const Token *tok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* optimise.c: what stap does to the program before type inference,
 * unless -u: drop dead assignments, side-effect-free statements, unused
 * variables and functions, and probes left empty, with stap's warnings
 * (only those of the first round, as stap).  `funcs` holds the reachable
 * Func *s (entries may be set to NULL when they become unreachable),
 * `globals` every declared global.  Returns false if no probe is left
 * ("no probes found" reported). */
bool optimise(Session *s, Vec *probes, Vec *funcs, Vec *globals);
/* After type inference (unless -u): stap's constant folding (literal
 * arithmetic, comparisons, concatenation, identities, constant
 * conditions of ?:, &&, ||, if and loops), then the rounds above again,
 * silently.  Returns false if no probe is left. */
bool optimise_fold(Session *s, Vec *probes, Vec *funcs, Vec *globals);

/* probes.c: the table of probe kinds, the aliases, and probe-point
 * resolution.  Kinds and aliases share one match tree, as in stap, so a
 * point like `p.*` finds aliases and kinds alike. */
typedef struct ProbeTable ProbeTable;
ProbeTable *probes_new(Session *s);
/* Register a script alias (ND_ALIAS); errors are reported. */
void probes_add_alias(ProbeTable *t, Node *alias);
/* Called when a point matches nothing: load the tapset library's aliases
 * whose first component matches `first` (a pattern; through
 * probes_add_alias) and return true if any new ones came, to try again. */
void probes_set_library(ProbeTable *t, bool (*load)(void *ctx, const char *first), void *ctx);
/* Resolve the points of one ND_PROBE into Probes appended to `out`, each
 * with its own copy of the body (alias prologues/epilogues merged).
 * Returns false after an error (reported). */
bool probes_resolve(ProbeTable *t, Node *probe, Vec *out);
/* " (similar: a, b, c, d, e)": the five of `cands` (char *) nearest to
 * `name` by edit distance, as stap suggests them; "" if none. */
const char *similar_names(const char *name, const Vec *cands);
/* --dump-probe-types: every pattern of the table, sorted. */
void probes_dump_types(FILE *out);
/* A deep copy of an expression or statement tree (not its `next`). */
Node *node_copy(const Node *n);
/* A probe point as stap prints it: comps, args, '?'/'!', and with
 * `cond` its " if (expr)" (globals named __global_NAME, as stap does). */
void pp_print(Buf *b, const Node *pp, bool cond, const Vec *globals);

/* tapset.c: the tapset library, indexed (name -> files, cached under
 * $XDG_CACHE_HOME/stap or ~/.cache/stap) and parsed on demand. */
typedef struct Tapsets Tapsets;
Tapsets *tapsets_open(Session *s);
/* Parse the library files not yet loaded that define a function ('f'),
 * a global ('g') or an alias whose first component matches the pattern
 * `name` ('a'); each ParsedFile is appended to `out` once.  Returns how
 * many were added. */
int tapsets_load(Tapsets *T, char kind, const char *name, Vec *out);
/* Every name of that kind the library defines (char *, for suggestions). */
void tapsets_names(Tapsets *T, char kind, Vec *out);

/* ------------------------------------------------------------------ */
/* translate.c: pass 3; build.c: passes 4 and 5.                       */
/*
 * translate() turns a Program into the source of a module through the
 * session's runtime backend (one table of operations per runtime: the
 * kernel-C one now, BPF later).  NULL after an error (reported).
 */
typedef struct Backend Backend;
const Backend *backend_for(Runtime rt);
char *translate(Session *s, const Program *P);
/* Pass 4: kbuild against s->kernel_build; returns the .ko path (copied to
 * the current directory, as stap does), NULL after an error (reported). */
const char *build_module(Session *s, const char *csrc);
/* Pass 5: run staprun on the module; its exit status. */
int run_module(Session *s, const char *ko);

#endif /* STAP_H */
