# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import res_company
from . import res_config_settings
from . import project_member
from . import project_project
from . import project_milestone
from . import project_task
