# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_admin_opens_contacts(self):
        self.start_tour("/odoo", "avora_crm_open_contacts", login="admin")

    def test_customer_360_tour(self):
        admin = self.env.ref("base.user_admin")
        customer = self.env["res.partner"].create(
            {
                "name": "Túra Teszt Kft.",
                "is_company": True,
                "country_id": self.env.ref("base.hu").id,
                "vat": "12892312-2-42",
                "user_id": admin.id,
                "key_account": True,
            }
        )
        product = self.env["product.product"].create({"name": "Túra termék", "list_price": 1000.0})
        self.env["sale.order"].create(
            {"partner_id": customer.id, "order_line": [Command.create({"product_id": product.id})]}
        ).action_confirm()
        self.start_tour("/odoo", "avora_crm_customer_360", login="admin")
