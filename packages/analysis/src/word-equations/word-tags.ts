import { createRequire } from 'node:module';
import type { WordVectors } from '@vecsum/embeddings';
import { alphabeticRows, DEFAULT_VOCABULARY } from './vocabulary.js';

/** Part of speech and lemma of a bare word, from compromise's tagger (no spaCy in Node). */
export interface WordTag {
  readonly pos: 'NOUN' | 'VERB' | 'ADJ' | 'ADV' | 'PROPN' | 'NUM' | 'FUNCTION' | 'OTHER';
  /** Inflection, when the tagger marks one. */
  readonly form?: 'PLURAL' | 'PAST' | 'GERUND';
  readonly root: string;
}

interface CompromiseTerm {
  readonly text: string;
  readonly tags: readonly string[];
  readonly root?: string;
}
interface CompromiseDoc {
  compute(method: string): unknown;
  json(options: object): { terms: CompromiseTerm[] }[];
}

const FUNCTION_TAGS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord', 'Expression', 'Negative'];

function tagOf(t: CompromiseTerm): WordTag {
  const has = (tag: string) => t.tags.includes(tag);
  const root = t.root !== undefined && t.root !== '' ? t.root : t.text;
  const pos: WordTag['pos'] = has('Value')
    ? 'NUM'
    : FUNCTION_TAGS.some(has)
      ? 'FUNCTION'
      : has('ProperNoun') || has('Demonym') || has('Person') || has('Place') || has('Organization')
        ? 'PROPN'
        : has('Noun')
          ? 'NOUN'
          : has('Verb')
            ? 'VERB'
            : has('Adjective')
              ? 'ADJ'
              : has('Adverb')
                ? 'ADV'
                : 'OTHER';
  const form =
    pos === 'NOUN' && has('Plural') ? 'PLURAL' : pos === 'VERB' && has('PastTense') ? 'PAST' : pos === 'VERB' && has('Gerund') ? 'GERUND' : undefined;
  return form === undefined ? { pos, root } : { pos, form, root };
}

/**
 * Tags the alphabetic words among the `vocabulary` most frequent with compromise (each word
 * alone, as a one-word sentence, so the tag is the word's most likely reading). Slow (the
 * README's benchmark times the dictionary build it is part of); compromise is loaded only here.
 */
export function tagVocabulary(vectors: WordVectors, vocabulary = DEFAULT_VOCABULARY): Map<number, WordTag> {
  const nlp = createRequire(import.meta.url)('compromise') as (text: string) => CompromiseDoc;
  const rows = alphabeticRows(vectors, vocabulary);
  const tags = new Map<number, WordTag>();
  const CHUNK = 2000;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const doc = nlp(chunk.map((r) => vectors.word(r)).join('.\n'));
    doc.compute('root');
    const byWord = new Map<string, WordTag>();
    for (const s of doc.json({ terms: { tags: true, root: true, normal: true } })) {
      for (const t of s.terms) {
        const w = t.text.toLowerCase();
        if (!byWord.has(w)) byWord.set(w, tagOf({ ...t, text: w }));
      }
    }
    for (const r of chunk) {
      const tag = byWord.get(vectors.word(r));
      if (tag !== undefined) tags.set(r, tag);
    }
  }
  return tags;
}
