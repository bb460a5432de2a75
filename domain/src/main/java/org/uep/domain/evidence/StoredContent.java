package org.uep.domain.evidence;

/** A file in the evidence store: its hex SHA-256 (also its address) and its size in bytes. */
public record StoredContent(String sha256, long size) {}
