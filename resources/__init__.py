"""DeskCoach's data files (exercises, illustrations, checklist), shipped inside the package.

Found through `importlib.resources.files("deskcoach.resources")`, never the current folder.
"""
