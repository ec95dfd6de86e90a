"""Printing documents from the desktop client: where printed files go and batch printing."""
