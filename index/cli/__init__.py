"""The `advocacy-archive` command line: its parser, sub-commands and printed output.

Every sub-command is a thin shell over an `index` function the window calls too; the desktop
window itself is started by `app.launcher`, never from here.
"""
