"""The full screens of kaarten, one per module (dialogs are in :mod:`kaarten.ui.dialogs`)."""
