package org.rampart.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.JurisdictionManagement.UnitRef;
import org.rampart.shared.Actor;
import org.rampart.shared.Role;
import org.rampart.support.Sessions;

/** Shared set-up of the supervision task tests: actors of demo places and units, and drafts. */
public final class TaskFixtures {

    private TaskFixtures() {
    }

    /** An actor with one role, the scope of a jurisdiction and membership of a unit (null for none). */
    public static Actor actor(JurisdictionManagement jurisdictions, Role role, String jurisdiction, String unit) {
        var j = jurisdictions.ref(jurisdiction).orElseThrow();
        Long unitId = unit == null ? null : jurisdictions.unitRef(unit).map(UnitRef::id).orElseThrow();
        return new Actor(0, role.name().toLowerCase() + "." + jurisdiction + "." + Sessions.uniqueCode("t"), Set.of(role),
                j.id(), j.path(), unitId, false);
    }

    /** The password of the users the fixtures create. */
    public static final String PASSWORD = "password-task-1";

    /** Create a user of one role at a jurisdiction, member of a unit; returns the username. */
    public static String user(org.rampart.identity.UserManagement users, Role role, String jurisdiction, String unit) {
        String username = Sessions.uniqueCode(role.name().toLowerCase()).toLowerCase();
        users.create(Actor.system(), new org.rampart.identity.UserDraft(username, "Test " + username,
                java.util.EnumSet.of(role), jurisdiction, unit, PASSWORD, "en"));
        return username;
    }

    /** A client signed in as a user the fixtures created. */
    public static org.rampart.support.Http signedInAs(int port, String username) {
        org.rampart.support.Http http = new org.rampart.support.Http(port);
        http.login(username, PASSWORD);
        return http;
    }

    /** Post a multipart form (fields and files by name) with the session's CSRF token. */
    public static org.rampart.support.Http.Response multipart(org.rampart.support.Http http, String path,
            java.util.Map<String, String> fields, java.util.Map<String, byte[]> files) {
        String boundary = "----task" + System.nanoTime();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", http.csrf());
        all.forEach((k, v) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + k
                + "\"\r\n\r\n" + v + "\r\n").getBytes(utf8)));
        files.forEach((name, bytes) -> {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                    + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(utf8));
            out.writeBytes(bytes);
            out.writeBytes("\r\n".getBytes(utf8));
        });
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return http.send(http.request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("X-CSRF-TOKEN", http.csrf())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The JSON body of a task assigned by {@code jurisdiction} to {@code lead}, due on {@code deadline}. */
    public static String json(String title, String jurisdiction, String lead, LocalDate deadline, String evidence) {
        return """
                {"titleEn":"%s","titleZh":null,"description":"From the API","source":"MEETING_DECISION","sourceId":null,
                 "sourceRef":"M-1","jurisdiction":"%s","assigningUnit":null,"leadUnit":"%s","assistingUnits":[],
                 "deadline":"%s","priority":"HIGH","evidenceRequired":%s,"milestones":[],"parentId":null}"""
                .formatted(title, jurisdiction, lead, deadline, evidence == null ? "null" : "\"" + evidence + "\"");
    }

    /** A draft assigned by a jurisdiction to a lead unit, due in {@code days}, with a unique English title. */
    public static TaskDraft draft(String jurisdiction, String lead, LocalDate deadline) {
        return new TaskDraft(Sessions.uniqueCode("Task"), null, "Check the flood gates", TaskSource.NONE, null, null,
                jurisdiction, null, lead, List.of(), deadline, TaskPriority.NORMAL, "Inspection report", List.of(), null);
    }

    /** The draft from a source record. */
    public static TaskDraft fromSource(TaskDraft d, TaskSource source, long sourceId, String ref) {
        return new TaskDraft(d.titleEn(), d.titleZh(), d.description(), source, sourceId, ref, d.jurisdiction(),
                d.assigningUnit(), d.leadUnit(), d.assistingUnits(), d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }

    /** The draft with other units. */
    public static TaskDraft units(TaskDraft d, String lead, List<String> assisting) {
        return new TaskDraft(d.titleEn(), d.titleZh(), d.description(), d.source(), d.sourceId(), d.sourceRef(),
                d.jurisdiction(), d.assigningUnit(), lead, assisting, d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }

    /** The draft with other titles. */
    public static TaskDraft titles(TaskDraft d, String en, String zh) {
        return new TaskDraft(en, zh, d.description(), d.source(), d.sourceId(), d.sourceRef(), d.jurisdiction(),
                d.assigningUnit(), d.leadUnit(), d.assistingUnits(), d.deadline(), d.priority(), d.evidenceRequired(),
                d.milestones(), d.parentId());
    }
}
