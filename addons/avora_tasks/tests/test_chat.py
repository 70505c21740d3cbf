# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import AvoraTasksCase


@tagged("post_install", "-at_install")
class TestCreatorConversation(AvoraTasksCase):
    def test_creator_and_assignees_follow_and_comments_reach_creator(self):
        task = self._create_task("Bútorok felmérése", user=self.lead, user_ids=[Command.link(self.anna.id)])
        self.assertLessEqual(self.lead.partner_id | self.anna.partner_id, task.message_partner_ids)
        with self.mock_mail_gateway():
            message = task.with_user(self.anna).message_post(
                body="Az asztalok szétszerelhetők.", message_type="comment", subtype_xmlid="mail.mt_comment"
            )
        self.assertIn(self.lead.partner_id, message.notified_partner_ids)
        self.assertEqual(len(self._new_mails.filtered(lambda m: self.lead.partner_id in m.recipient_ids)), 1)

    def test_chat_with_creator(self):
        task = self._create_task("Bútorok felmérése", user=self.lead, user_ids=[Command.link(self.anna.id)])
        action = task.with_user(self.anna).action_open_creator_chat()
        self.assertEqual(action["tag"], "mail.action_discuss")
        channel = self.env["discuss.channel"].browse(int(action["params"]["active_id"].split("_")[1]))
        self.assertEqual(channel.channel_type, "chat")
        self.assertEqual(channel.channel_member_ids.partner_id, self.lead.partner_id | self.anna.partner_id)
        self.assertEqual(len(channel.message_ids), 1)
        self.assertIn(f"/odoo/project.task/{task.id}", channel.message_ids.body)
        self.assertEqual(channel.message_ids.author_id, self.anna.partner_id)

        action_again = task.with_user(self.anna).action_open_creator_chat()
        self.assertEqual(action_again["params"], action["params"], "The same direct chat is reused")
        self.assertEqual(len(channel.message_ids), 1, "The task link is posted once")

        other = self._create_task(
            "Kulcsok másoltatása", user=self.lead, user_ids=[Command.link(self.anna.id)]
        )
        other.with_user(self.anna).action_open_creator_chat()
        self.assertEqual(len(channel.message_ids), 2, "Another task gets its own link in the same chat")

    def test_creator_cannot_chat_with_himself(self):
        task = self._create_task("Bútorok felmérése", user=self.lead, user_ids=[Command.link(self.anna.id)])
        with self.assertRaisesRegex(UserError, "Szabó Gábor"):
            task.with_user(self.lead).action_open_creator_chat()
