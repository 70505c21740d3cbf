# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).
from odoo import api, models

from odoo.addons.project.models.project_task import CLOSED_STATES

# Task fields the project progress depends on.
PROGRESS_FIELDS = {"state", "stage_id", "allocated_hours", "active", "parent_id", "project_id"}


class ProjectTask(models.Model):
    _inherit = "project.task"

    @api.model_create_multi
    def create(self, vals_list):
        tasks = super().create(vals_list)
        # Only a task created closed can raise the progress of its project.
        tasks.filtered(lambda t: t.state in CLOSED_STATES).project_id._reach_progress_milestones()
        return tasks

    def write(self, vals):
        projects = self.project_id if PROGRESS_FIELDS & vals.keys() else self.env["project.project"]
        res = super().write(vals)
        if projects:
            (projects | self.project_id)._reach_progress_milestones()
        return res

    def unlink(self):
        projects = self.project_id
        res = super().unlink()
        projects.exists()._reach_progress_milestones()
        return res
