"""The command line's commands, one module per kind; `deskcoach/__main__.py` parses and dispatches.

Exit status: 0 done; 1 DeskCoach is not running or something failed; 2 refused (a bad value,
an action the current state or settings do not allow, an invalid file).
"""

EXIT_OK, EXIT_FAIL, EXIT_REFUSED = 0, 1, 2
