# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import date, datetime

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from odoo.addons.avora_calendar.models.avora_calendar_deadline_mixin import DEADLINE_SYNC_CONTEXT

from .common import AvoraCalendarCommon


@tagged("post_install", "-at_install")
class TestDeadlineSync(AvoraCalendarCommon):
    def test_task_deadline_creates_event(self):
        task = self._create_task(
            date_deadline=datetime(2030, 5, 10, 14, 0), description="<p>Ötszáz cikk importja</p>"
        )
        event = self._deadline_events(task)
        self.assertEqual(len(event), 1)
        self.assertEqual(event.event_kind, "deadline")
        self.assertTrue(event.allday)
        self.assertEqual(event.start_date, date(2030, 5, 10))
        self.assertEqual(event.task_id, task)
        self.assertEqual(event.project_id, self.project)
        self.assertEqual(event.customer_id, self.customer)
        self.assertEqual(event.user_id, self.user_member)
        self.assertEqual(event.partner_ids, self.user_member.partner_id)
        self.assertEqual(event.show_as, "free")
        self.assertEqual(event.privacy, "public")
        self.assertIn("Termékimport", event.name)
        self.assertIn("Mátra webshop", event.description)
        self.assertIn("Ötszáz cikk importja", event.description)

    def test_deadline_event_in_organizer_language(self):
        self.env["res.lang"]._activate_lang("hu_HU")
        self.user_member.lang = "hu_HU"
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 14, 0))
        self.assertEqual(self._deadline_events(task).name, "Feladat határidő: Termékimport")
        self.user_member.lang = "en_US"
        task.name = "Árlista import"
        self.assertEqual(self._deadline_events(task).name, "Task deadline: Árlista import")

    def test_task_deadline_day_follows_organizer_timezone(self):
        # 23:30 UTC on 10 May is already 11 May in Budapest
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 23, 30))
        self.assertEqual(self._deadline_events(task).start_date, date(2030, 5, 11))

    def test_task_deadline_moved_cleared_and_restored(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        event = self._deadline_events(task)
        task.date_deadline = datetime(2030, 6, 3, 10, 0)
        self.assertEqual(self._deadline_events(task), event, "moving the deadline moves the same event")
        self.assertEqual(event.start_date, date(2030, 6, 3))
        task.date_deadline = False
        self.assertFalse(event.exists())
        task.date_deadline = datetime(2030, 7, 1, 10, 0)
        self.assertEqual(self._deadline_events(task).start_date, date(2030, 7, 1))

    def test_task_closed_removes_event(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        for closed_state in ("1_done", "1_canceled"):
            task.state = closed_state
            self.assertFalse(
                self._deadline_events(task), f"no deadline event once the task is {closed_state}"
            )
            task.state = "01_in_progress"
            self.assertEqual(
                len(self._deadline_events(task)), 1, "reopening the task shows its deadline again"
            )

    def test_task_archived_or_deleted_removes_event(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        task.active = False
        self.assertFalse(self._deadline_events(task))
        task.active = True
        event = self._deadline_events(task)
        self.assertTrue(event)
        task.unlink()
        self.assertFalse(event.exists())

    def test_task_rename_and_reassign_follow(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        task.write({"name": "Árlista import", "user_ids": [self.user_manager.id]})
        event = self._deadline_events(task)
        self.assertIn("Árlista import", event.name)
        self.assertEqual(event.partner_ids, self.user_manager.partner_id)
        self.assertEqual(event.user_id, self.user_manager)

    def test_private_project_makes_private_deadline(self):
        self.project.privacy_visibility = "followers"
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        self.assertEqual(self._deadline_events(task).privacy, "private")
        self.assertEqual(self._deadline_events(self.project.task_ids).privacy, "private")

    def test_templates_have_no_deadline_event(self):
        template_task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0), is_template=True)
        self.assertFalse(self._deadline_events(template_task))
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        self.project.write({"date_start": date(2030, 1, 6), "date": date(2030, 9, 30)})
        self.assertTrue(self._deadline_events(task))
        self.project.is_template = True
        self.assertFalse(self._deadline_events(self.project))
        self.assertFalse(self._deadline_events(task), "tasks of a template project neither")

    def test_project_changes_reach_task_deadlines(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        self.project.write({"name": "Mátra webáruház", "privacy_visibility": "followers"})
        event = self._deadline_events(task)
        self.assertIn("Mátra webáruház", event.description)
        self.assertEqual(event.privacy, "private")

    def test_project_deadline(self):
        # Odoo keeps a project's dates in pairs: an end date needs a start date
        self.project.write({"date_start": date(2030, 1, 6), "date": date(2030, 9, 30)})
        event = self._deadline_events(self.project)
        self.assertEqual(len(event), 1)
        self.assertEqual(event.start_date, date(2030, 9, 30))
        self.assertEqual(event.project_id, self.project)
        self.assertFalse(event.task_id)
        self.assertEqual(event.user_id, self.user_manager)
        self.project.date = date(2030, 10, 15)
        self.assertEqual(self._deadline_events(self.project), event)
        self.assertEqual(event.start_date, date(2030, 10, 15))
        self.project.active = False
        self.assertFalse(event.exists())
        self.project.active = True
        self.project.date = False
        self.assertFalse(self._deadline_events(self.project))

    def test_no_duplicates_whatever_the_order_of_writes(self):
        tasks = self.env["project.task"].create(
            [
                {
                    "name": f"Feladat {index}",
                    "project_id": self.project.id,
                    "date_deadline": datetime(2030, 5, index, 9, 0),
                }
                for index in range(1, 6)
            ]
        )
        self.assertEqual(len(self._deadline_events(tasks)), 5)
        tasks[0].write({"state": "1_done", "date_deadline": datetime(2030, 6, 1, 9, 0)})
        tasks[0].write({"date_deadline": datetime(2030, 6, 2, 9, 0), "state": "01_in_progress"})
        tasks[1].write({"date_deadline": False, "state": "1_done"})
        tasks[1].write({"state": "01_in_progress", "date_deadline": datetime(2030, 6, 3, 9, 0)})
        tasks[2].write({"active": False})
        tasks[2].write({"date_deadline": datetime(2030, 6, 4, 9, 0), "active": True})
        tasks.write({"date_deadline": datetime(2030, 6, 5, 9, 0)})
        tasks._sync_deadline_events()
        tasks._sync_deadline_events()
        events = self._deadline_events(tasks)
        self.assertEqual(len(events), 5)
        self.assertEqual(events.deadline_task_id, tasks)
        self.assertEqual(set(events.mapped("start_date")), {date(2030, 6, 5)})

    def _sync_query_count(self, tasks):
        self.env.flush_all()
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        tasks._sync_deadline_events()
        self.env.flush_all()
        return self.cr.sql_log_count - before

    def test_sync_queries_do_not_grow_with_the_number_of_tasks(self):
        tasks = self.env["project.task"].create(
            [
                {
                    "name": f"Feladat {index}",
                    "project_id": self.project.id,
                    "date_deadline": datetime(2030, 5, 1, 9, 0),
                }
                for index in range(1, 26)
            ]
        )
        few, many = tasks[:5], tasks[5:]
        self.env.flush_all()
        self.env.invalidate_all()
        with self.assertQueryCount(__system__=9):
            tasks._sync_deadline_events()
        # events out of place, as after a batch of deadlines moved to one date
        self._deadline_events(tasks).with_context(**DEADLINE_SYNC_CONTEXT).write(
            {"start": datetime(2030, 1, 2, 8, 0), "stop": datetime(2030, 1, 2, 18, 0)}
        )
        self.assertEqual(self._sync_query_count(few), self._sync_query_count(many))
        self.assertEqual(set(self._deadline_events(tasks).mapped("start_date")), {date(2030, 5, 1)})

    def test_database_refuses_a_second_event_for_a_deadline(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.env.cr.savepoint():
            self.Event.with_context(avora_deadline_sync=True).create(
                self._meeting_values(event_kind="deadline", deadline_task_id=task.id)
            )

    def test_deadline_event_cannot_be_changed_by_hand(self):
        task = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        event = self._deadline_events(task).with_user(self.user_member)
        with self.assertRaises(UserError):
            event.write({"start": datetime(2030, 5, 12, 8, 0), "stop": datetime(2030, 5, 12, 18, 0)})
        with self.assertRaises(UserError):
            event.event_kind = "meeting"
        with self.assertRaises(UserError):
            event.unlink()
        self.assertEqual(event.start_date, date(2030, 5, 10))
        # what is not tied to the deadline stays editable, e.g. inviting a colleague, even
        # when the form sends the unchanged all-day flag along (force_save)
        event.write({"allday": True, "partner_ids": [(4, self.user_employee.partner_id.id)]})
        self.assertIn(self.user_employee.partner_id, event.partner_ids)

    def test_deadline_kind_only_from_a_deadline(self):
        with self.assertRaises(ValidationError):
            self.Event.create(self._meeting_values(event_kind="deadline"))

    def test_users_can_show_only_their_own_deadlines(self):
        own = self._create_task(date_deadline=datetime(2030, 5, 10, 10, 0))
        other = self._create_task(
            name="Más feladata", user_ids=[self.user_manager.id], date_deadline=datetime(2030, 5, 11, 10, 0)
        )
        meeting = self.Event.create(self._meeting_values(partner_ids=[self.user_member.partner_id.id]))
        domain = self._search_filter_domain("my_deadlines", self.user_member)
        found = self.Event.with_user(self.user_member).search(domain)
        self.assertIn(self._deadline_events(own), found)
        self.assertNotIn(self._deadline_events(other), found)
        self.assertNotIn(meeting, found)
