package org.uep.domain.clock;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RunningClockRepository extends JpaRepository<RunningClock, Long> {

    Optional<RunningClock> findBySubjectAndClockId(String subject, String clockId);

    List<RunningClock> findBySubjectInOrderById(List<String> subjects);

    @Modifying
    @Query("update RunningClock c set c.watcherInstanceKey = :key where c.id = :id and c.watcherInstanceKey is null")
    int bindWatcher(@Param("id") long id, @Param("key") long processInstanceKey);

    /** A dossier's clocks: its own ({@code lead/<id>}) and those of its parts ({@code lead/<id>/notice/<n>}, …). */
    @Query("select c from RunningClock c where c.subject = :dossier or c.subject like concat(:dossier, '/%') order by c.id")
    List<RunningClock> findOfDossier(@Param("dossier") String dossier);

    List<RunningClock> findByProvisionalTrueAndStoppedAtIsNull();
}
