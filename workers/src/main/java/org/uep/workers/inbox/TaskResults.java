package org.uep.workers.inbox;

import java.util.Map;
import org.uep.domain.tasks.InboxTask;

/** Maps a completed task of some forms to the variables its process reads (one implementation per process). */
public interface TaskResults {

    boolean handles(String formKey);

    Map<String, Object> variables(InboxTask task);
}
