"""Save simplemma's dictionaries as tries once, inside .venv (make runs it after installing)."""

from programme_site.search.word_forms import main

raise SystemExit(main())
