"""The records and the articles in PostgreSQL, shared by every process on every machine: the connection and
its schema (database), the records (records), the articles (articles), and the notifications of article
changes every process follows (follow)."""
