; Markdown (tree-sitter-markdown 0.7.1, one grammar with block and inline nodes; headings are
; flat, there are no section nodes). MarkdownLanguage.finish turns the headings into nested
; sections, adds the document entity, takes each section's first paragraph as its docstring
; and attributes the DOCUMENTS references to the section they are in.

(atx_heading (heading_content) @name) @definition.section
(setext_heading (heading_content) @name) @definition.section

; top-level paragraphs: consumed by MarkdownLanguage.finish (docstrings), never emitted
(document (paragraph) @reference.documents.paragraph)

; code spans and link targets (not inside fenced/indented code or HTML blocks: those have no inline nodes)
(code_span) @reference.documents.code
(link (link_destination) @name) @reference.documents.link
(link_reference_definition (link_destination) @name) @reference.documents.link
