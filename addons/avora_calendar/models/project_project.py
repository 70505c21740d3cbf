# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, models


class ProjectProject(models.Model):
    _name = "project.project"
    _inherit = ["project.project", "avora.calendar.deadline.mixin", "avora.calendar.link.mixin"]

    _deadline_event_field = "deadline_project_id"
    _deadline_trigger_fields = frozenset(
        {
            "date",
            "active",
            "is_template",
            "name",
            "user_id",
            "partner_id",
            "description",
            "privacy_visibility",
        }
    )
    _calendar_link_field = "project_id"
    # project fields shown in, or deciding on, the deadline events of its tasks
    _task_deadline_trigger_fields = frozenset({"is_template", "name", "privacy_visibility"})

    def write(self, vals):
        result = super().write(vals)
        if self._task_deadline_trigger_fields & vals.keys():
            self.env["project.task"].with_context(active_test=False).search(
                [("project_id", "in", self.ids), ("date_deadline", "!=", False)]
            )._sync_deadline_events()
        return result

    def _get_deadline_event_values(self):
        self.ensure_one()
        # templates only prefill new projects: their end date is nobody's deadline
        if not self.date or not self.active or self.is_template:
            return {}
        organizer = self.user_id or self.create_uid
        # Written in the organizer's language, whoever changes the project.
        project = self.with_context(lang=organizer.lang or self.env.lang)
        return {
            **self._deadline_event_common_values(self.date, organizer, organizer, self.privacy_visibility),
            "name": project.env._("Project deadline: %(project)s", project=project.name),
            "description": self._deadline_description(
                project.env._("Deadline of the project %(project)s", project=project.name), self.description
            ),
            "project_id": self.id,
            "task_id": False,
            "customer_id": self.partner_id.commercial_partner_id.id,
        }

    def _get_calendar_event_defaults(self):
        defaults = super()._get_calendar_event_defaults()
        # a customer company is not a person to invite; its contacts are
        attendees = self.env.user.partner_id | self.partner_id.filtered(
            lambda partner: not partner.is_company
        )
        return {
            **defaults,
            "default_customer_id": self.partner_id.commercial_partner_id.id,
            "default_partner_ids": [Command.set(attendees.ids)],
        }
