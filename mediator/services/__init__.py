"""Use cases: one function per user action, one transaction each, role-checked, audited and
journaled for sync. The command line and the desktop client call only these."""
