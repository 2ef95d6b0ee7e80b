/* kernel.c - the target kernel's probe points: its symbol map, for
 * kernel.function / module().function (kprobes), and its tracepoint
 * index, for kernel.trace.
 *
 * No debuginfo here: a function is a text symbol of the target's symbol
 * map (System.map, or /proc/kallsyms when the target is the running
 * kernel), a module function a text symbol of the module's .ko, and a
 * tracepoint an event declared in the target's trace headers whose
 * __tracepoint_NAME (or __traceiter_NAME) symbol the map has.  A
 * function's parameters and return value come from its BTF prototype
 * (registers at the kprobe; see "kernel.function $params" below);
 * whatever else needs DWARF (name@file, .statement, .inline, .label,
 * locals, a function BTF lacks) is refused with SystemTap's
 * missing-debuginfo message.
 *
 * The tracepoint index (parsing about 150 headers) is cached beside the
 * tapset index, keyed by the headers' and the map's identity (path, size,
 * mtime), so a warm -p2 reads one small file.
 */
#include "stap.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <gelf.h>
#include <glob.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

/* ------------------------------------------------------------------ */
/* The symbol map                                                      */

typedef struct {
	const char *name;
	const char *mod;        /* [mod] of a kallsyms line, or NULL      */
	uint64_t addr;
} KSym;

typedef struct {
	bool loaded;
	const char *path;       /* the map read, NULL when none was found */
	Vec tried;              /* char *: where we looked                */
	KSym *text;             /* text symbols, sorted by (mod, name)    */
	int ntext;
	Vec tracepoints;        /* char *: NAME of each __tracepoint_NAME */
	uint64_t kp_lo, kp_hi;  /* __kprobes_text_start/end               */
	uint64_t init_lo, init_hi; /* _sinittext/_einittext               */
	long long size, mtime;
} KMap;

static KMap kmap;

static int cmp_ksym(const void *a, const void *b)
{
	const KSym *x = a, *y = b;
	int c = strcmp(x->mod ? x->mod : "", y->mod ? y->mod : "");
	return c ? c : strcmp(x->name, y->name);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Debian ships /boot/System.map-REL as a one-line placeholder ("The real
 * System.map is in the linux-image-<version>-dbg package"). */
static bool is_placeholder(const char *text)
{
	const char *nl = strchr(text, '\n');
	return !nl || !nl[1] || strstr(text, "The real System.map");
}

static bool running_release(const char *rel)
{
	struct utsname u;
	return rel && uname(&u) == 0 && !strcmp(u.release, rel);
}

/* One line: "ffffffff81000000 T _stext" or, from kallsyms,
 * "ffffffffc0a01000 t ext4_foo\t[ext4]". */
static void map_line(char *line, Vec *text)
{
	char *sp1 = strchr(line, ' ');
	if (!sp1 || !sp1[1] || sp1[2] != ' ')
		return;
	char type = sp1[1], *name = sp1 + 3;
	uint64_t addr = strtoull(line, NULL, 16);
	char *mod = strchr(name, '\t');
	if (mod) {
		*mod++ = 0;
		if (*mod == '[') {
			mod++;
			char *e = strchr(mod, ']');
			if (e)
				*e = 0;
		}
	}
	/* a tracepoint's marks: kallsyms without KALLSYMS_ALL lacks the
	 * __tracepoint_ data symbol, but has the __traceiter_ function */
	static const char *const tp_marks[] = {"__tracepoint_", "__traceiter_", "__tpstrtab_"};
	for (size_t i = 0; i < 3 && !mod; i++)
		if (!strncmp(name, tp_marks[i], strlen(tp_marks[i])))
			vec_push(&kmap.tracepoints, name + strlen(tp_marks[i]));
	static const struct { const char *name; uint64_t *at; } marks[] = {
		{"__kprobes_text_start", &kmap.kp_lo}, {"__kprobes_text_end", &kmap.kp_hi},
		{"_sinittext", &kmap.init_lo}, {"_einittext", &kmap.init_hi},
	};
	for (size_t i = 0; i < sizeof marks / sizeof *marks && !mod; i++)
		if (!strcmp(name, marks[i].name))
			*marks[i].at = addr;
	if (type != 't' && type != 'T')
		return;
	KSym *k = xalloc(sizeof(*k));
	*k = (KSym){name, mod && *mod ? mod : NULL, addr};
	vec_push(text, k);
}

static bool map_parse(const char *path)
{
	size_t len;
	char *t = read_file(path, &len);
	if (!t || is_placeholder(t))
		return false;
	Vec text = {0};
	for (char *line = t, *nl; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		map_line(line, &text);
		if (!nl)
			break;
	}
	kmap.ntext = text.len;
	kmap.text = xalloc(sizeof(KSym) * (text.len + 1));
	for (int i = 0; i < text.len; i++)
		kmap.text[i] = *(KSym *)text.data[i];
	qsort(kmap.text, kmap.ntext, sizeof(KSym), cmp_ksym);
	if (kmap.tracepoints.len)
		qsort(kmap.tracepoints.data, kmap.tracepoints.len, sizeof(void *), cmp_cstr);
	kmap.path = path;
	struct stat st;
	if (stat(path, &st) == 0)
		kmap.size = st.st_size, kmap.mtime = st.st_mtime;
	return true;
}

/* <build>/System.map, /boot/System.map-REL, /lib/modules/REL/System.map,
 * then /proc/kallsyms when REL is the running kernel. */
static KMap *map_load(Session *s)
{
	if (kmap.loaded)
		return &kmap;
	kmap.loaded = true;
	const char *rel = s->kernel_release;
	const char *cands[4];
	int n = 0;
	if (s->kernel_build)
		cands[n++] = xfmt("%s/System.map", s->kernel_build);
	if (rel) {
		cands[n++] = xfmt("/boot/System.map-%s", rel);
		cands[n++] = xfmt("/lib/modules/%s/System.map", rel);
	}
	if (running_release(rel))
		cands[n++] = "/proc/kallsyms";
	for (int i = 0; i < n; i++) {
		vec_push(&kmap.tried, (void *)cands[i]);
		if (map_parse(cands[i]))
			break;
	}
	return &kmap;
}

static SemErr *no_map(Session *s)
{
	Buf b = {0};
	for (int i = 0; i < kmap.tried.len; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", (char *)kmap.tried.data[i]);
	return sem_err("kernel-nomap", NULL, NULL,
		       "kernel symbol table missing for %s: looked for %s "
		       "[man warning::symbols]", s->kernel_release ?: "the target kernel",
		       buf_str(&b));
}

/* stap's blacklist (tapsets.cxx, dwarf_query::build_blacklist): functions
 * a kprobe must not touch, and those whose return probe would never fire. */
static const char *const black_fn[] = {
	"atomic_notifier_call_chain", "default_do_nmi", "__die", "die_nmi",
	"do_debug", "do_general_protection", "do_int3", "do_IRQ",
	"do_page_fault", "do_sparc64_fault", "do_trap", "dummy_nmi_callback",
	"flush_icache_range", "ia64_bad_break", "ia64_do_page_fault",
	"ia64_fault", "io_check_error", "mem_parity_error", "nmi_watchdog_tick",
	"notifier_call_chain", "oops_begin", "oops_end",
	"program_check_exception", "single_step_exception", "sync_regs",
	"unhandled_fault", "unknown_nmi_error", "xen_[gs]et_debugreg",
	"xen_irq_*", "xen_*_fl_direct*", "check_events",
	"xen_adjust_exception_frame", "xen_iret*", "xen_sysexit*",
	"xen_sysret*", "xen_restore_fl", "xen_save_fl",
	/* locks */
	"*raw_*lock*", "*read_*lock*", "*write_*lock*", "*spin_*lock*",
	"*rwlock_*lock*", "*rwsem_*lock*", "*mutex_*lock*", "raw_*",
	"*seq_*lock*",
	/* atomics and a few others */
	"atomic_*", "atomic64_*", "get_bh", "put_bh",
	"*apic*", "*APIC*", "*softirq*", "*IRQ*", "*_intr*", "__delay",
	"*kernel_text*", "get_current", "current_*", "*exception_tables*",
	"*setup_rt_frame*", "*preempt_count*", "preempt_schedule",
	"__switch_to",          /* x86_64: changes current */
};
static const char *const black_ret[] = {
	"do_exit", "sys_exit", "sys_exit_group", "special_mapping_*", "*_pte_*",
};

static bool in_list(const char *name, const char *const *pats, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (fnmatch(pats[i], name, 0) == 0)
			return true;
	return false;
}

/* Is NAME a compiler clone that is a whole function ("foo.isra.0",
 * "foo.constprop.0"), not a piece of one ("foo.cold", "foo.part.0")? */
static bool whole_clone(const char *name)
{
	return strstr(name, ".isra.") || strstr(name, ".constprop.");
}

/* Can a kprobe go here?  Besides stap's name blacklist: __kprobes text
 * and init text (stap checks the section), and compiler clones
 * ("foo.cold", "foo.part.0", "foo.isra.0", "foo.constprop.0"): they are
 * pieces of a function, not its entry, and stap's symbol table keeps only
 * the function itself.  A pattern that itself names a clone (has a '.':
 * "finish_task_switch.isra.*") may match an .isra/.constprop one: where
 * gcc left only the clone, it is the function's one entry (stap finds it
 * through DWARF; scheduler.cpu_on probes it so), though its register
 * arguments may be reordered, which the prober must check. */
static bool probeable(const KSym *k, bool ret, const char *pattern)
{
	if (strchr(k->name, '.') && !(strchr(pattern, '.') && whole_clone(k->name)))
		return false;
	if (!strncmp(k->name, "__pfx_", 6))
		return false;
	if (!strcmp(k->name, "__kprobes_text_end") || !strcmp(k->name, "_einittext"))
		return false;   /* the ends of the ranges below: no functions */
	if (!k->mod && k->addr) {
		if (kmap.kp_lo && k->addr >= kmap.kp_lo && k->addr < kmap.kp_hi)
			return false;
		if (kmap.init_lo && k->addr >= kmap.init_lo && k->addr < kmap.init_hi)
			return false;
	}
	if (in_list(k->name, black_fn, sizeof black_fn / sizeof *black_fn))
		return false;
	return !ret || !in_list(k->name, black_ret, sizeof black_ret / sizeof *black_ret);
}

static void add_kfunc(Vec *out, const char *mod, const char *name)
{
	KFunc *f = xalloc(sizeof(*f));
	f->mod = mod;
	f->name = name;
	vec_push(out, f);
}

/* ---- modules: [mod] lines of kallsyms, or the .ko's .symtab ---- */

/* Module names compare with '-' and '_' alike, as the kernel does. */
static char *mod_norm(const char *m)
{
	char *d = xstrdup(m);
	for (char *p = d; *p; p++)
		if (*p == '-')
			*p = '_';
	return d;
}

typedef struct {
	const char *name;       /* normalised module name                 */
	const char *path;       /* the .ko                                */
} KoFile;

static void find_kos(const char *dir, Vec *out, int depth)
{
	DIR *d = depth < 12 ? opendir(dir) : NULL;
	if (!d)
		return;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "build") ||
		    !strcmp(e->d_name, "source"))
			continue;
		const char *p = xfmt("%s/%s", dir, e->d_name);
		size_t n = strlen(e->d_name);
		struct stat st;
		if (lstat(p, &st) != 0)
			continue;
		if (S_ISDIR(st.st_mode)) {
			find_kos(p, out, depth + 1);
		} else if (n > 3 && !strcmp(e->d_name + n - 3, ".ko")) {
			KoFile *k = xalloc(sizeof(*k));
			k->name = mod_norm(xstrndup(e->d_name, n - 3));
			k->path = p;
			vec_push(out, k);
		}
	}
	closedir(d);
}

static Vec *ko_list(Session *s)
{
	static Vec kos;
	static bool done;
	if (!done && s->kernel_release)
		find_kos(xfmt("/lib/modules/%s", s->kernel_release), &kos, 0);
	done = true;
	return &kos;
}

/* The .ko's defined functions in text sections (not .init/.exit). */
static void ko_funcs(const KoFile *ko, const char *pattern, bool ret, Vec *out)
{
	int fd = open(ko->path, O_RDONLY);
	if (fd < 0)
		return;
	elf_version(EV_CURRENT);
	Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
	size_t shstr;
	Elf_Scn *scn = NULL;
	Vec names = {0};
	while (elf && elf_getshdrstrndx(elf, &shstr) == 0 && (scn = elf_nextscn(elf, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
			continue;
		Elf_Data *data = elf_getdata(scn, NULL);
		size_t n = data ? sh.sh_size / sh.sh_entsize : 0;
		for (size_t i = 0; i < n; i++) {
			GElf_Sym sym;
			if (!gelf_getsym(data, i, &sym) || GELF_ST_TYPE(sym.st_info) != STT_FUNC ||
			    sym.st_shndx == SHN_UNDEF || sym.st_shndx >= SHN_LORESERVE)
				continue;
			GElf_Shdr th;
			Elf_Scn *ts = elf_getscn(elf, sym.st_shndx);
			const char *sec = ts && gelf_getshdr(ts, &th) ?
					  elf_strptr(elf, shstr, th.sh_name) : NULL;
			const char *name = elf_strptr(elf, sh.sh_link, sym.st_name);
			if (!sec || !name || strncmp(sec, ".text", 5) ||
			    fnmatch(pattern, name, 0) != 0)
				continue;
			KSym k = {name, ko->name, 0};
			if (probeable(&k, ret, pattern))
				vec_push(&names, xstrdup(name));
		}
	}
	if (elf)
		elf_end(elf);
	close(fd);
	if (names.len)
		qsort(names.data, names.len, sizeof(void *), cmp_cstr);
	for (int i = 0; i < names.len; i++)
		if (!i || strcmp(names.data[i], names.data[i - 1]))
			add_kfunc(out, ko->name, names.data[i]);
}

static bool seen_mod(const Vec *mods, const char *m)
{
	for (int i = 0; i < mods->len; i++)
		if (!strcmp(mods->data[i], m))
			return true;
	return false;
}

/* Module functions: from the map's [mod] symbols when it has that
 * module, else from the module's .ko. */
static void module_funcs(Session *s, const char *modpat, const char *pattern,
			 bool ret, Vec *out)
{
	char *mpat = mod_norm(modpat);
	Vec done = {0};
	for (int i = 0; i < kmap.ntext; i++) {
		const KSym *k = &kmap.text[i];
		if (!k->mod || fnmatch(mpat, mod_norm(k->mod), 0) != 0)
			continue;
		if (!seen_mod(&done, k->mod))
			vec_push(&done, (void *)k->mod);
		if (fnmatch(pattern, k->name, 0) == 0 && probeable(k, ret, pattern) &&
		    (i == 0 || cmp_ksym(k, k - 1)))
			add_kfunc(out, k->mod, k->name);
	}
	Vec *kos = ko_list(s);
	for (int i = 0; i < kos->len; i++) {
		const KoFile *ko = kos->data[i];
		if (fnmatch(mpat, ko->name, 0) != 0 || seen_mod(&done, ko->name))
			continue;
		vec_push(&done, (void *)ko->name);
		ko_funcs(ko, pattern, ret, out);
	}
}

static int cmp_kfunc(const void *a, const void *b)
{
	const KFunc *x = *(KFunc *const *)a, *y = *(KFunc *const *)b;
	int c = strcmp(x->mod ? x->mod : "", y->mod ? y->mod : "");
	return c ? c : strcmp(x->name, y->name);
}

SemErr *kernel_functions(Session *s, const char *mod, const char *pattern, bool ret,
			 Vec *out)
{
	map_load(s);
	int before = out->len;
	if (mod) {
		module_funcs(s, mod, pattern, ret, out);
	} else {
		if (!kmap.path)
			return no_map(s);
		int lo = 0, hi = kmap.ntext;
		if (!strpbrk(pattern, "*?[")) {
			/* an exact name (the tapsets' hundreds of syscalls):
			 * binary search, kernel symbols sort first */
			KSym key = {pattern, NULL, 0};
			while (lo < hi) {
				int mid = (lo + hi) / 2;
				if (cmp_ksym(&kmap.text[mid], &key) < 0)
					lo = mid + 1;
				else
					hi = mid;
			}
			hi = lo < kmap.ntext ? lo + 1 : lo;
		}
		for (int i = lo; i < hi; i++) {
			const KSym *k = &kmap.text[i];
			if (k->mod || fnmatch(pattern, k->name, 0) != 0 || !probeable(k, ret, pattern))
				continue;
			if (i > 0 && !cmp_ksym(k, k - 1))
				continue;       /* static functions of the same name */
			add_kfunc(out, NULL, k->name);
		}
	}
	if (out->len > before)
		qsort(out->data + before, out->len - before, sizeof(void *), cmp_kfunc);
	return NULL;
}

/* kprobe.function (probes.c): stap 4.8 takes the map's text names as
 * they are: clones (".isra.0", ".cold"), init and __kprobes text and
 * its blacklist included (the kernel refuses what it cannot probe when
 * the probe registers). */
SemErr *kernel_text_symbols(Session *s, const char *pattern, Vec *out)
{
	map_load(s);
	if (!kmap.path)
		return no_map(s);
	int before = out->len;
	for (int i = 0; i < kmap.ntext; i++) {
		const KSym *k = &kmap.text[i];
		if (k->mod || fnmatch(pattern, k->name, 0) != 0)
			continue;
		if (i > 0 && !cmp_ksym(k, k - 1))
			continue;
		add_kfunc(out, NULL, k->name);
	}
	if (out->len > before)
		qsort(out->data + before, out->len - before, sizeof(void *), cmp_kfunc);
	return NULL;
}

const char *kernel_debuginfo_msg(Session *s)
{
	const char *arch = s->arch ? s->arch : "x86_64";
	return xfmt("missing %s kernel/module debuginfo [man warning::debuginfo] under '%s'",
		    arch, s->kernel_build ? s->kernel_build :
		    xfmt("/lib/modules/%s/build", s->kernel_release ?: ""));
}

/* ------------------------------------------------------------------ */
/* The tracepoint index                                                */
/*
 * Each trace header is read as the preprocessor would see the event
 * macros: comments stripped, continuation lines joined, TRACE_SYSTEM
 * followed through #define/#undef, and the header's own function-like
 * macros (DEFINE_WRITEBACK_EVENT(name) ...) expanded where invoked.
 * Conditionals are not evaluated: an event the configuration leaves out
 * has no __tracepoint_NAME in the symbol map and is dropped there.
 */

typedef struct {
	const char *name;
	Vec params;             /* char * */
	const char *body;
	bool proto;             /* #define __foo_proto TP_PROTO(...)      */
} HMacro;

typedef struct {
	Session *s;
	const char *sys;
	Vec macros;             /* HMacro *: function-like, and object-like
				   aliases of an event macro (params empty,
				   body the macro's name)               */
	Vec classes;            /* KTrace *: DECLARE_EVENT_CLASS, by name  */
	Vec *out;               /* KTrace * */
} HParse;

static bool is_idc(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9');
}

static const char *skip_sp(const char *p)
{
	while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
		p++;
	return p;
}

/* Collapse whitespace runs; no space before or after '*' (but "* const");
 * sparse's address-space marks (__user, __percpu ...) dropped. */
static const char *norm_type(const char *s, size_t n)
{
	static const char *const marks[] = {"__user", "__percpu", "__iomem", "__rcu",
					    "__force", "__kernel"};
	Buf b = {0};
	bool sp = false;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		if (c == '_' && (i == 0 || !is_idc(s[i - 1]))) {
			bool skip = false;
			for (size_t k = 0; k < sizeof marks / sizeof *marks && !skip; k++) {
				size_t ml = strlen(marks[k]);
				if (i + ml <= n && !strncmp(s + i, marks[k], ml) &&
				    (i + ml == n || !is_idc(s[i + ml]))) {
					i += ml - 1;
					skip = true;
				}
			}
			if (skip) {
				sp = b.len > 0;
				continue;
			}
		}
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = b.len > 0;
			continue;
		}
		if (b.len && ((sp && c != '*' && c != '[' && b.buf[b.len - 1] != '*') ||
			      (b.buf[b.len - 1] == '*' && is_idc(c))))
			buf_putc(&b, ' ');
		sp = false;
		buf_putc(&b, c);
	}
	return buf_str(&b);
}

/* Split "a, f(b, c), d" at its top-level commas. */
static Vec split_args(const char *s, size_t n)
{
	Vec v = {0};
	int depth = 0;
	size_t start = 0;
	for (size_t i = 0; i <= n; i++) {
		char c = i < n ? s[i] : ',';
		if (c == '"' || c == '\'') {   /* "(%s" is no parenthesis */
			for (i++; i < n && s[i] != c; i++)
				i += s[i] == '\\';
			continue;
		}
		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if (c == ')' || c == ']' || c == '}')
			depth--;
		else if (c == ',' && depth <= 0) {
			const char *a = skip_sp(s + start);
			size_t len = s + i - a;
			while (len && strchr(" \t\n\r", a[len - 1]))
				len--;
			vec_push(&v, xstrndup(a, len));
			start = i + 1;
		}
	}
	return v;
}

/* The argument list after an identifier at `p` (which points at the
 * '('); *end gets the char after the ')'.  NULL if unbalanced. */
static const char *paren_body(const char *p, const char **end, size_t *len)
{
	int depth = 0;
	for (const char *q = p; *q; q++) {
		if (*q == '"' || *q == '\'') {
			char c = *q;
			for (q++; *q && *q != c; q++)
				q += q[0] == '\\' && q[1];
			if (!*q)
				return NULL;
		} else if (*q == '(')
			depth++;
		else if (*q == ')' && --depth == 0) {
			*end = q + 1;
			*len = q - p - 1;
			return p + 1;
		}
	}
	return NULL;
}

/* "struct task_struct *prev" -> {"prev", "struct task_struct*"} */
static TpArg *parse_param(const char *p)
{
	size_t n = strlen(p);
	const char *fp = strstr(p, "(*");
	TpArg *a = xalloc(sizeof(*a));
	if (fp) {               /* a function pointer: void (*fn)(int) */
		const char *id = skip_sp(fp + 2), *e = id;
		while (is_idc(*e))
			e++;
		a->name = xstrndup(id, e - id);
		const char *t = xfmt("%.*s(*) %s", (int)(fp - p), p, e + (*e == ')'));
		a->ctype = norm_type(t, strlen(t));
		return a;
	}
	size_t e = n;
	while (e && p[e - 1] == ']') {  /* int arr[4] */
		while (e && p[e - 1] != '[')
			e--;
		if (e)
			e--;
	}
	size_t ne = e;
	while (ne && strchr(" \t", p[ne - 1]))
		ne--;
	size_t ns = ne;
	while (ns && is_idc(p[ns - 1]))
		ns--;
	a->name = xstrndup(p + ns, ne - ns);
	a->ctype = norm_type(xfmt("%.*s%s", (int)ns, p, p + e), ns + (n - e));
	return a;
}

/* TP_PROTO(a, b) -> its parameters; "void" has none. */
static bool parse_proto(const char *arg, Vec *out)
{
	arg = skip_sp(arg);
	if (strncmp(arg, "TP_PROTO", 8))
		return false;
	const char *end, *body;
	size_t len;
	if (!(body = paren_body(skip_sp(arg + 8), &end, &len)))
		return false;
	Vec ps = split_args(body, len);
	if (ps.len == 1 && (!strcmp(ps.data[0], "void") || !*(char *)ps.data[0]))
		return true;
	for (int i = 0; i < ps.len; i++)
		if (*(char *)ps.data[i])
			vec_push(out, parse_param(ps.data[i]));
	return true;
}

static void add_event(HParse *H, const char *name, const Vec *args, bool is_class)
{
	if (!H->sys || !*name)
		return;
	KTrace *t = xalloc(sizeof(*t));
	t->sys = H->sys;
	t->name = name;
	t->args = *args;
	vec_push(is_class ? &H->classes : H->out, t);
}

static const KTrace *find_class(HParse *H, const char *name)
{
	for (int i = H->classes.len - 1; i >= 0; i--) {
		const KTrace *c = H->classes.data[i];
		if (!strcmp(c->name, name))
			return c;
	}
	return NULL;
}

/* The event macros: where the name and the TP_PROTO are among the
 * arguments (-1: the class's prototype). */
static const struct {
	const char *macro;
	int name, proto;
	bool is_class;
} event_macros[] = {
	{"TRACE_EVENT", 0, 1, false},
	{"TRACE_EVENT_FN", 0, 1, false},
	{"TRACE_EVENT_FN_COND", 0, 1, false},
	{"TRACE_EVENT_CONDITION", 0, 1, false},
	{"DECLARE_TRACE", 0, 1, false},
	{"DECLARE_TRACE_CONDITION", 0, 1, false},
	{"DECLARE_EVENT_CLASS", 0, 1, true},
	{"DEFINE_EVENT", 1, 2, false},
	{"DEFINE_EVENT_FN", 1, 2, false},
	{"DEFINE_EVENT_CONDITION", 1, 2, false},
	{"DEFINE_EVENT_PRINT", 1, 2, false},
};

static const HMacro *find_macro(HParse *H, const char *id)
{
	for (int i = H->macros.len - 1; i >= 0; i--) {
		const HMacro *m = H->macros.data[i];
		if (!strcmp(m->name, id))
			return m;
	}
	return NULL;
}

static void scan_code(HParse *H, const char *p, int depth);

static bool event_macro(HParse *H, const char *id, const Vec *args)
{
	for (size_t i = 0; i < sizeof event_macros / sizeof *event_macros; i++) {
		if (strcmp(id, event_macros[i].macro))
			continue;
		if (args->len <= event_macros[i].proto)
			return true;
		Vec params = {0};
		const char *name = args->data[event_macros[i].name];
		const char *proto = args->data[event_macros[i].proto];
		const HMacro *pm = find_macro(H, proto);
		if (pm && pm->proto)    /* DECLARE_EVENT_CLASS(c, __c_proto, ...) */
			proto = pm->body;
		if (!parse_proto(proto, &params)) {
			/* DEFINE_EVENT(class, name, proto...) with the proto
			 * hidden in a macro: take the class's */
			const KTrace *c = event_macros[i].name ? find_class(H, args->data[0]) : NULL;
			if (!c)
				return true;
			params = c->args;
		}
		add_event(H, name, &params, event_macros[i].is_class);
		return true;
	}
	return false;
}

/* Substitute a header macro's parameters; "a ## b" pastes. */
static const char *expand(const HMacro *m, const Vec *args)
{
	Buf b = {0};
	for (const char *p = m->body; *p;) {
		if (is_idc(*p) && (p == m->body || !is_idc(p[-1]))) {
			const char *e = p;
			while (is_idc(*e))
				e++;
			int k = -1;
			for (int i = 0; i < m->params.len && k < 0; i++)
				if (strlen(m->params.data[i]) == (size_t)(e - p) &&
				    !strncmp(m->params.data[i], p, e - p))
					k = i;
			if (k >= 0 && k < args->len)
				buf_puts(&b, args->data[k]);
			else
				buf_putn(&b, p, e - p);
			p = e;
		} else if (p[0] == '#' && p[1] == '#') {
			while (b.len && strchr(" \t", b.buf[b.len - 1]))
				b.len--;
			p = skip_sp(p + 2);
		} else {
			buf_putc(&b, *p++);
		}
	}
	return buf_str(&b);
}

static void scan_code(HParse *H, const char *p, int depth)
{
	while (*p) {
		if (*p == '"' || *p == '\'') {  /* skip literals */
			char q = *p++;
			while (*p && *p != q)
				p += p[0] == '\\' && p[1] ? 2 : 1;
			p += *p != 0;
			continue;
		}
		if (!is_idc(*p) || (*p >= '0' && *p <= '9')) {
			p++;
			continue;
		}
		const char *s = p;
		while (is_idc(*p))
			p++;
		const char *id = xstrndup(s, p - s), *q = skip_sp(p), *end, *body;
		size_t len;
		if (*q != '(')
			continue;
		const HMacro *m = find_macro(H, id);
		for (int k = 0; m && !m->params.len && !m->proto && k < 4; k++) {
			id = m->body;   /* #define DEFINE_EVENT_SCHEDSTAT DEFINE_EVENT */
			m = find_macro(H, id);
		}
		bool known = false, nop = strstr(id, "_NOP") != NULL;
		for (size_t i = 0; i < sizeof event_macros / sizeof *event_macros; i++)
			known |= !strcmp(id, event_macros[i].macro);
		if (m && (!m->params.len || m->proto))
			m = NULL;
		known |= nop;
		if (!known && !m)
			continue;
		if (!(body = paren_body(q, &end, &len)))
			return;
		Vec args = split_args(body, len);
		if (known && !nop)
			event_macro(H, id, &args);
		else if (m && depth < 8)
			scan_code(H, expand(m, &args), depth + 1);
		p = end;
	}
}

/* "#define NAME(a, b) body": kept when the body may declare events. */
static void directive(HParse *H, const char *line)
{
	const char *p = skip_sp(line + 1);
	bool def = !strncmp(p, "define", 6), undef = !strncmp(p, "undef", 5);
	if (!def && !undef)
		return;
	p = skip_sp(p + (def ? 6 : 5));
	const char *s = p;
	while (is_idc(*p))
		p++;
	const char *name = xstrndup(s, p - s);
	if (!strcmp(name, "TRACE_SYSTEM")) {
		const char *v = skip_sp(p), *e = v;
		while (is_idc(*e) || *e == '-')         /* intel-sst */
			e++;
		H->sys = def && e > v ? xstrndup(v, e - v) : NULL;
		return;
	}
	if (def && *p != '(') {         /* an alias of an event macro? */
		const char *v = skip_sp(p), *e = v;
		while (is_idc(*e))
			e++;
		if (!strncmp(v, "TP_PROTO", 8)) {
			HMacro *m = xalloc(sizeof(*m));
			m->name = name;
			m->body = xstrdup(v);
			m->proto = true;
			vec_push(&H->macros, m);
		} else if (e > v && *skip_sp(e) == 0 &&
			   (strstr(v, "EVENT") || strstr(v, "TRACE"))) {
			HMacro *m = xalloc(sizeof(*m));
			m->name = name;
			m->body = xstrndup(v, e - v);
			vec_push(&H->macros, m);
		}
		return;
	}
	if (!def || (!strstr(p, "EVENT") && !strstr(p, "TRACE")))
		return;
	const char *end, *body;
	size_t len;
	if (!(body = paren_body(p, &end, &len)))
		return;
	HMacro *m = xalloc(sizeof(*m));
	m->name = name;
	m->params = split_args(body, len);
	m->body = xstrdup(skip_sp(end));
	vec_push(&H->macros, m);
}

/* Comments out, continuations joined (kept as one line). */
static char *clean(char *t)
{
	char *w = t;
	for (char *r = t; *r;) {
		if (r[0] == '/' && r[1] == '*') {
			char *e = strstr(r + 2, "*/");
			r = e ? e + 2 : r + strlen(r);
			*w++ = ' ';
		} else if (r[0] == '/' && r[1] == '/') {
			while (*r && *r != '\n')
				r++;
		} else if (r[0] == '\\' && r[1] == '\n') {
			r += 2;
			*w++ = ' ';
		} else if (r[0] == '"' || r[0] == '\'') {
			char q = *r;
			*w++ = *r++;
			while (*r && *r != q && *r != '\n') {
				if (*r == '\\' && r[1])
					*w++ = *r++;
				*w++ = *r++;
			}
			if (*r == q)
				*w++ = *r++;
		} else {
			*w++ = *r++;
		}
	}
	*w = 0;
	return t;
}

/* #if/#ifdef/#ifndef against the target's .config: a condition on one
 * CONFIG_ symbol is decided, any other counts as true (both branches
 * read), which at worst lists an event the symbol map then drops. */
typedef struct {
	int depth;
	int off;                /* depth at which reading stopped, or 0  */
	signed char known[64];  /* per depth: 1 true, 0 false, -1 unknown */
} Cond;

static int cond_eval(Session *s, const char *kw, const char *rest)
{
	const char *p = skip_sp(rest);
	bool neg = !strcmp(kw, "ifndef");
	if (!strcmp(kw, "if")) {
		static const char *const fns[] = {"defined", "IS_ENABLED", "IS_BUILTIN"};
		neg = *p == '!';
		p = skip_sp(p + neg);
		size_t i, n = 0;
		for (i = 0; i < 3 && !n; i++)
			if (!strncmp(p, fns[i], strlen(fns[i])))
				n = strlen(fns[i]);
		if (!n || *skip_sp(p + n) != '(')
			return -1;
		p = skip_sp(skip_sp(p + n) + 1);
	}
	const char *e = p;
	while (is_idc(*e))
		e++;
	const char *tail = skip_sp(e);
	if (strncmp(p, "CONFIG_", 7) || (*tail && *tail != ')'))
		return -1;
	if (*tail == ')' && *skip_sp(tail + 1))
		return -1;
	const char *v = kconfig_get(s, xstrndup(p, e - p));
	bool on = v && *v && strcmp(v, "n");
	return on != neg;
}

/* Follow one conditional directive: C->off says whether lines are read. */
static void cond_directive(Cond *C, Session *s, const char *line)
{
	const char *p = skip_sp(line + 1), *e = p;
	while (is_idc(*e))
		e++;
	const char *kw = xstrndup(p, e - p);
	if (!strcmp(kw, "if") || !strcmp(kw, "ifdef") || !strcmp(kw, "ifndef")) {
		C->depth++;
		int v = C->off ? 1 : cond_eval(s, kw, e);
		if (C->depth < 64)
			C->known[C->depth] = v;
		if (!C->off && v == 0)
			C->off = C->depth;
	} else if (!strcmp(kw, "else") || !strcmp(kw, "elif")) {
		int v = C->depth < 64 ? C->known[C->depth] : -1;
		if (C->off == C->depth && v == 0 && !strcmp(kw, "else"))
			C->off = 0;
		else if (!C->off && v == 1)
			C->off = C->depth;
		else if (C->off == C->depth && !strcmp(kw, "elif"))
			C->off = 0;     /* not decided: read it */
		if (C->depth < 64)
			C->known[C->depth] = -1;
	} else if (!strcmp(kw, "endif") && C->depth > 0) {
		if (C->off == C->depth)
			C->off = 0;
		C->depth--;
	}
}

/* '(' minus ')' on a line, outside literals. */
static int paren_delta(const char *p)
{
	int d = 0;
	for (; *p; p++) {
		if (*p == '"' || *p == '\'') {
			char q = *p++;
			while (*p && *p != q)
				p += p[0] == '\\' && p[1] ? 2 : 1;
			if (!*p)
				break;
		} else {
			d += (*p == '(') - (*p == ')');
		}
	}
	return d;
}

static void parse_header(Session *s, const char *path, Vec *out)
{
	size_t len;
	char *t = read_file(path, &len);
	if (!t)
		return;
	clean(t);
	HParse H = {.s = s, .out = out};
	Cond C = {0};
	Buf code = {0};
	int parens = 0;
	for (char *line = t, *nl; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (*skip_sp(line) == '#') {
			/* an #if inside an invocation (in its TP_fast_assign)
			 * must not cut it in two */
			if (parens <= 0) {
				scan_code(&H, buf_str(&code), 0);
				code.len = 0;
				parens = 0;
			}
			bool was_off = C.off;
			cond_directive(&C, s, skip_sp(line));
			if (!was_off && !C.off)
				directive(&H, skip_sp(line));
		} else if (!C.off) {
			parens += paren_delta(line);
			buf_puts(&code, line);
			buf_putc(&code, '\n');
		}
		if (!nl)
			break;
	}
	scan_code(&H, buf_str(&code), 0);
}

/* ---- where the headers are ---- */

static const char *arch_dir(Session *s)
{
	const char *a = s->arch ? s->arch : "x86_64";
	if (!strcmp(a, "x86_64") || !strcmp(a, "i386") || !strcmp(a, "i686"))
		return "x86";
	if (!strcmp(a, "aarch64"))
		return "arm64";
	return a;
}

/* The build dir, and the source tree its Makefile includes (Debian's
 * linux-headers-REL-common), deduplicated. */
static void tree_dirs(Session *s, Vec *dirs)
{
	if (!s->kernel_build)
		return;
	vec_push(dirs, (void *)s->kernel_build);
	size_t len;
	char *mk = read_file(xfmt("%s/Makefile", s->kernel_build), &len);
	for (char *line = mk; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = 0;
		if (!strncmp(line, "include ", 8)) {
			char *path = (char *)skip_sp(line + 8), *slash = strrchr(path, '/');
			if (slash && !strcmp(slash, "/Makefile")) {
				const char *d = xstrndup(path, slash - path);
				if (*d != '/')
					d = xfmt("%s/%s", s->kernel_build, d);
				vec_push(dirs, (void *)d);
			}
		}
		if (!nl)
			break;
		line = nl + 1;
	}
}

static void header_list(Session *s, Vec *files)
{
	Vec dirs = {0};
	tree_dirs(s, &dirs);
	const char *arch = arch_dir(s);
	const char *globs[] = {
		"include/trace/events/*.h", "include/ras/*_event.h",
		xfmt("arch/%s/include/asm/trace/*.h", arch),
		xfmt("arch/%s/include/asm/trace*.h", arch),
		xfmt("arch/%s/include/asm/*-trace.h", arch),    /* msr-trace.h */
	};
	for (int d = 0; d < dirs.len; d++) {
		for (size_t g = 0; g < sizeof globs / sizeof *globs; g++) {
			glob_t gl;
			if (glob(xfmt("%s/%s", (char *)dirs.data[d], globs[g]), 0, NULL, &gl))
				continue;
			for (size_t i = 0; i < gl.gl_pathc; i++)
				vec_push(files, xstrdup(gl.gl_pathv[i]));
			globfree(&gl);
		}
	}
}

/* ---- the cache ---- */

static uint64_t fnv(uint64_t h, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

static const char *trace_cache_path(Session *s, const Vec *files)
{
	const char *xdg = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");
	const char *base = xdg && *xdg ? xdg : home && *home ? xfmt("%s/.cache", home) : NULL;
	if (!base)
		return NULL;
	Buf key = {0};
	/* the format and parser version: bump it when the parser changes */
	buf_printf(&key, "v8 %s %lld %lld\n", kmap.path ?: "", kmap.size, kmap.mtime);
	struct stat cst;
	const char *config = xfmt("%s/.config", s->kernel_build ? s->kernel_build : "");
	if (stat(config, &cst) == 0)   /* the headers' #ifdef CONFIG_ */
		buf_printf(&key, "%s %lld %lld\n", config, (long long)cst.st_size,
			   (long long)cst.st_mtime);
	for (int i = 0; i < files->len; i++) {
		struct stat st;
		if (stat(files->data[i], &st) == 0)
			buf_printf(&key, "%s %lld %lld\n", (char *)files->data[i],
				   (long long)st.st_size, (long long)st.st_mtime);
	}
	uint64_t h = fnv(1469598103934665603ULL, key.buf ? key.buf : "", key.len);
	return xfmt("%s/stap/ktrace-%016llx", base, (unsigned long long)h);
}

/* "E sys name" lines, each followed by "A ctype\tname" lines. */
static bool cache_load(const char *path, Vec *out)
{
	size_t len;
	char *t = path ? read_file(path, &len) : NULL;
	if (!t || strncmp(t, "ktrace 1\n", 9))
		return false;
	KTrace *cur = NULL;
	for (char *line = t + 9, *nl; *line; line = nl + 1) {
		if (!(nl = strchr(line, '\n')))
			return false;
		*nl = 0;
		char *sp = strchr(line + 2, ' '), *tab = strchr(line, '\t');
		if (line[0] == 'E' && sp) {
			cur = xalloc(sizeof(*cur));
			cur->sys = xstrndup(line + 2, sp - line - 2);
			cur->name = xstrdup(sp + 1);
			vec_push(out, cur);
		} else if (line[0] == 'A' && cur && tab) {
			TpArg *a = xalloc(sizeof(*a));
			a->ctype = xstrndup(line + 2, tab - line - 2);
			a->name = xstrdup(tab + 1);
			vec_push(&cur->args, a);
		}
	}
	return true;
}

static void cache_store(const char *path, const Vec *evs)
{
	if (!path)
		return;
	char *dir = xstrdup(path);
	*strrchr(dir, '/') = 0;
	char *parent = xstrdup(dir);
	*strrchr(parent, '/') = 0;
	mkdir(parent, 0700);
	mkdir(dir, 0700);
	const char *tmp = xfmt("%s.%d", path, (int)getpid());
	FILE *f = fopen(tmp, "w");
	if (!f)
		return;
	fputs("ktrace 1\n", f);
	for (int i = 0; i < evs->len; i++) {
		const KTrace *t = evs->data[i];
		fprintf(f, "E %s %s\n", t->sys, t->name);
		for (int k = 0; k < t->args.len; k++) {
			const TpArg *a = t->args.data[k];
			fprintf(f, "A %s\t%s\n", a->ctype, a->name);
		}
	}
	if (fclose(f) != 0 || rename(tmp, path) != 0)
		unlink(tmp);
}

static int cmp_ktrace(const void *a, const void *b)
{
	const KTrace *x = *(KTrace *const *)a, *y = *(KTrace *const *)b;
	int c = strcmp(x->sys, y->sys);
	return c ? c : strcmp(x->name, y->name);
}

static bool has_tracepoint(const char *name)
{
	int lo = 0, hi = kmap.tracepoints.len - 1;
	while (lo <= hi) {
		int mid = (lo + hi) / 2, c = strcmp(kmap.tracepoints.data[mid], name);
		if (!c)
			return true;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* Every event of the target, sorted, those the map lacks dropped. */
static int nheaders;

static Vec *trace_index(Session *s)
{
	static Vec evs;
	static bool done;
	if (done)
		return &evs;
	done = true;
	map_load(s);
	Vec files = {0};
	header_list(s, &files);
	nheaders = files.len;
	const char *cpath = trace_cache_path(s, &files);
	if (cache_load(cpath, &evs))
		return &evs;
	Vec all = {0};
	for (int i = 0; i < files.len; i++)
		parse_header(s, files.data[i], &all);
	if (all.len)
		qsort(all.data, all.len, sizeof(void *), cmp_ktrace);
	for (int i = 0; i < all.len; i++) {
		const KTrace *t = all.data[i];
		if (i > 0 && !cmp_ktrace(&all.data[i], &all.data[i - 1]))
			continue;
		/* a map with no tracepoints at all (a hand-made one) filters
		 * nothing */
		if (kmap.path && kmap.tracepoints.len && !has_tracepoint(t->name))
			continue;
		vec_push(&evs, (void *)t);
	}
	cache_store(cpath, &evs);
	return &evs;
}

SemErr *kernel_traces(Session *s, const char *pattern, Vec *out)
{
	const char *colon = strchr(pattern, ':');
	const char *sys = colon ? xstrndup(pattern, colon - pattern) : "*";
	const char *ev = colon ? colon + 1 : pattern;
	Vec *idx = trace_index(s);
	if (!nheaders)
		return sem_err("ktrace-noheaders", NULL, NULL,
			       "no tracepoints found: no trace headers under '%s'",
			       s->kernel_build ? s->kernel_build : "(no kernel build tree)");
	for (int i = 0; i < idx->len; i++) {
		KTrace *t = idx->data[i];
		if (fnmatch(sys, t->sys, 0) == 0 && fnmatch(ev, t->name, 0) == 0)
			vec_push(out, t);
	}
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Target variables of kernel probes (pass 2, before binding)          */

typedef struct {
	Session *s;
	Probe *p;
	int proto;          /* kernel.function: 0 not looked up, 1 f has a
			       BTF prototype (params in p->tp_args), -1 none */
	const char *ret;    /* its return type, "void" when none            */
} KBind;


typedef struct { const char *name; int d; } Alt;

static int cmp_alt(const void *a, const void *b)
{
	const Alt *x = a, *y = b;
	return x->d != y->d ? x->d - y->d : strcmp(x->name, y->name);
}

/* stap lists every variable, nearest first, ties by name. */
static const char *alternatives(const char *name, const Probe *p)
{
	static const char *const extra[] = {"$$name", "$$parms", "$$vars"};
	int n = p->tp_args.len + 3;
	Alt *a = xalloc(sizeof(Alt) * n);
	for (int i = 0; i < p->tp_args.len; i++) {
		const char *v = xfmt("$%s", ((TpArg *)p->tp_args.data[i])->name);
		a[i] = (Alt){v, edit_distance(name, v)};
	}
	for (int i = 0; i < 3; i++)
		a[p->tp_args.len + i] = (Alt){extra[i], edit_distance(name, extra[i])};
	qsort(a, n, sizeof *a, cmp_alt);
	Buf b = {0};
	for (int i = 0; i < n; i++)
		buf_printf(&b, "%s%s", i ? ", " : "", a[i].name);
	return buf_str(&b);
}

/* Integers and pointers are read as a long; an aggregate or a floating
 * type passed by value is not something a long can hold. */
static bool scalar_type(const char *t)
{
	if (strchr(t, '*') || strchr(t, '['))
		return true;
	return strncmp(t, "struct ", 7) && strncmp(t, "union ", 6) &&
	       !strstr(t, "float") && !strstr(t, "double");
}

static int find_arg(const Probe *p, const char *name)
{
	for (int i = 0; i < p->tp_args.len; i++)
		if (!strcmp(((TpArg *)p->tp_args.data[i])->name, name))
			return i;
	return -1;
}

static void kb_error(KBind *K, Node *n, const char *site, const char *msg)
{
	sem_report(K->s, sem_err(site, n->tok, NULL, "%s", msg));
	n->argno = -1;
}

static Node *new_target(Node *at, int i, const TpArg *a)
{
	Node *t = xalloc(sizeof(*t));
	t->kind = ND_TARGET;
	t->tok = at->tok;
	t->name = xfmt("$%s", a->name);
	t->argno = i + 1;
	t->etype = TYPE_LONG;
	return t;
}

/* $$parms / $$vars: sprintf("a=%#x b=%p", $a, $b), as stap expands it. */
static void expand_parms(KBind *K, Node *n)
{
	const Probe *p = K->p;
	Buf fmt = {0};
	Node *args = NULL, **tail = &args;
	for (int i = 0; i < p->tp_args.len; i++) {
		const TpArg *a = p->tp_args.data[i];
		if (!scalar_type(a->ctype)) {
			kb_error(K, n, "tp-type", xfmt("tracepoint variable '$%s' has type '%s': "
						       "only integers and pointers are supported",
						       a->name, a->ctype));
			return;
		}
		buf_printf(&fmt, "%s%s=%s", i ? " " : "", a->name,
			   strchr(a->ctype, '*') ? "%p" : "%#x");
		*tail = new_target(n, i, a);
		tail = &(*tail)->next;
	}
	Node *f = xalloc(sizeof(*f));
	f->kind = ND_STR;
	f->tok = n->tok;
	f->str = buf_str(&fmt);
	f->slen = fmt.len;
	f->next = args;
	Node *next = n->next;
	*n = (Node){.kind = ND_PRINT, .tok = n->tok, .op = "sprintf", .list = f,
		    .next = next};
}

static void to_string(Node *n, const char *s)
{
	Node *next = n->next;
	*n = (Node){.kind = ND_STR, .tok = n->tok, .str = s, .slen = strlen(s), .next = next};
}

/* Resolve one $name of a tracepoint probe; `quiet` for @defined. */
static bool tp_target(KBind *K, Node *n, bool quiet)
{
	const Probe *p = K->p;
	const char *v = n->name;
	bool special = !strcmp(v, "$$name") || !strcmp(v, "$$system") ||
		       !strcmp(v, "$$parms") || !strcmp(v, "$$vars");
	int i = v[1] != '$' ? find_arg(p, v + 1) : -1;
	if (!special && i < 0) {
		if (!quiet) {
			kb_error(K, n, "tp-var", xfmt("unable to find tracepoint variable '%s' "
						      "(alternatives: %s)", v, alternatives(v, p)));
			/* stap then fails to type the expression, twice (its
			 * second report is counted as suppressed) */
			for (int k = 0; k < 2; k++)
				sem_report(K->s, sem_err("unresolved-type", n->tok, NULL,
							 "unresolved type "));
		}
		return false;
	}
	if (quiet)
		return true;
	if (!special && n->pretty && !(n->flags & NF_ADDROF)) {
		/* $arg$, $arg->m$$: stap's struct dump, typed through BTF */
		Node *pr = btf_pretty(K->s, n, ((TpArg *)p->tp_args.data[i])->ctype);
		if (!pr) {
			n->argno = -1;
			return true;
		}
		for (Node *a = pr->list->next; a; a = a->next)
			a->argno = i + 1;
		pr->next = n->next;
		*n = *pr;
		return true;
	}
	if (!special && !n->pretty && (n->list || (n->flags & NF_ADDROF))) {
		/* $arg->member, $arg[i]: typed through the kernel's BTF */
		if (btf_bind_target(K->s, n, ((TpArg *)p->tp_args.data[i])->ctype)) {
			n->argno = i + 1;
			return true;
		}
		n->argno = -1;
		/* as stap, which then fails to type it (twice, one suppressed) */
		for (int k = 0; k < 2; k++)
			sem_report(K->s, sem_err("unresolved-type", n->tok, NULL,
						 "unresolved type "));
		return true;
	}
	if (n->list || (n->flags & NF_ADDROF) || n->pretty) {
		kb_error(K, n, "tp-member", n->pretty ?
			 xfmt("pretty printing of tracepoint variable '%s' ('%s%s') is "
			      "not supported yet", v, v, n->pretty > 1 ? "$$" : "$") :
			 xfmt("'%s' is not a value with members: '->', '[]' and '&' "
			      "do not apply to it", v));
		return false;
	}
	if (!strcmp(v, "$$name"))
		to_string(n, p->tp_name);
	else if (!strcmp(v, "$$system"))
		to_string(n, p->tp_sys);
	else if (special)
		expand_parms(K, n);
	else if (!scalar_type(((TpArg *)p->tp_args.data[i])->ctype))
		kb_error(K, n, "tp-type", xfmt("tracepoint variable '%s' has type '%s': only "
					       "integers and pointers are supported", v,
					       ((TpArg *)p->tp_args.data[i])->ctype));
	else
		n->argno = i + 1, n->etype = TYPE_LONG;
	return true;
}

static void kb_walk(KBind *K, Node *n);

/* ---- kernel.function $params, typed by the function's BTF prototype ----
 *
 * Without debuginfo, the kernel's BTF still has each (non-inlined)
 * function's prototype: its parameters' names and types, and its return
 * type.  At the kprobe on the symbol's first instruction the first six
 * integer/pointer arguments are in rdi, rsi, rdx, rcx, r8, r9 (x86_64
 * SysV); at a .return the value is in rax.  A .return's $param is its
 * value at entry, saved by a .call probe (@entry, dwarf_vars.c), as
 * stap does.  Locals, and parameters the registers do not carry (a
 * struct by value, a 7th), need DWARF and are refused by name. */

static bool kf_proto(KBind *K)
{
	Probe *p = K->p;
	if (!K->proto) {
		Vec params = {0};
		/* a module's functions are in its own BTF, not vmlinux's */
		K->proto = !p->kprobe && p->ksym && *p->ksym && !p->kmod &&
			   btf_func_proto(K->s, xstrndup(p->ksym, strcspn(p->ksym, ".")),
					  &params, &K->ret) ? 1 : -1;
		if (K->proto > 0)
			p->tp_args = params;
	}
	return K->proto > 0;
}

/* Nearest first; ties shortest first, then by name (stap's order). */
static int cmp_near(const void *a, const void *b)
{
	const Alt *x = a, *y = b;
	size_t lx = strlen(x->name), ly = strlen(y->name);
	if (x->d != y->d)
		return x->d - y->d;
	return lx != ly ? (lx < ly ? -1 : 1) : strcmp(x->name, y->name);
}

/* stap's missing-local message, with the parameters as alternatives
 * (nearest first, at most five). */
static const char *kf_missing(KBind *K, const char *name)
{
	const Probe *p = K->p;
	int n = p->tp_args.len;
	Alt *a = xalloc(sizeof(Alt) * (n + 1));
	for (int i = 0; i < n; i++) {
		const char *v = xfmt("$%s", ((TpArg *)p->tp_args.data[i])->name);
		a[i] = (Alt){v, edit_distance(name, v)};
	}
	qsort(a, n, sizeof *a, cmp_near);
	Buf b = {0};
	buf_printf(&b, "unable to find local '%s', [man error::dwarf] in kernel function '%s' "
		   "(no debuginfo: only the parameters of its BTF prototype are known) (",
		   name, p->ksym);
	if (!n)
		buf_puts(&b, "<no alternatives>)");
	else
		buf_puts(&b, "alternatives:");
	for (int i = 0; i < n && i < 5; i++)
		buf_printf(&b, "%s %s", i ? "," : "", a[i].name);
	if (n)
		buf_putc(&b, ')');
	return buf_str(&b);
}

/* Why $name (parameter i, or -1) cannot be read, or NULL when it can. */
static const char *kf_unreadable(KBind *K, int i, const char *v, const char **site)
{
	const Probe *p = K->p;
	int bytes;
	bool sign;
	*site = "kfunc-clone";
	if (strchr(p->ksym, '.'))
		return xfmt("target variable '%s' of '%s' is unavailable: a compiler clone's "
			    "parameters may be reordered or dropped, and only its original's "
			    "prototype is known without debuginfo", v, p->ksym);
	if (i < 0)
		return NULL;
	const TpArg *a = p->tp_args.data[i];
	*site = "kfunc-reg";
	if (i >= 6)
		return xfmt("parameter '%s' of '%s' is its parameter %d: only the first six, "
			    "passed in registers, can be read without debuginfo", v, p->ksym,
			    i + 1);
	*site = "kfunc-type";
	if (!btf_ctype_scalar(K->s, a->ctype, &bytes, &sign))
		return xfmt("parameter '%s' of '%s' has type '%s': only integer, enum and "
			    "pointer parameters can be read without debuginfo", v, p->ksym,
			    a->ctype);
	return NULL;
}

/* A bound $param (argno i + 1) or $return (KARG_RETURN) node, as n. */
static Node *kf_leaf(const Node *n, int argno)
{
	Node *t = xalloc(sizeof(*t));
	*t = (Node){.kind = ND_TARGET, .tok = n->tok, .name = n->name, .argno = argno,
		    .etype = TYPE_LONG};
	return t;
}

static Node *kf_entry(Node *e)
{
	Node *w = xalloc(sizeof(*w));
	*w = (Node){.kind = ND_ENTRY, .tok = e->tok, .lhs = e, .etype = TYPE_LONG};
	return w;
}

/* $$parms/$$vars: "file=%#x buf=%#x ..." as stap's DWARF expansion
 * (a struct by value "{...}", what no register holds "?"); $$return
 * "return=%#x"; $$locals: none are known, "" as stap for a function
 * without DWARF. */
static void kf_expand(KBind *K, Node *n)
{
	const Probe *p = K->p;
	Buf fmt = {0};
	Node *args = NULL, **tail = &args;
	bool ret = !strcmp(n->name, "$$return");
	for (int i = 0; !ret && strcmp(n->name, "$$locals") && i < p->tp_args.len; i++) {
		const TpArg *a = p->tp_args.data[i];
		int bytes;
		bool sign, ok = i < 6 && btf_ctype_scalar(K->s, a->ctype, &bytes, &sign);
		/* a by-value aggregate "{...}", what no register holds "?" */
		buf_printf(&fmt, "%s%s=%s", i ? " " : "", a->name,
			   ok ? "%#x" : i < 6 && !strchr(a->ctype, '*') ? "{...}" : "?");
		if (!ok)
			continue;
		Node *t = kf_leaf(n, i + 1);
		*tail = p->kreturn ? kf_entry(t) : t;
		tail = &(*tail)->next;
	}
	if (ret && (!p->kreturn || !strcmp(K->ret, "void"))) {
		kb_error(K, n, p->kreturn ? "kfunc-noret" : "kfunc-local", p->kreturn ? "unable to find return value "
			 "[man error::dwarf]" : kf_missing(K, "$return"));
		return;
	}
	if (ret) {
		buf_puts(&fmt, "return=%#x");
		*tail = kf_leaf(n, KARG_RETURN);
	}
	Node *f = xalloc(sizeof(*f));
	*f = (Node){.kind = ND_STR, .tok = n->tok, .str = buf_str(&fmt), .slen = fmt.len,
		    .next = args};
	Node *next = n->next;
	*n = (Node){.kind = ND_PRINT, .tok = n->tok, .op = "sprintf", .list = f,
		    .etype = TYPE_STRING, .next = next};
}

/* Resolve one $name of a kernel.function probe whose function has a
 * BTF prototype. */
static void kf_target(KBind *K, Node *n)
{
	const Probe *p = K->p;
	const char *v = n->name;
	bool ret = !strcmp(v, "$return");
	bool context = !strcmp(v, "$$parms") || !strcmp(v, "$$vars") ||
		       !strcmp(v, "$$locals") || !strcmp(v, "$$return");
	int i = v[1] != '$' && !ret ? find_arg(p, v + 1) : -1;
	const char *site;
	const char *why = kf_unreadable(K, i, v, &site);
	if (why) {
		kb_error(K, n, site, why);
		return;
	}
	if (context) {
		if (n->list || (n->flags & NF_ADDROF) || n->pretty)
			kb_error(K, n, "kfunc-context", n->pretty ?
				 xfmt("pretty printing of '%s' ('%s%s') is not supported without "
				      "debuginfo", v, v, n->pretty > 1 ? "$$" : "$") :
				 xfmt("%s may only be used with a pretty-print suffix", v));
		else
			kf_expand(K, n);
		return;
	}
	if (ret && !p->kreturn) {
		kb_error(K, n, "kfunc-local", kf_missing(K, "return"));
		return;
	}
	if (ret && !strcmp(K->ret, "void")) {
		kb_error(K, n, "kfunc-noret", "unable to find return value [man error::dwarf]");
		return;
	}
	if (!ret && i < 0) {
		kb_error(K, n, "kfunc-local", kf_missing(K, v + 1));
		return;
	}
	if (!ret && p->kreturn) {
		/* stap reads it at entry, and says so */
		Node c = *n;
		c.next = NULL;
		c.pretty = 0;
		Buf t = {0};
		print_node(&t, &c, 0);
		if (n->pretty)  /* stap shows a pretty suffix as a member */
			buf_printf(&t, "->%s", n->pretty > 1 ? "$$" : "$");
		sem_warn(K->s, n->tok, "confusing usage, value is captured as @entry(%s) in "
			 ".return probe [man stapprobes] RETURN PROBES", buf_str(&t));
		Node *e = xalloc(sizeof(*e));
		*e = *n;
		e->next = NULL;
		Node *next = n->next;
		*n = *kf_entry(e);
		n->next = next;
		return;
	}
	const char *ctype = ret ? K->ret : ((TpArg *)p->tp_args.data[i])->ctype;
	int argno = ret ? KARG_RETURN : i + 1;
	if (n->pretty && !(n->flags & NF_ADDROF)) {
		Node *pr = btf_pretty(K->s, n, ctype);
		if (!pr) {
			n->argno = -1;
			return;
		}
		for (Node *a = pr->list->next; a; a = a->next)
			a->argno = argno;
		pr->next = n->next;
		*n = *pr;
		return;
	}
	if (n->list || (n->flags & NF_ADDROF)) {
		n->argno = btf_bind_param(K->s, n, ctype) ? argno : -1;
		return;
	}
	int bytes;
	bool sign;
	if (ret && !btf_ctype_scalar(K->s, ctype, &bytes, &sign)) {
		kb_error(K, n, "kfunc-rettype", xfmt("return value '$return' of '%s' has type '%s': "
						 "only integers, enums and pointers can be read "
						 "without debuginfo", p->ksym, ctype));
		return;
	}
	n->argno = argno;
	n->etype = TYPE_LONG;
}

/* @defined($x...) in a kernel.function probe: does it bind (quietly)? */
static bool kf_defined(KBind *K, const Node *t)
{
	if (!kf_proto(K))
		return false;
	const Probe *p = K->p;
	const char *v = t->name;
	bool ret = !strcmp(v, "$return");
	if (!strcmp(v, "$$parms") || !strcmp(v, "$$vars") || !strcmp(v, "$$locals"))
		return !t->list && !(t->flags & NF_ADDROF) && !t->pretty;
	if (!strcmp(v, "$$return"))
		return p->kreturn && strcmp(K->ret, "void");
	int i = v[1] != '$' && !ret ? find_arg(p, v + 1) : -1;
	if (ret ? !p->kreturn || !strcmp(K->ret, "void") : i < 0)
		return false;
	const char *site;
	if (kf_unreadable(K, i, v, &site))
		return false;
	const char *ctype = ret ? K->ret : ((TpArg *)p->tp_args.data[i])->ctype;
	if (t->list || (t->flags & NF_ADDROF))
		return !t->pretty && btf_param_defined(K->s, t, ctype);
	int bytes;
	bool sign;
	return t->pretty || btf_ctype_scalar(K->s, ctype, &bytes, &sign);
}

static bool is_write(const Node *n)
{
	return n->kind == ND_ASSIGN || n->kind == ND_PREINC || n->kind == ND_PREDEC ||
	       n->kind == ND_POSTINC || n->kind == ND_POSTDEC;
}

/* Guru mode may set a parameter's register at entry (the function then
 * sees the new value) or $return's at a .return, with "=" only, as
 * stap; why not, or NULL. */
static const char *kf_write_refused(KBind *K, const Node *n, const char **site)
{
	const Node *t = n->lhs;
	bool ret = !strcmp(t->name, "$return");
	*site = "kfunc-write";
	if (!K->s->guru)
		return "write to target variable not permitted; need stap -g";
	*site = "kfunc-write-op";
	if (n->kind != ND_ASSIGN || strcmp(n->op, "="))
		return "Only the following assign operator is implemented on target variables:  =";
	*site = "kfunc-write-what";
	if (t->list || (t->flags & NF_ADDROF) || t->pretty || t->name[1] == '$')
		return xfmt("write to '%s' is not supported without debuginfo: only a "
			    "parameter's or $return's register can be set", t->name);
	*site = "kfunc-write-ret";
	if (K->p->kreturn && !ret)
		return xfmt("write to parameter '%s' in a .return probe: the function has "
			    "returned, its value at entry is a copy", t->name);
	return NULL;
}

static void kb_node(KBind *K, Node *n);

/* ---- netfilter.hook(...) $vars ----
 *
 * The hook function's arguments ($hooknum $skb $in $out $okfn, in
 * p->tp_args) read as longs, the pointers typed through BTF ($skb->len);
 * $verdict is what the hook returns (NF_ACCEPT unless the handler sets
 * it), which only guru mode may write, as stap. */
static bool nf_known(const Probe *p, const char *v)
{
	return !strcmp(v, "$verdict") || (v[1] != '$' && find_arg(p, v + 1) >= 0);
}

static void nf_unsupported(KBind *K, Node *n)
{
	kb_error(K, n, "nf-var", "unsupported context variable");
	/* as stap: reported again by its second pass over the body, then the
	 * expression is left untyped (twice, one suppressed) */
	sem_report(K->s, sem_err("nf-var-again", n->tok, NULL, "unsupported context variable"));
	for (int k = 0; k < 2; k++)
		sem_report(K->s, sem_err("unresolved-type", n->tok, NULL, "unresolved type "));
}

static void nf_target(KBind *K, Node *n)
{
	const char *v = n->name;
	if (!nf_known(K->p, v)) {
		nf_unsupported(K, n);
		return;
	}
	bool verdict = !strcmp(v, "$verdict");
	int i = verdict ? NF_VERDICT_ARG - 1 : find_arg(K->p, v + 1);
	if (n->pretty || (verdict && (n->list || (n->flags & NF_ADDROF)))) {
		kb_error(K, n, "nf-member", xfmt("'%s' cannot be %s in a netfilter probe", v,
						 n->pretty ? "pretty-printed" :
						 "dereferenced or have its address taken"));
		return;
	}
	if (n->list || (n->flags & NF_ADDROF)) {
		const char *ctype = ((TpArg *)K->p->tp_args.data[i])->ctype;
		if (btf_bind_target(K->s, n, ctype)) {
			n->argno = i + 1;
			return;
		}
		n->argno = -1;
		for (int k = 0; k < 2; k++)
			sem_report(K->s, sem_err("unresolved-type", n->tok, NULL, "unresolved type "));
		return;
	}
	n->argno = i + 1;
	n->etype = TYPE_LONG;
}

/* $verdict = NF_DROP: guru mode, plain '=' only; the arguments are read-only. */
static void nf_write(KBind *K, Node *n)
{
	Node *t = n->lhs;
	if (strcmp(t->name, "$verdict") || t->list || (t->flags & NF_ADDROF))
		kb_error(K, t, "nf-write", nf_known(K->p, t->name) ?
			 xfmt("write to netfilter variable '%s' is not supported: only "
			      "$verdict can be set", t->name) :
			 "unsupported context variable");
	else if (!K->s->guru)
		kb_error(K, t, "nf-write-guru",
			 "write to netfilter verdict requires guru mode; need stap -g");
	else if (n->kind != ND_ASSIGN || strcmp(n->op, "="))
		kb_error(K, t, "nf-write-op",
			 "Only the following assign operator is implemented on target variables:  =");
	else
		nf_target(K, t);
	kb_walk(K, n->rhs);
}

/* `@defined($x) ? $x : $y`, `if (@defined($x)) ...`: once the condition
 * is a constant, only the live branch is bound and kept, as stap's folding
 * drops the other before its unresolved $vars are reported (examples
 * write `@defined($irq) ? $irq : $id` for kernels that renamed one). */
static bool kb_fold_branch(KBind *K, Node *n)
{
	bool defined = node_defined_test(n->cond);
	kb_walk(K, n->cond);
	if (!defined || !node_take_live_branch(n))
		return false;
	kb_node(K, n);
	return true;
}

static void kb_node(KBind *K, Node *n)
{
	if (n->kind == ND_DEFINED && n->lhs && n->lhs->kind == ND_TARGET && K->p->ksym) {
		*n = (Node){.kind = ND_NUM, .tok = n->tok, .num = kf_defined(K, n->lhs),
			    .next = n->next};
		return;
	}
	if (n->kind == ND_ENTRY && K->p->ksym && K->p->kreturn)
		return;         /* @entry(e): its .call probe binds e */
	if (n->kind == ND_TARGET && n->argno)
		return;         /* bound before (a .return is walked again) */
	if (n->kind == ND_DEFINED && n->lhs && n->lhs->kind == ND_TARGET && K->p->netfilter) {
		const Node *t = n->lhs;
		int i = t->name[1] != '$' ? find_arg(K->p, t->name + 1) : -1;
		bool ok = !t->pretty && nf_known(K->p, t->name) &&
			  (!(t->list || (t->flags & NF_ADDROF)) ||
			   (i >= 0 && btf_defined(K->s, t, ((TpArg *)K->p->tp_args.data[i])->ctype)));
		*n = (Node){.kind = ND_NUM, .tok = n->tok, .num = ok, .next = n->next};
		return;
	}
	if (is_write(n) && n->lhs && n->lhs->kind == ND_TARGET && K->p->netfilter) {
		nf_write(K, n);
		return;
	}
	if (n->kind == ND_TARGET && K->p->netfilter) {
		nf_target(K, n);
		for (Node *c = n->list; c; c = c->next)
			kb_walk(K, c->lhs);
		return;
	}
	if (n->kind == ND_DEFINED && n->lhs && n->lhs->kind == ND_TARGET) {
		Node *t = n->lhs;
		bool ok = K->p->tp_name && tp_target(K, t, true);
		if (ok && (t->list || (t->flags & NF_ADDROF))) {
			/* $arg->member: defined when BTF resolves it */
			int i = t->name[1] != '$' ? find_arg(K->p, t->name + 1) : -1;
			ok = i >= 0 && !t->pretty &&
			     btf_defined(K->s, t, ((TpArg *)K->p->tp_args.data[i])->ctype);
		}
		*n = (Node){.kind = ND_NUM, .tok = n->tok, .num = ok, .next = n->next};
		return;
	}
	if (n->kind == ND_TERNARY || n->kind == ND_IF) {
		if (!kb_fold_branch(K, n)) {	/* its condition is walked */
			kb_walk(K, n->then);
			kb_walk(K, n->els);
		}
		return;
	}
	if (is_write(n) && n->lhs && n->lhs->kind == ND_TARGET && K->p->tp_name) {
		kb_error(K, n->lhs, "tp-write", K->s->guru ?
			 xfmt("write to tracepoint variable '%s' is not supported",
			      n->lhs->name) :
			 xfmt("write to tracepoint variable '%s' not permitted; need stap -g",
			      n->lhs->name));
		kb_walk(K, n->rhs);
		return;
	}
	if (is_write(n) && n->lhs && n->lhs->kind == ND_TARGET && !n->lhs->argno &&
	    K->p->ksym && kf_proto(K)) {
		const char *site;
		const char *why = kf_write_refused(K, n, &site);
		if (why)
			kb_error(K, n->lhs, site, why);
		else
			kf_target(K, n->lhs);
		kb_walk(K, n->rhs);
		return;
	}
	if (n->kind == ND_TARGET) {
		if (K->p->tp_name)
			tp_target(K, n, false);
		else if (K->p->ksym && strchr(K->p->ksym, '.') && !K->p->kprobe)
			kb_error(K, n, "kfunc-clone", kf_unreadable(K, -1, n->name, &(const char *){0}));
		else if (kf_proto(K))
			kf_target(K, n);
		else
			kb_error(K, n, "kernel-debuginfo", kernel_debuginfo_msg(K->s));
		for (Node *c = n->list; c; c = c->next)
			kb_walk(K, c->lhs);
		return;
	}
	kb_walk(K, n->lhs);
	kb_walk(K, n->rhs);
	kb_walk(K, n->cond);
	kb_walk(K, n->then);
	kb_walk(K, n->els);
	kb_walk(K, n->init);
	kb_walk(K, n->inc);
	kb_walk(K, n->limit);
	for (Node *c = n->list; c; c = c->next)
		kb_walk(K, c);
}

static void kb_walk(KBind *K, Node *n)
{
	if (n)
		kb_node(K, n);
}

void kernel_bind_probe(Session *s, Probe *p)
{
	/* kprobe.* looks for no debuginfo: its $vars are plain unresolved
	 * (elaborate.c), as stap's */
	if ((!p->tp_name && !p->ksym && !p->netfilter) || p->kprobe)
		return;
	KBind K = {.s = s, .p = p};
	kb_walk(&K, p->body);
}

/* -L: a kernel.function's $return (at a .return) and parameters from
 * its BTF prototype, as stap lists them from DWARF ("$file:struct file*").
 * Nothing for a clone, a module's function or one BTF lacks. */
void kernel_list_params(Session *s, Probe *p)
{
	Vec params = {0}, all = {0};
	const char *ret;
	if (p->kprobe || !p->ksym || !*p->ksym || p->kmod || strchr(p->ksym, '.') ||
	    !btf_func_proto(s, p->ksym, &params, &ret))
		return;
	if (p->kreturn && strcmp(ret, "void")) {
		TpArg *r = xalloc(sizeof(*r));
		*r = (TpArg){"return", ret};
		vec_push(&all, r);
	}
	for (int i = 0; i < params.len; i++)
		vec_push(&all, params.data[i]);
	p->tp_args = all;
}
