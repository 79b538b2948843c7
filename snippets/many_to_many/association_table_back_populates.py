from many_to_many_setup import Astronaut, Mission

hermes = Mission(name="Hermes", crew=[Astronaut(name="Mark Watney")])
print([m.name for m in hermes.crew[0].missions])  # filled in, no flush
