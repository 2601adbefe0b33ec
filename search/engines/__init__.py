"""The archive's search engines, one package each, behind base.SearchEngine.

connection.current_engine() says which one answers. Nothing here imports Django,
so that whoosh/core/ can be imported without it.
"""
