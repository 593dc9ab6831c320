"""Reads a feed from stdin with feedparser (Debian's python3-feedparser) and
prints, per entry, what a reader gets for its images, as JSON."""
import json
import sys

import feedparser

feed = feedparser.parse(sys.stdin.buffer.read())
print(json.dumps({
    "bozo": bool(feed.bozo),
    "entries": [
        {
            "id": entry.get("id"),
            "media_content": [dict(m) for m in entry.get("media_content", [])],
            "media_credit": [dict(c) for c in entry.get("media_credit", [])],
            "enclosures": [dict(e) for e in entry.get("enclosures", [])],
            "content": [c.get("value", "") for c in entry.get("content", [])],
        }
        for entry in feed.entries
    ],
}))
