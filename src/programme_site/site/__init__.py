"""What one build of the site keeps between MkDocs' events (hooks/site_build.py connects them to it)."""
