"""Where each news item, each year's archive and each feed is published, and `make news`
(`python -m programme_site.news "Otsikko"` adds an item to data/news.yaml)."""
