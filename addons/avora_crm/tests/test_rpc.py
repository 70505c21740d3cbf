# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from xmlrpc.client import Fault

from odoo.tests import HttpCase, new_test_user, tagged

from .common import IDENTIFIER_TABLE


@tagged("post_install", "-at_install")
class TestRpc(HttpCase):
    """The identifier rules and the access rules hold for other systems too."""

    def _execute(self, login, model, method, *args, **kwargs):
        uid = self.xmlrpc_common.authenticate(self.env.cr.dbname, login, login, {})
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, uid, login, model, method, list(args), kwargs
        )

    def test_identifier_table_xmlrpc(self):
        hungary = self.env.ref("base.hu").id
        for index, (fname, value, expected) in enumerate(IDENTIFIER_TABLE):
            with self.subTest(field=fname, value=value):
                values = {
                    "name": f"RPC {index}",
                    "is_company": fname != "personal_tax_id",
                    "country_id": hungary,
                    fname: value,
                }
                if expected is None:
                    with self.assertRaises(Fault) as error:
                        self._execute("admin", "res.partner", "create", [values])
                    self.assertIn(value, error.exception.faultString)
                    self.assertFalse(self.env["res.partner"].search([("name", "=", f"RPC {index}")]))
                else:
                    [partner_id] = self._execute("admin", "res.partner", "create", [values])
                    [record] = self._execute("admin", "res.partner", "read", [partner_id], fields=[fname])
                    self.assertEqual(record[fname], expected)
                    # The table repeats numbers: keep the duplicate guard out.
                    self.env["res.partner"].browse(partner_id).unlink()

    def test_salesperson_cannot_read_other_customer_over_rpc(self):
        anna = new_test_user(self.env, login="avora_rpc_anna", groups="sales_team.group_sale_salesman")
        bence = new_test_user(self.env, login="avora_rpc_bence", groups="sales_team.group_sale_salesman")
        own = self.env["res.partner"].create(
            {"name": "Anna vevője Kft.", "is_company": True, "user_id": anna.id}
        )
        other = self.env["res.partner"].create(
            {"name": "Bence vevője Kft.", "is_company": True, "user_id": bence.id}
        )
        [record] = self._execute(
            "avora_rpc_anna", "res.partner", "read", [own.id], fields=["name", "lifecycle_state"]
        )
        self.assertEqual(record["lifecycle_state"], "prospect")
        with self.assertRaises(Fault):
            self._execute("avora_rpc_anna", "res.partner", "read", [other.id], fields=["name"])
        with self.assertRaises(Fault):
            self._execute("avora_rpc_anna", "res.partner", "write", [other.id], {"name": "Elvett vevő Kft."})
        with self.assertRaises(Fault):
            self._execute("avora_rpc_anna", "res.partner", "read", [own.id], fields=["birthdate_date"])
