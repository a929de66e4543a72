import ASSET from './furniture-model.json' with { type: 'json' };
import { type FurnitureModel, modelFromAsset } from './model.js';

/** The model fitted by scripts/train-furniture-model.ts (its manifest is in the JSON). */
export const SHIPPED_FURNITURE_MODEL: FurnitureModel = modelFromAsset(ASSET.model);
