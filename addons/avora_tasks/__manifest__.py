# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Tasks",
    "summary": "Tasks and task lists with permission levels and delegation",
    "version": "19.0.1.0.0",
    "category": "Services/Project",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "project",
    ],
    "data": [
        "security/avora_tasks_groups.xml",
        "security/project_task_security.xml",
        "data/ir_cron_data.xml",
        "views/project_task_views.xml",
    ],
    "demo": [
        "demo/avora_tasks_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "avora_tasks/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
