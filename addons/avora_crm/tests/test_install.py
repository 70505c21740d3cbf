# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestInstall(TransactionCase):
    def test_installed_with_dependencies(self):
        module = self.env["ir.module.module"]._get("avora_crm")
        self.assertEqual(module.state, "installed")
        self.assertEqual(set(module.dependencies_id.depend_id.mapped("state")), {"installed"})
