; Python definitions and references. Capture conventions: docs/queries.md
; A decorated definition's range is the `def`/`class` itself; its decorators are @modifiers
; (the leading-comment lookup skips "@" lines). Patterns for decorated forms come first so
; they win over the plain ones on the same node.

; ---- classes
(decorated_definition
  (decorator)+ @modifiers
  definition: (class_definition
    name: (identifier) @name
    body: (block . (expression_statement . (string) @doc)?) @body) @definition.class)
(class_definition
  name: (identifier) @name
  body: (block . (expression_statement . (string) @doc)?) @body) @definition.class

; ---- functions (methods, constructors: adjustKind)
(decorated_definition
  (decorator)+ @modifiers
  definition: (function_definition
    name: (identifier) @name
    body: (block . (expression_statement . (string) @doc)?) @body) @definition.function)
(function_definition
  name: (identifier) @name
  body: (block . (expression_statement . (string) @doc)?) @body) @definition.function

; ---- type aliases (3.12 `type X = ...`)
(type_alias_statement left: (type (identifier) @name)) @definition.type_alias
(type_alias_statement left: (type (generic_type (identifier) @name))) @definition.type_alias

; ---- a lambda bound to a name is a function of that name (anywhere, like ctags). Matches
; of patterns rooted higher in the tree come first, so the module- and class-rooted lambda
; patterns must precede the variable/field patterns rooted at the same node to win over them.
(module (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function))
(module (if_statement [
  (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function))
  (_ (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function)))
  ]))
(module (try_statement [
  (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function))
  (_ (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function)))
  ]))
(class_definition body: (block (expression_statement (assignment left: (identifier) @name right: (lambda)) @definition.function)))
(assignment left: (identifier) @name right: (lambda)) @definition.function

; ---- module-level names (also one level inside if/try at module level). `right: (_)` makes
; these complete on the same node as the lambda patterns above, which then win.
(module (expression_statement (assignment left: (identifier) @name right: (_)) @definition.variable))
(module (expression_statement (assignment left: (identifier) @name !right) @definition.variable))
(module (expression_statement (assignment left: [(pattern_list (identifier) @name) (tuple_pattern (identifier) @name)]) @definition.variable))
(module (if_statement [
  (block (expression_statement (assignment left: (identifier) @name right: (_)) @definition.variable))
  (_ (block (expression_statement (assignment left: (identifier) @name right: (_)) @definition.variable)))
  ]))
(module (try_statement [
  (block (expression_statement (assignment left: (identifier) @name right: (_)) @definition.variable))
  (_ (block (expression_statement (assignment left: (identifier) @name right: (_)) @definition.variable)))
  ]))

; ---- class-level names
(class_definition body: (block (expression_statement (assignment left: (identifier) @name right: (_)) @definition.field)))
(class_definition body: (block (expression_statement (assignment left: (identifier) @name !right) @definition.field)))
(class_definition body: (block (expression_statement (assignment left: [(pattern_list (identifier) @name) (tuple_pattern (identifier) @name)]) @definition.field)))

; ---- calls
(call function: (attribute object: (_) @receiver attribute: (identifier) @name) arguments: (argument_list) @args) @reference.call
(call function: (identifier) @name arguments: (argument_list) @args) @reference.call
(call function: (attribute object: (_) @receiver attribute: (identifier) @name) arguments: (generator_expression)) @reference.call
(call function: (identifier) @name arguments: (generator_expression)) @reference.call

; ---- imports
(import_statement name: (dotted_name) @module) @reference.import
(import_statement name: (aliased_import name: (dotted_name) @module alias: (identifier) @alias)) @reference.import
(import_from_statement module_name: (_) @module name: (dotted_name) @name) @reference.import
(import_from_statement module_name: (_) @module name: (aliased_import name: (dotted_name) @name alias: (identifier) @alias)) @reference.import
(import_from_statement module_name: (_) @module (wildcard_import) @wildcard) @reference.import
(future_import_statement "__future__" @module name: (dotted_name) @name) @reference.import

; ---- supertypes (keyword arguments such as metaclass= are skipped)
(class_definition superclasses: (argument_list [(identifier) (attribute) (subscript)] @reference.inherits))

; ---- type uses (annotations; a union contributes its members, a string its content)
[(typed_parameter type: (type [(identifier) @reference.type.parameter (attribute) @reference.type.parameter (generic_type) @reference.type.parameter (subscript) @reference.type.parameter
    (string (string_content) @reference.type.parameter)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter)]))
 (typed_default_parameter type: (type [(identifier) @reference.type.parameter (attribute) @reference.type.parameter (generic_type) @reference.type.parameter (subscript) @reference.type.parameter
    (string (string_content) @reference.type.parameter)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.parameter)]))]
(function_definition return_type: (type [(identifier) @reference.type.return (attribute) @reference.type.return (generic_type) @reference.type.return (subscript) @reference.type.return
    (string (string_content) @reference.type.return)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.return))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.return))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.return))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.return)]))
(class_definition body: (block (expression_statement (assignment type: (type [(identifier) @reference.type.field (attribute) @reference.type.field (generic_type) @reference.type.field (subscript) @reference.type.field
    (string (string_content) @reference.type.field)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.field))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.field))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.field))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.field)])))))
(module (expression_statement (assignment type: (type [(identifier) @reference.type.variable (attribute) @reference.type.variable (generic_type) @reference.type.variable (subscript) @reference.type.variable
    (string (string_content) @reference.type.variable)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.variable))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.variable))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.variable))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.variable)]))))
(function_definition body: (block (expression_statement (assignment type: (type [(identifier) @reference.type.local (attribute) @reference.type.local (generic_type) @reference.type.local (subscript) @reference.type.local
    (string (string_content) @reference.type.local)
    (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.local))
    (union_type (type (union_type (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.local))))
    (binary_operator (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.local))
    (binary_operator [(identifier) (attribute) (generic_type) (subscript)] @reference.type.local)])))))
(type_parameter (type [(identifier) (attribute) (generic_type) (subscript)] @reference.type.type_argument))
(type_parameter (type (string (string_content) @reference.type.type_argument)))
(type (subscript subscript: [(identifier) (attribute)] @reference.type.type_argument))
