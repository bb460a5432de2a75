package org.uep.domain.evidence;

import java.io.InputStream;

/**
 * Where evidence files live, addressed by their SHA-256: storing the same content twice keeps one copy, and a
 * stored file can be checked against the hash on record. Local disk by default.
 */
public interface EvidenceStore {

    /** Stores at most {@code maxBytes} of the stream; a longer stream is refused and nothing is kept. */
    StoredContent put(InputStream content, long maxBytes);

    /** The stored file; the caller closes the stream. */
    InputStream open(String sha256);
}
