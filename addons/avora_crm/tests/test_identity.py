# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import IDENTIFIER_TABLE, AvoraCrmCommon


@tagged("post_install", "-at_install")
class TestIdentity(AvoraCrmCommon):
    def _values(self, fname, value):
        # Personal data belong to private persons, the others to companies.
        is_company = fname != "personal_tax_id"
        return {"is_company": is_company, "country_id": self.hungary.id, fname: value}

    def _stored(self, partner, fname):
        return partner.sudo()[fname]

    def test_identifier_table_create(self):
        for index, (fname, value, expected) in enumerate(IDENTIFIER_TABLE):
            with self.subTest(field=fname, value=value):
                values = {"name": f"Create {index}", **self._values(fname, value)}
                if expected is None:
                    with self.assertRaises(ValidationError) as error, self.env.cr.savepoint():
                        self.env["res.partner"].create(values)
                    self.assertIn(value, str(error.exception))
                else:
                    partner = self.env["res.partner"].create(values)
                    self.assertEqual(self._stored(partner, fname), expected)
                    # The table repeats numbers: keep the duplicate guard out.
                    partner.unlink()

    def test_identifier_table_write(self):
        for index, (fname, value, expected) in enumerate(IDENTIFIER_TABLE):
            with self.subTest(field=fname, value=value):
                partner = self.env["res.partner"].create(
                    {"name": f"Write {index}", **self._values(fname, False)}
                )
                if expected is None:
                    with self.assertRaises(ValidationError) as error, self.env.cr.savepoint():
                        partner.write({fname: value})
                    self.assertIn(value, str(error.exception))
                    partner.invalidate_recordset()
                    self.assertFalse(self._stored(partner, fname))
                else:
                    partner.write({fname: value})
                    self.assertEqual(self._stored(partner, fname), expected)
                partner.unlink()

    def test_identifier_table_import(self):
        """One bad row makes the whole import write nothing and names its line."""
        Partner = self.env["res.partner"]
        for index, (fname, value, expected) in enumerate(IDENTIFIER_TABLE):
            with self.subTest(field=fname, value=value):
                names = [f"Import {index} first", f"Import {index} second"]
                is_company = "True" if fname != "personal_tax_id" else "False"
                result = Partner.load(
                    ["name", "is_company", "country_id/id", fname],
                    [[names[0], is_company, "base.hu", ""], [names[1], is_company, "base.hu", value]],
                )
                created = Partner.search([("name", "in", names)])
                if expected is None:
                    self.assertFalse(result["ids"])
                    self.assertFalse(created)
                    # Odoo reports the failed batch, then the row that broke it.
                    row_errors = [
                        message
                        for message in result["messages"]
                        if message["type"] == "error" and message["rows"]["from"] == 1
                    ]
                    self.assertEqual(len(row_errors), 1, "the second data row is the bad one")
                    self.assertIn(value, row_errors[0]["message"])
                else:
                    self.assertEqual(len(result["ids"]), 2, result["messages"])
                    self.assertEqual(self._stored(Partner.browse(result["ids"][1]), fname), expected)
                    created.unlink()

    def test_error_names_field_value_reason_in_hungarian(self):
        self.env["res.lang"]._activate_lang("hu_HU")
        with self.assertRaises(ValidationError) as error:
            self.env["res.partner"].with_context(lang="hu_HU").create(
                {
                    "name": "Hibás Kft.",
                    "is_company": True,
                    "country_id": self.hungary.id,
                    "vat": "27725410-2-13",
                }
            )
        message = str(error.exception)
        self.assertIn("27725410-2-13", message)
        self.assertIn("Hibás Kft.", message)
        self.assertIn("ellenőrző", message, "the reason is translated")

    def test_eu_vat_and_group_vat(self):
        member = self._create_company_partner(
            "Csoporttag Kft.", vat="10625790-4-44", l10n_hu_group_vat="HU 17781774 5 44"
        )
        self.assertEqual(member.l10n_hu_eu_vat, "HU10625790")
        self.assertEqual(member.l10n_hu_group_vat, "17781774-5-44")
        with self.assertRaises(ValidationError):
            self._create_company_partner(
                "Nem tag Kft.", vat="12892312-2-42", l10n_hu_group_vat="17781774-5-44"
            )
        contact = self.env["res.partner"].create({"name": "Kiss Anna", "parent_id": member.id})
        self.assertEqual(contact.l10n_hu_group_vat, "17781774-5-44", "the group number is a commercial field")

    def test_partner_without_country_in_hungarian_company(self):
        self.env.company.country_id = self.hungary
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create(
                {"name": "Országtalan Kft.", "is_company": True, "vat": "27725410-2-13"}
            )
        partner = self.env["res.partner"].create(
            {"name": "Országtalan Bt.", "is_company": True, "vat": "12892312242"}
        )
        self.assertEqual(partner.vat, "12892312-2-42")

    def test_foreign_partner_keeps_foreign_rules(self):
        partner = self.env["res.partner"].create(
            {
                "name": "Wien GmbH",
                "is_company": True,
                "country_id": self.env.ref("base.at").id,
                "vat": "ATU13585627",
            }
        )
        self.assertEqual(partner.vat, "ATU13585627")
        partner.phone = "+43 1 234567"
        self.assertTrue(partner.phone.startswith("+43"))

    def test_personal_tax_id_matches_birth_date(self):
        Partner = self.env["res.partner"]
        person = Partner.create(
            {"name": "Szabó Péter", "birthdate_date": "1886-08-08", "personal_tax_id": "8071592153"}
        )
        self.assertEqual(person.personal_tax_id, "8071592153")
        with self.assertRaises(ValidationError):
            Partner.create(
                {"name": "Szabó Pál", "birthdate_date": "1990-01-01", "personal_tax_id": "8071592153"}
            )

    def test_duplicate_guard_names_existing_partner(self):
        first = self._create_company_partner(
            "Első Kft.", vat="12892312-2-42", company_registry="01-09-123456"
        )
        with self.assertRaises(ValidationError) as error:
            self._create_company_partner("Második Kft.", vat="HU12892312242")
        self.assertIn("Első Kft.", str(error.exception))
        self.assertIn(str(first.id), str(error.exception))
        with self.assertRaises(ValidationError) as error:
            self._create_company_partner("Harmadik Kft.", company_registry="Cg. 01-09-123456")
        self.assertIn("Első Kft.", str(error.exception))
        other = self._create_company_partner("Negyedik Kft.")
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            other.vat = "12892312-2-42"
        # Contacts of the company share its number by design.
        contact = self.env["res.partner"].create({"name": "Tóth Éva", "parent_id": first.id})
        self.assertEqual(contact.vat, "12892312-2-42")

    def test_duplicate_guard_within_one_batch(self):
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create(
                [
                    {
                        "name": "Iker A Kft.",
                        "is_company": True,
                        "country_id": self.hungary.id,
                        "vat": "12892312-2-42",
                    },
                    {
                        "name": "Iker B Kft.",
                        "is_company": True,
                        "country_id": self.hungary.id,
                        "vat": "12892312242",
                    },
                ]
            )

    def test_duplicate_allowed_in_another_company(self):
        other_company = self.env["res.company"].create({"name": "Másik Cég Zrt."})
        self._create_company_partner("Első Kft.", vat="12892312-2-42", company_id=self.env.company.id)
        partner = self._create_company_partner(
            "Első Kft. (másik cég)", vat="12892312-2-42", company_id=other_company.id
        )
        self.assertEqual(partner.vat, "12892312-2-42")

    def test_company_registry_label(self):
        partner = self._create_company_partner("Címke Kft.")
        self.assertEqual(partner.company_registry_label, "Cégjegyzékszám")

    def test_hungarian_address_on_one_line(self):
        partner = self._create_company_partner(
            "Váci Kft.", zip="1052", city="Budapest", street="Váci utca 1.", street2=False
        )
        self.assertEqual(partner.address_line, "1052 Budapest, Váci utca 1.")
        self.assertEqual(
            partner._display_address(without_company=True).split("\n")[0], "1052 Budapest, Váci utca 1."
        )

    def test_csv_import_through_standard_importer(self):
        """The importer of the web client refuses the whole file and names the bad line."""
        content = (
            "name,is_company,country_id/id,vat,company_registry\n"
            "Első Import Kft.,1,base.hu,12892312242,01-09-123456\n"
            "Hibás Import Kft.,1,base.hu,27725410-2-13,01-09-654321\n"
            "Harmadik Import Kft.,1,base.hu,10625790-4-44,13-09-111333\n"
        )
        fields = ["name", "is_company", "country_id/id", "vat", "company_registry"]
        wizard = self.env["base_import.import"].create(
            {
                "res_model": "res.partner",
                "file": content.encode(),
                "file_name": "partnerek.csv",
                "file_type": "text/csv",
            }
        )
        options = {"has_headers": True, "separator": ",", "quoting": '"', "encoding": "utf-8"}
        result = wizard.execute_import(fields, fields, options)
        self.assertFalse(result["ids"])
        row_errors = [message for message in result["messages"] if message["rows"]["from"] == 1]
        self.assertTrue(row_errors)
        self.assertIn("27725410-2-13", row_errors[-1]["message"])
        self.assertFalse(self.env["res.partner"].search([("name", "like", "Import Kft.")]))
        # The same file without the bad line imports, in canonical form.
        good = content.replace("Hibás Import Kft.,1,base.hu,27725410-2-13,01-09-654321\n", "")
        wizard.file = good.encode()
        result = wizard.execute_import(fields, fields, options)
        self.assertEqual(len(result["ids"]), 2, result["messages"])
        self.assertEqual(
            self.env["res.partner"].browse(result["ids"]).mapped("vat"), ["12892312-2-42", "10625790-4-44"]
        )

    def test_batched_csv_import_is_all_or_nothing(self):
        """A bad row in a later batch keeps the earlier batches out too."""
        rows = [
            "Első Köteg Kft.,1,base.hu,12892312242",
            "Második Köteg Kft.,1,base.hu,10625790-4-44",
            "Hibás Köteg Kft.,1,base.hu,27725414-2-99",
        ]
        fields = ["name", "is_company", "country_id/id", "vat"]
        wizard = self.env["base_import.import"].create(
            {
                "res_model": "res.partner",
                "file": ("name,is_company,country_id/id,vat\n" + "\n".join(rows) + "\n").encode(),
                "file_name": "partnerek.csv",
                "file_type": "text/csv",
            }
        )
        # What the web client sends for the first batch of two rows.
        options = {
            "has_headers": True,
            "separator": ",",
            "quoting": '"',
            "encoding": "utf-8",
            "skip": 0,
            "limit": 2,
        }
        result = wizard.execute_import(fields, fields, options)
        self.assertFalse(result["ids"])
        self.assertFalse(result["nextrow"])
        errors = [message for message in result["messages"] if message["type"] == "error"]
        self.assertTrue(any("27725414-2-99" in message["message"] for message in errors), errors)
        self.assertFalse(self.env["res.partner"].search([("name", "like", "Köteg Kft.")]))
        # Without the bad row the batches import as usual.
        wizard.file = ("name,is_company,country_id/id,vat\n" + "\n".join(rows[:2]) + "\n").encode()
        result = wizard.execute_import(fields, fields, dict(options, limit=1))
        self.assertEqual(len(result["ids"]), 1, result["messages"])
        self.assertEqual(result["nextrow"], 1)

    def test_standalone_address_from_mail_flows_kept(self):
        """Odoo's mail flows create partners from raw addresses, valid or not."""
        [partner] = self.env["res.partner"]._find_or_create_from_emails(["not-an-address"])
        self.assertEqual(partner.email, "not-an-address")
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.env["res.partner"].create(
                {"name": "Levelező Kft.", "is_company": True, "email": "not-an-address"}
            )
        company = self.env["res.partner"].create({"name": "Levelező Kft.", "is_company": True})
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.env["res.partner"].create(
                {"name": "Kiss Anna", "parent_id": company.id, "email": "not-an-address"}
            )

    def test_module_data_phone_kept_as_shipped(self):
        values = {
            "name": "Adatfájl Kft.",
            "is_company": True,
            "country_id": self.hungary.id,
            "phone": "+36 62 555 1234",
        }
        partner = self.env["res.partner"].with_context(install_mode=True).create(values)
        self.assertEqual(partner.phone, "+36 62 555 1234")
        with self.assertRaises(ValidationError), self.env.cr.savepoint():
            self.env["res.partner"].create(dict(values, name="Kézi Kft."))
