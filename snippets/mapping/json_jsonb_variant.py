from sqlalchemy import JSON
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column
from mapping_setup import Base, engine, intpk

jsonb_or_json = JSON().with_variant(JSONB(), "postgresql")


class Probe(Base):
    __tablename__ = "probe"
    id: Mapped[intpk]
    readings: Mapped[dict[str, int]] = mapped_column(jsonb_or_json)


Base.metadata.tables["probe"].create(engine)
