"""The bundle's events-viewer executable."""

import sys

from viewer.app import main

sys.exit(main())
