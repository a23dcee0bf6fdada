"""The HTML the site writes itself, from Jinja2 templates that escape every text (html/templates/):
the data blocks on pages (markers.py), the news items' and years' pages, the feeds, a page's date
and the notice on a page not yet translated."""
