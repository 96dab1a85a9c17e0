"""The desktop: OS detectors (idle, lock, meetings, full screen), login items, sound."""
