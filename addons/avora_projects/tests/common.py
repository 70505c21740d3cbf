# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.tests import TransactionCase, new_test_user

from odoo.addons.account.tests.common import AccountTestInvoicingCommon


class AvoraProjectsCommon(TransactionCase):
    """Users of every access level and a customer, built by the tests."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_project_admin = new_test_user(
            cls.env,
            login="avora_pm_admin",
            name="Szabó Katalin",
            groups="avora_tasks.avora_tasks_group_manager",
        )
        cls.user_lead = new_test_user(
            cls.env,
            login="avora_pm_lead",
            name="Nagy Péter",
            email="nagy.peter@example.hu",
            groups="avora_tasks.avora_tasks_group_lead",
        )
        cls.user_member = new_test_user(
            cls.env,
            login="avora_pm_member",
            name="Tóth Eszter",
            groups="avora_tasks.avora_tasks_group_lead",
        )
        cls.user_outsider = new_test_user(
            cls.env,
            login="avora_pm_outsider",
            name="Kiss Gábor",
            groups="avora_tasks.avora_tasks_group_lead",
        )
        cls.user_finance = new_test_user(
            cls.env,
            login="avora_pm_finance",
            name="Varga Judit",
            groups="base.group_user,account.group_account_invoice",
        )
        cls.customer = cls.env["res.partner"].create(
            {
                "name": "Dunakanyar Építő Kft.",
                "email": "iroda@dunakanyar-epito.example.hu",
                "is_company": True,
                "city": "Szentendre",
                "zip": "2000",
            }
        )
        cls.env.company.project_finance_user_ids = cls.user_finance

    @classmethod
    def _create_project(cls, **vals):
        return cls.env["project.project"].create(
            {
                "name": "Irodaház felújítás",
                "partner_id": cls.customer.id,
                "user_id": cls.user_lead.id,
                # What the "New project" dialog of Avora sets.
                "privacy_visibility": "followers",
                **vals,
            }
        )

    @classmethod
    def _create_tasks(cls, project, *hours):
        return cls.env["project.task"].create(
            [
                {"name": f"Feladat {index}", "project_id": project.id, "allocated_hours": allocated}
                for index, allocated in enumerate(hours, start=1)
            ]
        )


class AvoraProjectsBillingCommon(AvoraProjectsCommon, AccountTestInvoicingCommon):
    """Adds a company with a chart of accounts for invoices and payments."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The accounting test user runs the tests: let it manage projects and sell.
        cls.env.user.group_ids |= cls.env.ref("project.group_project_manager") | cls.env.ref(
            "sales_team.group_sale_manager"
        )
