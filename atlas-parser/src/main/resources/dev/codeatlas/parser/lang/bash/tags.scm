; Bash definitions and references. Capture conventions: docs/queries.md

; ---- functions: `function foo { }`, `function foo() { }`, `foo() { }`, `foo() ( subshell )`
(function_definition name: (word) @name body: (_) @body) @definition.function

; ---- top-level UPPER_CASE assignments are constants: `X=1`, `readonly X=1`, `export X=1`, `declare -r X=1`
(program
  (variable_assignment name: (variable_name) @name (#match? @name "^[A-Z][A-Z0-9_]*$")) @definition.constant)
(program
  (declaration_command
    (variable_assignment name: (variable_name) @name (#match? @name "^[A-Z][A-Z0-9_]*$"))) @definition.constant)

; ---- `source FILE` / `. FILE`
(command name: (command_name (word) @_source (#any-of? @_source "source" "."))
  . argument: (_) @module) @reference.import

; ---- calls: every simple command whose name is a plain word (BashLanguage.finish drops builtins
; that never name a project function). @args is the whole command node: BashLanguage.adjustReference
; subtracts the command name and the `VAR=x` prefixes (context env1/env2 says how many).
(command . name: (command_name (word) @name)) @args @reference.call
(command . (variable_assignment) . name: (command_name (word) @name)) @args @reference.call.env1
(command . (variable_assignment) . (variable_assignment) . name: (command_name (word) @name)) @args @reference.call.env2
(command . (variable_assignment) . (variable_assignment) . (variable_assignment) name: (command_name (word) @name)) @reference.call
