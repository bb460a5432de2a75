package org.uep.domain.penalty;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.uep.domain.DomainException;

/**
 * 行政处罚: a penalty as proposed in a notice (告知) or decided (处罚决定) — one or more measures of the kinds of Art. 9,
 * the legal basis, the discretion tier (裁量阶次) and whether it departs from the discretion standard (裁量基准).
 * Measures are kept in the order of {@link Kind}, so equal penalties are equal records.
 */
@Embeddable
public record Penalty(
        @JdbcTypeCode(SqlTypes.JSON) List<Measure> measures,
        String legalBasis,
        @Enumerated(EnumType.STRING) DiscretionTier tier,
        boolean departsFromDiscretionStandard) {

    /** What a kind's measure is quantified by. */
    public enum Quantity {
        NONE,
        /** money in fen, above zero */
        FEN,
        /** a length in natural days, above zero */
        DAYS,
        /** a length in natural days, or none for an indefinite one (until rectified; for life) */
        DAYS_OR_INDEFINITE
    }

    /** The kinds of Art. 9 (administrative detention is the police's and not listed). */
    public enum Kind {
        WARNING("警告", Quantity.NONE),
        CIRCULATED_CRITICISM("通报批评", Quantity.NONE),
        FINE("罚款", Quantity.FEN),
        CONFISCATION_OF_ILLEGAL_GAINS("没收违法所得", Quantity.FEN),
        /** quantified by the property's value */
        CONFISCATION_OF_ILLEGAL_PROPERTY("没收非法财物", Quantity.FEN),
        QUALIFICATION_LOWERED("降低资质等级", Quantity.NONE),
        LICENCE_SUSPENDED("暂扣许可证件", Quantity.DAYS),
        LICENCE_REVOKED("吊销许可证件", Quantity.NONE),
        BUSINESS_RESTRICTED("限制开展生产经营活动", Quantity.DAYS),
        PRODUCTION_SUSPENDED("责令停产停业", Quantity.DAYS_OR_INDEFINITE),
        CLOSURE("责令关闭", Quantity.NONE),
        PRACTICE_RESTRICTED("限制从业", Quantity.DAYS_OR_INDEFINITE);

        private final String label;
        private final Quantity quantity;

        Kind(String label, Quantity quantity) {
            this.label = label;
            this.quantity = quantity;
        }

        public String label() {
            return label;
        }

        public Quantity quantity() {
            return quantity;
        }

        String named() {
            return label + " " + name();
        }
    }

    /** Ordered from the most lenient: a later tier is harsher. */
    public enum DiscretionTier {
        /** 减轻: below the statutory range */
        MITIGATED_BELOW("减轻"),
        /** 从轻: the lower part of the range */
        LIGHTER("从轻"),
        /** 一般 */
        ORDINARY("一般"),
        /** 从重: the upper part of the range */
        HEAVIER("从重");

        private final String label;

        DiscretionTier(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One measure; {@code amount} is fen or days as the kind's {@link Quantity} says, null for none or indefinite. */
    public record Measure(Kind kind, Long amount) {

        public Measure {
            if (kind == null) {
                throw DomainException.invalid("处罚种类不能为空。A measure needs its kind.");
            }
            boolean positive = amount != null && amount > 0;
            switch (kind.quantity()) {
                case NONE -> {
                    if (amount != null) {
                        throw DomainException.invalid(kind.label() + "不带金额或期限。" + kind + " takes no amount or length.");
                    }
                }
                case FEN -> {
                    if (!positive) {
                        throw DomainException.invalid(kind.label() + "须写明大于零的金额（分）。" + kind
                                + " needs an amount in fen above zero.");
                    }
                }
                case DAYS -> {
                    if (!positive) {
                        throw DomainException.invalid(kind.label() + "须写明大于零的期限（天）。" + kind
                                + " needs a length in days above zero.");
                    }
                }
                case DAYS_OR_INDEFINITE -> {
                    if (amount != null && !positive) {
                        throw DomainException.invalid(kind.label() + "的期限须大于零，不定期则不写。" + kind
                                + " needs a length in days above zero, or none when indefinite.");
                    }
                }
            }
        }

        public static Measure of(Kind kind) {
            return new Measure(kind, null);
        }

        public static Measure of(Kind kind, long amount) {
            return new Measure(kind, amount);
        }

        /** Higher amount or longer length than {@code other} of the same kind; an indefinite length outlasts any. */
        boolean exceeds(Measure other) {
            if (kind.quantity() == Quantity.NONE || amount == null && other.amount == null) {
                return false;
            }
            return amount == null || other.amount != null && amount > other.amount;
        }

        String described() {
            return switch (kind.quantity()) {
                case NONE -> kind.named();
                case FEN -> kind.named() + " " + Money.yuan(amount);
                case DAYS, DAYS_OR_INDEFINITE -> kind.named() + " " + (amount == null ? "不定期 indefinite" : amount + " 天 days");
            };
        }
    }

    public Penalty {
        if (measures == null || measures.isEmpty() || measures.stream().anyMatch(Objects::isNull)) {
            throw DomainException.invalid("处罚须至少包含一种处罚种类（第九条）。A penalty needs at least one measure (Art. 9).");
        }
        Set<Kind> seen = EnumSet.noneOf(Kind.class);
        for (Measure measure : measures) {
            if (!seen.add(measure.kind())) {
                throw DomainException.invalid("同一处罚种类只能出现一次：" + measure.kind().label() + "。Each kind appears once; "
                        + measure.kind() + " is repeated.");
            }
        }
        measures = measures.stream().sorted(Comparator.comparing(Measure::kind)).toList();
        if (legalBasis == null || legalBasis.isBlank()) {
            throw DomainException.invalid("处罚须写明法律依据。A penalty needs its legal basis.");
        }
        legalBasis = legalBasis.strip();
        if (tier == null) {
            throw DomainException.invalid("须写明裁量阶次（减轻、从轻、一般、从重）。A penalty needs its discretion tier.");
        }
    }

    /** The measures as a document states them, e.g. {@code 警告；罚款 ¥3,000}. */
    public String describe() {
        return measures.stream().map(m -> switch (m.kind().quantity()) {
            case NONE -> m.kind().label();
            case FEN -> m.kind().label() + " " + Money.yuan(m.amount());
            case DAYS, DAYS_OR_INDEFINITE -> m.kind().label() + (m.amount() == null ? "（不定期）" : " " + m.amount() + "日");
        }).collect(java.util.stream.Collectors.joining("；"));
    }

    public boolean has(Kind kind) {
        return measure(kind).isPresent();
    }

    public Set<Kind> kinds() {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        measures.forEach(measure -> kinds.add(measure.kind()));
        return kinds;
    }

    /** The fine in fen, 0 without one. */
    public long fineFen() {
        return amountFen(Kind.FINE);
    }

    /** Illegal gains plus the value of illegal property confiscated, in fen: Art. 63 thresholds count them together. */
    public long confiscationValueFen() {
        return amountFen(Kind.CONFISCATION_OF_ILLEGAL_GAINS) + amountFen(Kind.CONFISCATION_OF_ILLEGAL_PROPERTY);
    }

    /**
     * Whether this penalty is heavier than the one notified (Art. 45: a defence never increases it). Conservative —
     * any single aspect counts, even if others are lighter: a kind not notified, a higher amount or longer length of a
     * notified kind, or a harsher discretion tier. A changed legal basis or departure flag alone is not heavier.
     */
    public boolean isHeavierThan(Penalty notified) {
        return !heavierAspectsThan(notified).isEmpty();
    }

    /** The aspects that make this penalty heavier than {@code notified}, written for the refusal message. */
    List<String> heavierAspectsThan(Penalty notified) {
        List<String> aspects = new ArrayList<>();
        for (Measure measure : measures) {
            Optional<Measure> before = notified.measure(measure.kind());
            if (before.isEmpty()) {
                aspects.add("新增 adds " + measure.described());
            } else if (measure.exceeds(before.get())) {
                aspects.add(measure.described() + " > " + before.get().described());
            }
        }
        if (tier.compareTo(notified.tier) > 0) {
            aspects.add("裁量阶次 tier " + tier.label() + " " + tier + " > " + notified.tier.label() + " " + notified.tier);
        }
        return aspects;
    }

    private Optional<Measure> measure(Kind kind) {
        return measures.stream().filter(measure -> measure.kind() == kind).findFirst();
    }

    private long amountFen(Kind kind) {
        return measure(kind).map(Measure::amount).orElse(0L);
    }
}
