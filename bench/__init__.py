"""The benchmark: ``python -m bench [--quick]`` (``make bench``, ``make bench QUICK=1``).

Every scenario times the code a user triggers (the real main window, the real search
service, the real exporters and importer) against a baseline measured in the same run on
the same machine, and reports medians and their ratio, so the figures hold on a noisy
machine. Results are printed as a table and written to ``bench.json``::

    {"scenarios": {NAME: {"ours": …, "baseline": …, "ratio": …, "runs": …, …}}, …}

Layout: :mod:`config` (sizes and run counts of the full, quick and tiny runs),
:mod:`archives` (demo archives, cached in ``.bench-cache/``), one module per scenario
(:mod:`startup`, :mod:`searching`, :mod:`editing`, :mod:`exporting`, :mod:`importing`,
:mod:`growth`), :mod:`report` (table and JSON) and :mod:`runner`.

Nothing here imports Qt widgets: what needs Qt runs in subprocesses (the real entry point
``python -m ui``, and the probes of :mod:`bench.probe`).
"""
