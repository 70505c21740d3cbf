# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.tests import new_test_user

from odoo.addons.mail.tests.common import MailCase


class AvoraTasksCase(MailCase):
    """A small Hungarian team: a manager, a team lead, two task users and a
    colleague outside the task groups, one project the lead runs and one he
    does not belong to."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        user_ctx = {"no_reset_password": True, "mail_create_nolog": True}
        cls.manager = new_test_user(
            cls.env,
            "avora_manager",
            groups="avora_tasks.avora_tasks_group_manager",
            name="Horváth Katalin",
            email="horvath.katalin@example.hu",
            context=user_ctx,
        )
        cls.lead = new_test_user(
            cls.env,
            "avora_lead",
            groups="avora_tasks.avora_tasks_group_lead",
            name="Szabó Gábor",
            email="szabo.gabor@example.hu",
            notification_type="email",
            context=user_ctx,
        )
        cls.anna = new_test_user(
            cls.env,
            "avora_anna",
            groups="avora_tasks.avora_tasks_group_user",
            name="Kovács Anna",
            email="kovacs.anna@example.hu",
            notification_type="email",
            context=user_ctx,
        )
        cls.peter = new_test_user(
            cls.env,
            "avora_peter",
            groups="avora_tasks.avora_tasks_group_user",
            name="Nagy Péter",
            email="nagy.peter@example.hu",
            notification_type="inbox",
            context=user_ctx,
        )
        cls.employee = new_test_user(
            cls.env,
            "avora_employee",
            groups="base.group_user",
            name="Tóth Eszter",
            email="toth.eszter@example.hu",
            context=user_ctx,
        )
        cls.stage_new, cls.stage_doing, cls.stage_done = cls.env["project.task.type"].create(
            [
                {"name": "Új", "sequence": 1},
                {"name": "Folyamatban", "sequence": 5},
                {"name": "Kész", "sequence": 10, "fold": True},
            ]
        )
        cls.project = cls.env["project.project"].create(
            {
                "name": "Irodaköltözés",
                "privacy_visibility": "employees",
                "user_id": cls.lead.id,
                "type_ids": [Command.set((cls.stage_new | cls.stage_doing | cls.stage_done).ids)],
            }
        )
        cls.other_project = cls.env["project.project"].create(
            {
                "name": "Webshop bevezetés",
                "privacy_visibility": "employees",
                "user_id": cls.manager.id,
                "type_ids": [Command.set((cls.stage_new | cls.stage_doing | cls.stage_done).ids)],
            }
        )

    @classmethod
    def _create_task(cls, name, user=None, project=None, **vals):
        """Create a task as ``user`` (the manager by default), i.e. with that creator."""
        project = cls.project if project is None else project
        task = (
            cls.env["project.task"]
            .with_user(user or cls.manager)
            .create({"name": name, "project_id": project.id, **vals})
        )
        return task.with_env(cls.env)
