"""Prints the hottest methods of `jfr print --events jdk.ExecutionSample` output read on stdin:
by self time (top frame) and inclusive (anywhere on the stack), as a share of all samples."""
import collections
import re
import sys

FRAME = re.compile(r"^\s+([\w$.<>/]+)\(.*\)\s+line:")
self_counts, inclusive, samples, stack = collections.Counter(), collections.Counter(), 0, []


def flush():
    global samples, stack
    if stack:
        samples += 1
        self_counts[stack[0]] += 1
        for method in set(stack):
            inclusive[method] += 1
    stack = []


for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        flush()
        continue
    match = FRAME.match(line)
    if match:
        stack.append(match.group(1))
flush()
top = int(sys.argv[1]) if len(sys.argv) > 1 else 25
print(f"{samples} samples")
for title, counts in (("self", self_counts), ("inclusive", inclusive)):
    print(f"-- top {top} by {title} --")
    for method, count in counts.most_common(top):
        print(f"{100 * count / max(samples, 1):5.1f}%  {method}")
