import { Injectable, Inject } from '@angular/core';
import type { Observable } from 'rxjs';
import * as ops from 'rxjs/operators';
import HttpClient, { HttpParams as Params } from './http';
import fs = require('fs');
import './polyfills';

export type UserId = string | number;

/** A user as the API returns it. */
export interface User extends Entity<UserId>, Auditable {
  readonly id: UserId;
  name: string;
  manager?: User | null;
  roles: Role[];
  greet(other: User): string;
}

export enum Role {
  Admin = 'admin',
  Editor = 'editor',
  Viewer,
}

export abstract class Repository<T extends Entity<UserId>> {
  protected cache = new Map<UserId, T>();
  abstract find(id: UserId): Promise<T | undefined>;
}

/**
 * Loads and caches users.
 */
@Injectable({ providedIn: 'root' })
export class UserService extends Repository<User> implements OnDestroy, Cache.Store {
  static readonly DEFAULT_PAGE = 20;
  private readonly base: string;
  #pending: Set<Promise<User>> = new Set();
  @Inject(TOKEN) private logger?: Logger;

  constructor(private readonly http: HttpClient, public config?: Config) {
    super();
    this.base = config?.baseUrl ?? '/api';
  }

  /** Finds one user, from the cache if possible. */
  async find(id: UserId): Promise<User | undefined> {
    const cached: User | undefined = this.cache.get(id);
    if (cached) return cached;
    const user = await this.http.get<User>(`${this.base}/users/${id}`).toPromise();
    this.cache.set(id, user);
    return user;
  }

  list(page: number): Observable<User[]>;
  list(page: number, size: number): Observable<User[]>;
  @Trace()
  @Memoize({ ttl: 60 })
  list(page: number, size = UserService.DEFAULT_PAGE): Observable<User[]> {
    const params = new Params().set('page', String(page));
    return this.http.get<User[]>(this.base, { params }).pipe(ops.retry(2));
  }

  protected get size(): number {
    return this.cache.size;
  }

  ngOnDestroy(): void {
    this.#pending.clear();
  }

  private onError = (err: HttpError): void => {
    this.logger?.error(err.message);
  };
}

export namespace UserService.Events {
  export const CREATED = 'user.created';
  export function isUserEvent(name: string): name is EventName {
    return name.startsWith('user.');
  }
}

export function toUserId(raw: unknown): UserId;
export function toUserId(raw: unknown, strict: boolean): UserId;
export function toUserId(raw: unknown, strict = false): UserId {
  return typeof raw === 'number' ? raw : String(raw);
}

export const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name);
