package org.uep.api.clocks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.ClockCatalogue;
import org.uep.domain.clock.ClockDefinition;

/** 法定时限目录 Statutory clock catalogue: every legal deadline as data. */
@RestController
@RequestMapping("/api/clocks/catalogue")
@Tag(name = "Clocks 法定时限")
class ClockCatalogueController {

    private final ClockCatalogue catalogue;

    ClockCatalogueController(ClockCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    record ClockView(String id, String name, String startsAt, int length, String unit, Integer extensionLength,
                     String extensionApprover, String pausesOn, String onExpiry, String basis, String source,
                     boolean configurable) {
        static ClockView of(ClockDefinition c) {
            return new ClockView(c.getId(), c.getName(), c.getStartsAt(), c.getLength(), c.getUnit().name(),
                    c.getExtensionLength(), c.getExtensionApprover(), c.getPausesOn(), c.getOnExpiry(), c.getBasis(),
                    c.getSource(), c.isConfigurable());
        }
    }

    record Adjustment(@NotNull Integer length, Integer extensionLength) {}

    @GetMapping
    @Operation(summary = "Every statutory clock: length, unit, extension, pauses, expiry action, legal basis")
    List<ClockView> all(Caller caller) {
        return catalogue.all().stream().map(ClockView::of).toList();
    }

    @PutMapping("/{id}")
    @Operation(summary = "Adjust a configurable ([C]) clock for this jurisdiction (system administrator; audited)")
    ClockView adjust(@PathVariable String id, @Valid @RequestBody Adjustment adjustment, Caller caller) {
        return ClockView.of(catalogue.adjust(id, adjustment.length(), adjustment.extensionLength(), caller));
    }
}
