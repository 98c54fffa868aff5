#!/usr/bin/env bash
# Deploys the application to a target host.
# Usage: deploy.sh [--dry-run] HOST

set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$SCRIPT_DIR/../lib/common.sh"
. ./config.env

readonly MAX_RETRIES=3
export DEPLOY_USER="${DEPLOY_USER:-deploy}"
declare -r TIMEOUT=30 BACKOFF=2
declare -A HOSTS=([prod]=app1 [staging]=app2)
dry_run=0

# Prints usage and exits.
usage() {
  cat <<USAGE
Usage: $(basename "$0") [--dry-run] HOST
USAGE
  exit 1
}

# Retries a command up to MAX_RETRIES times.
#   $1..: the command
function retry {
  local attempt=1
  until "$@"; do
    if (( attempt >= MAX_RETRIES )); then
      log_error "giving up after $attempt attempts: $*"
      return 1
    fi
    sleep $(( attempt * BACKOFF ))
    attempt=$((attempt + 1))
  done
}

function _remote() {
  ssh -o ConnectTimeout="$TIMEOUT" "$DEPLOY_USER@$1" "${@:2}"
}

build_artifact() (
  cd "$SCRIPT_DIR/.."
  VERSION=$(git describe --tags) make dist
  tar -czf "dist/app-$(git rev-parse --short HEAD).tgz" dist/app
)

deploy_to() {
  local host="$1"
  log_info "deploying to $host"
  if [[ $dry_run -eq 1 ]]; then
    echo "would deploy to $host"
    return 0
  fi
  retry _remote "$host" "sudo systemctl restart app" \
    | tee -a "$LOG_DIR/deploy.log" >/dev/null
  # nested helper, defined when deploy_to runs
  cleanup() { rm -rf /tmp/deploy.$$; }
  trap cleanup EXIT
}

main() {
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --dry-run) dry_run=1; shift ;;
      -h|--help) usage ;;
      *) break ;;
    esac
  done
  [[ $# -eq 1 ]] || usage
  build_artifact
  deploy_to "${HOSTS[$1]:-$1}"
}

main "$@"
