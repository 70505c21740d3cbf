import { registry } from "@web/core/registry";
import { stepUtils } from "@web_tour/tour_utils";

const subtaskList = ".o_field_widget[name=child_ids]";

function openMyTasks() {
    return [
        stepUtils.showAppsMenuItem(),
        {
            content: "Open the Project app",
            trigger: '.o_app[data-menu-xmlid="project.menu_main_pm"]',
            run: "click",
        },
        {
            content: "Open the Tasks menu",
            trigger: '.o_main_navbar [data-menu-xmlid="project.menu_project_management"]',
            run: "click",
        },
        {
            content: "Open My Tasks",
            trigger: '[data-menu-xmlid="project.menu_project_management_my_tasks"]',
            run: "click",
        },
    ];
}

function addSubtask(position, name, assigneeSearch, assigneeName) {
    // Wait for the new line itself: the previous one stays selected for a moment.
    const row = `${subtaskList} .o_data_row:nth-child(${position}).o_selected_row`;
    return [
        {
            content: "Add a subtask line",
            trigger: `${subtaskList} .o_field_x2many_list_row_add a`,
            run: "click",
        },
        {
            content: "Name the subtask",
            trigger: `${row} div[name=name] input`,
            run: `edit ${name}`,
        },
        {
            content: "Look for the assignee",
            trigger: `${row} div[name=user_ids] input`,
            run: `edit ${assigneeSearch}`,
        },
        {
            content: "Assign the subtask",
            trigger: `.o-autocomplete--dropdown-item:contains(${assigneeName})`,
            run: "click",
        },
        {
            content: "The assignee is on the subtask",
            trigger: `${row} div[name=user_ids]:contains(${assigneeName})`,
        },
    ];
}

registry.category("web_tour.tours").add("avora_tasks_lead_tour", {
    url: "/odoo",
    steps: () => [
        ...openMyTasks(),
        {
            content: "Switch to the list",
            trigger: ".o_switch_view.o_list",
            run: "click",
        },
        {
            content: "Create a task from the task list",
            trigger: ".o_list_view .o_list_button_add",
            run: "click",
        },
        {
            content: "Name the new task",
            trigger: ".o_form_view .o_field_widget[name=name] textarea",
            run: "edit Tárgyaló berendezése",
        },
        {
            content: "Pick the team's project",
            trigger: ".o_field_widget[name=project_id] input",
            run: "edit Tárgyalóterem",
        },
        {
            trigger: ".o-autocomplete--dropdown-item:contains(Tárgyalóterem felújítása)",
            run: "click",
        },
        {
            content: "Open the subtasks",
            trigger: "a[name=sub_tasks_page]",
            run: "click",
        },
        ...addSubtask(1, "Székek beszerzése", "Kiss", "Kiss Réka"),
        ...addSubtask(2, "Projektor felszerelése", "Balogh", "Balogh Tamás"),
        {
            content: "Save the task",
            trigger: ".o_form_button_save",
            run: "click",
        },
        {
            content: "No subtask is closed yet",
            trigger: ".o_form_saved .o_field_widget[name=subtask_progress] [aria-valuenow='0']",
        },
    ],
});

registry.category("web_tour.tours").add("avora_tasks_assignee_tour", {
    url: "/odoo",
    steps: () => [
        ...openMyTasks(),
        {
            content: "Open the delegated subtask",
            trigger: ".o_kanban_record:contains(Székek beszerzése)",
            run: "click",
        },
        {
            content: "The delegation chain shows the parent task",
            trigger: ".o_avora_delegation_chain:contains(Tárgyaló berendezése)",
        },
        {
            content: "Open the state menu of the subtask",
            trigger: ".o_form_view .o_field_widget[name=state] button",
            run: "click",
        },
        {
            content: "Mark the subtask as done",
            trigger: ".dropdown-menu .dropdown-item:has(.fa-check-circle)",
            run: "click",
        },
        {
            content: "The subtask is done",
            trigger: ".o_form_view .o_field_widget[name=phase] .text-bg-success",
        },
        {
            content: "Go to the parent task",
            trigger: "button[name=action_open_parent_task]",
            run: "click",
        },
        {
            content: "Half of the subtasks are closed",
            trigger: ".o_form_view .o_field_widget[name=subtask_progress] [aria-valuenow='50']",
        },
    ],
});
