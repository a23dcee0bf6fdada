"""Findings as GitHub Actions annotations: one command per finding, on its file and line."""

from programme_site.core.annotations import annotate_build_log, workflow_command


def test_a_finding_becomes_one_well_formed_command() -> None:
    assert workflow_command("error", "docs/sv/a.md", 7, "Language check", "50% fel\nrad två") == (
        "::error file=docs/sv/a.md,line=7,title=Language check::50%25 fel%0Arad två"
    )


def test_colons_and_commas_in_properties_are_escaped() -> None:
    assert workflow_command("warning", "docs/fi/a,b.md", None, "Check: x", "m") == (
        "::warning file=docs/fi/a%2Cb.md,title=Check%3A x::m"
    )


def test_only_lines_about_a_project_file_are_annotated() -> None:
    log = "INFO    -  Building\nERROR   -  data/news.yaml:12: news item x, field 'date': bad\nAborted with a BuildError!"
    assert annotate_build_log(log, "Build").split("\n") == [
        "INFO    -  Building",
        "::error file=data/news.yaml,line=12,title=Build::news item x, field 'date': bad",
        "Aborted with a BuildError!",
    ]
