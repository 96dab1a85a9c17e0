"""Entry point of the frozen builds (packaging/windows/deskcoach.spec and
packaging/macos/deskcoach.spec): the same as `python -m deskcoach`.

A separate script, so that PyInstaller does not put deskcoach/ itself on the module path
(where deskcoach/platform would hide the standard library's platform module).
"""

import sys

from deskcoach.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
