# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from odoo.tests import Form, tagged

from .common import AvoraCalendarCommon


@tagged("post_install", "-at_install")
class TestLinks(AvoraCalendarCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.task = cls.env["project.task"].create(
            {
                "name": "Fizetési modul",
                "project_id": cls.project.id,
                "partner_id": cls.customer_contact.id,
                "user_ids": [cls.user_member.id],
            }
        )
        cls.opportunity = cls.env["crm.lead"].create(
            {"name": "Mátra webshop bővítés", "type": "opportunity", "partner_id": cls.customer_contact.id}
        )

    def test_task_link_fills_project_and_customer(self):
        event = self.Event.create(self._meeting_values(task_id=self.task.id))
        self.assertEqual(event.project_id, self.project)
        self.assertEqual(
            event.customer_id, self.customer, "the customer is the company of the task's contact"
        )

    def test_opportunity_link_fills_customer(self):
        event = self.Event.create(self._meeting_values(opportunity_id=self.opportunity.id))
        self.assertEqual(event.customer_id, self.customer)
        self.assertIn(event, self.opportunity.calendar_event_ids)

    def test_counts_on_project_task_and_customer(self):
        self.task.date_deadline = datetime(2030, 5, 10, 9, 0)
        self.Event.create(
            [
                self._meeting_values(task_id=self.task.id),
                self._meeting_values(project_id=self.project.id, event_kind="negotiation"),
                self._meeting_values(customer_id=self.customer_contact.id, event_kind="other"),
            ]
        )
        other_project = self.env["project.project"].create({"name": "Belső projekt"})
        projects = self.project | other_project
        projects.invalidate_recordset(["calendar_event_count"])
        with self.assertQueryCount(__system__=3):
            self.assertEqual(
                projects.mapped("calendar_event_count"),
                [3, 0],
                "task deadline, task meeting, project negotiation",
            )
        self.assertEqual(self.task.calendar_event_count, 2, "its deadline and its meeting")
        # a company counts the events of its contacts, as Odoo does for attended meetings
        self.assertEqual(self.customer_contact.meeting_count, 1)
        self.assertEqual(self.customer.meeting_count, 4)

    def test_schedule_meeting_from_task_is_prefilled(self):
        action = self.task.with_user(self.user_member).action_view_calendar_events()
        self.assertEqual(action["domain"], [("task_id", "=", self.task.id)])
        with Form(self.Event.with_user(self.user_member).with_context(**action["context"])) as form:
            form.start = datetime(2030, 4, 2, 9, 0)
        event = form.record
        self.assertEqual(event.event_kind, "meeting")
        self.assertEqual(event.task_id, self.task)
        self.assertEqual(event.project_id, self.project)
        self.assertEqual(event.customer_id, self.customer)
        self.assertEqual(event.partner_ids, self.user_member.partner_id | self.customer_contact)
        self.assertEqual(self.task.calendar_event_count, 1)

    def test_schedule_meeting_from_project_is_prefilled(self):
        action = self.project.with_user(self.user_manager).action_view_calendar_events()
        with Form(self.Event.with_user(self.user_manager).with_context(**action["context"])) as form:
            form.start = datetime(2030, 4, 2, 9, 0)
        self.assertEqual(form.record.project_id, self.project)
        self.assertEqual(form.record.customer_id, self.customer)
        self.assertEqual(form.record.partner_ids, self.user_manager.partner_id, "a company is not invited")
        self.assertIn(form.record, self.Event.search(action["domain"]))

    def test_schedule_meeting_from_customer_is_prefilled(self):
        action = self.customer_contact.with_user(self.user_employee).schedule_meeting()
        with Form(self.Event.with_user(self.user_employee).with_context(**action["context"])) as form:
            form.name = "Bemutató"
        self.assertEqual(form.record.customer_id, self.customer)
        self.assertIn(self.customer_contact, form.record.partner_ids)
        self.assertIn(form.record, self.Event.search(action["domain"]))

    def test_schedule_meeting_from_opportunity_is_prefilled(self):
        action = self.opportunity.action_schedule_meeting()
        with Form(self.Event.with_context(**action["context"])) as form:
            form.start = datetime(2030, 4, 2, 9, 0)
        self.assertEqual(form.record.opportunity_id, self.opportunity)
        self.assertEqual(form.record.customer_id, self.customer)

    def test_filter_by_kind(self):
        meeting, negotiation, other = self.Event.create(
            [
                self._meeting_values(event_kind="meeting"),
                self._meeting_values(event_kind="negotiation"),
                self._meeting_values(event_kind="other"),
            ]
        )
        self.task.date_deadline = datetime(2030, 5, 10, 9, 0)
        deadline = self._deadline_events(self.task)
        expected = {
            "kind_meeting": meeting,
            "kind_negotiation": negotiation,
            "kind_other": other,
            "kind_deadline": deadline,
        }
        created = meeting | negotiation | other | deadline
        for filter_name, event in expected.items():
            domain = self._search_filter_domain(filter_name, self.user_employee)
            found = self.Event.with_user(self.user_employee).search(domain) & created
            self.assertEqual(found, event, f"filter {filter_name}")
        groups = dict(self.Event._read_group([("id", "in", created.ids)], ["event_kind"], ["__count"]))
        self.assertEqual(groups, {"meeting": 1, "negotiation": 1, "other": 1, "deadline": 1})

    def test_private_event_stays_private(self):
        private = self.Event.with_user(self.user_manager).create(
            self._meeting_values(
                name="Bérezés",
                privacy="private",
                description="<p>Bizalmas</p>",
                project_id=self.project.id,
                customer_id=self.customer.id,
                partner_ids=[self.user_manager.partner_id.id, self.user_member.partner_id.id],
            )
        )
        self.env.invalidate_all()
        as_outsider = private.with_user(self.user_employee)
        self.assertNotEqual(as_outsider.name, "Bérezés")
        self.assertFalse(as_outsider.description)
        self.assertFalse(as_outsider.customer_id)
        self.assertFalse(as_outsider.project_id)
        self.assertFalse(as_outsider.event_kind)
        self.assertEqual(as_outsider.display_name, as_outsider.name)
        self.assertEqual(self.project.with_user(self.user_employee).calendar_event_count, 0)
        self.assertEqual(self.customer.with_user(self.user_employee).meeting_count, 0)
        self.env.invalidate_all()
        as_attendee = private.with_user(self.user_member)
        self.assertEqual(as_attendee.name, "Bérezés")
        self.assertEqual(as_attendee.customer_id, self.customer)
        # counts follow Odoo's grouping rule for private events: only the organizer's count
        self.assertEqual(self.project.with_user(self.user_manager).calendar_event_count, 1)
