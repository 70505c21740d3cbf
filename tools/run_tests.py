"""Run Odoo's test suite for Avora addons in a throwaway database and judge it.

Odoo's own exit status and closing line miss several ways a run goes wrong
(a skipped browser tour, an addon that silently did not install, an ERROR
logged outside a test), so this reads the log and the database and closes
with ``N passed, N failed``.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

import psycopg2

RESULT_RE = re.compile(r"odoo\.tests\.result: (\d+) failed, (\d+) error\(s\) of (\d+) tests")
LOG_RE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (?P<level>[A-Z]+) \S+ (?P<logger>[\w.]+): (?P<msg>.*)"
)
SKIP_RE = re.compile(r"^skipped (?P<test>.+?) : (?P<reason>.*)$")


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--addons", required=True, help="comma-separated addons to install")
    parser.add_argument("--tags", required=True, help="value for Odoo's --test-tags")
    parser.add_argument("--keep-db", default="0", help="1 keeps the database for inspection")
    parser.add_argument("odoo", nargs=argparse.REMAINDER, help="odoo command (after --)")
    args = parser.parse_args()
    if args.odoo and args.odoo[0] == "--":
        args.odoo = args.odoo[1:]
    return args


def is_test_logger(logger):
    return logger.startswith("odoo.tests") or ".tests." in logger or logger.endswith(".tests")


def run_odoo(args):
    """Runs Odoo, echoing its log, and returns (exit status, log lines)."""
    command = [
        *args.odoo,
        "-d",
        args.db,
        "-i",
        args.addons,
        "--with-demo",
        "--load-language=hu_HU",
        "--test-enable",
        "--test-tags",
        args.tags,
        "--stop-after-init",
        "--log-level=info",
    ]
    lines = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
    ) as proc:
        for line in proc.stdout:
            sys.stdout.write(line)
            lines.append(line.rstrip("\n"))
    return proc.returncode, lines


def module_states(db, names):
    with psycopg2.connect(dbname=db) as conn, conn.cursor() as cr:
        cr.execute("SELECT name, state FROM ir_module_module WHERE name = ANY(%s)", [list(names)])
        return dict(cr.fetchall())


def drop_db(db):
    subprocess.run(["dropdb", "--if-exists", db], check=False)
    data_dir = os.path.expanduser("~/.local/share/Odoo/filestore")
    shutil.rmtree(os.path.join(data_dir, db), ignore_errors=True)


def judge(args, returncode, lines):
    """Returns (passed, failed, problems) from the log and the database."""
    problems = []
    tests_failed = tests_errors = tests_run = 0
    result_seen = False
    skipped = []
    stray_errors = []
    for line in lines:
        if match := RESULT_RE.search(line):
            result_seen = True
            tests_failed, tests_errors, tests_run = (int(g) for g in match.groups())
            continue
        match = LOG_RE.match(line)
        if not match:
            continue
        if (skip := SKIP_RE.match(match["msg"])) and is_test_logger(match["logger"]):
            skipped.append(f"{skip['test']}: {skip['reason']}")
        elif match["level"] in ("ERROR", "CRITICAL") and not is_test_logger(match["logger"]):
            stray_errors.append(f"{match['logger']}: {match['msg']}")

    failed = tests_failed + tests_errors
    if failed:
        problems.append(f"{tests_failed} test(s) failed and {tests_errors} raised errors")
    for skip in skipped:
        problems.append(f"skipped (counts as failed): {skip}")
    failed += len(skipped)
    for error in stray_errors:
        problems.append(f"ERROR logged outside a test: {error}")
    failed += len(stray_errors)
    if not result_seen:
        problems.append(f"Odoo exited with status {returncode} without reporting test results")
        failed += 1
    elif tests_run == 0:
        problems.append(f"no test ran for tags {args.tags}")
        failed += 1
    try:
        states = module_states(args.db, args.addons.split(","))
    except psycopg2.Error as exc:
        states = {}
        problems.append(f"cannot read module states: {exc}")
    for name in args.addons.split(","):
        if states.get(name) != "installed":
            problems.append(f"addon {name} is not installed (state: {states.get(name, 'unknown')})")
            failed += 1
    passed = max(tests_run - tests_failed - tests_errors - len(skipped), 0)
    return passed, failed, problems


def main():
    args = parse_args()
    drop_db(args.db)
    returncode, lines = run_odoo(args)
    passed, failed, problems = judge(args, returncode, lines)
    if args.keep_db == "1":
        print(f"\nDatabase kept: {args.db}")
    else:
        drop_db(args.db)
    print("\n==> Summary")
    for problem in problems:
        print(f"    - {problem}")
    if not problems:
        print("    all tests passed, every addon installed, no errors logged, no skipped tests")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or returncode else 0


if __name__ == "__main__":
    sys.exit(main())
