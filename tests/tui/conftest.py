"""Reader tests import their helpers (reader_edition, reader_pilot) from this folder."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
