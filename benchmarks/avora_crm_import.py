# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
"""Benchmark: import Hungarian companies through Odoo's importer.

Builds a CSV-shaped matrix of companies with valid, distinct adószám,
cégjegyzékszám, phone and e-mail, then runs ``res.partner.load()`` (what the
web client's importer calls) twice in one transaction that is rolled back:

1. one batch of the web importer's default size (2 000 rows, its "Batch
   limit") with one invalid tax number in the middle: nothing may be written,
   and the bad row must be reported by its line (Odoo then retries the batch
   row by row to find it, the slow path);
2. all rows valid, in one call: all rows are written, in canonical form.

Usage (from the repository root, on a database with avora_crm installed):

    .venv/bin/python benchmarks/avora_crm_import.py -d <database> [--rows 10000]

Nothing is committed.
"""

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ODOO_SRC = Path("/opt/odoo-19.0")


def parse_args():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument(
        "--batch", type=int, default=2000, help="rows of the invalid batch (web importer default)"
    )
    parser.add_argument("--odoo-src", default=str(ODOO_SRC))
    return parser.parse_args()


def build_rows(count, hu):
    """Rows of distinct, valid Hungarian companies."""
    areas = sorted(hu.TAX_AREA_CODES)
    rows = []
    for index in range(count):
        base = f"{3000000 + index * 7:07d}"
        tax_number = f"{base}{hu.tax_base_check_digit(base)}2{areas[index % len(areas)]}"
        registry = f"{index % 20 + 1:02d}09{400000 + index:06d}"
        rows.append(
            [
                f"Benchmark {index:05d} Kft.",
                "True",
                "base.hu",
                tax_number,
                registry,
                f"06 30 {1000000 + index:07d}",
                f"info{index}@benchmark-{index}.example",
                f"{1000 + index % 9000:04d}",
                "Budapest",
                f"Váci utca {index % 200 + 1}.",
            ]
        )
    return rows


FIELDS = [
    "name",
    "is_company",
    "country_id/id",
    "vat",
    "company_registry",
    "phone",
    "email",
    "zip",
    "city",
    "street",
]


def main():
    args = parse_args()
    sys.path.insert(0, args.odoo_src)
    from odoo import api
    from odoo.modules.registry import Registry
    from odoo.tools import config

    config.parse_config(
        ["-c", str(ROOT / "odoo.conf"), f"--addons-path={args.odoo_src}/addons,{ROOT / 'addons'}"]
    )
    from odoo.addons.avora_crm.tools import hu_identifiers as hu

    registry = Registry(args.database)
    rows = build_rows(args.rows, hu)
    batch = rows[: min(args.batch, args.rows)]
    bad_line = len(batch) // 2
    with registry.cursor() as cr:
        env = api.Environment(cr, api.SUPERUSER_ID, {"import_file": True})
        Partner = env["res.partner"]
        before = Partner.search_count([])

        bad_rows = [list(row) for row in batch]
        bad_rows[bad_line][3] = "27725410-2-13"
        started = time.monotonic()
        result = Partner.load(FIELDS, bad_rows)
        elapsed = time.monotonic() - started
        errors = [message for message in result["messages"] if message["type"] == "error"]
        reported = sorted({message["rows"]["from"] for message in errors})
        print(f"{len(batch)} rows, one bad at data row {bad_line}: {elapsed:.1f} s")
        print(
            f"  ids: {result['ids']!r}, error rows: {reported}, "
            f"partners written: {Partner.search_count([]) - before}"
        )
        assert result["ids"] is False and bad_line in reported and Partner.search_count([]) == before

        started = time.monotonic()
        result = Partner.load(FIELDS, rows)
        elapsed = time.monotonic() - started
        written = Partner.browse(result["ids"] or [])
        print(
            f"{args.rows} valid rows: {elapsed:.1f} s ({args.rows / elapsed:.0f} rows/s), "
            f"written: {len(written)}"
        )
        print(f"  first: {written[:1].vat} {written[:1].company_registry} {written[:1].phone}")
        assert len(written) == args.rows, result["messages"][:5]
        cr.rollback()
    return 0


if __name__ == "__main__":
    sys.exit(main())
