package org.uep.domain.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;
import org.uep.domain.access.AccessPolicy;
import org.uep.domain.access.Caller;
import org.uep.domain.clock.LegalTime;

/**
 * The two-officer rule (Art. 42, 55; 行政强制法 Art. 18): an investigative or coercive act needs at least two
 * distinct enforcement officers, each holding an enforcement certificate (执法证) valid on the day of the act. The
 * recording officer's certificate comes from their token; the others' from the directory (Keycloak's read copy).
 */
@Component
public class CertifiedOfficers {

    private final Directory directory;
    private final Clock clock;

    public CertifiedOfficers(Directory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    /** The named officers, stripped and de-duplicated in order, once every one of them passes. */
    public List<String> requireTwoFor(Collection<String> named, Caller recorder, LocalDate actDay) {
        Set<String> officers = new LinkedHashSet<>();
        for (String officer : named == null ? List.<String>of() : named) {
            if (officer != null && !officer.isBlank()) {
                officers.add(officer.strip());
            }
        }
        if (officers.size() < 2) {
            throw DomainException.invalid("officers must name at least two different officers who took part (Art. 42)");
        }
        if (actDay.isAfter(LegalTime.today(clock))) {
            throw DomainException.invalid("the act cannot take place after today (" + actDay + ")");
        }
        String on = actDay.equals(LegalTime.today(clock)) ? "today" : "on " + actDay;
        for (String username : officers) {
            boolean certified = username.equals(recorder.username())
                    ? recorder.credentials().holdsValidCertificateOn(actDay)
                    : knownEnforcementStaff(username).credentials().holdsValidCertificateOn(actDay);
            if (!certified) {
                throw DomainException.forbidden("officers: " + username + " holds no enforcement certificate valid "
                        + on + "; investigative acts need two certified officers (Art. 42)");
            }
        }
        return List.copyOf(officers);
    }

    private Officer knownEnforcementStaff(String username) {
        Officer officer = directory.officer(username).orElseThrow(() -> DomainException.invalid(
                "officers: " + username + " is not a known officer"));
        if (officer.getRoles().stream().noneMatch(AccessPolicy.LEAD_REGISTRAR_ROLES::contains)) {
            throw DomainException.invalid("officers: " + username + " is not enforcement staff");
        }
        return officer;
    }
}
