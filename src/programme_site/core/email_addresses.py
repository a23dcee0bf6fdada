"""No e-mail address is published whole: found in any text, it is refused and the editor told where
addresses belong (the site shows a contact's address as name(at)domain)."""

from __future__ import annotations

import re

from programme_site.core.messages import N_

# An e-mail address anywhere in a text: published whole, it could be harvested.
# A match starts only where a run of address characters starts, and the run is read once: without
# that, a 10 000-character line of them with no '@' took 2 s.
RAW_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+|mailto:", re.IGNORECASE)
EMAIL_ADVICE = N_(
    "Put the address in a contact's 'email:' field in data/contacts.yaml, which the site shows as name(at)domain."
)
