package org.uep.api.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.uep.api.web.FileResponses;
import org.uep.domain.access.Caller;
import org.uep.domain.document.CaseDocument;
import org.uep.domain.document.CaseFileExport;
import org.uep.domain.document.Documents;

/** 执法文书 The documents of a case (issued by the process's workers) and the case file (卷宗) as one archive. */
@RestController
@Tag(name = "Documents 执法文书")
class DocumentController {

    private final Documents documents;
    private final CaseFileExport export;

    DocumentController(Documents documents, CaseFileExport export) {
        this.documents = documents;
        this.export = export;
    }

    @GetMapping("/api/cases/{id}/documents")
    @Operation(summary = "The documents issued in a case, in the order they were issued")
    List<DocumentView> list(@PathVariable long id, Caller caller) {
        return documents.ofCase(id, caller).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/api/documents/{id}/file")
    @Operation(summary = "Download a document as issued (UTF-8 text); Repr-Digest carries its SHA-256, the file name its "
            + "number and title")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, Caller caller) {
        Documents.DocumentFile file = documents.open(id, caller);
        CaseDocument d = file.document();
        return FileResponses.download(file.content(), d.getMediaType(), d.getSize(), d.getSha256(), d.fileName());
    }

    @GetMapping("/api/cases/{id}/export")
    @Operation(summary = "The case file (卷宗) as a ZIP: 目录.csv (sequence, part, title, number, date, SHA-256, file) "
            + "and the documents and evidence files in the statutory order, streamed")
    void export(@PathVariable long id, Caller caller, HttpServletResponse response) throws IOException {
        CaseFileExport.Archive archive = export.archive(id, caller);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileResponses.attachment(archive.fileName()));
        export.write(archive, response.getOutputStream());
    }
}
