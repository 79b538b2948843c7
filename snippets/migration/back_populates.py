from migration_setup import Astronaut, Ship

rich = Astronaut(name="Rich Purnell")
hermes = Ship(name="Hermes", crew=[rich])  # Ship.crew <-> Astronaut.ship
print("rich.ship is hermes:", rich.ship is hermes)  # both sides in step
