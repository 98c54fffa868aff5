; Go definitions and references. Capture conventions: docs/queries.md
; Module prefix = the file's directory (root files: the package name), see GoLanguage.

(package_clause (package_identifier) @package)

; ---- functions and methods
(function_declaration name: (identifier) @name body: (block)? @body) @definition.function
(method_declaration
  receiver: (parameter_list (parameter_declaration type: (_) @parent_name))
  name: (field_identifier) @name
  body: (block)? @body) @definition.method

; ---- types. A declaration of one type is the definition node ("type X struct", with its
; keyword); inside a group "type ( ... )" each spec is. First pattern wins on the same node:
; a defined type that is neither struct nor interface ("type X int") is kind type_alias.
; Match order is not pattern order, so the patterns exclude each other.
((type_declaration (type_spec name: (type_identifier) @name type: (struct_type))) @definition.struct
  (#not-match? @definition.struct "^type\\s*\\("))
((type_declaration (type_spec name: (type_identifier) @name type: (interface_type))) @definition.interface
  (#not-match? @definition.interface "^type\\s*\\("))
((type_declaration (type_spec name: (type_identifier) @name type: [(type_identifier) (qualified_type) (generic_type) (pointer_type) (slice_type) (array_type) (map_type) (channel_type) (function_type) (parenthesized_type) (negated_type)])) @definition.type_alias
  (#not-match? @definition.type_alias "^type\\s*\\("))
((type_declaration (type_alias name: (type_identifier) @name)) @definition.type_alias
  (#not-match? @definition.type_alias "^type\\s*\\("))
(type_declaration "(" (type_spec name: (type_identifier) @name type: (struct_type)) @definition.struct)
(type_declaration "(" (type_spec name: (type_identifier) @name type: (interface_type)) @definition.interface)
(type_declaration "(" (type_spec name: (type_identifier) @name type: [(type_identifier) (qualified_type) (generic_type) (pointer_type) (slice_type) (array_type) (map_type) (channel_type) (function_type) (parenthesized_type) (negated_type)]) @definition.type_alias)
(type_declaration "(" (type_alias name: (type_identifier) @name) @definition.type_alias)

; ---- members: struct fields, interface method specs
(field_declaration name: (field_identifier) @name) @definition.field
(method_elem name: (field_identifier) @name) @definition.method

; ---- package-level constants and variables. "var f = func(...) {...}" is captured with the
; literal as @modifiers and becomes a function named f (GoLanguage.adjustKind).
; const_spec: "name:" matches only the first of "A, B" in this grammar, so no field there.
((source_file (const_declaration (const_spec (identifier) @name)) @definition.constant)
  (#not-match? @definition.constant "^const\\s*\\(") (#not-eq? @name "_"))
((source_file (const_declaration "(" (const_spec (identifier) @name) @definition.constant))
  (#not-eq? @name "_"))
((source_file (var_declaration
   (var_spec name: (identifier) @name value: (expression_list . (func_literal body: (block) @body) @modifiers .)?)) @definition.variable)
  (#not-match? @definition.variable "^var\\s*\\(") (#not-eq? @name "_"))
((source_file (var_declaration (var_spec_list
   (var_spec name: (identifier) @name value: (expression_list . (func_literal body: (block) @body) @modifiers .)?) @definition.variable)))
  (#not-eq? @name "_"))

; ---- calls (builtins and conversions such as len(x), string(b) are calls too)
(call_expression function: (identifier) @name arguments: (argument_list) @args) @reference.call
(call_expression
  function: (selector_expression operand: (_) @receiver field: (field_identifier) @name)
  arguments: (argument_list) @args) @reference.call
; composite literals: Foo{...}, pkg.Foo{...}, Foo[T]{...}
(composite_literal type: [(type_identifier) (qualified_type) (generic_type)] @name body: (literal_value) @args) @reference.new

; ---- imports: name = the package's default name (set in GoLanguage), alias "." / "_" / name
(import_spec name: (dot) @alias @wildcard path: (interpreted_string_literal (interpreted_string_literal_content) @module)) @reference.import
(import_spec name: [(package_identifier) (blank_identifier)] @alias path: (interpreted_string_literal (interpreted_string_literal_content) @module)) @reference.import
(import_spec !name path: (interpreted_string_literal (interpreted_string_literal_content) @module)) @reference.import

; ---- embedding (struct fields without a name, interface type elements of one type)
(field_declaration !name type: [(type_identifier) (qualified_type) (generic_type)] @name) @reference.inherits.embedding
(interface_type (type_elem . [(type_identifier) (qualified_type) (generic_type)] @name .) @reference.inherits.embedding)

; ---- type uses: the declared type node as written; GoLanguage.normalizeTypeName reduces it to
; a name (*T, []T, [N]T, chan T, map[K]V -> V, G[T] -> G; pkg.T stays) and finish() drops what
; names no type (predeclared types, func/struct/interface literals, one-letter type parameters).
; Map keys and type arguments come from their own patterns (context type_argument).
; (A pattern per wrapper shape made the query slow to compile.)
(field_declaration name: (field_identifier) type: (_) @reference.type.field)
; parameters (the receiver is not one: it lives in the field "receiver")
(_ parameters: (parameter_list (parameter_declaration type: (_) @reference.type.parameter)))
(_ parameters: (parameter_list (variadic_parameter_declaration type: (_) @reference.type.parameter)))
; results, single or in a list
(_ result: (_) @reference.type.return)
(_ result: (parameter_list (parameter_declaration type: (_) @reference.type.return)))
; "var x T" in a function body (local) and at package level (variable)
(statement_list (var_declaration (var_spec type: (_) @reference.type.local)))
(statement_list (var_declaration (var_spec_list (var_spec type: (_) @reference.type.local))))
(source_file (var_declaration (var_spec type: (_) @reference.type.variable)))
(source_file (var_declaration (var_spec_list (var_spec type: (_) @reference.type.variable))))
; type arguments G[T], Map[K, V](...), and map keys
(type_arguments (type_elem (_) @reference.type.type_argument))
(map_type key: (_) @reference.type.type_argument)
