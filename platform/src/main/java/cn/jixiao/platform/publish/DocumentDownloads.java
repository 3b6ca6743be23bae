package cn.jixiao.platform.publish;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import cn.jixiao.platform.web.WebPage;

/** The district's pages' downloads: a department's documents and the district volume, as the API serves them. */
@Controller
@WebPage
class DocumentDownloads {

    private final Documents documents;

    DocumentDownloads(Documents documents) {
        this.documents = documents;
    }

    @GetMapping("/app/disclosures/{dept}/{year}/document.{format}")
    ResponseEntity<byte[]> department(@PathVariable String dept, @PathVariable int year, @PathVariable String format) {
        return DocumentResponses.download(documents.department(dept, year, DocumentResponses.format(format)));
    }

    @GetMapping("/app/years/{year}/volume.{format}")
    ResponseEntity<byte[]> volume(@PathVariable int year, @PathVariable String format) {
        return DocumentResponses.download(documents.districtVolume(year, DocumentResponses.format(format)));
    }
}
