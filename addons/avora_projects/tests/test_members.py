# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2 import IntegrityError

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import Form, HttpCase, new_test_user, tagged
from odoo.tools import mute_logger
from odoo.tools.safe_eval import safe_eval

from .common import AvoraProjectsCommon


@tagged("post_install", "-at_install")
class TestProjectMembers(AvoraProjectsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.project = cls._create_project(
            member_ids=[(0, 0, {"user_id": cls.user_member.id, "role": "member"})],
        )
        cls.task = cls._create_tasks(cls.project, 4)

    def test_creation_dialog_sets_customer_team_deadline_and_description(self):
        action = self.env.ref("project.open_create_project")
        form = Form(
            self.env["project.project"]
            .with_user(self.user_project_admin)
            .with_context(**safe_eval(action.context)),
            view=action.view_id,
        )
        form.name = "Tavaszi kampány"
        form.partner_id = self.customer
        form.date = "2026-06-30"
        form.description = "<p>Plakátok és hírlevél</p>"
        with form.member_ids.new() as member:
            member.user_id = self.user_member
        project = form.save()
        self.assertEqual(project.partner_id, self.customer)
        self.assertEqual(project.date.isoformat(), "2026-06-30")
        self.assertIn("Plakátok és hírlevél", project.description)
        self.assertEqual(project.member_ids.mapped("role"), ["manager", "member"])
        self.assertEqual(project.member_ids.user_id, self.user_project_admin | self.user_member)
        self.assertTrue(project.with_user(self.user_member).read(["name"]))
        # Only members see it.
        self.assertEqual(project.privacy_visibility, "followers")

    def test_project_manager_is_a_manager_member(self):
        self.assertEqual(self.project.privacy_visibility, "followers")
        roles = {member.user_id: member.role for member in self.project.member_ids}
        self.assertEqual(roles, {self.user_lead: "manager", self.user_member: "member"})
        self.project.user_id = self.user_project_admin
        self.assertEqual(
            self.project.member_ids.filtered(lambda m: m.user_id == self.user_project_admin).role, "manager"
        )

    def test_members_see_the_project_and_its_tasks(self):
        project = self.project.with_user(self.user_member)
        self.assertEqual(project.read(["name"])[0]["name"], "Irodaház felújítás")
        self.assertEqual(
            self.env["project.task"].with_user(self.user_member).search([("project_id", "=", project.id)]),
            self.task,
        )
        self.assertEqual(project.member_ids.user_id, self.user_lead | self.user_member)

    def test_others_do_not_see_the_project_nor_its_tasks(self):
        with self.assertRaises(AccessError):
            self.project.with_user(self.user_outsider).read(["name"])
        with self.assertRaises(AccessError):
            self.task.with_user(self.user_outsider).read(["name"])
        self.assertFalse(
            self.env["project.project"].with_user(self.user_outsider).search([("id", "=", self.project.id)])
        )
        self.assertFalse(
            self.env["project.member"]
            .with_user(self.user_outsider)
            .search([("project_id", "=", self.project.id)])
        )

    def test_adding_and_removing_a_member_grants_and_revokes_access(self):
        member = self.env["project.member"].create(
            {"project_id": self.project.id, "user_id": self.user_outsider.id}
        )
        self.assertIn(self.user_outsider.partner_id, self.project.message_partner_ids)
        self.assertTrue(self.task.with_user(self.user_outsider).read(["name"]))
        member.unlink()
        self.assertNotIn(self.user_outsider.partner_id, self.project.message_partner_ids)
        self.env.invalidate_all()
        with self.assertRaises(AccessError):
            self.project.with_user(self.user_outsider).read(["name"])

    def test_only_project_administrators_manage_members(self):
        with self.assertRaises(AccessError):
            self.env["project.member"].with_user(self.user_lead).create(
                {"project_id": self.project.id, "user_id": self.user_outsider.id}
            )
        member = (
            self.env["project.member"]
            .with_user(self.user_project_admin)
            .create({"project_id": self.project.id, "user_id": self.user_outsider.id, "role": "manager"})
        )
        self.assertEqual(member.role, "manager")

    def test_finance_reads_every_project(self):
        self.assertEqual(self.project.with_user(self.user_finance).read(["name"])[0]["id"], self.project.id)

    @mute_logger("odoo.sql_db")
    def test_a_user_is_a_member_once(self):
        with self.assertRaises(IntegrityError):
            self.env["project.member"].create({"project_id": self.project.id, "user_id": self.user_member.id})
            self.env.flush_all()


@tagged("post_install", "-at_install")
class TestProjectMembersRpc(HttpCase):
    # Every XML-RPC call logs Odoo 19's deprecation warning.
    @mute_logger("odoo.addons.rpc.controllers.xmlrpc")
    def test_members_only_over_xmlrpc(self):
        lead = "avora_tasks.avora_tasks_group_lead"
        member = new_test_user(self.env, login="avora_rpc_member", groups=lead)
        outsider = new_test_user(self.env, login="avora_rpc_outsider", groups=lead)
        project = self.env["project.project"].create(
            {
                "name": "Belső audit",
                "privacy_visibility": "followers",
                "member_ids": [Command.create({"user_id": member.id})],
            }
        )
        task = self.env["project.task"].create({"name": "Kérdőív", "project_id": project.id})
        db = self.env.cr.dbname

        def search_read(user, model):
            uid = self.xmlrpc_common.authenticate(db, user.login, user.login, {})
            field = "id" if model == "project.project" else "project_id"
            domain = [(field, "=", project.id)]
            return self.xmlrpc_object.execute_kw(
                db, uid, user.login, model, "search_read", [domain], {"fields": ["name"]}
            )

        self.assertEqual([row["id"] for row in search_read(member, "project.project")], project.ids)
        self.assertEqual([row["id"] for row in search_read(member, "project.task")], task.ids)
        self.assertFalse(search_read(outsider, "project.project"))
        self.assertFalse(search_read(outsider, "project.task"))
