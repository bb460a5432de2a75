package org.uep.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Evidence files on local disk under {@code uep.evidence.store.root}: {@code ab/cd/abcd…} by content hash. A file is
 * written to a temporary name while it is hashed and counted, then moved into place atomically, so a reader never
 * sees half a file and an upload that fails leaves nothing behind. The store unless {@code uep.evidence.store.kind}
 * says {@code s3} ({@link S3EvidenceStore}).
 */
@Component
@ConditionalOnProperty(name = "uep.evidence.store.kind", havingValue = "local", matchIfMissing = true)
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
            StoredContent stored;
            try (OutputStream out = Files.newOutputStream(incoming)) {
                stored = ContentAddress.copy(content, out, maxBytes);
            }
            Path target = pathOf(stored.sha256());
            Files.createDirectories(target.getParent());
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            incoming = null;
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence store " + root + " could not store the file", e);
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
        return root.resolve(ContentAddress.path(sha256));
    }
}
