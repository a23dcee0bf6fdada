"""Where the site meets Material for MkDocs: the theme's texts, its language alternates and the
corrections to its HTML and JavaScript. Every coupling is listed in HANDBOOK.md, "Upgrading"."""
