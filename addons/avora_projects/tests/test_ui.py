# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestProjectsTour(HttpCase):
    def test_project_progress_and_milestone_tour(self):
        admin = self.env.ref("base.user_admin")
        self.env.company.project_finance_user_ids = admin
        self.env["res.partner"].create(
            {"name": "Balaton Vendéglátó Kft.", "is_company": True, "city": "Siófok"}
        )
        # With project templates, "New" becomes a menu; the tour creates a blank project.
        self.env["project.project"].search([("is_template", "=", True)]).action_archive()

        self.start_tour("/odoo", "avora_projects_tour", login="admin")

        project = self.env["project.project"].search([("name", "=", "Avora túra projekt")])
        self.assertEqual(project.task_progress, 50)
        self.assertEqual(project.partner_id.name, "Balaton Vendéglátó Kft.")
        milestone = project.milestone_ids
        self.assertTrue(milestone.is_reached)
        self.assertEqual(milestone.billing_amount, 500_000)
        activity = project.activity_ids.filtered(
            lambda a: a.user_id == admin and "Felmérés kész" in a.summary
        )
        self.assertEqual(len(activity), 1)
        self.assertIn("Balaton Vendéglátó Kft.", str(activity.note))
