package cn.jixiao.platform.opendata;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.jixiao.platform.security.CanReadPublished;

/** What the public reads of a district's open data: the stored files, their listing, the licence. */
@Service
public class OpenData {

    private final OpenDataFiles files;
    private final LicenceStore licences;

    OpenData(OpenDataFiles files, LicenceStore licences) {
        this.files = files;
        this.licences = licences;
    }

    @Transactional(readOnly = true)
    @CanReadPublished
    public Optional<StoredFile> file(String path) {
        return files.find(path);
    }

    @Transactional(readOnly = true)
    @CanReadPublished
    public List<FileEntry> files() {
        return files.list();
    }

    @Transactional(readOnly = true)
    @CanReadPublished
    public Licence licence() {
        return licences.find().orElse(Licence.DEFAULT);
    }
}
