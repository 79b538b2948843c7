"""Build-time code for the executable SQLAlchemy cheat sheets.

`runner` executes snippet files and normalises what they print; `site` plugs the
runner into MkDocs (markdown-exec formatter, macros, version stamp).
"""
