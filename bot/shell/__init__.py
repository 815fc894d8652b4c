"""The command line: `python -m bot ...` (ask, console, sources, timeline, index, add, remove, pins, report,
watch, run, bench) over the application's verbs."""
