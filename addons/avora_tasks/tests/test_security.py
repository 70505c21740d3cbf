# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import xmlrpc.client

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import AvoraTasksCase


@tagged("post_install", "-at_install")
class TestTaskAccess(AvoraTasksCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.anna_task = cls._create_task("Dobozok beszerzése", user_ids=[Command.link(cls.anna.id)])
        cls.peter_task = cls._create_task(
            "Költöztető cég kiválasztása", user_ids=[Command.link(cls.peter.id)]
        )
        cls.followed_task = cls._create_task("Hálózat tervezése", user_ids=[Command.link(cls.peter.id)])
        cls.followed_task.message_subscribe(cls.anna.partner_id.ids)
        cls.foreign_task = cls._create_task(
            "Termékfotók", project=cls.other_project, user_ids=[Command.link(cls.peter.id)]
        )

    def _visible(self, user, tasks):
        return self.env["project.task"].with_user(user).search([("id", "in", tasks.ids)])

    def test_task_user_sees_assigned_and_followed_tasks_only(self):
        tasks = self.anna_task | self.peter_task | self.followed_task | self.foreign_task
        self.assertEqual(self._visible(self.anna, tasks), self.anna_task | self.followed_task)
        with self.assertRaises(AccessError):
            self.peter_task.with_user(self.anna).read(["name"])

    def test_task_user_changes_status_and_comments_on_own_task(self):
        task = self.anna_task.with_user(self.anna)
        task.write({"state": "1_done"})
        self.assertEqual(self.anna_task.phase, "closed")
        task.message_post(
            body="Megvannak a dobozok.", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        self.followed_task.with_user(self.anna).message_post(
            body="Kérdésem van a kábelezésről.", message_type="comment", subtype_xmlid="mail.mt_comment"
        )
        self.assertEqual(self.followed_task.message_ids[0].author_id, self.anna.partner_id)

    def test_task_user_cannot_reassign_own_task(self):
        with self.assertRaisesRegex(AccessError, "Dobozok beszerzése"):
            self.anna_task.with_user(self.anna).write({"user_ids": [Command.link(self.peter.id)]})
        self.assertEqual(self.anna_task.user_ids, self.anna)

    def test_task_user_cannot_change_others_tasks(self):
        with self.assertRaises(AccessError):
            self.followed_task.with_user(self.anna).write({"state": "1_done"})
        with self.assertRaises(AccessError):
            self.peter_task.with_user(self.anna).write({"state": "1_done"})

    def test_task_user_cannot_create_or_delete_top_level_tasks(self):
        Task = self.env["project.task"].with_user(self.anna)
        with self.assertRaises(AccessError):
            Task.create(
                {
                    "name": "Saját ötlet",
                    "project_id": self.project.id,
                    "user_ids": [Command.link(self.anna.id)],
                }
            )
        with self.assertRaises(AccessError):
            self.anna_task.with_user(self.anna).unlink()

    def test_task_user_delegates_subtask(self):
        subtask = (
            self.env["project.task"]
            .with_user(self.anna)
            .create(
                {
                    "name": "Dobozok felcímkézése",
                    "parent_id": self.anna_task.id,
                    "project_id": self.project.id,
                    "user_ids": [Command.link(self.peter.id)],
                }
            )
        )
        self.assertEqual(subtask.create_uid, self.anna)
        self.assertEqual(self._visible(self.peter, subtask), subtask)
        self.assertEqual(
            self._visible(self.peter, self.anna_task),
            self.anna_task,
            "Péter sees the task his was split from",
        )
        with self.assertRaises(AccessError):
            self.anna_task.with_user(self.peter).write({"state": "1_done"})
        subtask.with_user(self.anna).write({"user_ids": [Command.link(self.employee.id)]})
        subtask.with_user(self.peter).write({"state": "1_done"})
        self.assertEqual(self.anna_task.with_user(self.anna).subtask_progress, 100.0)
        with self.assertRaises(AccessError):
            self.env["project.task"].with_user(self.anna).create(
                {"name": "Más feladata alá", "parent_id": self.peter_task.id, "project_id": self.project.id}
            )
        subtask.with_user(self.anna).unlink()
        self.assertFalse(subtask.exists())

    def test_team_lead_manages_own_projects_only(self):
        tasks = self.anna_task | self.peter_task | self.followed_task | self.foreign_task
        self.assertEqual(self._visible(self.lead, tasks), tasks - self.foreign_task)
        Task = self.env["project.task"].with_user(self.lead)
        task = Task.create(
            {
                "name": "Parkolóhelyek igénylése",
                "project_id": self.project.id,
                "user_ids": [Command.set((self.anna | self.peter).ids)],
            }
        )
        self.assertEqual(task.user_ids, self.anna | self.peter)
        self.peter_task.with_user(self.lead).write({"user_ids": [Command.link(self.anna.id)]})
        with self.assertRaises(AccessError):
            Task.create({"name": "Idegen projekt", "project_id": self.other_project.id})
        with self.assertRaises(AccessError):
            self.foreign_task.with_user(self.lead).write({"priority": "3"})

    def test_team_lead_sees_projects_he_is_member_of(self):
        self.other_project.message_subscribe(self.lead.partner_id.ids)
        self.assertEqual(self._visible(self.lead, self.foreign_task), self.foreign_task)
        self.foreign_task.with_user(self.lead).write({"priority": "3"})

    def test_manager_does_everything(self):
        tasks = self.anna_task | self.peter_task | self.followed_task | self.foreign_task
        self.assertEqual(self._visible(self.manager, tasks), tasks)
        self.foreign_task.with_user(self.manager).write({"user_ids": [Command.set(self.anna.ids)]})
        tasks.with_user(self.manager).unlink()
        self.assertFalse(tasks.exists())

    def test_users_outside_task_groups_keep_odoo_rules(self):
        tasks = self.anna_task | self.peter_task | self.foreign_task
        self.assertEqual(
            self._visible(self.employee, tasks), tasks, "Employees read tasks of public projects"
        )
        with self.assertRaises(AccessError):
            self.anna_task.with_user(self.employee).write({"state": "1_done"})


@tagged("post_install", "-at_install")
class TestTaskAccessRpc(HttpCase):
    def test_xmlrpc_levels(self):
        anna = self.env["res.users"].create(
            {
                "name": "Kovács Anna",
                "login": "rpc_anna",
                "password": "rpc_anna_pw",
                "group_ids": [Command.set(self.env.ref("avora_tasks.avora_tasks_group_user").ids)],
            }
        )
        lead = self.env["res.users"].create(
            {
                "name": "Szabó Gábor",
                "login": "rpc_lead",
                "password": "rpc_lead_pw",
                "group_ids": [Command.set(self.env.ref("avora_tasks.avora_tasks_group_lead").ids)],
            }
        )
        project = self.env["project.project"].create(
            {"name": "Irodaköltözés", "privacy_visibility": "employees", "user_id": lead.id}
        )
        own, other = self.env["project.task"].create(
            [
                {"name": "Dobozok beszerzése", "project_id": project.id, "user_ids": [Command.link(anna.id)]},
                {"name": "Bútorok szétszerelése", "project_id": project.id},
            ]
        )

        def call(login, password, method, *args, **kwargs):
            uid = self.xmlrpc_common.authenticate(self.env.cr.dbname, login, password, {})
            return self.xmlrpc_object.execute_kw(
                self.env.cr.dbname, uid, password, "project.task", method, list(args), kwargs
            )

        domain = [("id", "in", (own | other).ids)]
        self.assertEqual(call("rpc_anna", "rpc_anna_pw", "search", domain), own.ids)
        call("rpc_anna", "rpc_anna_pw", "write", own.ids, {"state": "1_done"})
        self.assertEqual(own.state, "1_done")
        with self.assertRaises(xmlrpc.client.Fault) as error:
            call("rpc_anna", "rpc_anna_pw", "create", {"name": "Saját feladat", "project_id": project.id})
        self.assertEqual(error.exception.faultCode, 4, "Odoo reports an AccessError as fault 4")

        self.assertEqual(sorted(call("rpc_lead", "rpc_lead_pw", "search", domain)), sorted((own | other).ids))
        new_id = call(
            "rpc_lead",
            "rpc_lead_pw",
            "create",
            {"name": "Parkolóhelyek igénylése", "project_id": project.id, "user_ids": [(4, anna.id)]},
        )
        self.assertEqual(self.env["project.task"].browse(new_id).user_ids, anna)
