/**
 * Documents: official administrative documents in the layout of Nghị định 30/2020/NĐ-CP, Phụ lục I
 * ({@link vn.lamchu.documents.OfficialDocument}), written as DOCX and as PDF with an embedded font that covers
 * Vietnamese ({@link vn.lamchu.documents.OfficialDocuments}), and QR codes ({@link vn.lamchu.documents.QrCodes}).
 * Callers expose the downloads; this module has no web layer and no tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents", allowedDependencies = {"shared"})
package vn.lamchu.documents;
