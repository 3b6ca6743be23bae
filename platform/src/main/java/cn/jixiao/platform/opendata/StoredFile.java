package cn.jixiao.platform.opendata;

/** An open data file as stored: served as is, its SHA-256 is the ETag. */
record StoredFile(String path, String title, String mediaType, byte[] content, String sha256) {
}
