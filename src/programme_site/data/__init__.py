"""data/*.yaml: the models, their validation and loading, the editors' JSON Schemas, the data
markers on pages and the HTML they render. `python -m programme_site.data` writes the schemas."""
