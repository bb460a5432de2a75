package org.uep.domain.party;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface PartyRepository extends JpaRepository<Party, Long> {

    /** The party with this identifier, locked until the transaction ends so concurrent registrations queue. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<Party> findByIdentifierTypeAndIdentifier(IdentifierType identifierType, String identifier);
}
