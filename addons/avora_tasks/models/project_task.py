# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import timedelta

from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.fields import Domain
from odoo.tools import SQL, format_datetime

from odoo.addons.project.models.project_task import CLOSED_STATES

PHASES = [
    ("upcoming", "Upcoming"),
    ("in_progress", "In Progress"),
    ("closed", "Closed"),
]


class ProjectTask(models.Model):
    _inherit = "project.task"

    # Odoo 19 already ranks tasks on four urgency levels (sorted, tracked,
    # set with "!" in quick create): reuse them, defaulting to Normal.
    priority = fields.Selection(
        selection=[
            ("0", "Low priority"),
            ("1", "Normal priority"),
            ("2", "High priority"),
            ("3", "Urgent"),
        ],
        default="1",
    )
    # Progress counts every subtask, also those delegated to colleagues the
    # reader cannot open, so that all assignees see the same figure.
    subtask_count = fields.Integer(compute_sudo=True)
    closed_subtask_count = fields.Integer(compute_sudo=True)
    phase = fields.Selection(
        PHASES,
        compute="_compute_phase",
        store=True,
        index=True,
        help="Where the task stands, derived from its state and stage: closed when done or "
        "cancelled, upcoming while it waits for other tasks or still sits in the first "
        "stage of its project, in progress otherwise.",
    )
    is_overdue = fields.Boolean(
        "Overdue",
        compute="_compute_is_overdue",
        search="_search_is_overdue",
        help="The deadline has passed and the task is neither done nor cancelled.",
    )
    subtask_progress = fields.Float(
        compute="_compute_subtask_progress",
        compute_sudo=True,
        help="Share of the direct subtasks that are done or cancelled, in percent.",
    )
    delegation_path = fields.Char(
        "Delegation Chain",
        compute="_compute_delegation_path",
        compute_sudo=True,
        recursive=True,
        help="The parent tasks this task was split from, from the top-level task down.",
    )
    deadline_reminder_sent_for = fields.Datetime(
        copy=False,
        readonly=True,
        help="Deadline for which the assignees got the day-before reminder.",
    )
    overdue_alert_sent_for = fields.Datetime(
        copy=False,
        readonly=True,
        help="Deadline for which the assignees got the overdue alert.",
    )

    @api.depends("state", "stage_id", "project_id.type_ids.sequence")
    def _compute_phase(self):
        first_stage = {
            project: min(project.type_ids, key=lambda stage: (stage.sequence, stage.id))
            for project in self.project_id
            if project.type_ids
        }
        for task in self:
            if task.state in CLOSED_STATES:
                task.phase = "closed"
            elif task.state == "04_waiting_normal" or (
                task.stage_id and task.stage_id == first_stage.get(task.project_id)
            ):
                task.phase = "upcoming"
            else:
                task.phase = "in_progress"

    @api.depends("date_deadline", "state")
    def _compute_is_overdue(self):
        now = fields.Datetime.now()
        for task in self:
            task.is_overdue = bool(
                task.date_deadline and task.date_deadline < now and task.state not in CLOSED_STATES
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("in", "not in"):
            return NotImplemented
        overdue = Domain("date_deadline", "<", fields.Datetime.now()) & Domain(
            "state", "not in", list(CLOSED_STATES)
        )
        return overdue if operator == "in" else ~overdue

    @api.depends("child_ids.state")
    def _compute_subtask_count(self):
        # Odoo only depends on child_ids, so closing a subtask left the parent's
        # counters (and the progress below) stale within the same transaction.
        return super()._compute_subtask_count()

    @api.depends("subtask_count", "closed_subtask_count")
    def _compute_subtask_progress(self):
        # Odoo counts all subtasks of self with a single _read_group on parent_id.
        for task in self:
            task.subtask_progress = (
                100.0 * task.closed_subtask_count / task.subtask_count if task.subtask_count else 0.0
            )

    @api.depends("parent_id.delegation_path", "parent_id.name")
    def _compute_delegation_path(self):
        for task in self:
            parent = task.parent_id
            if not parent:
                task.delegation_path = False
            elif parent.delegation_path:
                task.delegation_path = f"{parent.delegation_path} › {parent.name}"
            else:
                task.delegation_path = parent.name

    @property
    def TASK_PORTAL_READABLE_FIELDS(self):
        # Odoo's project sharing list and search views inherit the views this
        # addon extends, so portal collaborators read these fields too.
        return super().TASK_PORTAL_READABLE_FIELDS | {"phase", "is_overdue", "subtask_progress"}

    def write(self, vals):
        if "user_ids" in vals:
            self._check_assignment_rights()
        return super().write(vals)

    def _check_assignment_rights(self):
        """Assigning colleagues is a team lead's right: a task user only assigns
        the subtasks split from a task of their own."""
        user = self.env.user
        if (
            self.env.su
            or not user.has_group("avora_tasks.avora_tasks_group_user")
            or user.has_group("avora_tasks.avora_tasks_group_lead")
            or user.has_group("project.group_project_manager")
        ):
            return
        foreign = self.sudo().filtered(lambda task: user not in task.parent_id.user_ids)
        if foreign:
            raise AccessError(
                self.env._(
                    "You cannot change the assignees of %(tasks)s: only team leads assign "
                    "colleagues, task users only to the subtasks they split from their own tasks.",
                    tasks=", ".join(foreign.mapped("name")),
                )
            )

    def action_open_creator_chat(self):
        """Open (or create) the direct Discuss chat with the task's creator.

        The first time the chat is opened for this task, a link to the task is
        posted in it so the creator knows what the conversation is about.
        """
        self.ensure_one()
        creator = self.create_uid
        if not creator or creator.share or not creator.active or creator == self.env.user:
            raise UserError(
                self.env._(
                    "Task %(task)s: there is no other internal user to chat with, "
                    "its creator is %(creator)s.",
                    task=self.display_name,
                    creator=creator.name or self.env._("unknown"),
                )
            )
        channel = self.env["discuss.channel"]._get_or_create_chat(creator.partner_id.ids)
        task_url = f"/odoo/project.task/{self.id}"
        already_linked = self.env["mail.message"].search_count(
            [
                ("model", "=", "discuss.channel"),
                ("res_id", "=", channel.id),
                ("body", "ilike", task_url),
            ],
            limit=1,
        )
        if not already_linked:
            channel.message_post(
                body=Markup('%s <a href="%s">%s</a>')
                % (self.env._("About the task"), task_url, self.display_name),
                message_type="comment",
                subtype_xmlid="mail.mt_comment",
            )
        return {
            "type": "ir.actions.client",
            "tag": "mail.action_discuss",
            "params": {"active_id": f"discuss.channel_{channel.id}"},
        }

    @api.model
    def _cron_send_deadline_alerts(self, batch_size=500):
        """Alert assignees the day before a deadline and once it has passed.

        Each alert is sent once per task and deadline: the deadline it was
        sent for is stored on the task, so moving the deadline re-arms it.
        Rows are locked with SKIP LOCKED, so a second run started at the same
        time leaves the tasks the first one is handling alone.
        """
        self.flush_model(["date_deadline", "state", "active", "user_ids"])
        self.flush_model(["deadline_reminder_sent_for", "overdue_alert_sent_for"])
        now = fields.Datetime.now()
        events = [
            (
                "deadline_reminder_sent_for",
                SQL("t.date_deadline > %s AND t.date_deadline <= %s", now, now + timedelta(days=1)),
            ),
            ("overdue_alert_sent_for", SQL("t.date_deadline <= %s", now)),
        ]
        processed = remaining = 0
        for sent_field, when in events:
            rows = self.env.execute_query(
                SQL(
                    """
                    SELECT t.id
                      FROM project_task t
                     WHERE t.active
                       AND t.state NOT IN %(closed)s
                       AND %(when)s
                       AND %(sent)s IS DISTINCT FROM t.date_deadline
                       AND EXISTS (SELECT 1 FROM project_task_user_rel r WHERE r.task_id = t.id)
                  ORDER BY t.date_deadline, t.id
                     LIMIT %(limit)s
                       FOR NO KEY UPDATE SKIP LOCKED
                    """,
                    closed=tuple(CLOSED_STATES),
                    when=when,
                    sent=SQL.identifier("t", sent_field),
                    limit=batch_size + 1,
                )
            )
            tasks = self.browse([row[0] for row in rows[:batch_size]])
            remaining += max(len(rows) - batch_size, 0)
            for task in tasks:
                task._notify_deadline_event(sent_field)
                task[sent_field] = task.date_deadline
            processed += len(tasks)
        if self.env.context.get("cron_id"):
            # Only a scheduled run commits; the scheduler calls it again while work remains.
            self.env["ir.cron"]._commit_progress(processed, remaining=remaining)

    def _notify_deadline_event(self, sent_field):
        """Notify each assignee in their own language, by inbox or e-mail as they chose."""
        self.ensure_one()
        model_description = self.env["ir.model"]._get(self._name).display_name
        for user in self.user_ids:
            task = self.with_context(lang=user.lang)
            deadline = format_datetime(task.env, self.date_deadline, tz=user.tz, dt_format="short")
            if sent_field == "deadline_reminder_sent_for":
                subject = task.env._("Deadline tomorrow: %(task)s", task=self.display_name)
                body = task.env._(
                    "The task %(task)s is due on %(deadline)s.",
                    task=self.display_name,
                    deadline=deadline,
                )
            else:
                subject = task.env._("Overdue: %(task)s", task=self.display_name)
                body = task.env._(
                    "The task %(task)s passed its deadline of %(deadline)s and is not closed yet.",
                    task=self.display_name,
                    deadline=deadline,
                )
            task.message_notify(
                subject=subject,
                body=body,
                partner_ids=user.partner_id.ids,
                email_layout_xmlid="mail.mail_notification_layout",
                model_description=model_description,
            )
