# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command, fields, models


class ProjectTask(models.Model):
    _name = "project.task"
    _inherit = ["project.task", "avora.calendar.deadline.mixin", "avora.calendar.link.mixin"]

    _deadline_event_field = "deadline_task_id"
    _deadline_trigger_fields = frozenset(
        {
            "date_deadline",
            "state",
            "active",
            "is_template",
            "name",
            "user_ids",
            "project_id",
            "partner_id",
            "description",
        }
    )
    _calendar_link_field = "task_id"

    def _get_deadline_event_values(self):
        self.ensure_one()
        if not self.date_deadline or not self.active or self.is_closed:
            return {}
        # templates only prefill new tasks: their deadline is nobody's
        if self.has_template_ancestor or self.has_project_template:
            return {}
        organizer = self.user_ids[:1] or self.project_id.user_id or self.create_uid
        # The deadline is a moment; the calendar shows it on the organizer's day.
        day = fields.Datetime.context_timestamp(
            self.with_context(tz=organizer.tz or "UTC"), self.date_deadline
        ).date()
        # Written in the organizer's language, whoever changes the task.
        task = self.with_context(lang=organizer.lang or self.env.lang)
        if task.project_id:
            header = task.env._(
                "Deadline of the task %(task)s in the project %(project)s",
                task=task.name,
                project=task.project_id.name,
            )
        else:
            header = task.env._("Deadline of the task %(task)s", task=task.name)
        return {
            **self._deadline_event_common_values(
                day, organizer, self.user_ids, self.project_id.privacy_visibility or "followers"
            ),
            "name": task.env._("Task deadline: %(task)s", task=task.name),
            "description": self._deadline_description(header, self.description),
            "project_id": self.project_id.id,
            "task_id": self.id,
            "customer_id": (self.partner_id or self.project_id.partner_id).commercial_partner_id.id,
        }

    def _get_calendar_event_defaults(self):
        defaults = super()._get_calendar_event_defaults()
        # a customer company is not a person to invite; its contacts are
        customer_contact = self.partner_id.filtered(lambda partner: not partner.is_company)
        attendees = self.env.user.partner_id | self.user_ids.partner_id | customer_contact
        return {
            **defaults,
            "default_project_id": self.project_id.id,
            "default_customer_id": (self.partner_id or self.project_id.partner_id).commercial_partner_id.id,
            "default_partner_ids": [Command.set(attendees.ids)],
        }
