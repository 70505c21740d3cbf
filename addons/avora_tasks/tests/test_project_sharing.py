# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from lxml import etree

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestProjectSharing(TransactionCase):
    def test_sharing_views_only_show_portal_fields(self):
        """Portal collaborators get only the portal fields: every field in the
        project sharing views this addon extends must be one of them."""
        Task = self.env["project.task"]
        portal_fields = Task.TASK_PORTAL_READABLE_FIELDS | Task.TASK_PORTAL_WRITABLE_FIELDS
        shown = set()
        for xmlid, view_type in (
            ("project.project_sharing_project_task_view_tree", "list"),
            ("project.project_sharing_project_task_view_search", "search"),
        ):
            arch = Task.get_view(self.env.ref(xmlid).id, view_type)["arch"]
            names = {node.get("name") for node in etree.fromstring(arch).iter("field")}
            self.assertEqual(names - portal_fields, set(), xmlid)
            shown |= names
        self.assertLessEqual({"phase", "is_overdue"}, shown)
