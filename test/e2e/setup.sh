#!/usr/bin/env bash
# Installs what the real-editor tests need, idempotently: Debian's chromium, ripgrep, libkrb5-dev
# (code-server's native kerberos module builds against it) and fonts-noto-core (without it Arabic
# script and Devanagari render as boxes in screenshots), then code-server + playwright-core + vsce
# from test/e2e/package-lock.json. Runs unattended (CI=true, no stdin). Never downloads a browser:
# playwright drives Debian's /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")"

apt_pkgs=(libkrb5-dev ripgrep chromium fonts-noto-core)
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the
# archive; GitHub is unreachable here, so seed the cache with Debian's rg (same CLI).
cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-1.15.11"
archive="$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [ ! -s "$archive" ]; then
  mkdir -p "$cache"
  tmp="$(mktemp -d)"
  cp "$(command -v rg)" "$tmp/rg"
  tar -czf "$archive" -C "$tmp" rg
  rm -rf "$tmp"
fi

# code-server's postinstall runs npx and refuses to run as root without unsafe-perm.
stamp=node_modules/.concord-e2e-lock
if [ -f "$stamp" ] && cmp -s package-lock.json "$stamp" && [ -x node_modules/.bin/code-server ]; then
  echo "setup: node_modules up to date"
else
  echo "setup: npm ci (code-server, playwright-core, vsce)"
  npm_config_yes=true npm_config_unsafe_perm=true npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi
echo "setup: ready (code-server $(node -p "require(\"./node_modules/code-server/package.json\").version"))"
