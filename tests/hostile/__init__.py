"""A hostile local web site for Pantau's fault-injection tests and benchmark."""
