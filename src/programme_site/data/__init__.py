"""data/*.yaml: the models, their validation and loading, the Markdown of data texts, the reviewed
list of external addresses and the editors' JSON Schemas (`python -m programme_site.data` writes them)."""
