# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import fields, models


class AvoraCalendarLinkMixin(models.AbstractModel):
    _name = "avora.calendar.link.mixin"
    _description = "Record that calendar events can be linked to"

    # calendar.event field linking an event to the record
    _calendar_link_field = None

    calendar_event_count = fields.Integer("Events", compute="_compute_calendar_event_count")

    def _compute_calendar_event_count(self):
        link_field = self._calendar_link_field
        counts = dict(
            self.env["calendar.event"]._read_group(
                [(link_field, "in", self._origin.ids)], [link_field], ["__count"]
            )
        )
        for record in self:
            record.calendar_event_count = counts.get(record._origin, 0)

    def _get_calendar_event_defaults(self):
        """Context defaults of an event scheduled from this record."""
        self.ensure_one()
        return {f"default_{self._calendar_link_field}": self.id}

    def action_view_calendar_events(self):
        """Open the calendar on this record's events, ready to schedule a meeting about it."""
        self.ensure_one()
        action = self.env["ir.actions.actions"]._for_xml_id("calendar.action_calendar_event")
        action["domain"] = [(self._calendar_link_field, "=", self.id)]
        action["context"] = {
            **self._get_calendar_event_defaults(),
            "default_event_kind": "meeting",
            "default_name": self.display_name,
        }
        return action
