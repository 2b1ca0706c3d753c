"""The analysts' workbench: a server-rendered web face over the warehouse."""
