import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

registry.category("web_tour.tours").add("avora_crm_customer_360", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Contacts app",
            trigger: ".o_app[data-menu-xmlid='contacts.menu_contacts']",
            run: "click",
        },
        {
            content: "Open the customer database",
            trigger: ".o_main_navbar [data-menu-xmlid='avora_crm.res_partner_menu_customers']",
            run: "click",
        },
        {
            content: "The search panel offers lifecycle and risk",
            trigger: ".o_search_panel .o_search_panel_section",
        },
        {
            content: "The card shows the key figures",
            trigger: ".o_kanban_record:contains('Túra Teszt Kft.') .o_avora_crm_key_figures",
        },
        {
            content: "Open the customer",
            trigger: ".o_kanban_record:contains('Túra Teszt Kft.')",
            run: "click",
        },
        {
            content: "Open the 360° tab",
            trigger: ".o_form_view .o_notebook a[name='avora_crm_360']",
            run: "click",
        },
        {
            content: "The key figures are there",
            trigger: ".o_form_view .o_field_widget[name='confirmed_order_count']:contains('1')",
        },
        {
            content: "The assessment is there",
            trigger: ".o_form_view .o_field_widget[name='risk_rating']",
        },
    ],
});
