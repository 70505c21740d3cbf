# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    project_finance_user_ids = fields.Many2many(
        "res.users",
        "res_company_project_finance_user_rel",
        "company_id",
        "user_id",
        string="Milestone Invoicing Users",
        domain="[('share', '=', False)]",
        help="Users who get an activity when a billing milestone of a project is reached.",
    )
    project_deadline_alert_days = fields.Integer(
        string="Project Deadline Alert (days)",
        default=7,
        help="The project manager gets an activity this many days before the project deadline.",
    )

    _project_deadline_alert_days_positive = models.Constraint(
        "CHECK(project_deadline_alert_days >= 0)",
        "The project deadline alert cannot be a negative number of days.",
    )
