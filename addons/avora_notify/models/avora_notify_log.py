# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from psycopg2.errors import SerializationFailure

from odoo import api, fields, models
from odoo.tools import SQL

INSERT_ROWS = """
    INSERT INTO avora_notify_log (event, res_model, res_id, occurrence, partner_id, sent_on)
         SELECT event, res_model, res_id, occurrence, partner_id, now() AT TIME ZONE 'UTC'
           FROM unnest(%s::varchar[], %s::varchar[], %s::int[], %s::varchar[], %s::int[])
                WITH ORDINALITY AS row(event, res_model, res_id, occurrence, partner_id, position)
       ORDER BY position
    ON CONFLICT DO NOTHING
      RETURNING event, res_model, res_id, occurrence, partner_id
"""


class AvoraNotifyLog(models.Model):
    """The ledger of notifications that must reach each person once.

    One row per event, record, occurrence and recipient. A notification is
    sent only by the transaction that inserted its row: the insert and the
    notification commit or roll back together, and a second transaction that
    tries the same row at the same time waits for the first one and then
    skips it. Jobs therefore stay idempotent when run twice, even at once.
    """

    _name = "avora.notify.log"
    _description = "Notification Sent Once"
    _order = "id desc"
    _log_access = False

    event = fields.Char(
        required=True,
        readonly=True,
        help='"<module>.<name>" of the event; uninstalling the module forgets its rows.',
    )
    res_model = fields.Char(string="Document Model", required=True, readonly=True)
    res_id = fields.Many2oneReference(
        string="Document", model_field="res_model", required=True, readonly=True
    )
    occurrence = fields.Char(
        required=True,
        readonly=True,
        default="",
        help="What makes this a new instance of the event, such as the deadline it was sent for.",
    )
    partner_id = fields.Many2one(
        "res.partner", string="Recipient", required=True, readonly=True, index=True, ondelete="cascade"
    )
    sent_on = fields.Datetime(required=True, readonly=True, default=fields.Datetime.now)

    _notification_uniq = models.UniqueIndex("(event, res_model, res_id, occurrence, partner_id)")

    @api.model
    def _claim(self, rows):
        """Claim ``rows``, tuples ``(event, res_model, res_id, occurrence, partner_id)``.

        Returns the set of rows that this transaction claimed, i.e. those no
        committed or concurrent transaction had claimed. The rows are inserted
        in a fixed order so that two transactions claiming overlapping sets
        wait for each other instead of deadlocking.
        """
        rows = sorted(set(rows))
        if not rows:
            return set()
        try:
            with self.env.cr.savepoint(flush=False):
                return self._insert_rows(rows)
        except SerializationFailure:
            # Odoo's transactions see a snapshot: a row that a concurrent
            # transaction committed after it was taken conflicts without being
            # visible, which PostgreSQL reports as a serialization failure
            # instead of skipping it. Claim one by one: the rows that fail so
            # are the ones the other transaction sent.
            claimed = set()
            for row in rows:
                try:
                    with self.env.cr.savepoint(flush=False):
                        claimed |= self._insert_rows([row])
                except SerializationFailure:
                    continue
            return claimed

    def _insert_rows(self, rows):
        columns = [list(column) for column in zip(*rows, strict=True)]
        # An expected serialization failure is not a bad query worth an ERROR line.
        self.env.cr.execute(SQL(INSERT_ROWS, *columns), log_exceptions=False)
        return set(self.env.cr.fetchall())

    @api.model
    def _forget_modules(self, module_names):
        """Remove the rows of the events of these modules (they are being uninstalled)."""
        if not module_names:
            return
        self.env.execute_query(
            SQL(
                "DELETE FROM avora_notify_log WHERE split_part(event, '.', 1) IN %s",
                tuple(module_names),
            )
        )

    @api.autovacuum
    def _gc_removed_documents(self):
        """Forget the rows of documents that no longer exist, or whose model is gone."""
        for (res_model,) in self.env.execute_query(SQL("SELECT DISTINCT res_model FROM avora_notify_log")):
            if res_model not in self.env:
                self.env.execute_query(SQL("DELETE FROM avora_notify_log WHERE res_model = %s", res_model))
                continue
            self.env.execute_query(
                SQL(
                    """
                    DELETE FROM avora_notify_log log
                     WHERE log.res_model = %s
                       AND NOT EXISTS (SELECT 1 FROM %s doc WHERE doc.id = log.res_id)
                    """,
                    res_model,
                    SQL.identifier(self.env[res_model]._table),
                )
            )
