# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, fields, models


class ProjectMember(models.Model):
    _name = "project.member"
    _description = "Project Member"
    _order = "project_id, role, id"

    project_id = fields.Many2one("project.project", required=True, index=True, ondelete="cascade")
    user_id = fields.Many2one(
        "res.users",
        required=True,
        index=True,
        ondelete="cascade",
        domain="[('share', '=', False)]",
    )
    role = fields.Selection(
        [("manager", "Manager"), ("member", "Member")],
        required=True,
        default="member",
    )

    _project_user_uniq = models.Constraint(
        "UNIQUE(project_id, user_id)",
        "A user can be a member of a project only once.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        members = super().create(vals_list)
        members._subscribe_to_project()
        return members

    def write(self, vals):
        if "user_id" in vals or "project_id" in vals:
            self._unsubscribe_from_project()
        res = super().write(vals)
        if "user_id" in vals or "project_id" in vals:
            self._subscribe_to_project()
        return res

    def unlink(self):
        self._unsubscribe_from_project()
        return super().unlink()

    def _subscribe_to_project(self):
        """Make members followers: Odoo's project and task record rules
        open follower-only projects (and their tasks) to followers."""
        for project, members in self.grouped("project_id").items():
            project.sudo().message_subscribe(partner_ids=members.user_id.partner_id.ids)

    def _unsubscribe_from_project(self):
        for project, members in self.grouped("project_id").items():
            # The project manager keeps following: Odoo subscribes him itself.
            partners = (members.user_id - project.user_id).partner_id
            project.sudo().message_unsubscribe(partner_ids=partners.ids)
