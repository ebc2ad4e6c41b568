"""PyInstaller runtime hook: let fontconfig see the bundled CJK font beside the system's fonts."""

import os
import sys
from pathlib import Path

_conf = Path(getattr(sys, "_MEIPASS", "")) / "fonts" / "fonts.conf"
if _conf.is_file():
    os.environ.setdefault("FONTCONFIG_FILE", str(_conf))
