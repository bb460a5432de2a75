package org.uep.domain.evidence;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.uep.domain.DomainException;

/**
 * The file types evidence may have (photos, scans, audio and video recordings, archives of electronic data), each
 * with the signature its content must start with: a declared type the content does not match is refused, so a
 * record cannot claim a video that is not one.
 */
final class EvidenceMediaTypes {

    /** How many leading bytes the signatures need. */
    static final int SIGNATURE_BYTES = 12;

    private static final Map<String, Predicate<byte[]>> SIGNATURES = new TreeMap<>(Map.of(
            "image/jpeg", head -> startsWith(head, 0, 0xFF, 0xD8, 0xFF),
            "image/png", head -> startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            "application/pdf", head -> startsWith(head, 0, '%', 'P', 'D', 'F', '-'),
            "video/mp4", EvidenceMediaTypes::isoMedia,
            "audio/mp4", EvidenceMediaTypes::isoMedia,
            "video/quicktime", EvidenceMediaTypes::isoMedia,
            "audio/mpeg", head -> startsWith(head, 0, 'I', 'D', '3')
                    || (head.length > 1 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0),
            "audio/wav", head -> startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'A', 'V', 'E'),
            "application/zip", head -> startsWith(head, 0, 'P', 'K', 0x03, 0x04)));

    private EvidenceMediaTypes() {}

    /** The declared type without parameters, lower case; refused when it is not an accepted evidence type. */
    static String normalise(String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!SIGNATURES.containsKey(type)) {
            throw DomainException.invalid("Content-Type " + (type.isEmpty() ? "(none)" : type)
                    + " is not accepted for evidence; accepted: " + SIGNATURES.keySet());
        }
        return type;
    }

    static void requireContentMatches(String type, byte[] head) {
        if (!SIGNATURES.get(type).test(head)) {
            throw DomainException.invalid("the file's content is not " + type + " (its first bytes do not match)");
        }
    }

    /** ISO base media (MP4, MOV): a box whose type at offset 4 is {@code ftyp}. */
    private static boolean isoMedia(byte[] head) {
        return startsWith(head, 4, 'f', 't', 'y', 'p');
    }

    private static boolean startsWith(byte[] head, int offset, int... expected) {
        if (head.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
