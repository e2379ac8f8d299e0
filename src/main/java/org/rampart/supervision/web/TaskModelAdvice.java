package org.rampart.supervision.web;

import java.time.ZoneId;
import org.rampart.supervision.TaskManagement;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The site's time zone on every supervision task page ({@code zone}), for showing times. */
@ControllerAdvice(assignableTypes = {TaskPageController.class, TaskActionController.class, TaskFormController.class,
    ObjectionTypeController.class})
class TaskModelAdvice {

    private final TaskManagement tasks;

    TaskModelAdvice(TaskManagement tasks) {
        this.tasks = tasks;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return tasks.zone();
    }
}
