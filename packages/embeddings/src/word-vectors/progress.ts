/** Progress of a long job (building a pack, converting vectors). `total` is 0 when unknown. */
export interface ProgressEvent {
  readonly phase: string;
  readonly done: number;
  readonly total: number;
}
export type OnProgress = (event: ProgressEvent) => void;
