# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Notify Once",
    "summary": "Tell each person once, in their language: the one notification ledger of Avora",
    "version": "19.0.1.0.0",
    "category": "Hidden/Tools",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "mail",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/avora_notify_log_security.xml",
        "views/avora_notify_log_views.xml",
    ],
    "installable": True,
}
