Passes 1-5 live for the library macros (tapsets/*.stpm) and the aliases
that go with them: probe prometheus (tapsets/prometheus.stp) and the
@prometheus_dump_array* macros, probe json_data and the json_* functions
(tapsets/json.stp) and @json_output_* macros, @this1..@this8
(macros.stpm over this.stp's arrays), @choose_defined, @container_of and
friends, @try_assign, @prints*.  procfs files are read by the -c
command while the module is loaded (/proc/systemtap/MODULE/, hence the
globs; the command waits for the file, since stap 4.8's stapio may
start it before the module made its procfs files, and it avoids $(...),
which stapio's wordexp refuses).  Expected texts follow SystemTap 4.8's
tapsets (formats of json.stp/json.stpm and prometheus.stpm).  Reference
check, t --vm --stap=/usr/bin/stap: 11 passed, 2 skipped (ref_skip
says why).
The pass-2 side is t/t0126-tapset-macros.t.

=== TEST 1: probe prometheus: @prometheus_dump_array2 and _map, keys quoted by string_quoted
(The dumps of one handler share the locals _v, _v1..: their arrays'
key columns must agree in type, as in stap.)
--- stap
global hits, lat
function ms(v) { return sprint(v / 1000) }
probe begin {
	hits["GET", 200] = 5; hits["PUT", 404] = 1
	hits["say \"hi\"", 500] = 2
	lat["sda"] = 1500
}
probe prometheus {
	@prometheus_dump_array2(hits, "http_requests", "method", "code")
	@prometheus_dump_array1_map(lat, "latency_ms", "disk", ms, sprint)
}
--- args: -c 'until [ -e /proc/systemtap/*/__prometheus ]; do sleep 0.1; done; cat /proc/systemtap/*/__prometheus'
--- stap_out
http_requests{method="GET",code="200"} 5
http_requests{method="PUT",code="404"} 1
http_requests{method="say \"hi\"",code="500"} 2
latency_ms{disk="sda"} 1
--- needs: live

=== TEST 2: prometheus: four and eight columns, keys unquoted through the script's function
--- stap
global a4, a8
function q(n) { return "'" . sprint(n) . "'" }
function qs(s) { return "'" . s . "'" }
probe begin { a4[1, "b", 3, "d"] = 10; a8[1, "2", 3, "4", 5, 6, 7, 8] = 9 }
probe prometheus {
	@prometheus_dump_array4(a4, "four", "a", "b", "c", "d")
	@prometheus_dump_array8_map_unquoted(a8, "eight", "a", "b", "c", "d", "e", "f", "g", "h",
					     sprint, q, qs, q, qs, q, q, q, q)
}
--- args: -c 'until [ -e /proc/systemtap/*/__prometheus ]; do sleep 0.1; done; cat /proc/systemtap/*/__prometheus'
--- stap_out
four{a="1",b="b",c="3",d="d"} 10
eight{a='1',b='2',c='3',d='4',e='5',f='6',g='7',h='8'} 9
--- ref_skip: stap 4.8's four-column macros call m0 (unresolved function) and its prometheus_dump_array8_map_unquoted does not parse
--- needs: live

=== TEST 3: prometheus: the values are read when the file is, each read anew
--- stap
global n, kinds
probe prometheus {
	kinds["total"] = ++n
	@prometheus_dump_array1(kinds, "reads", "kind")
}
--- args: -c 'until [ -e /proc/systemtap/*/__prometheus ]; do sleep 0.1; done; for i in 1 2 3; do cat /proc/systemtap/*/__prometheus; done'
--- stap_out
reads{kind="total"} 1
reads{kind="total"} 2
reads{kind="total"} 3
--- needs: live

=== TEST 4: json_data: data.json and metadata.json as stap 4.8 writes them
--- stap
global reads
probe json_data {
	reads++
	@json_output_data_start
	@json_output_numeric_value("reads", reads)
	@json_output_string_value("name", "hello")
	@json_output_array_numeric_value("dev", "eth0", "count", 5)
	@json_output_array_string_value("dev", "eth0", "state", "up")
	@json_output_array_numeric_value("dev", "lo", "count", 7)
	@json_output_array_string_value("dev", "lo", "state", "down")
	@json_output_data_end
}
probe begin {
	json_set_prefix("test")
	json_add_numeric_metric("reads", "times read", "count")
	json_add_string_metric("name", "")
	json_add_array("dev", "per device")
	json_add_array_numeric_metric("dev", "count", "packets", "")
	json_add_array_string_metric("dev", "state", "link state")
}
--- args: -c 'until [ -e /proc/systemtap/*/data.json ]; do sleep 0.1; done; cd /proc/systemtap/*/ && cat data.json metadata.json data.json'
--- stap_out
{
  "reads": 1,
  "name": "hello",
  "dev": [
    {
      "__id": "eth0",
      "count": 5,
      "state": "up"
    },
    {
      "__id": "lo",
      "count": 7,
      "state": "down"
    }
  ]
}
{
  "prefix": "test",
  "metrics": [
    {
      "name": "reads",
      "pointer": "/reads",
      "type": "integer",
      "description": "times read",
      "units": "count"
    },
    {
      "name": "name",
      "pointer": "/name",
      "type": "string"
    },
    {
      "name": "dev",
      "pointer": "/dev",
      "type": "array",
      "description": "per device",
      "index": "/__id",
      "metrics": [
        {
          "name": "count",
          "pointer": "/count",
          "type": "integer",
          "description": "packets"
        },
        {
          "name": "state",
          "pointer": "/state",
          "type": "string",
          "description": "link state"
        }
      ]
    }
  ]
}
{
  "reads": 2,
  "name": "hello",
  "dev": [
    {
      "__id": "eth0",
      "count": 5,
      "state": "up"
    },
    {
      "__id": "lo",
      "count": 7,
      "state": "down"
    }
  ]
}
--- needs: live

=== TEST 5: json: an array between scalars is closed; no prefix without json_set_prefix
--- stap
probe json_data {
	@json_output_data_start
	@json_output_array_numeric_value("a", "x", "v", 1)
	@json_output_numeric_value("n", 2)
	@json_output_data_end
}
probe begin {
	json_add_array("a", "")
	json_add_array_numeric_metric("a", "v", "", "")
	json_add_numeric_metric("n", "", "")
}
--- args: -c 'until [ -e /proc/systemtap/*/data.json ]; do sleep 0.1; done; cd /proc/systemtap/*/ && cat data.json metadata.json'
--- stap_out
{
  "a": [
    {
      "__id": "x",
      "v": 1
    }
  ],
  "n": 2
}
{
  "metrics": [
    {
      "name": "a",
      "pointer": "/a",
      "type": "array",
      "index": "/__id",
      "metrics": [
        {
          "name": "v",
          "pointer": "/v",
          "type": "integer"
        }
      ]
    },
    {
      "name": "n",
      "pointer": "/n",
      "type": "integer"
    }
  ]
}
--- needs: live

=== TEST 6: json: a metric written twice in one read is an error
--- stap
probe json_data {
	@json_output_data_start
	@json_output_numeric_value("n", 1)
	@json_output_numeric_value("n", 2)
	@json_output_data_end
}
probe begin { json_add_numeric_metric("n", "", "") }
--- args: -c 'trap "" TERM; until [ -e /proc/systemtap/*/data.json ]; do sleep 0.1; done; cat /proc/systemtap/*/data.json'
--- stap_out_like
^\{\n  "n": 1$
--- stap_err_like
^ERROR: Metric 'n' already output
--- exitcode: 1
--- needs: live

=== TEST 7: json: an array index written again after another is an error
--- stap
probe json_data {
	@json_output_data_start
	@json_output_array_numeric_value("a", "x", "v", 1)
	@json_output_array_numeric_value("a", "y", "v", 2)
	@json_output_array_numeric_value("a", "x", "v", 3)
	@json_output_data_end
}
probe begin { json_add_array("a", ""); json_add_array_numeric_metric("a", "v", "", "") }
--- args: -c 'trap "" TERM; until [ -e /proc/systemtap/*/data.json ]; do sleep 0.1; done; cat /proc/systemtap/*/data.json'
--- stap_out_like
"__id": "y",
--- stap_err_like
^ERROR: Array index 'x' already output for array metric a
--- exitcode: 1
--- needs: live

=== TEST 8: json: declaring a metric twice is an error
--- stap
probe begin {
	json_add_numeric_metric("n", "", "")
	json_add_string_metric("n", "")
}
probe json_data {
	@json_output_data_start
	@json_output_numeric_value("n", 1)
	@json_output_data_end
}
--- stap_err_like
^ERROR: Metric 'n' already exists
--- exitcode: 1
--- needs: live

=== TEST 9: @this1, @this2 carry values from one function to the next in the thread; @choose_defined takes what resolves
--- prog
struct pt { int x, y; };
int __attribute__((noinline)) f(struct pt *p, int k) { return p->x + k; }
int __attribute__((noinline)) g(int r) { return r; }
int main(void)
{
	struct pt a = {3, 4}, b = {10, 20};
	int r = g(f(&a, 5));
	r += g(f(&b, 1));
	return r == 19 ? 0 : 1;
}
--- script_args: $PROG0
--- args: -c $PROG0
--- stap
probe process(@1).function("f") {
	@this1 = $k
	@this2 = sprintf("%d/%d", @choose_defined($p->y, -2), @choose_defined($p->nosuch, -3))
	printf("%d %d\n", @choose_defined($k, -1), @choose_defined($nosuch, 42))
}
probe process(@1).function("g") {
	printf("k=%d %s r=%d\n", @this1, @this2, $r)
	delete @this1
	printf("after delete: %d\n", @this1)
}
--- stap_out
5 42
k=5 4/-3 r=8
after delete: 0
1 42
k=1 20/-3 r=11
after delete: 0
--- needs: live

=== TEST 10: @offsetof, @container_of, @module_container_of and @module_offsetof through BTF
--- stap
probe begin {
	t = task_current()
	l = &@cast(t, "struct task_struct")->tasks
	printf("%d %d %d %d\n", @offsetof("struct list_head", prev),
	       @module_offsetof("kernel", "struct list_head", next),
	       @container_of(l, "struct task_struct", tasks)->pid == pid(),
	       @module_container_of(l, "kernel", "struct task_struct", tasks)->tgid == pid())
	exit()
}
--- args: -r $($T_ROOT/t/vm/kmap)
--- stap_out
8 0 1 1
--- ref_skip: SystemTap 4.8 needs kernel debuginfo for @cast
--- needs: live

=== TEST 11: @try_assign: the value, or the fallback when evaluating it fails
--- stap
probe begin {
	z = 0
	@try_assign(a, 6 * 7, -1)
	@try_assign(b, kernel_long(0), -1)
	@try_assign(c, 10 / z, 7)
	printf("%d %d %d\n", a, b, c)
	exit()
}
--- stap_out
42 -1 7
--- needs: live

=== TEST 12: @prints and @prints1: the end-of-session summary, highest count first
--- stap
global s, t
probe begin { s <<< 1; s <<< 5; t["a"] <<< 2; t["b"] <<< 3; t["b"] <<< 4; exit() }
probe end { @prints(s) @prints1(t) }
--- stap_out
@count=2 @min=1 @max=5 @sum=6 @avg=3
[b] @count=2 @min=3 @max=4 @sum=7 @avg=3
[a] @count=1 @min=2 @max=2 @sum=2 @avg=2
--- needs: live

=== TEST 13: @MAXSTRINGLEN is the module's MAXSTRINGLEN, -D MAXSTRINGLEN=N included
--- stap
probe begin {
	x = "0123456789"
	for (i = 0; i < 5; i++)
		x .= x
	printf("%d %d\n", @MAXSTRINGLEN, strlen(x))
	exit()
}
--- args: -g -D MAXSTRINGLEN=100
--- stap_out
100 99
--- needs: live
