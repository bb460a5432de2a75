package org.uep.domain.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.blobstore.TransientApiMetadata;
import org.jclouds.blobstore.domain.Blob;
import org.jclouds.blobstore.domain.StorageMetadata;
import org.jclouds.blobstore.domain.StorageType;
import org.jclouds.blobstore.options.ListContainerOptions;
import org.jclouds.blobstore.options.PutOptions;
import org.jclouds.blobstore.util.ForwardingBlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.uep.domain.DomainException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The S3 store against S3Proxy, a real S3-compatible server (HTTP, request signatures, the S3 REST API) started in this
 * JVM on a free port, keeping its bucket in memory (jclouds' "transient" blob store); the test looks at the bucket from
 * the server's side.
 */
class S3EvidenceStoreTest {

    private static final String BUCKET = "evidence";
    private static final String ACCESS_KEY = "uep-test";
    private static final String SECRET_KEY = "uep-test-secret";
    /** SHA-256 of the UTF-8 bytes of "现场笔录 site record", as in LocalDiskEvidenceStoreTest (Python hashlib). */
    private static final String SITE_RECORD_SHA256 = "7c33bd5b420adee2becd89f2095e5c1f8cd915d449c2f9ab17d4218aac5315f3";

    /** Keys of the objects the server was asked to write, to tell an upload from one that was skipped. */
    private static final List<String> uploads = new CopyOnWriteArrayList<>();
    private static BlobStoreContext blobs;
    private static BlobStore bucketContents;
    private static S3Proxy server;
    private static String endpoint;

    @TempDir Path staging;

    @BeforeAll
    static void startServer() throws Exception {
        // By its API metadata, not by name: a lookup by name instantiates every registered provider, and s3proxy's own
        // Azure and Google ones need the cloud SDKs that domain/pom.xml leaves out.
        blobs = ContextBuilder.newBuilder(new TransientApiMetadata()).build(BlobStoreContext.class);
        bucketContents = new ForwardingBlobStore(blobs.getBlobStore()) {
            @Override
            public String putBlob(String container, Blob blob, PutOptions options) {
                uploads.add(blob.getMetadata().getName());
                return super.putBlob(container, blob, options);
            }
        };
        server = S3Proxy.builder()
                .blobStore(bucketContents)
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        endpoint = "http://127.0.0.1:" + server.getPort();
        bucketContents.createContainerInLocation(null, BUCKET);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        blobs.close();
    }

    @BeforeEach
    void emptyBucket() {
        bucketContents.clearContainer(BUCKET);
        uploads.clear();
    }

    @Test
    void theSameContentIsStoredOnceUnderItsHash() throws Exception {
        byte[] content = "现场笔录 site record".getBytes(StandardCharsets.UTF_8);
        try (S3EvidenceStore store = store(BUCKET, "uep/evidence")) {
            StoredContent first = store.put(new ByteArrayInputStream(content), 1024);
            StoredContent again = store.put(new ByteArrayInputStream(content), 1024);

            assertThat(first).isEqualTo(new StoredContent(SITE_RECORD_SHA256, content.length));
            assertThat(again).isEqualTo(first);
            String key = "uep/evidence/7c/33/" + SITE_RECORD_SHA256;
            assertThat(objects()).isEqualTo(Map.of(key, (long) content.length));
            assertThat(uploads).as("the second put finds the object and sends nothing").containsExactly(key);
            try (InputStream stored = store.open(first.sha256())) {
                assertThat(stored.readAllBytes()).isEqualTo(content);
            }
            assertThat(stagedFiles()).isEmpty();
        }
    }

    @Test
    void anObjectOfTheWrongSizeUnderTheHashIsReplaced() throws Exception {
        byte[] content = "现场笔录 site record".getBytes(StandardCharsets.UTF_8);
        String key = "7c/33/" + SITE_RECORD_SHA256;
        byte[] cutShort = "现场笔录".getBytes(StandardCharsets.UTF_8);
        bucketContents.putBlob(BUCKET, bucketContents.blobBuilder(key).payload(cutShort).build());
        try (S3EvidenceStore store = store(BUCKET, "")) {
            store.put(new ByteArrayInputStream(content), 1024);

            try (InputStream stored = store.open(SITE_RECORD_SHA256)) {
                assertThat(stored.readAllBytes()).isEqualTo(content);
            }
        }
    }

    @Test
    void aFileOverTheLimitIsRefusedAndLeavesNothingBehind() {
        try (S3EvidenceStore store = store(BUCKET, "")) {
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[1025]), 1024))
                    .isInstanceOf(DomainException.class)
                    .hasMessage("文件超过大小上限 / the file is larger than the limit of 1024 bytes");
            assertThat(objects()).isEmpty();
            assertThat(stagedFiles()).isEmpty();

            assertThat(store.put(new ByteArrayInputStream(new byte[1024]), 1024).size()).isEqualTo(1024);
            assertThat(objects()).hasSize(1);
        }
    }

    @Test
    void anUploadThatBreaksOffLeavesNothingBehind() {
        InputStream breaksOff = new SequenceInputStream(new ByteArrayInputStream(new byte[100]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the client");
            }
        });
        try (S3EvidenceStore store = store(BUCKET, "")) {
            assertThatThrownBy(() -> store.put(breaksOff, 1024)).isInstanceOf(UncheckedIOException.class);
            assertThat(objects()).isEmpty();
            assertThat(stagedFiles()).isEmpty();
        }
    }

    @Test
    void anUploadTheServerRefusesLeavesNoStagedFile() {
        try (S3EvidenceStore store = store("no-such-bucket", "")) {
            assertThatThrownBy(() -> store.put(new ByteArrayInputStream(new byte[10]), 1024))
                    .isInstanceOf(S3Exception.class);
            assertThat(stagedFiles()).isEmpty();
        }
    }

    @Test
    void aHashWithoutAnObjectIsMissingAndAnythingElseIsNotAHash() {
        try (S3EvidenceStore store = store(BUCKET, "")) {
            assertThatThrownBy(() -> store.open(SITE_RECORD_SHA256))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("missing from bucket evidence (7c/33/" + SITE_RECORD_SHA256 + ")");
            assertThatThrownBy(() -> store.open("../" + SITE_RECORD_SHA256.substring(3)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theS3StoreIsUsedWhenTheKindIsS3AndTheDiskStoreOtherwise() {
        ApplicationContextRunner stores = new ApplicationContextRunner()
                .withUserConfiguration(LocalDiskEvidenceStore.class, S3EvidenceStore.class)
                .withPropertyValues("uep.evidence.store.root=" + staging.resolve("disk"));

        stores.run(context -> assertThat(context).getBean(EvidenceStore.class).isInstanceOf(LocalDiskEvidenceStore.class));
        stores.withPropertyValues("uep.evidence.store.kind=s3", "uep.evidence.store.s3.bucket=" + BUCKET)
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasRootCauseMessage("uep.evidence.store.kind=s3 needs uep.evidence.store.s3.endpoint"
                                + " (UEP_EVIDENCE_S3_ENDPOINT)"));
        stores.withPropertyValues("uep.evidence.store.kind=s3",
                        "uep.evidence.store.s3.endpoint=" + endpoint,
                        "uep.evidence.store.s3.bucket=" + BUCKET,
                        "uep.evidence.store.s3.access-key=" + ACCESS_KEY,
                        "uep.evidence.store.s3.secret-key=" + SECRET_KEY,
                        "uep.evidence.store.s3.prefix=uep/",
                        "uep.evidence.store.s3.staging-dir=" + staging.resolve("staging"))
                .run(context -> {
                    EvidenceStore store = context.getBean(EvidenceStore.class);
                    assertThat(store).isInstanceOf(S3EvidenceStore.class);
                    StoredContent stored = store.put(new ByteArrayInputStream(new byte[] {1, 2, 3}), 1024);
                    assertThat(objects()).containsOnlyKeys("uep/" + ContentAddress.path(stored.sha256()));
                });
    }

    private S3EvidenceStore store(String bucket, String prefix) {
        return new S3EvidenceStore(endpoint, "us-east-1", bucket, ACCESS_KEY, SECRET_KEY, true, prefix, staging);
    }

    /** The objects in the bucket: key and size. */
    private static Map<String, Long> objects() {
        return bucketContents.list(BUCKET, ListContainerOptions.Builder.recursive()).stream()
                .filter(object -> object.getType() == StorageType.BLOB)
                .collect(Collectors.toMap(StorageMetadata::getName, StorageMetadata::getSize));
    }

    private List<Path> stagedFiles() {
        try (Stream<Path> walk = Files.walk(staging)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
