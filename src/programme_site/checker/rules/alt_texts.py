"""Every image on a page has an alt text, so that screen-reader users get it too."""

from __future__ import annotations

from programme_site.checker.findings import Finding
from programme_site.checker.project import Project
from programme_site.core.messages import _


def findings(project: Project) -> list[Finding]:
    return [
        Finding(
            page.path,
            image.line,
            _(
                "the image {image} has no alt text. Describe it between the brackets, "
                "e.g. ![what the image shows]({image}), so that screen-reader users get it too."
            ).format(image=image.src),
        )
        for page in project.published()
        for section in page.outline.sections
        for image in section.images
        if not image.alt
    ]
