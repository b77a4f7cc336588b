"""The rules that recognise a piece in a saved web page, one small module per concern.

Each rule is a pure function over lines of text; ``webpage.read_webpage`` chains them.
"""
