; Ruby definitions and references. Capture conventions: docs/queries.md
; Matches of patterns rooted higher in the tree come first when two complete on the same node,
; so `private def x` (rooted at the call) wins over the plain `def` pattern.

; ---- classes and modules (`class A::B` is split by nameSegments); without a body the
; signature runs to the `end` keyword
(class name: [(constant) (scope_resolution)] @name body: (_) @body) @definition.class
(class name: [(constant) (scope_resolution)] @name !body "end" @body) @definition.class
(module name: [(constant) (scope_resolution)] @name body: (_) @body) @definition.module
(module name: [(constant) (scope_resolution)] @name !body "end" @body) @definition.module

; ---- methods: `def` is a function; adjustKind makes it a method inside a class or module
; (`initialize` the constructor). `private def x` passes its visibility as @modifiers.
; `def Owner.x` names its owner (@parent_name: qualified MODULE.Owner.x).
(call !receiver method: (identifier) @modifiers
  arguments: (argument_list . [
    (method name: (_) @name body: (_) @body) @definition.function
    (method name: (_) @name !body "end" @body) @definition.function
    (singleton_method name: (_) @name body: (_) @body) @definition.function
    (singleton_method name: (_) @name !body "end" @body) @definition.function])
  (#any-of? @modifiers "private" "protected" "public" "private_class_method" "public_class_method" "module_function"))
(singleton_method object: [(constant) (scope_resolution)] @parent_name name: (_) @name body: (_) @body) @definition.function
(singleton_method object: [(constant) (scope_resolution)] @parent_name name: (_) @name !body "end" @body) @definition.function
(method name: (_) @name body: (_) @body) @definition.function
(method name: (_) @name !body "end" @body) @definition.function
(singleton_method name: (_) @name body: (_) @body) @definition.function
(singleton_method name: (_) @name !body "end" @body) @definition.function
(call !receiver method: (identifier) @_m arguments: (argument_list . (simple_symbol) @name)
  (#eq? @_m "define_method")) @definition.function

; ---- attributes: one property per symbol, all sharing the call's range
(call !receiver method: (identifier) @_m arguments: (argument_list (simple_symbol) @name)
  (#any-of? @_m "attr_accessor" "attr_reader" "attr_writer")) @definition.property

; ---- constants; the right-hand side is @modifiers so adjustKind can turn
; `Point = Struct.new(...)` / `Class.new(...)` / `Data.define(...)` into a class
(assignment left: (constant) @name right: (_) @modifiers) @definition.constant

; ---- calls (declarative class-body calls such as include/attr_reader/private are not calls)
(call receiver: [(constant) (scope_resolution)] @name method: (identifier) @_m arguments: (argument_list)? @args
  (#eq? @_m "new")) @reference.new
(call receiver: (_) @receiver method: [(identifier) (constant) (operator)] @name arguments: (argument_list)? @args
  (#not-eq? @name "new")) @reference.call
(call receiver: [(identifier) (self) (call) (instance_variable) (class_variable) (global_variable)
                 (parenthesized_statements) (element_reference)] @receiver
  method: (identifier) @name arguments: (argument_list)? @args
  (#eq? @name "new")) @reference.call
(call !receiver method: [(identifier) (constant) (super)] @name arguments: (argument_list)? @args
  (#not-any-of? @name "require" "require_relative" "load" "autoload" "include" "extend" "prepend"
    "attr_accessor" "attr_reader" "attr_writer" "private" "protected" "public" "module_function"
    "private_constant" "public_constant" "private_class_method" "public_class_method" "define_method"
    "alias_method")) @reference.call
; bare `super` (implicit arguments) as a statement or receiver
[(body_statement (super) @reference.call)
 (then (super) @reference.call)
 (else (super) @reference.call)
 (block_body (super) @reference.call)
 (call receiver: (super) @reference.call)]

; ---- imports: the module is the string as written; require_relative has context "relative"
(call !receiver method: (identifier) @_m arguments: (argument_list . (string . (string_content) @module @name .))
  (#any-of? @_m "require" "load")) @reference.import
(call !receiver method: (identifier) @_m arguments: (argument_list . (string . (string_content) @module @name .))
  (#eq? @_m "require_relative")) @reference.import.relative
(call !receiver method: (identifier) @_m arguments: (argument_list . (simple_symbol) @name . (string . (string_content) @module .))
  (#eq? @_m "autoload")) @reference.import

; ---- supertypes and mixins
(superclass [(constant) (scope_resolution)] @reference.inherits)
(assignment left: (constant)
  right: (call receiver: (constant) @_c method: (identifier) @_m
    arguments: (argument_list . [(constant) (scope_resolution)] @reference.inherits))
  (#eq? @_c "Class") (#eq? @_m "new"))
(call !receiver method: (identifier) @_m arguments: (argument_list [(constant) (scope_resolution)] @reference.implements)
  (#eq? @_m "include"))
(call !receiver method: (identifier) @_m arguments: (argument_list [(constant) (scope_resolution)] @reference.implements.extend)
  (#eq? @_m "extend"))
(call !receiver method: (identifier) @_m arguments: (argument_list [(constant) (scope_resolution)] @reference.implements.prepend)
  (#eq? @_m "prepend"))
