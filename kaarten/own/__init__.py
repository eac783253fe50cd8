"""Zelf aan de slag: a starting teacher's own logboek and voorbereidingsformulieren,
without Textual (the screens are in :mod:`kaarten.ui.screens`)."""
