# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import base_import_import
from . import res_company
from . import res_config_settings
from . import res_partner
from . import res_partner_document
