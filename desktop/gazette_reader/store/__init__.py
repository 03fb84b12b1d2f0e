"""The SQLite library file: schema and migrations, the import writer, read queries.

The file stays a plain SQLite database that ``sqlite3`` and Datasette can open.
"""
