package org.rampart.supervision.web;

import org.rampart.shared.CurrentActor;
import org.rampart.supervision.TaskManagement;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task's milestones in the API: a member of the lead unit marks one done while the task is worked on
 * ({@code POST /api/v1/tasks/{id}/milestones/{milestoneId}/done} with the task's version); the task comes back with
 * the milestone's day done. Refusals are problem details with codes; a stale version answers 409.
 */
@RestController
@RequestMapping("/api/v1")
class TaskMilestoneApiController {

    private final TaskManagement tasks;

    TaskMilestoneApiController(TaskManagement tasks) {
        this.tasks = tasks;
    }

    @PostMapping("/tasks/{id}/milestones/{milestoneId}/done")
    TaskView done(@PathVariable long id, @PathVariable long milestoneId,
            @RequestBody TaskApiController.VersionBody body) {
        return TaskView.of(tasks.markMilestoneDone(CurrentActor.get(), id, milestoneId,
                TaskWebSupport.version(body.version())), tasks.today());
    }
}
