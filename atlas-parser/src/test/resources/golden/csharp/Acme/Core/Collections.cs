// Shared collection helpers.
using System;
using System.Collections;
using System.Collections.Generic;

namespace Acme.Core
{
    /// <summary>A read-only bag of items.</summary>
    public interface IBag<T> : IEnumerable<T>, IReadOnlyCollection<T> where T : notnull
    {
        bool Contains(T item);

        int Weight { get; }

        /// <summary>Default implementation.</summary>
        bool IsEmpty() => Count == 0;
    }

    public delegate void BagChanged<T>(IBag<T> sender, T item);

    internal struct Slot<T> : IEquatable<Slot<T>>
    {
        public T Value;
        public int Next;

        public bool Equals(Slot<T> other) => EqualityComparer<T>.Default.Equals(Value, other.Value);
    }

    public readonly record struct Range(int Start, int End)
    {
        public int Length => End - Start;
    }

    namespace Extensions
    {
        public static class BagExtensions
        {
            /// <summary>Adds all items and returns the bag.</summary>
            public static Bag<T> AddAll<T>(this Bag<T> bag, IEnumerable<T> items) where T : notnull
            {
                foreach (T item in items)
                {
                    bag.Add(item);
                }
                return bag;
            }

            public static IBag<T> AsBag<T>(this IEnumerable<T> source) where T : notnull => new Bag<T>(source);
        }
    }

    [Serializable]
    public partial class Bag<T> : IBag<T> where T : notnull
    {
        private Slot<T>[] _slots = Array.Empty<Slot<T>>();
        protected int count;

        public event BagChanged<T>? Changed;

        public Bag() : this(Array.Empty<T>())
        {
        }

        public Bag(IEnumerable<T> items)
        {
            foreach (var item in items)
            {
                Add(item);
            }
        }

        public int Count => count;

        public int Weight
        {
            get { return count * 2; }
        }

        public void Add(T item)
        {
            Array.Resize(ref _slots, count + 1);
            _slots[count++] = new Slot<T> { Value = item, Next = -1 };
            Changed?.Invoke(this, item);
        }

        public bool Contains(T item) => Array.Exists(_slots, s => s.Equals(new Slot<T> { Value = item }));

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < count; i++)
            {
                yield return _slots[i].Value;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    abstract class Shape(string name) : object
    {
        public string Name { get; } = name;

        public abstract double Area();

        public override string ToString() => base.ToString() + this.Name.Trim();
    }
}
