"""The PySide6 desktop client: a thin face over ``mediator.services``. Only this package imports Qt."""
