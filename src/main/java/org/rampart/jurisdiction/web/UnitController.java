package org.rampart.jurisdiction.web;

import org.rampart.jurisdiction.JurisdictionLevel;
import org.rampart.jurisdiction.JurisdictionManagement;
import org.rampart.jurisdiction.Unit;
import org.rampart.jurisdiction.UnitDraft;
import org.rampart.jurisdiction.UnitManagement;
import org.rampart.shared.BadInputException;
import org.rampart.shared.CurrentActor;
import org.rampart.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Member units and level names: pages and API for administrators. */
@Controller
class UnitController {

    private final UnitManagement units;
    private final JurisdictionManagement jurisdictions;

    UnitController(UnitManagement units, JurisdictionManagement jurisdictions) {
        this.units = units;
        this.jurisdictions = jurisdictions;
    }

    // --- API ---

    @PostMapping("/api/v1/units")
    @ResponseBody
    ResponseEntity<Unit> create(@RequestBody UnitDraft draft) {
        Unit created = units.create(CurrentActor.get(), draft);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/units/" + created.code()).body(created);
    }

    @GetMapping("/api/v1/units/{code}")
    @ResponseBody
    Unit get(@PathVariable String code) {
        return jurisdictions.findUnit(CurrentActor.get(), code).orElseThrow(() -> new NotFoundException("unit " + code));
    }

    record UnitChange(String kind, String nameEn, String nameZh, Boolean active) {
    }

    @PutMapping("/api/v1/units/{code}")
    @ResponseBody
    Unit update(@PathVariable String code, @RequestBody UnitChange body) {
        return units.update(CurrentActor.get(), code, body.kind(), body.nameEn(), body.nameZh(),
                body.active() == null || body.active());
    }

    record LevelChange(String nameEn, String nameZh, Boolean drawn) {
    }

    @PutMapping("/api/v1/levels/{level}")
    @ResponseBody
    JurisdictionLevel level(@PathVariable int level, @RequestBody LevelChange body) {
        return units.renameLevel(CurrentActor.get(), level, body.nameEn(), body.nameZh(), Boolean.TRUE.equals(body.drawn()));
    }

    // --- pages ---

    @PostMapping("/jurisdictions/{code}/units")
    String createFromPage(@PathVariable String code, @RequestParam String unitCode, @RequestParam String kind,
            @RequestParam String nameEn, @RequestParam String nameZh, RedirectAttributes redirect) {
        try {
            units.create(CurrentActor.get(), new UnitDraft(unitCode.trim(), code, kind, nameEn, nameZh));
            redirect.addFlashAttribute("saved", true);
        } catch (BadInputException e) {
            redirect.addFlashAttribute("problems", e.problems());
        }
        return "redirect:/jurisdictions/" + code;
    }

    @PostMapping("/units/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        Unit unit = jurisdictions.findUnit(CurrentActor.get(), code).orElseThrow(() -> new NotFoundException("unit " + code));
        units.update(CurrentActor.get(), code, unit.kind(), unit.nameEn(), unit.nameZh(), active);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/jurisdictions/" + unit.jurisdictionCode();
    }

    @GetMapping("/jurisdictions/levels")
    String levels(Model model) {
        levelsModel(model);
        return "jurisdiction/levels";
    }

    @PostMapping("/jurisdictions/levels")
    String saveLevel(@RequestParam int level, @RequestParam String nameEn, @RequestParam String nameZh,
            @RequestParam(defaultValue = "false") boolean drawn, Model model, RedirectAttributes redirect) {
        try {
            units.renameLevel(CurrentActor.get(), level, nameEn, nameZh, drawn);
            redirect.addFlashAttribute("saved", true);
            return "redirect:/jurisdictions/levels";
        } catch (BadInputException e) {
            levelsModel(model);
            model.addAttribute("problems", e.problems());
            return "jurisdiction/levels";
        }
    }

    private void levelsModel(Model model) {
        model.addAttribute("navSection", "jurisdictions");
        model.addAttribute("levels", jurisdictions.levels());
        model.addAttribute("mayRename", jurisdictions.policy().mayRenameLevels(CurrentActor.get()));
    }
}
