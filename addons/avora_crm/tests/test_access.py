# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import AvoraCrmCommon

# Deleting partners stays with Odoo's contact administrators (base ACL).
PARTNER_EDIT = {"read": True, "write": True, "create": True, "unlink": False}


@tagged("post_install", "-at_install")
class TestAccess(AvoraCrmCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer_a = cls._create_company_partner("Anna Ügyfele Kft.", user_id=cls.user_sales_a.id)
        cls.customer_b = cls._create_company_partner("Bence Ügyfele Kft.", user_id=cls.user_sales_b.id)
        cls.customer_c = cls._create_company_partner("Csaba Ügyfele Kft.", user_id=cls.user_sales_c.id)
        cls.unassigned = cls._create_company_partner("Gazdátlan Kft.")
        cls.contact_b = cls.env["res.partner"].create({"name": "Nagy Béla", "parent_id": cls.customer_b.id})
        cls.document_a = cls._create_document(cls.customer_a)
        cls.document_b = cls._create_document(cls.customer_b)

    @classmethod
    def _create_document(cls, partner):
        return cls.env["res.partner.document"].create(
            {
                "name": f"Ajánlat {partner.name}",
                "partner_id": partner.id,
                "document_type": "offer",
                "file": base64.b64encode(b"%PDF-1.4"),
                "file_name": "ajanlat.pdf",
            }
        )

    def _can(self, user, records, operation):
        try:
            records.with_user(user).check_access(operation)
        except AccessError:
            return False
        return True

    def _assert_matrix(self, user, records, expected):
        for operation, allowed in expected.items():
            with self.subTest(user=user.login, records=records.display_name, operation=operation):
                self.assertEqual(self._can(user, records, operation), allowed)

    def test_salesperson_own_customers_only(self):
        everything = {"read": True, "write": True, "create": True, "unlink": True}
        nothing = dict.fromkeys(everything, False)
        self._assert_matrix(self.user_sales_a, self.customer_a, PARTNER_EDIT)
        self._assert_matrix(self.user_sales_a, self.unassigned, PARTNER_EDIT)
        self._assert_matrix(self.user_sales_a, self.customer_b, nothing)
        self._assert_matrix(self.user_sales_a, self.contact_b, nothing)
        self._assert_matrix(self.user_sales_a, self.customer_c, nothing)
        self._assert_matrix(self.user_sales_a, self.document_a, everything)
        self._assert_matrix(self.user_sales_a, self.document_b, nothing)
        visible = self.env["res.partner"].with_user(self.user_sales_a).search([("is_company", "=", True)])
        self.assertIn(self.customer_a, visible)
        self.assertNotIn(self.customer_b, visible)
        with self.assertRaises(AccessError):
            self.env["res.partner"].with_user(self.user_sales_a).create(
                {"name": "Másnak szánt Kft.", "is_company": True, "user_id": self.user_sales_b.id}
            )
        with self.assertRaises(AccessError):
            self.customer_b.with_user(self.user_sales_a).web_read({"display_name": {}})

    def test_team_setting_opens_team_customers(self):
        settings = self.env["res.config.settings"].create({"group_avora_crm_team_customers": True})
        settings.execute()
        self.assertTrue(self.user_sales_a.has_group("avora_crm.avora_crm_group_team_customers"))
        everything = {"read": True, "write": True, "create": True, "unlink": True}
        nothing = dict.fromkeys(everything, False)
        self._assert_matrix(self.user_sales_a, self.customer_b, PARTNER_EDIT)
        self._assert_matrix(self.user_sales_a, self.document_b, everything)
        self._assert_matrix(self.user_sales_a, self.customer_c, nothing)
        self._assert_matrix(self.user_sales_c, self.customer_a, nothing)
        self.assertFalse(self.user_internal.has_group("avora_crm.avora_crm_group_team_customers"))

    def test_manager_sees_all(self):
        everything = {"read": True, "write": True, "create": True, "unlink": True}
        for record in (self.customer_a, self.customer_b, self.customer_c):
            self._assert_matrix(self.user_manager, record, PARTNER_EDIT)
        for record in (self.document_a, self.document_b):
            self._assert_matrix(self.user_manager, record, everything)

    def test_internal_user_reads_documents_only(self):
        self._assert_matrix(
            self.user_internal,
            self.document_b,
            {"read": True, "write": False, "create": False, "unlink": False},
        )
        self.assertTrue(self._can(self.user_internal, self.customer_b, "read"))

    def test_personal_data_restricted_on_fields(self):
        person = self.env["res.partner"].create(
            {
                "name": "Kovács Júlia",
                "country_id": self.hungary.id,
                "birthdate_date": "1886-08-08",
                "personal_tax_id": "8071592153",
                "marital": "married",
                "children": 2,
                "education": "master",
            }
        )
        sensitive = ["birthdate_date", "age", "marital", "children", "education", "personal_tax_id"]
        for fname in sensitive:
            with self.subTest(field=fname):
                with self.assertRaises(AccessError):
                    person.with_user(self.user_sales_a).read([fname])
                with self.assertRaises(AccessError):
                    person.with_user(self.user_manager).read([fname])
        with self.assertRaises(AccessError):
            person.with_user(self.user_sales_a).write({"marital": "single"})
        record = person.with_user(self.user_personal).read(sensitive)[0]
        self.assertEqual(record["personal_tax_id"], "8071592153")
        self.assertEqual(record["children"], 2)
        person.with_user(self.user_personal).write({"marital": "widowed"})
        self.assertEqual(person.marital, "widowed")
        # The form still opens for those without the group, without the fields.
        arch = person.with_user(self.user_sales_a).get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn('name="personal_tax_id"', arch)
        self.assertNotIn('name="birthdate_date"', arch)
        self.assertIn('name="avora_crm_360"', arch)

    def test_risk_override_reserved_to_managers(self):
        with self.assertRaises(AccessError):
            self.customer_a.with_user(self.user_sales_a).write(
                {"risk_override": "low", "risk_override_reason": "Ismerem őket."}
            )
        self.customer_a.with_user(self.user_manager).write(
            {"risk_override": "high", "risk_override_reason": "Felszámolási eljárás indult."}
        )
        self.assertEqual(self.customer_a.risk_rating, "high")
        self.assertEqual(self.customer_a.risk_override_user_id, self.user_manager)
        self.assertTrue(self.customer_a.risk_override_date)
