"""``python -m scfield`` behaves exactly like the ``scfield`` command."""

import sys

from scfield.cli import main

sys.exit(main())
