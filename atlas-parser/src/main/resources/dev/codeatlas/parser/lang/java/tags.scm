; Java definitions and references. Capture conventions: docs/queries.md

(package_declaration [(scoped_identifier) (identifier)] @package)

; ---- types
(class_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.class
(interface_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.interface
(enum_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.enum
(record_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.record
(annotation_type_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.annotation

; ---- callables
(method_declaration (modifiers)? @modifiers name: (identifier) @name body: (block)? @body) @definition.method
(constructor_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.constructor
(compact_constructor_declaration (modifiers)? @modifiers name: (identifier) @name body: (_) @body) @definition.constructor
(annotation_type_element_declaration (modifiers)? @modifiers name: (identifier) @name) @definition.method

; ---- values
(field_declaration (modifiers)? @modifiers declarator: (variable_declarator name: (identifier) @name)) @definition.field
(constant_declaration (modifiers)? @modifiers declarator: (variable_declarator name: (identifier) @name)) @definition.constant
(enum_constant (modifiers)? @modifiers name: (identifier) @name) @definition.enum_member
(record_declaration parameters: (formal_parameters (formal_parameter name: (identifier) @name) @definition.field))

; ---- calls
(method_invocation object: (_) @receiver name: (identifier) @name arguments: (argument_list) @args) @reference.call
(method_invocation !object name: (identifier) @name arguments: (argument_list) @args) @reference.call
(explicit_constructor_invocation constructor: [(this) (super)] @name arguments: (argument_list) @args) @reference.call
(object_creation_expression type: (_) @name arguments: (argument_list) @args) @reference.new
(method_reference . (_) @receiver . "::" . [(identifier) "new"] @name) @reference.call.method_ref

; ---- imports
(import_declaration "static"? @static [(scoped_identifier) (identifier)] @module (asterisk)? @wildcard) @reference.import

; ---- supertypes
(superclass (_) @name) @reference.inherits
(super_interfaces (type_list (_) @name @reference.implements))
(extends_interfaces (type_list (_) @name @reference.inherits))

; ---- type uses; @alias is the variable the type is declared for
(field_declaration type: [(type_identifier) (scoped_type_identifier) (generic_type) (array_type) (integral_type) (floating_point_type) (boolean_type)] @reference.type.field declarator: (variable_declarator name: (identifier) @alias))
(formal_parameter type: [(type_identifier) (scoped_type_identifier) (generic_type) (array_type) (integral_type) (floating_point_type) (boolean_type)] @reference.type.parameter name: (identifier) @alias)
(spread_parameter [(type_identifier) (scoped_type_identifier) (generic_type) (array_type) (integral_type) (floating_point_type) (boolean_type)] @reference.type.parameter (variable_declarator name: (identifier) @alias))
(catch_formal_parameter (catch_type [(type_identifier) (scoped_type_identifier) (generic_type) (array_type element: [(type_identifier) (scoped_type_identifier) (generic_type)])] @reference.type.local) name: (identifier) @alias)
(method_declaration type: [(type_identifier) (scoped_type_identifier) (generic_type) (array_type element: [(type_identifier) (scoped_type_identifier) (generic_type)])] @reference.type.return)
(local_variable_declaration type: [(type_identifier) (scoped_type_identifier) (generic_type) (array_type) (integral_type) (floating_point_type) (boolean_type)] @reference.type.local declarator: (variable_declarator name: (identifier) @alias))
(enhanced_for_statement type: [(type_identifier) (scoped_type_identifier) (generic_type) (array_type element: [(type_identifier) (scoped_type_identifier) (generic_type)])] @reference.type.local name: (identifier) @alias)
(local_variable_declaration type: (type_identifier) @_var (#eq? @_var "var") declarator: (variable_declarator name: (identifier) @alias value: (object_creation_expression type: (_) @reference.type.local)))
(type_arguments [(type_identifier) (scoped_type_identifier)] @reference.type.type_argument)
