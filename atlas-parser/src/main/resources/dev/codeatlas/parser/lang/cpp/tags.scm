; C++ definitions and references. Capture conventions: docs/queries.md
;
; Declarators nest (pointer, reference, array, init, parenthesized, function), so names are
; reached through declarator chains of fixed depth: `(_ declarator: X)` follows only the
; declarator field, never sizes or parameters.
; Matches are returned as they complete and the first match of a node and name wins, so function
; patterns come before variable patterns and no marker capture may extend a match past the
; declarator (`int f();` is a prototype, not a variable f).
;
; Markers read by CppLanguage / CFamily:
;   - a prototype's declarator is captured as @modifiers: a "(" in modifier text means "declared
;     without body" (annotation "declaration"); "#define" means a macro (annotation "macro");
;   - `template <..>`, `friend` and anonymous `namespace {` are captured as @definition.annotation
;     named "template" / "friend" / "namespace" (keywords, so never a real name): CFamily.finish()
;     folds a template into the definition it wraps (whose range, signature and doc then start at
;     `template`), drops friend declarations and lifts friend definitions out of the marker, and
;     makes what an anonymous namespace holds private;
;   - access labels (`public:`) are pseudo references of context "access", turned into member
;     visibility by CFamily.finish() and then removed;
;   - declarations are matched everywhere; CFamily.finish() drops those in function bodies.

; ---- namespaces and markers
(namespace_definition name: (_) @name body: (_)) @scope.namespace

(template_declaration "template" @name parameters: (_) (_) @body) @definition.annotation
(friend_declaration "friend" @name) @definition.annotation
(namespace_definition !name "namespace" @name body: (_)) @definition.annotation

; ---- functions with a return type
; `void API_MACRO name(..)` parses as a declarator named API_MACRO followed by an ERROR holding
; the real name; the anchored first form excludes that shape, the second takes the real name.
(function_definition
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_)
  declarator: [
    (function_declarator
      declarator: [(identifier) (field_identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name
      . parameters: (_))
    (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))
    (_ declarator: (function_declarator
      declarator: [(identifier) (field_identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name))
    (reference_declarator (function_declarator
      declarator: [(identifier) (field_identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name))
    (_ declarator: (_ declarator: (function_declarator
      declarator: [(identifier) (field_identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name)))
    ; int (*getfn(void))(int): a function returning a function pointer
    (function_declarator declarator: (parenthesized_declarator (_ declarator: (function_declarator
      declarator: [(identifier) (field_identifier) (qualified_identifier) (template_function)] @name))))
  ]
  body: (_)? @body) @definition.function

; ---- functions without a return type
; constructors (a typeless function outside a class, such as a TEST(..) macro, becomes a
; function in CppLanguage.adjustKind)
(function_definition
  !type
  declarator: (function_declarator
    declarator: [
      (identifier)
      (template_function)
      (qualified_identifier name: [
        (identifier)
        (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])])] @name)
  body: (_)? @body) @definition.constructor
; destructors and conversion operators
(function_definition
  !type
  declarator: [
    (function_declarator declarator: [
      (destructor_name)
      (qualified_identifier name: [
        (destructor_name)
        (qualified_identifier name: [(destructor_name) (qualified_identifier name: (destructor_name))])])] @name)
    (operator_cast) @name
    (qualified_identifier name: [
      (operator_cast)
      (qualified_identifier name: [(operator_cast) (qualified_identifier name: (operator_cast))])]) @name
  ]
  body: (_)? @body) @definition.function

; ---- declarations without body (prototypes, in-class method declarations), annotated "declaration"
(declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_)
  declarator: [
    (function_declarator
      declarator: [(identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name
      . parameters: (_))
    (function_declarator declarator: (identifier) . (ERROR (identifier) @name .) . parameters: (_))
    (_ declarator: (function_declarator
      declarator: [(identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name))
    (reference_declarator (function_declarator
      declarator: [(identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name))
    (_ declarator: (_ declarator: (function_declarator
      declarator: [(identifier) (qualified_identifier) (destructor_name) (operator_name) (template_function)] @name)))
  ] @modifiers) @definition.function
(field_declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_)
  declarator: [
    (function_declarator declarator: [(field_identifier) (destructor_name) (operator_name) (template_function)] @name)
    (_ declarator: (function_declarator declarator: [(field_identifier) (operator_name) (template_function)] @name))
    (reference_declarator (function_declarator declarator: [(field_identifier) (operator_name) (template_function)] @name))
    (_ declarator: (_ declarator: (function_declarator declarator: [(field_identifier) (operator_name)] @name)))
  ] @modifiers) @definition.function
(declaration
  !type
  declarator: (function_declarator
    declarator: [
      (identifier)
      (template_function)
      (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) @modifiers) @definition.constructor
(declaration
  !type
  declarator: [
    (function_declarator declarator: [
      (destructor_name)
      (qualified_identifier name: [(destructor_name) (qualified_identifier name: (destructor_name))])] @name)
    (operator_cast) @name
    (qualified_identifier name: [(operator_cast) (qualified_identifier name: (operator_cast))]) @name
  ] @modifiers) @definition.function

; ---- lambdas assigned to variables: functions (CFamily.finish() folds the variable into them)
(init_declarator
  declarator: (identifier) @name
  value: (lambda_expression body: (_) @body) @definition.function)

; ---- macros: object-like with a value are constants, function-like are functions
(preproc_def "#define" @modifiers name: (identifier) @name value: (_)) @definition.constant
(preproc_function_def "#define" @modifiers name: (identifier) @name value: (_)? @body) @definition.function

; ---- classes, structs, unions, enums with a body
(class_specifier name: (_) @name body: (_) @body) @definition.class
(struct_specifier name: (_) @name body: (_) @body) @definition.struct
(union_specifier name: (_) @name body: (_) @body) @definition.union
(enum_specifier name: (_) @name body: (_) @body) @definition.enum

; typedef struct { ... } Foo;  -> struct Foo (the anonymous type takes the typedef's name, its
; members are Foo's; it spans `struct {..}`), plus the alias Foo at its declarator below (a typedef
; name is an entity of its own, where ctags and readers of `} Foo;` place it): Foo#2.
(type_definition type: (struct_specifier !name body: (_) @body) @definition.struct declarator: (type_identifier) @name)
(type_definition type: (class_specifier !name body: (_) @body) @definition.class declarator: (type_identifier) @name)
(type_definition type: (union_specifier !name body: (_) @body) @definition.union declarator: (type_identifier) @name)
(type_definition type: (enum_specifier !name body: (_) @body) @definition.enum declarator: (type_identifier) @name)

; ---- type aliases
(alias_declaration name: (_) @name) @definition.type_alias
(type_definition
  type: (_ !body)
  declarator: [
    (type_identifier) @name
    (_ declarator: (type_identifier) @name)
    (reference_declarator (type_identifier) @name)
    (_ declarator: (_ declarator: (type_identifier) @name))
    (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name)))
    (_ declarator: (parenthesized_declarator (_ declarator: (_ declarator: (type_identifier) @name))))
    (_ declarator: (_ declarator: (parenthesized_declarator (_ declarator: (type_identifier) @name))))
  ]) @definition.type_alias
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

; ---- variables (locals are dropped by CFamily.finish; `int Foo::n = 0;` is a field of Foo)
; The declarator chains never pass through a function declarator (except the parenthesized
; function-pointer form), so a prototype can never also match as a variable.
(declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ !body)
  declarator: [
    [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name
    (init_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)
    [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)]
    (init_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])
    (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])
    (array_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])
    (init_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)]))
    (pointer_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)]))
    (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])]))
    (init_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])])))
    (pointer_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (pointer_declarator declarator: [(pointer_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (array_declarator declarator: [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name) (reference_declarator [(identifier) (qualified_identifier name: [(identifier) (qualified_identifier name: (identifier))])] @name)])])))
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

; ---- data members
(field_declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ !body)
  declarator: [
    (field_identifier) @name
    [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)]
    (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)])
    (array_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)])
    (pointer_declarator declarator: (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)]))
    (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (field_identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)])]))
    (pointer_declarator declarator: (function_declarator declarator: (parenthesized_declarator [(pointer_declarator declarator: (field_identifier) @name) (pointer_declarator declarator: [(pointer_declarator declarator: (field_identifier) @name) (array_declarator declarator: (field_identifier) @name) (reference_declarator (field_identifier) @name)])])))
  ]) @definition.field
(field_declaration
  (storage_class_specifier)* @modifiers (type_qualifier)* @modifiers
  type: (_ body: (_))
  declarator: [
    (field_identifier) @name
    (_ declarator: (field_identifier) @name)
    (_ declarator: (_ declarator: (field_identifier) @name))
  ] @definition.field)

(enumerator name: (identifier) @name) @definition.enum_member

; ---- access labels (pseudo references, see the header)
(field_declaration_list (access_specifier) @reference.type.access)

; ---- calls
(call_expression function: (identifier) @name arguments: (argument_list) @args) @reference.call
; ns::f(), Foo<T>::g(), std::make_unique<T>(): CppLanguage splits receiver and name
(call_expression function: [(qualified_identifier) (template_function)] @name arguments: (argument_list) @args) @reference.call
(call_expression
  function: (field_expression
    argument: (_) @receiver
    field: [(field_identifier) (template_method) (qualified_identifier) (destructor_name)
            (dependent_name (template_method))] @name)
  arguments: (argument_list) @args) @reference.call
(new_expression
  type: [(type_identifier) (qualified_identifier) (template_type)] @name
  arguments: (_)? @args) @reference.new
; Foo f(1, 2);  Foo f{1, 2};  -> a constructor call
(declaration
  type: [(type_identifier) (qualified_identifier) (template_type)] @name
  declarator: (init_declarator value: [(argument_list) (initializer_list)] @args)) @reference.new

; ---- includes and using-declarations
(preproc_include path: (system_lib_string) @module) @reference.import.system
(preproc_include path: (string_literal) @module) @reference.import.local
(using_declaration "namespace"? @wildcard [(identifier) (qualified_identifier)] @module) @reference.import.using

; ---- supertypes
(base_class_clause [(type_identifier) (qualified_identifier) (template_type)] @reference.inherits)

; ---- type uses (primitive types and auto are not captured; elaborated tags by name)
(parameter_declaration
  type: [(type_identifier) (qualified_identifier) (template_type)
         (struct_specifier !body name: (_) @name) (class_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name) (enum_specifier !body name: (_) @name)] @reference.type.parameter)
(optional_parameter_declaration
  type: [(type_identifier) (qualified_identifier) (template_type)] @reference.type.parameter)
(function_definition
  type: [(type_identifier) (qualified_identifier) (template_type)
         (struct_specifier !body name: (_) @name) (class_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name) (enum_specifier !body name: (_) @name)] @reference.type.return)
(trailing_return_type
  (type_descriptor type: [(type_identifier) (qualified_identifier) (template_type)] @reference.type.return))
; declarations: CFamily.finish() turns "variable" into "return" for prototypes and "local" in bodies
(declaration
  type: [(type_identifier) (qualified_identifier) (template_type)
         (struct_specifier !body name: (_) @name) (class_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name) (enum_specifier !body name: (_) @name)] @reference.type.variable)
(field_declaration
  type: [(type_identifier) (qualified_identifier) (template_type)
         (struct_specifier !body name: (_) @name) (class_specifier !body name: (_) @name)
         (union_specifier !body name: (_) @name) (enum_specifier !body name: (_) @name)] @reference.type.field)
(type_definition
  type: [(type_identifier) (qualified_identifier) (template_type)] @reference.type.alias)
(alias_declaration
  type: (type_descriptor type: [(type_identifier) (qualified_identifier) (template_type)] @reference.type.alias))
(template_argument_list
  (type_descriptor type: [(type_identifier) (qualified_identifier) (template_type)] @reference.type.type_argument))
