package org.uep.domain.execution;

import java.time.Instant;
import java.util.List;

/** Everything about a case's execution as of now, for people and dashboards. */
public record ExecutionStatement(Execution execution, Instant dueAt, List<Instalment> schedule, Balance balance,
                                 List<Payment> payments, List<Challenge> challenges, List<PaymentArrangement> arrangements,
                                 CourtWindow courtWindow) {}
