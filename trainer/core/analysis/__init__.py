"""Item analysis: how well each question works, from every scored answer the database holds.

Light to import (no SQLAlchemy): the data (:mod:`.model`), the sources registry
(:mod:`.sources`), the statistics (:mod:`.stats`), the options (:mod:`.options`), the
verdicts (:mod:`.verdicts`), the computation (:mod:`.compute`) and the table and CSV
(:mod:`.table`). Reading the database is :func:`trainer.core.analysis.query.analyse`
(import it from there). The definitions are in ``docs/item-analysis.md``.
"""
