package org.uep.api.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Stored files as downloads: type, length, {@code Repr-Digest} (RFC 9530) and an RFC 5987 file name. */
public final class FileResponses {

    private FileResponses() {}

    public static ResponseEntity<InputStreamResource> download(InputStream content, String mediaType, long size,
                                                               String sha256, String fileName) {
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(size)
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(fileName))
                .body(new InputStreamResource(content));
    }

    /** {@code attachment; filename*=UTF-8''…}: Chinese names survive every current browser and curl -J. */
    public static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
