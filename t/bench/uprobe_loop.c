/*
 * t/bench/uprobe_loop.c - the guest side of t/bench/uprobe: a tight loop
 * of calls to hit(), a function the benchmark puts a uprobe on.
 *
 *   uprobe_loop N ROUNDS
 *
 * Prints one line per round: the wall time per call in nanoseconds
 * (CLOCK_MONOTONIC around N calls).  hit(n) is passed i % 16, so that a
 * probe doing a[$n] <<< 1 touches 16 map entries; its frame (called from
 * loop(), called from main()) gives ubacktrace() three frames to walk.
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

__attribute__((noinline)) long hit(long n)
{
	__asm__ volatile("" ::: "memory");
	return n;
}

__attribute__((noinline)) static long loop(long n)
{
	long sum = 0;

	for (long i = 0; i < n; i++)
		sum += hit(i & 15);
	return sum;
}

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long n, rounds, sum = 0;

	if (argc != 3 || (n = atol(argv[1])) <= 0 || (rounds = atol(argv[2])) <= 0) {
		fprintf(stderr, "usage: uprobe_loop N ROUNDS\n");
		return 2;
	}
	for (long r = 0; r < rounds; r++) {
		double t0 = now_ns();

		sum += loop(n);
		printf("%.1f\n", (now_ns() - t0) / (double)n);
	}
	return sum == 0 && n > 16; /* keeps the calls */
}
