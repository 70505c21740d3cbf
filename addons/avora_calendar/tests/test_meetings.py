# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from freezegun import freeze_time

from odoo.tests import new_test_user, tagged

from odoo.addons.base.tests.test_ir_cron import CronMixinCase
from odoo.addons.mail.tests.common import MailCase


@tagged("post_install", "-at_install")
@freeze_time("2030-03-01 08:00:00")
class TestMeetings(MailCase, CronMixinCase):
    """Meetings reuse Odoo's calendar: invitations with .ics, reminders, replies."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._init_mail_gateway()
        cls.organizer = new_test_user(
            cls.env,
            "avora_cal_organizer",
            groups="base.group_user",
            name="Kiss Márta",
            email="kiss.marta@avora.example.hu",
        )
        cls.colleague = new_test_user(
            cls.env,
            "avora_cal_colleague",
            groups="base.group_user",
            name="Fekete Ádám",
            email="fekete.adam@avora.example.hu",
        )
        cls.customer_contact = cls.env["res.partner"].create(
            {"name": "Molnár Zsófia", "email": "molnar.zsofia@balatonbor.example.hu"}
        )

    def _create_meeting(self, **values):
        return (
            self.env["calendar.event"]
            .with_user(self.organizer)
            .create(
                {
                    "name": "Szerződés egyeztetés",
                    "event_kind": "meeting",
                    "start": datetime(2030, 3, 5, 9, 0),
                    "stop": datetime(2030, 3, 5, 10, 0),
                    "partner_ids": [
                        self.organizer.partner_id.id,
                        self.colleague.partner_id.id,
                        self.customer_contact.id,
                    ],
                    **values,
                }
            )
        )

    def test_invitations_queued_with_ics(self):
        with self.mock_mail_gateway():
            event = self._create_meeting()
        self.assertEqual(len(event.attendee_ids), 3)
        for partner in (self.colleague.partner_id, self.customer_contact):
            mail = self._new_mails.filtered(lambda mail, partner=partner: partner in mail.recipient_ids)
            self.assertEqual(len(mail), 1, f"one invitation for {partner.name}")
            self.assertEqual(mail.attachment_ids.mapped("name"), ["invitation.ics"])
            self.assertIn(b"BEGIN:VCALENDAR", mail.attachment_ids.raw)

    def test_reminder_scheduled(self):
        alarm = self.env.ref("calendar.alarm_mail_1")
        with self.capture_triggers("calendar.ir_cron_scheduler_alarm") as capture:
            self._create_meeting(alarm_ids=[alarm.id])
        self.assertTrue(capture.records, "the reminder cron is triggered before the meeting")
        self.assertEqual(capture.records.call_at, datetime(2030, 3, 5, 6, 0), "three hours before")

    def test_accept_and_decline(self):
        event = self._create_meeting()
        colleague_attendee = event.attendee_ids.filtered(
            lambda att: att.partner_id == self.colleague.partner_id
        )
        customer_attendee = event.attendee_ids.filtered(lambda att: att.partner_id == self.customer_contact)
        colleague_attendee.with_user(self.colleague).do_accept()
        customer_attendee.sudo().do_decline()
        self.assertEqual(colleague_attendee.state, "accepted")
        self.assertEqual(customer_attendee.state, "declined")
        event.invalidate_recordset()
        self.assertEqual(event.declined_count, 1)
