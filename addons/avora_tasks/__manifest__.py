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
    "data": [],
    "installable": True,
}
