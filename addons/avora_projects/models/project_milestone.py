# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import format_amount


class ProjectMilestone(models.Model):
    _inherit = "project.milestone"

    currency_id = fields.Many2one("res.currency", compute="_compute_currency_id")
    billing_mode = fields.Selection(
        [("share", "Share of the project value"), ("amount", "Fixed amount")],
        string="Billing",
        required=True,
        default="share",
    )
    billing_share = fields.Float(
        string="Share (%)",
        help="Share of the project value to invoice when the milestone is reached.",
    )
    billing_fixed_amount = fields.Monetary(string="Fixed Amount", currency_field="currency_id")
    billing_amount = fields.Monetary(
        string="Amount to Invoice",
        compute="_compute_billing_amount",
        currency_field="currency_id",
        help="Untaxed amount finance invoices when the milestone is reached. For a milestone "
        "linked to a sales order item, the value of the quantity it delivers.",
    )
    reach_trigger = fields.Selection(
        [("manual", "Marked by hand"), ("progress", "Project progress")],
        string="Reached When",
        required=True,
        default="manual",
        help="Marked by hand: someone marks the milestone reached.\n"
        "Project progress: the milestone is reached as soon as the project progress passes the threshold.",
    )
    progress_threshold = fields.Float(string="Progress Threshold (%)")
    notify_customer = fields.Boolean(
        string="E-mail the Customer",
        help="Send the customer an e-mail when the milestone is reached.",
    )
    create_invoice = fields.Boolean(
        string="Create a Draft Invoice",
        help="Prepare a draft customer invoice for the amount when the milestone is reached. "
        "Milestones linked to a sales order item are invoiced from the sales order instead.",
    )
    billing_notified = fields.Boolean(
        string="Finance Notified",
        copy=False,
        readonly=True,
        help="The reached milestone was announced to finance (and to the customer); "
        "it is never announced twice.",
    )
    invoice_id = fields.Many2one(
        "account.move",
        string="Draft Invoice",
        copy=False,
        readonly=True,
        index="btree_not_null",
        ondelete="set null",
    )

    _billing_share_range = models.Constraint(
        "CHECK(billing_share >= 0 AND billing_share <= 100)",
        "The share of the project value of a milestone must be between 0 and 100%.",
    )
    _billing_fixed_amount_positive = models.Constraint(
        "CHECK(billing_fixed_amount >= 0)",
        "The fixed amount of a milestone cannot be negative.",
    )
    _progress_threshold_range = models.Constraint(
        "CHECK(progress_threshold >= 0 AND progress_threshold <= 100)",
        "The progress threshold of a milestone must be between 0 and 100%.",
    )

    @api.depends("sale_line_id.currency_id", "project_id.currency_id")
    def _compute_currency_id(self):
        for milestone in self:
            milestone.currency_id = milestone.sale_line_id.currency_id or milestone.project_id.currency_id

    @api.depends(
        "billing_mode",
        "billing_share",
        "billing_fixed_amount",
        "project_id.project_value",
        "sale_line_id.price_subtotal",
        "quantity_percentage",
    )
    def _compute_billing_amount(self):
        for milestone in self:
            if milestone.sale_line_id:
                # What reaching the milestone delivers on the sales order item.
                milestone.billing_amount = (
                    milestone.quantity_percentage * milestone.sale_line_id.price_subtotal
                )
            elif milestone.billing_mode == "amount":
                milestone.billing_amount = milestone.billing_fixed_amount
            else:
                milestone.billing_amount = milestone.project_id.project_value * milestone.billing_share / 100

    @api.constrains("create_invoice", "notify_customer", "sale_line_id", "project_id")
    def _check_billing_options(self):
        for milestone in self:
            if milestone.create_invoice and milestone.sale_line_id:
                raise ValidationError(
                    self.env._(
                        "Milestone %(milestone)s is linked to the sales order item %(line)s, "
                        "which invoices it: it cannot create a draft invoice as well.",
                        milestone=milestone.name,
                        line=milestone.sale_line_id.display_name,
                    )
                )
            if (
                milestone.create_invoice or milestone.notify_customer
            ) and not milestone.project_id.partner_id:
                raise ValidationError(
                    self.env._(
                        "Milestone %(milestone)s cannot invoice or e-mail the customer: "
                        "project %(project)s has no customer.",
                        milestone=milestone.name,
                        project=milestone.project_id.name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        milestones = super().create(vals_list)
        milestones.filtered("is_reached")._notify_billing()
        milestones.filtered(lambda m: m.reach_trigger == "progress").project_id._reach_progress_milestones()
        return milestones

    def write(self, vals):
        res = super().write(vals)
        if vals.get("is_reached"):
            self._notify_billing()
        if {"reach_trigger", "progress_threshold", "project_id"} & vals.keys():
            self.project_id._reach_progress_milestones()
        return res

    def _notify_billing(self):
        """Announce reached milestones once: a message on the project, an
        activity for each finance user, optionally an e-mail to the customer
        and a draft invoice (milestones sold through a sales order item are
        delivered, hence invoiced, by Odoo's milestone invoicing)."""
        milestones = self.sudo().filtered(lambda m: m.is_reached and not m.billing_notified)
        if not milestones:
            return
        # Flag first: the UPDATE locks the rows, so a concurrent transaction reaching the same
        # milestone waits, fails to serialize and, when retried, finds it already notified.
        milestones.billing_notified = True
        template = self.env.ref("avora_projects.mail_template_milestone_reached", raise_if_not_found=False)
        for milestone in milestones:
            project = milestone.project_id
            if milestone.create_invoice and milestone.billing_amount > 0:
                milestone.invoice_id = milestone._create_draft_invoice()
            if milestone.notify_customer and template:
                template.send_mail(milestone.id)
            project.message_post(body=milestone._get_billing_note(), subtype_xmlid="mail.mt_note")
            company = project.company_id or self.env.company
            for user in company.project_finance_user_ids:
                # Written in the finance user's language, not the actor's.
                in_lang = milestone.with_context(lang=user.lang)
                project.activity_schedule(
                    "mail.mail_activity_data_todo",
                    summary=in_lang.env._("Invoice milestone %(milestone)s", milestone=milestone.name),
                    note=in_lang._get_billing_note(),
                    user_id=user.id,
                )

    def _get_billing_note(self):
        self.ensure_one()
        project = self.project_id
        lines = [
            self.env._("Milestone reached: %(milestone)s", milestone=self.name),
            self.env._("Project: %(project)s", project=project.name),
            self.env._(
                "Customer: %(customer)s", customer=project.partner_id.display_name or self.env._("none")
            ),
            self.env._(
                "Amount to invoice (untaxed): %(amount)s",
                amount=format_amount(self.env, self.billing_amount, self.currency_id),
            ),
        ]
        if self.invoice_id:
            lines.append(
                Markup(self.env._("Draft invoice: %(invoice)s"))
                % {"invoice": self.invoice_id._get_html_link()}
            )
        elif self.sale_line_id:
            lines.append(
                Markup(
                    self.env._(
                        "Invoice it from sales order %(order)s: "
                        "the milestone delivered %(quantity)s of %(line)s."
                    )
                )
                % {
                    "order": self.sale_line_id.order_id._get_html_link(),
                    "quantity": self.quantity_percentage * self.sale_line_id.product_uom_qty,
                    "line": self.sale_line_id.name,
                }
            )
        return Markup("<br/>").join(lines)

    def _create_draft_invoice(self):
        self.ensure_one()
        project = self.project_id
        if not project.account_id:
            project._create_analytic_account()
        return self.env["account.move"].create(
            {
                "move_type": "out_invoice",
                "partner_id": project.partner_id.id,
                "company_id": (project.company_id or self.env.company).id,
                "invoice_origin": project.name,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": self.env._(
                                "%(project)s: milestone %(milestone)s",
                                project=project.name,
                                milestone=self.name,
                            ),
                            "quantity": 1,
                            "price_unit": self.billing_amount,
                            "analytic_distribution": {str(project.account_id.id): 100},
                        }
                    )
                ],
            }
        )
