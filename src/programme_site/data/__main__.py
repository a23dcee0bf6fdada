"""`make schema`: write the editors' JSON Schemas of data/news.yaml and data/contacts.yaml."""

from programme_site.data.schema import main

raise SystemExit(main())
