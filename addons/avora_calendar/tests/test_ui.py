# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    def test_calendar_tour(self):
        admin = self.env.ref("base.user_admin")
        # today is always in the month the calendar opens on
        today = fields.Date.context_today(self.env["project.project"].with_user(admin))
        self.env["project.project"].create(
            {
                "date_start": today,
                "date": today,
                "name": "Tokaji pince felújítás",
                "user_id": admin.id,
                "privacy_visibility": "employees",
                "description": "<p>Műszaki átadás a borászattal</p>",
            }
        )
        self.start_tour("/odoo", "avora_calendar_tour", login="admin")
