# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from lxml import etree

from odoo.tests import TransactionCase, new_test_user
from odoo.tools.safe_eval import safe_eval


class AvoraCalendarCommon(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, tracking_disable=True, no_mail_to_attendees=True))
        cls.user_manager = new_test_user(
            cls.env,
            "avora_cal_manager",
            groups="base.group_user,project.group_project_manager",
            name="Szabó Anna",
            tz="Europe/Budapest",
        )
        cls.user_member = new_test_user(
            cls.env,
            "avora_cal_member",
            groups="base.group_user,project.group_project_user",
            name="Tóth Gábor",
            tz="Europe/Budapest",
        )
        cls.user_salesman = new_test_user(
            cls.env,
            "avora_cal_salesman",
            groups="base.group_user,sales_team.group_sale_salesman",
            name="Balogh Réka",
            tz="Europe/Budapest",
        )
        cls.user_employee = new_test_user(
            cls.env, "avora_cal_employee", groups="base.group_user", name="Varga Júlia", tz="Europe/Budapest"
        )
        cls.customer = cls.env["res.partner"].create({"name": "Mátra Faipari Kft.", "is_company": True})
        cls.customer_contact = cls.env["res.partner"].create(
            {"name": "Horváth Béla", "parent_id": cls.customer.id, "email": "horvath.bela@matrafa.example.hu"}
        )
        cls.project = cls.env["project.project"].create(
            {
                "name": "Mátra webshop",
                "user_id": cls.user_manager.id,
                "partner_id": cls.customer.id,
                "privacy_visibility": "employees",
            }
        )
        cls.Event = cls.env["calendar.event"]

    def _deadline_events(self, records):
        field = records._deadline_event_field
        return self.Event.sudo().with_context(active_test=False).search([(field, "in", records.ids)])

    def _create_task(self, **values):
        return self.env["project.task"].create(
            {
                "name": "Termékimport",
                "project_id": self.project.id,
                "user_ids": [self.user_member.id],
                **values,
            }
        )

    @classmethod
    def _meeting_values(cls, **values):
        return {
            "name": "Egyeztetés",
            "start": datetime(2030, 3, 4, 9, 0),
            "stop": datetime(2030, 3, 4, 10, 0),
            **values,
        }

    def _search_filter_domain(self, filter_name, user):
        """Domain of a filter of the calendar search view, as the web client evaluates it for the user."""
        arch = self.Event.with_user(user).get_views([(False, "search")])["views"]["search"]["arch"]
        node = etree.fromstring(arch).xpath(f"//filter[@name='{filter_name}']")[0]
        return safe_eval(node.get("domain"), {"uid": user.id})
