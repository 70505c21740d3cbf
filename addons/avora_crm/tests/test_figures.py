# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo import Command, fields
from odoo.tests import tagged

from odoo.addons.account.tests.common import AccountTestInvoicingCommon

FIGURES = [
    "quotation_count",
    "confirmed_order_count",
    "order_value",
    "invoiced_service_value",
    "receivable_open",
    "receivable_overdue",
    "overdue_days",
    "last_contact_date",
    "contact_channels",
    "campaign_ids",
    "lifecycle_state",
    "risk_rating",
]


@tagged("post_install", "-at_install")
@freeze_time("2026-03-31")
class TestFigures(AccountTestInvoicingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.user.group_ids |= cls.env.ref("sales_team.group_sale_manager")
        cls.customer = cls.env["res.partner"].create(
            {"name": "Számoló Kft.", "is_company": True, "country_id": cls.env.ref("base.hu").id}
        )
        cls.contact = cls.env["res.partner"].create({"name": "Fehér Lili", "parent_id": cls.customer.id})
        cls.service = cls._create_product(name="Tanácsadás", type="service", lst_price=250.0, taxes_id=False)
        cls.goods = cls._create_product(name="Nyomtató", type="consu", lst_price=500.0, taxes_id=False)

    @classmethod
    def _order(cls, partner, lines, confirm=True):
        order = cls.env["sale.order"].create(
            {
                "partner_id": partner.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": product.id,
                            "product_uom_qty": qty,
                            "price_unit": price,
                            "tax_ids": False,
                        }
                    )
                    for product, qty, price in lines
                ],
            }
        )
        if confirm:
            order.action_confirm()
        return order

    @classmethod
    def _invoice(cls, partner, lines, invoice_date, due_date, move_type="out_invoice"):
        move = cls.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": partner.id,
                "invoice_date": invoice_date,
                "invoice_date_due": due_date,
                "invoice_line_ids": [
                    Command.create(
                        {"product_id": product.id, "quantity": qty, "price_unit": price, "tax_ids": False}
                    )
                    for product, qty, price in lines
                ],
            }
        )
        move.action_post()
        return move

    def test_figures_match_hand_computation(self):
        self.assertEqual(self.customer.lifecycle_state, "prospect")
        # One quotation (300) and two confirmed orders: 2 x 500 and 4 x 500.
        self._order(self.customer, [(self.goods, 1, 300.0)], confirm=False)
        self._order(self.customer, [(self.goods, 2, 500.0)])
        self._order(self.contact, [(self.service, 4, 500.0)])
        # Invoice 1: services 4 x 250 + goods 1 x 500 = 1 500, due in 30 days,
        # 600 paid. Invoice 2: services 400, due 40 days ago. Credit note:
        # services 200, not reconciled yet.
        invoice_1 = self._invoice(
            self.customer, [(self.service, 4, 250.0), (self.goods, 1, 500.0)], "2026-03-25", "2026-04-24"
        )
        self._invoice(self.contact, [(self.service, 1, 400.0)], "2026-01-20", "2026-02-19")
        self._invoice(
            self.customer, [(self.service, 1, 200.0)], "2026-03-30", "2026-03-30", move_type="out_refund"
        )
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice_1.ids
        ).create({"amount": 600.0, "payment_date": "2026-03-31"})._create_payments()
        self.assertEqual(invoice_1.amount_residual, 900.0)

        self.customer.invalidate_recordset(FIGURES)
        self.assertRecordValues(
            self.customer,
            [
                {
                    "quotation_count": 1,
                    "confirmed_order_count": 2,
                    "order_value": 3000.0,
                    # 1 000 + 400 - 200 refunded
                    "invoiced_service_value": 1200.0,
                    # 900 + 400 - 200
                    "receivable_open": 1100.0,
                    "receivable_overdue": 400.0,
                    "overdue_days": 40,
                    "lifecycle_state": "active",
                    # 40 days overdue: past the 15-day medium threshold.
                    "risk_rating": "medium",
                }
            ],
        )
        # A contact of the company shows the company's figures.
        self.assertEqual(self.contact.order_value, 3000.0)
        overdue = self.env["res.partner"].search(
            [("receivable_overdue", ">", 0), ("id", "=", self.customer.id)]
        )
        self.assertEqual(overdue, self.customer)

    def test_risk_follows_payments_and_override(self):
        invoice = self._invoice(self.customer, [(self.service, 1, 1000.0)], "2025-12-01", "2025-12-31")
        self.customer._refresh_ratings()
        self.assertEqual(self.customer.risk_rating, "high", "90 days overdue")
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"payment_date": "2026-03-31"})._create_payments()
        self.assertEqual(self.customer.risk_rating, "low")
        self.customer.write({"risk_override": "high", "risk_override_reason": "Tulajdonosváltás."})
        self.assertEqual(self.customer.risk_rating, "high")
        self.assertEqual(self.customer.risk_rating_computed, "low")
        self.assertEqual(self.customer.risk_override_user_id, self.env.user)
        self.customer.risk_override = False
        self.assertEqual(self.customer.risk_rating, "low")
        self.assertFalse(self.customer.risk_override_user_id)

    def test_rating_cron_refreshes_time_dependent_ratings(self):
        self._invoice(self.customer, [(self.service, 1, 1000.0)], "2026-03-01", "2026-03-21")
        self.assertEqual(self.customer.risk_rating, "low", "10 days overdue")
        cron = self.env.ref("avora_crm.ir_cron_partner_refresh_ratings")
        with freeze_time("2026-05-31"), self.enter_registry_test_mode():
            self.assertIs(cron.method_direct_trigger(), True)
        self.customer.invalidate_recordset(["risk_rating"])
        self.assertEqual(self.customer.risk_rating, "high", "71 days overdue")

    def test_lifecycle_becomes_former_with_time(self):
        self._order(self.customer, [(self.goods, 1, 100.0)])
        self.assertEqual(self.customer.lifecycle_state, "active")
        with freeze_time("2028-06-30"):
            self.customer._refresh_ratings()
            self.assertEqual(self.customer.lifecycle_state, "former")
            self.customer.lifecycle_override = "active"
            self.assertEqual(self.customer.lifecycle_state, "active")

    def test_contact_figures_from_chatter(self):
        campaign = self.env["utm.campaign"].create({"name": "Tavaszi akció"})
        self.env["crm.lead"].create(
            {"name": "Új nyomtatók", "partner_id": self.contact.id, "campaign_id": campaign.id}
        )
        with freeze_time("2026-03-20 10:00:00"):
            self.customer.message_post(body="Telefonon egyeztettünk.", message_type="comment")
        with freeze_time("2026-03-28 09:00:00"):
            self.contact.message_post(
                body="Ajánlatot küldtünk.", message_type="email", subtype_xmlid="mail.mt_comment"
            )
        self.customer.invalidate_recordset(FIGURES)
        self.assertEqual(self.customer.last_contact_date, fields.Datetime.to_datetime("2026-03-28 09:00:00"))
        self.assertIn("E-mail", self.customer.with_context(lang="en_US").contact_channels)
        self.assertEqual(self.customer.campaign_ids, campaign)

    def test_reading_figures_of_200_partners_is_bounded(self):
        partners = self.env["res.partner"].create(
            [{"name": f"Tömeges {index} Kft.", "is_company": True} for index in range(200)]
        )
        self._order(partners[0], [(self.goods, 1, 100.0)])
        self._invoice(partners[1], [(self.service, 1, 100.0)], "2026-01-01", "2026-01-31")

        def read_figures():
            self.env.invalidate_all()
            partners.browse(partners.ids).read(FIGURES)

        read_figures()
        with self.assertQueryCount(15):
            read_figures()
        # Many more orders and invoices: the same number of queries.
        for partner in partners[:10]:
            self._order(partner, [(self.goods, 1, 100.0)])
            self._order(partner, [(self.service, 2, 100.0)], confirm=False)
            self._invoice(partner, [(self.service, 1, 100.0)], "2026-02-01", "2026-02-28")
        read_figures()
        with self.assertQueryCount(15):
            read_figures()
