"""`make news TITLE="Otsikko suomeksi"`: add a news item skeleton to data/news.yaml."""

from programme_site.news.scaffold import main

raise SystemExit(main())
