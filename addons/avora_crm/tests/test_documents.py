# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import base64
from datetime import timedelta

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import AvoraCrmCommon


@tagged("post_install", "-at_install")
class TestDocuments(AvoraCrmCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.customer = cls._create_company_partner("Keretszerződéses Kft.", user_id=cls.user_sales_a.id)
        cls.cron = cls.env.ref("avora_crm.ir_cron_partner_document_expiry")

    def _document(self, document_type, date_end, **values):
        return self.env["res.partner.document"].create(
            {
                "name": f"{document_type} {date_end}",
                "partner_id": self.customer.id,
                "document_type": document_type,
                "date_end": date_end,
                "file": base64.b64encode(b"%PDF-1.4"),
                **values,
            }
        )

    def _run_cron(self):
        # The scheduler runs the job on a cursor of its own: make it this one.
        with self.enter_registry_test_mode():
            self.assertIs(self.cron.method_direct_trigger(), True)

    def _expiry_activities(self):
        return self.env["mail.activity"].search(
            [("res_model", "=", "res.partner"), ("res_id", "=", self.customer.id)]
        )

    def test_expiry_activity_once(self):
        # Not frozen in time: the scheduler runs the job on its own clock.
        today = fields.Date.context_today(self.env["res.partner.document"])
        expiring = self._document("framework_contract", today + timedelta(days=20))
        later = self._document("framework_contract", today + timedelta(days=75))
        offer = self._document("offer", today + timedelta(days=9))
        self._run_cron()
        self._run_cron()
        activities = self._expiry_activities()
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.user_id, self.user_sales_a)
        self.assertEqual(activities.date_deadline, today)
        self.assertEqual(expiring.expiry_activity_date, today)
        self.assertFalse(later.expiry_activity_date)
        self.assertFalse(offer.expiry_activity_date)
        # A renewed contract is followed up again when its new end approaches.
        expiring.date_end = today + timedelta(days=29)
        self.assertFalse(expiring.expiry_activity_date)
        self._run_cron()
        self.assertEqual(len(self._expiry_activities()), 2)

    def test_expiry_activity_in_account_manager_language(self):
        self.env["res.lang"]._activate_lang("hu_HU")
        self.env["ir.module.module"]._load_module_terms(["avora_crm"], ["hu_HU"])
        self.user_sales_a.lang = "hu_HU"
        today = fields.Date.context_today(self.env["res.partner.document"])
        self._document("framework_contract", today + timedelta(days=20))
        # The scheduler's own user works in English.
        self.cron.user_id.lang = "en_US"
        self._run_cron()
        self.assertTrue(self._expiry_activities().summary.startswith("A keretszerződés lejár"))

    def test_framework_contract_needs_end_date(self):
        with self.assertRaises(ValidationError):
            self._document("framework_contract", False)
