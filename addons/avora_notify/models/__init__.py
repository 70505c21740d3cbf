# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from . import avora_notify_log
from . import ir_module_module
from . import mail_thread
