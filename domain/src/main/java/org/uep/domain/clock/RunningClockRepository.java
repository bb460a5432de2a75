package org.uep.domain.clock;

import java.util.List;
import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RunningClockRepository extends JpaRepository<RunningClock, Long> {

    Optional<RunningClock> findBySubjectAndClockId(String subject, String clockId);

    List<RunningClock> findBySubjectInOrderById(List<String> subjects);

    /** The clock, locked until the transaction ends: a watcher cannot be bound meanwhile (see {@link #bindWatcher}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from RunningClock c where c.subject = :subject and c.clockId = :clockId")
    Optional<RunningClock> lock(@Param("subject") String subject, @Param("clockId") String clockId);

    /**
     * Binds the watcher started from the clock as it stood at {@code version}; nothing when the clock changed since,
     * stopped, or has its watcher. Bumps the version, so a change read before the bind cannot commit after it.
     */
    @Modifying
    @Query("""
            update RunningClock c set c.watcherInstanceKey = :key, c.version = c.version + 1
            where c.id = :id and c.version = :version and c.watcherInstanceKey is null and c.stoppedAt is null""")
    int bindWatcher(@Param("id") long id, @Param("version") long version, @Param("key") long processInstanceKey);

    /** A dossier's clocks: its own ({@code lead/<id>}) and those of its parts ({@code lead/<id>/notice/<n>}, …). */
    @Query("select c from RunningClock c where c.subject = :dossier or c.subject like concat(:dossier, '/%') order by c.id")
    List<RunningClock> findOfDossier(@Param("dossier") String dossier);

    List<RunningClock> findByProvisionalTrueAndStoppedAtIsNull();
}
