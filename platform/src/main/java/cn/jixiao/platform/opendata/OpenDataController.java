package cn.jixiao.platform.opendata;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.platform.portal.PortalTenants;

/**
 * The open data files, served as stored at publication: ETag is their SHA-256 (Spring answers a
 * matching {@code If-None-Match} with 304), cached publicly for a minute so a withdrawal leaves
 * caches quickly. Unknown districts, years, departments and withdrawn disclosures are 404.
 */
@RestController
class OpenDataController {

    static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();

    private final PortalTenants districts;
    private final OpenData openData;

    OpenDataController(PortalTenants districts, OpenData openData) {
        this.districts = districts;
        this.openData = openData;
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/{dept:[0-9A-Za-z_-]{1,32}}/data.json")
    ResponseEntity<byte[]> json(@PathVariable String slug, @PathVariable int year, @PathVariable String dept) {
        return serve(slug, OpenDataPaths.department(year, dept) + "data.json", null);
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/{dept:[0-9A-Za-z_-]{1,32}}/indicators.csv")
    ResponseEntity<byte[]> csv(@PathVariable String slug, @PathVariable int year, @PathVariable String dept) {
        return serve(slug, OpenDataPaths.department(year, dept) + "indicators.csv", slug + "-" + year + "-" + dept + "-indicators.csv");
    }

    @GetMapping("/public/{slug}/{year:[0-9]{4}}/opendata.zip")
    ResponseEntity<byte[]> zip(@PathVariable String slug, @PathVariable int year) {
        return serve(slug, OpenDataPaths.zip(year), slug + "-" + year + "-opendata.zip");
    }

    private ResponseEntity<byte[]> serve(String slug, String path, String attachmentName) {
        Optional<StoredFile> file = districts.read(slug, d -> openData.file(path)).flatMap(f -> f);
        if (file.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                    .body("未找到：该文件不存在，或尚未公开。".getBytes(StandardCharsets.UTF_8));
        }
        StoredFile f = file.get();
        var response = ResponseEntity.ok().contentType(MediaType.parseMediaType(f.mediaType())).cacheControl(CACHE)
                .eTag("\"" + f.sha256() + "\"");
        if (attachmentName != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(attachmentName, StandardCharsets.UTF_8).build().toString());
        }
        return response.body(f.content());
    }
}
