/* util.c - buffers, allocation, files, clocks and temporary files. */
#include "t.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

void *xmalloc(size_t n)
{
	void *p = calloc(1, n ? n : 1);

	if (!p)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (!p)
		fatal("out of memory (%zu bytes)", n);
	return p;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	return p;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

static char *xvfmt(const char *fmt, va_list ap)
{
	char *s;

	if (vasprintf(&s, fmt, ap) < 0)
		fatal("out of memory");
	return s;
}

char *xfmt(const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvfmt(fmt, ap);
	va_end(ap);
	return s;
}

void fatal(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fputs("t: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* Grow geometrically so that appending a huge output line by line stays
 * linear. */
static void buf_reserve(Buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need < b->len)
		fatal("buffer size overflow");
	if (need <= b->cap)
		return;
	if (b->cap < 256)
		b->cap = 256;
	while (b->cap < need)
		b->cap *= 2;
	b->p = xrealloc(b->p, b->cap);
}

void buf_putn(Buf *b, const char *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void buf_puts(Buf *b, const char *s)
{
	buf_putn(b, s, strlen(s));
}

void buf_putc(Buf *b, int c)
{
	char ch = (char)c;

	buf_putn(b, &ch, 1);
}

void buf_printf(Buf *b, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvfmt(fmt, ap);
	va_end(ap);
	buf_puts(b, s);
	free(s);
}

/* s as one single-quoted /bin/sh word (a quote inside as '\'') */
void buf_put_quoted(Buf *b, const char *s)
{
	buf_putc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			buf_puts(b, "'\\''");
		else
			buf_putc(b, *s);
	}
	buf_putc(b, '\'');
}

const char *buf_str(Buf *b)
{
	buf_reserve(b, 0);
	b->p[b->len] = '\0';
	return b->p;
}

/* Read from offset 0 to end of file: captured output is a temp file the
 * child wrote through its own descriptor, so our offset is not at 0. */
int read_fd_all(int fd, Buf *out)
{
	off_t off = 0;

	for (;;) {
		ssize_t n;

		buf_reserve(out, 65536);
		n = pread(fd, out->p + out->len, out->cap - out->len - 1, off);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -errno;
		if (n == 0)
			break;
		out->len += (size_t)n;
		off += n;
	}
	out->p[out->len] = '\0';
	return 0;
}

int read_file(const char *path, Buf *out)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	int err;

	if (fd < 0)
		return -errno;
	err = read_fd_all(fd, out);
	if (close(fd) < 0 && !err)
		err = -errno;
	return err;
}

int write_all(int fd, const char *s, size_t n)
{
	while (n) {
		ssize_t w = write(fd, s, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w < 0)
			return -errno;
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Temporary files are unlinked as soon as they exist: they live exactly as
 * long as their descriptor, so nothing is left behind however t ends, even
 * by SIGKILL.  Children and diff reach them through the descriptor. */
int tmp_fd(void)
{
	const char *dir = getenv("TMPDIR");
	char *path;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	path = xfmt("%s/t-XXXXXX", dir);
	fd = mkostemp(path, O_CLOEXEC);
	if (fd < 0)
		fatal("cannot create a temporary file in %s: %s", dir, strerror(errno));
	if (unlink(path) < 0)
		fatal("cannot unlink %s: %s", path, strerror(errno));
	free(path);
	return fd;
}

int tmp_fd_with(const char *s, size_t n)
{
	int fd = tmp_fd();
	int err = write_all(fd, s, n);

	if (err)
		fatal("cannot write a temporary file: %s", strerror(-err));
	if (lseek(fd, 0, SEEK_SET) < 0)
		fatal("lseek on a temporary file: %s", strerror(errno));
	return fd;
}

int64_t now_ms(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) < 0)
		fatal("clock_gettime: %s", strerror(errno));
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

const char *sig_name(int sig)
{
	const char *abbrev = sigabbrev_np(sig);

	return abbrev ? abbrev : "?";
}
