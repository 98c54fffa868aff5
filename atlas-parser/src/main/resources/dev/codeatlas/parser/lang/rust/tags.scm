; Rust definitions and references. Capture conventions: docs/queries.md
; Module prefix = the path without extension (src/net/tcp.rs -> src/net/tcp).
; Attributes (#[...]) are siblings before an item, so each item pattern starts with
; (attribute_item)* @modifiers; together with (visibility_modifier) they are the modifiers
; (RustLanguage reads "pub", "pub(crate)" and attribute names from that text).

; ---- types
((attribute_item)* @modifiers . (struct_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (field_declaration_list)? @body) @definition.struct)
((attribute_item)* @modifiers . (enum_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (enum_variant_list) @body) @definition.enum)
((attribute_item)* @modifiers . (union_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (field_declaration_list) @body) @definition.union)
((attribute_item)* @modifiers . (trait_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (declaration_list) @body) @definition.trait)
((attribute_item)* @modifiers . (type_item (visibility_modifier)? @modifiers name: (type_identifier) @name) @definition.type_alias)
((attribute_item)* @modifiers . (associated_type name: (type_identifier) @name) @definition.type_alias)

; ---- callables: fn items (methods inside impl/trait), signatures (trait methods without a
; default body, extern fns), macro_rules! (kind function, called through macro invocations)
((attribute_item)* @modifiers . (function_item (visibility_modifier)? @modifiers name: (identifier) @name body: (block) @body) @definition.function)
((attribute_item)* @modifiers . (function_signature_item (visibility_modifier)? @modifiers name: (identifier) @name ";" @body) @definition.function)
((attribute_item)* @modifiers . (macro_definition name: (identifier) @name ["{" "(" "["] @body) @definition.function)

; ---- values
((attribute_item)* @modifiers . (const_item (visibility_modifier)? @modifiers name: (identifier) @name) @definition.constant)
((attribute_item)* @modifiers . (static_item (visibility_modifier)? @modifiers name: (identifier) @name) @definition.variable)
((attribute_item)* @modifiers . (field_declaration (visibility_modifier)? @modifiers name: (field_identifier) @name) @definition.field)
((attribute_item)* @modifiers . (enum_variant (visibility_modifier)? @modifiers name: (identifier) @name) @definition.enum_member)

; ---- scopes: impl blocks name their members (impl<T> Foo<T> -> Foo.x, functions become
; methods); inline modules qualify names (mod tests { fn t() } -> path.tests.t)
(impl_item type: (_) @name body: (declaration_list)) @scope
(mod_item name: (identifier) @name body: (declaration_list)) @scope.namespace

; ---- calls: f(), a.b(), Foo::new(), a::b::f(), f::<T>(), a.b::<T>()
(call_expression function: (identifier) @name arguments: (arguments) @args) @reference.call
(call_expression function: (field_expression value: (_) @receiver field: (field_identifier) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (scoped_identifier path: (_) @receiver name: (identifier) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (scoped_identifier !path name: (identifier) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (generic_function function: (identifier) @name) arguments: (arguments) @args) @reference.call
(call_expression function: (generic_function function: (field_expression value: (_) @receiver field: (field_identifier) @name)) arguments: (arguments) @args) @reference.call
(call_expression function: (generic_function function: (scoped_identifier path: (_) @receiver name: (identifier) @name)) arguments: (arguments) @args) @reference.call
; macro invocations (println!, vec!, log::info!): calls with context "macro", no argument count
(macro_invocation macro: (identifier) @name) @reference.call.macro
(macro_invocation macro: (scoped_identifier path: (_) @receiver name: (identifier) @name)) @reference.call.macro
; struct expressions: Foo { .. }, a::Foo { .. }, Shape::Circle { .. }, Foo::<T> { .. }
(struct_expression name: [(type_identifier) (scoped_type_identifier)] @name body: (field_initializer_list) @args) @reference.new
(struct_expression name: (generic_type_with_turbofish type: (_) @name) body: (field_initializer_list) @args) @reference.new

; ---- imports: the whole use tree is captured and split by RustLanguage.finish
; (use a::{b, c as d, e::*} gives three imports); extern crate x as y
(use_declaration argument: (_) @module @name) @reference.import.use
(extern_crate_declaration name: (identifier) @name alias: (identifier)? @alias) @reference.import

; ---- supertypes: trait supertraits (INHERITS); impl Trait for Type (IMPLEMENTS, from = Type,
; see RustLanguage.adjustReference)
(trait_item bounds: (trait_bounds [(type_identifier) (scoped_type_identifier) (generic_type)] @name @reference.inherits))
(impl_item trait: [(type_identifier) (scoped_type_identifier) (generic_type)] @name type: (_) @receiver) @reference.implements

; ---- type uses (primitive types are their own node type; "_" and one-letter names, i.e. type
; parameters, are excluded). Alternatives are kept flat: a capture on a nested alternation
; silently fails to match in this tree-sitter version.
; struct, union and variant fields; tuple-struct fields
((field_declaration type: [
    (type_identifier) @reference.type.field
    (scoped_type_identifier) @reference.type.field
    (generic_type type: (type_identifier) @reference.type.field)
    (generic_type type: (scoped_type_identifier) @reference.type.field)
    (reference_type type: (type_identifier) @reference.type.field)
    (reference_type type: (scoped_type_identifier) @reference.type.field)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.field))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.field)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.field)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.field))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.field)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field)))
    (pointer_type type: (type_identifier) @reference.type.field)
    (pointer_type type: (scoped_type_identifier) @reference.type.field)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.field))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (array_type element: (type_identifier) @reference.type.field)
    (array_type element: (scoped_type_identifier) @reference.type.field)
    (array_type element: (generic_type type: (type_identifier) @reference.type.field))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (dynamic_type trait: (type_identifier) @reference.type.field)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.field)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.field))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (abstract_type trait: (type_identifier) @reference.type.field)
    (abstract_type trait: (scoped_type_identifier) @reference.type.field)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.field))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (tuple_type (type_identifier) @reference.type.field)
    (tuple_type (scoped_type_identifier) @reference.type.field)
    (tuple_type (generic_type type: (type_identifier) @reference.type.field))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.field))
  ])
 (#not-match? @reference.type.field "^([A-Z]|_)$"))

((ordered_field_declaration_list type: [
    (type_identifier) @reference.type.field
    (scoped_type_identifier) @reference.type.field
    (generic_type type: (type_identifier) @reference.type.field)
    (generic_type type: (scoped_type_identifier) @reference.type.field)
    (reference_type type: (type_identifier) @reference.type.field)
    (reference_type type: (scoped_type_identifier) @reference.type.field)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.field))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.field)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.field)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.field))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.field))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.field)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field)))
    (pointer_type type: (type_identifier) @reference.type.field)
    (pointer_type type: (scoped_type_identifier) @reference.type.field)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.field))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (array_type element: (type_identifier) @reference.type.field)
    (array_type element: (scoped_type_identifier) @reference.type.field)
    (array_type element: (generic_type type: (type_identifier) @reference.type.field))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (dynamic_type trait: (type_identifier) @reference.type.field)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.field)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.field))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (abstract_type trait: (type_identifier) @reference.type.field)
    (abstract_type trait: (scoped_type_identifier) @reference.type.field)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.field))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.field))
    (tuple_type (type_identifier) @reference.type.field)
    (tuple_type (scoped_type_identifier) @reference.type.field)
    (tuple_type (generic_type type: (type_identifier) @reference.type.field))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.field))
  ])
 (#not-match? @reference.type.field "^([A-Z]|_)$"))

; parameters (functions, closures)
((parameter type: [
    (type_identifier) @reference.type.parameter
    (scoped_type_identifier) @reference.type.parameter
    (generic_type type: (type_identifier) @reference.type.parameter)
    (generic_type type: (scoped_type_identifier) @reference.type.parameter)
    (reference_type type: (type_identifier) @reference.type.parameter)
    (reference_type type: (scoped_type_identifier) @reference.type.parameter)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.parameter))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.parameter))
    (reference_type type: (array_type element: (type_identifier) @reference.type.parameter))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.parameter))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.parameter)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.parameter)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.parameter))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.parameter))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.parameter)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.parameter)))
    (pointer_type type: (type_identifier) @reference.type.parameter)
    (pointer_type type: (scoped_type_identifier) @reference.type.parameter)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.parameter))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.parameter))
    (array_type element: (type_identifier) @reference.type.parameter)
    (array_type element: (scoped_type_identifier) @reference.type.parameter)
    (array_type element: (generic_type type: (type_identifier) @reference.type.parameter))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.parameter))
    (dynamic_type trait: (type_identifier) @reference.type.parameter)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.parameter)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.parameter))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.parameter))
    (abstract_type trait: (type_identifier) @reference.type.parameter)
    (abstract_type trait: (scoped_type_identifier) @reference.type.parameter)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.parameter))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.parameter))
    (tuple_type (type_identifier) @reference.type.parameter)
    (tuple_type (scoped_type_identifier) @reference.type.parameter)
    (tuple_type (generic_type type: (type_identifier) @reference.type.parameter))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.parameter))
  ])
 (#not-match? @reference.type.parameter "^([A-Z]|_)$"))

; return types (functions, signatures, closures, fn types)
((_ return_type: [
    (type_identifier) @reference.type.return
    (scoped_type_identifier) @reference.type.return
    (generic_type type: (type_identifier) @reference.type.return)
    (generic_type type: (scoped_type_identifier) @reference.type.return)
    (reference_type type: (type_identifier) @reference.type.return)
    (reference_type type: (scoped_type_identifier) @reference.type.return)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.return))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.return))
    (reference_type type: (array_type element: (type_identifier) @reference.type.return))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.return))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.return)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.return)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.return))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.return))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.return)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.return)))
    (pointer_type type: (type_identifier) @reference.type.return)
    (pointer_type type: (scoped_type_identifier) @reference.type.return)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.return))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.return))
    (array_type element: (type_identifier) @reference.type.return)
    (array_type element: (scoped_type_identifier) @reference.type.return)
    (array_type element: (generic_type type: (type_identifier) @reference.type.return))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.return))
    (dynamic_type trait: (type_identifier) @reference.type.return)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.return)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.return))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.return))
    (abstract_type trait: (type_identifier) @reference.type.return)
    (abstract_type trait: (scoped_type_identifier) @reference.type.return)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.return))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.return))
    (tuple_type (type_identifier) @reference.type.return)
    (tuple_type (scoped_type_identifier) @reference.type.return)
    (tuple_type (generic_type type: (type_identifier) @reference.type.return))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.return))
  ])
 (#not-match? @reference.type.return "^([A-Z]|_)$"))

; let x: T
((let_declaration type: [
    (type_identifier) @reference.type.local
    (scoped_type_identifier) @reference.type.local
    (generic_type type: (type_identifier) @reference.type.local)
    (generic_type type: (scoped_type_identifier) @reference.type.local)
    (reference_type type: (type_identifier) @reference.type.local)
    (reference_type type: (scoped_type_identifier) @reference.type.local)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.local))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.local))
    (reference_type type: (array_type element: (type_identifier) @reference.type.local))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.local))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.local)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.local)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.local))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.local))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.local)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.local)))
    (pointer_type type: (type_identifier) @reference.type.local)
    (pointer_type type: (scoped_type_identifier) @reference.type.local)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.local))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.local))
    (array_type element: (type_identifier) @reference.type.local)
    (array_type element: (scoped_type_identifier) @reference.type.local)
    (array_type element: (generic_type type: (type_identifier) @reference.type.local))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.local))
    (dynamic_type trait: (type_identifier) @reference.type.local)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.local)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.local))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.local))
    (abstract_type trait: (type_identifier) @reference.type.local)
    (abstract_type trait: (scoped_type_identifier) @reference.type.local)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.local))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.local))
    (tuple_type (type_identifier) @reference.type.local)
    (tuple_type (scoped_type_identifier) @reference.type.local)
    (tuple_type (generic_type type: (type_identifier) @reference.type.local))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.local))
  ])
 (#not-match? @reference.type.local "^([A-Z]|_)$"))

; const/static types
(([(const_item) (static_item)] type: [
    (type_identifier) @reference.type.variable
    (scoped_type_identifier) @reference.type.variable
    (generic_type type: (type_identifier) @reference.type.variable)
    (generic_type type: (scoped_type_identifier) @reference.type.variable)
    (reference_type type: (type_identifier) @reference.type.variable)
    (reference_type type: (scoped_type_identifier) @reference.type.variable)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.variable))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.variable))
    (reference_type type: (array_type element: (type_identifier) @reference.type.variable))
    (reference_type type: (array_type element: (scoped_type_identifier) @reference.type.variable))
    (reference_type type: (array_type element: (generic_type type: (type_identifier) @reference.type.variable)))
    (reference_type type: (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.variable)))
    (reference_type type: (dynamic_type trait: (type_identifier) @reference.type.variable))
    (reference_type type: (dynamic_type trait: (scoped_type_identifier) @reference.type.variable))
    (reference_type type: (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.variable)))
    (reference_type type: (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.variable)))
    (pointer_type type: (type_identifier) @reference.type.variable)
    (pointer_type type: (scoped_type_identifier) @reference.type.variable)
    (pointer_type type: (generic_type type: (type_identifier) @reference.type.variable))
    (pointer_type type: (generic_type type: (scoped_type_identifier) @reference.type.variable))
    (array_type element: (type_identifier) @reference.type.variable)
    (array_type element: (scoped_type_identifier) @reference.type.variable)
    (array_type element: (generic_type type: (type_identifier) @reference.type.variable))
    (array_type element: (generic_type type: (scoped_type_identifier) @reference.type.variable))
    (dynamic_type trait: (type_identifier) @reference.type.variable)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.variable)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.variable))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.variable))
    (abstract_type trait: (type_identifier) @reference.type.variable)
    (abstract_type trait: (scoped_type_identifier) @reference.type.variable)
    (abstract_type trait: (generic_type type: (type_identifier) @reference.type.variable))
    (abstract_type trait: (generic_type type: (scoped_type_identifier) @reference.type.variable))
    (tuple_type (type_identifier) @reference.type.variable)
    (tuple_type (scoped_type_identifier) @reference.type.variable)
    (tuple_type (generic_type type: (type_identifier) @reference.type.variable))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.variable))
  ])
 (#not-match? @reference.type.variable "^([A-Z]|_)$"))

; type arguments: Vec<Foo>, Box<dyn Foo + Send>, HashMap<K, &V>, Vec<(A, B)> (nested generics recurse)
((type_arguments [
    (type_identifier) @reference.type.type_argument
    (scoped_type_identifier) @reference.type.type_argument
    (generic_type type: (type_identifier) @reference.type.type_argument)
    (generic_type type: (scoped_type_identifier) @reference.type.type_argument)
    (reference_type type: (type_identifier) @reference.type.type_argument)
    (reference_type type: (scoped_type_identifier) @reference.type.type_argument)
    (reference_type type: (generic_type type: (type_identifier) @reference.type.type_argument))
    (reference_type type: (generic_type type: (scoped_type_identifier) @reference.type.type_argument))
    (dynamic_type trait: (type_identifier) @reference.type.type_argument)
    (dynamic_type trait: (scoped_type_identifier) @reference.type.type_argument)
    (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.type_argument))
    (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.type_argument))
    (bounded_type (dynamic_type trait: (type_identifier) @reference.type.type_argument))
    (bounded_type (dynamic_type trait: (scoped_type_identifier) @reference.type.type_argument))
    (bounded_type (dynamic_type trait: (generic_type type: (type_identifier) @reference.type.type_argument)))
    (bounded_type (dynamic_type trait: (generic_type type: (scoped_type_identifier) @reference.type.type_argument)))
    (tuple_type (type_identifier) @reference.type.type_argument)
    (tuple_type (scoped_type_identifier) @reference.type.type_argument)
    (tuple_type (generic_type type: (type_identifier) @reference.type.type_argument))
    (tuple_type (generic_type type: (scoped_type_identifier) @reference.type.type_argument))
  ])
 (#not-match? @reference.type.type_argument "^([A-Z]|_)$"))
