# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_admin_opens_contacts(self):
        self.start_tour("/odoo", "avora_crm_open_contacts", login="admin")
