/* load.c - the load generator of the live stap++ samples (t/nginx/serve).
 *
 *   load [-q PID] [-p PORT] [-i MS] COUNT:PATH[:gz]...
 *
 * Waits (up to 30 s) for 127.0.0.1:PORT (8080) to accept, then makes the
 * requests: COUNT GETs of PATH for each spec, taken in turn (one of each
 * spec, then again), MS milliseconds apart (0: at once; a rate sample
 * needs a run of a few seconds), one connection per request (Connection: close),
 * with "Accept-Encoding: gzip" for :gz specs.  Each response must be a
 * 200 (and gzip-encoded for :gz).  Prints one line per spec and a total,
 *   load: 10 x /index.html: 10 ok
 *   load: 40 requests, 40 ok, 10 gzip
 * then sends SIGQUIT to PID (nginx's graceful stop).  Exit status 1 when
 * a request failed.  The fixed request shape (Host: localhost,
 * User-Agent: stap-load/1.0) is what the tests match.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct {
	int count, done, ok;
	char path[256];
	int gz;
} Spec;

static int port = 8080;

static int dial(void)
{
	struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons(port)};
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0)
		return -1;
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		close(fd);
		return -1;
	}
	return fd;
}

static void wait_port(void)
{
	for (int i = 0; i < 300; i++) {
		int fd = dial();

		if (fd >= 0) {
			close(fd);
			return;
		}
		usleep(100 * 1000);
	}
	fprintf(stderr, "load: 127.0.0.1:%d never accepted\n", port);
	exit(1);
}

/* One request; 1 when it got a 200 (gzip-encoded when asked). */
static int request(const Spec *s)
{
	char req[512], buf[16384];
	size_t got = 0;
	ssize_t n;
	int fd = dial(), status = 0;

	if (fd < 0)
		return 0;
	snprintf(req, sizeof(req),
		 "GET %s HTTP/1.1\r\nHost: localhost\r\nUser-Agent: stap-load/1.0\r\n"
		 "%sConnection: close\r\n\r\n",
		 s->path, s->gz ? "Accept-Encoding: gzip\r\n" : "");
	if (write(fd, req, strlen(req)) != (ssize_t)strlen(req)) {
		close(fd);
		return 0;
	}
	/* keep the head (the first buffer's worth); drain the rest */
	while ((n = read(fd, got < sizeof(buf) - 1 ? buf + got : req,
			 got < sizeof(buf) - 1 ? sizeof(buf) - 1 - got : sizeof(req))) > 0)
		if (got < sizeof(buf) - 1)
			got += (size_t)n;
	close(fd);
	buf[got] = '\0';
	if (sscanf(buf, "HTTP/1.%*d %d", &status) != 1 || status != 200)
		return 0;
	return !s->gz || strstr(buf, "\r\nContent-Encoding: gzip\r\n") != NULL;
}

static int total_count(const Spec *v, int n)
{
	int t = 0;

	for (int k = 0; k < n; k++)
		t += v[k].count;
	return t;
}

int main(int argc, char **argv)
{
	Spec *v;
	int n = 0, total = 0, ok = 0, gz = 0, left = 0;
	long quit = 0, gap_ms = 0;
	int i = 1;

	for (; i + 1 < argc && argv[i][0] == '-'; i += 2) {
		long val = atol(argv[i + 1]);

		if (!strcmp(argv[i], "-q"))
			quit = val;
		else if (!strcmp(argv[i], "-p"))
			port = (int)val;
		else if (!strcmp(argv[i], "-i"))
			gap_ms = val;
		else
			break;
	}
	if (argc - i < 1 || argv[i][0] == '-') {
		fprintf(stderr, "usage: load [-q PID] [-p PORT] [-i MS] COUNT:PATH[:gz]...\n");
		return 2;
	}
	v = calloc((size_t)(argc - i), sizeof(Spec));
	for (; i < argc; i++, n++) {
		char *colon = strchr(argv[i], ':'), *gzp;

		v[n].count = atoi(argv[i]);
		if (!colon || v[n].count <= 0 || colon[1] != '/') {
			fprintf(stderr, "load: bad spec %s (COUNT:PATH[:gz])\n", argv[i]);
			return 2;
		}
		snprintf(v[n].path, sizeof(v[n].path), "%s", colon + 1);
		gzp = strrchr(v[n].path, ':');
		if (gzp && !strcmp(gzp, ":gz")) {
			*gzp = '\0';
			v[n].gz = 1;
		}
		left += v[n].count;
	}
	wait_port();
	while (left > 0)
		for (int k = 0; k < n; k++) {
			if (v[k].done == v[k].count)
				continue;
			if (gap_ms > 0 && left < total_count(v, n))
				usleep((useconds_t)gap_ms * 1000);
			v[k].done++;
			left--;
			v[k].ok += request(&v[k]);
		}
	for (int k = 0; k < n; k++) {
		printf("load: %d x %s%s: %d ok\n", v[k].count, v[k].path, v[k].gz ? " (gzip)" : "",
		       v[k].ok);
		total += v[k].count;
		ok += v[k].ok;
		gz += v[k].gz ? v[k].ok : 0;
	}
	printf("load: %d requests, %d ok, %d gzip\n", total, ok, gz);
	fflush(stdout);
	if (quit > 0)
		kill((pid_t)quit, SIGQUIT);
	return ok == total ? 0 : 1;
}
