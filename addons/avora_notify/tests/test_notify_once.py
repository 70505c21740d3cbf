# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import SUPERUSER_ID, api
from odoo.exceptions import AccessError
from odoo.tests import TransactionCase, new_test_user, tagged


@tagged("post_install", "-at_install")
class TestNotifyOnce(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("hu_HU")
        cls.customer = cls.env["res.partner"].create({"name": "Példa Kft."})
        cls.anna = new_test_user(cls.env, "notify_anna", name="Kovács Anna", lang="hu_HU")
        cls.john = new_test_user(cls.env, "notify_john", name="John Smith", lang="en_US")
        cls.sent = []

    def _send(self, record, recipient):
        self.sent.append((record.id, recipient.id, record.env.lang))

    def setUp(self):
        super().setUp()
        self.sent.clear()

    def test_each_person_once(self):
        users = self.anna | self.john
        count = self.customer._notify_once("avora_notify.test", users, self._send)
        self.assertEqual(count, 2)
        self.assertEqual(
            sorted(self.sent),
            sorted([(self.customer.id, self.anna.id, "hu_HU"), (self.customer.id, self.john.id, "en_US")]),
            "each recipient is told in their own language",
        )
        self.sent.clear()
        self.assertEqual(self.customer._notify_once("avora_notify.test", users, self._send), 0)
        self.assertFalse(self.sent, "a second run tells nobody again")

    def test_new_occurrence_and_other_event(self):
        self.customer._notify_once("avora_notify.test", self.anna, self._send, occurrence="2026-12-01")
        self.customer._notify_once("avora_notify.test", self.anna, self._send, occurrence="2026-12-01")
        self.customer._notify_once("avora_notify.test", self.anna, self._send, occurrence="2026-12-08")
        self.customer._notify_once("avora_notify.other", self.anna, self._send, occurrence="2026-12-08")
        self.assertEqual(len(self.sent), 3)

    def test_callables_and_partners(self):
        other = self.env["res.partner"].create({"name": "Másik Bt.", "lang": "hu_HU"})
        records = self.customer | other
        count = records._notify_once(
            "avora_notify.test",
            lambda record: record,
            self._send,
            occurrence=lambda record: record.name,
        )
        self.assertEqual(count, 2)
        self.assertIn((other.id, other.id, "hu_HU"), self.sent)

    def test_failed_send_is_not_claimed(self):
        def fail(record, recipient):
            raise ValueError("mail server down")

        with self.assertRaises(ValueError), self.env.cr.savepoint():
            self.customer._notify_once("avora_notify.test", self.anna, fail)
        self.assertEqual(self.customer._notify_once("avora_notify.test", self.anna, self._send), 1)

    def test_ledger_is_read_only_for_administrators(self):
        self.customer._notify_once("avora_notify.test", self.anna, self._send)
        Log = self.env["avora.notify.log"]
        with self.assertRaises(AccessError):
            Log.with_user(self.anna).search([])
        admin = new_test_user(self.env, "notify_admin", groups="base.group_system")
        self.assertEqual(Log.with_user(admin).search_count([("event", "=", "avora_notify.test")]), 1)
        with self.assertRaises(AccessError):
            Log.with_user(admin).create(
                {
                    "event": "x.y",
                    "res_model": "res.partner",
                    "res_id": 1,
                    "partner_id": self.anna.partner_id.id,
                }
            )

    def test_forget_uninstalled_module_and_removed_documents(self):
        doomed = self.env["res.partner"].create({"name": "Megszűnt Zrt."})
        (self.customer | doomed)._notify_once("avora_notify.test", self.anna, self._send)
        self.customer._notify_once("avora_other.test", self.anna, self._send)
        Log = self.env["avora.notify.log"]
        doomed.unlink()
        ours = [("res_model", "=", "res.partner"), ("res_id", "in", [self.customer.id, doomed.id])]
        Log._gc_removed_documents()
        self.assertEqual(Log.search(ours).mapped("res_id"), [self.customer.id, self.customer.id])
        Log._forget_modules(["avora_notify"])
        self.assertEqual(Log.search(ours).event, "avora_other.test")


@tagged("post_install", "-at_install")
class TestNotifyOnceConcurrency(TransactionCase):
    """Two real transactions notifying the same person at the same time."""

    def setUp(self):
        super().setUp()
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            self.partner_id = env["res.partner"].create({"name": "Párhuzamos Kft."}).id
        self.addCleanup(self._remove_committed_records)

    def _remove_committed_records(self):
        with self.registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {})
            env["res.partner"].browse(self.partner_id).unlink()

    def test_second_transaction_sends_nothing(self):
        sent = []

        def send(record, recipient):
            sent.append(record.env.cr)

        with self.registry.cursor() as cr_a, self.registry.cursor() as cr_b:
            env_a = api.Environment(cr_a, SUPERUSER_ID, {})
            env_b = api.Environment(cr_b, SUPERUSER_ID, {})
            # Both transactions take their snapshot before either claims.
            cr_b.execute("SELECT 1 FROM avora_notify_log LIMIT 1")
            partner_a = env_a["res.partner"].browse(self.partner_id)
            self.assertEqual(partner_a._notify_once("avora_notify.race", partner_a, send), 1)
            cr_a.commit()
            partner_b = env_b["res.partner"].browse(self.partner_id)
            self.assertEqual(partner_b._notify_once("avora_notify.race", partner_b, send), 0)
            cr_b.commit()
        self.assertEqual(sent, [cr_a])
