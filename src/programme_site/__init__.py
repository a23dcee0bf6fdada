"""The programme site's logic, in packages named for what they hold; none of it imports MkDocs.

- `core`: what every part shares: the languages, errors and messages, YAML read with line numbers,
  mkdocs.yml's settings, and the rules for any text (its limits, its language, language tags);
- `pages`: the pages in docs/: read as MkDocs reads them, their checks, what Markdown makes of them,
  their addresses and dates, a page not yet translated;
- `data`: data/*.yaml: models, validation, loading, the editors' schemas;
- `news`: where the news items, their archives and feeds are published, and `make news`;
- `html`: the HTML the site writes itself: data blocks, news pages, feeds, from Jinja2 templates;
- `search`: each language's search index and its word forms;
- `theme`: where the site meets Material for MkDocs (every coupling: HANDBOOK.md, "Upgrading");
- `hosting`: the security headers and the Content-Security-Policy;
- `site`: what one build keeps between MkDocs' events (hooks/site_build.py connects them);
- `checker`: the language checker (`make check`, `make sync`).

Imports go one way (tests/test_package_layout.py): `core` imports nothing else, the checker
reads the sources through `core`, `data`, `pages` and `news`, and nothing imports the checker.
"""
