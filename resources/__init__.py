"""What Workbench ships besides code: the application icon (``icons/``), the sample
publication (``sample/``) and the interface translations (``translations/<lang>/``, one
``.ts`` source per ui module, compiled to ``.qm`` by ``make translations``).

A package only so that its files travel as package data in a wheel or an installed copy;
find them through :mod:`workbench.paths`, never from ``__file__``.
"""
