/* build.c - pass 4 (kbuild) and pass 5 (staprun).
 *
 * Pass 4 writes the module's C and a Kbuild file into a temp dir, links
 * the runtime in as $(src)/runtime (as t/runtime/run does for the
 * self-test module), and runs `make -C KDIR M=TMP modules` against the
 * target build tree.  The .ko is copied to the current directory, as stap
 * does when there is no cache, and -p4 prints its name.  A compiler error
 * in generated code is a translator bug: it is reported as such, with the
 * script position the #line marks give.
 *
 * The module cache: a SHA-256 of everything that goes into the .ko (the
 * generated C, which reflects the script, the tapsets it resolved and -D;
 * -B, -G and --modinfo; the runtime sources; the build tree's release,
 * path and .config; the compiler binary) names an entry under
 * $XDG_CACHE_HOME/stap/modules/XX/stap_HASH.ko, next to its C.  A hit
 * skips kbuild; -p4 then prints the cached path, as stap does.  -m NAME
 * and --disable-cache turn the cache off (stap's rule for -m); a cache
 * that cannot be written is skipped silently and the .ko lands in the
 * current directory as before.  Entries are written to a temp file in
 * the same directory and renamed into place, so readers never see half
 * a module.
 */
#include "stap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* FNV-1a, 64 bits: enough to name a module after its source. */
static uint64_t fnv(const char *s, uint64_t h)
{
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	return h;
}

static const char *module_name(Session *s, const char *csrc)
{
	if (s->module_name)
		return s->module_name;
	uint64_t h1 = fnv(csrc, 0xcbf29ce484222325ULL);
	uint64_t h2 = fnv(s->kernel_release ? s->kernel_release : "", h1 ^ 0x9e3779b97f4a7c15ULL);
	return xfmt("stap_%016llx%016llx_%d", (unsigned long long)h1,
		    (unsigned long long)h2, (int)getpid());
}

/* The runtime: -R DIR, else core/runtime beside the binary (source
 * tree), else PREFIX/share/stap/runtime. */
static const char *runtime_dir(Session *s)
{
	if (s->runtime_dir)
		return s->runtime_dir;
	char exe[PATH_MAX];
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = 0;
		const char *cands[] = {"%s/runtime", "%s/../share/stap/runtime"};
		for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
			char *d = xfmt(cands[i], exe);
			if (access(xfmt("%s/stp_runtime.h", d), R_OK) == 0) {
				char *r = realpath(d, NULL);
				if (!r)
					return d;
				d = xstrdup(r);
				free(r);
				return d;
			}
		}
	}
	return NULL;
}

static bool write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	if (!f)
		return false;
	fputs(text, f);
	return fclose(f) == 0;
}

static bool copy_file(const char *from, const char *to)
{
	size_t len;
	char *data = read_file(from, &len);
	if (!data)
		return false;
	FILE *f = fopen(to, "w");
	if (!f)
		return false;
	fwrite(data, 1, len, f);
	return fclose(f) == 0;
}

/* ---- SHA-256 (FIPS 180-4), for the cache key ---- */

typedef struct {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t n;
} Sha256;

static const uint32_t sha_k[64] = {
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

#define ROR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void sha_block(Sha256 *c, const unsigned char *p)
{
	uint32_t w[64], a, b, d, e, f, g, h, cc;
	for (int i = 0; i < 16; i++)
		w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 |
		       (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
	for (int i = 16; i < 64; i++) {
		uint32_t s0 = ROR(w[i - 15], 7) ^ ROR(w[i - 15], 18) ^ (w[i - 15] >> 3);
		uint32_t s1 = ROR(w[i - 2], 17) ^ ROR(w[i - 2], 19) ^ (w[i - 2] >> 10);
		w[i] = w[i - 16] + s0 + w[i - 7] + s1;
	}
	a = c->h[0]; b = c->h[1]; cc = c->h[2]; d = c->h[3];
	e = c->h[4]; f = c->h[5]; g = c->h[6]; h = c->h[7];
	for (int i = 0; i < 64; i++) {
		uint32_t t1 = h + (ROR(e, 6) ^ ROR(e, 11) ^ ROR(e, 25)) + ((e & f) ^ (~e & g)) + sha_k[i] + w[i];
		uint32_t t2 = (ROR(a, 2) ^ ROR(a, 13) ^ ROR(a, 22)) + ((a & b) ^ (a & cc) ^ (b & cc));
		h = g; g = f; f = e; e = d + t1;
		d = cc; cc = b; b = a; a = t1 + t2;
	}
	c->h[0] += a; c->h[1] += b; c->h[2] += cc; c->h[3] += d;
	c->h[4] += e; c->h[5] += f; c->h[6] += g; c->h[7] += h;
}

static void sha_init(Sha256 *c)
{
	static const uint32_t iv[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
				       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
	memcpy(c->h, iv, sizeof iv);
	c->len = 0;
	c->n = 0;
}

static void sha_update(Sha256 *c, const void *data, size_t len)
{
	const unsigned char *p = data;
	c->len += len;
	while (len) {
		size_t k = 64 - c->n < len ? 64 - c->n : len;
		memcpy(c->buf + c->n, p, k);
		c->n += k;
		p += k;
		len -= k;
		if (c->n == 64) {
			sha_block(c, c->buf);
			c->n = 0;
		}
	}
}

/* The digest as 64 lowercase hex digits. */
static char *sha_hex(Sha256 *c)
{
	uint64_t bits = c->len * 8;
	unsigned char pad = 0x80, zero = 0, lenb[8];
	sha_update(c, &pad, 1);
	while (c->n != 56)
		sha_update(c, &zero, 1);
	for (int i = 0; i < 8; i++)
		lenb[i] = (unsigned char)(bits >> (56 - 8 * i));
	sha_update(c, lenb, 8);
	char *out = xfmt("%08x%08x%08x%08x%08x%08x%08x%08x", c->h[0], c->h[1], c->h[2],
			 c->h[3], c->h[4], c->h[5], c->h[6], c->h[7]);
	return out;
}

/* A field of the key: tag, length, bytes (so no two inputs run together). */
static void key_add(Sha256 *c, const char *tag, const void *data, size_t len)
{
	uint64_t n = len;
	sha_update(c, tag, strlen(tag) + 1);
	sha_update(c, &n, sizeof n);
	sha_update(c, data, len);
}

static void key_str(Sha256 *c, const char *tag, const char *s)
{
	key_add(c, tag, s ? s : "", s ? strlen(s) : 0);
}

static void key_vec(Sha256 *c, const char *tag, const Vec *v)
{
	key_add(c, tag, &v->len, sizeof v->len);
	for (int i = 0; i < v->len; i++)
		key_str(c, tag, v->data[i]);
}

/* A file's contents (or its absence) as a field. */
static void key_file(Sha256 *c, const char *tag, const char *path)
{
	size_t len;
	char *data = read_file(path, &len);
	key_str(c, tag, path);
	if (data)
		key_add(c, "contents", data, len);
	else
		key_str(c, "missing", "");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The runtime's own files (not its test/ directory), in name order. */
static void key_runtime(Sha256 *c, const char *rt)
{
	DIR *d = opendir(rt);
	Vec names = {0};
	if (!d) {
		key_str(c, "runtime-missing", rt);
		return;
	}
	for (struct dirent *e; (e = readdir(d));) {
		struct stat st;
		char *path = xfmt("%s/%s", rt, e->d_name);
		if (e->d_name[0] != '.' && stat(path, &st) == 0 && S_ISREG(st.st_mode))
			vec_push(&names, xstrdup(e->d_name));
	}
	closedir(d);
	qsort(names.data, names.len, sizeof *names.data, cmp_str);
	for (int i = 0; i < names.len; i++)
		key_file(c, "runtime", xfmt("%s/%s", rt, (char *)names.data[i]));
}

/* "size.mtime_s.mtime_ns.inode", or "-" when it cannot be read. */
static const char *file_identity(const char *path)
{
	struct stat st;
	if (stat(path, &st) != 0)
		return "-";
	return xfmt("%lld.%lld.%ld.%llu", (long long)st.st_size, (long long)st.st_mtim.tv_sec,
		    st.st_mtim.tv_nsec, (unsigned long long)st.st_ino);
}

/* A file by its path and identity (not its contents). */
static void key_stat(Sha256 *c, const char *tag, const char *path)
{
	key_str(c, tag, path);
	key_str(c, "stat", file_identity(path));
}

/* The compiler kbuild runs ($(CROSS_COMPILE)gcc, gcc here): its
 * identity by path, size, mtime and inode, without running it.  The
 * build tree's .config names the version it expects, too. */
static void key_compiler(Sha256 *c)
{
	const char *path = getenv("PATH");
	char *dirs = xstrdup(path && *path ? path : "/usr/bin:/bin");
	for (char *dir = strtok(dirs, ":"); dir; dir = strtok(NULL, ":")) {
		char *cand = xfmt("%s/gcc", *dir ? dir : ".");
		char *real = realpath(cand, NULL);
		if (real && access(real, X_OK) == 0) {
			key_stat(c, "cc", xstrdup(real));
			free(real);
			return;
		}
		free(real);
	}
	key_str(c, "cc", "none");
}

static char *cache_key(Session *s, const char *csrc, const char *rt, const char *kdir)
{
	Sha256 c;
	sha_init(&c);
	key_str(&c, "stap-module-cache", "1 " STAP_TOOL_VERSION);
	key_str(&c, "c", csrc);
	key_vec(&c, "-D", &s->defines);
	key_vec(&c, "-B", &s->kbuild_opts);
	/* not -G: its values are module parameters, given at load time */
	key_vec(&c, "modinfo", &s->modinfo);
	key_str(&c, "release", s->kernel_release);
	key_str(&c, "kdir", kdir);
	key_file(&c, "config", xfmt("%s/.config", kdir));
	key_file(&c, "utsrelease", xfmt("%s/include/generated/utsrelease.h", kdir));
	key_runtime(&c, rt);
	key_compiler(&c);
	return sha_hex(&c);
}

/* --cache-dir, else $XDG_CACHE_HOME/stap/modules, else ~/.cache/...; NULL
 * when there is nowhere to look. */
static const char *cache_dir(Session *s)
{
	if (s->cache_dir)
		return s->cache_dir;
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		return xfmt("%s/stap/modules", xdg);
	if (home && *home)
		return xfmt("%s/.cache/stap/modules", home);
	return NULL;
}

static bool mkdir_p(const char *dir)
{
	char *p = xstrdup(dir);
	for (char *q = p + 1; *q; q++) {
		if (*q != '/')
			continue;
		*q = 0;
		if (mkdir(p, 0755) != 0 && errno != EEXIST) {
			return false;
		}
		*q = '/';
	}
	return mkdir(p, 0755) == 0 || errno == EEXIST;
}

/* Write `len` bytes to `path` by way of a temp file beside it and a
 * rename; false (and nothing left behind) on any failure. */
static bool store_atomic(const char *path, const char *data, size_t len)
{
	char *tmp = xfmt("%s.tmpXXXXXX", path);
	int fd = mkstemp(tmp);
	if (fd < 0)
		return false;
	bool ok = fchmod(fd, 0644) == 0;
	for (size_t off = 0; ok && off < len;) {
		ssize_t w = write(fd, data + off, len - off);
		if (w < 0 && errno == EINTR)
			continue;
		ok = w > 0;
		off += w > 0 ? (size_t)w : 0;
	}
	ok = close(fd) == 0 && ok;
	ok = ok && rename(tmp, path) == 0;
	if (!ok)
		unlink(tmp);
	return ok;
}

/* The .ko just built into the cache, C first so that a module is never
 * there without its source. */
static bool cache_store(const char *entry, const char *ko, const char *csrc)
{
	char *dir = xstrdup(entry);
	*strrchr(dir, '/') = 0;
	size_t len;
	char *data;
	bool ok = mkdir_p(dir) && (data = read_file(ko, &len)) != NULL;
	if (!ok)
		return false;
	char *cpath = xstrdup(entry);
	strcpy(cpath + strlen(cpath) - 3, ".c");
	return store_atomic(cpath, csrc, strlen(csrc)) && store_atomic(entry, data, len);
}

static bool ko_in_cache;  /* run_module must not remove a cached module */

/* ---- pass 3 from the cache ----
 *
 * The module key above is a hash of the generated C, so an unchanged
 * script still runs pass 3 to find it.  stap skips pass 3 as well: it
 * hashes its verbose -p2 dump.  So do we: the translated-program key
 * hashes the resolved program (the -p2 listing, every body, function and
 * embed in the canonical pass-1 form, and each probe's resolved facts),
 * the command line without -v/-p, the working directory and PATH, the
 * translator binary, the kernel's identity, the runtime, the compiler,
 * and the identity of every ELF file pass 2 read (DWARF facts such as
 * addresses and locations are not in the printed program).  pre/XX/KEY
 * names the module that program produced. */
static void put_probe_facts(Buf *b, const Probe *p)
{
	print_node(b, p->point, 0);
	buf_putc(b, '\n');
	if (p->cond)
		print_node(b, p->cond, 0);
	buf_putc(b, '\n');
	print_node(b, p->body, 0);
	buf_printf(b, "\n%s %d %s %s %s %s %s %s %llx %llx %d %d %ld %d %s %s %s %s %d %llx %llx"
		   " %lld %lld %lld %lld %s\n",
		   p->ksym ? p->ksym : "", p->kreturn,
		   p->kmod ? p->kmod : "", p->tp_sys ? p->tp_sys : "", p->tp_name ? p->tp_name : "",
		   p->upath ? p->upath : "", p->uexec ? p->uexec : "",
		   p->ubuild_id ? p->ubuild_id : "", (unsigned long long)p->uaddr,
		   (unsigned long long)p->uoffset, p->ureturn, p->ulife, p->upid, p->utarget,
		   p->unote ? p->unote : "", p->sdt_provider ? p->sdt_provider : "",
		   p->sdt_name ? p->sdt_name : "", p->sdt_args ? p->sdt_args : "", p->sdt_nargs,
		   (unsigned long long)p->sdt_sema, (unsigned long long)p->sdt_sema_off,
		   (long long)p->num[0], (long long)p->num[1], (long long)p->num[2],
		   (long long)p->num[3], p->str ? p->str : "");
	for (int i = 0; i < p->locals.len; i++) {
		const Symbol *y = p->locals.data[i];
		buf_printf(b, "local %s %d %d\n", y->name, (int)y->type, y->arity);
	}
}

static void key_program(Sha256 *c, const Program *P)
{
	char *listing = NULL;
	size_t n = 0;
	FILE *m = open_memstream(&listing, &n);
	if (m) {
		print_program(m, P);
		fclose(m);
		key_add(c, "p2", listing, n);
		free(listing);
	}
	Buf b = {0};
	for (int i = 0; i < P->embeds.len; i++)
		print_node(&b, P->embeds.data[i], 0);
	for (int i = 0; i < P->globals.len; i++) {
		const Symbol *y = P->globals.data[i];
		buf_printf(&b, "global %s %d %d %d\n", y->name, (int)y->type, y->arity, y->flags);
		if (y->decl)
			print_node(&b, y->decl, 0);
	}
	for (int i = 0; i < P->funcs.len; i++) {
		const Func *f = P->funcs.data[i];
		print_node(&b, f->decl, 0);
		for (int k = 0; k < f->locals.len; k++) {
			const Symbol *y = f->locals.data[k];
			buf_printf(&b, "local %s %d %d\n", y->name, (int)y->type, y->arity);
		}
	}
	for (int i = 0; i < P->probes.len; i++)
		put_probe_facts(&b, P->probes.data[i]);
	key_add(c, "program", b.buf, b.len);
}

/* -v and -p do not change what is translated; anything else may. */
static void key_cmdline(Sha256 *c, const Session *s)
{
	for (int i = 1; i < s->argc; i++) {
		const char *a = s->argv[i];
		if (a[0] == '-' && a[1] == 'v' && a[strspn(a + 1, "v") + 1] == 0)
			continue;
		if (!strcmp(a, "-p")) {
			i++;
			continue;
		}
		if (a[0] == '-' && a[1] == 'p' && a[2] >= '1' && a[2] <= '5' && !a[3])
			continue;
		key_str(c, "arg", a);
	}
	char cwd[PATH_MAX];
	key_str(c, "cwd", getcwd(cwd, sizeof cwd) ? cwd : "");
	key_str(c, "PATH", getenv("PATH") ? getenv("PATH") : "");
}

static void key_kernel_files(Sha256 *c, const Session *s, const char *kdir)
{
	const char *rel = s->kernel_release ? s->kernel_release : "";
	const char *files[] = {
		xfmt("%s/System.map", kdir), xfmt("%s/vmlinux", kdir),
		xfmt("%s/vmlinux.btf", kdir), xfmt("%s/Module.symvers", kdir),
		xfmt("/boot/System.map-%s", rel), xfmt("/lib/modules/%s/System.map", rel),
		"/sys/kernel/btf/vmlinux",
	};
	for (size_t i = 0; i < sizeof files / sizeof *files; i++)
		key_stat(c, "kfile", files[i]);
	/* /proc/kallsyms (the running kernel's map) is the same until a reboot */
	key_file(c, "boot", "/proc/sys/kernel/random/boot_id");
}

static char *translated_key(Session *s, const Program *P, const char *rt, const char *kdir)
{
	Sha256 c;
	sha_init(&c);
	key_str(&c, "stap-translated-cache", "1 " STAP_TOOL_VERSION);
	key_stat(&c, "exe", "/proc/self/exe");
	key_cmdline(&c, s);
	key_program(&c, P);
	key_str(&c, "release", s->kernel_release ? s->kernel_release : "");
	key_str(&c, "kdir", kdir);
	key_file(&c, "config", xfmt("%s/.config", kdir));
	key_kernel_files(&c, s, kdir);
	Vec files = {0};
	dw_opened_files(&files);
	for (int i = 0; i < s->dash_d.len; i++)
		vec_push(&files, s->dash_d.data[i]);
	for (int i = 0; i < files.len; i++)
		key_stat(&c, "elf", files.data[i]);
	key_runtime(&c, rt);
	key_compiler(&c);
	return sha_hex(&c);
}

static const char *pass3_index(Session *s)
{
	const char *cdir = cache_dir(s);
	return cdir && s->pass3_key ? xfmt("%s/pre/%.2s/%s", cdir, s->pass3_key, s->pass3_key)
				    : NULL;
}

const char *cache_translated(Session *s, const Program *P, const char **csrc_path)
{
	const char *rt = runtime_dir(s), *kdir = s->kernel_build;
	if (s->module_name || s->no_cache || !cache_dir(s) || !rt || !kdir ||
	    access(xfmt("%s/Makefile", kdir), R_OK) != 0)
		return NULL;
	s->pass3_key = translated_key(s, P, rt, kdir);
	if (s->poison_cache)
		return NULL;
	size_t len;
	char *rel = read_file(pass3_index(s), &len);
	if (!rel || !len || memchr(rel, '/', len) == NULL || strstr(rel, ".."))
		return NULL;
	/* rel's first line names the module; the others are files pass 3
	 * read (core/usyms.c), each with its identity then: all unchanged? */
	char *nl = memchr(rel, '\n', len);
	if (nl) {
		*nl = 0;
		for (char *line = strtok(nl + 1, "\n"); line; line = strtok(NULL, "\n")) {
			char *tab = strrchr(line, '\t');
			if (!tab || strcmp(tab + 1, file_identity(xstrndup(line, tab - line))))
				return NULL;
		}
	}
	const char *ko = xfmt("%s/%s.ko", cache_dir(s), rel);
	const char *c = xfmt("%s/%s.c", cache_dir(s), rel);
	if (access(ko, R_OK) != 0 || access(c, R_OK) != 0)
		return NULL;
	s->cache_hit = ko_in_cache = true;
	*csrc_path = c;
	return ko;
}

/* After pass 4 found or stored entry (CDIR/XX/NAME.ko): remember it under
 * the translated-program key. */
static void note_translated(Session *s, const char *entry)
{
	const char *idx = pass3_index(s), *cdir = cache_dir(s);
	size_t n = strlen(cdir);
	if (!idx || strncmp(entry, cdir, n) || entry[n] != '/')
		return;
	char *rel = xstrdup(entry + n + 1);
	rel[strlen(rel) - 3] = 0;		/* without .ko */
	Buf b = {0};
	buf_puts(&b, rel);
	Vec files = {0};
	usyms_files(&files);
	for (int i = 0; i < files.len; i++) {
		const char *f = files.data[i];
		if (!strchr(f, '\n') && !strchr(f, '\t'))
			buf_printf(&b, "\n%s\t%s", f, file_identity(f));
	}
	char *dir = xstrdup(idx);
	*strrchr(dir, '/') = 0;
	if (mkdir_p(dir))
		store_atomic(idx, b.buf, b.len);
}

/* Run argv, output to `log`; the exit status, or -1. */
static int run_logged(char *const argv[], const char *log)
{
	pid_t pid = fork();
	if (pid < 0)
		return -1;
	if (pid == 0) {
		FILE *f = freopen(log, "w", stdout);
		if (!f || dup2(1, 2) < 0)
			_exit(127);
		execvp(argv[0], argv);
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* Compiler errors in our generated C: a translator bug, at the script
 * position (the #line marks put the script's file:line in gcc's text). */
static void report_cc_errors(const char *log, const char *csrc_path)
{
	size_t len;
	char *text = read_file(log, &len);
	int shown = 0;
	fprintf(stderr, "stap: translator bug: the generated C does not compile; "
		"please report it with the script\n");
	for (char *line = text ? strtok(text, "\n") : NULL; line && shown < 10;
	     line = strtok(NULL, "\n")) {
		if (strstr(line, "error:") || strstr(line, "Error ")) {
			fprintf(stderr, "  %s\n", line);
			shown++;
		}
	}
	fprintf(stderr, "  (generated C: %s; full log: %s; -k keeps them)\n", csrc_path, log);
}

static void rm_tree(const char *dir)
{
	char *argv[] = {"rm", "-rf", (char *)dir, NULL};
	run_logged(argv, "/dev/null");
}

const char *build_module(Session *s, const char *csrc)
{
	const char *name = module_name(s, csrc);
	const char *rt = runtime_dir(s);
	if (!rt) {
		fprintf(stderr, "stap: cannot find the runtime (stp_runtime.h): use -R DIR\n");
		return NULL;
	}
	const char *kdir = s->kernel_build;
	if (!kdir || access(xfmt("%s/Makefile", kdir), R_OK) != 0) {
		fprintf(stderr, "Checking \"%s/.config\" failed with error: No such file or directory\n"
			"stap: no kernel build tree for %s: install linux-headers-%s or use -r RELEASE|DIR\n",
			kdir ? kdir : "/lib/modules/?/build", s->kernel_release ? s->kernel_release : "?",
			s->kernel_release ? s->kernel_release : "$(uname -r)");
		return NULL;
	}
	/* stap: -m NAME turns the cache off */
	const char *cdir = s->module_name || s->no_cache ? NULL : cache_dir(s);
	const char *entry = NULL;
	if (cdir) {
		char *key = cache_key(s, csrc, rt, kdir);
		name = xfmt("stap_%.32s", key);
		entry = xfmt("%s/%.2s/%s.ko", cdir, key, name);
		if (!s->poison_cache && access(entry, R_OK) == 0) {
			s->cache_hit = ko_in_cache = true;
			note_translated(s, entry);
			return entry;
		}
	}
	const char *base = s->tmpdir ? s->tmpdir : getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
	char *tmp = xfmt("%s/stapXXXXXX", base);
	if (!mkdtemp(tmp)) {
		fprintf(stderr, "stap: cannot make a temp dir in %s: %s\n", base, strerror(errno));
		return NULL;
	}
	const char *src = xfmt("%s/%s_src.c", tmp, name);
	Buf kb = {0};
	buf_printf(&kb, "obj-m := %s.o\n%s-y := %s_src.o\nccflags-y := -I%s -Wno-unused-label -Wno-unused-variable\n",
		   name, name, name, rt);
	bool ok = write_file(src, csrc) && write_file(xfmt("%s/Kbuild", tmp), buf_str(&kb));
	if (!ok) {
		fprintf(stderr, "stap: cannot write %s: %s\n", src, strerror(errno));
		return NULL;
	}
	Vec argv = {0};
	vec_push(&argv, "make");
	vec_push(&argv, "-C");
	vec_push(&argv, (char *)kdir);
	vec_push(&argv, xfmt("M=%s", tmp));
	vec_push(&argv, "modules");
	vec_push(&argv, s->verbose >= 3 ? "V=1" : "-s");
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	vec_push(&argv, xfmt("-j%ld", ncpu > 0 ? ncpu : 1));
	for (int i = 0; i < s->kbuild_opts.len; i++)
		vec_push(&argv, s->kbuild_opts.data[i]);
	vec_push(&argv, NULL);
	const char *log = xfmt("%s/kbuild.log", tmp);
	int rc = run_logged((char *const *)argv.data, log);
	const char *ko = xfmt("%s/%s.ko", tmp, name);
	if (rc != 0 || access(ko, R_OK) != 0) {
		report_cc_errors(log, src);
		s->keep_tmp = true;
		fprintf(stderr, "Keeping temporary directory \"%s\"\n", tmp);
		return NULL;
	}
	const char *out = xfmt("%s.ko", name);
	if (entry && cache_store(entry, ko, csrc)) {
		out = entry;
		ko_in_cache = true;
		note_translated(s, entry);
	} else if (!copy_file(ko, out)) {
		fprintf(stderr, "stap: cannot write %s: %s\n", out, strerror(errno));
		return NULL;
	}
	if (s->keep_tmp)
		fprintf(stderr, "Keeping temporary directory \"%s\"\n", tmp);
	else
		rm_tree(tmp);
	return out;
}

/* Pass 5: staprun beside the binary (core/staprun/staprun), or on PATH. */
int run_module(Session *s, const char *ko)
{
	char exe[PATH_MAX];
	const char *staprun = "staprun";
	ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = 0;
		char *slash = strrchr(exe, '/');
		if (slash)
			*slash = 0;
		char *cand = xfmt("%s/staprun/staprun", exe);
		if (access(cand, X_OK) == 0)
			staprun = cand;
	}
	Vec argv = {0};
	vec_push(&argv, (char *)staprun);
	if (s->output_file) {
		vec_push(&argv, "-o");
		vec_push(&argv, (char *)s->output_file);
	}
	if (s->switch_size) {
		vec_push(&argv, "-S");
		vec_push(&argv, (char *)s->switch_size);
	}
	if (s->cmd) {
		vec_push(&argv, "-c");
		vec_push(&argv, (char *)s->cmd);
	}
	if (s->target_pid) {
		vec_push(&argv, "-x");
		vec_push(&argv, xfmt("%ld", s->target_pid));
	}
	if (s->timeout_s) {
		vec_push(&argv, "-T");
		vec_push(&argv, xfmt("%ld", s->timeout_s));
	}
	vec_push(&argv, (char *)ko);
	for (int i = 0; i < s->globals_set.len; i++)	/* -G: module parameters */
		vec_push(&argv, s->globals_set.data[i]);
	vec_push(&argv, NULL);
	fflush(NULL);
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		execvp(argv.data[0], (char *const *)argv.data);
		fprintf(stderr, "stap: cannot run %s: %s\n", staprun, strerror(errno));
		_exit(127);
	}
	int st;
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return 1;
	if (!ko_in_cache)
		unlink(ko);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}
