from sqlalchemy import create_engine
from sqlalchemy.orm import scoped_session, sessionmaker

engine = create_engine("sqlite://")

# scopefunc returns the key of the current scope; here: whichever ship is "active".
current = {"ship": "Hermes"}
Session = scoped_session(sessionmaker(engine), scopefunc=lambda: current["ship"])

hermes = Session()
print("Hermes, asked again -> same:", Session() is hermes)

current["ship"] = "MAV"
mav = Session()
print("MAV -> same as Hermes':", mav is hermes)

current["ship"] = "Hermes"
print("back on Hermes -> same as before:", Session() is hermes)

Session.remove()  # removes only the current scope's (Hermes') session
current["ship"] = "MAV"
print("MAV's session survived Hermes' remove():", Session() is mav)
Session.remove()
