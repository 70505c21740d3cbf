# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import HttpCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestTaskTour(HttpCase):
    def test_lead_delegates_and_assignee_closes(self):
        lead = new_test_user(
            self.env, "tour_lead", groups="avora_tasks.avora_tasks_group_lead", name="Fekete László"
        )
        reka = new_test_user(
            self.env, "tour_reka", groups="avora_tasks.avora_tasks_group_user", name="Kiss Réka"
        )
        tamas = new_test_user(
            self.env, "tour_tamas", groups="avora_tasks.avora_tasks_group_user", name="Balogh Tamás"
        )
        stages = self.env["project.task.type"].create(
            [{"name": "Teendő", "sequence": 1}, {"name": "Folyamatban", "sequence": 2}]
        )
        project = self.env["project.project"].create(
            {
                "name": "Tárgyalóterem felújítása",
                "user_id": lead.id,
                "privacy_visibility": "employees",
                "type_ids": [Command.set(stages.ids)],
            }
        )

        self.start_tour("/odoo", "avora_tasks_lead_tour", login=lead.login)
        parent = self.env["project.task"].search([("name", "=", "Tárgyaló berendezése")])
        self.assertEqual(parent.project_id, project)
        self.assertEqual(parent.create_uid, lead)
        self.assertEqual(parent.child_ids.mapped("name"), ["Székek beszerzése", "Projektor felszerelése"])
        self.assertIn(reka, parent.child_ids[0].user_ids)
        self.assertIn(tamas, parent.child_ids[1].user_ids)

        self.start_tour("/odoo", "avora_tasks_assignee_tour", login=reka.login)
        self.assertEqual(parent.child_ids[0].state, "1_done")
        self.assertEqual(parent.subtask_progress, 50.0)
