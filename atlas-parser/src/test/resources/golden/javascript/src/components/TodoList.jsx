import React, { useState, useEffect as useMountEffect } from 'react';
import * as api from '../api/client.js';
import './TodoList.css';
import Item, { ItemProps } from './Item';

export { formatDate, parseDate as parse } from '../util/dates.mjs';
export * from './hooks';
export * as icons from './icons';

const MAX_ITEMS = 50;
export const DEFAULT_FILTER = 'all';
let renderCount = 0;

/**
 * A store of todo items with change listeners.
 */
export class TodoStore extends EventTarget {
  #items = new Map();
  static instances = 0;
  filter = DEFAULT_FILTER;
  onChange = (item) => this.dispatchEvent(new CustomEvent('change', { detail: item }));

  constructor(initial = []) {
    super();
    TodoStore.instances++;
    initial.forEach((item) => this.#items.set(item.id, item));
  }

  /** Number of open items. */
  get openCount() {
    return [...this.#items.values()].filter((i) => !i.done).length;
  }

  set limit(value) {
    this.#trim(Math.min(value, MAX_ITEMS));
  }

  #trim(size) {
    while (this.#items.size > size) {
      this.#items.delete(this.#items.keys().next().value);
    }
  }

  static async *fromServer(url) {
    const page = await api.fetchPage(url, { limit: MAX_ITEMS });
    yield new TodoStore(page.items);
  }
}

class ArchivedStore extends mixin(TodoStore, Serializable) {
  archive(id) { return super.archive?.(id); }
}

// Renders the list; re-fetches when the filter changes.
export default function TodoList({ store, filter = DEFAULT_FILTER }) {
  const [items, setItems] = useState([]);
  useMountEffect(() => {
    renderCount += 1;
    api.client.get(`/todos?filter=${filter}`).then((res) => setItems(res.data));
  }, [filter]);

  const handleToggle = async (id) => {
    await store.toggle(id);
  };

  return (
    <ul className="todo-list">
      {items.map((it) => (
        <Item key={it.id} {...it} onToggle={handleToggle} />
      ))}
      <Icons.Spinner size="small" />
      <li>{store.openCount} open</li>
    </ul>
  );
}

export function useTodos(store) {
  const load = function () {
    return import('./lazy/TodoEditor.jsx').then((m) => m.default);
  };
  return { store, load };
}

export const withLogging = (Component) => function Logged(props) {
  console.log('render', Component.name);
  return <Component {...props} />;
};

@observer
class TodoBadge extends React.Component {
  @observable count = 0;

  @action.bound
  increment() {
    this.count++;
  }
}
