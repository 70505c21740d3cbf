# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class BaseImportImport(models.TransientModel):
    _inherit = "base_import.import"

    def execute_import(self, fields, columns, options, dryrun=False):
        """Validate a batched partner import as a whole before its first batch.

        The web client imports large files in batches (2 000 rows by
        default), each committed on its own, so a bad row in a later batch
        would leave the earlier batches imported. For the customer database
        a file is all or nothing: the first batch checks every row of the
        file in a rolled-back trial run and imports nothing if one is bad.
        """
        batched = options.get("limit") and not options.get("skip")
        if self.res_model == "res.partner" and batched and not dryrun:
            trial = super().execute_import(fields, columns, dict(options, limit=None), dryrun=True)
            if any(message.get("type") == "error" for message in trial["messages"]):
                return dict(trial, ids=[], nextrow=0)
        return super().execute_import(fields, columns, options, dryrun=dryrun)
