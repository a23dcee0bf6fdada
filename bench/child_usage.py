"""Run a command and report its own peak memory and CPU time, like GNU time's %M.

Linux carries a process's peak RSS across fork and exec, so a child started
straight from the benchmark (or from pytest, hundreds of MB) would report the
parent's size as its own peak. This launcher is started with `python -I -S`, so
it is small, and it starts the measured command itself: the command's peak is
then its own. Usage: python -I -S child_usage.py USAGE_FILE COMMAND [ARG ...]
"""

import os
import sys

usage_file, command = sys.argv[1], sys.argv[2:]
pid = os.posix_spawn(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
with open(usage_file, "w", encoding="utf-8") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}\n")
sys.exit(os.waitstatus_to_exitcode(status))
