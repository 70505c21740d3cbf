# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_chat
from . import test_delegation
from . import test_install
from . import test_notifications
from . import test_phase
from . import test_project_sharing
from . import test_security
from . import test_ui
