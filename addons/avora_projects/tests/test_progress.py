# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from ast import literal_eval

from lxml import etree

from odoo.tests import tagged

from .common import AvoraProjectsCommon


@tagged("post_install", "-at_install")
class TestProjectProgress(AvoraProjectsCommon):
    def test_progress_counts_closed_tasks(self):
        project = self._create_project()
        tasks = self._create_tasks(project, 0, 0, 0, 0)
        self.assertEqual(project.task_progress, 0)
        tasks[0].state = "1_done"
        self.assertEqual(project.task_progress, 25)
        tasks[1].state = "1_canceled"
        self.assertEqual(project.task_progress, 50)
        tasks[0].state = "01_in_progress"
        self.assertEqual(project.task_progress, 25)

    def test_progress_weighted_by_allocated_hours(self):
        project = self._create_project()
        tasks = self._create_tasks(project, 6, 2)
        tasks[1].state = "1_done"
        self.assertEqual(project.task_progress, 25)
        tasks[1].allocated_hours = 6
        self.assertEqual(project.task_progress, 50)

    def test_task_without_hours_weighs_as_the_average_estimate(self):
        project = self._create_project()
        tasks = self._create_tasks(project, 2, 6, 0)
        # The unestimated task weighs (2 + 6) / 2 = 4 hours out of 12.
        tasks[2].state = "1_done"
        self.assertAlmostEqual(project.task_progress, 100 * 4 / 12)

    def test_subtasks_and_archived_tasks_do_not_count(self):
        project = self._create_project()
        parent, other = self._create_tasks(project, 0, 0)
        self.env["project.task"].create(
            {"name": "Részfeladat", "project_id": project.id, "parent_id": parent.id, "state": "1_done"}
        )
        self.assertEqual(project.task_progress, 0)
        other.state = "1_done"
        self.assertEqual(project.task_progress, 50)
        parent.active = False
        self.assertEqual(project.task_progress, 100)

    def test_progress_is_stored_for_many_projects_in_bounded_queries(self):
        projects = self.env["project.project"].create([{"name": f"Projekt {i}"} for i in range(500)])
        tasks = self.env["project.task"].create(
            [
                {"name": "Feladat", "project_id": project.id, "allocated_hours": hours}
                for project in projects
                for hours in (1, 3)
            ]
        )
        tasks[::2].write({"state": "1_done"})
        self.env.flush_all()
        self.assertEqual(set(projects.mapped("task_progress")), {25.0})
        # Recomputing 500 projects takes two _read_group on the tasks, the values being unchanged.
        with self.assertQueryCount(2):
            self.env.add_to_compute(projects._fields["task_progress"], projects)
            projects.flush_recordset(["task_progress"])

    def test_in_progress_and_done_filters(self):
        ongoing = self._create_project(name="Folyamatban")
        self._create_tasks(ongoing, 0, 0)[0].state = "1_done"
        all_closed = self._create_project(name="Minden feladat lezárva")
        self._create_tasks(all_closed, 0).state = "1_done"
        marked = self._create_project(name="Késznek jelölve")
        self._create_tasks(marked, 0)
        marked.action_mark_done()
        empty = self._create_project(name="Még nincs feladata")
        projects = ongoing | all_closed | marked | empty

        arch = self.env["project.project"].get_views([(False, "search")])["views"]["search"]["arch"]
        filters = {node.get("name"): node.get("domain") for node in etree.fromstring(arch).iter("filter")}

        def search(filter_name):
            domain = [("id", "in", projects.ids), *literal_eval(filters[filter_name])]
            return self.env["project.project"].search(domain)

        self.assertEqual(search("in_progress"), ongoing | empty)
        self.assertEqual(search("done"), all_closed | marked)
        marked.action_reopen()
        self.assertEqual(search("in_progress"), ongoing | empty | marked)
