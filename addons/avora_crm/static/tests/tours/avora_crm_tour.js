import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

registry.category("web_tour.tours").add("avora_crm_open_contacts", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Contacts app",
            trigger: ".o_app[data-menu-xmlid='contacts.menu_contacts']",
            run: "click",
        },
        {
            content: "The Contacts app is open",
            trigger: ".o_main_navbar [data-menu-xmlid='contacts.res_partner_menu_contacts']",
        },
        {
            content: "Its contacts are listed",
            trigger: ".o_action_manager :is(.o_list_renderer, .o_kanban_renderer)",
        },
    ],
});
