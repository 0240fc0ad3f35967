"""Ship the top-level templates/ folder inside the wheel as reportgen/templates.

The repository keeps templates at the top level (where users look for them); an installed
reportgen finds its built-ins inside the package (reportgen.render.templating.builtin_dir).
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTemplates(build_py):
    def run(self):
        super().run()
        source = Path(__file__).parent / "templates"
        target = Path(self.build_lib) / "reportgen" / "templates"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))


setup(cmdclass={"build_py": BuildWithTemplates})
