; Rust definitions and references. Capture conventions: docs/queries.md
; Module prefix = the path without extension (src/net/tcp.rs -> src/net/tcp).
; Attributes (#[...]) are siblings before an item, so the item pattern starts with
; (attribute_item)* @modifiers; together with (visibility_modifier) they are the modifiers
; (RustLanguage reads "pub", "pub(crate)" and attribute names from that text).

; ---- definitions. One pattern for all items keeps the query quick to compile: the
; attribute prefix costs much when repeated per item.
; types: struct/enum/union/trait/type alias (a tuple struct has no @body: its signature is its
; first line); callables: fn items (methods inside impl/trait), signatures (trait methods
; without a default body, extern fns), macro_rules! (kind function, called through macro
; invocations); values: const (constant), static (variable), fields, enum variants.
((attribute_item)* @modifiers . [
  (struct_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (field_declaration_list)? @body) @definition.struct
  (enum_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (enum_variant_list) @body) @definition.enum
  (union_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (field_declaration_list) @body) @definition.union
  (trait_item (visibility_modifier)? @modifiers name: (type_identifier) @name body: (declaration_list) @body) @definition.trait
  (type_item (visibility_modifier)? @modifiers name: (type_identifier) @name) @definition.type_alias
  (associated_type name: (type_identifier) @name) @definition.type_alias
  (function_item (visibility_modifier)? @modifiers name: (identifier) @name body: (block) @body) @definition.function
  (function_signature_item (visibility_modifier)? @modifiers name: (identifier) @name ";" @body) @definition.function
  (macro_definition name: (identifier) @name ["{" "(" "["] @body) @definition.function
  (const_item (visibility_modifier)? @modifiers name: (identifier) @name) @definition.constant
  (static_item (visibility_modifier)? @modifiers name: (identifier) @name) @definition.variable
  (field_declaration (visibility_modifier)? @modifiers name: (field_identifier) @name) @definition.field
  (enum_variant (visibility_modifier)? @modifiers name: (identifier) @name) @definition.enum_member
])

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

; ---- type uses: the declared type node as written; RustLanguage.normalizeTypeName reduces it
; to a name (&'a mut Vec<T> -> Vec, [Foo; 4] -> Foo, dyn A + Send -> A) and finish() drops
; what names no type (primitives, tuples, fn types, "_", one-letter type parameters).
; Types nested in generics and tuples come from the type_arguments / tuple_type patterns.
; (A pattern per wrapper shape made the query take seconds to compile.)
(field_declaration type: (_) @reference.type.field)
(ordered_field_declaration_list type: (_) @reference.type.field)
(parameter type: (_) @reference.type.parameter)
(function_item return_type: (_) @reference.type.return)
(function_signature_item return_type: (_) @reference.type.return)
(closure_expression return_type: (_) @reference.type.return)
(let_declaration type: (_) @reference.type.local)
(const_item type: (_) @reference.type.variable)
(static_item type: (_) @reference.type.variable)
(type_arguments (_) @reference.type.type_argument)
(tuple_type (_) @reference.type.type_argument)
