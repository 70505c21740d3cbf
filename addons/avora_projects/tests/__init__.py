# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_install
from . import test_deadline
from . import test_members
from . import test_milestones
from . import test_payments
from . import test_progress
from . import test_ui
