"""Re-approve the golden model files: `make golden` (python -m tests.golden_approve).

Each golden file is the reader's model of one input (facts excluded: tests/extract checks those).
Review the diff (`git diff tests/golden`) before committing: a golden file is never edited by hand.
"""

from __future__ import annotations

import json
import sys

from tests.golden_cases import CASES, golden_path, model_for


def main() -> int:
    for case in CASES:
        path = golden_path(case)
        data = model_for(case)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"approved {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
