package org.uep.domain.execution;

/** A payment as recorded, and whether this call recorded it ({@code false}: the same report came before). */
public record RecordedPayment(Payment payment, boolean created) {}
