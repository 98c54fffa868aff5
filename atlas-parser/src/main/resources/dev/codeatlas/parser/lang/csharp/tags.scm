; C# definitions and references. Capture conventions: docs/queries.md
; Modifiers are captured as (attribute_list)* and (modifier)* nodes; CSharpLanguage separates
; attributes ([...]) from keywords and fills in C#'s default accessibility in finish().

(file_scoped_namespace_declaration name: (_) @package)
(namespace_declaration name: (_) @name body: (_) @body) @scope.namespace

; ---- types
(class_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.class
(interface_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.interface
(struct_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.struct
(record_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.record
(enum_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_) @body) @definition.enum
(delegate_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name) @definition.type_alias

; primary constructors (records, C# 12 classes/structs): a constructor entity on the type's name;
; positional record parameters are public properties
; (public: the type keyword is the modifier text CSharpLanguage reads as public)
([(record_declaration "record" @modifiers name: (identifier) @name @definition.constructor (parameter_list))
  (class_declaration "class" @modifiers name: (identifier) @name @definition.constructor (parameter_list))
  (struct_declaration "struct" @modifiers name: (identifier) @name @definition.constructor (parameter_list))])
(record_declaration "record" @modifiers (parameter_list (parameter (attribute_list)* @modifiers name: (identifier) @name) @definition.property))

; ---- callables
(method_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.method
(constructor_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.constructor
(operator_declaration (attribute_list)* @modifiers (modifier)* @modifiers operator: _ @name body: (_)? @body) @definition.method
(conversion_operator_declaration (attribute_list)* @modifiers (modifier)* @modifiers ["implicit" "explicit"] @name body: (_)? @body) @definition.method
(local_function_statement (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name body: (_)? @body) @definition.function

; ---- values
(field_declaration (attribute_list)* @modifiers (modifier)* @modifiers
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field
(event_field_declaration (attribute_list)* @modifiers (modifier)* @modifiers
  (variable_declaration (variable_declarator name: (identifier) @name))) @definition.field
(event_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name accessors: (_)? @body) @definition.field
(property_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name accessors: (_) @body) @definition.property
(property_declaration (attribute_list)* @modifiers (modifier)* @modifiers name: (identifier) @name value: (arrow_expression_clause) @body) @definition.property
(indexer_declaration (attribute_list)* @modifiers (modifier)* @modifiers "this" @name [(accessor_list) (arrow_expression_clause)] @body) @definition.property
(enum_member_declaration (attribute_list)* @modifiers name: (identifier) @name) @definition.enum_member

; ---- calls
(invocation_expression
  function: (member_access_expression expression: _ @receiver name: [(identifier) @name (generic_name (identifier) @name)])
  arguments: (argument_list) @args) @reference.call
(invocation_expression
  function: (conditional_access_expression condition: (_) @receiver (member_binding_expression name: [(identifier) @name (generic_name (identifier) @name)]))
  arguments: (argument_list) @args) @reference.call
(invocation_expression function: [(identifier) @name (generic_name (identifier) @name)] arguments: (argument_list) @args) @reference.call
(constructor_initializer ["base" "this"] @name (argument_list) @args) @reference.call
(object_creation_expression type: (_) @name arguments: (argument_list)? @args) @reference.new
; target-typed new: `Foo x = new(..)` takes the declared type
(variable_declaration type: [(identifier) (qualified_name) (generic_name)] @name
  (variable_declarator (implicit_object_creation_expression (argument_list) @args) @reference.new))

; ---- imports (using directives); a namespace import is a wildcard import
(using_directive !name "static"? @static [(identifier) (qualified_name) (generic_name)] @module @wildcard) @reference.import
(using_directive name: (identifier) @alias "=" [(identifier) (qualified_name) (generic_name)] @module) @reference.import

; ---- supertypes: the first base of a class/record is its base class unless it is named like an
; interface (I + capital letter); the others are interfaces. Struct bases are interfaces; interface bases are inherited.
([(class_declaration (base_list . [(identifier) (qualified_name) (generic_name)] @name @reference.inherits))
  (record_declaration (base_list . [(identifier) (qualified_name) (generic_name)] @name @reference.inherits))]
 (#not-match? @name "^([A-Za-z_][A-Za-z0-9_]*\\.)*I[A-Z]"))
([(class_declaration (base_list . [(identifier) (qualified_name) (generic_name)] @name @reference.implements))
  (record_declaration (base_list . [(identifier) (qualified_name) (generic_name)] @name @reference.implements))]
 (#match? @name "^([A-Za-z_][A-Za-z0-9_]*\\.)*I[A-Z]"))
(record_declaration (base_list . (primary_constructor_base_type type: (_) @name) @reference.inherits))
[(class_declaration (base_list "," @_sep . [(identifier) (qualified_name) (generic_name)] @name @reference.implements))
 (record_declaration (base_list "," @_sep . [(identifier) (qualified_name) (generic_name)] @name @reference.implements))]
(struct_declaration (base_list [(identifier) (qualified_name) (generic_name)] @name @reference.implements))
(interface_declaration (base_list [(identifier) (qualified_name) (generic_name)] @name @reference.inherits))

; ---- type uses (predefined types and `var` excluded)
(field_declaration (variable_declaration type: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.field))
(event_declaration type: [(identifier) (qualified_name) (generic_name)
  (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.field)
(event_field_declaration (variable_declaration type: [(identifier) (qualified_name) (generic_name)
  (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.field))
(property_declaration type: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.field)
(indexer_declaration type: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.field)
(parameter type: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.parameter)
(parameter_list "params" type: (array_type type: [(identifier) (qualified_name) (generic_name)]) @reference.type.parameter)
(method_declaration returns: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.return)
(local_declaration_statement (variable_declaration type: [(identifier) (qualified_name) (generic_name)
  (array_type type: [(identifier) (qualified_name) (generic_name)]) (nullable_type type: [(identifier) (qualified_name) (generic_name)])] @reference.type.local))
(type_argument_list [(identifier) (qualified_name) (generic_name)] @reference.type.type_argument)
