import { describe, expect, it } from "vitest";
import { MemoryStore } from "../../../src/catalog/cache/memory-store.js";

const entry = (text: string) => ({
  value: { text },
  freshUntil: 1,
  revalidateUntil: 2,
  expiresAt: 3,
});

describe("MemoryStore", () => {
  it("stays within its size, dropping the least recently used entries first", () => {
    const kilobyte = "x".repeat(500);
    const store = new MemoryStore(10 * 1024);
    for (let i = 0; i < 9; i++) store.set(`k${i}`, entry(kilobyte));
    store.get("k0");
    for (let i = 9; i < 40; i++) {
      store.set(`k${i}`, entry(kilobyte));
      store.get("k0");
    }
    expect(store.bytes).toBeLessThanOrEqual(10 * 1024);
    expect(store.get("k0")).toBeDefined();
    expect(store.get("k1")).toBeUndefined();
    expect(store.get("k39")).toBeDefined();
  });

  it("keeps nothing bigger than itself", () => {
    const store = new MemoryStore(100);
    store.set("big", entry("x".repeat(1000)));
    expect(store.get("big")).toBeUndefined();
    expect(store.size).toBe(0);
  });
});
