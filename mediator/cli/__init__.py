"""The ``mediator`` command line: argparse commands over the services (``main``), with output,
sign-in and input helpers, and the ``make run`` quick start."""
