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
/* Levenshtein distance, for "similar:" and "alternatives:" suggestions. */
int edit_distance(const char *a, const char *b);
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
	const char *switch_size;    /* -S SIZE[,N], for staprun */
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
	const char *pass3_key;      /* build.c: the translated-program key   */
	char **argv;                /* the command line, for that key        */
	int argc;
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
	NF_PRETTY    = 1 << 10, /* sprintf of a $var$ (dwarf_vars.c): a fault
				   inside reads "ERROR", as stap's try/catch */
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
	int argno;          /* ND_TARGET naming a kernel.trace argument
			       ($prev): its 1-based position in the Probe's
			       tp_args (tp_args.data[argno - 1] is the
			       TpArg); 0 when it names none, -1 when pass
			       2 refused it (error already reported).  Set by pass 2
			       (kernel.c); the value is that argument of the
			       tracepoint's TP_PROTO, as a long.  In a
			       process probe (dwv_bind_probe): a
			       DWARF variable's 1-based position among
			       dw_vars() at the probe address, or an SDT
			       marker's argument number; 0x7fffffff for
			       $return; -1 after an error there          */
	struct BtfRef *btf; /* ND_TARGET/ND_CAST typed through BTF (btf.c):
			       the member/index chain resolved; pass 2   */
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
	SYM_LIBRARY = 1 << 6,   /* a global declared in a tapset file      */
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
	bool entry_carrier; /* the .call probe pass 2 made to save a .return
			       probe's @entry values: not the script's      */
	Vec locals;         /* Symbol *                                      */
	int64_t num[4];     /* kind-specific parameters (probes.c)           */
	const char *str;    /* kind-specific string parameter                */

	/* kernel.function / module().function (kprobes; kernel.c): */
	const char *ksym;   /* the symbol to probe, "vfs_read"; NULL when the
			       probe is not a kprobe                         */
	const char *kmod;   /* module("M"): the module's name as the kernel
			       knows it (kallsyms' [mod], or the .ko file's
			       name with '-' read as '_'), wildcards
			       resolved; NULL for the kernel itself          */
	bool kreturn;       /* .return: a kretprobe                          */
	int kmaxactive;     /* .return.maxactive(N): N, else 0 (default)     */
	bool kprobe;        /* kprobe.*: stap's DWARF-less kind ("name = ..."
			       note in -p2); ksym "" with kaddr for
			       kprobe.statement(ADDR).absolute              */
	uint64_t kaddr;
	/* netfilter.hook("H").pf("PF")[.priority("P")]: num[0] the hook,
	 * num[1] the protocol family, num[2] the priority; tp_args the
	 * hook's $hooknum $skb $in $out $okfn (kernel.c binds them, $verdict
	 * is argno NF_VERDICT_ARG) */
	bool netfilter;
	/* kernel.trace (tracepoints; kernel.c): */
	const char *tp_sys; /* TRACE_SYSTEM, "sched"; NULL when not one      */
	const char *tp_name;/* the event, "sched_switch" (the kernel symbol
			       is __tracepoint_<tp_name>)                    */
	Vec tp_args;        /* TpArg *: TP_PROTO's parameters, in order     */
	/* process(...) probes (uprobes; probes.c with dwarf.c).  upath is
	 * NULL when the probe is not one.  Addresses are link-time (as in
	 * the ELF file); uoffset is what uprobe_register() takes. */
	const char *upath;  /* canonical path of the ELF file probed (the
			       library itself for .library(...))          */
	const char *uexec;  /* the process("PATH") executable, canonical   */
	const char *ubuild_id; /* hex build-id of upath, NULL if none      */
	uint64_t uaddr;     /* the probed address: after the prologue for
			       .function, the entry for .return/.inline,
			       the statement, marker or PLT slot           */
	uint64_t uoffset;   /* uaddr's file offset in upath                */
	bool ureturn;       /* .return: a uretprobe                          */
	int ulife;          /* process[(...)].begin/.end: 'b' or 'e', else 0 */
	long upid;          /* process(PID).begin/.end: the PID, else 0      */
	bool utarget;       /* `process` without a path (-c/-x's program):
			       only the target process fires it; with a
			       path every process of the binary does, as
			       stap 4.8 (its -c does not filter those)     */
	const char *unote;  /* -p2 comment: "pc=.dynamic+0x1158"           */
	Node *ulist;        /* what -l lists when not the point: a marker or
			       PLT slot by name, .library() as written    */
	struct DwFile *udw; /* the open ELF/DWARF, for $var resolution     */
	struct DwFunc *ufunc; /* the function (or inline instance) around
			       uaddr, NULL if none is known                */
	/* .mark(...): the SDT marker */
	const char *sdt_provider, *sdt_name;
	const char *sdt_args; /* "-4@%edi 8@%rsi": one spec per argument   */
	int sdt_nargs;
	uint64_t sdt_sema;  /* semaphore address (link-time), 0 when none  */
	uint64_t sdt_sema_off; /* its file offset, 0 when none             */
};

/* One parameter of a tracepoint's TP_PROTO: "struct task_struct *prev"
 * is {"prev", "struct task_struct*"}.  ctype is the C type as written
 * in the header, whitespace collapsed, no space before a '*' ("char
 * const* const" keeps the one before a qualifier), sparse's __user,
 * __percpu, __iomem, __rcu marks dropped; a function pointer is
 * "void (*) (int)".  Pass 2 reads any scalar or pointer as a long; a
 * by-value struct/union or a floating type it refuses. */
typedef struct TpArg {
	const char *name;
	const char *ctype;
} TpArg;

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
/* -L: " name:type" for each variable a probe has: the tracepoint
 * arguments its body reads (__tracepoint_arg_NAME), its locals (an
 * alias's), then every tracepoint argument as " $NAME:ctype". */
void print_probe_vars(Buf *b, const Probe *p);

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
/* -l / -L: the concrete points a user's ND_PROBE matches, sorted and
 * unique, as ListEntry *.  An alias is listed by its name (point set,
 * probe NULL), a kind by each point it resolves to (probe set). */
typedef struct ListEntry {
	const char *text;   /* the point as stap lists it                    */
	Node *point;        /* the concrete ND_PROBE_POINT                   */
	Probe *probe;       /* a kind's resolved probe, NULL for an alias    */
} ListEntry;
void probes_list(ProbeTable *t, Node *probe, Vec *out);
/* --dump-probe-types: every pattern of the table, sorted. */
void probes_dump_types(FILE *out, const char *privilege);
/* A deep copy of an expression or statement tree (not its `next`). */
Node *node_copy(const Node *n);
/* An ND_IF/ND_TERNARY whose condition (bound already) is a constant, as
 * @defined() folds: replaced in place by its live branch (an empty block
 * for a missing else), so the dead one is never bound; true if so.  As
 * stap's folding, which drops a dead branch before its unresolved target
 * variables are reported (elaborate.c). */
bool node_take_live_branch(Node *n);
/* Is C `@defined(...)` or `!@defined(...)` (before binding folds it)?
 * Only such branches are taken early: a dead `if (0) f()` still has its
 * names resolved, as in stap. */
bool node_defined_test(const Node *c);
/* Is MOD, a @cast's module, the kernel: "kernel" or "kernel<h.h>" (stap
 * compiles the headers to learn the kernel's types; its BTF has them all)? */
bool cast_module_is_kernel(const char *mod);
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

/* astcache.c: parsed tapset files cached as a compact binary AST under
 * $XDG_CACHE_HOME/stap/ast (~/.cache/stap/ast), keyed by the file's bytes,
 * the preprocessor's inputs and this binary.  Every parse-time field of
 * Token and Node is serialised there: a new one must be added to it. */
typedef struct AstCache AstCache;
/* NULL when caching is off (--disable-cache) or there is no cache dir;
 * --poison-cache writes entries but never reads them. */
AstCache *astcache_open(Session *s);
/* The tree of `src` (its text is the key) from the cache, or NULL (a miss,
 * or a corrupt entry, which the next store replaces).  *entry gets the
 * cache file's path. */
ParsedFile *astcache_load(AstCache *C, SrcFile *src, const char **entry);
void astcache_store(AstCache *C, SrcFile *src, const ParsedFile *pf);
/* The serialisation itself (for the round-trip check): false if the tree
 * holds something that cannot be cached (pass-2 state). */
bool astcache_encode(const ParsedFile *pf, uint64_t key, Buf *out);
/* NULL if `buf` is not a whole, intact entry for `key`. */
ParsedFile *astcache_decode(const char *buf, size_t len, uint64_t key, SrcFile *src);
/* Encode, decode and encode again; fatal unless both encodings are the
 * same bytes.  The decoded tree (STAP_ASTCACHE_ROUNDTRIP=1 in pass 1). */
ParsedFile *astcache_roundtrip(ParsedFile *pf);

/* ------------------------------------------------------------------ */
/* regex.c: `=~` patterns (stap's ERE dialect) to a Pike-VM program    */
/* that core/runtime/stp_regex.c runs.                                 */
typedef enum { RX_CHAR, RX_SET, RX_SPLIT, RX_JMP, RX_SAVE, RX_BOL, RX_EOL, RX_MATCH } RxOp;
typedef struct { RxOp op; int x, y; } RxInsn;  /* SPLIT: x preferred */
#define RX_MAX_INSNS 4096     /* per pattern: bounds the runtime scratch */
#define RX_MAX_CELLS 65536    /* instructions * capture slots */
typedef struct Regex {
	const char *pattern;
	RxInsn *code;
	int n;
	unsigned char *sets;  /* nsets bitmaps of 32 bytes */
	int nsets;
	int ngroups;          /* with group 0, the whole match */
} Regex;
/* NULL with *msg (stap's wording) and *errpos (offset in the pattern,
 * -1 when stap gives none). */
Regex *regex_compile(const char *pat, int len, const char **msg, int *errpos);
/* Static C data `name` (struct stp_regex) for the generated module. */
void regex_emit_c(Buf *b, const Regex *r, const char *name);

/* ------------------------------------------------------------------ */
/* dwarf.c: user-space ELF files and their DWARF (elfutils libdw).     */
/*
 * A binary is opened and indexed once per run (functions by name in a
 * hash table, inline instances, the symbol table's functions, SDT
 * markers on first use); probe points are then hash lookups, never a
 * walk over the compile units.  Addresses are link-time addresses
 * (what the ELF file says); dw_file_offset() gives the file offset a
 * uprobe is registered at.
 */
typedef struct DwFile DwFile;
typedef struct DwFunc DwFunc;
struct DwFunc {
	const char *name;
	const char *file;   /* decl file as stap prints it ("/tmp/x.c");
			       NULL for a symbol-table function          */
	int line;           /* decl line, 0 if unknown                   */
	uint64_t entry;     /* entry pc                                  */
	uint64_t high;      /* end of the function (exclusive)           */
	uint64_t prologue;  /* use dw_prologue(): computed on demand     */
	bool inlined;       /* an inline instance (.inline)              */
	bool symtab;        /* from .symtab/.dynsym (or .plt): no DWARF  */
	uint64_t die_off;   /* its DIE (subprogram or inline instance)   */
	uint64_t cu_off;    /* its CU's DIE                              */
	int cu_idx;         /* its CU's number, in file order            */
	const char *cu_name;/* the CU's DW_AT_name ("x.c")               */
};
/* A variable visible at a probe address: stap's -L shows $name:type. */
typedef struct {
	const char *name;
	const char *type;   /* "int", "char const*", "struct pt*"        */
	bool param;
	uint64_t die_off;
	const char *aggregate;   /* a struct/union value: "/tmp/x.c:4" where
				    its type is declared; NULL otherwise     */
	const char *first_member;/* ... and its first member by name, or NULL */
	const char *agg_type;    /* ... and its type ("struct pt")          */
	int kind;           /* 0 a variable; 'r' the return value (die_off:
			       the function); 'c' a @cast type (die_off: the
			       type; cbase the address, C text at pass 3) */
	const char *cbase;
	int scope;          /* 0: the function's own; N: the Nth lexical
			       block in around the address (-L's order) */
} DwVar;
/* An SDT marker from .note.stapsdt. */
typedef struct {
	const char *provider, *name;
	uint64_t pc;        /* link-time address (prelink-adjusted)      */
	uint64_t sema;      /* semaphore address, 0 when none            */
	const char *args;   /* "-4@%edi 8@%rsi"                          */
	int nargs;
} DwMark;

/* $PATH lookup as stap does it; canonical path, NULL if not found. */
const char *dw_find_exec(const char *name);
/* Open (once; cached by path) and index an ELF executable or shared
 * library.  NULL with *err set when it is not one. */
DwFile *dw_open(const char *path, const char **err);
/* Every file dw_open() read so far (and their separate debuginfo), for
 * the translated-program cache key (build.c): char * paths. */
void dw_opened_files(Vec *out);
const char *dw_path(const DwFile *f);
bool dw_has_dwarf(const DwFile *f);
const char *dw_build_id(const DwFile *f);     /* hex, or NULL        */
bool dw_is_shared(const DwFile *f);           /* ET_DYN              */
/* stap's -p2 "pc=" note: ".dynamic+0x1158" / ".absolute+0x1181". */
const char *dw_pc_note(const DwFile *f, uint64_t addr);
uint64_t dw_file_offset(const DwFile *f, uint64_t addr);
DwFunc *dw_lookup(const DwFile *f, const char *name);  /* a DWARF one */
DwFunc *dw_func_at(DwFile *f, uint64_t addr);   /* out-of-line, or NULL */
/* Functions matching "name[@file[:line]]" (wildcards allowed): DWARF
 * ones in stap's order, then symbol-table ones (only without @file).
 * want: 'f' all, 'c' no inline instances, 'i' only inline instances. */
int dw_functions(DwFile *f, const char *pattern, int want, Vec *out);
void dw_function_names(const DwFile *f, Vec *out);       /* char * */
void dw_split_pattern(const char *pat, const char **name, const char **file, int *line);
bool dw_file_matches(const char *pat, const char *file);
uint64_t dw_prologue(DwFile *f, DwFunc *fn);  /* .function's address */
/* Statement addresses (uint64_t *) of `line` inside fn. */
int dw_statements(DwFile *f, DwFunc *fn, int line, Vec *out);
/* Parameters then locals of fn visible at pc (DwVar *). */
int dw_vars(DwFile *f, const DwFunc *fn, uint64_t pc, Vec *out);
/* Does fn return a value ($return in a .return probe)? */
bool dw_returns_value(DwFile *f, const DwFunc *fn);
/* Has v a location at pc (or a constant value)? */
bool dw_var_accessible(DwFile *f, const DwVar *v, uint64_t pc);
/* stap's "unable to find local 'x', ... (alternatives: $a, $b)". */
const char *dw_missing_local(DwFile *f, const DwFunc *fn, uint64_t pc, const char *name);
int dw_marks(DwFile *f, const char *provider, const char *name, Vec *out);
void dw_mark_names(DwFile *f, Vec *out);                 /* char * */
/* .plt slots of functions matching pattern (DwFunc *, symtab). */
int dw_plt(DwFile *f, const char *pattern, Vec *out);
/* A DT_NEEDED library matching pat, as the loader finds it. */
const char *dw_find_library(DwFile *f, const char *pat);
/* The needed libraries as found (char *), then the interpreter. */
void dw_library_paths(DwFile *f, Vec *out);
/* A variable's location at pc, flattened for pass 3 (translate_dwarf.c):
 * ops are DW_OP_* codes, with registers as DW_OP_bregx (register in a)
 * followed by DW_OP_plus_uconst (offset), DW_OP_regx for a value held
 * in a register (in_reg, the only op), DW_OP_addr with a link-time
 * address (pass 3 adds the load bias), constants as DW_OP_consts,
 * DW_OP_deref as DW_OP_deref_size 8; fbreg and call_frame_cfa are
 * already expanded.  is_value: the result is the value
 * (DW_OP_stack_value, a constant), else its address.  size/sign: the
 * scalar type read.  err: why it cannot be read (the rest unset). */
typedef struct { int op; int64_t a; const char *c; } DwLocOp;
enum { DWL_CEXPR = 0x1000 };  /* push the C text c (a [expr] index, a
				 @cast base): pass 3 only                */
typedef struct {
	Vec ops;            /* DwLocOp * */
	bool in_reg, is_value, sign;
	int size;
	int bit_size, bit_shift, bit_bytes;  /* a bitfield: bit_size bits at
				  bit_shift of the `size`-byte read       */
	bool optimized;     /* err: no location at pc (optimised out)    */
	Vec pieces;         /* DwLoc *: a value in DW_OP_piece parts, each
			       with its bytes in `size` (no ops: absent) */
	const char *err;
	int err_member;     /* dw_var_loc_path: the 1-based step the
			       error is about, 0 for the variable       */
} DwLoc;
DwLoc *dw_var_loc(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc);
/* One step after a variable: ->member (through pointers and struct
 * values alike, as stap's ->) or [index] (a constant, on an array or a
 * pointer). */
typedef struct { const char *member; int64_t index; const char *dyn; } DwStep;
		/* member NULL: [index], or [expr] with dyn its C text (pass 3;
		   "0" at pass 2, where only the types are checked)      */
/* The steps of an ND_TARGET's comps (DwStep *); false when one is not
 * a member or a constant index. */
bool dw_steps(const Node *comps, Vec *out);
/* The location through `steps`, ending at a scalar; with addr_of, the
 * address of that place instead (&$var->a). */
DwLoc *dw_var_loc_path(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc,
		       const Vec *steps, bool addr_of);
/* Statement lines and callees (process probes). */
typedef struct { int line; uint64_t addr; } DwLine;
int dw_file_lines(DwFile *f, const DwFunc *fn, Vec *out);        /* DwLine * */
int dw_line_at(DwFile *f, const DwFunc *fn, uint64_t addr, uint64_t *at);
bool dw_has_pc(DwFile *f, const DwFunc *fn, uint64_t addr);
typedef struct { DwFunc *fn; const DwFunc *caller; } DwCallee;
int dw_callees(DwFile *f, const DwFunc *fn, const char *pat, int depth, Vec *out,
	       bool *gnu_site);
/* A data object's link-time address from the symbol table. */
bool dw_data_symbol(DwFile *f, const char *name, uint64_t *addr);
/* fn's return type as a scalar: false for void, aggregates, floats. */
bool dw_return_scalar(DwFile *f, const DwFunc *fn, int *size, bool *sign);
/* $return as a variable ('r'), NULL when fn returns nothing. */
DwVar *dw_return_var(DwFile *f, const DwFunc *fn);
/* $var$ / $var$$: stap's sprintf format for what steps reach, and its
 * arguments (DwPrettyArg *: more steps after `steps`, str for a
 * user_string_quoted() of the value); NULL with *err. */
typedef struct { Vec steps; bool str; } DwPrettyArg;
const char *dw_pretty(DwFile *f, const DwFunc *fn, const DwVar *v, uint64_t pc, const Vec *steps,
		      bool full, Vec *args, const char **err);
/* @var("name@file"): a global or file-static variable with a location. */
DwVar *dw_global(DwFile *f, const char *name, const char *file);
/* @cast(p, "struct x"): the named type ('c'), NULL when unknown. */
DwVar *dw_cast_type(DwFile *f, const char *type);
/* Pass 2, a process probe's body (dwarf_vars.c): $var / $argN / $$name
 * resolved from its DWARF scope or SDT marker (n->argno set, see Node),
 * $var$, @entry, @var, @cast(..., "PATH"), @defined; errors reported as
 * stap words them.  A .return probe that reads values at entry adds
 * its .call probe to `probes` and the globals that carry them
 * (ND_GLOBAL) to `globals`.  Nothing for other probes. */
void dwv_bind_probe(Session *s, Probe *p, Vec *globals, Vec *probes);
/* ... and @entry(e) of a kernel .return probe (kretprobes): the same
 * carriers, its .call probe a kprobe on the same symbol. */
void dwv_bind_kentry(Session *s, Probe *p, Vec *globals, Vec *probes);
/* Pass 2, a script function's body: its @cast(p, "type", "PATH") nodes
 * (and @defined of them) bound to PATH's DWARF types. */
void dwv_bind_func(Session *s, Node *body);
/* ... and in the copy of a function made for process probe p, the
 * casts that name no module bind to p's file. */
void dwv_bind_func_probe(Session *s, Probe *p, Node *body);
/* Pass 3: the DwVar (and its file) a bound ND_TARGET reads, or NULL. */
const DwVar *dwv_ref(const Node *n, DwFile **f);

/* kernel.c: the target kernel's probe points, without debuginfo.
 * Functions come from its symbol map (<build>/System.map,
 * /boot/System.map-REL, /lib/modules/REL/System.map, /proc/kallsyms for
 * the running kernel; module functions from kallsyms [mod] lines or the
 * .ko's .symtab), tracepoints from its trace headers (cached). */
typedef struct KFunc {
	const char *mod;    /* NULL for the kernel                           */
	const char *name;
} KFunc;
typedef struct KTrace {
	const char *sys, *name;
	Vec args;           /* TpArg *, TP_PROTO order                       */
} KTrace;
/* The kprobe-able text symbols matching `pattern` (fnmatch) of the kernel
 * (mod NULL) or of the modules matching `mod`, appended as KFunc *,
 * sorted; `ret` also applies stap's return-probe blacklist.  An error
 * when there is no symbol map (none for modules: no match instead). */
SemErr *kernel_functions(Session *s, const char *mod, const char *pattern, bool ret,
			 Vec *out);
/* Every kernel text name of the map matching `pattern`, unfiltered (as
 * stap's kprobe.function), appended as KFunc *, sorted. */
SemErr *kernel_text_symbols(Session *s, const char *pattern, Vec *out);
/* The tracepoints matching "SYS:EVENT" or "EVENT" (wildcards in both),
 * appended as KTrace *, sorted by system and name. */
SemErr *kernel_traces(Session *s, const char *pattern, Vec *out);
/* stap's "missing ARCH kernel/module debuginfo [man warning::debuginfo]
 * under 'BUILD'": what needs DWARF says this. */
const char *kernel_debuginfo_msg(Session *s);
void kernel_list_params(Session *s, Probe *p); /* -L: $params from BTF */
/* Pass 2, before a probe's body is bound: resolve the target variables
 * of a kernel.trace probe ($arg -> Node.argno, $$parms/$$vars -> a
 * sprintf, $$name/$$system -> strings, @defined) and refuse those of a
 * kernel.function probe (no debuginfo).  Errors are reported; a refused
 * ND_TARGET gets argno -1.  Other probes are left alone. */
void kernel_bind_probe(Session *s, Probe *p);

/* btf.c: kernel types from the target kernel's BTF (no debuginfo):
 * /sys/kernel/btf/vmlinux for the running kernel, else the .BTF section
 * of an ELF vmlinux (<build>/vmlinux, <build>/vmlinux.btf (ELF or raw BTF),
 * /usr/lib/debug/boot/vmlinux-REL,
 * /boot/vmlinux-REL, /lib/modules/REL/build/vmlinux).  Type ids are
 * BTF's (0 is void). */
typedef struct Btf Btf;
typedef struct {
	const char *name;
	uint32_t type;      /* unresolved */
	uint32_t bit_offset;
	uint32_t bits;      /* bitfield size, 0 when not a bitfield */
} BtfMember;
Btf *btf_load(Session *s);          /* once per run; NULL when none */
const char *btf_source(const Btf *b);
uint32_t btf_find(const Btf *b, const char *name); /* "struct x", "x" */
uint32_t btf_resolve(const Btf *b, uint32_t id);   /* past typedefs, cv */
int btf_kind(const Btf *b, uint32_t id);
/* 'i' integer/enum, 'p' pointer, 'a' array, 's' struct/union, 'f' fwd */
bool btf_is(const Btf *b, uint32_t id, char what);
const char *btf_name(const Btf *b, uint32_t id);
const char *btf_type_str(const Btf *b, uint32_t id);  /* "struct x*" */
int64_t btf_size(const Btf *b, uint32_t id);
uint32_t btf_target(const Btf *b, uint32_t id, int64_t *nelems);
void btf_int(const Btf *b, uint32_t id, int *bytes, bool *sign, bool *is_char);
bool btf_member(const Btf *b, uint32_t id, const char *name, BtfMember *m);
void btf_member_names(const Btf *b, uint32_t id, Vec *out);
/* A target expression through BTF types, for pass 3 (translate_btf.c):
 * from a base value (a tracepoint argument, @cast's operand), steps on
 * an address, then the final read.  Set on ND_TARGET / ND_CAST by
 * btf_bind_*() as Node.btf; n->etype is its type. */
typedef struct {
	char op;            /* '+' addr += off; 'd' addr = *(u64 *)addr;
			       'i' addr += index * off                       */
	int64_t off;
	Node *index;        /* 'i': the index expression                     */
} BtfStep;
typedef struct BtfRef {
	Vec steps;          /* BtfStep *                                     */
	char fin;           /* 'i' an integer at addr, 'a' addr itself (&,
			       or an array: stap gives its address)          */
	int size;
	bool sign;
	int bit_off, bits;  /* a bitfield: bit offset within `size` bytes   */
} BtfRef;
/* Pass 2: bind n (an ND_TARGET naming tracepoint argument of C type
 * `ctype`, or an ND_CAST) with its comps through BTF.  False after an
 * error (reported); n->btf set on success. */
bool btf_bind_target(Session *s, Node *n, const char *ctype);
bool btf_bind_cast(Session *s, Node *n);
/* $arg$ / $arg->m$$: a sprintf of the structure's members, as stap
 * formats it (nested ones "{...}" below the '$' depth, 32 values at most);
 * its value arguments are BTF-bound ND_TARGETs (argno left 0).  NULL
 * after an error (reported). */
Node *btf_pretty(Session *s, Node *n, const char *ctype);
/* @defined($arg->a->b): does the chain resolve (nothing reported)? */
bool btf_defined(Session *s, const Node *n, const char *ctype);
/* @defined(@cast(p, "T", "kernel")->m...): does it resolve (quietly)? */
bool btf_cast_defined(Session *s, const Node *n);
/* A kernel function's BTF prototype: params (TpArg *, "struct file*"
 * types) and return type; false when BTF has no such function. */
bool btf_func_proto(Session *s, const char *fn, Vec *params, const char **ret);
/* Does CTYPE fit a register as an integer/enum/pointer (size, sign)? */
bool btf_ctype_scalar(Session *s, const char *ctype, int *bytes, bool *sign);
/* A kernel.function $param's ->member/[i] chain (&$p->m allowed), and
 * its @defined (quiet). */
bool btf_bind_param(Session *s, Node *n, const char *ctype);
bool btf_param_defined(Session *s, const Node *n, const char *ctype);
/* Pass 3: the C of a kernel.function $param (argno 1..6) or $return
 * (KARG_RETURN) register, cast to its type (translate_probes.c). */
enum { KARG_RETURN = 7 };
enum { NF_VERDICT_ARG = 6 };    /* netfilter's $verdict: c->tp_args[5] points at it */
const char *tprobe_kreg(Session *s, const Probe *p, const Node *n);
/* Pass 3 (translate_btf.c): the C of a BTF-bound node (a long), given
 * the C of its base value; `ex` translates an index expression. */
const char *tbtf_expr(Session *s, const Node *n, const char *base,
		      const char *(*ex)(void *g, Node *e), void *g);

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
/* usyms.c: -d/--ldd/process() objects' symbol and unwind tables, emitted
 * after the runtime include when the program uses the ucontext tapsets;
 * adds their init/free calls to `init`/`fr`. */
void usyms_emit(Session *s, const Program *P, Buf *out, Buf *init, Buf *fr);
/* The files usyms_emit() read (objects and their separate debuginfo). */
void usyms_files(Vec *out);
/* A pass-3 "semantic error:" at tok (translate_probes.c). */
void tr_error(Session *s, const Token *tok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* A C string literal for n bytes (octal escapes, no trigraphs). */
const char *c_string_lit(const char *s, int n);
/* translate_probes.c: pass 3's per-kind part.  tprobe_row() writes the
 * runtime probe-table fields of `p` (".kind = STP_PROBE_..., ...") to
 * `row`; false after an error (reported).  tprobe_target() is the C
 * expression of a target variable the kind provides (procfs $value,
 * tracepoint $NAME), tprobe_target_store() the C statement storing `v`
 * into it with `op` ("=", ".="); NULL after an error (reported). */
bool tprobe_row(Session *s, const Program *P, const Probe *p, Buf *row);
const char *tprobe_target(Session *s, const Probe *p, const Node *n);
const char *tprobe_target_store(Session *s, const Probe *p, const Node *n, const char *op,
				const char *v);
/* translate_dwarf.c: the C of a process probe's target variable (n->argno
 * set by dwv_bind_probe: a DWARF variable, $return, an SDT $argN);
 * NULL after an error (reported) or when pass 2 refused it. */
const char *tdwarf_target(Session *s, const Probe *p, const Node *n);
/* $var = v (guru): the C statement storing v into the target's memory. */
const char *tdwarf_target_store(Session *s, const Probe *p, const Node *n, const char *op,
				const char *v);
/* Pass 4: kbuild against s->kernel_build; returns the .ko path (copied to
 * the current directory, as stap does), NULL after an error (reported). */
const char *build_module(Session *s, const char *csrc);
/* Before pass 3: the cached module of an unchanged resolved program
 * (stap's "Pass 3: using cached"), with its C in *csrc_path; else NULL. */
const char *cache_translated(Session *s, const Program *P, const char **csrc_path);
/* Pass 5: run staprun on the module; its exit status. */
int run_module(Session *s, const char *ko);

#endif /* STAP_H */
