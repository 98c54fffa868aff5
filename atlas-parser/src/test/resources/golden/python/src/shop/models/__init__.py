# Data model of the shop.
import dataclasses
from dataclasses import dataclass, field
from datetime import datetime as dt
from enum import Enum
from typing import ClassVar, Generic, Optional, TypeVar

T = TypeVar("T")


class Status(str, Enum):
    """Life cycle of an order."""

    NEW = "new"
    PAID = "paid"
    SHIPPED = "shipped"

    @staticmethod
    def parse(text: str) -> "Status":
        return Status(text.strip().lower())


@dataclass(frozen=True)
class Customer:
    """Someone who buys things."""

    id: int
    email: str
    name: Optional[str] = None
    tags: list[str] = field(default_factory=list)

    def display(self):
        return self.name or self.email.split("@")[0]


@dataclasses.dataclass
class Order:
    id: int = 0
    client: Customer | None = None
    total: int = 0
    status: Status = Status.NEW
    created: dt = field(default_factory=dt.utcnow)
    counter: ClassVar[int] = 0

    def __post_init__(self):
        type(self).counter += 1

    def pay(self) -> "Order":
        return dataclasses.replace(self, status=Status.PAID)


class Page(Generic[T]):
    def __init__(self, items: list[T], size: int = 20):
        self.items = items
        self.size = size

    def __iter__(self):
        for start in range(0, len(self.items), self.size):
            yield self.items[start:start + self.size]

    def first(self) -> Optional[T]:
        return self.items[0] if self.items else None


def _default_status():
    return Status.NEW
