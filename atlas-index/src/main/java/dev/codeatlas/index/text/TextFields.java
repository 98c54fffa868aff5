package dev.codeatlas.index.text;

/**
 * Field names of the search-text documents: one per definition and one per file, written
 * with the file's parse (so their text always matches the committed content). Analysed fields
 * use {@link CodeAnalyzer}; the search side joins a hit to its graph node by (path, qname).
 */
public final class TextFields {

    public static final String TYPE_VALUE = "text";
    /** Keyword: the file the document was made from (also the delete key). */
    public static final String PATH = "text_path";
    /** Keyword/stored: the entity's qualified name; "" for the file document. */
    public static final String QNAME = "text_qname";
    /** Keyword/stored: node label wire name; "Module" for the file document. */
    public static final String LABEL = "text_label";
    public static final String KIND = "text_kind";
    public static final String LANGUAGE = "text_language";
    /** Keyword "1" when the file is test code. */
    public static final String TEST = "text_test";

    // analysed
    public static final String NAME = "t_name";
    public static final String QNAME_TEXT = "t_qname";
    public static final String SIGNATURE = "t_signature";
    public static final String DOC = "t_doc";
    public static final String BODY = "t_body";
    public static final String PATH_TEXT = "t_path";

    private TextFields() {
    }
}
