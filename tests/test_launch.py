"""``sdm-aid FILE``: files are recognised before subcommands; ``--version``; licences."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sdm_aid import __version__, licences, paths
from sdm_aid.cli import build_parser, main
from sdm_aid.cli.launch import LaunchError, command_names, file_kind, parse_open_request
from support import FIXTURES

SESSION = FIXTURES / "sessions" / "knee-decided.sdm.json"
COMMANDS = command_names(build_parser())


def test_command_names_are_the_subcommands() -> None:
    assert {"validate", "export", "screenshot", "review", "gui"} <= set(COMMANDS)


def test_file_kind_from_the_name() -> None:
    assert file_kind(Path("a/b.sdm.json")) == "session"
    assert file_kind(Path("B.REVIEW.JSON")) == "review"
    assert file_kind(Path("b.json")) is None


def test_a_session_file_is_an_open_request(tmp_path: Path) -> None:
    copy = shutil.copy(SESSION, tmp_path / "mine.sdm.json")
    request = parse_open_request([str(copy)], COMMANDS)
    assert request is not None
    assert request.files == [Path(copy).resolve()] and not request.smoke_test
    request = parse_open_request(
        ["--aids", "extra", "--smoke-test", str(copy), "--aids=more"], COMMANDS
    )
    assert request is not None and request.smoke_test
    assert request.aids == [Path("extra"), Path("more")]


def test_a_file_named_like_a_command_stays_a_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "validate").write_text("x")
    assert parse_open_request(["validate"], COMMANDS) is None
    assert parse_open_request(["export", str(SESSION), "-o", "x.pdf"], COMMANDS) is None


def test_other_command_lines_are_left_to_the_parser() -> None:
    for argv in ([], ["--version"], ["--help"], ["valdate"], ["--aids", "x"]):
        assert parse_open_request(argv, COMMANDS) is None, argv


def test_files_that_cannot_be_opened_are_refused(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("x")
    with pytest.raises(LaunchError, match="session files"):
        parse_open_request([str(text)], COMMANDS)
    with pytest.raises(LaunchError, match="no such file"):
        parse_open_request([str(tmp_path / "gone.sdm.json")], COMMANDS)
    with pytest.raises(LaunchError, match="needs a"):
        parse_open_request(["--smoke-test"], COMMANDS)


def test_cli_reports_unopenable_files_without_starting_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path / "gone.review.json")]) == 2
    assert "no such file" in capsys.readouterr().err


def test_version_prints_the_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"sdm-aid {__version__}"


@pytest.mark.slow
def test_version_in_a_fresh_process() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "sdm_aid", "--version"], capture_output=True, text=True
    )
    assert out.returncode == 0 and out.stdout.strip() == f"sdm-aid {__version__}"


def test_frozen_bundle_finds_its_data_under_meipass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("decision_aids", "resources"):
        (tmp_path / "sdm_aid" / "_data" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.bundled_aids_dir() == tmp_path / "sdm_aid" / "_data" / "decision_aids"
    assert paths.resources_dir() == tmp_path / "sdm_aid" / "_data" / "resources"
    shutil.rmtree(tmp_path / "sdm_aid")
    with pytest.raises(FileNotFoundError, match="Reinstall"):
        paths.bundled_aids_dir()


def test_licences_cover_qt_the_libraries_and_the_dictionary() -> None:
    found = {c.name.split()[0].lower(): c for c in licences.third_party()}
    for name in ("qt", "pyside6_essentials", "jinja2", "markdown", "pyyaml", "nh3"):
        assert name in found, name
    for name in ("textstat", "pyphen", "platformdirs", "cmu", "unicode", "python"):
        assert name in found, name
    assert found["qt"].licence == "LGPL-3.0-only"
    qt_texts = dict(found["qt"].files)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt_texts["LGPL-3.0.txt"]
    assert "Carnegie Mellon" in dict(found["cmu"].files)["CMUDICT-LICENSE.txt"]
    assert "UNICODE LICENSE" in dict(found["unicode"].files)["UNICODE-LICENSE.txt"]
    for component in found.values():
        assert component.files, f"{component.name} has no licence text"
    project = licences.project()
    assert project.licence == "MIT" and "MIT License" in project.files[0][1]
    text = licences.notices_text()
    assert text.count("=" * 78) >= 2 * len(found)


def test_gui_entry_point_beside_the_console_one() -> None:
    from importlib import metadata

    gui = {e.name: e.value for e in metadata.entry_points(group="gui_scripts")}
    console = {e.name: e.value for e in metadata.entry_points(group="console_scripts")}
    assert gui.get("sdm-aid-gui") == "sdm_aid.cli:gui_main"
    assert console.get("sdm-aid") == "sdm_aid.cli:main"


def test_gui_main_runs_without_standard_streams(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A windowed program on Windows has no stdout or stderr: messages must not fail."""
    from sdm_aid.cli import gui_main

    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    monkeypatch.setattr(sys, "argv", ["sdm-aid-gui", str(tmp_path / "gone.sdm.json")])
    assert gui_main() == 2


def test_the_parser_registers_the_commands_named_or_all() -> None:
    """A command builds its own parser only; words that name no command get them all."""
    from sdm_aid.cli.app import COMMANDS

    assert command_names(build_parser(["export", "a.sdm.json", "-o", "b.pdf"])) == ["export"]
    both = build_parser(["--aids", "validate", "export", "a.sdm.json", "-o", "b.pdf"])
    assert set(command_names(both)) == {"validate", "export"}  # a folder named like one
    assert both.parse_args(["--aids", "validate", "export", "a", "-o", "b"]).command == "export"
    for words in ([], ["a.sdm.json"], ["--help"], ["exprot"]):
        assert command_names(build_parser(words)) == list(COMMANDS)
