# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import models


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _notify_once(self, event, recipients, send, occurrence=""):
        """Call ``send(record, recipient)`` once, ever, per record, recipient
        and occurrence of ``event``; ``record`` speaks the recipient's language.

        This is the one way Avora tells each person once: scheduled jobs and
        business flows call it instead of keeping "already sent" flags.

        :param str event: ``"<module>.<name>"``, e.g. ``"avora_tasks.deadline_overdue"``
        :param recipients: ``res.users`` or ``res.partner`` records, or a
            callable giving them for one record
        :param send: callable ``(record, recipient)`` that posts the message,
            activity or e-mail; it runs in the caller's transaction, so a
            failure rolls the claim back with it
        :param occurrence: a string, or a callable giving one for a record,
            that tells a new instance of the event apart (the deadline it is
            about, the episode number); the same occurrence is sent once
        :return: the number of notifications sent
        """
        planned = {}
        for record in self:
            targets = recipients(record) if callable(recipients) else recipients
            instance = occurrence(record) if callable(occurrence) else occurrence
            for target in targets:
                partner = target.partner_id if target._name == "res.users" else target
                if partner:
                    key = (event, record._name, record.id, str(instance or ""), partner.id)
                    planned[key] = (record, target)
        claimed = self.env["avora.notify.log"]._claim(planned)
        fallback_lang = self.env.company.partner_id.lang or self.env.lang
        for key in sorted(claimed):
            record, target = planned[key]
            send(record.with_context(lang=target.lang or fallback_lang), target)
        return len(claimed)
