# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Calendar",
    "summary": "One calendar for meetings, negotiations and every project and task deadline",
    "version": "19.0.1.0.0",
    "category": "Productivity/Calendar",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "calendar",
        "crm",
        "avora_projects",
    ],
    "data": [
        "views/calendar_event_views.xml",
        "views/project_project_views.xml",
        "views/project_task_views.xml",
    ],
    "demo": [
        "demo/calendar_event_demo.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "avora_calendar/static/src/views/*",
        ],
        "web.assets_tests": [
            "avora_calendar/static/tests/tours/*.js",
        ],
    },
    "post_init_hook": "post_init_hook",
    "installable": True,
}
