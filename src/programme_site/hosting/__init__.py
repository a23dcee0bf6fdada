"""How the site is served: its security headers and Content-Security-Policy, from one table, and
the script files the policy allows. `python -m programme_site.hosting` prints the nginx snippet."""
