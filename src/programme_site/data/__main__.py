"""`make schema`: write the editors' JSON Schemas of data/news.yaml and data/contacts.yaml, and the
workspace settings that map them to their files (.vscode/settings.json)."""

from programme_site.data.schema import main

raise SystemExit(main())
