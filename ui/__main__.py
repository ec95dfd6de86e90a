"""``python -m ui``: the desktop client."""

from ui.app import main

main()
