"""The retrieval core: articles in, quoted and sourced answers out. Never imports discord."""
