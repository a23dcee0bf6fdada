"""Writing the site's files again where they are, as the live preview does on every save."""

from __future__ import annotations

from pathlib import Path


def rewrite(path: Path, data: bytes) -> None:
    """Make the file at `path` hold `data`: an existing file is written over from its start and then
    cut to length. Opening it for writing would first cut it to nothing, after which ext4 (its
    auto_da_alloc) writes the file to disk when it is closed: about 0.25 ms a file against 0.02 ms,
    which a live-preview save that patches hundreds of pages paid for each of them."""
    try:
        file = path.open("r+b")
    except FileNotFoundError:
        path.write_bytes(data)
        return
    with file:
        file.write(data)
        file.truncate()
