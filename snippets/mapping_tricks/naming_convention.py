from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column
from mapping_tricks_setup import Base, ddl


class Badge(Base):
    __tablename__ = "badge"
    id: Mapped[int] = mapped_column(primary_key=True)
    crew_id: Mapped[int] = mapped_column(ForeignKey("crew.id"), unique=True)
    sol: Mapped[int] = mapped_column(index=True)
    __table_args__ = (CheckConstraint("sol > 0", name="positive_sol"),)


ddl(Badge)
[index] = Base.metadata.tables["badge"].indexes  # its only index
print("index:", index.name)
