"""Exporting a numéro: one shared tokenizer (tokens.py), one small writer per format, the
checklist, and the bundle that puts them together (bundle.py), read back by reimport.py."""
