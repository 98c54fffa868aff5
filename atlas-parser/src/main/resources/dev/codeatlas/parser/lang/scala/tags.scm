; Scala 2/3 definitions and references. Capture conventions: docs/queries.md
; Chained package clauses (`package a` + `package b`) are joined in ScalaLanguage.finish().

(compilation_unit (package_clause name: (package_identifier) @package !body))
(package_clause name: (package_identifier) @name body: (_) @body) @scope.namespace

; ---- types
(class_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_)? @body) @definition.class
(trait_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_)? @body) @definition.trait
(object_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_)? @body) @definition.object
(package_object name: (identifier) @name body: (_)? @body) @definition.object
(enum_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.enum
(simple_enum_case name: (identifier) @name) @definition.enum_member
(full_enum_case name: (identifier) @name) @definition.enum_member
(type_definition (annotation)* @modifiers (modifiers)? @modifiers name: (type_identifier) @name) @definition.type_alias
(given_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_)? @body) @definition.object

; ---- callables (`def this(..)` is a constructor named after its class; the primary constructor
; is an entity on the class name, so that the class parameters are not inside it)
((function_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.function
 (#not-eq? @name "this"))
(function_declaration (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name) @definition.function
(class_definition name: (identifier) @name
  body: (template_body ((function_definition (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @_this body: (_) @body) @definition.constructor
    (#eq? @_this "this"))))
(class_definition name: (identifier) @name @definition.constructor (access_modifier)? @modifiers class_parameters: (class_parameters))

; ---- values: members (a top-level one becomes a variable, a `final val` a constant), `val`/`var` class parameters and case class parameters
(template_body [(val_definition (annotation)* @modifiers (modifiers)? @modifiers "val" @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])
                (var_definition (annotation)* @modifiers (modifiers)? @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])
                (val_declaration (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name)
                (var_declaration (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name)] @definition.field)
(with_template_body [(val_definition (annotation)* @modifiers (modifiers)? @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])
                (var_definition (annotation)* @modifiers (modifiers)? @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])] @definition.field)
(compilation_unit [(val_definition (annotation)* @modifiers (modifiers)? @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])
                (var_definition (annotation)* @modifiers (modifiers)? @modifiers pattern: [(identifier) @name (identifiers (identifier) @name)])] @definition.field)
(class_definition class_parameters: (class_parameters (class_parameter (annotation)* @modifiers (modifiers)? @modifiers ["val" "var"] @modifiers name: (identifier) @name) @definition.field))
(class_definition "case" class_parameters: (class_parameters (class_parameter (annotation)* @modifiers (modifiers)? @modifiers name: (identifier) @name) @definition.field))

; ---- calls; a block argument counts as one argument when it holds one expression, else 0;
; alphanumeric infix operators (`xs map f`) are calls with context infix and args 0
(call_expression function: (identifier) @name arguments: [(arguments) (block . (_) .)]? @args) @reference.call
(call_expression function: (field_expression value: (_) @receiver field: (identifier) @name) arguments: [(arguments) (block . (_) .)]? @args) @reference.call
(call_expression function: (generic_function function: (identifier) @name) arguments: [(arguments) (block . (_) .)]? @args) @reference.call
(call_expression function: (generic_function function: (field_expression value: (_) @receiver field: (identifier) @name)) arguments: [(arguments) (block . (_) .)]? @args) @reference.call
(instance_expression [(type_identifier) (generic_type) (stable_type_identifier)] @name arguments: (arguments)? @args) @reference.new
; (a keyword as operator is an error-recovery artifact)
((infix_expression left: (_) @receiver operator: (identifier) @name) @reference.call.infix
 (#not-match? @name "^(if|then|else|match|case|do|while|for|yield|try|catch|finally|throw|return|new|def|val|var|lazy|class|object|trait|type|extends|with|override|implicit|private|protected|final|sealed|abstract|import|package|given|using|enum|end)$"))

; ---- imports: the whole declaration is @module; ScalaLanguage.adjustReference finds the path of the clause
; (the `path:` field is on every segment and separator: patterns avoid it)
(import_declaration (identifier) @name . ",") @reference.import @module
(import_declaration (identifier) @name .) @reference.import @module
(import_declaration (namespace_selectors (identifier) @name)) @reference.import @module
(import_declaration (namespace_selectors [(arrow_renamed_identifier name: (identifier) @name alias: (identifier) @alias)
                                          (as_renamed_identifier name: (identifier) @name alias: (identifier) @alias)])) @reference.import @module
(import_declaration (namespace_wildcard) @wildcard) @reference.import @module
(import_declaration (namespace_selectors (namespace_wildcard) @wildcard)) @reference.import @module

; ---- supertypes: `extends A with B, C`: A is inherited, the others are implemented (mixed in)
(extends_clause . [(type_identifier) (generic_type) (stable_type_identifier)] @name @reference.inherits)
(extends_clause ["with" ","] @_sep . [(type_identifier) (generic_type) (stable_type_identifier)] @name @reference.implements)

; ---- type uses
(parameter type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.parameter)
(class_parameter type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.parameter)
(function_definition return_type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.return)
(function_declaration return_type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.return)
(template_body [(val_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)
  (val_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)])
(with_template_body [(val_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)
  (val_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)])
(compilation_unit [(val_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)
  (val_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field) (var_declaration type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.field)])
(block [(val_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.local) (var_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.local)])
(indented_block [(val_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.local) (var_definition type: [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.local)])
(type_arguments [(type_identifier) (generic_type) (stable_type_identifier)] @reference.type.type_argument)
