"""kaarten: digitale gesprekskaarten voor startercoach-bijeenkomsten."""

__version__ = "0.1.0"
