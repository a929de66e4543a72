import { mkdir, rename, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { EmbeddingError } from '../errors.js';
import type { WordVectors } from '../word-vectors/types.js';
import { modelProto, nodeProto, OnnxDataType, tensorProto, valueInfo, writeProtoFile } from './onnx-model.js';
import type { ByteSink, StreamedBytes } from './protobuf-writer.js';
import { STATIC_VOCABULARY_LAYOUT, staticTokenizerConfigJson, staticTokenizerJson, type StaticTokenizerOptions } from './static-tokenizer.js';

/**
 * A static-embedding model for transformers.js: the word-vector table as one ONNX `Gather`
 * (token ids -> rows), with a WordLevel tokenizer that reproduces `tokenize`. It runs through
 * the ordinary `feature-extraction` pipeline (`model_type: "bert"` -> `BertModel`, whose
 * forward pass feeds the session only the inputs the graph declares: here `input_ids`).
 *
 * Ids 0 and 1 are `[PAD]` and `[UNK]`, both zero rows; table row r is id r + 2.
 *
 * Mean pooling and zero rows: transformers.js mean pooling divides the sum of token rows by
 * the attention-mask count, which counts `[UNK]` tokens too. With zero `[UNK]` rows the sum is
 * exactly the sum of the in-vocabulary unit rows, so the pooled vector is that sum times a
 * positive factor: after L2 normalisation it equals the direct mean (`normalize(sum of unit
 * rows)`). Only the norm before normalisation differs, never the direction.
 */

export interface StaticModelOptions {
  /**
   * Also write `onnx/model_quantized.onnx`: int8 rows with one float scale per row (about a
   * quarter of the size; cosine to the float vectors > 0.999). `onnx/model.onnx` (float32) is
   * always written. Default false.
   */
  quantized?: boolean;
  /** Unknown-word token. Default `[UNK]`. */
  unkToken?: string;
  /** Padding token. Default `[PAD]`. */
  padToken?: string;
  /** Lower-case texts before lookup (GloVe words are lower case). Default true. */
  lowercase?: boolean;
}

/** What `writeStaticEmbeddingModel` wrote. */
export interface StaticModelInfo {
  readonly folder: string;
  readonly dimensions: number;
  /** Token ids: the table's rows plus the two special tokens. */
  readonly vocabularySize: number;
  /** Paths relative to `folder`. */
  readonly files: readonly string[];
}

const ROWS_PER_CHUNK = 8192;
const LITTLE_ENDIAN = endianness() === 'LE';

/** Float32 rows of the table behind `zeroRows` zero rows, little-endian, streamed in chunks. */
function floatTable(vectors: WordVectors, zeroRows: number): StreamedBytes {
  const d = vectors.dimensions;
  const { matrix } = vectors;
  return {
    byteLength: (vectors.size + zeroRows) * d * 4,
    async write(sink: ByteSink) {
      await sink.write(new Uint8Array(zeroRows * d * 4));
      const chunk = new Uint8Array(ROWS_PER_CHUNK * d * 4);
      const view = new DataView(chunk.buffer);
      for (let r = 0; r < vectors.size; r += ROWS_PER_CHUNK) {
        const rows = matrix.subarray(r * d, Math.min(vectors.size, r + ROWS_PER_CHUNK) * d);
        if (LITTLE_ENDIAN) {
          // A copy, not a view: `matrix` may live in a SharedArrayBuffer.
          new Float32Array(chunk.buffer, 0, rows.length).set(rows);
        } else {
          for (let i = 0; i < rows.length; i++) view.setFloat32(i * 4, rows[i]!, true);
        }
        await sink.write(chunk.subarray(0, rows.length * 4));
      }
    },
  };
}

/** Per-row symmetric int8 quantisation: scale_r = max|v_r| / 127 (0 for zero rows). */
function rowScales(vectors: WordVectors, zeroRows: number): Float32Array {
  const d = vectors.dimensions;
  const { matrix } = vectors;
  const scales = new Float32Array(vectors.size + zeroRows);
  for (let r = 0; r < vectors.size; r++) {
    let max = 0;
    for (let j = r * d; j < (r + 1) * d; j++) max = Math.max(max, Math.abs(matrix[j]!));
    scales[r + zeroRows] = max / 127;
  }
  return scales;
}

function int8Table(vectors: WordVectors, zeroRows: number, scales: Float32Array): StreamedBytes {
  const d = vectors.dimensions;
  const { matrix } = vectors;
  return {
    byteLength: (vectors.size + zeroRows) * d,
    async write(sink: ByteSink) {
      await sink.write(new Uint8Array(zeroRows * d));
      const chunk = new Int8Array(ROWS_PER_CHUNK * d);
      for (let r0 = 0; r0 < vectors.size; r0 += ROWS_PER_CHUNK) {
        const r1 = Math.min(vectors.size, r0 + ROWS_PER_CHUNK);
        for (let r = r0; r < r1; r++) {
          const s = scales[r + zeroRows]!;
          const out = (r - r0) * d;
          for (let j = 0; j < d; j++) {
            const q = s === 0 ? 0 : Math.round(matrix[r * d + j]! / s);
            chunk[out + j] = Math.max(-127, Math.min(127, q));
          }
        }
        await sink.write(new Uint8Array(chunk.buffer, 0, (r1 - r0) * d));
      }
    },
  };
}

function littleEndianBytes(values: Float32Array): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < values.length; i++) view.setFloat32(i * 4, values[i]!, true);
  return out;
}

const INPUT_SHAPE = ['batch_size', 'sequence_length'] as const;

function floatModel(vectors: WordVectors, tokens: number) {
  const d = vectors.dimensions;
  return modelProto({
    graphName: 'static_embedding',
    docString: `Static word embeddings ${vectors.name}: last_hidden_state = table[input_ids]`,
    metadata: { source: vectors.name },
    nodes: [nodeProto('Gather', ['embeddings', 'input_ids'], ['last_hidden_state'], 'lookup', { axis: 0 })],
    initializers: [tensorProto('embeddings', OnnxDataType.FLOAT, [tokens, d], floatTable(vectors, STATIC_VOCABULARY_LAYOUT.rowOffset))],
    inputs: [valueInfo('input_ids', OnnxDataType.INT64, INPUT_SHAPE)],
    outputs: [valueInfo('last_hidden_state', OnnxDataType.FLOAT, [...INPUT_SHAPE, d])],
  });
}

function quantizedModel(vectors: WordVectors, tokens: number) {
  const d = vectors.dimensions;
  const zeroRows = STATIC_VOCABULARY_LAYOUT.rowOffset;
  const scales = rowScales(vectors, zeroRows);
  return modelProto({
    graphName: 'static_embedding_int8',
    docString: `Static word embeddings ${vectors.name}, int8 rows with per-row scales`,
    metadata: { source: vectors.name },
    nodes: [
      nodeProto('Gather', ['embeddings_int8', 'input_ids'], ['rows_int8'], 'lookup', { axis: 0 }),
      nodeProto('Cast', ['rows_int8'], ['rows_float'], 'dequantize_cast', { to: OnnxDataType.FLOAT }),
      nodeProto('Gather', ['embeddings_scale', 'input_ids'], ['row_scales'], 'lookup_scale', { axis: 0 }),
      nodeProto('Mul', ['rows_float', 'row_scales'], ['last_hidden_state'], 'dequantize_scale'),
    ],
    initializers: [
      tensorProto('embeddings_int8', OnnxDataType.INT8, [tokens, d], int8Table(vectors, zeroRows, scales)),
      tensorProto('embeddings_scale', OnnxDataType.FLOAT, [tokens, 1], littleEndianBytes(scales)),
    ],
    inputs: [valueInfo('input_ids', OnnxDataType.INT64, INPUT_SHAPE)],
    outputs: [valueInfo('last_hidden_state', OnnxDataType.FLOAT, [...INPUT_SHAPE, d])],
  });
}

async function writeTextFile(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, text);
  await rename(tmp, path);
}

/**
 * Writes a transformers.js model folder for the static-embedding model of `vectors`:
 * `onnx/model.onnx` (and `onnx/model_quantized.onnx` with `quantized`), `tokenizer.json`,
 * `tokenizer_config.json`, and `config.json` last (its presence marks a complete folder).
 * The table is streamed to disk in chunks: the 341k x 100 GloVe pack (136 MB) needs only a
 * few MB beyond the table itself. Existing files are replaced.
 *
 * Load it with `loadTransformersEmbedder({ model: folder })` (quantized is detected).
 *
 * @throws EmbeddingError INVALID_ARGUMENT for an empty token name, DIMENSION_MISMATCH when the
 * matrix does not match size x dimensions.
 */
export async function writeStaticEmbeddingModel(folder: string, vectors: WordVectors, options: StaticModelOptions = {}): Promise<StaticModelInfo> {
  const tokenizerOptions: StaticTokenizerOptions = {
    unkToken: options.unkToken ?? '[UNK]',
    padToken: options.padToken ?? '[PAD]',
    lowercase: options.lowercase ?? true,
  };
  if (tokenizerOptions.unkToken === '' || tokenizerOptions.padToken === '' || tokenizerOptions.unkToken === tokenizerOptions.padToken) {
    throw new EmbeddingError('INVALID_ARGUMENT', 'unkToken and padToken must be distinct non-empty strings');
  }
  const d = vectors.dimensions;
  if (vectors.matrix.length !== vectors.size * d) {
    throw new EmbeddingError('DIMENSION_MISMATCH', `matrix has ${vectors.matrix.length} values, expected ${vectors.size} x ${d}`);
  }
  const tokens = vectors.size + STATIC_VOCABULARY_LAYOUT.rowOffset;
  await mkdir(join(folder, 'onnx'), { recursive: true });
  const files = ['onnx/model.onnx'];
  await writeProtoFile(join(folder, 'onnx', 'model.onnx'), floatModel(vectors, tokens));
  if (options.quantized === true) {
    files.push('onnx/model_quantized.onnx');
    await writeProtoFile(join(folder, 'onnx', 'model_quantized.onnx'), quantizedModel(vectors, tokens));
  }
  await writeTextFile(join(folder, 'tokenizer.json'), staticTokenizerJson(vectors, tokenizerOptions));
  await writeTextFile(join(folder, 'tokenizer_config.json'), staticTokenizerConfigJson(tokenizerOptions));
  const config = {
    model_type: 'bert',
    architectures: ['BertModel'],
    hidden_size: d,
    vocab_size: tokens,
    pad_token_id: STATIC_VOCABULARY_LAYOUT.padId,
    vecsum_static_embedding: {
      source: vectors.name,
      words: vectors.size,
      dimensions: d,
      pad_token_id: STATIC_VOCABULARY_LAYOUT.padId,
      unk_token_id: STATIC_VOCABULARY_LAYOUT.unkId,
      first_word_id: STATIC_VOCABULARY_LAYOUT.rowOffset,
      lowercase: tokenizerOptions.lowercase,
    },
  };
  await writeTextFile(join(folder, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  files.push('tokenizer.json', 'tokenizer_config.json', 'config.json');
  return { folder, dimensions: d, vocabularySize: tokens, files };
}

/**
 * The user-facing name of `writeStaticEmbeddingModel`, vectors first: exports a word-vector
 * table as a transformers.js feature-extraction model folder.
 *
 * @example
 * await exportWordVectorsAsTransformersModel(loadGloveVectors({ cacheDir }), './models/glove-static');
 * const embedder = await loadTransformersEmbedder({ model: './models/glove-static' });
 */
export function exportWordVectorsAsTransformersModel(vectors: WordVectors, folder: string, options: StaticModelOptions = {}): Promise<StaticModelInfo> {
  return writeStaticEmbeddingModel(folder, vectors, options);
}
