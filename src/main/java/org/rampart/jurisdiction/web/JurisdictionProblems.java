package org.rampart.jurisdiction.web;

import java.util.Map;
import org.rampart.shared.ProblemCatalog;
import org.springframework.stereotype.Component;

/** The reasons the jurisdiction module gives for refused input, with the message keys of their translations. */
@Component
class JurisdictionProblems implements ProblemCatalog {

    @Override
    public Map<String, String> reasons() {
        return Map.ofEntries(
                Map.entry("is required", "jurisdiction.problem.required"),
                Map.entry("must be at most (\\d+) characters", "jurisdiction.problem.maxLength"),
                Map.entry("unknown parent '(.*)'", "jurisdiction.problem.unknownParent"),
                Map.entry("is required: only users with the whole tree in scope (?:create|import) roots", "jurisdiction.problem.rootScope"),
                Map.entry("must be (\\d+) \\(one below the parent's level (\\d+)\\)", "jurisdiction.problem.levelBelow"),
                Map.entry("a root must be at level 1", "jurisdiction.problem.rootLevel"),
                Map.entry("duplicate code '(.*)' \\(also on line (\\d+)\\)", "jurisdiction.problem.duplicateLine"),
                Map.entry("duplicate code '(.*)' \\(already exists\\)", "jurisdiction.problem.duplicate"),
                Map.entry("duplicate code '(.*)'", "jurisdiction.problem.duplicate"),
                Map.entry("cannot be changed", "jurisdiction.problem.immutable"),
                Map.entry("unknown jurisdiction '(.*)'", "jurisdiction.problem.unknownJurisdiction"),
                Map.entry("may hold only letters, digits, '.', '_' and '-', starting with a letter or digit", "jurisdiction.problem.codeFormat"),
                Map.entry("'(.*)' is reserved", "jurisdiction.problem.reserved"),
                Map.entry("'(.*)' is not a valid code", "jurisdiction.problem.notCode"),
                Map.entry("must not contain control characters", "jurisdiction.problem.control"),
                Map.entry("must be zero or more", "jurisdiction.problem.nonNegative"),
                Map.entry("must be between (\\d+) and (\\d+)", "jurisdiction.problem.between"),
                Map.entry("is not valid JSON", "jurisdiction.problem.json"),
                Map.entry("invalid geometry: (.*)", "jurisdiction.problem.geometry"),
                Map.entry("geometry type must be Polygon or MultiPolygon(?:, not '(.*)')?", "jurisdiction.problem.geometryType"),
                Map.entry("a ring must end where it starts", "jurisdiction.problem.ringOpen"),
                Map.entry("a ring needs at least 4 positions", "jurisdiction.problem.ringShort"),
                Map.entry("position (\\d+) is not \\[longitude, latitude\\]", "jurisdiction.problem.position"),
                Map.entry("position (\\d+) is outside longitude -180..180 / latitude -90..90", "jurisdiction.problem.positionRange"),
                Map.entry("cycle: '(.*)' is its own ancestor through '(.*)'", "jurisdiction.problem.cycle"),
                Map.entry("would create a cycle: '(.*)' lies below '(.*)'", "jurisdiction.problem.moveCycle"),
                Map.entry("parent '(.*)' cannot be imported", "jurisdiction.problem.parentRefused"),
                Map.entry("wrong level (\\d+): one below its parent is (\\d+)", "jurisdiction.problem.wrongLevel"),
                Map.entry("the tree would be deeper than 20 levels", "jurisdiction.problem.tooDeep"),
                Map.entry("is not UTF-8 text", "jurisdiction.problem.utf8"),
                Map.entry("missing column", "jurisdiction.problem.missingColumn"),
                Map.entry("duplicate column", "jurisdiction.problem.duplicateColumn"),
                Map.entry("wrong number of fields: (\\d+) where the header has (\\d+)", "jurisdiction.problem.fieldCount"),
                Map.entry("'(.*)' is not a whole number", "jurisdiction.problem.wholeNumber"),
                Map.entry("holds no jurisdictions below the header", "jurisdiction.problem.noRows"),
                Map.entry("must be text", "jurisdiction.problem.text"));
    }

    @Override
    public Map<String, String> fields() {
        return Map.ofEntries(
                Map.entry("code", "jurisdiction.code"),
                Map.entry("parentCode", "jurisdiction.parentCode"),
                Map.entry("parent_code", "jurisdiction.parentCode"),
                Map.entry("nameEn", "jurisdiction.nameEn"),
                Map.entry("name_en", "jurisdiction.nameEn"),
                Map.entry("nameZh", "jurisdiction.nameZh"),
                Map.entry("name_zh", "jurisdiction.nameZh"),
                Map.entry("population", "home.population"),
                Map.entry("boundary", "jurisdiction.boundary"),
                Map.entry("geometry", "jurisdiction.boundary"),
                Map.entry("level", "home.level"),
                Map.entry("kind", "units.kind"));
    }
}
