/**
 * The few Protocol Buffers wire-format pieces needed to write an ONNX model, with one twist:
 * a `bytes` field may be *streamed* (its length known up front, its content produced while
 * writing), so a 136 MB embedding table is never copied into one big buffer.
 *
 * Only what ONNX needs: varint fields (non-negative integers), length-delimited fields
 * (strings, bytes, nested messages). Repeated fields are written unpacked, which every
 * protobuf parser accepts.
 */

const WIRE_VARINT = 0;
const WIRE_LEN = 2;

const utf8 = new TextEncoder();

/** Bytes produced at write time: `byteLength` must be exact, `write` must emit exactly that. */
export interface StreamedBytes {
  readonly byteLength: number;
  write(sink: ByteSink): Promise<void>;
}

/** Where encoded bytes go. `write` may keep no reference to `bytes` after it resolves. */
export interface ByteSink {
  write(bytes: Uint8Array): Promise<void>;
}

type Part = Uint8Array | StreamedBytes;

function varintBytes(value: number): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`protobuf varint must be a non-negative safe integer, got ${value}`);
  }
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Uint8Array.from(out);
}

function tag(field: number, wire: number): Uint8Array {
  return varintBytes(field * 8 + wire);
}

/** A protobuf message under construction: append fields, then `writeMessage` it. */
export class ProtoMessage {
  readonly #parts: Part[] = [];
  #length = 0;

  /** Encoded size in bytes. */
  get byteLength(): number {
    return this.#length;
  }

  #push(part: Part): void {
    this.#parts.push(part);
    this.#length += part.byteLength;
  }

  /** A varint field (int32/int64/enum/bool with a non-negative value). */
  varint(field: number, value: number): this {
    this.#push(tag(field, WIRE_VARINT));
    this.#push(varintBytes(value));
    return this;
  }

  /** A string field (UTF-8). */
  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  /** A bytes field, given now or streamed at write time. */
  bytes(field: number, value: Uint8Array | StreamedBytes): this {
    this.#push(tag(field, WIRE_LEN));
    this.#push(varintBytes(value.byteLength));
    this.#push(value);
    return this;
  }

  /** A nested message field. */
  message(field: number, value: ProtoMessage): this {
    this.#push(tag(field, WIRE_LEN));
    this.#push(varintBytes(value.byteLength));
    for (const p of value.#parts) this.#push(p);
    return this;
  }

  /** Writes the encoded message to `sink`, small parts coalesced, streamed parts in place. */
  async writeTo(sink: ByteSink): Promise<void> {
    let pending: Uint8Array[] = [];
    let pendingBytes = 0;
    const flush = async (): Promise<void> => {
      if (pendingBytes === 0) return;
      const buf = new Uint8Array(pendingBytes);
      let at = 0;
      for (const p of pending) {
        buf.set(p, at);
        at += p.byteLength;
      }
      pending = [];
      pendingBytes = 0;
      await sink.write(buf);
    };
    for (const p of this.#parts) {
      if (p instanceof Uint8Array) {
        pending.push(p);
        pendingBytes += p.byteLength;
        if (pendingBytes >= 1 << 16) await flush();
      } else {
        await flush();
        let written = 0;
        await p.write({
          write: async (b) => {
            written += b.byteLength;
            await sink.write(b);
          },
        });
        if (written !== p.byteLength) {
          throw new RangeError(`streamed protobuf field wrote ${written} bytes, declared ${p.byteLength}`);
        }
      }
    }
    await flush();
  }

  /** The whole encoding in memory (small messages and tests only). */
  async toBytes(): Promise<Uint8Array> {
    const chunks: Uint8Array[] = [];
    await this.writeTo({
      write: async (b) => {
        chunks.push(b.slice());
      },
    });
    const out = new Uint8Array(this.#length);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.byteLength;
    }
    return out;
  }
}
