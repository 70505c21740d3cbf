# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import AvoraTasksCase


@tagged("post_install", "-at_install")
class TestNotifications(AvoraTasksCase):
    def _mails_to(self, user):
        return self._new_mails.filtered(lambda mail: user.partner_id in mail.recipient_ids)

    def _inbox_of(self, user, task):
        return self.env["mail.notification"].search(
            [
                ("res_partner_id", "=", user.partner_id.id),
                ("notification_type", "=", "inbox"),
                ("mail_message_id.model", "=", "project.task"),
                ("mail_message_id.res_id", "=", task.id),
            ]
        )

    def test_assignment_notifies_each_assignee_once(self):
        with self.mock_mail_gateway():
            task = self._create_task("Szerverszoba kiürítése", user=self.lead)
            task.with_user(self.lead).write({"user_ids": [Command.set((self.anna | self.peter).ids)]})
            task.with_user(self.lead).write(
                {"user_ids": [Command.set((self.anna | self.peter).ids)], "priority": "2"}
            )
        self.assertEqual(len(self._mails_to(self.anna)), 1, "Anna gets her assignment by e-mail, once")
        self.assertFalse(self._mails_to(self.peter), "Péter reads notifications in Odoo")
        self.assertEqual(len(self._inbox_of(self.peter, task)), 1)
        self.assertLessEqual(self.anna.partner_id | self.peter.partner_id, task.message_partner_ids)

    def test_changes_are_tracked(self):
        task = self._create_task("Szerverszoba kiürítése", user=self.lead, stage_id=self.stage_new.id)
        self.flush_tracking()
        task.with_user(self.lead).write(
            {
                "stage_id": self.stage_doing.id,
                "user_ids": [Command.link(self.anna.id)],
                "date_deadline": datetime(2026, 5, 4, 15, 0),
                "priority": "3",
            }
        )
        task.with_user(self.anna).write({"state": "1_done"})
        self.flush_tracking()
        tracked = task.message_ids.tracking_value_ids.field_id.mapped("name")
        for field in ("stage_id", "user_ids", "date_deadline", "priority", "state"):
            self.assertIn(field, tracked)


@tagged("post_install", "-at_install")
class TestDeadlineAlerts(AvoraTasksCase):
    def _alerts(self, task):
        """Deadline alerts of the task; assignment notices come before the first cron run."""
        return self.env["mail.message"].search(
            [
                ("model", "=", "project.task"),
                ("res_id", "=", task.id),
                ("message_type", "=", "user_notification"),
                ("id", ">", self.last_message_before_cron.id),
            ]
        )

    def test_deadline_alerts_are_sent_once_per_event(self):
        with freeze_time("2026-04-14 12:00:00"):
            tomorrow = self._create_task(
                "Bérleti díj átutalása",
                date_deadline=datetime(2026, 4, 15, 10, 0),
                user_ids=[Command.set((self.anna | self.peter).ids)],
            )
            late = self._create_task(
                "Közüzemi óraállások",
                date_deadline=datetime(2026, 4, 13, 10, 0),
                user_ids=[Command.link(self.anna.id)],
            )
            later = self._create_task(
                "Takarítás megrendelése",
                date_deadline=datetime(2026, 4, 20, 10, 0),
                user_ids=[Command.link(self.anna.id)],
            )
            closed = self._create_task(
                "Régi iroda átadása",
                date_deadline=datetime(2026, 4, 13, 10, 0),
                user_ids=[Command.link(self.anna.id)],
                state="1_done",
            )
            unassigned = self._create_task(
                "Lejárt, gazdátlan", date_deadline=datetime(2026, 4, 13, 10, 0), user_ids=[Command.clear()]
            )
            self.assertFalse(unassigned.user_ids)
            self.last_message_before_cron = self.env["mail.message"].search([], order="id desc", limit=1)
            Task = self.env["project.task"]
            with self.mock_mail_gateway():
                Task._cron_send_deadline_alerts()
                Task._cron_send_deadline_alerts()
            self.assertEqual(len(self._alerts(tomorrow)), 2, "One reminder for each of the two assignees")
            self.assertEqual(len(self._alerts(late)), 1)
            self.assertFalse(self._alerts(later) | self._alerts(closed) | self._alerts(unassigned))
            self.assertEqual(
                len(self._new_mails.filtered(lambda m: self.anna.partner_id in m.recipient_ids)), 2
            )
            self.assertEqual(tomorrow.deadline_reminder_sent_for, tomorrow.date_deadline)
            self.assertFalse(tomorrow.overdue_alert_sent_for)

        with freeze_time("2026-04-15 11:00:00"):
            Task._cron_send_deadline_alerts()
            Task._cron_send_deadline_alerts()
            self.assertEqual(len(self._alerts(tomorrow)), 4, "Now overdue: one alert per assignee")
            self.assertEqual(len(self._alerts(late)), 1)
            late.date_deadline = datetime(2026, 4, 16, 10, 0)
            Task._cron_send_deadline_alerts()
            Task._cron_send_deadline_alerts()
            self.assertEqual(len(self._alerts(late)), 2, "A new deadline re-arms the reminder")

    def test_small_batches_cover_every_task(self):
        with freeze_time("2026-04-14 08:00:00"):
            tasks = self.env["project.task"]
            for name in ("Első", "Második", "Harmadik"):
                tasks |= self._create_task(
                    name, date_deadline=datetime(2026, 4, 10, 10, 0), user_ids=[Command.link(self.peter.id)]
                )
            self.env["project.task"]._cron_send_deadline_alerts(batch_size=2)
            self.assertEqual(len(tasks.filtered("overdue_alert_sent_for")), 2)
            self.env["project.task"]._cron_send_deadline_alerts(batch_size=2)
            self.assertEqual(len(tasks.filtered("overdue_alert_sent_for")), 3)
