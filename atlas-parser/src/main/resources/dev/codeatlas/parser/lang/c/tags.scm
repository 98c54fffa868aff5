; C definitions and references. Capture conventions: docs/queries.md
;
; Declarators nest (pointer, array, init, parenthesized, function), so names are reached through
; declarator chains of fixed depth: `(_ declarator: X)` follows only the declarator field of
; pointer/array/init/function declarators, never sizes or parameters.
; When two patterns give the same node and name, the first wins: function patterns come before
; variable patterns, so `int *f(void);` is a prototype and not a variable named f.
; Declarations are matched everywhere; CLanguage.finish() drops those inside function bodies
; (locals) and moves their references to the function.
; Markers read by CFamily.annotations(): a prototype's declarator is captured as @modifiers, and a
; "(" in modifier text means "declared without body" (annotation "declaration"); a captured
; "#define" means a macro (annotation "macro"). A marker must not extend the match past the
; declarator: matches are returned as they complete, and the first match of a node wins.

; ---- functions (definitions)
; `void API_MACRO name(..)` parses as a declarator named API_MACRO followed by an ERROR holding
; the real name; the anchored first form excludes that shape, the second takes the real name.
(function_definition
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  declarator: [
    (function_declarator declarator: (identifier) @name . parameters: (_))
    (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))
    (_ declarator: [
      (function_declarator declarator: (identifier) @name . parameters: (_))
      (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))])
    (_ declarator: (_ declarator: (function_declarator declarator: (identifier) @name)))
    (attributed_declarator (function_declarator declarator: (identifier) @name))
    ; int (*getfn(void))(int): a function returning a function pointer
    (function_declarator declarator: (parenthesized_declarator (_ declarator: (function_declarator declarator: (identifier) @name))))
  ]
  body: (_) @body) @definition.function

; ---- prototypes: functions annotated "declaration" (the declarator captured as @modifiers is the marker)
(declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  declarator: [
    (function_declarator declarator: (identifier) @name . parameters: (_))
    (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))
    (_ declarator: [
      (function_declarator declarator: (identifier) @name . parameters: (_))
      (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))])
    (_ declarator: (_ declarator: (function_declarator declarator: (identifier) @name)))
    (attributed_declarator (function_declarator declarator: (identifier) @name))
    (function_declarator declarator: (parenthesized_declarator (_ declarator: (function_declarator declarator: (identifier) @name))))
  ] @modifiers) @definition.function

; ---- macros: object-like with a value are constants, function-like are functions
(preproc_def "#define" @modifiers name: (identifier) @name value: (_)) @definition.constant
(preproc_function_def "#define" @modifiers name: (identifier) @name value: (_)? @body) @definition.function

; ---- struct / union / enum with a body
(struct_specifier name: (type_identifier) @name body: (_) @body) @definition.struct
(union_specifier name: (type_identifier) @name body: (_) @body) @definition.union
(enum_specifier name: (type_identifier) @name body: (_) @body) @definition.enum

; typedef struct { ... } Foo;  -> struct Foo (the anonymous type takes the typedef's name, its
; members are Foo's; it spans `struct {..}`), plus the alias Foo at its declarator below (a typedef
; name is an entity of its own, where ctags and readers of `} Foo;` place it): Foo#2.
(type_definition type: (struct_specifier !name body: (_) @body) @definition.struct declarator: (type_identifier) @name)
(type_definition type: (union_specifier !name body: (_) @body) @definition.union declarator: (type_identifier) @name)
(type_definition type: (enum_specifier !name body: (_) @body) @definition.enum declarator: (type_identifier) @name)

; ---- typedefs
; the type has no body: the whole typedef is the alias
(type_definition
  type: (_ !body)
  declarator: [
    (type_identifier) @name
    (_ declarator: (type_identifier) @name)
    (_ declarator: (_ declarator: (type_identifier) @name))
    (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))
    (_ declarator: (parenthesized_declarator (_ declarator: (_ declarator: (type_identifier) @name))))
    (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name))))
  ]) @definition.type_alias
; typedef struct node { ... } node_t, *node_p;  -> struct node plus aliases at their declarators
; (an alias spanning the typedef would wrap the struct and become its parent)
(type_definition
  type: (_ name: (_) body: (_))
  declarator: [
    (type_identifier) @name
    (_ declarator: (type_identifier) @name)
    (_ declarator: (_ declarator: (type_identifier) @name))
    (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))
  ] @definition.type_alias)
(type_definition
  type: (_ !name body: (_))
  declarator: [
    (type_identifier) @name
    (_ declarator: (type_identifier) @name)
    (_ declarator: (_ declarator: (type_identifier) @name))
    (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))
  ] @definition.type_alias)

; ---- global variables (locals are dropped in CFamily.finish)
; The declarator chains never pass through a function declarator (except the parenthesized
; function-pointer form), so a prototype can never also match as a variable.
(declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ !body)
  declarator: [
    (identifier) @name
    (init_declarator declarator: (identifier) @name)
    [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)]
    (init_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])
    (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])
    (array_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])
    (init_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)]))
    (pointer_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)]))
    (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])]))
    (init_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])])))
    (pointer_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (identifier) @name) (array_declarator declarator: (identifier) @name)])])))
  ]) @definition.variable
; struct point { ... } origin;  -> struct point plus the variable at its declarator
(declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ body: (_))
  declarator: [
    (identifier) @name
    (_ declarator: (identifier) @name)
    (_ declarator: (_ declarator: (identifier) @name))
    (_ declarator: (parenthesized_declarator (_ declarator: (identifier) @name)))
  ] @definition.variable)

; ---- struct and union members
(field_declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ !body)
  declarator: [
    (field_identifier) @name
    [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)]
    (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)])
    (array_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)])
    (pointer_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)]))
    (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (field_identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)])]))
    (pointer_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (field_identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name)])])))
  ]) @definition.field
(field_declaration
  type: (_ body: (_))
  declarator: [
    (field_identifier) @name
    (_ declarator: (field_identifier) @name)
    (_ declarator: (_ declarator: (field_identifier) @name))
  ] @definition.field)

(enumerator name: (identifier) @name) @definition.enum_member

; ---- calls
(call_expression function: (identifier) @name arguments: (argument_list) @args) @reference.call
(call_expression
  function: (field_expression argument: (_) @receiver field: (field_identifier) @name)
  arguments: (argument_list) @args) @reference.call

; ---- includes: module is the path as written, system <...> or local "..."
(preproc_include path: (system_lib_string) @module) @reference.import.system
(preproc_include path: (string_literal) @module) @reference.import.local

; ---- type uses (primitive types are not captured; struct/union/enum tags by name)
(parameter_declaration
  type: [(type_identifier)
         (struct_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name)
         (enum_specifier !body name: (_) @name)] @reference.type.parameter)
(function_definition
  type: [(type_identifier)
         (struct_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name)
         (enum_specifier !body name: (_) @name)] @reference.type.return)
; declarations: CLanguage.finish() turns "variable" into "return" for prototypes and "local" in bodies
(declaration
  type: [(type_identifier)
         (struct_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name)
         (enum_specifier !body name: (_) @name)] @reference.type.variable)
(field_declaration
  type: [(type_identifier)
         (struct_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name)
         (enum_specifier !body name: (_) @name)] @reference.type.field)
(type_definition
  type: [(type_identifier)
         (struct_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name)
         (enum_specifier !body name: (_) @name)] @reference.type.alias)
