"""Shared paths: the repository's sample texts and the Rust snapshots of their extraction."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOTS = ROOT / "tests" / "snapshots"


def sample_texts():
    """Every text with a Rust snapshot: (text path, snapshot path)."""
    pairs = []
    for snapshot in sorted(SNAPSHOTS.glob("*.json")):
        text = ROOT / (snapshot.stem.replace("__", "/") + ".txt")
        if text.exists():
            pairs.append((text, snapshot))
    return pairs
