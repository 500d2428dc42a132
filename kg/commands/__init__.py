"""Groups of ``kg`` commands, a module each (core: build, events, who-met; network; rdf;
interchange; quality; serving). Each registers its commands on ``kg.commands.common.app`` when
imported, and imports nothing above it; ``kg.cli`` imports them all."""
