"""The screen: tray, break window, dialogs and dashboard; data only through the services."""
