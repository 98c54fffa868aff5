global using Microsoft.Extensions.Logging;
using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using Acme.Core;
using Json = System.Text.Json.JsonSerializer;
using static System.Math;

namespace Acme.Orders;

/// <summary>
/// Places and tracks orders. See <see cref="IOrderRepository"/>.
/// </summary>
[Service("orders"), Obsolete("use OrderServiceV2")]
[DebuggerDisplay("{Name}")]
public sealed class OrderService : ServiceBase<Order>, IOrderService, IDisposable
{
    public const int MaxItems = 50;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly IOrderRepository _repository;
    private readonly Dictionary<Guid, Order> _cache = new();
    int _hits, _misses;

    /// <summary>Raised after an order is placed.</summary>
    public event EventHandler<OrderEventArgs>? OrderPlaced;

    public string Name { get; init; } = "orders";
    public int CacheSize => _cache.Count;
    internal ILogger? Logger { get; set; }

    public Order this[Guid id] => _cache[id];

    public OrderService(IOrderRepository repository, ILogger logger) : base(logger)
    {
        _repository = repository ?? throw new ArgumentNullException(nameof(repository));
        Logger = logger;
    }

    static OrderService()
    {
        Registry.Register(typeof(OrderService));
    }

    /// <summary>Places an order and returns its id.</summary>
    /// <param name="customer">Who orders.</param>
    public async Task<Guid> PlaceAsync(Customer customer, params LineItem[] items)
    {
        if (items.Length > MaxItems)
        {
            throw new ArgumentException($"at most {MaxItems} items");
        }
        var order = new Order(Guid.NewGuid(), customer) { Status = OrderStatus.New };
        foreach (var item in items)
        {
            order.Lines.Add(item with { Quantity = Max(1, item.Quantity) });
        }
        decimal total = Total(order);
        await _repository.SaveAsync(order).ConfigureAwait(false);
        Logger?.LogInformation("placed {Id} for {Total}", order.Id, total);
        OrderPlaced?.Invoke(this, new OrderEventArgs(order));
        return order.Id;

        static decimal Total(Order o) => o.Lines.Sum(l => l.Price * l.Quantity);
    }

    public Order? Find(Guid id)
    {
        if (_cache.TryGetValue(id, out var hit))
        {
            _hits++;
            return hit;
        }
        _misses++;
        Order? loaded = _repository.Load(id);
        return loaded is null ? null : _cache[id] = loaded;
    }

    protected override string Describe() => Json.Serialize(this);

    void IDisposable.Dispose() => _cache.Clear();

    public static OrderService operator +(OrderService a, Order b) => a.Add(b);

    private OrderService Add(Order order)
    {
        _cache[order.Id] = order;
        return this;
    }

    /// <summary>Order lifecycle.</summary>
    public enum OrderStatus
    {
        New = 0,
        [Description("paid")] Paid,
        Shipped,
    }

    public record Receipt(Guid OrderId, decimal Amount) : IComparable<Receipt>
    {
        public int CompareTo(Receipt? other) => Amount.CompareTo(other?.Amount ?? 0m);
    }

    protected internal class Audit
    {
        private readonly List<string> _log = new List<string>();

        public void Record(string message) => _log.Add(message.Trim());
    }
}
