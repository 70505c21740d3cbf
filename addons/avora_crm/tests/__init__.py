# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import test_access
from . import test_documents
from . import test_figures
from . import test_identity
from . import test_install
from . import test_rpc
from . import test_ui
