"""Sync: identities, trust list, signed bundles, conflicts. Imports only `catalogue`."""
