from relationships_setup import Astronaut, Suit

print("uselist:", Astronaut.suit.property.uselist)
spare, worn = Suit(), Suit()
watney = Astronaut(name="Watney", suit=spare)
watney.suit = worn  # a scalar: the new suit replaces the old one
print(spare.astronaut, worn.astronaut)
