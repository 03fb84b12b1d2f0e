"""The PostgreSQL backend of a library (#18), for a team sharing one library on a server.

``connection`` (the connection the core's modules use as a sqlite-utils ``Database``, with the writers'
lock and the reader's refusal), ``dialect`` (SQLite-flavoured SQL to PostgreSQL's), ``schema`` (the tables
at the SQLite schema's version, one version for both), ``roles`` (``gazette server init``), and
``search_adapter`` (the search side's PostgreSQL index as the store calls it).
"""
