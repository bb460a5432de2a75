package org.uep.api.party;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.uep.domain.access.Caller;
import org.uep.domain.party.DossierEntry;
import org.uep.domain.party.DossierRole;
import org.uep.domain.party.IdentifierType;
import org.uep.domain.party.Party;
import org.uep.domain.party.PartyDetails;
import org.uep.domain.party.PartyKind;
import org.uep.domain.party.PartyRegister;

/**
 * 当事人 Parties: one record per person or organisation across all bodies (by resident ID or unified social credit
 * code), named in dossiers; a party's history shows prior cases for the first-violation rule and repeat offences.
 */
@RestController
@Tag(name = "Parties 当事人")
class PartyController {

    private final PartyRegister parties;

    PartyController(PartyRegister parties) {
        this.parties = parties;
    }

    record PartyRequest(PartyKind kind, IdentifierType identifierType, String identifier, String name, String address,
                        String phone, DossierRole role) {}

    record PartyView(long id, String kind, String identifierType, String identifier, String name, String address,
                     String phone, String role) {
        static PartyView of(Party p, DossierRole role) {
            return new PartyView(p.getId(), p.getKind().name(), p.getIdentifierType().name(), p.getIdentifier(),
                    p.getName(), p.getAddress(), p.getPhone(), role == null ? null : role.name());
        }
    }

    @PostMapping("/api/leads/{id}/parties")
    @Operation(summary = "Register a party (identifier checked: GB 11643 resident ID, GB 32100 credit code) and name it "
            + "in the dossier as PARTY, LEGAL_REPRESENTATIVE or AGENT")
    ResponseEntity<PartyView> name(@PathVariable long id, @RequestBody PartyRequest request, Caller caller) {
        Party party = parties.name(id, new PartyDetails(request.kind(), request.identifierType(), request.identifier(),
                request.name(), request.address(), request.phone()), request.role(), caller);
        return ResponseEntity.created(URI.create("/api/parties/" + party.getId() + "/history"))
                .body(PartyView.of(party, request.role()));
    }

    @GetMapping("/api/leads/{id}/parties")
    @Operation(summary = "The parties named in a dossier")
    List<PartyView> ofDossier(@PathVariable long id, Caller caller) {
        return parties.ofDossier(id, caller).stream().map(named -> PartyView.of(named.party(), named.role())).toList();
    }

    @GetMapping("/api/parties/{id}/history")
    @Operation(summary = "Every dossier of the party across all bodies, newest first; other bodies' dossiers the caller "
            + "may not read show only dates, matter and outcome")
    List<DossierEntry> history(@PathVariable long id, Caller caller) {
        return parties.history(id, caller);
    }
}
