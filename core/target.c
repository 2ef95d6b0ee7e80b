/* target.c - the target kernel: release, version, build tree, arch, .config.
 *
 * `-r RELEASE` names /lib/modules/RELEASE/build; `-r DIR` (anything with a
 * '/') is a build tree whose release is in include/config/kernel.release.
 * Without -r the running kernel is the target; when it has no build tree
 * its /boot/config-RELEASE still gives the CONFIG_* values.  Nothing here is
 * fatal: what cannot be found stays empty, and pass 4 complains later.
 */
#define _GNU_SOURCE
#include "stap.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/utsname.h>

/* CONFIG_NAME -> value, open addressing; values are kept as written in
 * .config (a string keeps its quotes), which is what stap compares. */
struct Kconfig {
	const char **keys, **vals;
	unsigned cap, n;
};

static unsigned str_hash(const char *s)
{
	unsigned h = 2166136261u;       /* FNV-1a */
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static void kconfig_put(struct Kconfig *k, const char *key, const char *val);

static void kconfig_grow(struct Kconfig *k)
{
	struct Kconfig old = *k;
	k->cap = old.cap ? old.cap * 2 : 1024;
	k->n = 0;
	k->keys = xalloc(k->cap * sizeof(char *));
	k->vals = xalloc(k->cap * sizeof(char *));
	for (unsigned i = 0; i < old.cap; i++)
		if (old.keys[i])
			kconfig_put(k, old.keys[i], old.vals[i]);
}

static void kconfig_put(struct Kconfig *k, const char *key, const char *val)
{
	if ((k->n + 1) * 2 > k->cap)
		kconfig_grow(k);
	unsigned i = str_hash(key) & (k->cap - 1);
	while (k->keys[i] && strcmp(k->keys[i], key))
		i = (i + 1) & (k->cap - 1);
	if (!k->keys[i])
		k->n++;
	k->keys[i] = key;
	k->vals[i] = val;
}

const char *kconfig_get(Session *s, const char *name)
{
	struct Kconfig *k = s->kconfig;
	if (!k || !k->cap)
		return "";
	unsigned i = str_hash(name) & (k->cap - 1);
	for (; k->keys[i]; i = (i + 1) & (k->cap - 1))
		if (!strcmp(k->keys[i], name))
			return k->vals[i];
	return "";
}

/* Read "CONFIG_X=value" lines; comments ("# CONFIG_X is not set") and
 * anything else are ignored, as stap does. */
static void kconfig_load(struct Kconfig *k, const char *path)
{
	size_t len;
	char *text = read_file(path, &len);
	if (!text)
		return;
	for (char *line = text; line < text + len;) {
		char *nl = memchr(line, '\n', text + len - line);
		if (nl)
			*nl = 0;
		char *eq = strchr(line, '=');
		if (!strncmp(line, "CONFIG_", 7) && eq) {
			*eq = 0;
			kconfig_put(k, line, eq + 1);
		}
		line = nl ? nl + 1 : text + len;
	}
}

/* First line of a file, or NULL. */
static char *read_line(const char *path)
{
	char *text = read_file(path, NULL);
	if (!text)
		return NULL;
	text[strcspn(text, "\n")] = 0;
	return text;
}

/* The release of a build tree: include/config/kernel.release, else the
 * UTS_RELEASE in include/generated/utsrelease.h. */
static const char *tree_release(const char *dir)
{
	char *r = read_line(xfmt("%s/include/config/kernel.release", dir));
	if (r && *r)
		return r;
	char *uts = read_file(xfmt("%s/include/generated/utsrelease.h", dir), NULL);
	char *q = uts ? strstr(uts, "UTS_RELEASE \"") : NULL;
	if (!q)
		return "";
	q += strlen("UTS_RELEASE \"");
	return xstrndup(q, strcspn(q, "\""));
}

/* uname -m spellings to stap's arch names (stap's normalize_machine). */
static const char *normalize_arch(const char *m)
{
	static const struct { const char *pat, *arch; } map[] = {
		{ "i486", "i386" },  { "i586", "i386" },  { "i686", "i386" },
		{ "sun4u", "sparc64" }, { "arm*", "arm" }, { "sa110", "arm" },
		{ "s390x", "s390" }, { "ppc*", "powerpc" }, { "mips*", "mips" },
		{ "sh2*", "sh" },    { "sh3*", "sh" },    { "sh4*", "sh" },
		{ "aarch64", "arm64" },
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++) {
		const char *p = map[i].pat, *s = m;
		for (; *p && *p != '*'; p++, s++)
			if (!*s || (*p != '?' && *p != *s))
				break;
		if (*p == '*' || (!*p && !*s))
			return map[i].arch;
	}
	return m;
}

/* The arch a build tree's .config was made for, or NULL. */
static const char *config_arch(Session *s)
{
	static const struct { const char *config, *arch; } map[] = {
		{ "CONFIG_X86_64", "x86_64" },  { "CONFIG_X86_32", "i386" },
		{ "CONFIG_ARM64", "arm64" },    { "CONFIG_ARM", "arm" },
		{ "CONFIG_PPC", "powerpc" },    { "CONFIG_S390", "s390" },
		{ "CONFIG_MIPS", "mips" },      { "CONFIG_RISCV", "riscv" },
		{ "CONFIG_LOONGARCH", "loongarch" }, { "CONFIG_SPARC64", "sparc64" },
		{ "CONFIG_IA64", "ia64" },      { "CONFIG_SUPERH", "sh" },
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (!strcmp(kconfig_get(s, map[i].config), "y"))
			return map[i].arch;
	return NULL;
}

static bool is_dir(const char *path)
{
	struct stat st;
	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

void target_init(Session *s, const char *release_or_dir, const char *arch)
{
	struct utsname u;
	if (uname(&u))
		memset(&u, 0, sizeof u);
	s->kconfig = xalloc(sizeof(struct Kconfig));
	const char *config = NULL;
	if (release_or_dir && strchr(release_or_dir, '/')) {
		s->kernel_build = release_or_dir;
		s->kernel_release = tree_release(release_or_dir);
	} else {
		s->kernel_release = xstrdup(release_or_dir ? release_or_dir : u.release);
		const char *build = xfmt("/lib/modules/%s/build", s->kernel_release);
		if (release_or_dir || is_dir(build))
			s->kernel_build = build;
		else
			config = xfmt("/boot/config-%s", s->kernel_release);
	}
	if (s->kernel_build)
		config = xfmt("%s/.config", s->kernel_build);
	kconfig_load(s->kconfig, config);
	/* kernel_v: the release up to the first '-' (stap's base release) */
	s->kernel_version = xstrndup(s->kernel_release, strcspn(s->kernel_release, "-"));
	if (arch)
		s->arch = normalize_arch(xstrdup(arch));
	else if (!(s->arch = config_arch(s)))
		s->arch = normalize_arch(xstrdup(u.machine));
}
