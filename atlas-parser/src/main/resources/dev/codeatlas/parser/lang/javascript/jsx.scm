; JSX (JavaScript and TSX grammars): a capitalised element is a component use, a call-like
; reference with context `jsx`; <div> and other lower-case intrinsic elements are not.
([(jsx_opening_element name: (identifier) @name) (jsx_self_closing_element name: (identifier) @name)] @reference.call.jsx
  (#match? @name "^[A-Z]"))
([(jsx_opening_element name: (member_expression object: (_) @receiver property: (_) @name))
  (jsx_self_closing_element name: (member_expression object: (_) @receiver property: (_) @name))] @reference.call.jsx)
