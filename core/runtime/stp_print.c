// SPDX-License-Identifier: GPL-2.0
/*
 * stp_print.c - printf with SystemTap's conversions, into the handler's
 * per-CPU print buffer (flushed to the data ring at the end of the
 * handler, or when full) or into a string (sprintf).
 *
 * Argument convention for generated code: every integer argument, and
 * every '*' width or precision, is an int64_t (long long); %s takes a
 * const char *; %m and %M take an int64_t address, read fault-safely
 * (kernel memory, or user memory with '#').  Conversions:
 *   %d %i %u %x %X %o %p %c %s %m %M %b %%  flags - + space # 0,
 *   width, .precision, '*' for either.  Size qualifiers (h l ll L) are
 *   accepted and ignored: script values are all 64-bit.
 * Differences from C that SystemTap has and this keeps: %p is %#x of a
 * 64-bit value, %#o of 0 prints "00", %#x of 0 prints "0x0", the 0 flag
 * still pads when a precision is given, %#c escapes like a C literal,
 * %b writes the value's bytes (precision 1, 2, 4 or 8; default 8).
 */
#include <linux/uaccess.h>
#include <linux/ctype.h>
#include <linux/string.h>

enum {
	STP_F_LEFT = 1, STP_F_PLUS = 2, STP_F_SPACE = 4, STP_F_SPECIAL = 8,
	STP_F_ZEROPAD = 16, STP_F_SIGN = 32, STP_F_LARGE = 64,
};

/* Where formatted bytes go: a string, or the context's print buffer. */
struct stp_out {
	struct stp_context *c;	/* print buffer mode when set */
	char *buf;		/* string mode: the destination */
	size_t size, len;
};

static void stp_print_flush(struct stp_context *c)
{
	stp_transport_data(c->print_buf, c->print_len);
	c->print_len = 0;
}

static void stp_out_putc(struct stp_out *o, char ch)
{
	struct stp_context *c = o->c;

	if (c) {
		if (c->print_len == STP_PRINT_BUFSIZE)
			stp_print_flush(c);
		c->print_buf[c->print_len++] = ch;
	} else if (o->len + 1 < o->size) {
		o->buf[o->len++] = ch;
	}
}

static void stp_out_pad(struct stp_out *o, char ch, long n)
{
	while (n-- > 0)
		stp_out_putc(o, ch);
}

static void stp_out_mem(struct stp_out *o, const char *p, size_t n)
{
	while (n--)
		stp_out_putc(o, *p++);
}

static void stp_fmt_number(struct stp_out *o, u64 num, int base, long width,
			   long prec, int flags)
{
	const char *digits = (flags & STP_F_LARGE) ? "0123456789ABCDEF"
						   : "0123456789abcdef";
	char tmp[66], sign = 0, pad;
	int i = 0;

	if (flags & STP_F_LEFT)
		flags &= ~STP_F_ZEROPAD;
	pad = (flags & STP_F_ZEROPAD) ? '0' : ' ';
	if (flags & STP_F_SIGN) {
		if ((s64)num < 0) {
			sign = '-';
			num = -(s64)num;
		} else if (flags & STP_F_PLUS) {
			sign = '+';
		} else if (flags & STP_F_SPACE) {
			sign = ' ';
		}
		width -= !!sign;
	}
	if (flags & STP_F_SPECIAL)
		width -= base == 16 ? 2 : base == 8 ? 1 : 0;
	do {
		tmp[i++] = digits[num % base];
		num /= base;
	} while (num);
	if (prec < i)
		prec = i;
	width -= prec;
	if (!(flags & (STP_F_ZEROPAD | STP_F_LEFT)))
		stp_out_pad(o, ' ', width), width = 0;
	if (sign)
		stp_out_putc(o, sign);
	if ((flags & STP_F_SPECIAL) && (base == 8 || base == 16)) {
		stp_out_putc(o, '0');
		if (base == 16)
			stp_out_putc(o, (flags & STP_F_LARGE) ? 'X' : 'x');
	}
	if (!(flags & STP_F_LEFT))
		stp_out_pad(o, pad, width), width = 0;
	stp_out_pad(o, '0', prec - i);
	while (i > 0)
		stp_out_putc(o, tmp[--i]);
	stp_out_pad(o, ' ', width);
}

static void stp_fmt_char(struct stp_out *o, unsigned char ch, long width,
			 int flags)
{
	static const char esc_from[] = "\a\b\f\n\r\t\v'\\";
	static const char esc_to[] = "abfnrtv'\\";
	char out[4];
	int n = 0;
	const char *e;

	if ((flags & STP_F_SPECIAL) &&
	    (!(isascii(ch) && isprint(ch)) || ch == '\'' || ch == '\\')) {
		out[n++] = '\\';
		e = ch ? strchr(esc_from, ch) : NULL;
		if (e) {
			out[n++] = esc_to[e - esc_from];
		} else {
			out[n++] = '0' + ((ch >> 6) & 3);
			out[n++] = '0' + ((ch >> 3) & 7);
			out[n++] = '0' + (ch & 7);
		}
	} else {
		out[n++] = ch;
	}
	if (!(flags & STP_F_LEFT))
		stp_out_pad(o, ' ', width - n);
	stp_out_mem(o, out, n);
	if (flags & STP_F_LEFT)
		stp_out_pad(o, ' ', width - n);
}

static int stp_binary_prec(long p)
{
	return (p == 1 || p == 2 || p == 4 || p == 8) ? p : -1;
}

static void stp_fmt_binary(struct stp_out *o, s64 num, long width, long prec,
			   int flags)
{
	prec = stp_binary_prec(prec);
	if (width < 0) {
		width = prec < 0 ? 8 : prec;
		if (prec < 0)
			prec = 8;
	} else if (prec < 0) {
		prec = stp_binary_prec(width);
		if (prec < 0)
			prec = 8;
	}
	if (!(flags & STP_F_LEFT))
		stp_out_pad(o, '\0', width - prec), width = prec;
	stp_out_mem(o, (const char *)&num, prec);	/* little-endian bytes */
	stp_out_pad(o, '\0', width - prec);
}

/* Fault-safe read of one byte; false on a fault (the handler errors). */
static bool stp_read_byte(u64 addr, bool user, unsigned char *b)
{
	if (user)
		return !copy_from_user_nofault(b, (const void __user *)addr, 1);
	return !copy_from_kernel_nofault(b, (const void *)addr, 1);
}

static void stp_error(struct stp_context *c, const char *msg);
static __printf(2, 3) void stp_errorf(struct stp_context *c,
				      const char *fmt, ...);

/* %s, %m, %M: a string, or 'prec' bytes of memory as they are or in hex. */
static void stp_fmt_memory(struct stp_out *o, struct stp_context *c,
			   char conv, const char *s, u64 addr, long width,
			   long prec, int flags)
{
	static const char hex[] = "0123456789abcdef";
	long len, shown, i;
	unsigned char b;

	if (conv == 's') {
		if (!s)
			s = "<NULL>";
		/* a literal may be longer than a small MAXSTRINGLEN:
		 * stap prints it whole */
		len = strnlen(s, prec < 0 ? STP_MSGLEN : prec);
	} else {
		len = prec > 0 ? prec : 1;
		len = min_t(long, len, MAXSTRINGLEN);
	}
	shown = conv == 'M' ? 2 * len : len;
	if (!(flags & STP_F_LEFT))
		stp_out_pad(o, ' ', width - shown);
	for (i = 0; i < len; i++) {
		if (conv == 's') {
			stp_out_putc(o, s[i]);
			continue;
		}
		if (!stp_read_byte(addr + i, flags & STP_F_SPECIAL, &b)) {
			if (c)
				stp_errorf(c, "read fault [man error::fault] at 0x%llx",
					   addr + i);
			return;
		}
		if (conv == 'm') {
			stp_out_putc(o, b);
		} else {
			stp_out_putc(o, hex[b >> 4]);
			stp_out_putc(o, hex[b & 15]);
		}
	}
	if (flags & STP_F_LEFT)
		stp_out_pad(o, ' ', width - shown);
}

static long stp_fmt_atoi(const char **fmt)
{
	long n = 0;

	while (isdigit(**fmt) && n < 100000)
		n = n * 10 + *(*fmt)++ - '0';
	while (isdigit(**fmt))
		(*fmt)++;
	return n;
}

static void stp_vformat(struct stp_out *o, struct stp_context *c,
			const char *fmt, va_list ap)
{
	const long wmax = MAXSTRINGLEN * 4;
	long width, prec;
	int flags, base;
	u64 num;

	for (; *fmt; fmt++) {
		if (*fmt != '%') {
			stp_out_putc(o, *fmt);
			continue;
		}
		/* stap 4.8 takes one flag: in %+05d the 0 is the width's */
		flags = 0;
		switch (*++fmt) {
		case '-': flags |= STP_F_LEFT; fmt++; break;
		case '+': flags |= STP_F_PLUS; fmt++; break;
		case ' ': flags |= STP_F_SPACE; fmt++; break;
		case '#': flags |= STP_F_SPECIAL; fmt++; break;
		case '0': flags |= STP_F_ZEROPAD; fmt++; break;
		}
		width = -1;
		if (isdigit(*fmt)) {
			width = stp_fmt_atoi(&fmt);
		} else if (*fmt == '*') {
			fmt++;
			width = va_arg(ap, s64);	/* < 0: none, as stap */
		}
		width = min(width, wmax);
		prec = -1;
		if (*fmt == '.') {
			fmt++;
			if (isdigit(*fmt))
				prec = stp_fmt_atoi(&fmt);
			else if (*fmt == '*')
				fmt++, prec = va_arg(ap, s64);
			prec = clamp(prec, 0L, wmax);
		}
		while (*fmt == 'h' || *fmt == 'l' || *fmt == 'L')
			fmt++;
		base = 10;
		switch (*fmt) {
		case 'b':
			stp_fmt_binary(o, va_arg(ap, s64), width, prec, flags);
			continue;
		case 's':
			stp_fmt_memory(o, c, 's', va_arg(ap, const char *), 0,
				       width, prec, flags);
			continue;
		case 'm':
		case 'M':
			stp_fmt_memory(o, c, *fmt, NULL, va_arg(ap, u64),
				       width, prec, flags);
			continue;
		case 'c':
			stp_fmt_char(o, (unsigned char)va_arg(ap, s64), width,
				     flags);
			continue;
		case '%':
			stp_out_putc(o, '%');
			continue;
		case 'X':
			flags |= STP_F_LARGE;
			fallthrough;
		case 'x':
			base = 16;
			break;
		case 'd':
		case 'i':
			flags |= STP_F_SIGN;
			break;
		case 'u':
			break;
		case 'o':
			base = 8;
			break;
		case 'p':
			flags |= STP_F_SPECIAL;
			base = 16;
			break;
		default:
			/* unknown conversion: printed as it is */
			stp_out_putc(o, '%');
			if (!*fmt)
				return;
			stp_out_putc(o, *fmt);
			continue;
		}
		num = va_arg(ap, u64);
		stp_fmt_number(o, num, base, width, prec, flags);
	}
}

/*
 * printf(fmt, ...) in a handler: into the per-CPU print buffer.  A fault
 * inside (%m) drops this printf's output, as SystemTap does.
 */
static void stp_printf(struct stp_context *c, const char *fmt, ...)
{
	struct stp_out o = { .c = c };
	unsigned int start = c->print_len;
	bool clean = !c->last_error;
	va_list ap;

	va_start(ap, fmt);
	stp_vformat(&o, c, fmt, ap);
	va_end(ap);
	if (clean && c->last_error && c->print_len >= start)
		c->print_len = start;
}

/* sprintf(fmt, ...): into dst (MAXSTRINGLEN bytes), always terminated. */
static char *stp_sprintf(struct stp_context *c, char *dst, const char *fmt,
			 ...)
{
	struct stp_out o = { .buf = dst, .size = MAXSTRINGLEN };
	va_list ap;

	va_start(ap, fmt);
	stp_vformat(&o, c, fmt, ap);
	va_end(ap);
	dst[o.len] = '\0';
	return dst;
}

/* print(s), print(n), println: the common cases without a format. */
static void stp_print_str(struct stp_context *c, const char *s)
{
	struct stp_out o = { .c = c };

	stp_out_mem(&o, s, strnlen(s, MAXSTRINGLEN));
}

static void stp_print_char(struct stp_context *c, char ch)
{
	struct stp_out o = { .c = c };

	stp_out_putc(&o, ch);
}

static void stp_print_long(struct stp_context *c, s64 v)
{
	struct stp_out o = { .c = c };

	stp_fmt_number(&o, v, 10, -1, -1, STP_F_SIGN);
}
