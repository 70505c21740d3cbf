/** @odoo-module **/
// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { patch } from "@web/core/utils/patch";
import { AttendeeCalendarCommonRenderer } from "@calendar/views/attendee_calendar/common/attendee_calendar_common_renderer";

// Odoo colours events by attendee; the kind of event is shown as a coloured
// stripe on top of that, so both stay readable.
patch(AttendeeCalendarCommonRenderer.prototype, {
    eventClassNames({ el, event }) {
        const classesToAdd = super.eventClassNames(...arguments);
        const record = this.props.model.records[event.id];
        const kind = record?.rawRecord.event_kind;
        if (kind) {
            classesToAdd.push(`o_avora_event_kind_${kind}`);
        }
        return classesToAdd;
    },
});
