import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT148_PAGES } from './pages-heldout148.js';
import { HELDOUT149_PAGES } from './pages-heldout149.js';
import { HELDOUT150_PAGES } from './pages-heldout150.js';
import { HELDOUT151_PAGES } from './pages-heldout151.js';
import { HELDOUT152_PAGES } from './pages-heldout152.js';
import { HELDOUT153_PAGES } from './pages-heldout153.js';

/** Batches 148 to 153 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_148_153: readonly MeasuredBatch[] = [
  {
    batch: 148,
    pages: HELDOUT148_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout148-bloomberglaw-news': ['Ortega Family Meats Inc'],
      'heldout148-kyodo-news': [
        'Related coverage:',
        'Japan to set up panel on future of loss-making local rail lines',
        'FOCUS: Rural towns weigh buses against trains as riders vanish',
        'Typhoon-hit rail line in Kyushu to reopen as bus rapid transit',
      ],
      'heldout148-kffhealthnews-news': ['USE OUR CONTENT'],
    },
  },
  {
    batch: 149,
    pages: HELDOUT149_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout149-ghost-edition-blog': ['This issue is free to read. If The Tramline Letter is useful to you, consider becoming a supporter f'],
      'heldout149-vuepress-hope-blog': ['Tips'],
    },
  },
  {
    batch: 150,
    pages: HELDOUT150_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout150-docsrs-rustdoc-docs': ['Source'],
      'heldout150-man7-manpage-docs': ['ringlogd(8)'],
      'heldout150-ansible-collection-module-docs': ['Harrow.Ipam'],
      'heldout150-oracle-help-center-oci-docs': ['Getting Started with Policies'],
    },
  },
  {
    batch: 151,
    pages: HELDOUT151_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout151-wikipedia-sports-season': [
        'Source: Aldmere Football Association',
        'Rules for classification: 1) Points; 2) Goal difference; 3) Goals scored; 4) Head-to-head points',
        '(C) Champions; (R) Relegated',
      ],
      'heldout151-gentoo-wiki-page': [
        'Page',
        'Resources',
        'Notification daemons — a comparison of notification daemons available in Gentoo.',
        'Sway — a tiling Wayland compositor.',
        'External resources',
        'The Ferrule project page',
        'The freedesktop.org notification specification',
      ],
      'heldout151-osdev-wiki-page': [
        'Difficulty level',
        'Medium',
        'Articles',
        'Detecting Memory (x86)',
        'Page Frame Allocation',
        'Memory Map (x86)',
        'Writing a memory manager',
      ],
      'heldout151-rationalwiki-article': ['Alternative medicine', 'Quackery and woo'],
      'heldout151-clevelandclinic-disease-article': [
        'Health Library',
        'References',
        "Cleveland Clinic's health articles are based on evidence-backed information and review by medical pr",
        'Harker JL, Mendez R. Ridgewood fever: clinical features of 212 cases. Journal of Vector-Borne Diseas',
        'Regional Health Department. Tick-borne disease surveillance report, 2024. Accessed 9/2/2025.',
        'Get useful, helpful and relevant health + wellness information',
      ],
    },
  },
  {
    batch: 152,
    pages: HELDOUT152_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout152-xenforo2-car-forum-thread': ['Attachments', 'throttle_body_before.jpeg'],
      'heldout152-github-pull-request': ['+186', '−41'],
      'heldout152-ask-metafilter-question': [
        'October 9, 2025 6:02 AM',
        'Kids’ bike for a very tall seven-year-old',
        'Is it worth repointing a garden wall myself?',
      ],
      'heldout152-hacker-news-ask-hn': ['[deleted]', '[–]'],
    },
  },
  {
    batch: 153,
    pages: HELDOUT153_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout153-the-local-news': ['Travel'],
      'heldout153-globe-and-mail-opinion': ['For subscribers'],
      'heldout153-daily-nation-news': ['Read: Farmers turn to potato processing as glut hits prices', 'Topics'],
    },
  },
];
