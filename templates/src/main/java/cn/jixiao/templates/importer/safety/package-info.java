/**
 * Defences applied before any parser sees the upload: size limits, a zip reader that counts while inflating,
 * DOCTYPE refusal, hardened StAX, recognition of formats we refuse (.doc, .xls, encrypted Office files).
 */
package cn.jixiao.templates.importer.safety;
