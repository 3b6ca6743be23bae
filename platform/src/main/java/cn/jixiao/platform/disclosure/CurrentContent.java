package cn.jixiao.platform.disclosure;

import java.util.UUID;

/** A stored disclosure with what the write path needs to share its unchanged parts: its manifest and department row. */
record CurrentContent(StoredDisclosure stored, Manifest manifest, UUID departmentId) {
}
