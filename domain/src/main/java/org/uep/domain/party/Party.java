package org.uep.domain.party;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * 当事人: one natural person or organisation, the same record for every body, found by its identifier. Name, address
 * and phone are the latest a registration gave. Address and phone are personal data: kept for service and contact,
 * to be redacted from publications (公示). Rows are inserted by {@link PartyRegister} only (find-or-create).
 */
@Entity
@Table(name = "party")
public class Party {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    private PartyKind kind;

    @Enumerated(EnumType.STRING)
    private IdentifierType identifierType;

    /** Normalised: upper case, half-width ({@link PartyIdentifiers}). */
    private String identifier;
    private String name;
    private String address;
    private String phone;
    private Instant createdAt;

    @Version
    private long version;

    protected Party() {}

    /**
     * Takes a later registration's details as the latest: its name, and its address and phone where it gives them (a
     * registration that leaves them out does not erase what is known). Returns whether anything changed.
     */
    boolean takeLatest(PartyDetails details) {
        String newAddress = details.address() == null ? address : details.address();
        String newPhone = details.phone() == null ? phone : details.phone();
        boolean changed = !name.equals(details.name()) || !Objects.equals(address, newAddress)
                || !Objects.equals(phone, newPhone);
        name = details.name();
        address = newAddress;
        phone = newPhone;
        return changed;
    }

    /** The birth day a resident ID number carries (GB 11643: characters 7–14); empty for other identifiers. */
    public Optional<LocalDate> birthDay() {
        return identifierType == IdentifierType.RESIDENT_ID
                ? Optional.of(LocalDate.parse(identifier.substring(6, 14), DateTimeFormatter.BASIC_ISO_DATE))
                : Optional.empty();
    }

    public Long getId() { return id; }
    public PartyKind getKind() { return kind; }
    public IdentifierType getIdentifierType() { return identifierType; }
    public String getIdentifier() { return identifier; }
    public String getName() { return name; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public Instant getCreatedAt() { return createdAt; }
}
