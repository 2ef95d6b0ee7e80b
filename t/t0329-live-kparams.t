# Pass 5 in the guest (t --vm): kernel.function target variables without
# kernel debuginfo (core/kernel.c, core/btf.c, core/translate_probes.c):
# parameters read from the argument registers at the kprobe, typed by the
# kernel's BTF, $return at the kretprobe and a .return's $param as its
# entry value.  The program makes the reads: it writes a 50-byte file,
# tells the script the file's inode (an lseek to 0x10000000 + st_ino,
# seen through kprobe.function's long_arg, independent of what is being
# tested), then reads it asking for 77 bytes.  SystemTap 4.8 needs the
# kernel's debuginfo for all of it (ref_skip).

=== TEST 1: $file->f_inode->i_ino on vfs_read is the file's inode, $count the size asked, $return on vfs_read.return the bytes read, $count there its entry value, $$parms stap's "name=%#x" list
--- prog
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
int main(void)
{
	char buf[128] = "0123456789012345678901234567890123456789012345678\n";
	int fd = open("/tmp/kparams.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
	struct stat st;
	if (fd < 0 || write(fd, buf, 50) != 50 || fstat(fd, &st) != 0)
		return 1;
	lseek(fd, 0x10000000 + (off_t)st.st_ino, SEEK_SET);
	lseek(fd, 0, SEEK_SET);
	printf("read %zd\n", read(fd, buf, 77));
	return 0;
}
--- stap
global want, ino, cnt, parms, ret, rcnt
probe kprobe.function("ksys_lseek") {
	if (pid() == target() && long_arg(2) >= 0x10000000)
		want = long_arg(2) - 0x10000000
}
probe kernel.function("vfs_read") {
	if (pid() != target() || $count != 77) next
	ino = $file->f_inode->i_ino
	cnt = $count
	parms = $$parms
}
probe kernel.function("vfs_read").return {
	if (pid() != target() || $count != 77) next
	ret = $return
	rcnt = $count
}
probe end {
	printf("inode %s, count %d, return %d, count at return %d\n",
	       ino == want && want ? "matches" : sprintf("%d != %d", ino, want), cnt, ret, rcnt)
	println(parms)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out_like
^read 50$
^inode matches, count 77, return 50, count at return 77$
^file=0xffff[0-9a-f]{12} buf=0x7ff[0-9a-f]+ count=0x4d pos=0xffff[0-9a-f]{12}$
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function $vars
--- needs: live

=== TEST 2: a typed chain and a pretty print: $file->f_path->dentry->d_name->name is the file's name, $file$ shows f_flags; kernel_string($p->comm) of the task the program forks
--- prog
#include <fcntl.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>
int main(void)
{
	char buf[64];
	int fd = open("/tmp/kparams2.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, "hello\n", 6) != 6 || lseek(fd, 0, SEEK_SET) != 0)
		return 1;
	printf("read %zd\n", read(fd, buf, 33));
	pid_t c = fork();
	if (c == 0)
		_exit(0);
	waitpid(c, NULL, 0);
	return 0;
}
--- stap
global name, pretty, comm
probe kernel.function("vfs_read") {
	if (pid() != target() || $count != 33) next
	name = kernel_string($file->f_path->dentry->d_name->name)
	pretty = $file$
}
probe kernel.function("wake_up_new_task") {
	if (pid() == target()) comm = kernel_string($p->comm)
}
probe end {
	printf("name %s, comm %s\n", name, comm)
	println(pretty)
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out_like
^read 6$
^name kparams2.dat, comm prog$
^\{.*\.f_flags=[0-9]+, \.f_mode=[0-9]+, .*\}$
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function $vars
--- needs: live

=== TEST 3: guru mode: "$count = 10" at vfs_read's entry makes the read return 10; "$return = 3" at its .return makes the caller see 3
--- prog
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
int main(void)
{
	char buf[64];
	int fd = open("/tmp/kparams3.dat", O_RDWR | O_CREAT | O_TRUNC, 0600);
	if (fd < 0 || write(fd, "0123456789abcdefghij\n", 21) != 21 || lseek(fd, 0, SEEK_SET) != 0)
		return 1;
	printf("read %zd\n", read(fd, buf, 44));
	printf("read %zd\n", read(fd, buf, 55));
	return 0;
}
--- stap
probe kernel.function("vfs_read") {
	if (pid() == target() && $count == 44) $count = 10
}
probe kernel.function("vfs_read").return {
	if (pid() == target() && $count == 55) $return = 3
}
--- args: -g -r "$("$T_ROOT/t/vm/kmap")" -c $PROG0
--- stap_out
read 10
read 3
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function $vars
--- needs: live

=== TEST 4: a fault in a typed chain is stap's read-fault error, not an oops: $buf[0] reads a user pointer as kernel memory
--- stap
probe kernel.function("vfs_read") {
	if (execname() != "dd") next
	println($buf[0])
	exit()
}
--- args: -r "$("$T_ROOT/t/vm/kmap")" -c 'dd if=/proc/version of=/dev/null bs=16 count=1'
--- stap_err_like
^ERROR: read fault \[man error::fault\] at 0x[0-9a-f]+
--- exitcode: 1
--- ref_skip: SystemTap 4.8 needs the kernel's debuginfo for kernel.function $vars
--- needs: live
