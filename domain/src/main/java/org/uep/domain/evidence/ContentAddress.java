package org.uep.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.uep.domain.DomainException;

/**
 * What every evidence store does the same way, so that they cannot drift apart: hash and count a file while it is
 * copied, refuse it past the limit, and lay it out as {@code ab/cd/abcd…} by its SHA-256.
 */
final class ContentAddress {

    private ContentAddress() {}

    /** Copies at most {@code maxBytes} from {@code in} to {@code out}: the hash and size of what was copied. */
    static StoredContent copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > maxBytes) {
                throw DomainException.invalid("文件超过大小上限 / the file is larger than the limit of " + maxBytes + " bytes");
            }
            sha256.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        return new StoredContent(HexFormat.of().formatHex(sha256.digest()), total);
    }

    /**
     * {@code ab/cd/abcd…}: two levels keep any one directory small. The hash comes from the record or a request, so it
     * is checked before it becomes part of a path or key.
     */
    static String path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
