package org.uep.domain.tasks;

import java.util.Set;
import org.uep.domain.access.Caller;

/**
 * The domain behind one kind of task form: validates a completion and records what it says (an approval,
 * an investigation record…) in the completing transaction. Returns the outcome sent to the process.
 */
public interface TaskForm {

    Set<String> formKeys();

    String complete(InboxTask task, TaskCompletion completion, Caller caller);
}
