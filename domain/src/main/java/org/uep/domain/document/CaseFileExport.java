package org.uep.domain.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.uep.domain.access.Caller;
import org.uep.domain.cases.CaseFiles;
import org.uep.domain.cases.PenaltyCase;
import org.uep.domain.clock.LegalTime;
import org.uep.domain.evidence.EvidenceItem;
import org.uep.domain.evidence.EvidenceItemRepository;
import org.uep.domain.evidence.EvidenceStore;

/**
 * 卷宗 export: a case's documents and evidence as one ZIP, in the order of {@link CaseFileSection} (by date within a
 * section), with the index (目录) first. The list is read in one transaction; the files are streamed from the store
 * afterwards, one at a time, so an archive of large recordings is never held in memory.
 */
@Service
public class CaseFileExport {

    /** The index: UTF-8 CSV with a byte-order mark, so spreadsheet programs read the Chinese correctly. */
    public static final String INDEX = "目录.csv";
    static final List<String> INDEX_COLUMNS = List.of("序号", "部分", "题名", "文号", "日期", "SHA-256", "文件");

    private static final Map<String, String> EXTENSIONS = Map.of("image/jpeg", "jpg", "image/png", "png",
            "application/pdf", "pdf", "video/mp4", "mp4", "audio/mp4", "m4a", "video/quicktime", "mov",
            "audio/mpeg", "mp3", "audio/wav", "wav", "application/zip", "zip");

    private final CaseFiles caseFiles;
    private final CaseDocumentRepository documents;
    private final EvidenceItemRepository evidence;
    private final EvidenceStore store;

    public CaseFileExport(CaseFiles caseFiles, CaseDocumentRepository documents, EvidenceItemRepository evidence,
                          EvidenceStore store) {
        this.caseFiles = caseFiles;
        this.documents = documents;
        this.evidence = evidence;
        this.store = store;
    }

    /** One line of the index; {@code path} is the file in the archive, null for an item without a file. */
    public record Entry(int sequence, CaseFileSection section, String title, String number, LocalDate date,
                        String sha256, String path) {}

    /** What the archive of a case holds, in order. */
    public record Archive(String fileName, List<Entry> entries) {}

    private record Item(CaseFileSection section, Instant at, long id, String title, String number, String sha256,
                        String fileName) {}

    /** The archive's contents for a case the caller may read (as its case file); not found otherwise. */
    @Transactional(readOnly = true)
    public Archive archive(long caseId, Caller caller) {
        PenaltyCase penaltyCase = caseFiles.readable(caseId, caller);
        Stream<Item> evidenceItems = evidence.findByLeadIdOrderById(penaltyCase.getLeadId()).stream()
                .map(e -> new Item(CaseFileSection.EVIDENCE, e.getCollectedAt(), e.getId(), e.getTitle(), null,
                        e.getContentSha256(), e.getContentSha256() == null ? null : e.getTitle() + "." + extension(e)));
        Stream<Item> documentItems = documents.findByCaseIdOrderById(caseId).stream()
                .map(d -> new Item(d.getKind().section(), d.getIssuedAt(), d.getId(), d.getTitle(), d.getNumber(),
                        d.getSha256(), d.fileName()));
        List<Item> items = Stream.concat(evidenceItems, documentItems)
                .sorted(Comparator.comparing(Item::section).thenComparing(Item::at).thenComparing(Item::id))
                .toList();
        List<Entry> entries = new ArrayList<>();
        for (Item item : items) {
            int sequence = entries.size() + 1;
            entries.add(new Entry(sequence, item.section(), item.title(), item.number(), LegalTime.dayOf(item.at()),
                    item.sha256(), item.fileName() == null ? null : "%03d-%s".formatted(sequence, safe(item.fileName()))));
        }
        return new Archive("卷宗-" + penaltyCase.getCaseNumber() + ".zip", entries);
    }

    /** Writes the archive: the index, then each file streamed from the store. */
    public void write(Archive archive, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(INDEX));
        zip.write(index(archive.entries()).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        for (Entry entry : archive.entries()) {
            if (entry.path() == null) {
                continue;
            }
            zip.putNextEntry(new ZipEntry(entry.path()));
            try (InputStream content = store.open(entry.sha256())) {
                content.transferTo(zip);
            }
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    static String index(List<Entry> entries) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(String.join(",", INDEX_COLUMNS)).append("\r\n");
        for (Entry e : entries) {
            csv.append(Stream.of(String.valueOf(e.sequence()), e.section().label(), e.title(), e.number(),
                            e.date().toString(), e.sha256(), e.path())
                    .map(CaseFileExport::csv).collect(Collectors.joining(","))).append("\r\n");
        }
        return csv.toString();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static String extension(EvidenceItem item) {
        String name = item.getFileName();
        if (name != null && name.lastIndexOf('.') > 0) {
            return name.substring(name.lastIndexOf('.') + 1);
        }
        return EXTENSIONS.getOrDefault(item.getMediaType(), "bin");
    }

    /** A title as a file name inside the archive: no path separators or characters that systems refuse. */
    private static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }
}
