# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Calendar",
    "summary": "One calendar for meetings, negotiations and deadlines",
    "version": "19.0.1.0.0",
    "category": "Productivity/Calendar",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "calendar",
        "avora_projects",
    ],
    "data": [],
    "installable": True,
}
