"""Storage: settings, history and policy files, written atomically with backups."""
