# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import tagged

from .common import AvoraTasksCase


@tagged("post_install", "-at_install")
class TestDelegation(AvoraTasksCase):
    def test_multi_level_delegation_chain_and_progress(self):
        root = self._create_task(
            "Irodaköltözés lebonyolítása", user=self.lead, user_ids=[Command.link(self.anna.id)]
        )
        TaskAsAnna = self.env["project.task"].with_user(self.anna)
        packing, cabling = TaskAsAnna.create(
            [
                {
                    "name": "Csomagolás",
                    "parent_id": root.id,
                    "project_id": self.project.id,
                    "user_ids": [Command.link(self.anna.id)],
                },
                {
                    "name": "Kábelezés",
                    "parent_id": root.id,
                    "project_id": self.project.id,
                    "user_ids": [Command.link(self.peter.id)],
                },
            ]
        )
        labels = TaskAsAnna.create(
            {
                "name": "Címkék nyomtatása",
                "parent_id": packing.id,
                "project_id": self.project.id,
                "user_ids": [Command.link(self.peter.id)],
            }
        )
        self.assertEqual(labels.delegation_path, "Irodaköltözés lebonyolítása › Csomagolás")
        self.assertEqual(packing.delegation_path, "Irodaköltözés lebonyolítása")
        self.assertFalse(root.delegation_path)
        root.name = "Költözés"
        self.assertEqual(labels.delegation_path, "Költözés › Csomagolás")

        self.assertEqual(root.subtask_progress, 0.0)
        cabling.with_user(self.peter).state = "1_done"
        self.assertEqual(root.subtask_progress, 50.0)
        packing.with_user(self.anna).state = "1_canceled"
        self.assertEqual(root.subtask_progress, 100.0, "Cancelled subtasks count as closed")
        self.assertEqual(packing.subtask_progress, 0.0, "Progress only counts the direct subtasks")
        labels.with_user(self.peter).state = "1_done"
        self.assertEqual(packing.subtask_progress, 100.0)
        self.assertEqual(self.env["project.task"].new({"name": "Új"}).subtask_progress, 0.0)

    def test_progress_of_1000_tasks_is_set_based(self):
        Task = self.env["project.task"].with_context(tracking_disable=True, mail_create_nolog=True)
        parents = Task.create([{"name": f"Szülő {i}", "project_id": self.project.id} for i in range(100)])
        children = Task.create(
            [
                {
                    "name": f"Részfeladat {i}-{j}",
                    "project_id": self.project.id,
                    "parent_id": parent.id,
                    "state": "1_done" if j < 3 else "01_in_progress",
                }
                for i, parent in enumerate(parents)
                for j in range(9)
            ]
        )
        tasks = parents | children
        self.assertEqual(len(tasks), 1000)
        self.env.invalidate_all()
        tasks = self.env["project.task"].browse(tasks.ids)
        with self.assertQueryCount(2):
            progress = tasks.mapped("subtask_progress")
        self.assertEqual(progress[:100], [100.0 * 3 / 9] * 100)
        self.assertEqual(set(progress[100:]), {0.0})
