/*
 * t/bench/event_loop.c - the guest side of t/bench/event: a tight loop of
 * getppid() system calls, each one firing raw_syscalls:sys_enter and the
 * kernel function __x64_sys_getppid once.
 *
 *   event_loop N ROUNDS
 *
 * Prints one line per round: the wall time per iteration in nanoseconds
 * (CLOCK_MONOTONIC around N calls).  The calls go through syscall(2) so
 * that no libc can answer from a cache.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long n, rounds;

	if (argc != 3 || (n = atol(argv[1])) <= 0 || (rounds = atol(argv[2])) <= 0) {
		fprintf(stderr, "usage: event_loop N ROUNDS\n");
		return 2;
	}
	for (long r = 0; r < rounds; r++) {
		double t0 = now_ns();

		for (long i = 0; i < n; i++)
			syscall(SYS_getppid);
		printf("%.1f\n", (now_ns() - t0) / (double)n);
		fflush(stdout);
	}
	return 0;
}
