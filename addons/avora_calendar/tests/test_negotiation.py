# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import AvoraCalendarCommon


@tagged("post_install", "-at_install")
class TestNegotiation(AvoraCalendarCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.opportunity = cls.env["crm.lead"].create(
            {
                "name": "Éves karbantartás",
                "type": "opportunity",
                "partner_id": cls.customer.id,
                "user_id": cls.user_salesman.id,
            }
        )
        cls.negotiation = cls.env["calendar.event"].create(
            {
                **cls._meeting_values(event_kind="negotiation", opportunity_id=cls.opportunity.id),
                "user_id": cls.user_salesman.id,
                "partner_ids": [cls.user_salesman.partner_id.id, cls.customer_contact.id],
            }
        )

    def test_done_needs_an_outcome(self):
        with self.assertRaises(ValidationError):
            self.negotiation.with_user(self.user_salesman).action_mark_done()
        self.assertFalse(self.negotiation.is_done)

    def test_only_negotiations_are_marked_done(self):
        meeting = self.Event.create(self._meeting_values())
        with self.assertRaises(UserError):
            meeting.action_mark_done()

    def test_done_records_outcome_and_proposes_follow_up(self):
        negotiation = self.negotiation.with_user(self.user_salesman)
        negotiation.write({"outcome": "follow_up", "follow_up_note": "Árajánlat a 3 éves csomagra"})
        action = negotiation.action_mark_done()
        self.assertTrue(negotiation.is_done)
        self.assertIn("Árajánlat a 3 éves csomagra", negotiation.message_ids[0].body)
        self.assertEqual(action["res_model"], "mail.activity.schedule")
        scheduler = self.env["mail.activity.schedule"].browse(action["res_id"])
        self.assertEqual(scheduler.res_model, "crm.lead")
        self.assertEqual(scheduler._get_applied_on_records(), self.opportunity)
        self.assertIn("Árajánlat a 3 éves csomagra", scheduler.note)
        self.assertEqual(scheduler.activity_user_id, self.user_salesman)
        self.assertFalse(self.opportunity.activity_ids, "the follow-up is only proposed")
        scheduler.with_user(self.user_salesman).action_schedule_activities()
        self.assertEqual(len(self.opportunity.activity_ids), 1)
        self.assertIn(self.negotiation.name, self.opportunity.activity_ids.summary)
