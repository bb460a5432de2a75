package org.uep.domain.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EngineCommandRepository extends JpaRepository<EngineCommand, Long> {

    @Query(value = """
            select id from engine_command
            where done_at is null and next_attempt_at <= :now
            order by next_attempt_at, id
            limit :limit""", nativeQuery = true)
    List<Long> findDueIds(Instant now, int limit);

    /** Locks one pending command; another instance holding it makes this return empty instead of waiting. */
    @Query(value = "select * from engine_command where id = :id and done_at is null for update skip locked",
            nativeQuery = true)
    Optional<EngineCommand> lockPending(long id);

    /** The latest command of this kind for the target. */
    Optional<EngineCommand> findFirstByKindAndTargetIdOrderByIdDesc(EngineCommand.Kind kind, long targetId);
}
