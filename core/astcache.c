/* astcache.c - parsed tapset files, cached as a compact binary AST.
 *
 * A warm `stap -p2` should not lex, preprocess or parse any library file.
 * tapset.c asks astcache_load() for a file before parsing it and hands
 * each clean parse to astcache_store().  An entry lives in
 * $XDG_CACHE_HOME/stap/ast/KEY.ast (~/.cache/stap/ast), where KEY hashes
 * the file's bytes with everything else the parse depends on: the
 * preprocessor's inputs (kernel release and version, arch, .config,
 * runtime, privilege, guru mode, --compatible, script arguments, the .stpm
 * macro files) and this binary itself (its size and mtime), so a rebuilt
 * translator never reads an older one's trees.  The path is not in the key:
 * the file's own tokens point at whatever SrcFile the caller has.
 *
 * Layout (integers are LEB128 varints unless said otherwise):
 *
 *   header   "STPAST\0\1" | u32 version | u32 0 | u64 payload length |
 *            u64 payload checksum | u64 key            (little-endian)
 *   strings  count, then each: length, bytes, NUL
 *   files    count, then each: name (string index), is_tapset
 *            (file 0 is the file itself; others are where macro bodies
 *            came from, .stpm files, read again on demand for messages)
 *   tokens   count, then each: kind | mask << 3, the fields the mask
 *            names (str, len when not the string's, num, file when not
 *            the file itself, chain, raw, junk_msg), line - previous line, col
 *   nodes    count, then each: kind, a mask of the fields that are not
 *            zero, then those fields in struct order; a pointer to a node
 *            is its index + 1 (0 is NULL)
 *   tail     privileged, index of the first item
 *
 * Nodes and tokens are numbered in preorder of first reach, so a reader
 * fills preallocated arrays in one linear pass, and forward references
 * are plain indexes.  Strings point into the file's buffer (each keeps its
 * NUL), so nothing is copied.  Every index and length is checked: a
 * corrupt or truncated file is a miss (the caller reparses and rewrites
 * it), never a crash.
 *
 * The folder is kept bounded (every new binary or tapset edit makes new
 * keys, and the old entries would stay forever): a hit refreshes its
 * entry's mtime when that is more than a day old, so mtime says when an
 * entry was last used; and a store (a cold parse: rare) prunes at most
 * once a day, as a ".pruned" stamp file's mtime records: entries unused
 * for AST_MAX_AGE days go, then the oldest until the folder is under 3/4
 * of AST_MAX_BYTES if it was over it.  A warm run never scans the folder.
 */
#include "stap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define AST_MAGIC "STPAST\0\1"
#define AST_VERSION 2u
#define HDR_LEN 40

/* the bound on the folder (see the top of the file) */
#define AST_DAY (24 * 60 * 60)
#define AST_MAX_AGE 30                  /* days unused                  */
#define AST_MAX_BYTES (64LL << 20)      /* all entries together         */
#define AST_STAMP ".pruned"

/* ---- hashing: 8 bytes at a time (a cache check must cost little) ---- */

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 33);
}

static uint64_t hash_bytes(const void *data, size_t n, uint64_t seed)
{
	const unsigned char *p = data;
	uint64_t h = seed ^ (n * 0x9e3779b97f4a7c15ULL);
	for (; n >= 8; p += 8, n -= 8) {
		uint64_t w;
		memcpy(&w, p, 8);
		h = (h ^ mix(w)) * 0x9e3779b97f4a7c15ULL;
	}
	uint64_t w = 0;
	memcpy(&w, p, n);
	return mix(h ^ w ^ 0x2545f4914f6cdd1dULL);
}

/* ---- pointer and string maps for the writer ---- */

typedef struct {
	const void **keys;
	const char **strs;  /* string map: bytes; keys unused */
	int *lens;
	int *vals;
	unsigned cap, n;
} Map;

static void map_init(Map *m, unsigned cap, bool strings)
{
	m->cap = cap;
	m->n = 0;
	m->vals = xalloc(cap * sizeof(int));
	if (strings) {
		m->strs = xalloc(cap * sizeof(char *));
		m->lens = xalloc(cap * sizeof(int));
	} else {
		m->keys = xalloc(cap * sizeof(void *));
	}
}

static unsigned ptr_slot(const Map *m, const void *p)
{
	unsigned i = (unsigned)mix((uintptr_t)p) & (m->cap - 1);
	while (m->keys[i] && m->keys[i] != p)
		i = (i + 1) & (m->cap - 1);
	return i;
}

static unsigned str_slot(const Map *m, const char *s, int n)
{
	unsigned i = (unsigned)hash_bytes(s, n, 7) & (m->cap - 1);
	while (m->strs[i] && (m->lens[i] != n || memcmp(m->strs[i], s, n)))
		i = (i + 1) & (m->cap - 1);
	return i;
}

static void map_grow(Map *m)
{
	Map old = *m;
	map_init(m, old.cap * 2, old.strs != NULL);
	for (unsigned i = 0; i < old.cap; i++) {
		unsigned j;
		if (old.strs && old.strs[i]) {
			j = str_slot(m, old.strs[i], old.lens[i]);
			m->strs[j] = old.strs[i], m->lens[j] = old.lens[i];
		} else if (!old.strs && old.keys[i]) {
			j = ptr_slot(m, old.keys[i]);
			m->keys[j] = old.keys[i];
		} else {
			continue;
		}
		m->vals[j] = old.vals[i];
		m->n++;
	}
}

/* ---- the writer ---- */

typedef struct {
	Map nodes, toks, strs, files;
	Vec node_list, tok_list, str_list, file_list;  /* in index order */
	Vec str_lens;       /* (intptr_t) */
	const ParsedFile *pf;
	bool bad;           /* something we cannot represent: do not cache */
	int prev_line;      /* the previous token's line */
} Writer;

static void put_uv(Buf *b, uint64_t v)
{
	while (v >= 0x80) {
		buf_putc(b, (int)(v & 0x7f) | 0x80);
		v >>= 7;
	}
	buf_putc(b, (int)v);
}

static void put_u64le(char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (char)(v >> (8 * i));
}

/* Index + 1 of a string (0 for NULL), interned by content. */
static int intern_str(Writer *W, const char *s, int n)
{
	if (!s)
		return 0;
	if (n < 0)
		n = (int)strlen(s);
	if (2 * (W->strs.n + 1) > W->strs.cap)
		map_grow(&W->strs);
	unsigned i = str_slot(&W->strs, s, n);
	if (!W->strs.strs[i]) {
		W->strs.strs[i] = s, W->strs.lens[i] = n;
		W->strs.vals[i] = ++W->strs.n;
		vec_push(&W->str_list, (void *)s);
		vec_push(&W->str_lens, (void *)(intptr_t)n);
	}
	return W->strs.vals[i];
}

/* Index + 1 of a pointer in `m`, adding it to `list` when new. */
static int intern_ptr(Map *m, Vec *list, const void *p, bool *added)
{
	*added = false;
	if (!p)
		return 0;
	if (2 * (m->n + 1) > m->cap)
		map_grow(m);
	unsigned i = ptr_slot(m, p);
	if (!m->keys[i]) {
		m->keys[i] = p;
		m->vals[i] = ++m->n;
		vec_push(list, (void *)p);
		*added = true;
	}
	return m->vals[i];
}

static int file_index(Writer *W, const SrcFile *f)
{
	bool added;
	return intern_ptr(&W->files, &W->file_list, f, &added);
}

/* A token and the macro invocations it came through. */
static int tok_index(Writer *W, const Token *t)
{
	bool added;
	int idx = intern_ptr(&W->toks, &W->tok_list, t, &added);
	while (added && t->chain) {
		t = t->chain;
		intern_ptr(&W->toks, &W->tok_list, t, &added);
	}
	return idx;
}

/* Number every node in preorder (node, then lhs ... list2, then next),
 * with an explicit stack: a long item or statement list is no recursion. */
static void number_nodes(Writer *W, Node *root)
{
	Vec stack = {0};
	vec_push(&stack, root);
	while (stack.len) {
		Node *n = stack.data[--stack.len];
		bool added;
		if (!n)
			continue;
		intern_ptr(&W->nodes, &W->node_list, n, &added);
		if (!added)
			continue;
		Node *kids[] = { n->next, n->list2, n->list, n->limit, n->inc, n->init,
				 n->els, n->then, n->cond, n->rhs, n->lhs };
		for (size_t k = 0; k < sizeof kids / sizeof *kids; k++)
			vec_push(&stack, kids[k]);
	}
}

static int node_ref(Writer *W, const Node *n)
{
	bool added;
	int idx = intern_ptr(&W->nodes, &W->node_list, n, &added);
	if (added)
		W->bad = true;  /* every node was numbered first */
	return idx;
}

/* The fields, in struct order; bit i of the mask says field i is set. */
enum { F_TOK, F_OP, F_NAME, F_STR, F_SLEN, F_STR2, F_NUM, F_FLAGS, F_TYPE,
       F_PRETTY, F_SORT, F_LHS, F_RHS, F_COND, F_THEN, F_ELS, F_INIT, F_INC,
       F_LIMIT, F_LIST, F_LIST2, F_NEXT, F__COUNT };

static uint64_t zigzag(int64_t v)
{
	return ((uint64_t)v << 1) ^ (uint64_t)(v >> 63);
}

static int64_t unzigzag(uint64_t v)
{
	return (int64_t)(v >> 1) ^ -(int64_t)(v & 1);
}

static void put_node(Writer *W, Buf *b, const Node *n)
{
	if (n->sym || n->fn || n->etype || n->argno)
		W->bad = true;  /* pass-2 state: not a parser's tree */
	bool is_str = n->kind == ND_STR || n->slen;
	uint64_t v[F__COUNT] = {
		[F_TOK] = (uint64_t)tok_index(W, n->tok),
		[F_OP] = (uint64_t)intern_str(W, n->op, -1),
		[F_NAME] = (uint64_t)intern_str(W, n->name, -1),
		[F_STR] = (uint64_t)intern_str(W, n->str, is_str ? n->slen : -1),
		[F_SLEN] = (uint64_t)(unsigned)n->slen,
		[F_STR2] = (uint64_t)intern_str(W, n->str2, -1),
		[F_NUM] = zigzag(n->num),
		[F_FLAGS] = (uint64_t)(unsigned)n->flags,
		[F_TYPE] = (uint64_t)n->type,
		[F_PRETTY] = zigzag(n->pretty),
		[F_SORT] = zigzag(n->sort_key),
		[F_LHS] = (uint64_t)node_ref(W, n->lhs),
		[F_RHS] = (uint64_t)node_ref(W, n->rhs),
		[F_COND] = (uint64_t)node_ref(W, n->cond),
		[F_THEN] = (uint64_t)node_ref(W, n->then),
		[F_ELS] = (uint64_t)node_ref(W, n->els),
		[F_INIT] = (uint64_t)node_ref(W, n->init),
		[F_INC] = (uint64_t)node_ref(W, n->inc),
		[F_LIMIT] = (uint64_t)node_ref(W, n->limit),
		[F_LIST] = (uint64_t)node_ref(W, n->list),
		[F_LIST2] = (uint64_t)node_ref(W, n->list2),
		[F_NEXT] = (uint64_t)node_ref(W, n->next),
	};
	uint64_t mask = 0;
	for (int i = 0; i < F__COUNT; i++)
		if (v[i])
			mask |= 1ULL << i;
	put_uv(b, (uint64_t)n->kind);
	put_uv(b, mask);
	for (int i = 0; i < F__COUNT; i++)
		if (v[i])
			put_uv(b, v[i]);
}

/* A token: kind and a mask of what it has in one varint, then those
 * fields; the line as a difference from the previous token's (most are
 * 0 or 1), so a token takes about 4 bytes. */
enum { T_STR = 1, T_LEN = 2, T_NUM = 4, T_FILE = 8, T_CHAIN = 16, T_RAW = 32,
       T_JUNK = 64, T_SPACE = 128, T_NL = 256, T_NUMBAD = 512, T__ALL = 1023 };

static void put_token(Writer *W, Buf *b, const Token *t)
{
	int sl = !t->str ? 0 : t->kind == TK_STRING ? t->len : (int)strlen(t->str);
	uint64_t str = (uint64_t)intern_str(W, t->str, t->kind == TK_STRING ? t->len : -1);
	uint64_t file = (uint64_t)file_index(W, t->file);
	uint64_t chain = (uint64_t)tok_index(W, t->chain);
	uint64_t raw = (uint64_t)intern_str(W, t->raw, -1);
	uint64_t junk = (uint64_t)intern_str(W, t->junk_msg, -1);
	unsigned m = (str ? T_STR : 0) | (t->len != sl ? T_LEN : 0) | (t->num ? T_NUM : 0) |
		     (file != 1 ? T_FILE : 0) | (chain ? T_CHAIN : 0) | (raw ? T_RAW : 0) |
		     (junk ? T_JUNK : 0) | (t->space_before ? T_SPACE : 0) |
		     (t->nl_before ? T_NL : 0) | (t->num_bad ? T_NUMBAD : 0);
	put_uv(b, (uint64_t)t->kind | (uint64_t)m << 3);
	if (m & T_STR) put_uv(b, str);
	if (m & T_LEN) put_uv(b, (uint64_t)(unsigned)t->len);
	if (m & T_NUM) put_uv(b, zigzag(t->num));
	if (m & T_FILE) put_uv(b, file);
	if (m & T_CHAIN) put_uv(b, chain);
	if (m & T_RAW) put_uv(b, raw);
	if (m & T_JUNK) put_uv(b, junk);
	put_uv(b, zigzag((int64_t)t->line - W->prev_line));
	put_uv(b, (uint64_t)(unsigned)t->col);
	W->prev_line = t->line;
}

bool astcache_encode(const ParsedFile *pf, uint64_t key, Buf *out)
{
	Writer W = { .pf = pf };
	map_init(&W.nodes, 1024, false);
	map_init(&W.toks, 1024, false);
	map_init(&W.strs, 1024, true);
	map_init(&W.files, 8, false);
	file_index(&W, pf->src);        /* file 0: the file itself */
	number_nodes(&W, pf->items);

	Buf nodes = {0}, toks = {0}, strs = {0}, files = {0};
	put_uv(&nodes, (uint64_t)W.node_list.len);
	for (int i = 0; i < W.node_list.len; i++)
		put_node(&W, &nodes, W.node_list.data[i]);
	/* tokens first reached through a chain are appended as we go */
	Buf tokbody = {0};
	for (int i = 0; i < W.tok_list.len; i++)
		put_token(&W, &tokbody, W.tok_list.data[i]);
	put_uv(&toks, (uint64_t)W.tok_list.len);
	buf_putn(&toks, tokbody.buf, tokbody.len);
	put_uv(&files, (uint64_t)W.file_list.len);
	for (int i = 0; i < W.file_list.len; i++) {
		const SrcFile *f = W.file_list.data[i];
		put_uv(&files, (uint64_t)intern_str(&W, f->name, -1));
		put_uv(&files, f->is_tapset);
	}
	put_uv(&strs, (uint64_t)W.str_list.len);
	for (int i = 0; i < W.str_list.len; i++) {
		int n = (int)(intptr_t)W.str_lens.data[i];
		put_uv(&strs, (uint64_t)n);
		buf_putn(&strs, W.str_list.data[i], (size_t)n);
		buf_putc(&strs, 0);
	}
	if (W.bad)
		return false;

	Buf payload = {0};
	buf_putn(&payload, strs.buf, strs.len);
	buf_putn(&payload, files.buf, files.len);
	buf_putn(&payload, toks.buf, toks.len);
	buf_putn(&payload, nodes.buf, nodes.len);
	put_uv(&payload, pf->privileged);
	put_uv(&payload, (uint64_t)node_ref(&W, pf->items));

	char hdr[HDR_LEN] = {0};
	memcpy(hdr, AST_MAGIC, 8);
	hdr[8] = (char)AST_VERSION;
	put_u64le(hdr + 16, payload.len);
	put_u64le(hdr + 24, hash_bytes(payload.buf, payload.len, key));
	put_u64le(hdr + 32, key);
	buf_putn(out, hdr, HDR_LEN);
	buf_putn(out, payload.buf, payload.len);
	return true;
}

/* ---- the reader: one linear pass, every step checked ---- */

typedef struct {
	const unsigned char *p, *end;
	bool bad;
} Reader;

static uint64_t get_uv(Reader *R)
{
	uint64_t v = 0;
	for (int shift = 0; shift < 64; shift += 7) {
		if (R->p >= R->end)
			break;
		unsigned c = *R->p++;
		v |= (uint64_t)(c & 0x7f) << shift;
		if (!(c & 0x80))
			return v;
	}
	R->bad = true;
	return 0;
}

/* A count or index no larger than `max`. */
static uint64_t get_max(Reader *R, uint64_t max)
{
	uint64_t v = get_uv(R);
	if (v > max)
		R->bad = true;
	return R->bad ? 0 : v;
}

static uint64_t get_u64le(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 0; i < 8; i++)
		v |= (uint64_t)p[i] << (8 * i);
	return v;
}

/* A macro body's file (a .stpm): read once per `known` list (one per
 * cache, so once per run), for source lines. */
static SrcFile *other_file(Vec *known, const char *name, bool is_tapset)
{
	for (int i = 0; i < known->len; i++) {
		SrcFile *f = known->data[i];
		if (!strcmp(f->name, name) && f->is_tapset == is_tapset)
			return f;
	}
	size_t len = 0;
	char *text = read_file(name, &len);
	SrcFile *f = srcfile_new(name, text ? text : "", text ? len : 0);
	f->is_tapset = is_tapset;
	vec_push(known, f);
	return f;
}

static ParsedFile *decode(const char *buf, size_t len, uint64_t key, SrcFile *src, Vec *known)
{
	const unsigned char *b = (const unsigned char *)buf;
	if (len < HDR_LEN || memcmp(b, AST_MAGIC, 8) || get_u64le(b + 8) != AST_VERSION ||
	    get_u64le(b + 16) != len - HDR_LEN || get_u64le(b + 32) != key ||
	    get_u64le(b + 24) != hash_bytes(b + HDR_LEN, len - HDR_LEN, key))
		return NULL;
	Reader R = { b + HDR_LEN, b + len, false };
	/* no section can have more entries than bytes left */
	uint64_t nstr = get_max(&R, len);
	const char **strs = xalloc((nstr + 1) * sizeof(char *));
	int *slens = xalloc((nstr + 1) * sizeof(int));
	for (uint64_t i = 1; i <= nstr && !R.bad; i++) {
		uint64_t n = get_max(&R, (uint64_t)(R.end - R.p));
		if (R.bad || n >= (uint64_t)(R.end - R.p) || R.p[n] != 0 || n > INT32_MAX)
			return NULL;
		strs[i] = (const char *)R.p, slens[i] = (int)n;
		R.p += n + 1;
	}
	uint64_t nfile = get_max(&R, len);
	if (R.bad || nfile < 1)
		return NULL;
	SrcFile **files = xalloc((nfile + 1) * sizeof(SrcFile *));
	for (uint64_t i = 1; i <= nfile && !R.bad; i++) {
		uint64_t name = get_max(&R, nstr);
		bool tap = get_max(&R, 1);
		if (!name || R.bad)
			return NULL;
		files[i] = i == 1 ? src : other_file(known, strs[name], tap);
	}
	uint64_t ntok = get_max(&R, len);
	Token *toks = xalloc((ntok + 1) * sizeof(Token));
	int64_t line = 0;
	for (uint64_t i = 1; i <= ntok && !R.bad; i++) {
		Token *t = &toks[i];
		uint64_t km = get_max(&R, (uint64_t)T__ALL << 3 | 7);
		unsigned m = (unsigned)(km >> 3);
		t->kind = (TokKind)(km & 7);
		uint64_t si = m & T_STR ? get_max(&R, nstr) : 0;
		t->str = strs[si];
		t->len = m & T_LEN ? (int)get_max(&R, INT32_MAX) : slens[si];
		t->num = m & T_NUM ? unzigzag(get_uv(&R)) : 0;
		uint64_t f = m & T_FILE ? get_max(&R, nfile) : 1;
		t->file = files[f];
		uint64_t chain = m & T_CHAIN ? get_max(&R, ntok) : 0;
		t->chain = chain ? &toks[chain] : NULL;
		t->raw = strs[m & T_RAW ? get_max(&R, nstr) : 0];
		t->junk_msg = strs[m & T_JUNK ? get_max(&R, nstr) : 0];
		t->space_before = m & T_SPACE, t->nl_before = !!(m & T_NL), t->num_bad = !!(m & T_NUMBAD);
		line += unzigzag(get_uv(&R));
		t->line = (int)line;
		t->col = (int)get_max(&R, INT32_MAX);
		/* a string token's bytes must be there; lines stay in range */
		if (!f || t->kind > TK_EOF || line < 0 || line > INT32_MAX ||
		    (t->kind == TK_STRING && t->len > slens[si]))
			R.bad = true;
	}
	uint64_t nnode = get_max(&R, len);
	Node *nodes = xalloc((nnode + 1) * sizeof(Node));
	for (uint64_t i = 1; i <= nnode && !R.bad; i++) {
		Node *n = &nodes[i];
		n->kind = (NodeKind)get_max(&R, ND__COUNT - 1);
		uint64_t mask = get_max(&R, (1ULL << F__COUNT) - 1);
		uint64_t v[F__COUNT] = {0};
		for (int k = 0; k < F__COUNT; k++)
			if (mask >> k & 1)
				v[k] = get_uv(&R);
		if (v[F_TOK] > ntok || v[F_OP] > nstr || v[F_NAME] > nstr ||
		    v[F_STR] > nstr || v[F_STR2] > nstr || v[F_SLEN] > INT32_MAX ||
		    v[F_FLAGS] > INT32_MAX || v[F_TYPE] > TYPE_STATS)
			R.bad = true;
		for (int k = F_LHS; k <= F_NEXT; k++)
			if (v[k] > nnode)
				R.bad = true;
		if (R.bad)
			break;
		n->tok = v[F_TOK] ? &toks[v[F_TOK]] : NULL;
		n->op = strs[v[F_OP]];
		n->name = strs[v[F_NAME]];
		n->str = strs[v[F_STR]];
		n->slen = (int)v[F_SLEN];
		n->str2 = strs[v[F_STR2]];
		n->num = unzigzag(v[F_NUM]);
		n->flags = (int)v[F_FLAGS];
		n->type = (Type)v[F_TYPE];
		n->pretty = (int)unzigzag(v[F_PRETTY]);
		n->sort_key = (int)unzigzag(v[F_SORT]);
		Node **ptrs[] = { &n->lhs, &n->rhs, &n->cond, &n->then, &n->els, &n->init,
				  &n->inc, &n->limit, &n->list, &n->list2, &n->next };
		for (int k = F_LHS; k <= F_NEXT; k++)
			*ptrs[k - F_LHS] = v[k] ? &nodes[v[k]] : NULL;
		/* a string's length must fit the bytes it has */
		if (n->slen && (!v[F_STR] || n->slen > slens[v[F_STR]]))
			R.bad = true;
	}
	bool privileged = get_max(&R, 1);
	uint64_t first = get_max(&R, nnode);
	if (R.bad || R.p != R.end)
		return NULL;
	ParsedFile *pf = xalloc(sizeof(*pf));
	pf->src = src;
	pf->items = first ? &nodes[first] : NULL;
	pf->privileged = privileged;
	return pf;
}

ParsedFile *astcache_decode(const char *buf, size_t len, uint64_t key, SrcFile *src)
{
	Vec known = {0};
	return decode(buf, len, key, src, &known);
}

/* ---- the cache directory and its key ---- */

struct AstCache {
	Session *s;
	const char *dir;    /* ".../stap/ast" */
	uint64_t context;   /* everything but the file's bytes */
	bool read, write;
	Vec known;          /* SrcFile *: macro files read for positions */
};

static void key_stat(Buf *k, const char *path)
{
	struct stat st;
	if (path && !stat(path, &st))
		buf_printf(k, "%s %lld %lld.%09ld\n", path, (long long)st.st_size,
			   (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
	else
		buf_printf(k, "%s -\n", path ? path : "");
}

static uint64_t context_key(Session *s)
{
	Buf k = {0};
	buf_printf(&k, "astcache %u %s %s\n", AST_VERSION, STAP_VERSION, STAP_TOOL_VERSION);
	key_stat(&k, "/proc/self/exe");
	buf_printf(&k, "%s|%s|%s|%d|%s|%d|%s\n", s->kernel_release ?: "", s->kernel_version ?: "",
		   s->arch ?: "", (int)s->runtime, s->privilege ?: "", s->guru, s->compatible ?: "");
	key_stat(&k, s->kernel_build ? xfmt("%s/.config", s->kernel_build) : NULL);
	for (int i = 0; i < s->nargs; i++)
		buf_printf(&k, "arg %zu %s\n", strlen(s->args[i]), s->args[i]);
	/* the .stpm macro files every file sees, as pp_load_library finds them */
	Vec suffixes = tapset_suffixes(s);
	for (int d = 0; d < s->tapset_dirs.len; d++)
		for (int j = 0; j < suffixes.len; j++) {
			glob_t g;
			const char *pat = xfmt("%s%s/*.stpm", (char *)s->tapset_dirs.data[d],
					       (char *)suffixes.data[j]);
			if (glob(pat, 0, NULL, &g))
				continue;
			for (size_t i = 0; i < g.gl_pathc; i++)
				key_stat(&k, g.gl_pathv[i]);
			globfree(&g);
		}
	return hash_bytes(k.buf, k.len, 0x5354415041535431ULL);
}

AstCache *astcache_open(Session *s)
{
	if (s->no_cache)
		return NULL;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	const char *base = xdg && *xdg ? xdg : home && *home ? xfmt("%s/.cache", home) : NULL;
	if (!base)
		return NULL;
	AstCache *C = xalloc(sizeof(*C));
	C->s = s;
	C->dir = xfmt("%s/stap/ast", base);
	C->context = context_key(s);
	C->read = !s->poison_cache;
	C->write = true;
	return C;
}

static uint64_t file_key(const AstCache *C, const SrcFile *src)
{
	return hash_bytes(src->text, src->len, C->context ^ (src->is_tapset ? 0x7461705345ULL : 0));
}

static const char *entry_path(const AstCache *C, uint64_t key)
{
	return xfmt("%s/%016llx.ast", C->dir, (unsigned long long)key);
}

/* A hit: the entry's mtime becomes "last used", at most once a day (one
 * stat per hit, a write only when the day has turned). */
static void mark_used(const char *path)
{
	struct stat st;
	if (!stat(path, &st) && st.st_mtime < time(NULL) - AST_DAY)
		utimensat(AT_FDCWD, path, NULL, 0);
}

typedef struct {
	char *name;
	time_t mtime;
	long long size;
} AstEntry;

static int by_mtime(const void *a, const void *b)
{
	const AstEntry *x = a, *y = b;
	return x->mtime < y->mtime ? -1 : x->mtime > y->mtime;
}

/* An entry ("KEY.ast") or a store's leftover temp file ("KEY.ast.PID"). */
static bool is_entry(const char *name, bool *tmp)
{
	const char *dot = strstr(name, ".ast");
	if (!dot || dot == name)
		return false;
	*tmp = dot[4] == '.';
	return dot[4] == 0 || *tmp;
}

/* Drop what is stale, then the oldest while over the size bound. */
static void prune(const char *dir, time_t now)
{
	DIR *d = opendir(dir);
	if (!d)
		return;
	Vec keep = {0};
	long long total = 0;
	for (struct dirent *e; (e = readdir(d));) {
		bool tmp;
		struct stat st;
		if (!is_entry(e->d_name, &tmp))
			continue;
		char *path = xfmt("%s/%s", dir, e->d_name);
		if (lstat(path, &st) || !S_ISREG(st.st_mode))
			continue;
		time_t limit = now - (tmp ? AST_DAY : (time_t)AST_MAX_AGE * AST_DAY);
		if (st.st_mtime < limit) {
			unlink(path);
			continue;
		}
		AstEntry *a = xalloc(sizeof(*a));
		*a = (AstEntry){path, st.st_mtime, (long long)st.st_size};
		vec_push(&keep, a);
		total += a->size;
	}
	closedir(d);
	if (total <= AST_MAX_BYTES)
		return;
	AstEntry *v = xalloc(sizeof(*v) * (keep.len + 1));
	for (int i = 0; i < keep.len; i++)
		v[i] = *(AstEntry *)keep.data[i];
	qsort(v, keep.len, sizeof(*v), by_mtime);
	for (int i = 0; i < keep.len && total > AST_MAX_BYTES / 4 * 3; i++)
		if (!unlink(v[i].name))
			total -= v[i].size;
}

/* At most once a day, as the stamp's mtime says; the stamp is touched
 * first, so that concurrent runs do not all prune. */
static void maybe_prune(const char *dir)
{
	const char *stamp = xfmt("%s/%s", dir, AST_STAMP);
	time_t now = time(NULL);
	struct stat st;
	if (!stat(stamp, &st) && st.st_mtime >= now - AST_DAY && st.st_mtime <= now + AST_DAY)
		return;
	int fd = open(stamp, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
	if (fd < 0)
		return;
	futimens(fd, NULL);
	close(fd);
	prune(dir, now);
}

ParsedFile *astcache_load(AstCache *C, SrcFile *src, const char **entry)
{
	if (!C || !C->read)
		return NULL;
	uint64_t key = file_key(C, src);
	const char *path = entry_path(C, key);
	size_t len;
	char *buf = read_file(path, &len);
	ParsedFile *pf = buf ? decode(buf, len, key, src, &C->known) : NULL;
	if (entry)
		*entry = path;
	if (buf && !pf && C->s->verbose > 1)
		fprintf(stderr, "Pass 1: ignoring corrupt cache entry %s\n", path);
	if (pf)
		mark_used(path);
	return pf;
}

static void mkdir_p(const char *dir)
{
	char *p = xstrdup(dir);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = 0;
		mkdir(p, 0700);
		*q = '/';
	}
	mkdir(p, 0700);
}

void astcache_store(AstCache *C, SrcFile *src, const ParsedFile *pf)
{
	if (!C || !C->write || !pf)
		return;
	uint64_t key = file_key(C, src);
	Buf b = {0};
	if (!astcache_encode(pf, key, &b))
		return;
	mkdir_p(C->dir);
	const char *path = entry_path(C, key);
	char *tmp = xfmt("%s.%d", path, (int)getpid());
	FILE *fp = fopen(tmp, "wb");
	if (!fp)
		return;
	bool ok = fwrite(b.buf, 1, b.len, fp) == b.len;
	if (fclose(fp) || !ok || rename(tmp, path))
		unlink(tmp);
	maybe_prune(C->dir);
}

ParsedFile *astcache_roundtrip(ParsedFile *pf)
{
	Buf a = {0}, b = {0};
	uint64_t key = 0x726f756e64ULL;
	if (!astcache_encode(pf, key, &a))
		fatal("astcache: %s: tree cannot be encoded", pf->src->name);
	ParsedFile *back = astcache_decode(a.buf, a.len, key, pf->src);
	if (!back)
		fatal("astcache: %s: encoding does not decode", pf->src->name);
	if (!astcache_encode(back, key, &b) || a.len != b.len || memcmp(a.buf, b.buf, a.len))
		fatal("astcache: %s: decoded tree encodes differently", pf->src->name);
	return back;
}
