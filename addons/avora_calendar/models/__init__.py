# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import avora_calendar_deadline_mixin
from . import avora_calendar_link_mixin
from . import calendar_event
from . import project_project
from . import project_task
from . import res_partner
