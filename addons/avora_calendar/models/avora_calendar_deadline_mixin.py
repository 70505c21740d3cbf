# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from datetime import datetime, time

from markupsafe import Markup
from psycopg2.errors import UniqueViolation

from odoo import Command, api, models
from odoo.exceptions import ConcurrencyError

# Deadline events are a projection of their project or task: they are written
# without invitations, alarms, contact details or chatter noise, and only the
# sync may move or remove them (see calendar.event).
DEADLINE_SYNC_CONTEXT = {
    "avora_deadline_sync": True,
    "active_test": False,
    "no_mail_to_attendees": True,
    "skip_attendee_notification": True,
    "dont_notify": True,
    "skip_contact_description": True,
    "tracking_disable": True,
}

# Who may see a deadline event follows who may see the project.
PRIVATE_PROJECT_VISIBILITIES = ("followers", "invited_users")


class AvoraCalendarDeadlineMixin(models.AbstractModel):
    _name = "avora.calendar.deadline.mixin"
    _description = "Record whose deadline is shown in the calendar"

    # calendar.event field pointing back to the record owning the deadline
    _deadline_event_field = None
    # fields whose change can create, move, rename or remove the deadline event
    _deadline_trigger_fields = frozenset()

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._sync_deadline_events()
        return records

    def write(self, vals):
        result = super().write(vals)
        if self._deadline_trigger_fields & vals.keys():
            self._sync_deadline_events()
        return result

    def _get_deadline_event_values(self):
        """Values of the deadline event this record should have, or an empty dict for none."""
        raise NotImplementedError

    def _deadline_event_common_values(self, day, organizer, attendees, privacy_visibility):
        return {
            "event_kind": "deadline",
            "allday": True,
            "start": datetime.combine(day, time(8)),
            "stop": datetime.combine(day, time(18)),
            "user_id": organizer.id,
            "partner_ids": [Command.set((attendees or organizer).partner_id.ids)],
            "show_as": "free",
            "privacy": "private" if privacy_visibility in PRIVATE_PROJECT_VISIBILITIES else "public",
            self._deadline_event_field: self.id,
        }

    @staticmethod
    def _deadline_description(header, description):
        return Markup("<p>%s</p>%s") % (header, description or "")

    @api.private
    def _sync_deadline_events(self):
        """Create, move or remove the deadline events of these records.

        Runs as superuser: the event is a projection of a record the user was
        allowed to change, whatever calendar rights the user has.
        """
        if not self:
            return
        owner_field = self._deadline_event_field
        events_model = self.env["calendar.event"].sudo().with_context(**DEADLINE_SYNC_CONTEXT)
        events = events_model.search([(owner_field, "in", self.ids)])
        event_by_owner = {event[owner_field].id: event for event in events}
        to_remove = events_model
        to_create = []
        # events needing the same changes (e.g. a batch of tasks moved to one
        # date) are written together
        to_write = {}
        for record in self.sudo().with_context(active_test=False):
            values = record._get_deadline_event_values()
            event = event_by_owner.get(record.id)
            if not values:
                to_remove |= event or events_model
            elif event:
                changes = event._deadline_changes(values)
                if changes:
                    key = repr(sorted(changes.items()))
                    to_write[key] = (changes, to_write.get(key, (None, events_model))[1] | event)
            else:
                to_create.append(values)
        to_remove.unlink()
        for changes, events_to_write in to_write.values():
            events_to_write.write(changes)
        if to_create:
            self._create_deadline_events(events_model, to_create)

    def _create_deadline_events(self, events_model, vals_list):
        # The unique index is the guarantee against duplicates. A violation means
        # a concurrent transaction created the event after this one started: its
        # snapshot cannot see that event, so let the request be retried.
        try:
            with self.env.cr.savepoint():
                return events_model.create(vals_list)
        except UniqueViolation as error:
            raise ConcurrencyError(
                self.env._("A deadline event was created at the same time by another user; retrying.")
            ) from error
