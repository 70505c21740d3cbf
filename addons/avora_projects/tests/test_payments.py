# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import AvoraProjectsBillingCommon


@tagged("post_install", "-at_install")
class TestProjectPayments(AvoraProjectsBillingCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls._create_project(project_value=1000)
        cls.project._create_analytic_account()

    def _customer_move(self, amount, project=None, move_type="out_invoice", post=True, **vals):
        account = (project or self.project).account_id
        move = self.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": self.customer.id,
                "invoice_date": "2026-01-10",
                "invoice_date_due": "2026-02-09",
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Kivitelezés",
                            "quantity": 1,
                            "price_unit": amount,
                            "tax_ids": [Command.clear()],
                            "analytic_distribution": {str(account.id): 100} if account else False,
                        }
                    )
                ],
                **vals,
            }
        )
        if post:
            move.action_post()
        return move

    def _pay(self, invoice, amount):
        self.env["account.payment.register"].with_context(
            active_model="account.move", active_ids=invoice.ids
        ).create({"amount": amount, "payment_date": "2026-01-20"})._create_payments()

    def _figures(self, project=None):
        project = (project or self.project).with_user(self.user_finance)
        project.invalidate_recordset()
        return project.read(["invoiced_amount", "paid_amount", "outstanding_amount", "overdue_amount"])[0]

    @freeze_time("2026-03-01")
    def test_partial_payment_and_refund(self):
        invoice = self._customer_move(1000)
        self._customer_move(500, post=False)
        other_project = self._create_project(name="Másik projekt")
        other_project._create_analytic_account()
        self._customer_move(700, project=other_project)
        self.assertEqual(
            self._figures(),
            {
                "id": self.project.id,
                "invoiced_amount": 1000,
                "paid_amount": 0,
                "outstanding_amount": 1000,
                "overdue_amount": 1000,
            },
        )

        self._pay(invoice, 400)
        self.assertEqual(
            self._figures(),
            {
                "id": self.project.id,
                "invoiced_amount": 1000,
                "paid_amount": 400,
                "outstanding_amount": 600,
                "overdue_amount": 600,
            },
        )

        self._customer_move(100, move_type="out_refund")
        self.assertEqual(
            self._figures(),
            {
                "id": self.project.id,
                "invoiced_amount": 900,
                "paid_amount": 400,
                "outstanding_amount": 500,
                "overdue_amount": 600,
            },
        )
        self.assertEqual(self._figures(other_project)["invoiced_amount"], 700)

    @freeze_time("2026-02-01")
    def test_invoice_not_yet_due_is_not_overdue(self):
        self._customer_move(1000)
        self.assertEqual(self._figures()["overdue_amount"], 0)
        self.assertEqual(self._figures()["outstanding_amount"], 1000)

    def test_invoices_of_the_sales_order_count(self):
        project = self._create_project(name="Eladott projekt")
        order = self.env["sale.order"].create(
            {
                "partner_id": self.customer.id,
                "order_line": [
                    Command.create(
                        {
                            "product_id": self.product_a.id,
                            "product_uom_qty": 1,
                            "price_unit": 800,
                            "tax_ids": [],
                        }
                    )
                ],
            }
        )
        order.action_confirm()
        project.sale_line_id = order.order_line
        invoice = order._create_invoices()
        invoice.invoice_line_ids.analytic_distribution = False
        invoice.action_post()
        self.assertEqual(self._figures(project)["invoiced_amount"], 800)
        action = project.action_open_customer_invoices()
        self.assertEqual(self.env["account.move"].search(action["domain"]), invoice)

    def test_figures_are_for_finance_only(self):
        with self.assertRaises(AccessError):
            self.project.with_user(self.user_lead).read(["invoiced_amount"])

    def test_figures_for_many_projects_in_bounded_queries(self):
        projects = self.env["project.project"].create(
            [{"name": f"Projekt {i}", "partner_id": self.customer.id} for i in range(500)]
        )
        projects._create_analytic_account()
        self._customer_move(300, project=projects[0])
        self._customer_move(200, project=projects[-1])
        self.env.flush_all()
        projects = projects.with_user(self.user_finance)
        projects.invalidate_recordset()
        # Invoice lines, their moves and sales order links: the same few queries for any number of projects.
        with self.assertQueryCount(12):
            figures = projects.read(["invoiced_amount", "outstanding_amount", "overdue_amount"])
        self.assertEqual(sum(row["invoiced_amount"] for row in figures), 500)
