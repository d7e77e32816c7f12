"""naravard: a knowledge graph of the actors and initiatives in Sweden's shift to Nära vård."""

__version__ = "0.1.0"
