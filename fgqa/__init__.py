"""fgqa: read, summarize and question 法治政府建设年度报告 with grounded figures."""

__version__ = "0.1.0"
