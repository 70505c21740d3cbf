# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import AvoraTasksCase


@tagged("post_install", "-at_install")
class TestPhase(AvoraTasksCase):
    def test_phase_follows_stage_and_state(self):
        task = self._create_task("Bútorszállítás megrendelése", stage_id=self.stage_new.id)
        self.assertEqual(task.phase, "upcoming", "A task in the project's first stage has not started yet")

        task.stage_id = self.stage_doing
        self.assertEqual(task.phase, "in_progress")

        task.state = "1_done"
        self.assertEqual(task.phase, "closed")
        task.state = "01_in_progress"
        self.assertEqual(task.phase, "in_progress")
        task.state = "1_canceled"
        self.assertEqual(task.phase, "closed")

    def test_waiting_task_is_upcoming(self):
        self.project.allow_task_dependencies = True
        blocker = self._create_task("Bérleti szerződés aláírása", stage_id=self.stage_doing.id)
        task = self._create_task("Költözés időpontjának egyeztetése", stage_id=self.stage_doing.id)
        task.depend_on_ids = [Command.link(blocker.id)]
        self.assertEqual(task.state, "04_waiting_normal")
        self.assertEqual(task.phase, "upcoming")
        blocker.state = "1_done"
        self.assertEqual(task.state, "01_in_progress")
        self.assertEqual(task.phase, "in_progress")

    def test_reordering_stages_recomputes_phase(self):
        task = self._create_task("Leltár", stage_id=self.stage_doing.id)
        self.assertEqual(task.phase, "in_progress")
        self.stage_doing.sequence = 0
        self.assertEqual(task.phase, "upcoming", "The task's stage became the first one of its project")

    def test_phase_is_searchable_and_groupable(self):
        upcoming = self._create_task("Árajánlatkérés", stage_id=self.stage_new.id)
        doing = self._create_task("Pakolás", stage_id=self.stage_doing.id)
        closed = self._create_task("Régi iroda átadása", stage_id=self.stage_doing.id, state="1_done")
        tasks = upcoming | doing | closed
        Task = self.env["project.task"]
        for phase, expected in (("upcoming", upcoming), ("in_progress", doing), ("closed", closed)):
            self.assertEqual(Task.search([("id", "in", tasks.ids), ("phase", "=", phase)]), expected)
        groups = dict(Task._read_group([("id", "in", tasks.ids)], ["phase"], ["__count"]))
        self.assertEqual(groups, {"upcoming": 1, "in_progress": 1, "closed": 1})

    def test_default_urgency_and_ordering(self):
        normal = self._create_task("Kulcsok átvétele")
        self.assertEqual(normal.priority, "1", "New tasks are Normal")
        urgent = self._create_task("Áramszolgáltató értesítése", priority="3")
        low = self._create_task("Virágok átköltöztetése", priority="0")
        tasks = normal | urgent | low
        ordered = self.env["project.task"].search([("id", "in", tasks.ids)])
        self.assertEqual(ordered.mapped("priority"), ["3", "1", "0"], "Urgent tasks come first")
        self.assertEqual(
            self.env["project.task"].search([("id", "in", tasks.ids), ("priority", "in", ["2", "3"])]),
            urgent,
        )
        labels = dict(self.env["project.task"]._fields["priority"]._description_selection(self.env))
        self.assertEqual(list(labels), ["0", "1", "2", "3"])

    def test_overdue(self):
        with freeze_time("2026-03-10 09:00:00"):
            late = self._create_task("Internet bekötése", date_deadline=datetime(2026, 3, 9, 16, 0))
            done_late = self._create_task("Festés", date_deadline=datetime(2026, 3, 9, 16, 0), state="1_done")
            future = self._create_task("Takarítás", date_deadline=datetime(2026, 3, 11, 16, 0))
            tasks = late | done_late | future
            tasks.invalidate_recordset(["is_overdue"])
            self.assertEqual(tasks.filtered("is_overdue"), late)
            Task = self.env["project.task"]
            self.assertEqual(Task.search([("id", "in", tasks.ids), ("is_overdue", "=", True)]), late)
            self.assertEqual(
                Task.search([("id", "in", tasks.ids), ("is_overdue", "=", False)]), done_late | future
            )
