from . import test_install
from . import test_deadline_sync
from . import test_deadline_concurrency
from . import test_links
from . import test_meetings
from . import test_negotiation
from . import test_rpc
from . import test_ui
