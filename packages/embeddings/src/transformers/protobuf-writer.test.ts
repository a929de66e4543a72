import { describe, expect, it } from 'vitest';
import { ProtoMessage } from './protobuf-writer.js';

describe('protobuf writer', () => {
  it('encodes varints as the protobuf documentation does (field 1 = 150 -> 08 96 01)', async () => {
    expect(Array.from(await new ProtoMessage().varint(1, 150).toBytes())).toEqual([0x08, 0x96, 0x01]);
    expect(Array.from(await new ProtoMessage().varint(2, 0).toBytes())).toEqual([0x10, 0x00]);
    // 2^40: beyond 32 bits
    expect(Array.from(await new ProtoMessage().varint(1, 2 ** 40).toBytes())).toEqual([0x08, 0x80, 0x80, 0x80, 0x80, 0x80, 0x20]);
  });

  it('encodes strings and nested messages with their lengths (field 3 = {field 2 = "testing"})', async () => {
    const inner = new ProtoMessage().string(2, 'testing');
    const bytes = await new ProtoMessage().message(3, inner).toBytes();
    expect(Array.from(bytes)).toEqual([0x1a, 0x09, 0x12, 0x07, ...Buffer.from('testing')]);
  });

  it('streams a bytes field of declared length in place', async () => {
    const streamed = {
      byteLength: 5,
      async write(sink: { write(b: Uint8Array): Promise<void> }) {
        await sink.write(Uint8Array.of(1, 2));
        await sink.write(Uint8Array.of(3, 4, 5));
      },
    };
    const m = new ProtoMessage().varint(1, 1).bytes(9, streamed).varint(2, 2);
    expect(m.byteLength).toBe(2 + 2 + 5 + 2);
    expect(Array.from(await m.toBytes())).toEqual([0x08, 1, 0x4a, 5, 1, 2, 3, 4, 5, 0x10, 2]);
  });

  it('rejects a streamed field that writes a different length, and negative varints', async () => {
    const liar = { byteLength: 3, write: async (sink: { write(b: Uint8Array): Promise<void> }) => sink.write(Uint8Array.of(1)) };
    await expect(new ProtoMessage().bytes(1, liar).toBytes()).rejects.toThrow(/wrote 1 bytes, declared 3/);
    expect(() => new ProtoMessage().varint(1, -1)).toThrow(RangeError);
  });
});
