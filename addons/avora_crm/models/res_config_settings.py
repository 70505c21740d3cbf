# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    group_avora_crm_team_customers = fields.Boolean(
        string="Salespeople See Their Team's Customers",
        implied_group="avora_crm.avora_crm_group_team_customers",
        group="sales_team.group_sale_salesman",
    )
    avora_risk_medium_days = fields.Integer(related="company_id.avora_risk_medium_days", readonly=False)
    avora_risk_high_days = fields.Integer(related="company_id.avora_risk_high_days", readonly=False)
    avora_risk_high_amount = fields.Monetary(related="company_id.avora_risk_high_amount", readonly=False)
    avora_former_customer_months = fields.Integer(
        related="company_id.avora_former_customer_months", readonly=False
    )
