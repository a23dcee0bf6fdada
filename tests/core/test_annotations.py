"""Findings as GitHub Actions annotations: one command per finding, on its file and line."""

from programme_site.core.annotations import annotate_build_logs, workflow_command


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
    assert annotate_build_logs({"en": log}, {"en": "Build"}).split("\n") == [
        "INFO    -  Building",
        "::error file=data/news.yaml,line=12,title=Build::news item x, field 'date': bad",
        "Aborted with a BuildError!",
    ]


FINNISH_LOG = "INFO    -  Koonti\nERROR   -  data/news.yaml:12: uutinen x: väärä päivä\nAborted"
SWEDISH_LOG = "INFO    -  Bygge\nERROR   -  data/news.yaml:12: nyheten x: fel dag\nAborted"


def test_one_build_in_two_languages_gives_one_annotation_in_both() -> None:
    logs = {"fi": FINNISH_LOG, "sv": SWEDISH_LOG}
    assert annotate_build_logs(logs, {"fi": "Koonti", "sv": "Bygge"}).split("\n") == [
        "INFO    -  Koonti",
        "::error file=data/news.yaml,line=12,title=Koonti / Bygge::uutinen x: väärä päivä%0A%0Anyheten x: fel dag",
        "Aborted",
    ]


def test_logs_that_do_not_pair_up_are_each_annotated() -> None:
    logs = {"fi": FINNISH_LOG, "sv": SWEDISH_LOG.replace(":12:", ":13:")}
    assert [
        line
        for line in annotate_build_logs(logs, {"fi": "Koonti", "sv": "Bygge"}).split("\n")
        if line.startswith("::")
    ] == [
        "::error file=data/news.yaml,line=12,title=Koonti::uutinen x: väärä päivä",
        "::error file=data/news.yaml,line=13,title=Bygge::nyheten x: fel dag",
    ]
