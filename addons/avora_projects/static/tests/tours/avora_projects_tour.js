import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

// Triggers use menu xmlids, field names and option values only: the tour
// runs in Hungarian.
registry.category("web_tour.tours").add("avora_projects_tour", {
    url: "/odoo",
    steps: () => [
        stepUtils.showAppsMenuItem(),
        {
            trigger: '.o_app[data-menu-xmlid="project.menu_main_pm"]',
            run: "click",
        },
        {
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            trigger: ".o_list_button_add",
            run: "click",
        },
        {
            trigger: ".o_form_view div[name=name] textarea",
            run: "edit Avora túra projekt",
        },
        {
            trigger: ".o_form_view div[name=partner_id] input",
            run: "edit Balaton Vendéglátó",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains(Balaton Vendéglátó Kft.)",
            run: "click",
        },
        {
            trigger: ".o_form_view div[name=project_value] input",
            run: "edit 2000000",
        },
        {
            trigger: ".o_notebook a[name=project_tasks]",
            run: "click",
        },
        {
            trigger: "div[name=tasks] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: "div[name=tasks] .o_selected_row div[name=name] input",
            run: "edit Felmérés",
        },
        {
            trigger: "div[name=tasks] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: "div[name=tasks] .o_data_row:eq(1).o_selected_row div[name=name] input",
            run: "edit Kivitelezés",
        },
        {
            trigger: ".o_notebook a[name=billing_milestones]",
            run: "click",
        },
        {
            trigger: "div[name=milestone_ids] .o_field_x2many_list_row_add a",
            run: "click",
        },
        {
            trigger: "div[name=milestone_ids] .o_selected_row div[name=name] input",
            run: "edit Felmérés kész",
        },
        {
            trigger: "div[name=milestone_ids] .o_selected_row div[name=billing_share] input",
            run: "edit 25",
        },
        {
            trigger: "div[name=milestone_ids] .o_selected_row div[name=reach_trigger] input",
            run: "click",
        },
        {
            content: "Reached when the project progress passes the threshold",
            trigger: ".o_select_menu_item[data-choice-index='1']",
            run: "click",
        },
        {
            trigger: "div[name=milestone_ids] .o_selected_row div[name=progress_threshold] input",
            run: "edit 50",
        },
        ...stepUtils.saveForm(),
        {
            content: "No task is closed yet",
            trigger: "div[name=task_progress] .o_progressbar_value:contains(0)",
        },
        {
            trigger: ".o_notebook a[name=project_tasks]",
            run: "click",
        },
        {
            trigger: "div[name=tasks] .o_data_row:eq(0) .o_field_project_task_state_selection button",
            run: "click",
        },
        {
            content: "Close the first task",
            trigger: ".dropdown-menu .fa-check-circle",
            run: "click",
        },
        ...stepUtils.saveForm(),
        {
            content: "One task of two is closed",
            trigger: "div[name=task_progress] .o_progressbar_value:contains(50)",
        },
        {
            content: "The finance activity is on the project",
            trigger: ".o-mail-Chatter .o-mail-Activity",
        },
        {
            trigger: ".o_notebook a[name=billing_milestones]",
            run: "click",
        },
        {
            content: "The milestone is reached",
            trigger: "div[name=milestone_ids] .o_data_row td[name=is_reached] input:checked",
        },
    ],
});
