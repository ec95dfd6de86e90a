"""``python -m mediator`` runs the command line."""

from mediator.cli.main import main

raise SystemExit(main())
