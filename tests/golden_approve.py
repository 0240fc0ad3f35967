"""Re-approve the golden files: `make golden` (python -m tests.golden_approve).

Golden files are the models, facts and briefings of the inputs in tests/golden_cases.py. Review the
diff (`git diff tests/golden`) before committing: a golden file is never edited by hand.
"""

from __future__ import annotations

import json
import sys

from tests.golden_cases import all_golden


def main() -> int:
    for path, data in all_golden():
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"approved {path.relative_to(path.parents[2])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
