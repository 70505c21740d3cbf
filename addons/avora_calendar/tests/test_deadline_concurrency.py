# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime

from odoo import SUPERUSER_ID, api
from odoo.exceptions import ConcurrencyError
from odoo.tests import TransactionCase, tagged
from odoo.tools import mute_logger

from odoo.addons.avora_calendar.models.avora_calendar_deadline_mixin import DEADLINE_SYNC_CONTEXT


@tagged("post_install", "-at_install")
class TestDeadlineConcurrency(TransactionCase):
    """Two real transactions syncing the same deadline at the same time.

    Runs in cursors of its own, outside the test transaction, because the race
    only exists between committed work; the records it commits are removed at
    the end.
    """

    def setUp(self):
        super().setUp()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            project = env["project.project"].create(
                {"name": "Párhuzamos projekt", "privacy_visibility": "employees"}
            )
            task = env["project.task"].create(
                {
                    "name": "Párhuzamos feladat",
                    "project_id": project.id,
                    "date_deadline": datetime(2030, 5, 10, 9, 0),
                }
            )
            # a deadline without its event yet, as both transactions will find it
            env["calendar.event"].with_context(**DEADLINE_SYNC_CONTEXT).search(
                [("deadline_task_id", "=", task.id)]
            ).unlink()
            self.project_id, self.task_id = project.id, task.id
        self.addCleanup(self._remove_committed_records)

    def _remove_committed_records(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"active_test": False})
            env["project.project"].browse(self.project_id).unlink()

    def _event_count(self, cr):
        cr.execute("SELECT count(*) FROM calendar_event WHERE deadline_task_id = %s", [self.task_id])
        return cr.fetchone()[0]

    def test_concurrent_creation_keeps_one_event(self):
        with self.registry.cursor() as cr1, self.registry.cursor() as cr2:
            env1 = api.Environment(cr1, SUPERUSER_ID, {})
            env2 = api.Environment(cr2, SUPERUSER_ID, {})
            # both snapshots are taken before either transaction creates the event
            self.assertEqual(self._event_count(cr1), 0)
            self.assertEqual(self._event_count(cr2), 0)
            env1["project.task"].browse(self.task_id)._sync_deadline_events()
            cr1.commit()
            with self.assertRaises(ConcurrencyError), mute_logger("odoo.sql_db"):
                env2["project.task"].browse(self.task_id)._sync_deadline_events()
            # what Odoo's request retry does: roll back and replay on a fresh snapshot
            cr2.rollback()
            env2.invalidate_all()
            env2["project.task"].browse(self.task_id)._sync_deadline_events()
            cr2.commit()
            self.assertEqual(self._event_count(cr2), 1)
