# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime
from xmlrpc.client import Fault

from odoo.tests import HttpCase, get_db_name, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.rpc.controllers.xmlrpc import RPC_FAULT_CODE_ACCESS_ERROR


@tagged("post_install", "-at_install")
class TestRpc(HttpCase):
    """What other systems see of the calendar through XML-RPC."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.organizer = new_test_user(cls.env, "avora_rpc_organizer", groups="base.group_user")
        cls.outsider = new_test_user(cls.env, "avora_rpc_outsider", groups="base.group_user")
        cls.customer = cls.env["res.partner"].create({"name": "Hegyvidék Bt.", "is_company": True})
        cls.private_event = (
            cls.env["calendar.event"]
            .with_user(cls.organizer)
            .create(
                {
                    "name": "Bizalmas ártárgyalás",
                    "event_kind": "negotiation",
                    "privacy": "private",
                    "customer_id": cls.customer.id,
                    "description": "<p>Legfeljebb 12% kedvezmény</p>",
                    "start": datetime(2030, 4, 8, 9, 0),
                    "stop": datetime(2030, 4, 8, 10, 0),
                }
            )
        )

    def _execute(self, user, model, method, *args, **kwargs):
        return self.xmlrpc_object.execute_kw(
            get_db_name(), user.id, user.login, model, method, list(args), kwargs
        )

    def test_private_event_hidden_over_xmlrpc(self):
        [outsider_view] = self._execute(
            self.outsider,
            "calendar.event",
            "read",
            [self.private_event.id],
            fields=["name", "description", "customer_id", "event_kind", "outcome"],
        )
        self.assertNotEqual(outsider_view["name"], "Bizalmas ártárgyalás")
        self.assertFalse(outsider_view["description"])
        self.assertFalse(outsider_view["customer_id"])
        self.assertFalse(outsider_view["event_kind"])
        [organizer_view] = self._execute(
            self.organizer, "calendar.event", "read", [self.private_event.id], fields=["name", "customer_id"]
        )
        self.assertEqual(organizer_view["name"], "Bizalmas ártárgyalás")
        self.assertEqual(organizer_view["customer_id"][0], self.customer.id)

    def test_private_event_cannot_be_changed_over_xmlrpc(self):
        with self.assertRaises(Fault) as error, mute_logger("odoo.http"):
            self._execute(
                self.outsider, "calendar.event", "write", [self.private_event.id], {"outcome": "agreement"}
            )
        self.assertEqual(error.exception.faultCode, RPC_FAULT_CODE_ACCESS_ERROR)
        self.assertFalse(self.private_event.outcome)

    def test_filter_by_kind_over_xmlrpc(self):
        count = self._execute(
            self.organizer,
            "calendar.event",
            "search_count",
            [("event_kind", "=", "negotiation"), ("customer_id", "=", self.customer.id)],
        )
        self.assertEqual(count, 1)
