# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _compute_meeting(self):
        """Add the events about a customer to the meetings the partner attends.

        An event linked to a company or one of its contacts also counts for the
        company, as Odoo does for attended meetings.
        """
        meetings = super()._compute_meeting()
        if not self.ids:
            return meetings
        groups = self.env["calendar.event"]._read_group(
            [("customer_id", "child_of", self.ids)], ["customer_id"], ["id:array_agg"]
        )
        own_ids = set(self.ids)
        for customer, event_ids in groups:
            partner = customer
            while partner:
                if partner.id in own_ids:
                    meetings[partner.id] = list(set(meetings.get(partner.id, [])) | set(event_ids))
                partner = partner.parent_id
        return meetings

    def schedule_meeting(self):
        action = super().schedule_meeting()
        if not self.user_ids.filtered(lambda user: not user._is_public() and not user.share):
            action["context"] = {**action["context"], "default_customer_id": self.commercial_partner_id.id}
        return action
