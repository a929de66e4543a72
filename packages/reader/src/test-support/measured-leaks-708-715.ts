import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT708_PAGES } from './pages-heldout708.js';
import { HELDOUT709_PAGES } from './pages-heldout709.js';
import { HELDOUT710_PAGES } from './pages-heldout710.js';
import { HELDOUT711_PAGES } from './pages-heldout711.js';
import { HELDOUT712_PAGES } from './pages-heldout712.js';
import { HELDOUT713_PAGES } from './pages-heldout713.js';
import { HELDOUT714_PAGES } from './pages-heldout714.js';
import { HELDOUT715_PAGES } from './pages-heldout715.js';

/** Batches 708 to 715 as measured at the end of session 46 (measured-leaks-later.ts). */
export const BATCHES_708_715: readonly MeasuredBatch[] = [
  {
    batch: 708,
    pages: HELDOUT708_PAGES,
    precision: 0.97,
    recall: 0.96,
    leaks: {
      'heldout708-gannett-ember-salt-review': [
        'More dining news: Three bakeries are opening in Tollbridge this spring',
        'Three bakeries are opening in Tollbridge this spring',
      ],
      'heldout708-wprm-bean-stew': ['Pin Recipe', 'Servings', 'people'],
      'heldout708-drupal-contactless-fares': ['Fare caps from January 1, 2027', 'Last reviewed'],
      'heldout708-wikipedia-karvasti': ['Common variants of karvasti'],
    },
  },
  {
    batch: 709,
    pages: HELDOUT709_PAGES,
    precision: 0.97,
    recall: 0.95,
    leaks: {
      'heldout709-arcxp-heat-live': ['Key updates', 'Pinned'],
      'heldout709-drupal-interconnection-queue': [
        'Northmark board approves first-ready queue overhaul',
        'Cluster 1 by technology',
        'Source: Northmark ISO Cluster 1 study report. Totals include projects outside the five main technolo',
      ],
      'heldout709-generatepress-sewage-spills': [
        'Sign the petition',
        '3,180 people have already asked Halden Water to bring the Marsh Lane upgrade forward. Add your name.',
      ],
      'heldout709-vitepress-pm25-calibration': ['v2.1', 'v2.1+'],
    },
  },
  {
    batch: 710,
    pages: HELDOUT710_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout710-nytlike-teacher-bonus': [
        'More on Teachers and Schools',
        'Dana Whitcombe covers education policy for The Courier, with a focus on rural schools and the teache',
        'More about Dana Whitcombe',
      ],
    },
  },
  {
    batch: 711,
    pages: HELDOUT711_PAGES,
    precision: 0.97,
    recall: 0.955,
    leaks: {
      'heldout711-wpcom-twentysixteen-first-solo': ['Advertisements'],
      'heldout711-mintlify-vehicle-os-changelog': ['charge_state.json'],
      'heldout711-yari-vehicle-charger-method': ['Browser compatibility', 'Chrome', 'Edge', 'Firefox', 'Safari', 'Chrome Android', 'Samsung Internet'],
      'heldout711-wikipedia-regional-turboprop': ['Role', 'Related development', 'Aircraft of comparable role, configuration, and era'],
      'heldout711-vbulletin5-coil-pack-misfire': ['Quote'],
    },
  },
  {
    batch: 712,
    pages: HELDOUT712_PAGES,
    precision: 0.97,
    recall: 0.965,
    leaks: {
      'heldout712-patch-backyard-cottages': ['Also on Townline:'],
      'heldout712-tiddlywiki-blight-plan': ['Plot 14B'],
    },
  },
  {
    batch: 713,
    pages: HELDOUT713_PAGES,
    precision: 0.955,
    recall: 0.955,
    leaks: {
      'heldout713-newspack-church-mosque': ['Choose a monthly amount'],
      'heldout713-hypotheses-confraternity-accounts': [
        'Archives départementales du Vérac (AD Vérac), 4 G 218, register of accounts of the rosary confratern',
        'On the diocesan visitations, see Élise Marchadier, Visiter les paroisses. L’évêque et ses curés dans',
        'AD Vérac, 4 G 218, fol. 37v–38r.',
        'I am grateful to Paul Esnault for his help with the bell-founders’ contracts of the Lormes district.',
        'Cite this post',
        'Marthe Vidalenc (March 4, 2027). Wax, wine and a missing bell: the accounts of the rosary confratern',
      ],
      'heldout713-emuseum-rood-screen': [
        'Oil and gilding on oak',
        'Overall: 98.4 × 122 cm (38 3/4 × 48 in.)',
        'Gift of the Parochial Church Council of St. Aubric, Harnley, 1958',
        'Object Number',
        'Gallery 12, Medieval Britain',
        'Description',
        'St. Aubric’s Church, Harnley, from about 1483; removed from the screen during restoration of the chu',
        'Exhibition History',
        'Saints of the Wolds: Parish Art in the Calder Valley, Calderbrook Museum of History and Art, 1987',
        'Painted Screens of the North, Harlow Street Gallery, Brenford, 2004–2005',
        'Published References',
        'Ingram, Philippa. The Harnley Master and the Painted Screens of the Calder Wolds. Calderbrook: Calde',
        'Oduya, Maren. “Scratched Saints: Iconoclasm and Repair in a Wolds Parish.” Calder Historical Journal',
        'oak',
        'gilding',
        'Public Domain. Image © Calderbrook Museum of History and Art.',
        'Calderbrook Museum of History and Art',
      ],
      'heldout713-oldreddit-askhistorians-attendance': [
        'Welcome to /r/AskHistorians. Please read our rules before you comment in this community. Understand ',
        'We thank you for your interest in this question, and your patience in waiting for an in-depth and co',
      ],
    },
  },
  {
    batch: 714,
    pages: HELDOUT714_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout714-buzzfeed-sunday-reset': ['This post is for general information only and is not a substitute for professional medical or psycho'],
      'heldout714-blogger-camping': ['Becca x', 'Becca'],
      'heldout714-discourse-four-day-week': ['Users', 'users'],
    },
  },
  {
    batch: 715,
    pages: HELDOUT715_PAGES,
    precision: 0.97,
    recall: 0.93,
    leaks: {
      'heldout715-apnews-lunar-lander': ['This image provided by Corvane Space shows the Wren lander during final testing at the company’s fac'],
      'heldout715-wikipedia-varda-27b': ['Atmospheric species searched for in Varda-27 b'],
      'heldout715-ipboard-refractor-star-test': ['#1', '#2', '#3', '#4', '#5'],
    },
  },
];
