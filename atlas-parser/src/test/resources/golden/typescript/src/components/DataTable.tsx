import React, { Component, useMemo, type ReactNode } from 'react';
import { Table, type Column } from '@acme/ui';
import styles from './DataTable.module.css';

export interface DataTableProps<Row extends { id: string }> {
  rows: Row[];
  columns: Column<Row>[];
  onSelect?: (row: Row) => void;
  /** Rendered when there are no rows. */
  empty?: ReactNode;
}

type SortState = { key: string; dir: 'asc' | 'desc' };

const defaultSort: SortState = { key: 'id', dir: 'asc' };

/** A sortable table of rows. */
export function DataTable<Row extends { id: string }>({ rows, columns, onSelect, empty }: DataTableProps<Row>) {
  const sorted = useMemo(() => sortRows(rows, defaultSort), [rows]);
  if (sorted.length === 0) {
    return <>{empty ?? <Table.Empty message="Nothing here" />}</>;
  }
  return (
    <Table className={styles.table}>
      {sorted.map((row) => (
        <Table.Row key={row.id} onClick={() => onSelect?.(row)}>
          {columns.map((col) => <Cell key={col.key} value={row[col.key as keyof Row]} />)}
        </Table.Row>
      ))}
    </Table>
  );
}

const Cell = ({ value }: { value: unknown }): JSX.Element => <td>{String(value)}</td>;

export const sortRows = <Row,>(rows: Row[], sort: SortState): Row[] =>
  [...rows].sort((a, b) => compare(a, b, sort.key) * (sort.dir === 'asc' ? 1 : -1));

function compare(a: unknown, b: unknown, key: string): number {
  return String((a as any)[key]).localeCompare(String((b as any)[key]));
}

interface CounterState {
  count: number;
}

export default class Counter extends Component<{ start: number }, CounterState> {
  state: CounterState = { count: this.props.start };

  private increment = (): void => {
    this.setState((s) => ({ count: s.count + 1 }));
  };

  render() {
    return <button onClick={this.increment}>{this.state.count}</button>;
  }
}
