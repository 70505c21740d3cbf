# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class IrModuleModule(models.Model):
    _inherit = "ir.module.module"

    def module_uninstall(self):
        # What an uninstalled addon sent is no longer anybody's business, and a
        # reinstall starts afresh.
        self.env["avora.notify.log"]._forget_modules(self.mapped("name"))
        return super().module_uninstall()
