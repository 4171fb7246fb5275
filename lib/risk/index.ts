/**
 * The risk engine (engine.ts) with the trained model that ships with Keel installed: for the
 * background, the side panel, the scripts and the tests. Content scripts import engine.ts and
 * receive the model from the background instead (see engine.ts useRiskModel).
 */
import { useRiskModel } from './engine';
import type { ModelFile } from './model';
import modelFile from './model.json';

/** The model that ships with Keel (scripts/train.ts writes it). */
export const bundledRiskModel = modelFile as ModelFile;
useRiskModel(bundledRiskModel);

export * from './engine';
