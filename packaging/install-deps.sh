#!/usr/bin/env bash
# Installs exactly the Debian 12 packages CallDeck needs to build, run and test — only those that
# are missing, so running it twice does nothing the second time.
#
#   packaging/install-deps.sh            build + run + test dependencies
#   packaging/install-deps.sh --runtime  only what the built program needs to run
set -euo pipefail

build_pkgs=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev qt6-multimedia-dev qt6-charts-dev
    libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qtkeychain-qt6-dev
    libopus-dev libopusenc-dev libopusfile-dev libphonenumber-dev
    libspeexdsp-dev libwebrtc-audio-processing-dev libespeak-ng-dev libsodium-dev
    python3-phonenumbers
)
runtime_pkgs=(
    espeak-ng gnome-keyring dbus dbus-x11 libsecret-tools qt6-qpa-plugins fonts-dejavu-core
    libqt6sql6-sqlite
)
test_pkgs=(
    xvfb xauth pulseaudio pulseaudio-utils sox faketime
)

want=("${runtime_pkgs[@]}")
if [[ "${1:-}" != "--runtime" ]]; then
    want+=("${build_pkgs[@]}" "${test_pkgs[@]}")
fi

missing=()
for pkg in "${want[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$pkg")
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "install-deps: all ${#want[@]} packages already installed."
    exit 0
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done."
