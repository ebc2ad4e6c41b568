"""The bundle's events-cli executable."""

import sys

from viewer.cli import main

sys.exit(main())
