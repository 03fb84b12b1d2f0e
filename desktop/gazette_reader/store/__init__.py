"""The library's storage: schema and migrations, the import writer, read queries.

Two backends behind one seam (:mod:`gazette_reader.store.backend`): a SQLite file, which stays a plain
SQLite database that ``sqlite3`` and Datasette can open, and a PostgreSQL database for teams
(:mod:`gazette_reader.store.pg`), whose connection speaks the same SQL to the same modules.
"""
