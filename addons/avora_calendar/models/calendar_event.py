# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import plaintext2html

# Moving, archiving or re-kinding a deadline event by hand would take it out of
# sync with its project or task: the deadline itself has to change.
DEADLINE_LOCKED_FIELDS = frozenset(
    {
        "start",
        "stop",
        "start_date",
        "stop_date",
        "allday",
        "duration",
        "active",
        "event_kind",
        "deadline_project_id",
        "deadline_task_id",
        "recurrency",
    }
)


class CalendarEvent(models.Model):
    _inherit = "calendar.event"

    event_kind = fields.Selection(
        [
            ("meeting", "Meeting"),
            ("negotiation", "Negotiation"),
            ("deadline", "Deadline"),
            ("other", "Other"),
        ],
        string="Kind",
        required=True,
        default="meeting",
        index=True,
        help="Meetings and negotiations are planned with people; deadline events are created and "
        "kept in sync from the deadlines of projects and tasks.",
    )
    customer_id = fields.Many2one(
        "res.partner",
        compute="_compute_customer_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        ondelete="set null",
    )
    project_id = fields.Many2one(
        "project.project",
        compute="_compute_project_id",
        store=True,
        readonly=False,
        index="btree_not_null",
        ondelete="set null",
    )
    task_id = fields.Many2one("project.task", index="btree_not_null", ondelete="set null")
    deadline_project_id = fields.Many2one(
        "project.project", string="Deadline of Project", readonly=True, ondelete="cascade", copy=False
    )
    deadline_task_id = fields.Many2one(
        "project.task", string="Deadline of Task", readonly=True, ondelete="cascade", copy=False
    )
    outcome = fields.Selection(
        [
            ("agreement", "Agreement reached"),
            ("follow_up", "Needs follow-up"),
            ("no_agreement", "No agreement"),
        ],
        tracking=True,
        copy=False,
        help="Result of the negotiation, recorded when it is done.",
    )
    follow_up_note = fields.Text(
        "Follow-up Note", copy=False, help="What was agreed and what has to happen next."
    )
    is_done = fields.Boolean("Done", readonly=True, copy=False, tracking=True)

    # The unique indexes make "one event per deadline" hold whatever the order
    # or concurrency of the writes that sync it.
    _deadline_project_unique = models.UniqueIndex(
        "(deadline_project_id) WHERE deadline_project_id IS NOT NULL",
        "A project has only one deadline event.",
    )
    _deadline_task_unique = models.UniqueIndex(
        "(deadline_task_id) WHERE deadline_task_id IS NOT NULL",
        "A task has only one deadline event.",
    )

    @api.depends("task_id")
    def _compute_project_id(self):
        for event in self:
            event.project_id = event.task_id.project_id or event.project_id

    @api.depends("opportunity_id", "task_id", "project_id")
    def _compute_customer_id(self):
        for event in self:
            customer = (
                event.opportunity_id.partner_id or event.task_id.partner_id or event.project_id.partner_id
            )
            event.customer_id = event.customer_id or customer.commercial_partner_id

    @api.constrains("event_kind", "deadline_project_id", "deadline_task_id")
    def _check_deadline_kind(self):
        for event in self:
            if event.deadline_project_id and event.deadline_task_id:
                raise ValidationError(
                    self.env._(
                        "The event %(event)s cannot show the deadline of both the project %(project)s "
                        "and the task %(task)s.",
                        event=event.name,
                        project=event.deadline_project_id.display_name,
                        task=event.deadline_task_id.display_name,
                    )
                )
            is_synced = bool(event.deadline_project_id or event.deadline_task_id)
            if is_synced != (event.event_kind == "deadline"):
                raise ValidationError(
                    self.env._(
                        "Invalid kind %(kind)s for the event %(event)s: deadline events are created "
                        "from the deadlines of projects and tasks, and only there.",
                        kind=dict(self._fields["event_kind"]._description_selection(self.env))[
                            event.event_kind
                        ],
                        event=event.name,
                    )
                )

    @api.model
    def default_get(self, fields):
        defaults = super().default_get(fields)
        opportunity_id = self.env.context.get("default_opportunity_id")
        if opportunity_id and "customer_id" in fields and not defaults.get("customer_id"):
            opportunity = self.env["crm.lead"].browse(opportunity_id)
            defaults["customer_id"] = opportunity.partner_id.commercial_partner_id.id
        return defaults

    def write(self, vals):
        if not self.env.context.get("avora_deadline_sync") and DEADLINE_LOCKED_FIELDS & vals.keys():
            self._check_deadline_unchanged(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_deadline(self):
        if not self.env.context.get("avora_deadline_sync"):
            self._check_deadline_unchanged()

    def _check_deadline_unchanged(self, vals=None):
        """Refuse to move or remove deadline events by hand (all of them without ``vals``).

        Forms send some fields unchanged (``force_save``): only real changes count.
        """
        deadline_events = self.filtered(lambda ev: ev.deadline_project_id or ev.deadline_task_id)
        if vals is not None:
            deadline_events = deadline_events.filtered(lambda ev: ev._deadline_values_differ(vals))
        event = deadline_events[:1]
        if event:
            owner = event.deadline_task_id or event.deadline_project_id
            raise UserError(
                self.env._(
                    "The event %(event)s shows the deadline of %(owner)s: change the deadline there, "
                    "the calendar follows.",
                    event=event.name,
                    owner=owner.display_name,
                )
            )

    def _deadline_values_differ(self, vals):
        self.ensure_one()
        return any(self._value_differs(fname, vals[fname]) for fname in DEADLINE_LOCKED_FIELDS & vals.keys())

    def _deadline_changes(self, vals):
        """The part of the values computed by a deadline sync that this event does not have yet."""
        self.ensure_one()
        return {fname: value for fname, value in vals.items() if self._value_differs(fname, value)}

    def _value_differs(self, fname, value):
        field = self._fields[fname]
        return field.convert_to_record(field.convert_to_cache(value, self), self) != self[fname]

    def action_mark_done(self):
        """Close negotiations with their outcome and propose a follow-up activity."""
        for event in self:
            if event.event_kind != "negotiation":
                raise UserError(
                    self.env._(
                        "Only negotiations can be marked as done; %(event)s is not one.", event=event.name
                    )
                )
            if not event.outcome:
                raise ValidationError(
                    self.env._(
                        "Set the Outcome of the negotiation %(event)s before marking it as done.",
                        event=event.name,
                    )
                )
        self.is_done = True
        outcome_labels = dict(self._fields["outcome"]._description_selection(self.env))
        for event in self:
            body = Markup("<p>%s</p>") % self.env._(
                "Negotiation done: %(outcome)s", outcome=outcome_labels[event.outcome]
            )
            if event.follow_up_note:
                body += plaintext2html(event.follow_up_note)
            event.message_post(body=body)
        if len(self) == 1:
            return self._action_propose_follow_up()
        return True

    def _action_propose_follow_up(self):
        """Open a pre-filled activity scheduler on the record the negotiation was about."""
        self.ensure_one()
        target = self.opportunity_id or self.task_id or self.project_id or self.customer_id
        scheduler = self.env["mail.activity.schedule"].create(
            {
                "res_model": target._name if target else False,
                "res_ids": str(target.ids) if target else False,
                "summary": self.env._("Follow-up: %(event)s", event=self.name),
                "note": plaintext2html(self.follow_up_note) if self.follow_up_note else False,
                "activity_user_id": self.user_id.id or self.env.user.id,
            }
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Propose a follow-up"),
            "res_model": "mail.activity.schedule",
            "res_id": scheduler.id,
            "views": [(False, "form")],
            "target": "new",
        }
