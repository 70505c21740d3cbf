# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Stock",
    "summary": "Materials and products, purchasing and low-stock alerts",
    "version": "19.0.1.0.0",
    "category": "Inventory/Inventory",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "stock",
        "purchase",
    ],
    "data": [],
    "installable": True,
}
