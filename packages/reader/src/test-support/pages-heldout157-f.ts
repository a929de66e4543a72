import type { TestPage } from './page-kit.js';
import { patientLeaflet } from './pages-heldout157-f1.js';
import { medlineplusDrug } from './pages-heldout157-f2.js';

/** Held-out batch 157, file f: a Patient.info leaflet (helper f1) and a MedlinePlus drug information page (helper f2). */
export const HELDOUT157_F: readonly TestPage[] = [patientLeaflet, medlineplusDrug];
