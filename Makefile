# Avora CRM. `make run` serves the demo database, `make test` runs every test.
# Variables: ODOO_SRC (Odoo 19.0 source, default /opt/odoo-19.0),
# ADDONS=avora_crm (test one addon), TEST=/avora_crm:TestUi (Odoo test tags),
# KEEP_DB=1 (keep the test database).
.PHONY: run test lint setup

run:
	tools/avora.sh run

test:
	tools/avora.sh test

lint:
	tools/avora.sh lint

setup:
	tools/avora.sh setup
