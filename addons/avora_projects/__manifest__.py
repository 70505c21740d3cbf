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
    ],
    "data": [],
    "installable": True,
}
