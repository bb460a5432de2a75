package org.uep.domain;

/**
 * A request the domain refuses. The kind says how the API answers (RFC 7807 status); the message is
 * meant for the person who made the request. Nothing has changed when one is thrown.
 */
public class DomainException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, FORBIDDEN, CONFLICT }

    private final Kind kind;

    public DomainException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static DomainException invalid(String message) {
        return new DomainException(Kind.INVALID, message);
    }

    public static DomainException notFound(String what, Object id) {
        return new DomainException(Kind.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static DomainException forbidden(String message) {
        return new DomainException(Kind.FORBIDDEN, message);
    }

    public static DomainException conflict(String message) {
        return new DomainException(Kind.CONFLICT, message);
    }
}
