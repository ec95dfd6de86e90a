"""The case view: one case's header (state, mediators, clocks, allowed actions) and its tabs."""
