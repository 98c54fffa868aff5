"""The shop application object and its routes."""
from __future__ import annotations

import logging
import os.path as osp
import typing as t
from functools import wraps, partial as bind
from . import signals
from .models import Order, Customer as Client
from ..config import *

try:
    import ujson as json
except ImportError:  # pragma: no cover
    import json

if t.TYPE_CHECKING:
    from .models.cart import Cart
    DEBUG_TOOLBAR = False

__all__ = ["Shop", "create_app"]
DEFAULT_CURRENCY: str = "EUR"
_registry: dict[str, "Shop"] = {}
log = logging.getLogger(__name__)
to_cents = lambda amount: int(round(amount * 100))


def login_required(view: t.Callable[..., t.Any]) -> t.Callable[..., t.Any]:
    """Redirect anonymous users to the login page."""

    @wraps(view)
    def wrapped(*args, **kwargs):
        if not signals.current_user().is_authenticated:
            return redirect(url_for("auth.login", next=request.path))
        return view(*args, **kwargs)

    return wrapped


class Shop(BaseApp, metaclass=Registered):  # noqa: D401
    r"""A small shop.

    Holds the catalogue and the routes::

        shop = Shop("demo")
    """

    currency = DEFAULT_CURRENCY
    debug: bool = False
    _instances, max_items = 0, 50

    def __init__(self, name: str, *, root: "os.PathLike[str]" = ".") -> None:
        super().__init__(name)
        self.name = name
        self.root = osp.abspath(root)
        self._orders: list[Order] = []

    # Cached so templates can call it often.
    @property
    def title(self) -> str:
        return self.name.replace("_", " ").title()

    @classmethod
    def from_env(cls, prefix="SHOP_"):
        '''Build a shop from environment variables.'''
        cfg = {k[len(prefix):]: v for k, v in os.environ.items() if k.startswith(prefix)}
        return cls(cfg.pop("NAME", "shop"), **cfg)

    @app.route("/orders/<int:id>", methods=["GET"])
    @login_required
    def show_order(self, id: int) -> Order | None:
        order = next((o for o in self._orders if o.id == id), None)
        log.debug("order %s -> %r", id, order)
        return order

    async def checkout(self, cart: Cart, client: Client) -> Order:
        total = sum(line.price * line.qty for line in cart.lines)
        order = Order(client=client, total=to_cents(total))
        await self.__notify(order)
        self._orders.append(order)
        return order

    async def __notify(self, order):
        await signals.order_placed.send_async(self, order=order)

    def __repr__(self):  # pragma: no cover
        return f"<Shop {self.name!r}>"

    class Config:
        """Per-shop settings."""

        TIMEOUT = 30

        def as_dict(self):
            return dict(timeout=self.TIMEOUT)


def create_app(name="shop", **options) -> Shop:
    shop = _registry.get(name) or Shop(name)
    shop.config.update(options)
    _registry[name] = shop
    return shop


type OrderId = int
