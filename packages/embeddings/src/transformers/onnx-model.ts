import { open, rename, rm } from 'node:fs/promises';
import { ProtoMessage, type ByteSink, type StreamedBytes } from './protobuf-writer.js';

/**
 * Builders for the handful of ONNX protobuf messages a static-embedding graph needs (field
 * numbers from onnx/onnx.proto, IR version 7, default opset 13: loadable by onnxruntime 1.14,
 * the runtime of transformers.js 2.17).
 */

/** ONNX `TensorProto.DataType` values used here. */
export const OnnxDataType = { FLOAT: 1, INT8: 3, INT64: 7 } as const;
export type OnnxDataType = (typeof OnnxDataType)[keyof typeof OnnxDataType];

const ATTRIBUTE_INT = 2;

/** An initializer (constant tensor), its raw little-endian bytes given or streamed. */
export function tensorProto(name: string, dataType: OnnxDataType, dims: readonly number[], raw: Uint8Array | StreamedBytes): ProtoMessage {
  const t = new ProtoMessage();
  for (const d of dims) t.varint(1, d); // dims
  t.varint(2, dataType); // data_type
  t.string(8, name); // name
  t.bytes(9, raw); // raw_data
  return t;
}

/** A graph input/output: a tensor of `elemType`; a string dim is symbolic (dim_param). */
export function valueInfo(name: string, elemType: OnnxDataType, dims: readonly (number | string)[]): ProtoMessage {
  const shape = new ProtoMessage();
  for (const d of dims) {
    const dim = new ProtoMessage();
    if (typeof d === 'number')
      dim.varint(1, d); // dim_value
    else dim.string(2, d); // dim_param
    shape.message(1, dim);
  }
  const tensorType = new ProtoMessage().varint(1, elemType).message(2, shape);
  const type = new ProtoMessage().message(1, tensorType); // TypeProto.tensor_type
  return new ProtoMessage().string(1, name).message(2, type);
}

/** A graph node; attributes are integers only (all this package needs). */
export function nodeProto(
  opType: string,
  inputs: readonly string[],
  outputs: readonly string[],
  name: string,
  intAttributes: Readonly<Record<string, number>> = {},
): ProtoMessage {
  const n = new ProtoMessage();
  for (const i of inputs) n.string(1, i);
  for (const o of outputs) n.string(2, o);
  n.string(3, name);
  n.string(4, opType);
  for (const [key, value] of Object.entries(intAttributes)) {
    n.message(5, new ProtoMessage().string(1, key).varint(3, value).varint(20, ATTRIBUTE_INT));
  }
  return n;
}

export interface OnnxModelParts {
  readonly graphName: string;
  readonly nodes: readonly ProtoMessage[];
  readonly initializers: readonly ProtoMessage[];
  readonly inputs: readonly ProtoMessage[];
  readonly outputs: readonly ProtoMessage[];
  readonly docString?: string;
  readonly metadata?: Readonly<Record<string, string>>;
}

/** The ModelProto around a graph. */
export function modelProto(parts: OnnxModelParts): ProtoMessage {
  const graph = new ProtoMessage();
  for (const n of parts.nodes) graph.message(1, n);
  graph.string(2, parts.graphName);
  for (const t of parts.initializers) graph.message(5, t);
  for (const i of parts.inputs) graph.message(11, i);
  for (const o of parts.outputs) graph.message(12, o);

  const model = new ProtoMessage();
  model.varint(1, 7); // ir_version
  model.string(2, 'vecsum'); // producer_name
  if (parts.docString !== undefined) model.string(6, parts.docString);
  model.message(7, graph);
  model.message(8, new ProtoMessage().string(1, '').varint(2, 13)); // opset_import: ai.onnx 13
  for (const [key, value] of Object.entries(parts.metadata ?? {})) {
    model.message(14, new ProtoMessage().string(1, key).string(2, value)); // metadata_props
  }
  return model;
}

/**
 * Writes a message to `path` through a temporary file renamed into place, so a reader never
 * sees a half-written model. Writes are buffered in 4 MB blocks.
 */
export async function writeProtoFile(path: string, message: ProtoMessage): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(tmp, 'w');
  try {
    const writeAll = async (bytes: Uint8Array): Promise<void> => {
      for (let at = 0; at < bytes.byteLength; ) {
        const { bytesWritten } = await handle.write(bytes, at, bytes.byteLength - at);
        at += bytesWritten;
      }
    };
    const block = new Uint8Array(4 << 20);
    let used = 0;
    const sink: ByteSink = {
      async write(bytes) {
        let at = 0;
        while (at < bytes.byteLength) {
          if (used === 0 && bytes.byteLength - at >= block.byteLength) {
            // Large chunk and empty buffer: write it straight through.
            await writeAll(bytes.subarray(at));
            return;
          }
          const n = Math.min(block.byteLength - used, bytes.byteLength - at);
          block.set(bytes.subarray(at, at + n), used);
          used += n;
          at += n;
          if (used === block.byteLength) {
            await writeAll(block);
            used = 0;
          }
        }
      },
    };
    await message.writeTo(sink);
    if (used > 0) await writeAll(block.subarray(0, used));
    await handle.close();
    await rename(tmp, path);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
}
