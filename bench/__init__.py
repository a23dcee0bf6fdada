"""The benchmark: synthetic sites of any size, and `make bench`, which measures them and the real site."""
