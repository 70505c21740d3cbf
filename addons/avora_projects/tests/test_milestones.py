# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import format_amount, html2plaintext, mute_logger

from .common import AvoraProjectsBillingCommon


@tagged("post_install", "-at_install")
class TestBillingMilestones(AvoraProjectsBillingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls._create_project(project_value=1_000_000)
        cls.currency = cls.project.currency_id

    def _finance_activities(self, project=None):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "project.project"),
                ("res_id", "=", (project or self.project).id),
                ("user_id", "=", self.user_finance.id),
            ]
        )

    def _note(self, activity):
        return html2plaintext(activity.note).replace("\xa0", " ")

    def _amount(self, amount):
        return format_amount(self.env, amount, self.currency).replace("\xa0", " ")

    def _milestone_messages(self, milestone):
        return self.project.message_ids.filtered(lambda m: milestone.name in (m.body or ""))

    def _create_milestone(self, **vals):
        return self.env["project.milestone"].create(
            {"name": "Tervezés kész", "project_id": self.project.id, **vals}
        )

    def test_reached_by_hand_notifies_finance_once(self):
        milestone = self._create_milestone(billing_share=30, create_invoice=True, notify_customer=True)
        self.assertEqual(milestone.billing_amount, 300_000)
        self.assertFalse(self._finance_activities())

        milestone.with_user(self.user_lead).toggle_is_reached(True)

        activity = self._finance_activities()
        self.assertEqual(len(activity), 1)
        self.assertIn("Tervezés kész", activity.summary)
        for expected in ("Tervezés kész", "Dunakanyar Építő Kft.", self._amount(300_000)):
            self.assertIn(expected, self._note(activity))
        self.assertIn(f'data-oe-id="{milestone.invoice_id.id}"', str(activity.note))
        self.assertEqual(len(self._milestone_messages(milestone)), 1)

        invoice = milestone.invoice_id
        self.assertRecordValues(
            invoice,
            [
                {
                    "state": "draft",
                    "move_type": "out_invoice",
                    "partner_id": self.customer.id,
                    "amount_untaxed": 300_000,
                }
            ],
        )
        self.assertTrue(self.project.account_id)
        self.assertEqual(
            invoice.invoice_line_ids.analytic_distribution, {str(self.project.account_id.id): 100}
        )

        mails = self.env["mail.mail"].search(
            [("model", "=", "project.milestone"), ("res_id", "=", milestone.id)]
        )
        self.assertEqual(len(mails), 1)
        self.assertEqual(mails.recipient_ids, self.customer)

        # Unmarked and marked again: nothing is announced twice.
        milestone.is_reached = False
        milestone.is_reached = True
        self.assertEqual(len(self._finance_activities()), 1)
        self.assertEqual(len(self._milestone_messages(milestone)), 1)
        self.assertEqual(milestone.invoice_id, invoice)
        self.assertEqual(
            self.env["mail.mail"].search_count(
                [("model", "=", "project.milestone"), ("res_id", "=", milestone.id)]
            ),
            1,
        )

    def test_finance_activity_in_finance_user_language(self):
        self.env["res.lang"]._activate_lang("hu_HU")
        self.env["ir.module.module"]._load_module_terms(["avora_projects"], ["hu_HU"])
        self.user_finance.lang = "hu_HU"
        milestone = self._create_milestone(billing_share=10)
        milestone.with_user(self.user_lead).with_context(lang="en_US").toggle_is_reached(True)
        self.assertEqual(self._finance_activities().summary, f"{milestone.name} mérföldkő számlázása")

    def test_fixed_amount_invoice(self):
        milestone = self._create_milestone(
            billing_mode="amount", billing_fixed_amount=250_000, create_invoice=True
        )
        milestone.is_reached = True
        self.assertEqual(milestone.invoice_id.amount_untaxed, 250_000)
        self.assertFalse(
            self.env["mail.mail"].search([("model", "=", "project.milestone"), ("res_id", "=", milestone.id)])
        )

    def test_without_invoice_option_only_finance_is_told(self):
        milestone = self._create_milestone(billing_share=10)
        milestone.is_reached = True
        self.assertFalse(milestone.invoice_id)
        self.assertTrue(milestone.billing_notified)
        self.assertIn(self._amount(100_000), self._note(self._finance_activities()))

    def test_reached_when_progress_passes_threshold(self):
        milestone = self._create_milestone(billing_share=50, reach_trigger="progress", progress_threshold=50)
        tasks = self._create_tasks(self.project, 0, 0, 0, 0)
        tasks[0].with_user(self.user_lead).state = "1_done"
        self.assertFalse(milestone.is_reached)
        tasks[1].with_user(self.user_lead).state = "1_done"
        self.assertTrue(milestone.is_reached)
        self.assertEqual(len(self._finance_activities()), 1)
        tasks[2:].state = "1_done"
        tasks[0].state = "01_in_progress"
        tasks[0].state = "1_done"
        self.assertEqual(len(self._finance_activities()), 1)
        self.assertEqual(len(self._milestone_messages(milestone)), 1)

    def test_threshold_already_passed_reaches_at_once(self):
        self._create_tasks(self.project, 0).state = "1_done"
        milestone = self._create_milestone(reach_trigger="progress", progress_threshold=80)
        self.assertTrue(milestone.is_reached)
        self.assertEqual(len(self._finance_activities()), 1)

    def test_sold_milestone_is_delivered_on_the_sales_order(self):
        product = self.env["product.product"].create(
            {
                "name": "Kivitelezés mérföldkövenként",
                "type": "service",
                "invoice_policy": "delivery",
                "service_type": "milestones",
                "service_tracking": "no",
                "list_price": 100_000,
                "taxes_id": [Command.clear()],
            }
        )
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [Command.create({"product_id": product.id, "product_uom_qty": 10})],
            }
        )
        order.action_confirm()
        line = order.order_line
        milestone = self._create_milestone(sale_line_id=line.id, quantity_percentage=0.4)
        self.assertEqual(milestone.billing_amount, 400_000)
        with self.assertRaises(ValidationError):
            milestone.create_invoice = True

        milestone.is_reached = True
        self.assertEqual(line.qty_delivered, 4)
        self.assertFalse(milestone.invoice_id)
        activity = self._finance_activities()
        self.assertIn(f'data-oe-id="{order.id}"', str(activity.note))
        self.assertIn(self._amount(400_000), self._note(activity))

    def test_invalid_billing_settings_are_refused(self):
        project = self._create_project(partner_id=False)
        with self.assertRaises(ValidationError):
            self.env["project.milestone"].create(
                {"name": "Átadás", "project_id": project.id, "create_invoice": True}
            )
        for vals in ({"billing_share": 120}, {"progress_threshold": -5}, {"billing_fixed_amount": -1}):
            with (
                self.subTest(vals=vals),
                mute_logger("odoo.sql_db"),
                self.assertRaises(IntegrityError),
                self.cr.savepoint(),
            ):
                self._create_milestone(**vals)
                self.env.flush_all()
