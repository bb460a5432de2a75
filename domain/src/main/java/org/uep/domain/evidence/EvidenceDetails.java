package org.uep.domain.evidence;

import java.time.Instant;
import java.util.List;

/** What an officer records about an item of evidence; {@code officers} are those who collected it (Art. 42). */
public record EvidenceDetails(EvidenceKind kind, String title, String description, Instant collectedAt,
                              String collectedPlace, List<String> officers) {}
