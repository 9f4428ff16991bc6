"""The bundled sample: the committed landing folder is what its generator renders, and no generated file names
a path of the machine it was generated on."""

import importlib.util
import re
import sys

from tests.conftest import PROJECT_ROOT

SAMPLE = PROJECT_ROOT / "sample"


def _generator():
    spec = importlib.util.spec_from_file_location("make_sample", SAMPLE / "make_sample.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_the_committed_landing_folder_is_what_the_generator_renders(capsys) -> None:
    assert _generator().check() == 0, capsys.readouterr().out


def test_the_generated_readme_is_up_to_date() -> None:
    generator = _generator()
    articles = generator.load_articles()
    layout = generator.build_layout(articles)
    assert (SAMPLE / "README.md").read_text(encoding="utf-8") == generator.readme(
        layout, articles, generator.load_events()
    )


def test_no_generated_or_generating_file_names_an_absolute_path() -> None:
    absolute = re.compile(r"(?<![\w.])/(?:work|home|Users|tmp|opt|usr)/")
    for path in [SAMPLE / "README.md", SAMPLE / "make_sample.py", SAMPLE / "src" / "readme_intro.md"]:
        assert not absolute.search(path.read_text(encoding="utf-8")), path
