"""kanbao's reader: the Textual app, its widgets and the command line."""
