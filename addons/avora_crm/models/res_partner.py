# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import operator
import re
from collections import defaultdict

import phonenumbers
from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.fields import Domain
from odoo.tools.mail import email_normalize

from ..tools import hu_identifiers as hu

IDENTITY_FIELDS = {
    "company_registry",
    "personal_tax_id",
    "birthdate_date",
    "phone",
    "email",
    "country_id",
    "parent_id",
}
PERSONAL_DATA_GROUP = "avora_crm.avora_crm_group_personal_data"
# email_normalize() extracts an address from almost anything ("a@@b.hu"
# gives "@b.hu"): require a local part and a dotted domain on its result.
EMAIL_RE = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
OPERATORS = {
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
    "=": operator.eq,
    "!=": operator.ne,
}
RISK_RATINGS = [("low", "Low"), ("medium", "Medium"), ("high", "High")]
LIFECYCLE_STATES = [
    ("prospect", "Prospect"),
    ("active", "Active Customer"),
    ("former", "Former Customer"),
]
RATINGS = [
    ("0", "Not Rated"),
    ("1", "Poor"),
    ("2", "Fair"),
    ("3", "Good"),
    ("4", "Very Good"),
    ("5", "Excellent"),
]


class ResPartner(models.Model):
    _inherit = "res.partner"

    # Identity. The two l10n_hu_* fields carry the names Odoo's Hungarian
    # localisation (l10n_hu, l10n_hu_edi) uses, so that installing NAV
    # e-invoicing later reuses the data instead of duplicating it.
    l10n_hu_group_vat = fields.Char(
        string="Group Tax ID",
        size=13,
        index=True,
        help="If this company belongs to a VAT group, the group's tax number (ÁFA-kód 5).",
    )
    l10n_hu_eu_vat = fields.Char(
        string="EU VAT Number",
        compute="_compute_l10n_hu_eu_vat",
        help="Community VAT number derived from the Hungarian tax number: HU and the first eight digits.",
    )
    personal_tax_id = fields.Char(
        string="Personal Tax ID",
        groups=PERSONAL_DATA_GROUP,
        help="Adóazonosító jel of a private person: ten digits starting with 8.",
    )
    address_line = fields.Char(
        string="Address (one line)",
        compute="_compute_address_line",
    )

    # Descriptive data
    company_size = fields.Selection(
        [
            ("micro", "Micro (1-9 employees)"),
            ("small", "Small (10-49 employees)"),
            ("medium", "Medium (50-249 employees)"),
            ("large", "Large (250+ employees)"),
        ],
        string="Organisation Size",
    )
    ownership_type = fields.Selection(
        [
            ("domestic_private", "Domestic Private"),
            ("foreign", "Foreign Owned"),
            ("mixed", "Mixed Ownership"),
            ("state", "State Owned"),
            ("municipal", "Municipal"),
            ("nonprofit", "Non-profit"),
        ],
        string="Ownership Structure",
    )
    membership_ids = fields.Many2many(
        "res.partner",
        "res_partner_membership_rel",
        "partner_id",
        "organisation_id",
        string="Memberships",
        help="Chambers, associations, clusters or groups of companies this partner belongs to.",
    )
    # The OCA birth date and its derived age are personal data: restricted on
    # the field so that no view, export or RPC call leaks them.
    birthdate_date = fields.Date(groups=PERSONAL_DATA_GROUP)
    age = fields.Integer(groups=PERSONAL_DATA_GROUP)
    marital = fields.Selection(
        [
            ("single", "Single"),
            ("married", "Married"),
            ("registered_partnership", "Registered Partnership"),
            ("divorced", "Divorced"),
            ("widowed", "Widowed"),
        ],
        string="Marital Status",
        groups=PERSONAL_DATA_GROUP,
    )
    children = fields.Integer(string="Number of Children", groups=PERSONAL_DATA_GROUP)
    education = fields.Selection(
        [
            ("primary", "Primary School"),
            ("secondary", "Secondary School"),
            ("vocational", "Vocational Qualification"),
            ("bachelor", "Bachelor's Degree"),
            ("master", "Master's Degree"),
            ("doctorate", "Doctorate"),
        ],
        groups=PERSONAL_DATA_GROUP,
    )

    # Qualitative data
    key_account = fields.Boolean(tracking=True)
    customer_rating = fields.Selection(RATINGS, default="0")
    supplier_rating = fields.Selection(RATINGS, default="0")
    risk_rating_computed = fields.Selection(
        RISK_RATINGS,
        string="Computed Risk",
        compute="_compute_risk_rating",
        store=True,
        help="Rating from payment behaviour: overdue amount and days overdue.",
    )
    risk_rating = fields.Selection(
        RISK_RATINGS,
        compute="_compute_risk_rating",
        store=True,
        index=True,
        help="The manual override when set, the computed rating otherwise.",
    )
    risk_override = fields.Selection(RISK_RATINGS, tracking=True)
    risk_override_reason = fields.Text(string="Override Reason", tracking=True)
    risk_override_user_id = fields.Many2one("res.users", string="Override Set By", readonly=True, copy=False)
    risk_override_date = fields.Datetime(string="Override Set On", readonly=True, copy=False)

    # Lifecycle
    lifecycle_state = fields.Selection(
        LIFECYCLE_STATES,
        string="Lifecycle",
        compute="_compute_lifecycle_state",
        store=True,
        index=True,
        help="Derived from confirmed orders and posted invoices unless overridden.",
    )
    lifecycle_override = fields.Selection(LIFECYCLE_STATES, tracking=True)
    # Journal entries of the commercial entity: lets the stored ratings depend
    # on invoices and payments of all its contacts and addresses.
    commercial_move_ids = fields.One2many(
        "account.move", "commercial_partner_id", string="Commercial Journal Entries"
    )

    # Quantitative data, computed per request for the whole recordset
    quotation_count = fields.Integer(string="Quotations", compute="_compute_sale_figures")
    confirmed_order_count = fields.Integer(string="Confirmed Orders", compute="_compute_sale_figures")
    order_value = fields.Monetary(
        compute="_compute_sale_figures",
        currency_field="currency_id",
        help="Untaxed value of confirmed sales orders, in the company currency.",
    )
    campaign_ids = fields.Many2many(
        "utm.campaign",
        string="Marketing Campaigns",
        compute="_compute_sale_figures",
        help="Campaigns of this customer's opportunities and sales orders.",
    )
    invoiced_service_value = fields.Monetary(
        string="Invoiced Services",
        compute="_compute_invoice_figures",
        currency_field="currency_id",
        help="Untaxed value of posted customer invoices for service products, minus credit notes.",
    )
    receivable_open = fields.Monetary(
        string="Open Receivables",
        compute="_compute_invoice_figures",
        currency_field="currency_id",
    )
    receivable_overdue = fields.Monetary(
        string="Overdue Receivables",
        compute="_compute_invoice_figures",
        search="_search_receivable_overdue",
        currency_field="currency_id",
    )
    overdue_days = fields.Integer(
        string="Days Overdue",
        compute="_compute_invoice_figures",
        help="Days since the oldest unpaid due date.",
    )
    last_contact_date = fields.Datetime(string="Last Contact", compute="_compute_contact_figures")
    contact_channels = fields.Char(string="Channels Used", compute="_compute_contact_figures")

    document_ids = fields.One2many("res.partner.document", "partner_id", string="Documents")

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------

    @api.depends("vat", "country_id")
    def _compute_l10n_hu_eu_vat(self):
        for partner in self:
            vat = partner.vat or ""
            if partner._is_hu_tax_number(vat):
                partner.l10n_hu_eu_vat = hu.eu_vat_from_tax_number(vat)
            else:
                partner.l10n_hu_eu_vat = False

    @api.depends("zip", "city", "street", "street2", "country_id")
    def _compute_address_line(self):
        for partner in self:
            partner.address_line = partner._get_address_line()

    def _get_address_line(self):
        """The address on one line; Hungarian ones as "1052 Budapest, Váci utca 1."."""
        self.ensure_one()
        if self.country_id.code == "HU":
            place = " ".join(filter(None, [self.zip, self.city]))
            street = " ".join(filter(None, [self.street, self.street2]))
            return ", ".join(filter(None, [place, street]))
        lines = self._display_address(without_company=True).split("\n")
        return ", ".join(line.strip() for line in lines if line.strip())

    def _commercial_ids_by_partner(self):
        """Maps each partner id of self to its commercial entity's id."""
        return {partner.id: partner.commercial_partner_id.id for partner in self if partner.id}

    @api.depends_context("company", "allowed_company_ids")
    def _compute_sale_figures(self):
        commercial_by_partner = self._commercial_ids_by_partner()
        commercial_ids = list(set(commercial_by_partner.values()))
        company = self.env.company
        quotations = defaultdict(int)
        orders = defaultdict(int)
        values = defaultdict(float)
        campaigns = defaultdict(set)
        # Aggregates are shown to whoever may read the partner, even without
        # rights on every order, hence sudo, bounded to the partners in self.
        SaleOrder = self.env["sale.order"].sudo()
        if commercial_ids:
            groups = SaleOrder._read_group(
                [
                    ("partner_id.commercial_partner_id", "in", commercial_ids),
                    ("company_id", "in", self.env.companies.ids),
                    ("state", "in", ("draft", "sent", "sale")),
                ],
                ["partner_id.commercial_partner_id", "state", "currency_id"],
                ["__count", "amount_untaxed:sum"],
            )
            today = fields.Date.context_today(self)
            for commercial, state, currency, count, amount in groups:
                if state == "sale":
                    orders[commercial.id] += count
                    values[commercial.id] += currency._convert(amount, company.currency_id, company, today)
                else:
                    quotations[commercial.id] += count
            order_campaigns = SaleOrder._read_group(
                [
                    ("partner_id.commercial_partner_id", "in", commercial_ids),
                    ("company_id", "in", self.env.companies.ids),
                    ("campaign_id", "!=", False),
                ],
                ["partner_id.commercial_partner_id"],
                ["campaign_id:array_agg_distinct"],
            )
            lead_campaigns = (
                self.env["crm.lead"]
                .sudo()
                .with_context(active_test=False)
                ._read_group(
                    [
                        ("partner_id.commercial_partner_id", "in", commercial_ids),
                        ("campaign_id", "!=", False),
                    ],
                    ["partner_id.commercial_partner_id"],
                    ["campaign_id:array_agg_distinct"],
                )
            )
            for commercial, campaign_ids in order_campaigns + lead_campaigns:
                campaigns[commercial.id].update(campaign_ids)
        for partner in self:
            commercial_id = commercial_by_partner.get(partner.id)
            partner.quotation_count = quotations[commercial_id]
            partner.confirmed_order_count = orders[commercial_id]
            partner.order_value = values[commercial_id]
            partner.campaign_ids = [fields.Command.set(sorted(campaigns[commercial_id]))]

    @api.model
    def _receivable_line_domain(self, commercial_ids):
        return Domain(
            [
                ("partner_id", "in", commercial_ids),
                ("account_id.account_type", "=", "asset_receivable"),
                ("parent_state", "=", "posted"),
                ("reconciled", "=", False),
            ]
        )

    @api.depends_context("company", "allowed_company_ids")
    def _compute_invoice_figures(self):
        commercial_by_partner = self._commercial_ids_by_partner()
        commercial_ids = list(set(commercial_by_partner.values()))
        services = defaultdict(float)
        receivables = defaultdict(float)
        overdue = defaultdict(float)
        oldest_due = {}
        today = fields.Date.context_today(self)
        if commercial_ids:
            MoveLine = self.env["account.move.line"].sudo()
            company_domain = Domain("company_id", "in", self.env.companies.ids)
            # Income lines carry a credit balance; credit notes a debit one,
            # so minus the summed balance is invoiced minus refunded.
            service_groups = MoveLine._read_group(
                company_domain
                & Domain(
                    [
                        ("partner_id", "in", commercial_ids),
                        ("parent_state", "=", "posted"),
                        ("move_id.move_type", "in", ("out_invoice", "out_refund")),
                        ("display_type", "=", "product"),
                        ("product_id.type", "=", "service"),
                    ]
                ),
                ["partner_id"],
                ["balance:sum"],
            )
            for partner, balance in service_groups:
                services[partner.id] = -balance
            receivable_groups = MoveLine._read_group(
                company_domain & self._receivable_line_domain(commercial_ids),
                ["partner_id", "date_maturity:day"],
                ["amount_residual:sum"],
            )
            for partner, due_date, residual in receivable_groups:
                receivables[partner.id] += residual
                if due_date and due_date < today and residual > 0:
                    overdue[partner.id] += residual
                    oldest_due[partner.id] = min(due_date, oldest_due.get(partner.id, due_date))
        for partner in self:
            commercial_id = commercial_by_partner.get(partner.id)
            partner.invoiced_service_value = services[commercial_id]
            partner.receivable_open = receivables[commercial_id]
            partner.receivable_overdue = overdue[commercial_id]
            due = oldest_due.get(commercial_id)
            partner.overdue_days = (today - due).days if due else 0

    def _search_receivable_overdue(self, operator, value):
        compare = OPERATORS.get(operator)
        if compare is None:
            return NotImplemented
        today = fields.Date.context_today(self)
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("company_id", "in", self.env.companies.ids),
                    ("account_id.account_type", "=", "asset_receivable"),
                    ("parent_state", "=", "posted"),
                    ("reconciled", "=", False),
                    ("amount_residual", ">", 0),
                    ("date_maturity", "<", today),
                    ("partner_id", "!=", False),
                ],
                ["partner_id"],
                ["amount_residual:sum"],
            )
        )
        amounts = {partner.id: amount for partner, amount in groups}
        domain = Domain(
            "commercial_partner_id", "in", [pid for pid, amount in amounts.items() if compare(amount, value)]
        )
        # Partners without overdue lines have an overdue amount of zero.
        if compare(0.0, value):
            domain |= Domain("commercial_partner_id", "not in", list(amounts))
        return domain

    def _compute_contact_figures(self):
        commercial_by_partner = self._commercial_ids_by_partner()
        # Contacts of a company count as contact with the company.
        family = self.with_context(active_test=False).search_fetch(
            [("commercial_partner_id", "in", list(set(commercial_by_partner.values())))],
            ["commercial_partner_id"],
        )
        commercial_of = {member.id: member.commercial_partner_id.id for member in family}
        last_contact = {}
        channels = defaultdict(set)
        if commercial_of:
            Message = self.env["mail.message"].sudo()
            logged = Message._read_group(
                [
                    ("model", "=", "res.partner"),
                    ("res_id", "in", list(commercial_of)),
                    ("message_type", "in", ("email", "email_outgoing", "comment")),
                ],
                ["res_id", "message_type", "mail_activity_type_id"],
                ["date:max"],
            )
            authored = Message._read_group(
                [
                    ("author_id", "in", list(commercial_of)),
                    ("message_type", "in", ("email", "comment")),
                ],
                ["author_id"],
                ["date:max"],
            )
            entries = [
                (res_id, message_type, activity_type, date)
                for res_id, message_type, activity_type, date in logged
            ]
            entries += [
                (author.id, "email", self.env["mail.activity.type"], date) for author, date in authored
            ]
            for member_id, message_type, activity_type, date in entries:
                commercial_id = commercial_of[member_id]
                if date and (commercial_id not in last_contact or date > last_contact[commercial_id]):
                    last_contact[commercial_id] = date
                channels[commercial_id].add(self._contact_channel(message_type, activity_type))
        channel_labels = dict(self._contact_channel_labels())
        for partner in self:
            commercial_id = commercial_by_partner.get(partner.id)
            partner.last_contact_date = last_contact.get(commercial_id, False)
            partner.contact_channels = ", ".join(
                channel_labels[channel]
                for channel, __ in self._contact_channel_labels()
                if channel in channels[commercial_id]
            )

    @api.model
    def _contact_channel(self, message_type, activity_type):
        if activity_type.category == "phonecall":
            return "phone"
        if activity_type.category == "meeting":
            return "meeting"
        if message_type in ("email", "email_outgoing"):
            return "email"
        return "note"

    @api.model
    def _contact_channel_labels(self):
        return [
            ("email", self.env._("E-mail")),
            ("phone", self.env._("Phone")),
            ("meeting", self.env._("Meeting")),
            ("note", self.env._("Note")),
        ]

    @api.depends(
        "parent_id",
        "lifecycle_override",
        "sale_order_ids.state",
        "sale_order_ids.date_order",
        "child_ids.sale_order_ids.state",
        "commercial_move_ids.state",
        "commercial_move_ids.invoice_date",
    )
    def _compute_lifecycle_state(self):
        commercial = self.filtered(lambda partner: partner.id and not partner.parent_id)
        (self - commercial).lifecycle_state = False
        if not commercial:
            return
        last_activity = commercial._last_customer_activity_dates()
        today = fields.Date.context_today(self)
        for partner in commercial:
            if partner.lifecycle_override:
                partner.lifecycle_state = partner.lifecycle_override
                continue
            last = last_activity.get(partner.id)
            months = (partner.company_id or self.env.company).avora_former_customer_months
            if not last:
                partner.lifecycle_state = "prospect"
            elif last >= today - relativedelta(months=months):
                partner.lifecycle_state = "active"
            else:
                partner.lifecycle_state = "former"

    def _last_customer_activity_dates(self):
        """Date of the last confirmed order or posted customer invoice per commercial partner."""
        last = {}
        orders = (
            self.env["sale.order"]
            .sudo()
            ._read_group(
                [("partner_id.commercial_partner_id", "in", self.ids), ("state", "=", "sale")],
                ["partner_id.commercial_partner_id"],
                ["date_order:max"],
            )
        )
        for partner, date_order in orders:
            last[partner.id] = date_order.date()
        invoices = (
            self.env["account.move"]
            .sudo()
            ._read_group(
                [
                    ("commercial_partner_id", "in", self.ids),
                    ("state", "=", "posted"),
                    ("move_type", "in", ("out_invoice", "out_refund")),
                ],
                ["commercial_partner_id"],
                ["invoice_date:max"],
            )
        )
        for partner, invoice_date in invoices:
            if invoice_date and (partner.id not in last or invoice_date > last[partner.id]):
                last[partner.id] = invoice_date
        return last

    @api.depends(
        "parent_id",
        "risk_override",
        "commercial_move_ids.state",
        "commercial_move_ids.amount_residual",
        "commercial_move_ids.invoice_date_due",
    )
    def _compute_risk_rating(self):
        commercial = self.filtered(lambda partner: partner.id and not partner.parent_id)
        others = self - commercial
        others.risk_rating_computed = False
        others.risk_rating = False
        if not commercial:
            return
        today = fields.Date.context_today(self)
        groups = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                self._receivable_line_domain(commercial.ids)
                & Domain([("amount_residual", ">", 0), ("date_maturity", "<", today)]),
                ["partner_id"],
                ["amount_residual:sum", "date_maturity:min"],
            )
        )
        overdue = {partner.id: (amount, (today - oldest).days) for partner, amount, oldest in groups}
        for partner in commercial:
            amount, days = overdue.get(partner.id, (0.0, 0))
            company = partner.company_id or self.env.company
            if days >= company.avora_risk_high_days or (amount and amount >= company.avora_risk_high_amount):
                rating = "high"
            elif days >= company.avora_risk_medium_days:
                rating = "medium"
            else:
                rating = "low"
            partner.risk_rating_computed = rating
            partner.risk_rating = partner.risk_override or rating

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------

    @api.constrains("risk_override", "risk_override_reason")
    def _check_risk_override_reason(self):
        for partner in self:
            if partner.risk_override and not (partner.risk_override_reason or "").strip():
                raise ValidationError(
                    self.env._(
                        "Risk override %(rating)s on %(partner)s needs a reason.",
                        rating=dict(self._fields["risk_override"]._description_selection(self.env))[
                            partner.risk_override
                        ],
                        partner=partner.display_name,
                    )
                )

    @api.constrains("vat", "company_registry", "parent_id", "company_id")
    def _check_duplicate_identity(self):
        """Refuse a second commercial entity with the same tax or registry number."""
        commercial = self.filtered(lambda partner: not partner.parent_id)
        self_ids = set(self.ids)
        for fname in ("vat", "company_registry"):
            values = {partner[fname] for partner in commercial if partner[fname] and partner[fname] != "/"}
            if not values:
                continue
            candidates = (
                self.sudo()
                .with_context(active_test=False)
                .search_fetch(
                    [(fname, "in", list(values)), ("parent_id", "=", False)],
                    [fname, "company_id", "display_name"],
                    order="id",
                )
            )
            by_value = defaultdict(list)
            for candidate in candidates:
                by_value[candidate[fname]].append(candidate)
            for partner in commercial:
                for other in by_value.get(partner[fname], ()):
                    same_scope = (
                        not other.company_id
                        or not partner.company_id
                        or other.company_id == partner.company_id
                    )
                    # Within one batch the later record is the duplicate.
                    if (
                        other.id != partner.id
                        and same_scope
                        and (other.id < partner.id or other.id not in self_ids)
                    ):
                        raise ValidationError(
                            self.env._(
                                "%(field)s %(value)s of %(partner)s is already used by %(existing)s "
                                "(ID %(id)s): one company can have only one partner record.",
                                field=self._fields[fname]._description_string(self.env),
                                value=partner[fname],
                                partner=partner.name,
                                existing=other.display_name,
                                id=other.id,
                            )
                        )

    @api.constrains("vat", "l10n_hu_group_vat")
    def _check_group_vat(self):
        for partner in self.filtered("l10n_hu_group_vat"):
            if partner._is_hu_tax_number(partner.vat) and partner.vat[9] != hu.VAT_CODE_GROUP_MEMBER:
                raise ValidationError(
                    self.env._(
                        "Invalid %(field)s %(value)s: a member of a VAT group has ÁFA-kód 4 "
                        "in its own tax number.",
                        field=self._fields["vat"]._description_string(self.env),
                        value=partner.vat,
                    )
                )

    # ------------------------------------------------------------------
    # Identity normalisation
    # ------------------------------------------------------------------

    @api.model
    def _is_hu_tax_number(self, vat):
        try:
            return bool(vat) and hu.parse_tax_number(vat) == vat
        except hu.HuIdentifierError:
            return False

    @api.model
    def _hu_identifier_reason(self, code):
        reasons = {
            "tax_not_digits": self.env._("only digits, spaces, dashes and an HU prefix are allowed"),
            "tax_is_personal_id": self.env._(
                "this is a private person's tax ID (adóazonosító jel); enter it in the Personal Tax ID field"
            ),
            "tax_eu_form_only": self.env._(
                "this is the EU VAT number; enter the full tax number xxxxxxxx-y-zz, "
                "the EU number is derived from it"
            ),
            "tax_length": self.env._("a Hungarian tax number has 11 digits: xxxxxxxx-y-zz"),
            "tax_check_digit": self.env._(
                "the check digit (8th digit) of the tax base number does not match"
            ),
            "tax_vat_code": self.env._("the VAT code (9th digit) must be 1 to 5"),
            "tax_area_code": self.env._(
                "the area code (last two digits) is not a Hungarian tax directorate code"
            ),
            "group_vat_code": self.env._("a VAT group's own tax number has VAT code 5 (xxxxxxxx-5-zz)"),
            "personal_length": self.env._("a personal tax ID has 10 digits"),
            "personal_prefix": self.env._("a personal tax ID starts with 8"),
            "personal_check_digit": self.env._("the check digit (10th digit) does not match"),
            "personal_birthdate": self.env._("digits 2-6 do not match the birth date"),
            "registry_length": self.env._("a company registration number has 10 digits: CC-FF-NNNNNN"),
            "registry_court": self.env._("the first two digits are not a registry court code (01-20)"),
            "registry_form": self.env._("the middle two digits are not a company form code"),
            "phone_invalid": self.env._("it is not a valid Hungarian mobile or landline number"),
            "email_invalid": self.env._("it is not a single valid e-mail address"),
        }
        return reasons[code]

    def _identity_error(self, fname, value, code):
        return ValidationError(
            self.env._(
                "Invalid %(field)s “%(value)s” on %(partner)s: %(reason)s.",
                field=self._fields[fname]._description_string(self.env),
                value=value,
                partner=self.name or self.env._("new partner"),
                reason=self._hu_identifier_reason(code),
            )
        )

    @api.model
    def _run_vat_checks(self, country, vat, partner_name="", validation="error"):
        """Hungarian tax numbers: check digit, VAT and area codes, canonical form.

        Applies to numbers prefixed HU, and to unprefixed numbers of partners
        in Hungary (or without a country, in a Hungarian company).
        """
        if not vat or vat == "/" or not validation or self.env.context.get("no_vat_validation"):
            return super()._run_vat_checks(country, vat, partner_name=partner_name, validation=validation)
        prefix = vat.strip()[:2].upper()
        if prefix.isalpha():
            is_hu = prefix == "HU"
        else:
            is_hu = (country or self.env.company.country_id).code == "HU"
        if not is_hu:
            return super()._run_vat_checks(country, vat, partner_name=partner_name, validation=validation)
        try:
            return hu.parse_tax_number(vat), "HU"
        except hu.HuIdentifierError as error:
            if validation == "setnull":
                return "", "HU"
            raise ValidationError(
                self.env._(
                    "Invalid %(field)s “%(value)s” on %(partner)s: %(reason)s.",
                    field=self._fields["vat"]._description_string(self.env),
                    value=vat,
                    partner=partner_name or self.env._("new partner"),
                    reason=self._hu_identifier_reason(error.code),
                )
            ) from None

    def _normalise_identity(self, fnames):
        """Validate and canonicalise the identity fields among ``fnames``.

        Runs after create/write, once the country of each partner is known;
        writes back only the values whose canonical form differs.
        """
        if not fnames & IDENTITY_FIELDS:
            return
        if fnames & {"country_id", "parent_id"}:
            # Which rules apply depends on the country.
            fnames = fnames | {"company_registry", "phone"}
        for partner in self:
            is_hu = (partner.commercial_partner_id.country_id or self.env.company.country_id).code == "HU"
            updates = {}
            if "company_registry" in fnames and partner.company_registry and is_hu and not partner.parent_id:
                try:
                    updates["company_registry"] = hu.parse_company_registry(partner.company_registry)
                except hu.HuIdentifierError as error:
                    raise partner._identity_error(
                        "company_registry", partner.company_registry, error.code
                    ) from None
            if "personal_tax_id" in fnames or "birthdate_date" in fnames:
                private = partner.sudo()
                if private.personal_tax_id:
                    try:
                        updates["personal_tax_id"] = hu.parse_personal_tax_id(
                            private.personal_tax_id, private.birthdate_date
                        )
                    except hu.HuIdentifierError as error:
                        raise partner._identity_error(
                            "personal_tax_id", private.personal_tax_id, error.code
                        ) from None
            if "phone" in fnames and partner.phone:
                updates["phone"] = partner._normalised_phone(partner.phone)
            # Companies and their contacts are the customer database's own
            # records. A stand-alone address stays as Odoo keeps it: its mail
            # flows create such partners from whatever a sender or recipient
            # field holds, and mark the unusable ones themselves.
            if "email" in fnames and partner.email and (partner.is_company or partner.parent_id):
                normalised = email_normalize(partner.email, strict=True)
                if not normalised or not EMAIL_RE.fullmatch(normalised):
                    raise partner._identity_error("email", partner.email, "email_invalid")
            changed = {fname: value for fname, value in updates.items() if partner.sudo()[fname] != value}
            if changed:
                # The values were already written by the caller, who passed
                # every access check: only their spelling changes here.
                super(ResPartner, partner.sudo()).write(changed)

    def _normalised_phone(self, number):
        """International form of a phone number; Hungarian numbers must be valid."""
        self.ensure_one()
        country = self.commercial_partner_id.country_id or self.country_id or self.env.company.country_id
        try:
            return self._format_phone(number, country)
        except hu.HuIdentifierError as error:
            if self.env.context.get("install_mode"):
                # Data files of other modules (their demo contacts) are
                # loaded as shipped: refusing them would break installing
                # those modules next to this one. People's input is checked.
                return number
            raise self._identity_error("phone", number, error.code) from None

    @api.model
    def _format_phone(self, number, country):
        try:
            parsed = phonenumbers.parse(number, country.code or None)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed and phonenumbers.is_valid_number(parsed):
            return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
        if (parsed and parsed.country_code == 36) or (not parsed and country.code == "HU"):
            raise hu.HuIdentifierError("phone_invalid")
        # Foreign numbers phonenumbers cannot confirm are kept as typed, like
        # Odoo does: their formats are outside this addon's scope.
        return number

    def _canonical_identity_vals(self, vals):
        """Write identifiers in their canonical form at once when the country is known.

        Spares the second write per partner that the checks after create and
        write would otherwise make (it matters for imports). Invalid values
        are left as they are: those checks refuse them with the full message.
        """
        Country = self.env["res.country"]
        if vals.get("parent_id"):
            country = self.browse(vals["parent_id"]).commercial_partner_id.country_id
        elif "country_id" in vals:
            country = Country.browse(vals["country_id"])
        elif len(self) == 1:
            country = self.commercial_partner_id.country_id
        else:
            return vals
        country = country or self.env.company.country_id
        if country.code != "HU":
            return vals
        parsers = {
            "vat": hu.parse_tax_number,
            "company_registry": hu.parse_company_registry,
            "phone": lambda number: self._format_phone(number, country),
        }
        canonical = {}
        for fname, parse in parsers.items():
            value = vals.get(fname)
            if not value or not isinstance(value, str):
                continue
            prefix = value.strip()[:2].upper()
            if fname == "vat" and prefix.isalpha() and prefix != "HU":
                continue
            try:
                canonical[fname] = parse(value)
            except hu.HuIdentifierError:
                continue
        return dict(vals, **canonical) if canonical else vals

    # ------------------------------------------------------------------
    # Display
    # ------------------------------------------------------------------

    def _get_company_registry_labels(self):
        labels = super()._get_company_registry_labels()
        # The register's own name, like l10n_dk's "CVR": a proper noun.
        labels["HU"] = "Cégjegyzékszám"
        return labels

    def _prepare_display_address(self, without_company=False):
        address_format, args = super()._prepare_display_address(without_company=without_company)
        if self.country_id.code == "HU":
            args["hu_address_line"] = self._get_address_line()
            address_format = "%(hu_address_line)s\n%(country_name)s"
            if not without_company and self.commercial_company_name:
                address_format = "%(company_name)s\n" + address_format
        return address_format, args

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------

    @api.model
    def _commercial_fields(self):
        return super()._commercial_fields() + ["l10n_hu_group_vat"]

    @api.model
    def _normalise_group_vat(self, vals):
        """Canonical group tax number in ``vals``, checked before it is written.

        Before, because the column is limited to the 13 characters of the
        canonical form, which a typed value with spaces can exceed.
        """
        value = vals.get("l10n_hu_group_vat")
        if not value:
            return vals
        try:
            group_vat = hu.parse_tax_number(value)
            if group_vat[9] != hu.VAT_CODE_GROUP:
                raise hu.HuIdentifierError("group_vat_code")
        except hu.HuIdentifierError as error:
            partner = self if len(self) == 1 else self.new({"name": vals.get("name")})
            raise partner._identity_error("l10n_hu_group_vat", value, error.code) from None
        return dict(vals, l10n_hu_group_vat=group_vat)

    @api.model_create_multi
    def create(self, vals_list):
        vals_list = [self._canonical_identity_vals(self._normalise_group_vat(vals)) for vals in vals_list]
        for vals in vals_list:
            if vals.get("risk_override"):
                self._check_risk_override_access()
                vals.update(risk_override_user_id=self.env.uid, risk_override_date=fields.Datetime.now())
        partners = super().create(vals_list)
        fnames = set().union(*vals_list) if vals_list else set()
        partners._normalise_identity(fnames)
        return partners

    def write(self, vals):
        vals = self._canonical_identity_vals(self._normalise_group_vat(vals))
        if "risk_override" in vals:
            self._check_risk_override_access()
            vals = dict(
                vals,
                risk_override_user_id=vals["risk_override"] and self.env.uid,
                risk_override_date=vals["risk_override"] and fields.Datetime.now(),
            )
        result = super().write(vals)
        # Commercial fields written on the parent reach the children too.
        self._normalise_identity(set(vals))
        return result

    def _check_risk_override_access(self):
        if not self.env.su and not self.env.user.has_group("sales_team.group_sale_salesman_all_leads"):
            raise AccessError(self.env._("Only sales managers can override the risk rating of a customer."))

    # ------------------------------------------------------------------
    # Scheduled actions
    # ------------------------------------------------------------------

    def _refresh_ratings(self):
        """Recompute the stored lifecycle and risk of these partners now."""
        self.env.add_to_compute(self._fields["lifecycle_state"], self)
        self.env.add_to_compute(self._fields["risk_rating"], self)
        self.flush_recordset(["lifecycle_state", "risk_rating", "risk_rating_computed"])

    @api.model
    def _cron_refresh_ratings(self, batch_size=500):
        """Recompute lifecycle and risk: both move with the calendar.

        Concerns the customers with open receivables or a lifecycle that can
        still change by time alone (active customers).
        """
        receivable_partners = (
            self.env["account.move.line"]
            .sudo()
            ._read_group(
                [
                    ("account_id.account_type", "=", "asset_receivable"),
                    ("parent_state", "=", "posted"),
                    ("reconciled", "=", False),
                    ("partner_id", "!=", False),
                ],
                ["partner_id"],
            )
        )
        ids = {partner.id for (partner,) in receivable_partners}
        ids.update(self.sudo().search([("lifecycle_state", "=", "active"), ("parent_id", "=", False)]).ids)
        partners = self.sudo().browse(sorted(ids)).filtered(lambda partner: not partner.parent_id)
        self.env["ir.cron"]._commit_progress(remaining=len(partners))
        for start in range(0, len(partners), batch_size):
            batch = partners[start : start + batch_size]
            batch._refresh_ratings()
            if not self.env["ir.cron"]._commit_progress(len(batch)):
                break
