#!/bin/sh
# A script with a syntax error in the middle;
# the shebang above is not part of this doc.
before() {
  echo before
  helper_one
}

broken() {
  if [ "$1" = x ]; then
    helper_two ) ;;
  fi
}

after() {
  helper_three "$@"
}

after
