"""Reference data published by the federation: dispute-cause codes and the holiday calendar."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from mediator.store.base import Base, SyncColumns


class DisputeCause(SyncColumns, Base):
    """A dispute-cause code (案由). ``payment_order`` marks causes whose agreed amounts a worker
    may take to court for a 支付令 (Art. 16): wages, work-injury medical costs, compensation,
    damages."""

    __tablename__ = "dispute_causes"
    __owner__ = "federation"

    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_zh: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(150))
    parent_code: Mapped[str | None] = mapped_column(String(20))
    payment_order: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class HolidayYear(SyncColumns, Base):
    """A year whose official schedule is known (from the library or published by the
    federation); deadlines in other years are provisional."""

    __tablename__ = "holiday_years"
    __owner__ = "federation"

    year: Mapped[int] = mapped_column(unique=True)
    confirmed: Mapped[bool] = mapped_column(default=True)
    source: Mapped[str] = mapped_column(String(200))


class HolidayDay(SyncColumns, Base):
    """One day whose status overrides the built-in calendar: a rest day or a make-up working day."""

    __tablename__ = "holiday_days"
    __owner__ = "federation"

    day: Mapped[dt.date] = mapped_column(unique=True)
    is_working_day: Mapped[bool]
    name: Mapped[str | None] = mapped_column(String(50))
