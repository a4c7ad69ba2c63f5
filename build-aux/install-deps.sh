#!/usr/bin/env bash
# install-deps.sh: install what libreorg needs to build and test, from
# Debian 12 packages, when (and only when) something is missing.
#
# Prints nothing and changes nothing when everything is present. Otherwise
# runs `apt-get update` once and installs only the missing packages.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -euo pipefail

missing=()

need_package () {
  local pkg
  for pkg in "$@"; do
    case " ${missing[*]-} " in
      *" $pkg "*) ;;
      *) missing+=("$pkg") ;;
    esac
  done
}

# Programs.
command -v meson >/dev/null 2>&1       || need_package meson
command -v ninja >/dev/null 2>&1       || need_package ninja-build
command -v pkg-config >/dev/null 2>&1  || need_package pkg-config
command -v gcc >/dev/null 2>&1         || need_package gcc
command -v g-ir-scanner >/dev/null 2>&1 || need_package gobject-introspection
command -v gjs >/dev/null 2>&1         || need_package gjs
command -v valgrind >/dev/null 2>&1    || need_package valgrind
command -v gi-docgen >/dev/null 2>&1   || need_package gi-docgen

# Development packages, through pkg-config (if pkg-config itself is missing,
# these checks fail too and the -dev packages are installed with it).
pc () { command -v pkg-config >/dev/null 2>&1 && pkg-config "$@" 2>/dev/null; }
pc --atleast-version=2.74 glib-2.0          || need_package libglib2.0-dev
pc --exists json-glib-1.0                   || need_package libjson-glib-dev
pc --exists gobject-introspection-1.0       || need_package libgirepository1.0-dev

# Python: always Debian's interpreter. The python3 first on PATH may be a
# private one that cannot import gi.
if [ -x /usr/bin/python3 ]; then
  /usr/bin/python3 -c 'import gi' >/dev/null 2>&1     || need_package python3-gi
  /usr/bin/python3 -c 'import pytest' >/dev/null 2>&1 || need_package python3-pytest
else
  need_package python3-gi python3-pytest
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}" >&2

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    echo "install-deps: missing packages (${missing[*]}) and not root, no sudo" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y --no-install-recommends "${missing[@]}"

# The versions Debian 12 installs must still meet the requirements.
if ! pkg-config --atleast-version=2.74 glib-2.0; then
  echo "install-deps: glib-2.0 >= 2.74 is required, found $(pkg-config --modversion glib-2.0 2>/dev/null || echo none)" >&2
  exit 1
fi
