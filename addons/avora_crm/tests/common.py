# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, new_test_user

# Identifiers in their real formats, with the outcome each path must give:
# (field, value typed by the user, stored canonical value or None if refused).
# Check digits verified by hand: 1289231 weighted 9,7,3,1,9,7,3 sums to 98,
# (10 - 8) mod 10 = 2; 2772541 sums to 166, so its check digit is 4, not 0;
# 807159215 weighted 1..9 sums to 179, 179 mod 11 = 3.
IDENTIFIER_TABLE = [
    ("vat", "12892312-2-42", "12892312-2-42"),
    ("vat", "12892312242", "12892312-2-42"),
    ("vat", "HU 12892312 2 42", "12892312-2-42"),
    ("vat", "10625790-4-44", "10625790-4-44"),
    ("vat", "17781774-5-44", "17781774-5-44"),
    ("vat", "27725410-2-13", None),  # check digit: base_vat accepts it
    ("vat", "27725414-2-99", None),  # area code 99 unknown
    ("vat", "12892312-6-42", None),  # VAT code 6
    ("vat", "12892312-2-21", None),  # area code 21 unused
    ("vat", "HU12892312", None),  # EU form only
    ("vat", "8071592153", None),  # a private person's tax ID
    ("vat", "1289231-2-42", None),  # too short
    ("company_registry", "01-09-123456", "01-09-123456"),
    ("company_registry", "Cg. 13-10-041585", "13-10-041585"),
    ("company_registry", "0106987654", "01-06-987654"),
    ("company_registry", "21-09-123456", None),  # court 21
    ("company_registry", "01-05-123456", None),  # form code 05
    ("company_registry", "01-09-12345", None),  # too short
    ("l10n_hu_group_vat", "17781774-5-44", "17781774-5-44"),
    ("l10n_hu_group_vat", "10625790-4-44", None),  # a member's number
    ("personal_tax_id", "8071592153", "8071592153"),
    ("personal_tax_id", "8071592154", None),  # check digit
    ("personal_tax_id", "7071592153", None),  # must start with 8
    ("personal_tax_id", "807159215", None),  # too short
    ("phone", "06 30 123 4567", "+36 30 123 4567"),
    ("phone", "06 1 234 5678", "+36 1 234 5678"),
    ("phone", "+36 62 123 456", "+36 62 123 456"),
    ("phone", "06 20 12345", None),  # mobile number too short
    ("email", "info@example.hu", "info@example.hu"),
    ("email", "info@@example.hu", None),
]


class AvoraCrmCommon(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.hungary = cls.env.ref("base.hu")
        cls.user_sales_a = new_test_user(
            cls.env, login="avora_sales_a", name="Anna Sales", groups="sales_team.group_sale_salesman"
        )
        cls.user_sales_b = new_test_user(
            cls.env, login="avora_sales_b", name="Bence Sales", groups="sales_team.group_sale_salesman"
        )
        cls.user_sales_c = new_test_user(
            cls.env, login="avora_sales_c", name="Csaba Sales", groups="sales_team.group_sale_salesman"
        )
        cls.user_manager = new_test_user(
            cls.env,
            login="avora_manager",
            name="Márta Manager",
            groups="sales_team.group_sale_salesman_all_leads",
        )
        cls.user_personal = new_test_user(
            cls.env,
            login="avora_personal",
            name="Petra Personal",
            groups="sales_team.group_sale_salesman,avora_crm.avora_crm_group_personal_data",
        )
        cls.user_internal = new_test_user(
            cls.env, login="avora_internal", name="Ivett Internal", groups="base.group_user"
        )
        cls.team_north = cls.env["crm.team"].create(
            {"name": "North", "member_ids": [(6, 0, (cls.user_sales_a | cls.user_sales_b).ids)]}
        )
        cls.team_south = cls.env["crm.team"].create(
            {"name": "South", "member_ids": [(6, 0, cls.user_sales_c.ids)]}
        )

    @classmethod
    def _create_company_partner(cls, name, **values):
        return cls.env["res.partner"].create(
            {"name": name, "is_company": True, "country_id": cls.env.ref("base.hu").id, **values}
        )
