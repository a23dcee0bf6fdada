"""Each language's search index, and the word forms that let it find inflected Finnish and Swedish
words. `python -m programme_site.search` prepares the dictionaries once (make does)."""
