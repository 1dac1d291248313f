"""Qt helpers that serve the widgets but are not widgets: the background saver, workers,
start-up, screenshots, window sizes, private settings, the session lock, the close
guard, single-instance hand-over, opening files and safe text."""
