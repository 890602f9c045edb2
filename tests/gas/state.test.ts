/**
 * The state in DocumentProperties: cut in chunks by UTF-8 bytes, as Google counts the 9 KB a value
 * holds (https://developers.google.com/apps-script/guides/services/quotas: « Properties value
 * size: 9 KB / val », « Properties total storage: 500 KB / property store »).
 */
import { CHUNK_BYTES, readState, utf8Chunks, writeState } from "../../src/gas/state";
import { install } from "./helpers";

describe("Boussole's state in DocumentProperties", () => {
  it("cuts by bytes, never inside a character", () => {
    const text = "é".repeat(10_000) + "😀".repeat(3);
    const chunks = utf8Chunks(text, CHUNK_BYTES);
    expect(chunks.join("")).toBe(text);
    expect(chunks.every((chunk) => Buffer.byteLength(chunk) <= CHUNK_BYTES)).toBe(true);
    // By characters, 8,000 « é » would have been 16,000 bytes: past the 9 KB of a value.
    expect(chunks.length).toBe(3);
  });

  it("round-trips accented state in values under 9 KB, and drops the chunks it no longer needs", () => {
    const fake = install();
    const restore = {
      Responsables: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`${i}:1`, "#f4cccc"])),
    };
    const state = {
      source: "Plan d'action — année scolaire",
      restore: { "Échéancier été": restore.Responsables },
    };
    writeState(state);
    const store = fake.properties.stores.document;
    expect([...store.values()].every((value) => Buffer.byteLength(value) <= 9 * 1024)).toBe(true);
    expect(store.size).toBeGreaterThan(3);
    expect(readState()).toMatchObject(state);
    writeState({ ...readState(), restore: {} });
    expect([...store.keys()]).toEqual(["boussole.state.chunks", "boussole.state.0"]);
    expect(JSON.parse(JSON.stringify(readState()))).toEqual({ source: state.source, restore: {} });
  });
});
