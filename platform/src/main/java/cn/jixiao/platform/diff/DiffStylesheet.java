package cn.jixiao.platform.diff;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.jixiao.templates.diff.view.DiffHtmlRenderer;

/** The diff view's stylesheet for the workspace, from the library that writes the markup (no copy to drift). */
@RestController
class DiffStylesheet {

    private static final MediaType TEXT_CSS = MediaType.parseMediaType("text/css;charset=UTF-8");
    private static final String CSS = DiffHtmlRenderer.stylesheet();

    @GetMapping("/css/diff.css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok().contentType(TEXT_CSS).cacheControl(CacheControl.maxAge(Duration.ofHours(1))).body(CSS);
    }
}
