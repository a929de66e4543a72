import { loadGloveVectors } from '@vecsum/embeddings';
const v = loadGloveVectors({ cacheDir: '/work/main/.vecsum-cache' });
for (const w of ['the', 'cambodia', 'sen']) { const r = v.indexOf(w); let s = 0; for (let j = 0; j < v.dimensions; j++) s += (v.matrix[r * v.dimensions + j] as number) ** 2; console.log(w, r, Math.sqrt(s)); }
