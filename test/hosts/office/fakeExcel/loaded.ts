import { notLoaded } from "./fakeError";

/** A proxy's loaded properties: readable once a load of them has been synced, as in Office. */
export class Loaded<T extends object> {
  private data: Partial<T> = {};

  constructor(private readonly typeName: string) {}

  get<K extends keyof T>(key: K): T[K] {
    if (!(key in this.data)) throw notLoaded(`${this.typeName}.${String(key)}`);
    return this.data[key] as T[K];
  }

  deliver(values: Partial<T>): void {
    Object.assign(this.data, values);
  }
}

/** The property names of a `load("a,b")` or `load(["a", "b"])` call. */
export function loadNames(properties: string | readonly string[]): string[] {
  const list = typeof properties === "string" ? properties.split(",") : properties;
  return list.map((name) => name.trim()).filter((name) => name !== "");
}

/** The fake implements a subset of Office.js; using anything else is a bug in the fake or the code under test. */
export function unsupported(what: string): Error {
  return new Error(`The fake Excel does not support ${what}.`);
}
