"""mla-writer: draft and check requests for mutual legal assistance in criminal matters."""

__version__ = "0.1.0"
