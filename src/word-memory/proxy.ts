import { MemoryOfficeError, propertyNotLoaded } from "./office-error";
import type { MemoryDocument } from "./model";

/**
 * The proxy machinery: like Office.js, nothing happens when the add-in calls
 * a method; actions are queued and run in order at `context.sync()`. A scalar
 * property is readable only after `load(...)` was queued AND a sync ran.
 */

export type LoadArgument = string | string[] | { select?: string; expand?: string } | Record<string, unknown>;

/** Normalises every form `load` accepts into slash paths: ["text", "font/bold", "items/style"]. */
export function parseLoad(option?: LoadArgument): string[] {
  if (option === undefined || option === null) return [];
  if (typeof option === "string") return splitPaths(option);
  if (Array.isArray(option)) return option.flatMap((o) => splitPaths(o));
  const o = option as Record<string, unknown>;
  if (typeof o.select === "string" || typeof o.expand === "string") {
    return [...splitPaths(String(o.select ?? "")), ...splitPaths(String(o.expand ?? ""))];
  }
  return fromLoadOptions(o, "");
}

function splitPaths(s: string): string[] {
  return s
    .split(",")
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
}

function fromLoadOptions(o: Record<string, unknown>, prefix: string): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(o)) {
    if (k === "$all" && v === true) {
      out.push(prefix ? prefix.slice(0, -1) : "*");
    } else if (k.startsWith("$")) {
      continue;
    } else if (v === true) {
      out.push(prefix + k);
    } else if (v && typeof v === "object") {
      out.push(...fromLoadOptions(v as Record<string, unknown>, `${prefix}${k}/`));
    }
  }
  return out;
}

/** An object path resolved the first time an action needs it (at sync), then fixed, as in Office.js. */
export class Ref<T> {
  private resolved = false;
  private value: T | null = null;

  constructor(private readonly resolver?: () => T | null) {}

  static of<T>(value: T): Ref<T> {
    const r = new Ref<T>();
    r.set(value);
    return r;
  }

  set(value: T | null): void {
    this.value = value;
    this.resolved = true;
  }

  get(): T | null {
    if (!this.resolved) {
      if (!this.resolver) {
        throw new MemoryOfficeError("InvalidObjectPath", "The object path is not valid: the action that creates it did not run.");
      }
      this.value = this.resolver();
      this.resolved = true;
    }
    return this.value;
  }

  required(what: string): T {
    const v = this.get();
    if (v === null) throw new MemoryOfficeError("ItemNotFound", `The requested ${what} does not exist.`);
    return v;
  }
}

export class MemoryRequestContext {
  /** Syncs made through this context. */
  syncCount = 0;
  private queue: Array<() => void> = [];
  private closed = false;
  // Assigned by run.ts to avoid a circular import with the object classes.
  document!: import("./objects").MemDocumentProxy;
  application!: import("./hidden-document").MemApplication;

  /**
   * `root` is set for the context of a document made with `application.createDocument()`: its
   * proxies read and write that document, but share the queue and the syncs of the batch.
   */
  constructor(
    readonly memory: MemoryDocument,
    private readonly root?: MemoryRequestContext,
  ) {}

  enqueue(action: () => void): void {
    if (this.root) return this.root.enqueue(action);
    if (this.closed) {
      throw new MemoryOfficeError("InvalidObjectPath", "The object was used outside its Word.run batch.");
    }
    this.queue.push(action);
  }

  get pendingActions(): number {
    return this.root ? this.root.pendingActions : this.queue.length;
  }

  async sync(): Promise<void> {
    if (this.root) return this.root.sync();
    this.syncCount++;
    this.memory.syncTotal++;
    const actions = this.queue;
    this.queue = [];
    const fault = this.memory.syncFault;
    if (fault && fault.at === this.memory.syncTotal) {
      this.memory.syncFault = null;
      if (fault.lost === "response") for (const action of actions) action();
      await Promise.resolve();
      throw new MemoryOfficeError("GeneralException", `Sync ${fault.at} failed: the ${fault.lost} was lost (fault injected by a test).`);
    }
    // Word is not transactional: actions before a failing one stay applied.
    for (const action of actions) action();
    await Promise.resolve();
  }

  /** A context over another document that shares this batch (see `root`). */
  childFor(doc: MemoryDocument): MemoryRequestContext {
    return new MemoryRequestContext(doc, this.root ?? this);
  }

  close(): void {
    this.closed = true;
  }

  /** `Word.run(object, batch)` resumes the batch an object came from. */
  reopen(): void {
    this.closed = false;
  }
}

export abstract class MemObject {
  // Not "values": Word.Table has a property of that name.
  protected readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: MemoryRequestContext) {}

  protected get memory(): MemoryDocument {
    return this.context.memory;
  }

  /** Scalar property names this object can load. */
  protected abstract scalarNames(): readonly string[];
  /** Reads a scalar from the document, at sync time. */
  protected abstract readScalar(name: string): unknown;
  /** Navigation properties ("font", "parentContentControlOrNullObject"). */
  protected navigation(_name: string): MemObject | undefined {
    return undefined;
  }
  /** True when this is an OrNullObject that resolved to nothing. */
  protected resolvesToNull(): boolean {
    return false;
  }
  /** Runs before a load at sync time (requirement-set checks). */
  protected beforeAction(): void {}

  load(option?: LoadArgument): this {
    const paths = parseLoad(option);
    this.context.enqueue(() => this.applyLoad(paths));
    return this;
  }

  applyLoad(paths: string[]): void {
    this.beforeAction();
    this.nullState = this.resolvesToNull();
    if (this.nullState) return;
    const wanted = paths.length === 0 || paths.includes("*") ? [...this.scalarNames()] : [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      if (path === "*") continue;
      const slash = path.indexOf("/");
      const head = slash < 0 ? path : path.slice(0, slash);
      const rest = slash < 0 ? "" : path.slice(slash + 1);
      if (this.scalarNames().includes(head) && rest === "") {
        wanted.push(head);
      } else if (this.navigation(head)) {
        const list = nested.get(head) ?? [];
        if (rest) list.push(rest);
        nested.set(head, list);
      } else {
        throw new MemoryOfficeError("InvalidArgument", `The property '${path}' does not exist on ${this.constructor.name.replace(/^Mem/, "")}.`);
      }
    }
    for (const name of wanted) this.loadedValues.set(name, this.readScalar(name));
    for (const [name, rest] of nested) this.navigation(name)!.applyLoad(rest);
  }

  /** The loaded value of a scalar; throws PropertyNotLoaded as Office.js does. */
  protected get<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name);
    return this.loadedValues.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** Queues a write; the change reaches the document at the next sync. */
  protected write(action: () => void): void {
    this.context.enqueue(() => {
      this.beforeAction();
      action();
    });
  }
}

/** A collection proxy: `items` exists only after load + sync. */
export abstract class MemCollection<TItem extends MemObject, TData> extends MemObject {
  private loadedItems: TItem[] | undefined;

  protected abstract resolveAll(): TData[];
  protected abstract makeItem(data: TData): TItem;

  protected scalarNames(): readonly string[] {
    return [];
  }

  protected readScalar(name: string): unknown {
    throw propertyNotLoaded(name);
  }

  override applyLoad(paths: string[]): void {
    this.beforeAction();
    const itemPaths: string[] = [];
    for (const p of paths) {
      if (p === "items") itemPaths.push("*");
      else if (p.startsWith("items/")) itemPaths.push(p.slice("items/".length));
      else itemPaths.push(p);
    }
    this.loadedItems = this.resolveAll().map((d) => {
      const item = this.makeItem(d);
      item.applyLoad(itemPaths);
      return item;
    });
  }

  get items(): TItem[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.presentItems(this.loadedItems);
  }

  /** What `items` reports for what was loaded; Word on the web reports some empty collections as undefined. */
  protected presentItems(items: TItem[]): TItem[] {
    return items;
  }
}

export class MemClientResult<T> {
  private has = false;
  private v: T | undefined;

  set(value: T): void {
    this.v = value;
    this.has = true;
  }

  get value(): T {
    if (!this.has) {
      throw new MemoryOfficeError(
        "PropertyNotLoaded",
        'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
      );
    }
    return this.v as T;
  }
}
