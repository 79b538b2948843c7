from mapping_setup import Mission

columns = Mission.__table__.c
print(columns.budget.type, columns.fuel.type)  # Mapped[money], Mapped[Decimal]
