# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Projects",
    "summary": "Projects with progress and billing milestones",
    "version": "19.0.1.0.0",
    "category": "Services/Project",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "avora_tasks",
        "sale_project",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/project_security.xml",
        "data/ir_cron_data.xml",
        "data/mail_template_data.xml",
        "views/project_project_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": [
        "demo/project_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "avora_projects/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
