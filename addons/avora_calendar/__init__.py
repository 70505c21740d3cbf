# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import models


def post_init_hook(env):
    """Put the deadlines that exist before the addon is installed into the calendar."""
    env["project.project"].with_context(active_test=False).search(
        [("date", "!=", False)]
    )._sync_deadline_events()
    env["project.task"].with_context(active_test=False).search(
        [("date_deadline", "!=", False)]
    )._sync_deadline_events()
