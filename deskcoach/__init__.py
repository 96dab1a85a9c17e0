"""DeskCoach: a calm system-tray coach for movement breaks."""

__version__ = "0.1.0"
