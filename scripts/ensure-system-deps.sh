#!/usr/bin/env bash
# Installs the Debian packages the end-to-end tests drive, if they are missing:
# a real feed reader (newsboat, whose cache is read with sqlite3), a real feed
# parser (Python's feedparser) and a real browser (chromium, driven by
# playwright-core). Runs before `npm test`.
set -u
need=()
command -v newsboat >/dev/null 2>&1 || need+=(newsboat)
command -v sqlite3 >/dev/null 2>&1 || need+=(sqlite3)
command -v chromium >/dev/null 2>&1 || need+=(chromium fonts-dejavu-core)
/usr/bin/python3 -c "import feedparser" >/dev/null 2>&1 || need+=(python3-feedparser)  # Debian's python, not a pyenv shim
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} (Debian packages for the feed-reader and browser tests)..."
  export DEBIAN_FRONTEND=noninteractive
  { apt-get update -qq && apt-get install -y -qq "${need[@]}"; } >/tmp/feed-publisher-apt.log 2>&1 \
    || { tail -20 /tmp/feed-publisher-apt.log; echo "apt-get install ${need[*]} failed" >&2; exit 1; }
else
  echo "warning: ${need[*]} missing and cannot be installed here (needs root and apt-get);" >&2
  echo "         the newsboat, feedparser and Chromium tests will fail until you run: sudo apt-get install ${need[*]}" >&2
fi
exit 0
