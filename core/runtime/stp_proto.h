/* SPDX-License-Identifier: GPL-2.0 */
/*
 * stp_proto.h - the wire format between a module and staprun.
 *
 * Shared by the kernel runtime and by core/staprun/ (user space): plain
 * fixed-width types only.  Each module owns a procfs directory
 * /proc/stap_<module>/ with two files:
 *
 *   data  read-only byte stream: the script's output (staprun's stdout).
 *   ctl   read: a sequence of records (struct stp_ctl_hdr + len bytes);
 *         write: one command word ("start\n", "stop\n").
 *
 * Both reads block (interruptibly) until something is there; a read of the
 * ctl file returns whole records only.
 */
#ifndef STP_PROTO_H
#define STP_PROTO_H

#define STP_PROC_PREFIX "stap_"

enum stp_ctl_type {
	STP_CTL_STDERR = 1,	/* payload: text for stderr (ERROR:/WARNING:) */
	STP_CTL_STARTED = 2,	/* begin probes ran; payload: none */
	STP_CTL_EXIT = 3,	/* the script asks to end (exit(), error) */
	STP_CTL_DONE = 4,	/* end/error probes ran, all output queued;
				   payload: struct stp_ctl_done */
	STP_CTL_SYSTEM = 5,	/* system(): struct stp_ctl_mark, then the
				   command, NUL-terminated */
	STP_CTL_SWITCH = 6,	/* switch_file(): struct stp_ctl_mark */
};

/*
 * Where in the data stream a request was made: the number of data bytes
 * the module had queued by then.  staprun acts on the request once it has
 * copied that many bytes, so that a command's output or a new output file
 * starts after what the script printed before the call.
 */
struct stp_ctl_mark {
	unsigned long long mark;
};

struct stp_ctl_hdr {
	unsigned int type;
	unsigned int len;
};

struct stp_ctl_done {
	int errors;		/* runtime errors (ERROR: lines) */
	int skipped;		/* probes skipped (busy, lock timeout) */
	long long dropped;	/* output bytes lost: transport full */
};

#endif /* STP_PROTO_H */
