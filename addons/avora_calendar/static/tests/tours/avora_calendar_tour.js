// License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

// The admin works in Hungarian: triggers rely on classes and xml ids only.
registry.category("web_tour.tours").add("avora_calendar_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the calendar",
            trigger: '.o_app[data-menu-xmlid="calendar.mail_menu_calendar"]',
            run: "click",
        },
        {
            content: "Open the scale menu",
            trigger: ".o_calendar_container .scale_button_selection",
            run: "click",
        },
        {
            content: "Show the month",
            trigger: ".o_scale_button_month",
            run: "click",
        },
        {
            content: "Find the project deadline, marked with the deadline colour",
            trigger: ".fc-dayGridMonth-view .fc-event.o_avora_event_kind_deadline:contains(Tokaji pince felújítás)",
            run: "click",
        },
        {
            content: "Read the description in the popover",
            trigger: ".o_cw_popover:contains(Műszaki átadás a borászattal)",
        },
        {
            content: "Close the popover",
            trigger: ".o_cw_popover .o_cw_popover_close",
            run: "click",
        },
        {
            content: "Switch to the list view",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "The deadline is in the list",
            trigger: ".o_list_view .o_data_row:contains(Tokaji pince felújítás)",
        },
    ],
});
