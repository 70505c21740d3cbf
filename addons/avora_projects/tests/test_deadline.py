# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from freezegun import freeze_time

from odoo.tests import tagged

from .common import AvoraProjectsCommon


@tagged("post_install", "-at_install")
@freeze_time("2026-05-04")
class TestDeadlineAlerts(AvoraProjectsCommon):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.company.project_deadline_alert_days = 7
        cls.soon = cls._create_project(name="Hamarosan esedékes", date_start="2026-04-01", date="2026-05-08")
        cls.late = cls._create_project(name="Lejárt", date_start="2026-03-01", date="2026-04-30")
        cls.far = cls._create_project(name="Ráér", date_start="2026-04-01", date="2026-06-30")
        cls.done = cls._create_project(
            name="Kész", date_start="2026-03-01", date="2026-05-01", is_marked_done=True
        )
        cls.all_closed = cls._create_project(
            name="Lezárt feladatok", date_start="2026-03-01", date="2026-05-02"
        )
        cls._create_tasks(cls.all_closed, 0).state = "1_done"

    def _alerts(self):
        activities = self.env["mail.activity"].search(
            [
                ("res_model", "=", "project.project"),
                ("res_id", "in", (self.soon | self.late | self.far | self.done | self.all_closed).ids),
            ]
        )
        return {
            (self.env["project.project"].browse(a.res_id).name, a.user_id, a.date_deadline.isoformat())
            for a in activities
        }

    def test_manager_alerted_once_when_run_twice(self):
        self.env["project.project"]._cron_deadline_alerts()
        self.env["project.project"]._cron_deadline_alerts()
        expected = {
            ("Hamarosan esedékes", self.user_lead, "2026-05-08"),
            ("Lejárt", self.user_lead, "2026-05-04"),
        }
        self.assertEqual(self._alerts(), expected)
        self.assertEqual(self.soon.deadline_alerted_for.isoformat(), "2026-05-08")
        late_activity = self.late.activity_ids
        self.assertIn("Lejárt", str(late_activity.note))

        # A new deadline is a new alert, once again.
        self.soon.date = "2026-05-10"
        self.env["project.project"]._cron_deadline_alerts()
        self.env["project.project"]._cron_deadline_alerts()
        self.assertEqual(len(self.soon.activity_ids), 2)

    def test_alert_in_manager_language(self):
        self.env["res.lang"]._activate_lang("hu_HU")
        self.env["ir.module.module"]._load_module_terms(["avora_projects"], ["hu_HU"])
        self.user_lead.lang = "hu_HU"
        self.env["project.project"].with_context(lang="en_US")._cron_deadline_alerts()
        self.assertEqual(self.late.activity_ids.summary, "Lejárt a projekt határideje")

    def test_batches_retrigger_the_job(self):
        cron = self.env.ref("avora_projects.ir_cron_project_deadline_alert")
        self.env["project.project"]._cron_deadline_alerts(batch_size=1)
        self.assertEqual(len(self._alerts()), 1)
        self.assertTrue(self.env["ir.cron.trigger"].search([("cron_id", "=", cron.id)]))
        self.env["project.project"]._cron_deadline_alerts(batch_size=1)
        self.env["project.project"]._cron_deadline_alerts(batch_size=1)
        self.assertEqual(len(self._alerts()), 2)

    def test_without_manager_the_manager_members_are_alerted(self):
        self.late.user_id = False
        self.env["project.project"]._cron_deadline_alerts()
        self.assertEqual(self.late.activity_ids.user_id, self.user_lead)
