# shellcheck shell=bash
# Shared helpers for the scripts in this repository.

LOG_DIR=${LOG_DIR:-/var/log/app}
COLOR_RED=$'\e[31m'
COLOR_RESET=$'\e[0m'
Verbose=0

# log LEVEL MESSAGE...
log() {
  local level=$1; shift
  printf '%s [%s] %s\n' "$(date -u +%FT%TZ)" "$level" "$*" >&2
}

log_info() { log INFO "$@"; }

# Logs an error in red.
log_error() {
  log ERROR "${COLOR_RED}$*${COLOR_RESET}"
}

require() {
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null 2>&1 || { log_error "missing: $cmd"; exit 127; }
  done
}

if [[ -z "${COMMON_LOADED:-}" ]]; then
  COMMON_LOADED=1
  require git ssh tar
fi
