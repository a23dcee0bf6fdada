"""The pages in docs/: read as MkDocs reads them, checked, judged after Markdown, addressed and dated."""
