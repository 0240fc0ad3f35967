"""The ground floor for text: one sentence splitter and one lexicon of months, dates, periods and
number words, used alike by the readers, the fact extractors and the briefings.

Nothing here knows a release's structure beyond paragraphs, nor any output format.
"""
