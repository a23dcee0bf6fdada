"""The programme site's logic, in three parts that do not import MkDocs.

- `core`: what both parts share: the languages, errors, YAML with line numbers, front matter;
- `build`: the site build: data, rendering, news pages and feeds, dates, language versions,
  theme corrections, hosting headers (hooks/site_build.py connects it to MkDocs);
- `checker`: the language checker (`python -m programme_site.checker`, `make check`).

The build never imports the checker; the checker reuses the build's own rules.
"""
