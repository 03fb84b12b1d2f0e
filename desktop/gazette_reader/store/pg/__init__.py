"""The PostgreSQL backend of a library: connection and dialect, schema, roles, and the interim search."""
