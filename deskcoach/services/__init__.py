"""The application layer: services with one job each, between the domain (core), storage and
the desktop (store, platform) below and the screen and command line (ui, cli) above.

See docs/ARCHITECTURE.md. Kept empty: the command line imports protocol and ipc from here
and must not pay for the rest.
"""
