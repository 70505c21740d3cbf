# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    project_finance_user_ids = fields.Many2many(
        related="company_id.project_finance_user_ids",
        readonly=False,
    )
    project_deadline_alert_days = fields.Integer(
        related="company_id.project_deadline_alert_days",
        readonly=False,
    )
