package org.uep.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskEvidenceStoreTest {

    @TempDir Path root;

    @Test
    void theSameContentIsStoredOnceUnderItsHash() throws Exception {
        LocalDiskEvidenceStore store = new LocalDiskEvidenceStore(root);
        byte[] content = "现场笔录 site record".getBytes(StandardCharsets.UTF_8);

        StoredContent first = store.put(new ByteArrayInputStream(content), 1024);
        StoredContent again = store.put(new ByteArrayInputStream(content), 1024);

        // SHA-256 of the UTF-8 bytes of "现场笔录 site record", worked out outside the code under test (Python hashlib).
        assertThat(first.sha256()).isEqualTo("7c33bd5b420adee2becd89f2095e5c1f8cd915d449c2f9ab17d4218aac5315f3");
        assertThat(again).isEqualTo(first);
        assertThat(first.size()).isEqualTo(content.length);
        assertThat(files()).hasSize(1);
        try (InputStream stored = store.open(first.sha256())) {
            assertThat(stored.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() throws Exception {
        LocalDiskEvidenceStore store = new LocalDiskEvidenceStore(root);

        assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[1025]), 1024))
                .hasMessageContaining("larger than the limit of 1024 bytes");
        assertThat(files()).isEmpty();
        assertThat(store.put(new ByteArrayInputStream(new byte[1024]), 1024).size()).isEqualTo(1024);
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        }
    }
}
