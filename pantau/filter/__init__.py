"""The arms-supply filter: watchlist, term matching, morphology, direction and the verdict."""
