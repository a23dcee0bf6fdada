"""The news in data/news.yaml: each item's page and each year's, the feeds, their addresses, the
bodies' Markdown. `python -m programme_site.news "Otsikko"` adds an item (`make news`)."""
