#!/usr/bin/env bash
# Builds optimised (-O2) shared libraries of the tree-sitter runtime and of the grammars, from
# the C sources their npm packages ship, for bin/atlas and the tests to preload.
#
# Why: the natives bundled in the tree-sitter-ng jars are built without optimisation (-O0);
# parsing and querying run 3-5x faster with an -O2 build. tree-sitter-ng's JNI code calls the
# runtime and each grammar's tree_sitter_NAME() through the PLT, so libraries preloaded with
# LD_PRELOAD take their place. Versions match the Maven grammar artifacts exactly, so queries
# and golden fixtures hold either way.
#
# Never fails the build: without gcc, npm or the network it prints why on stderr and exits 0,
# and Atlas runs on the bundled libraries. Output: OUT/*.so and OUT/preload (the LD_PRELOAD
# list). Built once per version set and cached in ${ATLAS_NATIVE_CACHE:-~/.cache/atlas/native}.
# Set ATLAS_NATIVE=bundled to skip.
set -uo pipefail

OUT="${1:?usage: build-native.sh OUTDIR}"
warn() { echo "atlas native build: $*; using the bundled (unoptimised) tree-sitter libraries" >&2; }

if [[ "${ATLAS_NATIVE:-}" == "bundled" ]]; then exit 0; fi
if [[ "$(uname -s)" != "Linux" ]]; then exit 0; fi
for tool in gcc npm tar; do
  command -v "$tool" >/dev/null 2>&1 || { warn "$tool not found"; exit 0; }
done

# runtime: the tree-sitter version whose C sources npm ships closest to tree-sitter-ng's
RUNTIME="tree-sitter@0.25.1"
# package@version  source-dir-in-package  library-name   (versions = the Maven grammar artifacts)
GRAMMARS=(
  "tree-sitter-java@0.23.5 src java"
  "tree-sitter-python@0.25.0 src python"
  "tree-sitter-javascript@0.25.0 src javascript"
  "tree-sitter-typescript@0.23.2 typescript/src typescript"
  "tree-sitter-typescript@0.23.2 tsx/src tsx"
  "tree-sitter-go@0.25.0 src go"
  "tree-sitter-rust@0.24.0 src rust"
  "tree-sitter-c@0.24.1 src c"
  "tree-sitter-cpp@0.23.4 src cpp"
  "tree-sitter-c-sharp@0.23.1 src c-sharp"
  "tree-sitter-ruby@0.23.1 src ruby"
  "tree-sitter-php@0.24.2 php/src php"
  "tree-sitter-kotlin@0.3.8 src kotlin"
  "tree-sitter-bash@0.23.3 src bash"
)
SCRIPT_HASH=$(sha1sum "$0" | cut -c1-12)
CACHE="${ATLAS_NATIVE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/atlas/native}/$SCRIPT_HASH"
mkdir -p "$OUT"

if [[ ! -f "$CACHE/preload" ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  fetch() { # package@version -> extracted dir
    local spec="$1" dir="$work/${1//[@\/]/_}"
    if [[ ! -d "$dir" ]]; then
      mkdir -p "$dir"
      (cd "$dir" && timeout 300 npm pack --silent "$spec" >/dev/null 2>"$dir.err") || { warn "npm pack $spec failed: $(tail -n1 "$dir.err")"; return 1; }
      tar xzf "$dir"/*.tgz -C "$dir" || return 1
    fi
    echo "$dir/package"
  }
  mkdir -p "$CACHE.tmp"
  echo "atlas: building optimised tree-sitter libraries (once; about a minute)..." >&2
  rt="$(fetch "$RUNTIME")" || exit 0
  lib="$rt/vendor/tree-sitter/lib"
  if ! gcc -O2 -fPIC -shared -std=c11 -I"$lib/include" -I"$lib/src" "$lib/src/lib.c" -o "$CACHE.tmp/libtree-sitter-runtime.so" 2>"$work/rt.err"; then
    warn "compiling the runtime failed: $(tail -n1 "$work/rt.err")"; exit 0
  fi
  list="$CACHE.tmp/libtree-sitter-runtime.so"
  jobs=()
  for g in "${GRAMMARS[@]}"; do
    read -r spec sub name <<<"$g"
    pkg="$(fetch "$spec")" || continue
    src="$pkg/$sub"
    files=("$src/parser.c")
    [[ -f "$src/scanner.c" ]] && files+=("$src/scanner.c")
    if [[ "$name" == "ruby" ]]; then
      # tree-sitter-ruby 0.23.1 stores a heredoc word's length in one byte but copies all of it:
      # a word over 255 bytes desynchronises deserialize (an assertion abort, or reads past what
      # was written). Such a state is left unserialised instead (found by RandomInputTest).
      sed -i 's/if (size + 2 + heredoc->word.size >= TREE_SITTER_SERIALIZATION_BUFFER_SIZE) {/if (heredoc->word.size > 255 || size + 2 + heredoc->word.size >= TREE_SITTER_SERIALIZATION_BUFFER_SIZE) {/' "$src/scanner.c"
      grep -q 'heredoc->word.size > 255' "$src/scanner.c" || { warn "could not patch the ruby scanner; using the bundled ruby library"; continue; }
    fi
    # -DNDEBUG: a grammar's internal assertion must not abort the whole indexing JVM
    (gcc -O2 -DNDEBUG -fPIC -shared -std=c11 -I"$src" "${files[@]}" -o "$CACHE.tmp/libtree-sitter-$name.so" 2>"$work/$name.err" \
      || warn "compiling $name failed: $(tail -n1 "$work/$name.err")") &
    jobs+=($!)
    if (( ${#jobs[@]} >= $(nproc) )); then wait "${jobs[0]}"; jobs=("${jobs[@]:1}"); fi
  done
  wait
  for g in "${GRAMMARS[@]}"; do
    read -r spec sub name <<<"$g"
    [[ -f "$CACHE.tmp/libtree-sitter-$name.so" ]] && list="$list:$CACHE/libtree-sitter-$name.so"
  done
  list="${list/$CACHE.tmp\/libtree-sitter-runtime.so/$CACHE/libtree-sitter-runtime.so}"
  echo "$list" > "$CACHE.tmp/preload"
  rm -rf "$CACHE"
  mv "$CACHE.tmp" "$CACHE"
fi
# Install by rename, never by overwriting: a running atlas (an MCP server, a long index) has
# these libraries mapped, and writing into them under it crashes it.
for so in "$CACHE"/*.so; do
  [[ -f "$so" ]] || continue
  dest="$OUT/$(basename "$so")"
  cmp -s "$so" "$dest" 2>/dev/null && continue
  cp "$so" "$dest.tmp.$$" && mv -f "$dest.tmp.$$" "$dest"
done
sed "s#$CACHE#$(cd "$OUT" && pwd)#g" "$CACHE/preload" > "$OUT/preload.tmp.$$" && mv -f "$OUT/preload.tmp.$$" "$OUT/preload"
exit 0
