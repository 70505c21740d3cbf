# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from collections import defaultdict

from markupsafe import Markup

from odoo import api, fields, models
from odoo.fields import Domain
from odoo.tools import SQL, format_date

from odoo.addons.project.models.project_task import CLOSED_STATES

INVOICE_FIGURES_GROUPS = "account.group_account_invoice,account.group_account_readonly"


class ProjectProject(models.Model):
    _inherit = "project.project"

    member_ids = fields.One2many("project.member", "project_id", string="Project Team", copy=True)
    task_progress = fields.Float(
        string="Progress",
        compute="_compute_task_progress",
        store=True,
        aggregator="avg",
        help="Share of the closed tasks (done or cancelled), weighted by their allocated time. "
        "A task without allocated time weighs as much as the average estimated task.",
    )
    is_marked_done = fields.Boolean(
        string="Marked as Done",
        copy=False,
        tracking=True,
        help="The project is finished, whatever the state of its tasks.",
    )
    project_value = fields.Monetary(
        currency_field="currency_id",
        tracking=True,
        help="Untaxed contract value; billing milestones invoice a share of it.",
    )
    deadline_alerted_for = fields.Date(
        string="Deadline Alert Sent For",
        copy=False,
        readonly=True,
        help="Deadline for which the project manager already got an alert.",
    )
    invoiced_amount = fields.Monetary(
        string="Invoiced",
        compute="_compute_invoice_figures",
        compute_sudo=True,
        groups=INVOICE_FIGURES_GROUPS,
        help="Posted customer invoices minus credit notes linked to the project.",
    )
    paid_amount = fields.Monetary(
        string="Paid",
        compute="_compute_invoice_figures",
        compute_sudo=True,
        groups=INVOICE_FIGURES_GROUPS,
    )
    outstanding_amount = fields.Monetary(
        string="Outstanding",
        compute="_compute_invoice_figures",
        compute_sudo=True,
        groups=INVOICE_FIGURES_GROUPS,
    )
    overdue_amount = fields.Monetary(
        string="Overdue",
        compute="_compute_invoice_figures",
        compute_sudo=True,
        groups=INVOICE_FIGURES_GROUPS,
        help="Unpaid part of the customer invoices past their due date.",
    )

    _project_value_positive = models.Constraint(
        "CHECK(project_value >= 0)",
        "The project value cannot be negative.",
    )

    @api.depends("tasks.state", "tasks.allocated_hours", "tasks.parent_id", "tasks.active")
    def _compute_task_progress(self):
        # Top-level tasks only: subtasks are the steps of their parent task.
        domain = Domain("project_id", "in", self._origin.ids) & Domain("parent_id", "=", False)
        Task = self.env["project.task"].with_context(active_test=True)
        # (project id, closed) -> number of tasks
        task_count = defaultdict(int)
        for project, state, count in Task._read_group(domain, ["project_id", "state"], ["__count"]):
            task_count[project.id, state in CLOSED_STATES] += count
        # (project id, closed) -> (number of estimated tasks, their hours)
        estimated = defaultdict(lambda: (0, 0.0))
        for project, state, count, hours in Task._read_group(
            domain & Domain("allocated_hours", ">", 0),
            ["project_id", "state"],
            ["__count", "allocated_hours:sum"],
        ):
            key = project.id, state in CLOSED_STATES
            estimated[key] = (estimated[key][0] + count, estimated[key][1] + hours)
        for project in self:
            pid = project._origin.id
            closed_count, open_count = task_count[pid, True], task_count[pid, False]
            (est_closed, hours_closed), (est_open, hours_open) = estimated[pid, True], estimated[pid, False]
            if not closed_count + open_count:
                project.task_progress = 0.0
                continue
            estimated_count = est_closed + est_open
            average = (hours_closed + hours_open) / estimated_count if estimated_count else 1.0
            closed_weight = hours_closed + (closed_count - est_closed) * average
            open_weight = hours_open + (open_count - est_open) * average
            project.task_progress = 100.0 * closed_weight / (closed_weight + open_weight)

    def _compute_invoice_figures(self):
        moves_per_project = self._get_customer_invoices()
        today = fields.Date.context_today(self)
        for project in self:
            moves = moves_per_project.get(project._origin.id, self.env["account.move"])
            invoiced = sum(moves.mapped("amount_total_signed"))
            outstanding = sum(moves.mapped("amount_residual_signed"))
            project.invoiced_amount = invoiced
            project.outstanding_amount = outstanding
            project.paid_amount = invoiced - outstanding
            project.overdue_amount = sum(
                move.amount_residual_signed
                for move in moves
                if move.move_type == "out_invoice"
                and move.amount_residual_signed > 0
                and move.invoice_date_due
                and move.invoice_date_due < today
            )

    @api.model_create_multi
    def create(self, vals_list):
        projects = super().create(vals_list)
        projects._add_manager_as_member()
        return projects

    def write(self, vals):
        res = super().write(vals)
        if vals.get("user_id"):
            self._add_manager_as_member()
        return res

    def action_mark_done(self):
        self.is_marked_done = True

    def action_reopen(self):
        self.is_marked_done = False

    def action_open_customer_invoices(self):
        """Customer invoices and credit notes counted in the project's payment figures."""
        self.ensure_one()
        moves = self._get_customer_invoices().get(self.id, self.env["account.move"])
        action = self.env["ir.actions.act_window"]._for_xml_id("account.action_move_out_invoice_type")
        action.update(
            {
                "domain": [("id", "in", moves.ids)],
                "context": {"default_move_type": "out_invoice", "create": False},
            }
        )
        return action

    def _add_manager_as_member(self):
        """The project manager is listed among the members, with the manager role."""
        vals_list = [
            {"project_id": project.id, "user_id": project.user_id.id, "role": "manager"}
            for project in self
            if project.user_id and project.user_id not in project.member_ids.user_id
        ]
        self.env["project.member"].sudo().create(vals_list)

    def _get_customer_invoices(self):
        """Posted customer invoices and credit notes of each project, keyed by
        project id. An invoice belongs to a project through the project's
        analytic account (Odoo's own link, as in the project's invoice count)
        or through the project's sales order."""
        projects_per_account = defaultdict(set)
        projects_per_order = defaultdict(set)
        for project in self:
            if project.account_id:
                projects_per_account[project.account_id.id].add(project._origin.id)
            if project.sale_order_id:
                projects_per_order[project.sale_order_id.id].add(project._origin.id)
        links = []
        if projects_per_account:
            links.append(Domain("analytic_distribution", "in", list(projects_per_account)))
        if projects_per_order:
            links.append(Domain("sale_line_ids.order_id", "in", list(projects_per_order)))
        if not links:
            return {}
        lines = self.env["account.move.line"].search_fetch(
            Domain("parent_state", "=", "posted")
            & Domain("move_id.move_type", "in", ["out_invoice", "out_refund"])
            & Domain.OR(links),
            ["move_id", "analytic_distribution"],
        )
        move_ids_per_project = defaultdict(set)
        for line in lines:
            project_ids = set()
            for key in line.analytic_distribution or {}:
                for account_id in key.split(","):
                    project_ids |= projects_per_account.get(int(account_id), set())
            for order in line.sale_line_ids.order_id:
                project_ids |= projects_per_order.get(order.id, set())
            for project_id in project_ids:
                move_ids_per_project[project_id].add(line.move_id.id)
        Move = self.env["account.move"]
        return {
            project_id: Move.browse(sorted(move_ids)) for project_id, move_ids in move_ids_per_project.items()
        }

    def _reach_progress_milestones(self):
        """Mark reached the milestones whose progress threshold the project passed."""
        if not self:
            return
        milestones = (
            self.env["project.milestone"]
            .sudo()
            .search(
                [
                    ("project_id", "in", self.ids),
                    ("reach_trigger", "=", "progress"),
                    ("is_reached", "=", False),
                ]
            )
        )
        milestones.filtered(lambda m: m.project_id.task_progress >= m.progress_threshold).write(
            {"is_reached": True}
        )

    @api.model
    def _cron_deadline_alerts(self, batch_size=200):
        """Give project managers an activity for deadlines that approach or
        passed, once per deadline. Rows are locked with SKIP LOCKED and the
        deadline alerted is stored, so a second run at the same time or later
        sends nothing more."""
        projects = self._get_deadline_alert_projects(batch_size + 1)
        if len(projects) > batch_size:
            projects = projects[:batch_size]
            self.env.ref("avora_projects.ir_cron_project_deadline_alert")._trigger()
        projects.try_lock_for_update()._send_deadline_alerts()

    def _get_deadline_alert_projects(self, limit):
        today = fields.Date.context_today(self)
        self.env["project.project"].flush_model(
            ["date", "deadline_alerted_for", "is_marked_done", "task_progress"]
        )
        self.env.cr.execute(
            SQL(
                """
                SELECT project.id
                  FROM project_project project
             LEFT JOIN res_company company ON company.id = project.company_id
                 WHERE project.active
                   AND NOT COALESCE(project.is_template, FALSE)
                   AND NOT COALESCE(project.is_marked_done, FALSE)
                   AND COALESCE(project.task_progress, 0) < 100
                   AND project.date IS NOT NULL
                   AND project.deadline_alerted_for IS DISTINCT FROM project.date
                   AND project.date <= %(today)s + COALESCE(company.project_deadline_alert_days, %(days)s)
              ORDER BY project.date, project.id
                 LIMIT %(limit)s
                """,
                today=today,
                days=self.env.company.project_deadline_alert_days,
                limit=limit,
            )
        )
        return self.browse(row[0] for row in self.env.cr.fetchall())

    def _send_deadline_alerts(self):
        today = fields.Date.context_today(self)
        for project in self:
            managers = project.user_id or project.member_ids.filtered(lambda m: m.role == "manager").user_id
            for manager in managers:
                # Written in the manager's language, not the cron's.
                env = project.with_context(lang=manager.lang).env
                deadline = format_date(env, project.date)
                if project.date < today:
                    summary = env._("Project deadline passed")
                    note = env._(
                        "The deadline of project %(project)s passed on %(deadline)s.",
                        project=project.name,
                        deadline=deadline,
                    )
                else:
                    summary = env._("Project deadline approaching")
                    note = env._(
                        "Project %(project)s is due on %(deadline)s (progress: %(progress)s%%).",
                        project=project.name,
                        deadline=deadline,
                        progress=round(project.task_progress),
                    )
                project.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=max(project.date, today),
                    summary=summary,
                    note=Markup("<p>%s</p>") % note,
                    user_id=manager.id,
                )
            project.deadline_alerted_for = project.date
