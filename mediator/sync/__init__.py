"""Sync with the federation's central store (architecture.md, "Sync to the central store"):
the central schema (``central_schema``), connecting (``connect``), setting a store up
(``admin``), this node's sync state (``state``), the push and pull halves of the protocol and
``engine.sync`` that runs them, push before pull."""
