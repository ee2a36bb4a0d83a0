#!/usr/bin/env bash
# setup.sh — install what sbcorr's notebooks and tests need on Debian 12,
# idempotently (GoNB and goimports at the versions go.mod pins as tools):
# quiet when everything is present, then one line of versions.
#
#   scripts/setup.sh            Jupyter (Debian packages), MathJax and the Liberation fonts
#                               the charts name, goimports, GoNB, the "Go (sbcorr)" kernel
#                               (GoNB with this repository as go.work: notebooks saved
#                               anywhere import the toolkit), the plain gonb kernel, and
#                               the Go build cache warmed with the toolkit's packages
#   scripts/setup.sh --peers    also the peers for `make bench` and fixture scripts
#                               (python3-pandas, python3-statsmodels, python3-scipy, R + sandwich)
#   scripts/setup.sh --browser  also Chromium, for `make htmlcheck`
#   scripts/setup.sh --system   only the Debian packages, the part that needs root (the
#                               Dockerfile runs this as root, then the rest as its user)
#
# Binaries go to GOBIN (default: $(go env GOPATH)/bin), which the Makefile puts
# first on PATH. As root apt-get runs directly, otherwise through sudo. On a
# system that is not Debian-like (no apt-get, or /etc/os-release without
# ID/ID_LIKE debian) it changes nothing, lists what to install and exits 3.
# SBCORR_OS_RELEASE overrides the os-release file (used by the tests).
set -euo pipefail

want_peers=0 want_browser=0 system_only=0
for arg in "$@"; do
  case "$arg" in
    --peers) want_peers=1 ;;
    --browser) want_browser=1 ;;
    --system) system_only=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

root=$(cd "$(dirname "$0")/.." && pwd)
gonb_version=$(awk '$1 == "github.com/janpfeifer/gonb" {print $2; exit}' "$root/go.mod" 2>/dev/null || true)
goimports_version=$(awk '$1 == "golang.org/x/tools" {print $2; exit}' "$root/go.mod" 2>/dev/null || true)

apt_pkgs=(jupyter-nbconvert jupyter-client jupyter-notebook python3-nbclient libjs-mathjax fonts-liberation)
[ "$want_peers" = 1 ] && apt_pkgs+=(python3-pandas python3-statsmodels python3-scipy r-base-core r-cran-sandwich)
[ "$want_browser" = 1 ] && apt_pkgs+=(chromium)

debian_like() {
  local osr=${SBCORR_OS_RELEASE:-/etc/os-release}
  [ -r "$osr" ] || return 1
  command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1 || return 1
  # shellcheck disable=SC1090
  ( . "$osr"; case " ${ID:-} ${ID_LIKE:-} " in *" debian "*) exit 0 ;; *) exit 1 ;; esac )
}

if ! command -v go >/dev/null 2>&1; then
  echo "setup.sh: Go is not installed; install Go >= 1.26 from https://go.dev/dl/ first" >&2
  exit 3
fi

if ! debian_like; then
  cat >&2 <<MSG
setup.sh: this system is not Debian-like (apt-get and an os-release with ID debian),
so nothing was changed. Install these yourself, then run the command again:
  - Jupyter with nbconvert, nbclient and the notebook server (packages: ${apt_pkgs[*]})
  - GoNB and goimports: cd $root && go install tool
    (GoNB $gonb_version and golang.org/x/tools $goimports_version are pinned in go.mod)
  - the kernels: gonb --install --force_deps --raw_error
    python3 $root/scripts/sbcorr_kernel.py install ~/.local/share/jupyter/kernels --repo $root --gonb \$(go env GOPATH)/bin/gonb
MSG
  exit 3
fi

missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "setup.sh: installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
[ "$system_only" = 1 ] && { echo "setup: Debian packages present (${apt_pkgs[*]})"; exit 0; }

gobin=${GOBIN:-$(go env GOPATH)/bin}
mkdir -p "$gobin"
export PATH="$gobin:$PATH"

module_version() { go version -m "$1" 2>/dev/null | awk -v m="$2" '$1 == "mod" && $2 == m {print $3}'; }

if [ "$(module_version "$gobin/goimports" golang.org/x/tools)" != "$goimports_version" ]; then
  echo "setup.sh: installing goimports $goimports_version"
  (cd "$root" && GOBIN="$gobin" go install golang.org/x/tools/cmd/goimports)
fi
if [ "$(module_version "$gobin/gonb" github.com/janpfeifer/gonb)" != "$gonb_version" ]; then
  echo "setup.sh: installing GoNB $gonb_version (pinned in go.mod)"
  (cd "$root" && GOBIN="$gobin" go install github.com/janpfeifer/gonb)
fi

jupyter_data=${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}
kernel_dir=$jupyter_data/kernels/gonb
if ! grep -qs "\"$gobin/gonb\"" "$kernel_dir/kernel.json" || ! grep -qs -- '-raw_error=true' "$kernel_dir/kernel.json"; then
  echo "setup.sh: registering the gonb Jupyter kernel"
  gonb --install --force_deps --raw_error >/dev/null 2>&1 || true
  grep -qs "\"$gobin/gonb\"" "$kernel_dir/kernel.json" || { echo "setup.sh: gonb kernel registration failed ($kernel_dir)" >&2; exit 1; }
fi
# The toolkit's own kernel, pointing at this repository (prints a line only
# when it writes the kernel, e.g. after the repository moved).
/usr/bin/python3 "$root/scripts/sbcorr_kernel.py" install "$jupyter_data/kernels" --repo "$root" --gonb "$gobin/gonb" |
  sed 's/^/setup.sh: /'

# Warm the Go build cache with the toolkit's packages, so that the first cell
# of a fresh lab links in seconds instead of compiling gonum/plot and the
# toolkit for about a minute (about 1 s when the cache is warm).
if [ -d "$root/plotting/nb" ]; then
  start=$SECONDS
  (cd "$root" && go build ./...)
  [ $((SECONDS - start)) -lt 5 ] || echo "setup.sh: compiled the toolkit into the Go build cache ($((SECONDS - start)) s)"
fi

echo "setup: $(go version | awk '{print $3}'), gonb $gonb_version, goimports (x/tools) $goimports_version, jupyter-nbconvert $(/usr/bin/jupyter nbconvert --version 2>/dev/null), kernel \"Go (sbcorr)\" -> $root"
