import { plain, type TestPage, texts } from './page-kit.js';
import {
  wbBreeding,
  wbCaption1,
  wbCaption2,
  wbContent,
  wbDescription,
  wbDistribution,
  wbFood,
  wbH,
  wbHatnote,
  wbIds,
  wbLead,
  wbLinkTexts,
  wbRefTexts,
  wbShort,
  wbStatus,
  wbTaxonomy,
  wbTitle,
} from './pages-heldout139-a2.js';
import { wikiList } from './pages-heldout139-a3.js';
import { vectorPage } from './pages-heldout139-kit.js';
import { EN_CONTRIBUTE, EN_COPYRIGHT, EN_FOOTER, EN_NAVIGATION } from './pages-heldout139-wp.js';

/**
 * Held-out batch 139, file a: an English Wikipedia species article in the Vector 2022 skin (bird, with hatnote, biota
 * infobox, figures, references, external links, authority control and categories) and, from file a3, an English Wikipedia
 * list article with sortable wikitables.
 */
const wb = vectorPage({
  host: 'en.wikipedia.org',
  lang: 'en',
  site: 'Wikipedia',
  siteSub: 'From Wikipedia, the free encyclopedia',
  title: wbTitle,
  description: 'Species of bird',
  toc: [
    [wbH[0]!, []],
    [wbH[1]!, []],
    [wbH[2]!, []],
    [wbH[3]!, [wbH[4]!, wbH[5]!]],
    [wbH[6]!, []],
    ['References', []],
    ['External links', []],
  ],
  languages: ['Deutsch', 'Español', 'Français', 'Nederlands', 'Polski', 'Svenska', 'Cebuano'],
  content: wbContent,
  categories: ['IUCN Red List vulnerable species', 'Acrocephalus (bird)', 'Birds of the Northern Lakes', 'Birds described in 1968'],
  hiddenCategories: ['Articles with short description', 'Short description is different from Wikidata', "Articles with 'species' microformats"],
  lastEdited: '12 March 2025, at 08:41',
  oldid: 1279813342,
  navigation: EN_NAVIGATION,
  contribute: EN_CONTRIBUTE,
  footerPlaces: EN_FOOTER,
  copyright: EN_COPYRIGHT,
});

const species: TestPage = {
  name: 'heldout139-wikipedia-species-article',
  kind: 'wiki',
  html: wb.html,
  // the infobox is in neither list; hatnote, hidden short description, captions, reference list, external links,
  // taxon identifiers and every part of the skin are furniture; the footer's "last edited" line is a byline
  title: wbTitle,
  headings: wbH,
  body: texts([...wbLead, ...wbTaxonomy, ...wbDescription, ...wbDistribution, ...wbBreeding, ...wbFood, ...wbStatus]),
  bylines: wb.bylines,
  furniture: [
    ...wb.furniture,
    wbShort,
    plain(wbHatnote),
    wbCaption1,
    wbCaption2,
    'References',
    ...wbRefTexts,
    'External links',
    ...wbLinkTexts,
    'Taxon identifiers',
    ...wbIds,
  ],
};

export const HELDOUT139_A: readonly TestPage[] = [species, wikiList];
