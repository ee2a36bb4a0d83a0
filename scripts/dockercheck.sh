#!/usr/bin/env bash
# dockercheck.sh — replay the Dockerfile without a Docker engine: build a
# fresh Debian bookworm root with debootstrap, add what the golang base image
# provides (Go at /usr/local/go, git, make, gcc, ca-certificates, a GOPATH /go
# writable by every user), then apply the Dockerfile's WORKDIR, COPY (with
# --chown), ENV, USER and RUN instructions in order inside a chroot (COPY .
# copies the committed tree, as from a clean clone; RUN runs as the current
# USER with its HOME), and finally run `make test`'s Go part there as that
# user. Needs root and the
# Debian archive. The root is left in $DOCKERCHECK_ROOT (default: a new
# directory under /var/tmp) for inspection; delete it afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ "$(id -u)" = 0 ] || { echo "dockercheck: must run as root (debootstrap, chroot)" >&2; exit 1; }
command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
mirror=${mirror:-http://deb.debian.org/debian}
root=${DOCKERCHECK_ROOT:-$(mktemp -d /var/tmp/sbcorr-dockercheck.XXXXXX)}
chmod 755 "$root"  # mktemp makes it 0700: the image's non-root USER must traverse /

if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "dockercheck: debootstrap bookworm into $root ($mirror)"
  debootstrap --variant=minbase --include=ca-certificates,git,make,gcc,libc6-dev bookworm "$root" "$mirror" >/dev/null
  cp -a "$(go env GOROOT)" "$root/usr/local/go"
  mkdir -p "$root/go/src" "$root/go/bin" && chmod -R 1777 "$root/go"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf"
# This machine reaches the module proxy through its own certificate authority:
# give the root the host's CA bundle, as a Docker build inherits its network.
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"
mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

# The golang image's environment.
envs=(PATH=/go/bin:/usr/local/go/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  GOPATH=/go GOPROXY="$(go env GOPROXY)" GOTOOLCHAIN=local)
workdir=/ user=root
# in_image CMD runs CMD in the root as $user, in $workdir, with the image's
# environment and the user's HOME (as Docker sets it from /etc/passwd).
in_image() {
  local home
  home=$(awk -F: -v u="$user" '$1 == u {print $6}' "$root/etc/passwd")
  chroot --userspec="$user:$user" "$root" /usr/bin/env -i "${envs[@]}" HOME="${home:-/}" /bin/bash -c "cd $workdir && $1"
}
while read -r instr args; do
  case "$instr" in
    WORKDIR) workdir=$args; rm -rf "${root:?}$workdir"; mkdir -p "$root$workdir"  # fresh, as in a new image
      chroot "$root" chown "$user:$user" "$workdir" ;;
    ENV) envs+=("${args/\$PATH/$(printf '%s\n' "${envs[@]}" | awk -F= '$1 == "PATH" {print $2}')}") ;;
    USER) user=$args ;;
    COPY)
      read -r -a parts <<<"$args"
      owner=""
      if [[ "${parts[0]}" = --chown=* ]]; then owner=${parts[0]#--chown=}; parts=("${parts[@]:1}"); fi
      dst=${parts[-1]}
      [[ "$dst" = /* ]] || dst="$workdir/$dst"
      for src in "${parts[@]:0:${#parts[@]}-1}"; do
        echo "dockercheck: COPY $src $dst"
        if [ "$src" = . ]; then
          mkdir -p "$root$dst"
          # the committed tree, as in a clean clone, minus .dockerignore's entries
          git -C "$repo" archive HEAD | tar -C "$root$dst" -xf - --exclude-from=<(sed 's#^/##' .dockerignore)
          [ -z "$owner" ] || chroot "$root" chown -R "$owner" "$dst"
        else
          to=$dst
          [[ "$to" = */ ]] && to="$to$(basename "$src")"
          mkdir -p "$(dirname "$root$to")"
          cp -a "$repo/$src" "$root$to"
          [ -z "$owner" ] || chroot "$root" chown -R "$owner" "$to"
        fi
      done ;;
    RUN)
      echo "dockercheck: RUN ($user) $args"
      in_image "$args" ;;
  esac
done < <(grep -E '^(WORKDIR|ENV|COPY|RUN|USER) ' Dockerfile)

echo "dockercheck: go vet and go test inside the image ($user)"
in_image "go vet ./... && go test -count=1 ./..."
echo "dockercheck: ok ($root)"
