package cn.jixiao.platform.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.jixiao.platform.testing.DistrictUsersTest;
import cn.jixiao.platform.testing.TestDistrict;
import cn.jixiao.templates.testing.SeedDocument;

/**
 * The volume PDF, through the API and the public portal, is the department PDFs bound behind a cover and contents;
 * the department PDF it used is the one stored under the department's own key.
 */
class VolumePdfTest extends DistrictUsersTest {

    @Autowired
    DocumentRenderers renderers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theApisVolumePdfIsBoundFromTheStoredDepartmentPdf() throws Exception {
        byte[] volume = download("/api/v1/district-volumes/2025/volume.pdf", district.admin());

        long before = renderers.renderings.get();
        byte[] department = download(TestDistrict.DISCLOSURE + "/document.pdf", district.admin());
        assertThat(renderers.renderings.get()).as("the volume stored the department PDF under its key").isEqualTo(before);
        BoundVolume.assertBoundFrom(volume, List.of(SeedDocument.DEPARTMENT_NAME), List.of(department));
    }

    @Test
    void thePortalsVolumePdfIsTheSameBoundDocument() throws Exception {
        for (String to : new String[] {"SUBMITTED", "APPROVED", "PUBLISHED"}) {
            assertThat(api.send("POST", TestDistrict.DISCLOSURE + "/status", district.admin(), "{\"to\":\"" + to + "\"}").statusCode())
                    .isEqualTo(200);
        }
        byte[] department = download("/public/" + district.slug() + "/2025/202.pdf", null);
        byte[] published = download("/public/" + district.slug() + "/2025/volume.pdf", null);

        BoundVolume.assertBoundFrom(published, List.of(SeedDocument.DEPARTMENT_NAME), List.of(department));
        assertThat(download("/api/v1/district-volumes/2025/volume.pdf", district.admin()))
                .as("the published revisions are the current ones: same key, same stored volume").isEqualTo(published);
    }

    private byte[] download(String path, String token) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }
}
