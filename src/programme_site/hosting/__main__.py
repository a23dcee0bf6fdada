"""`make hosting`: print the nginx snippet of the security headers."""

from programme_site.hosting.headers import nginx_snippet

print(nginx_snippet(), end="")
