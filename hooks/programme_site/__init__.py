"""Domain logic of the programme site: data, rendering and checks.

Nothing in this package imports MkDocs, so it can be tested on its own and
moved to another site generator; `hooks/data_blocks.py` is the MkDocs adapter.
"""
