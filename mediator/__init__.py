"""Mediator (劳动争议调解工作台): the Qt-free core of the labour-dispute mediation workbench.

The package never imports PySide6 or ``ui``; the desktop client and the command line are two faces
of the same services (``mediator.services``).
"""

__version__ = "0.1.0"
