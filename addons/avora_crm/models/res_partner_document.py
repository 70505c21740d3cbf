# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.fields import Domain
from odoo.tools import format_date


class ResPartnerDocument(models.Model):
    _name = "res.partner.document"
    _description = "Partner Document"
    _order = "date_end desc, id desc"

    name = fields.Char(required=True)
    partner_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('parent_id', '=', False)]",
    )
    company_id = fields.Many2one(related="partner_id.company_id", store=True, index=True)
    document_type = fields.Selection(
        [
            ("offer", "Offer"),
            ("framework_contract", "Framework Contract"),
            ("order", "Order"),
            ("other", "Other"),
        ],
        string="Type",
        required=True,
        default="other",
    )
    file = fields.Binary(attachment=True, required=True)
    file_name = fields.Char()
    date_start = fields.Date(string="Valid From")
    date_end = fields.Date(string="Valid Until", index=True)
    account_manager_id = fields.Many2one(related="partner_id.user_id", string="Account Manager")
    expiry_activity_date = fields.Date(
        string="Expiry Reminder Sent On",
        readonly=True,
        copy=False,
        help="Set when the account manager received the expiry activity; cleared when the end date changes.",
    )
    is_expired = fields.Boolean(compute="_compute_is_expired")

    _date_range = models.Constraint(
        "CHECK(date_start IS NULL OR date_end IS NULL OR date_start <= date_end)",
        "A document cannot expire before it becomes valid.",
    )

    @api.depends("date_end")
    def _compute_is_expired(self):
        today = fields.Date.context_today(self)
        for document in self:
            document.is_expired = bool(document.date_end and document.date_end < today)

    @api.constrains("document_type", "date_end")
    def _check_framework_contract_end(self):
        for document in self:
            if document.document_type == "framework_contract" and not document.date_end:
                raise ValidationError(
                    self.env._(
                        "Framework contract %(name)s needs a “Valid Until” date: its expiry is followed up.",
                        name=document.name,
                    )
                )

    def write(self, vals):
        if "date_end" in vals:
            vals = dict(vals, expiry_activity_date=False)
        return super().write(vals)

    @api.model
    def _expiry_reminder_domain(self):
        today = fields.Date.context_today(self)
        return Domain(
            [
                ("document_type", "=", "framework_contract"),
                ("date_end", ">=", today),
                ("date_end", "<=", today + relativedelta(days=30)),
                ("expiry_activity_date", "=", False),
                ("partner_id.active", "=", True),
            ]
        )

    @api.model
    def _cron_schedule_expiry_activities(self, batch_size=100):
        """Give the account manager a to-do 30 days before a framework contract ends.

        Each contract gets one activity: ``expiry_activity_date`` marks it, and
        rows are locked with SKIP LOCKED so that a concurrent run skips them.
        """
        domain = self._expiry_reminder_domain()
        while True:
            documents = self.search(domain, limit=batch_size)
            if not documents:
                return
            remaining = len(documents) if len(documents) < batch_size else self.search_count(domain)
            self.env["ir.cron"]._commit_progress(remaining=remaining)
            documents = documents.try_lock_for_update().filtered_domain(domain)
            if not documents:
                # Every candidate is being handled by a concurrent run.
                return
            today = fields.Date.context_today(self)
            for document in documents:
                partner = document.partner_id
                user = partner.user_id or document.create_uid
                # Written in the account manager's language, not the cron's.
                env = self.with_context(lang=user.lang).env
                partner.activity_schedule(
                    "mail.mail_activity_data_todo",
                    date_deadline=max(today, document.date_end - relativedelta(days=30)),
                    summary=env._(
                        "Framework contract expires on %(date)s",
                        date=format_date(env, document.date_end),
                    ),
                    note=env._(
                        "The framework contract %(name)s with %(partner)s ends on %(date)s: "
                        "prepare its renewal.",
                        name=document.name,
                        partner=partner.display_name,
                        date=format_date(env, document.date_end),
                    ),
                    user_id=user.id,
                )
            documents.expiry_activity_date = today
            if not self.env["ir.cron"]._commit_progress(len(documents)):
                return
