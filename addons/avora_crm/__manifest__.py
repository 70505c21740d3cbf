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
        "sale_management",
        "account",
        "base_import",
        "base_vat",
        "phone_validation",
        "utm",
        "partner_contact_birthdate",
        "partner_contact_gender",
    ],
    "external_dependencies": {"python": ["phonenumbers"]},
    "data": [
        "security/avora_crm_groups.xml",
        "security/ir.model.access.csv",
        "security/res_partner_security.xml",
        "data/ir_cron_data.xml",
        "data/res_country_data.xml",
        "views/res_partner_views.xml",
        "views/res_partner_document_views.xml",
        "views/res_config_settings_views.xml",
    ],
    "demo": [
        "demo/res_partner_demo.xml",
        "demo/sale_order_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "avora_crm/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
