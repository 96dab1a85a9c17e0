"""The application layer: services with one job each, between core/store/platform and ui/cli.

See docs/ARCHITECTURE.md. Kept empty: the command line imports protocol and ipc from here
and must not pay for the rest.
"""
