# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
{
    "name": "Avora CRM: Customers",
    "summary": "One central customer and partner database for Hungarian SMEs",
    "version": "19.0.1.0.0",
    "category": "Sales/CRM",
    "author": "Avora CRM",
    "license": "AGPL-3",
    "depends": [
        "contacts",
        "crm",
    ],
    "data": [],
    "assets": {
        "web.assets_tests": [
            "avora_crm/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
