package org.uep.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.uep.domain.DomainException;

/**
 * Evidence files on local disk under {@code uep.evidence.store.root}: {@code ab/cd/abcd…} by content hash. A file is
 * written to a temporary name while it is hashed and counted, then moved into place atomically, so a reader never
 * sees half a file and an upload that fails leaves nothing behind.
 */
@Component
class LocalDiskEvidenceStore implements EvidenceStore {

    private final Path root;

    LocalDiskEvidenceStore(@Value("${uep.evidence.store.root:data/evidence}") Path root) {
        this.root = root.toAbsolutePath();
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) {
        Path incoming = null;
        try {
            Files.createDirectories(root.resolve("incoming"));
            incoming = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
                size = copyAtMost(content, out, maxBytes);
            }
            String hash = HexFormat.of().formatHex(sha256.digest());
            Path target = pathOf(hash);
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            incoming = null;
            return new StoredContent(hash, size);
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence store " + root + " could not store the file", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (incoming != null) {
                try {
                    Files.deleteIfExists(incoming);
                } catch (IOException ignored) {
                    // a leftover .part file is only wasted space
                }
            }
        }
    }

    @Override
    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("Evidence file " + sha256 + " is on record but missing from " + root, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static long copyAtMost(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read; (read = in.read(buffer)) >= 0; ) {
            total += read;
            if (total > maxBytes) {
                throw DomainException.invalid("文件超过大小上限 / the file is larger than the limit of " + maxBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }
}
