from sqlalchemy.orm import scoped_session
from scoped_session_setup import factory

ship = "Hermes"  # the key of the current scope
ShipSession = scoped_session(factory, scopefunc=lambda: ship)
hermes = ShipSession()
ship = "MAV"
print("MAV gets its own session:", ShipSession() is not hermes)
ShipSession.remove()  # removes MAV's session only
ship = "Hermes"
print("Hermes' session survived:", ShipSession() is hermes)
