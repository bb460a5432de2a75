package org.uep.api.console;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.uep.domain.clock.LegalTime;

/**
 * What templates call as {@code @consoleFormat}: times on the wall clock of Asia/Shanghai, time left until a due
 * instant, and the model's bilingual names ("立案审批\nFile case approval") in the reader's language.
 */
@Component
public class ConsoleFormat {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LegalTime.ZONE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(LegalTime.ZONE);

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /** The Chinese line of a bilingual name, or the English one for English readers. */
    public String name(String bilingual) {
        if (bilingual == null) {
            return "";
        }
        String[] lines = bilingual.split("\\R", 2);
        return lines.length == 2 && english() ? lines[1].strip() : lines[0].strip();
    }

    /** "3天4小时" / "3d 4h"; negative once overdue ("逾期 …" is the template's to say). */
    public String left(Long seconds) {
        if (seconds == null) {
            return "";
        }
        Duration d = Duration.ofSeconds(Math.abs(seconds));
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        boolean en = english();
        if (days > 0) {
            return en ? days + "d " + hours + "h" : days + "天" + hours + "小时";
        }
        return en ? hours + "h " + minutes + "m" : hours + "小时" + minutes + "分";
    }

    /** Seconds from now until {@code due}; negative once past. */
    public Long secondsUntil(Instant due, Instant now) {
        return due == null ? null : Duration.between(now, due).toSeconds();
    }

    private static boolean english() {
        return Locale.ENGLISH.getLanguage().equals(LocaleContextHolder.getLocale().getLanguage());
    }
}
