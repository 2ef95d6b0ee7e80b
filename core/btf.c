/* btf.c - kernel types from the target kernel's BTF, without debuginfo.
 *
 * BTF (the kernel's Documentation/bpf/btf.rst) is a header, a type
 * section and a string section.  Types are numbered from 1 in the order
 * they appear (0 is void); each is a struct btf_type (name, info with
 * kind/vlen/kind_flag, size-or-type) followed by kind-specific data.
 * We index the type section once (an offset per type id) and answer
 * pass 2's questions: a type by name, its members with their offsets and
 * bitfields, what a pointer points to.  The BTF comes from
 * /sys/kernel/btf/vmlinux when the target is the running kernel, else
 * from the .BTF section of an ELF vmlinux found for the target:
 * <build>/vmlinux, <build>/vmlinux.btf (an ELF vmlinux or raw BTF),
 * /usr/lib/debug/boot/vmlinux-REL,
 * /boot/vmlinux-REL, /lib/modules/REL/build/vmlinux.
 */
#include "stap.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <unistd.h>

enum {
	K_INT = 1, K_PTR, K_ARRAY, K_STRUCT, K_UNION, K_ENUM, K_FWD, K_TYPEDEF,
	K_VOLATILE, K_CONST, K_RESTRICT, K_FUNC, K_PROTO, K_VAR, K_DATASEC,
	K_FLOAT, K_DECL_TAG, K_TYPE_TAG, K_ENUM64,
};

struct Btf {
	const uint8_t *types;   /* the type section */
	uint32_t types_len;
	const char *strs;
	uint32_t strs_len;
	uint32_t *off;          /* off[id]: offset of type id in `types` */
	uint32_t n;             /* number of types + 1 */
	const char *source;     /* where it came from, for messages */
};

static uint32_t rd32(const uint8_t *p)
{
	uint32_t v;
	memcpy(&v, p, 4);
	return v;
}

/* Bytes after the 12-byte btf_type that a type of this kind carries. */
static uint32_t extra(uint32_t kind, uint32_t vlen)
{
	switch (kind) {
	case K_INT: case K_VAR: case K_DECL_TAG: return 4;
	case K_ARRAY: return 12;
	case K_STRUCT: case K_UNION: case K_DATASEC: case K_ENUM64: return 12 * vlen;
	case K_ENUM: case K_PROTO: return 8 * vlen;
	default: return 0;
	}
}

static Btf *btf_index(const uint8_t *d, size_t len, const char *source)
{
	if (len < 24 || d[0] != 0x9f || d[1] != 0xeb)
		return NULL;
	uint32_t hdr = rd32(d + 4), toff = rd32(d + 8), tlen = rd32(d + 12);
	uint32_t soff = rd32(d + 16), slen = rd32(d + 20);
	if (hdr > len || (uint64_t)hdr + toff + tlen > len || (uint64_t)hdr + soff + slen > len)
		return NULL;
	Btf *b = xalloc(sizeof(*b));
	b->types = d + hdr + toff;
	b->types_len = tlen;
	b->strs = (const char *)d + hdr + soff;
	b->strs_len = slen;
	b->source = source;
	uint32_t cap = 1024;
	b->off = xalloc(cap * sizeof(uint32_t));
	b->n = 1;
	for (uint32_t o = 0; o + 12 <= tlen;) {
		if (b->n == cap) {
			uint32_t *no = xalloc(cap * 2 * sizeof(uint32_t));
			memcpy(no, b->off, cap * sizeof(uint32_t));
			b->off = no, cap *= 2;
		}
		uint32_t info = rd32(b->types + o + 4);
		b->off[b->n++] = o;
		o += 12 + extra((info >> 24) & 0x1f, info & 0xffff);
		if (o > tlen)
			return NULL;
	}
	return b;
}

static const char *bstr(const Btf *b, uint32_t off)
{
	return off < b->strs_len ? b->strs + off : "";
}

/* The .BTF section of an ELF file, copied to the arena. */
static Btf *btf_from_elf(const char *path)
{
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return NULL;
	elf_version(EV_CURRENT);
	Elf *e = elf_begin(fd, ELF_C_READ, NULL);
	Btf *b = NULL;
	size_t shstrndx;
	if (e && !elf_getshdrstrndx(e, &shstrndx))
		for (Elf_Scn *scn = NULL; (scn = elf_nextscn(e, scn));) {
			GElf_Shdr sh;
			const char *nm;
			if (!gelf_getshdr(scn, &sh) || !(nm = elf_strptr(e, shstrndx, sh.sh_name)) ||
			    strcmp(nm, ".BTF"))
				continue;
			Elf_Data *data = elf_rawdata(scn, NULL);
			if (data && data->d_size) {
				uint8_t *copy = xalloc(data->d_size + 1); /* NUL-ended */
				memcpy(copy, data->d_buf, data->d_size);
				b = btf_index(copy, data->d_size, path);
			}
			break;
		}
	if (e)
		elf_end(e);
	close(fd);
	return b;
}

/* An ELF file's .BTF, or a raw BTF file (as /sys/kernel/btf/vmlinux). */
static Btf *btf_from_file(const char *path)
{
	int fd = open(path, O_RDONLY);
	unsigned char m[2] = {0};
	if (fd < 0)
		return NULL;
	ssize_t n = read(fd, m, 2);
	close(fd);
	if (n == 2 && m[0] == 0x9f && m[1] == 0xeb) {
		size_t len;
		char *d = read_file(path, &len);
		return d ? btf_index((uint8_t *)d, len, path) : NULL;
	}
	return btf_from_elf(path);
}

static bool is_running(Session *s)
{
	struct utsname u;
	return !uname(&u) && s->kernel_release && !strcmp(u.release, s->kernel_release);
}

Btf *btf_load(Session *s)
{
	static Btf *cached;
	static bool tried;
	if (tried)
		return cached;
	tried = true;
	const char *rel = s->kernel_release ? s->kernel_release : "";
	if (is_running(s)) {
		size_t len;
		char *d = read_file("/sys/kernel/btf/vmlinux", &len);
		if (d && (cached = btf_index((uint8_t *)d, len, "/sys/kernel/btf/vmlinux")))
			return cached;
	}
	const char *cands[] = {
		s->kernel_build ? xfmt("%s/vmlinux", s->kernel_build) : NULL,
		/* beside a headers-only tree (t/vm/setup puts the guest's there):
		 * a file named vmlinux would make kbuild run pahole on modules */
		s->kernel_build ? xfmt("%s/vmlinux.btf", s->kernel_build) : NULL,
		xfmt("/usr/lib/debug/boot/vmlinux-%s", rel),
		xfmt("/boot/vmlinux-%s", rel),
		xfmt("/lib/modules/%s/build/vmlinux", rel),
	};
	for (size_t i = 0; i < sizeof cands / sizeof *cands && !cached; i++)
		if (cands[i] && !access(cands[i], R_OK))
			cached = btf_from_file(cands[i]);
	return cached;
}

/* ---- types ---- */

/* Recursion depth of the walks below: a corrupt BTF could make a type
 * contain itself (anonymous members, arrays, pointers). */
static int depth;

static const uint8_t *tp(const Btf *b, uint32_t id)
{
	return id && id < b->n ? b->types + b->off[id] : NULL;
}

int btf_kind(const Btf *b, uint32_t id)
{
	const uint8_t *t = tp(b, id);
	return t ? (rd32(t + 4) >> 24) & 0x1f : 0;
}

static uint32_t vlen(const uint8_t *t)
{
	return rd32(t + 4) & 0xffff;
}

/* Through typedefs and qualifiers (const, volatile, restrict, type tags). */
uint32_t btf_resolve(const Btf *b, uint32_t id)
{
	for (int guard = 0; guard < 64; guard++) {
		int k = btf_kind(b, id);
		if (k != K_TYPEDEF && k != K_VOLATILE && k != K_CONST && k != K_RESTRICT &&
		    k != K_TYPE_TAG)
			return id;
		id = rd32(tp(b, id) + 8);
	}
	return 0;
}

/* "struct task_struct", "union x", "task_struct" (a struct, a union or
 * a typedef of that name), "int", "unsigned long": its id, 0 if none. */
uint32_t btf_find(const Btf *b, const char *name)
{
	int want = 0;
	if (!strncmp(name, "struct ", 7))
		want = K_STRUCT, name += 7;
	else if (!strncmp(name, "union ", 6))
		want = K_UNION, name += 6;
	else if (!strncmp(name, "enum ", 5))
		want = K_ENUM, name += 5;
	while (*name == ' ')
		name++;
	uint32_t fallback = 0;
	for (uint32_t id = 1; id < b->n; id++) {
		const uint8_t *t = tp(b, id);
		int k = (rd32(t + 4) >> 24) & 0x1f;
		if (strcmp(bstr(b, rd32(t)), name))
			continue;
		if (want ? k == want : (k == K_STRUCT || k == K_UNION || k == K_TYPEDEF ||
					k == K_INT || k == K_ENUM))
			return id;
		if (want && k == K_FWD && !fallback)
			fallback = id;
	}
	return fallback;
}

const char *btf_name(const Btf *b, uint32_t id)
{
	const uint8_t *t = tp(b, id);
	return t ? bstr(b, rd32(t)) : "";
}

/* The size in bytes of a resolved type. */
int64_t btf_size(const Btf *b, uint32_t id)
{
	id = btf_resolve(b, id);
	const uint8_t *t = tp(b, id);
	if (!t || depth > 32)
		return 0;
	switch (btf_kind(b, id)) {
	case K_INT: case K_STRUCT: case K_UNION: case K_ENUM: case K_ENUM64: case K_FLOAT:
	case K_DATASEC:
		return rd32(t + 8);
	case K_PTR:
		return 8;
	case K_ARRAY: {
		depth++;
		int64_t el = btf_size(b, rd32(t + 12));
		depth--;
		return el * rd32(t + 20);
	}
	default:
		return 0;
	}
}

/* What a pointer points to / an array holds (unresolved), and the
 * array's length. */
uint32_t btf_target(const Btf *b, uint32_t id, int64_t *nelems)
{
	const uint8_t *t = tp(b, id);
	int k = btf_kind(b, id);
	if (nelems)
		*nelems = k == K_ARRAY ? rd32(t + 20) : 0;
	return k == K_PTR ? rd32(t + 8) : k == K_ARRAY ? rd32(t + 12) : 0;
}

/* An INT's encoding: signed, char. */
void btf_int(const Btf *b, uint32_t id, int *bytes, bool *sign, bool *is_char)
{
	const uint8_t *t = tp(b, id);
	uint32_t enc = rd32(t + 12);
	*bytes = rd32(t + 8);
	*sign = (enc >> 24) & 1;
	*is_char = ((enc >> 24) & 2) || !strcmp(bstr(b, rd32(t)), "char") ||
		   !strcmp(bstr(b, rd32(t)), "signed char") ||
		   !strcmp(bstr(b, rd32(t)), "unsigned char");
	if (!strcmp(bstr(b, rd32(t)), "char"))
		*sign = true;
}

bool btf_enum_signed(const Btf *b, uint32_t id)
{
	const uint8_t *t = tp(b, id);
	return t && (rd32(t + 4) >> 31);
}

/* Member `name` of a resolved struct/union, searched through anonymous
 * members as C does; bit offset and bitfield size added up. */
bool btf_member(const Btf *b, uint32_t id, const char *name, BtfMember *m)
{
	const uint8_t *t = tp(b, id);
	int k = btf_kind(b, id);
	if ((k != K_STRUCT && k != K_UNION) || depth > 32)
		return false;
	bool kflag = rd32(t + 4) >> 31;
	for (uint32_t i = 0; i < vlen(t); i++) {
		const uint8_t *mp = t + 12 + 12 * i;
		const char *mn = bstr(b, rd32(mp));
		uint32_t off = rd32(mp + 8);
		uint32_t bitoff = kflag ? off & 0xffffff : off;
		uint32_t bits = kflag ? off >> 24 : 0;
		if (!*mn) {
			BtfMember in;
			depth++;
			bool found = btf_member(b, btf_resolve(b, rd32(mp + 4)), name, &in);
			depth--;
			if (found) {
				in.bit_offset += bitoff;
				*m = in;
				return true;
			}
			continue;
		}
		if (!strcmp(mn, name)) {
			*m = (BtfMember){name, rd32(mp + 4), bitoff, bits};
			return true;
		}
	}
	return false;
}

/* Every member name (anonymous members' own, flattened), char *. */
void btf_member_names(const Btf *b, uint32_t id, Vec *out)
{
	const uint8_t *t = tp(b, id);
	int k = btf_kind(b, id);
	if ((k != K_STRUCT && k != K_UNION) || depth > 32)
		return;
	for (uint32_t i = 0; i < vlen(t); i++) {
		const uint8_t *mp = t + 12 + 12 * i;
		const char *mn = bstr(b, rd32(mp));
		if (*mn)
			vec_push(out, (void *)mn);
		else {
			depth++;
			btf_member_names(b, btf_resolve(b, rd32(mp + 4)), out);
			depth--;
		}
	}
}

static const char *type_str(const Btf *b, uint32_t id);

/* The type as stap writes it in messages: "struct task_struct",
 * "char*", "int". */
const char *btf_type_str(const Btf *b, uint32_t id)
{
	if (depth > 32)
		return "...";
	depth++;
	const char *r = type_str(b, id);
	depth--;
	return r;
}

static const char *type_str(const Btf *b, uint32_t id)
{
	int k = btf_kind(b, id);
	const char *nm = btf_name(b, id);
	switch (k) {
	case 0: return "void";
	case K_STRUCT: return xfmt("struct %s", *nm ? nm : "{...}");
	case K_UNION: return xfmt("union %s", *nm ? nm : "{...}");
	case K_ENUM: case K_ENUM64: return xfmt("enum %s", *nm ? nm : "{...}");
	case K_FWD: return xfmt("%s %s", btf_enum_signed(b, id) ? "union" : "struct", nm);
	case K_PTR: return xfmt("%s*", btf_type_str(b, btf_target(b, id, NULL)));
	case K_CONST: return xfmt("%s const", btf_type_str(b, rd32(tp(b, id) + 8)));
	case K_VOLATILE: return xfmt("%s volatile", btf_type_str(b, rd32(tp(b, id) + 8)));
	case K_ARRAY: {
		int64_t n;
		uint32_t el = btf_target(b, id, &n);
		return xfmt("%s[%lld]", btf_type_str(b, el), (long long)n);
	}
	case K_PROTO: return "func";
	default: return *nm ? nm : "?";
	}
}

bool btf_is(const Btf *b, uint32_t id, char what)
{
	int k = btf_kind(b, id);
	switch (what) {
	case 'i': return k == K_INT || k == K_ENUM || k == K_ENUM64;
	case 'p': return k == K_PTR;
	case 'a': return k == K_ARRAY;
	case 's': return k == K_STRUCT || k == K_UNION;
	case 'f': return k == K_FWD;
	default: return false;
	}
}

const char *btf_source(const Btf *b)
{
	return b->source;
}

/* ---- pass 2: member/index chains ---- */

static void step(BtfRef *r, char op, int64_t off, Node *index)
{
	BtfStep *s = xalloc(sizeof(*s));
	*s = (BtfStep){op, off, index};
	vec_push(&r->steps, s);
}

/* The pointer type to `id`, if BTF has one (0 otherwise). */
static uint32_t ptr_to(const Btf *b, uint32_t id)
{
	for (uint32_t i = 1; i < b->n; i++)
		if (btf_kind(b, i) == K_PTR && rd32(tp(b, i) + 8) == id)
			return i;
	return 0;
}

/* Each message is its own check (stap reports one error per check and
 * place), so the site is the message's first words. */
static bool quiet;      /* btf_defined(): resolve, report nothing */

static void berr(Session *s, const Token *tok, const char *msg)
{
	if (quiet)
		return;
	sem_report(s, sem_err(xfmt("btf:%.24s", msg), tok, NULL, "%s", msg));
}

static const Token *last_tok(const Node *n)
{
	const Node *c = n->list;
	while (c && c->next)
		c = c->next;
	return c ? c->tok : n->tok;
}


static const char *lev_key;

static int cmp_lev(const void *x, const void *y)
{
	const char *a = *(char *const *)x, *b = *(char *const *)y;
	int da = edit_distance(lev_key, a), db = edit_distance(lev_key, b);
	return da != db ? da - db : strcmp(a, b);
}

/* Every member, nearest to `name` first. */
static const char *alternatives(const Btf *b, uint32_t id, const char *name)
{
	Vec v = {0};
	btf_member_names(b, id, &v);
	lev_key = name;
	qsort(v.data, v.len, sizeof(void *), cmp_lev);
	Buf out = {0};
	for (int i = 0; i < v.len; i++)
		buf_printf(&out, "%s%s", i ? ", " : "", (char *)v.data[i]);
	return buf_str(&out);
}

static bool walk(Session *s, const Btf *b, Node *n, uint32_t t, BtfRef *r);

/* The base address as an array of `t`: the first comp, [i], picks the
 * element, the rest walk from it. */
static bool walk_array_of(Session *s, const Btf *b, Node *n, uint32_t t, BtfRef *r)
{
	int64_t sz = btf_size(b, t);
	Node *c = n->list;
	if (c->lhs && c->lhs->kind == ND_NUM)
		step(r, '+', c->lhs->num * sz, NULL);
	else
		step(r, 'i', sz, c->lhs);
	Node save = *n;
	n->list = c->next;
	bool ok = walk(s, b, n, t, r);
	save.etype = n->etype;
	*n = save;
	return ok;
}

/* Walk the comps from an object of type `t` at the base address. */
static bool walk(Session *s, const Btf *b, Node *n, uint32_t t, BtfRef *r)
{
	for (Node *c = n->list; c; c = c->next) {
		t = btf_resolve(b, t);
		if (c->kind == ND_COMP_MEMBER) {
			if (btf_is(b, t, 'p')) {
				step(r, 'd', 0, NULL);
				t = btf_resolve(b, btf_target(b, t, NULL));
			}
			if (btf_is(b, t, 'f')) {
				berr(s, c->tok, xfmt("unable to find member '%s' for %s "
						     "(incomplete type)", c->name, btf_type_str(b, t)));
				return false;
			}
			BtfMember m;
			if (!btf_is(b, t, 's')) {
				berr(s, c->tok, btf_is(b, t, 'a') ?
				     xfmt("invalid access '->%s' for array type", c->name) :
				     xfmt("invalid access '->%s' vs. %s", c->name,
					  btf_type_str(b, t)));
				return false;
			}
			if (!btf_member(b, t, c->name, &m)) {
				berr(s, c->tok, xfmt("unable to find member '%s' for %s "
						     "(alternatives: %s)", c->name,
						     btf_type_str(b, t), alternatives(b, t, c->name)));
				return false;
			}
			if (m.bits) {
				if (c->next) {
					berr(s, c->tok, xfmt("invalid access '->%s' vs. bitfield",
							     c->next->name ? c->next->name : "[]"));
					return false;
				}
				r->bit_off = m.bit_offset % 8;
				r->bits = m.bits;
			}
			step(r, '+', m.bit_offset / 8, NULL);
			t = m.type;
		} else {        /* ND_COMP_INDEX */
			int64_t nel;
			if (btf_is(b, t, 'p'))
				step(r, 'd', 0, NULL);
			else if (!btf_is(b, t, 'a')) {
				berr(s, c->tok, xfmt("invalid access '[...]' vs. %s",
						     btf_type_str(b, t)));
				return false;
			}
			t = btf_target(b, t, &nel);
			int64_t sz = btf_size(b, t);
			if (c->lhs && c->lhs->kind == ND_NUM)
				step(r, '+', c->lhs->num * sz, NULL);
			else
				step(r, 'i', sz, c->lhs);
		}
	}
	t = btf_resolve(b, t);
	if (n->flags & NF_ADDROF) {
		if (r->bits) {
			berr(s, n->tok, "cannot take address of bit-field");
			return false;
		}
		r->fin = 'a';
		n->etype = TYPE_LONG;
		return true;
	}
	int bytes;
	bool sign, is_char;
	if (btf_is(b, t, 'a')) {
		/* stap gives an array's address, a char array's too (scripts
		 * say kernel_string($next->comm)) */
		r->fin = 'a';
		n->etype = TYPE_LONG;
		return true;
	}
	if (btf_kind(b, t) == K_INT) {
		btf_int(b, t, &bytes, &sign, &is_char);
		r->size = bytes, r->sign = sign;
	} else if (btf_kind(b, t) == K_ENUM || btf_kind(b, t) == K_ENUM64) {
		r->size = btf_size(b, t), r->sign = btf_enum_signed(b, t);
	} else if (btf_is(b, t, 'p')) {
		r->size = 8, r->sign = false;
	} else {
		Vec mv = {0};
		btf_member_names(b, t, &mv);
		if (btf_is(b, t, 's') && mv.len)
			berr(s, last_tok(n), xfmt("'%s' is being accessed instead of a member "
						  "such as '->%s'", btf_type_str(b, t),
						  (char *)mv.data[0]));
		else
			berr(s, last_tok(n), xfmt("unsupported type '%s'", btf_type_str(b, t)));
		return false;
	}
	if (r->size != 1 && r->size != 2 && r->size != 4 && r->size != 8) {
		berr(s, n->tok, xfmt("unsupported size %d of %s", r->size, btf_type_str(b, t)));
		return false;
	}
	r->fin = 'i';
	n->etype = TYPE_LONG;
	return true;
}

static Btf *need_btf(Session *s, const Node *n)
{
	Btf *b = btf_load(s);
	if (!b && !quiet)
		berr(s, n->tok, xfmt("%s (no BTF either: /sys/kernel/btf/vmlinux for the running "
				     "kernel, or a vmlinux with a .BTF section)",
				     kernel_debuginfo_msg(s)));
	return b;
}

/* "struct task_struct*" -> the id of that pointer type's target (the
 * comps then start from the object the argument points to), with
 * *is_ptr; an integer type -> its id. */
static uint32_t ctype_id(const Btf *b, const char *ctype, bool *is_ptr)
{
	Buf base = {0};
	int stars = 0;
	for (const char *p = ctype; *p; p++) {
		if (*p == '*')
			stars++;
		else if (!stars)
			buf_putc(&base, *p);
	}
	char *t = (char *)buf_str(&base);
	/* drop qualifiers: "const struct x", "struct x const" */
	for (char *q; (q = strstr(t, "const")) || (q = strstr(t, "volatile"));)
		memset(q, ' ', *q == 'c' ? 5 : 8);
	Buf clean = {0};
	for (char *p = t; *p; p++)
		if (*p != ' ' || (clean.len && buf_str(&clean)[clean.len - 1] != ' '))
			buf_putc(&clean, *p);
	while (clean.len && clean.buf[clean.len - 1] == ' ')
		clean.len--;
	uint32_t id = btf_find(b, buf_str(&clean));
	*is_ptr = stars > 0;
	for (int i = 1; id && i < stars; i++)
		id = ptr_to(b, id);
	return id;
}

static bool kparam;     /* btf_bind_param(): &$p->member is allowed */

bool btf_bind_target(Session *s, Node *n, const char *ctype)
{
	Btf *b = need_btf(s, n);
	if (!b)
		return false;
	bool is_ptr;
	uint32_t t = ctype_id(b, ctype, &is_ptr);
	if (!t) {
		berr(s, n->tok, xfmt("type '%s' of '%s' not found in the kernel's BTF (%s)",
				     ctype, n->name, btf_source(b)));
		return false;
	}
	BtfRef *r = xalloc(sizeof(*r));
	if ((n->flags & NF_ADDROF) && (!kparam || !n->list)) {
		/* stap refuses & on any tracepoint variable; a parameter
		 * itself is in a register, a member of what it points to
		 * has an address */
		berr(s, n->tok, kparam ? xfmt("cannot take address of kernel function parameter "
					      "'%s': it is passed in a register", n->name) :
		     "cannot take address of tracepoint variable");
		return false;
	}
	if (!is_ptr) {
		berr(s, n->list->tok, xfmt("%s '%s' may not be used as a %s",
					   kparam ? "kernel function parameter" : "tracepoint variable",
					   n->name, n->list->kind == ND_COMP_MEMBER ?
					   "structure" : "array"));
		return false;
	}
	if (n->list && n->list->kind == ND_COMP_INDEX) {
		/* $p[i]: an array of what p points to */
		if (!walk_array_of(s, b, n, t, r))
			return false;
	} else if (!walk(s, b, n, t, r))
		return false;
	n->btf = r;
	return true;
}

bool btf_bind_cast(Session *s, Node *n)
{
	Btf *b = btf_load(s);
	if (!b) {
		berr(s, n->tok, xfmt("type definition '%s' not found in '%s' (no kernel "
				     "debuginfo, and no BTF: /sys/kernel/btf/vmlinux for the "
				     "running kernel, or a vmlinux with a .BTF section)", n->str,
				     n->str2 ? n->str2 : "kernel"));
		return false;
	}
	uint32_t t = btf_find(b, n->str);
	if (!t) {
		berr(s, n->tok, xfmt("type definition '%s' not found in '%s'", n->str,
				     n->str2 ? n->str2 : "kernel"));
		/* as stap, which then fails to type it */
		for (int k = 0; k < 2 && !quiet; k++)
			sem_report(s, sem_err("unresolved-type", n->tok, NULL, "unresolved type "));
		return false;
	}
	BtfRef *r = xalloc(sizeof(*r));
	uint32_t rt = btf_resolve(b, t);
	/* @cast(p, "T")[i]: as stap, p is the start of an array of T (what
	 * &@cast(0, "T")[1], stap's @cast_sizeof, relies on) */
	bool array = n->list && n->list->kind == ND_COMP_INDEX &&
		     !btf_is(b, rt, 'p') && !btf_is(b, rt, 'a');
	if (!(array ? walk_array_of(s, b, n, t, r) : walk(s, b, n, t, r)))
		return false;
	n->btf = r;
	return true;
}

bool btf_cast_defined(Session *s, const Node *n)
{
	Node copy = *n;
	quiet = true;
	bool ok = btf_load(s) && btf_bind_cast(s, &copy);
	quiet = false;
	return ok;
}

bool btf_defined(Session *s, const Node *n, const char *ctype)
{
	Node copy = *n;
	quiet = true;
	bool ok = btf_bind_target(s, &copy, ctype);
	quiet = false;
	return ok;
}

/* ---- pass 2: pretty printing, $arg$ and $arg$$ ---- */

typedef struct {
	const Btf *b;
	Buf fmt;
	Vec paths;          /* each a Node * chain of ND_COMP_MEMBER to append */
	int nargs, maxdepth;
	bool full;
	const Token *tok;
} Pretty;

enum { PRETTY_MAXARGS = 32 };   /* stap stops there, with ", ..." */

static Node *path_add(const Token *tok, Node *path, const char *name)
{
	Node head = {0}, *t = &head;
	for (Node *p = path; p; p = p->next) {
		t->next = xalloc(sizeof(Node));
		*t->next = (Node){.kind = ND_COMP_MEMBER, .tok = p->tok, .name = p->name};
		t = t->next;
	}
	t->next = xalloc(sizeof(Node));
	*t->next = (Node){.kind = ND_COMP_MEMBER, .tok = (Token *)tok, .name = name};
	return head.next;
}

/* The format of one scalar member, or NULL when it has none. */
static const char *scalar_fmt(const Btf *b, uint32_t t)
{
	int bytes;
	bool sign, is_char;
	switch (btf_kind(b, t)) {
	case K_INT:
		btf_int(b, t, &bytes, &sign, &is_char);
		return is_char && bytes == 1 ? "'%#llc'" : sign ? "%lld" : "%llu";
	case K_ENUM: case K_ENUM64:
		return btf_enum_signed(b, t) ? "%lld" : "%llu";
	case K_PTR:
		return "%#p";
	default:
		return NULL;
	}
}

static void pretty_struct(Pretty *P, uint32_t t, Node *path, int depth)
{
	const Btf *b = P->b;
	const uint8_t *tt = tp(b, t);
	buf_putc(&P->fmt, '{');
	for (uint32_t i = 0; i < vlen(tt); i++) {
		const uint8_t *mp = tt + 12 + 12 * i;
		const char *mn = bstr(b, rd32(mp));
		uint32_t mt = btf_resolve(b, rd32(mp + 4));
		if (P->nargs >= PRETTY_MAXARGS || P->full) {
			buf_puts(&P->fmt, i ? ", ..." : "...");
			P->full = true;
			break;
		}
		if (i)
			buf_puts(&P->fmt, ", ");
		if (*mn)
			buf_printf(&P->fmt, ".%s=", mn);
		else
			buf_printf(&P->fmt, "<%s>=", btf_kind(b, mt) == K_UNION ? "union" : "struct");
		const char *f = scalar_fmt(b, mt);
		if (f && *mn) {
			buf_puts(&P->fmt, f);
			vec_push(&P->paths, path_add(P->tok, path, mn));
			P->nargs++;
		} else if (btf_is(b, mt, 's') && depth < P->maxdepth) {
			/* an anonymous member's members are reached by name */
			pretty_struct(P, mt, *mn ? path_add(P->tok, path, mn) : path, depth + 1);
		} else if (btf_is(b, mt, 's')) {
			buf_puts(&P->fmt, "{...}");
		} else if (btf_is(b, mt, 'a')) {
			buf_puts(&P->fmt, "[...]");
		} else {
			buf_puts(&P->fmt, "?");
		}
	}
	buf_putc(&P->fmt, '}');
}

Node *btf_pretty(Session *s, Node *n, const char *ctype)
{
	Btf *b = need_btf(s, n);
	if (!b)
		return NULL;
	bool is_ptr;
	uint32_t t = ctype_id(b, ctype, &is_ptr);
	if (!t || !is_ptr) {
		berr(s, n->tok, xfmt("pretty printing of '%s' (type '%s') is not supported",
				     n->name, ctype));
		return NULL;
	}
	/* the type the member chain ends at */
	uint32_t end = t;
	for (Node *c = n->list; c; c = c->next) {
		BtfMember m;
		end = btf_resolve(b, end);
		if (btf_is(b, end, 'p'))
			end = btf_resolve(b, btf_target(b, end, NULL));
		if (c->kind != ND_COMP_MEMBER || !btf_member(b, end, c->name, &m))
			end = 0;
		else
			end = m.type;
		if (!end)
			break;
	}
	end = btf_resolve(b, end);
	if (end && btf_is(b, end, 'p'))
		end = btf_resolve(b, btf_target(b, end, NULL));
	if (!end || !btf_is(b, end, 's')) {
		berr(s, n->tok, xfmt("pretty printing of '%s' is supported for structures "
				     "and unions only", n->name));
		return NULL;
	}
	/* '$' shows the members, '$$' nested structures too, all the way */
	Pretty P = {.b = b, .maxdepth = n->pretty > 1 ? 32 : 1, .tok = n->tok};
	pretty_struct(&P, end, n->list, 1);
	Node *args = NULL, **tail = &args;
	for (int i = 0; i < P.paths.len; i++) {
		Node *a = xalloc(sizeof(*a));
		*a = (Node){.kind = ND_TARGET, .tok = n->tok, .name = n->name,
			    .list = P.paths.data[i]};
		if (!btf_bind_target(s, a, ctype))
			return NULL;
		*tail = a;
		tail = &a->next;
	}
	Node *f = xalloc(sizeof(*f));
	*f = (Node){.kind = ND_STR, .tok = n->tok, .str = buf_str(&P.fmt), .slen = P.fmt.len,
		    .next = args};
	Node *pr = xalloc(sizeof(*pr));
	*pr = (Node){.kind = ND_PRINT, .tok = n->tok, .op = "sprintf", .list = f};
	return pr;
}

/* ---- kernel function prototypes (BTF_KIND_FUNC -> FUNC_PROTO) ---- */

/* FUNCs sorted by name, built on the first look-up: a wildcard probe
 * asks for thousands. */
typedef struct {
	const char *name;
	uint32_t id;
} FnIdx;

static int cmp_fnidx(const void *a, const void *b)
{
	return strcmp(((const FnIdx *)a)->name, ((const FnIdx *)b)->name);
}

static uint32_t func_id(const Btf *b, const char *name)
{
	static const Btf *for_b;
	static FnIdx *idx;
	static size_t n;
	if (for_b != b) {
		for_b = b;
		n = 0;
		idx = xalloc(sizeof(FnIdx) * (b->n + 1));
		for (uint32_t id = 1; id < b->n; id++)
			if (btf_kind(b, id) == K_FUNC)
				idx[n++] = (FnIdx){bstr(b, rd32(tp(b, id))), id};
		qsort(idx, n, sizeof(FnIdx), cmp_fnidx);
	}
	FnIdx key = {name, 0}, *hit = bsearch(&key, idx, n, sizeof(FnIdx), cmp_fnidx);
	return hit ? hit->id : 0;
}

/* FN's prototype: its parameters as TpArg {name, "struct file*"} in
 * order (a variadic one ends the list) and its return type ("void"
 * when none); false when the kernel's BTF has no FUNC of that name
 * (inlined, static and dropped by pahole, or a module's). */
bool btf_func_proto(Session *s, const char *fn, Vec *params, const char **ret)
{
	Btf *b = btf_load(s);
	uint32_t f = b ? func_id(b, fn) : 0;
	uint32_t pr = f ? rd32(tp(b, f) + 8) : 0;
	if (!pr || btf_kind(b, pr) != K_PROTO)
		return false;
	const uint8_t *t = tp(b, pr);
	*ret = btf_type_str(b, rd32(t + 8));
	for (uint32_t i = 0; i < vlen(t); i++) {
		const uint8_t *pp = t + 12 + 8 * i;
		if (!rd32(pp + 4))
			break;          /* "...": no type */
		TpArg *a = xalloc(sizeof(*a));
		a->name = bstr(b, rd32(pp));
		a->ctype = btf_type_str(b, rd32(pp + 4));
		vec_push(params, a);
	}
	return true;
}

/* Does a value of CTYPE (as btf_type_str writes it) fit one register
 * as an integer, enum or pointer?  Its size and signedness then. */
bool btf_ctype_scalar(Session *s, const char *ctype, int *bytes, bool *sign)
{
	*bytes = 8, *sign = false;
	if (strchr(ctype, '*'))
		return true;
	Btf *b = btf_load(s);
	bool is_ptr;
	uint32_t t = b ? btf_resolve(b, ctype_id(b, ctype, &is_ptr)) : 0;
	if (!t || !btf_is(b, t, 'i'))
		return false;
	*bytes = (int)btf_size(b, t);
	bool is_char;
	if (btf_kind(b, t) == K_INT)
		btf_int(b, t, bytes, sign, &is_char);
	else
		*sign = btf_enum_signed(b, t);
	return *bytes >= 1 && *bytes <= 8;
}

/* A kernel.function $param's chain: as a tracepoint argument's, but
 * &$p->member (an address in what p points to) is allowed. */
bool btf_bind_param(Session *s, Node *n, const char *ctype)
{
	kparam = true;
	bool ok = btf_bind_target(s, n, ctype);
	kparam = false;
	return ok;
}

bool btf_param_defined(Session *s, const Node *n, const char *ctype)
{
	kparam = true;
	bool ok = btf_defined(s, n, ctype);
	kparam = false;
	return ok;
}
