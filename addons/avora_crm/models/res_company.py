# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    avora_risk_medium_days = fields.Integer(
        string="Medium Risk After (days overdue)",
        default=15,
        help="A customer whose oldest unpaid due date is at least this many days old is rated medium risk.",
    )
    avora_risk_high_days = fields.Integer(
        string="High Risk After (days overdue)",
        default=60,
        help="A customer whose oldest unpaid due date is at least this many days old is rated high risk.",
    )
    avora_risk_high_amount = fields.Monetary(
        string="High Risk From Overdue Amount",
        currency_field="currency_id",
        default=1000000.0,
        help="A customer owing at least this overdue amount is rated high risk.",
    )
    avora_former_customer_months = fields.Integer(
        string="Former Customer After (months)",
        default=24,
        help="A customer without a confirmed order or posted invoice for this many months "
        "becomes a former customer.",
    )
