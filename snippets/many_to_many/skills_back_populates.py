from many_to_many_setup import Astronaut, Mission

print(Astronaut.missions, Mission.crew)  # each declared in its own class
