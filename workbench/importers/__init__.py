"""Importing pieces from files: saved web pages (.txt), Markdown, DOCX.

Readers (``webpage``, ``markdown_file``, ``docx_file``) turn a file into a
:class:`~workbench.importers.model.ParsedPiece` without touching the store;
:mod:`workbench.importers.service` stores them, one transaction per file.
"""
