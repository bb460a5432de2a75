package org.uep.domain.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Evidence files in a bucket of an S3-compatible object store (MinIO, Ceph, OSS, AWS S3), used instead of the local
 * disk when {@code uep.evidence.store.kind=s3}: objects {@code <prefix>ab/cd/abcd…} by content hash, the disk layout.
 * The hash is known only once the whole file has been read, so an upload is first staged on local disk (hashed and
 * counted on the way, refused past the limit) and then PUT under its final key. A PUT stores the whole object or
 * nothing, so a failed upload leaves nothing in the bucket, and the staged copy is always deleted. The bucket must
 * exist: creating it (and who may read it) is the operator's decision.
 */
@Component
@ConditionalOnProperty(name = "uep.evidence.store.kind", havingValue = "s3")
class S3EvidenceStore implements EvidenceStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Path staging;

    S3EvidenceStore(@Value("${uep.evidence.store.s3.endpoint:}") String endpoint,
                    @Value("${uep.evidence.store.s3.region:us-east-1}") String region,
                    @Value("${uep.evidence.store.s3.bucket:}") String bucket,
                    @Value("${uep.evidence.store.s3.access-key:}") String accessKey,
                    @Value("${uep.evidence.store.s3.secret-key:}") String secretKey,
                    @Value("${uep.evidence.store.s3.path-style:true}") boolean pathStyle,
                    @Value("${uep.evidence.store.s3.prefix:}") String prefix,
                    @Value("${uep.evidence.store.s3.staging-dir:${java.io.tmpdir}}") Path staging) {
        this.bucket = required(bucket, "bucket", "UEP_EVIDENCE_S3_BUCKET");
        this.prefix = prefix.isEmpty() || prefix.endsWith("/") ? prefix : prefix + "/";
        this.staging = staging.toAbsolutePath();
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(required(endpoint, "endpoint", "UEP_EVIDENCE_S3_ENDPOINT")))
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        required(accessKey, "access-key", "UEP_EVIDENCE_S3_ACCESS_KEY"),
                        required(secretKey, "secret-key", "UEP_EVIDENCE_S3_SECRET_KEY"))))
                .forcePathStyle(pathStyle)
                // The SDK's default extra checksums (aws-chunked bodies with a CRC trailer) are not understood by every
                // S3-compatible store; send and check them only where the S3 API itself requires them.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
    }

    @Override
    public StoredContent put(InputStream content, long maxBytes) {
        Path staged = null;
        try {
            Files.createDirectories(staging);
            staged = Files.createTempFile(staging, "uep-evidence-", ".part");
            StoredContent stored;
            try (OutputStream out = Files.newOutputStream(staged)) {
                stored = ContentAddress.copy(content, out, maxBytes);
            }
            String key = keyOf(stored.sha256());
            if (!isStored(key, stored.size())) {
                s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).build(), RequestBody.fromFile(staged));
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("Evidence store could not stage the file in " + staging, e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException ignored) {
                    // a leftover staged file is only wasted space
                }
            }
        }
    }

    @Override
    public InputStream open(String sha256) {
        String key = keyOf(sha256);
        try {
            return s3.getObject(get -> get.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new IllegalStateException(
                    "Evidence file " + sha256 + " is on record but missing from bucket " + bucket + " (" + key + ")", e);
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The same content is kept once: an object under its hash with the same size needs no second upload. */
    private boolean isStored(String key, long size) {
        try {
            return s3.headObject(head -> head.bucket(bucket).key(key)).contentLength() == size;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    private String keyOf(String sha256) {
        return prefix + ContentAddress.path(sha256);
    }

    private static String required(String value, String setting, String variable) {
        if (value.isBlank()) {
            throw new IllegalStateException("uep.evidence.store.kind=s3 needs uep.evidence.store.s3." + setting
                    + " (" + variable + ")");
        }
        return value;
    }
}
