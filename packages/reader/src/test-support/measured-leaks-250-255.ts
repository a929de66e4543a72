import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT250_PAGES } from './pages-heldout250.js';
import { HELDOUT251_PAGES } from './pages-heldout251.js';
import { HELDOUT252_PAGES } from './pages-heldout252.js';
import { HELDOUT253_PAGES } from './pages-heldout253.js';
import { HELDOUT254_PAGES } from './pages-heldout254.js';
import { HELDOUT255_PAGES } from './pages-heldout255.js';

/** Batches 250 to 255 as measured at the session 42, round 146 (measured-leaks-later.ts). */
export const BATCHES_250_255: readonly MeasuredBatch[] = [
  {
    batch: 250,
    pages: HELDOUT250_PAGES,
    precision: 0.955,
    recall: 0.97,
    leaks: {
      'heldout250-hubspot-blog-feature-announcement': ['Pricing'],
      'heldout250-unbounce-webinar-registration': ['FREE LIVE WEBINAR', 'Starts in'],
      'heldout250-elementor-pricing-page': ['Pricing', 'Monthly'],
      'heldout250-framer-comparison-page': [
        'Start free',
        'Comparison',
        '"We moved 11 million emails a month in a weekend." Halden Cole, CTO at Brightrail',
        'Try Relaymail free for 30 days',
        'No credit card. Import your Postwright templates in one click.',
      ],
      'heldout250-ghost-casper-launch-post': ['Launch', 'Launch week offer: teams that sign up before March 3 get their first three months free.'],
      'heldout250-g2-style-category-listing': [
        'Software',
        'Revenue Intelligence Software',
        '4.5',
        '(862)',
        '$60 1 user per month',
        'Signalhaus combines conversation analytics with a forecasting board built for weekly pipeline review',
        '4.4',
        '(517)',
        'Contact for pricing',
        'Dealkeel maps buying committees from email traffic and warns when a deal has a single contact.',
        '4.2',
        '(233)',
        '$89 1 user per month',
        'Ordway Insight adds AI call summaries and coaching scorecards to any CRM.',
        'Entry Level Price:',
        'out of 5',
      ],
      'heldout250-wix-partner-directory': [
        'Partners',
        'UK and Ireland',
        'DACH',
        'Australia and New Zealand',
        'France and Benelux',
        'Become a partner',
        'Join the program and get certified training, a partner manager and leads from our directory.',
      ],
    },
  },
  {
    batch: 251,
    pages: HELDOUT251_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout251-va-formation-benefit-explainer': [
        'Property tax exemption',
        'Renting or living with family?',
        'This exemption is only for homes you own. If you rent, you may qualify for the Veterans rent credit ',
        'Download Form OSV-1182 (PDF)',
      ],
      'heldout251-dnn-coast-guard-public-notice': ['Affected aids to navigation'],
      'heldout251-discourse-military-spouse-thread': ['users'],
      'heldout251-classy-memorial-donation-appeal': ['Our Story', 'Memorial Day 2026 dedication · Riverside Park, Halden'],
    },
  },
  {
    batch: 252,
    pages: HELDOUT252_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout252-naver-news-news': ['윤서진 기자', '윤서진 기자 sjyoon@hanbit.example', '3일 저녁 6시께 불이 꺼진 경남의 한 공공도서관 앞. 윤서진 기자'],
      'heldout252-people-cn-style-news': [
        '(责编：吴敏、赵一航)',
        '青禾县南塘镇农机服务站技术员正在检修播种机。宋佳宁摄',
        '《 华闻日报 》（ 2026年03月04日 第 10 版）',
      ],
      'heldout252-hexo-next-blog': ['# ZFS', '# NAS'],
      'heldout252-kompas-style-news': [
        'Baca juga: Musim Hujan Panjang, Petani Cabai di Lereng Merbabu Merugi',
        'Baca juga: Operasi Pasar Digelar, Warga Antre Sejak Subuh',
      ],
      'heldout252-amar-ujala-style-news': ['यह भी पढ़ें: गंगापुर में पीलिया के 60 नए मामले, स्वास्थ्य विभाग ने चलाया अभियान'],
      'heldout252-ynet-style-news': ['כתבות נוספות'],
    },
  },
  {
    batch: 253,
    pages: HELDOUT253_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout253-aem-association-retirement-guide': [
        'Build a realistic budget before you hand in your notice',
        'Join AML today',
        'Get member-only retirement calculators and a free benefits check.',
        'Example monthly benefit by claiming age',
        'Source: AML illustration, not an estimate of your benefit.',
      ],
      'heldout253-gcweb-government-pension-service': ['Page details', 'Please select all that apply:'],
      'heldout253-drupal-disability-charity-advice': [
        'Talk to an adviser',
        'Call our free helpline on 0800 555 0192, Monday to Friday, 9am to 6pm.',
        'Downloads',
        'Getting your home adapted',
      ],
      'heldout253-ghost-casper-accessibility-blog': [
        'Our audit of forty care-booking sites found the same barrier again and again.',
        'Want us to check your booking flow? Our two-day focus audit starts at £900.',
      ],
      'heldout253-wix-care-at-home-services': ['Home'],
      'heldout253-discourse-caregivers-forum-thread': ['users'],
      'heldout253-shopify-dawn-hearing-aid-guide': ['Book your free hearing test online →'],
      'heldout253-squarespace-sign-language-course': ['I can finally chat with my grandson without writing everything down.'],
      'heldout253-govuk-easy-read-publication': ['Home', 'Help'],
    },
  },
  {
    batch: 254,
    pages: HELDOUT254_PAGES,
    precision: 0.97,
    recall: 0.945,
    leaks: {
      'heldout254-shorthand-annual-report': ['Annual Report 2025'],
      'heldout254-wordpress-generatepress-impact-story': ['Priyanka Holloway, Fettle Street Tool Library'],
      'heldout254-elementor-grant-programme': ['Funding for community groups'],
      'heldout254-govuk-charity-register-entry': [
        'If you have concerns about this charity, you can report a concern to the Commission.',
        'Print charity details',
      ],
      'heldout254-gofundme-campaign': [
        'Callum Ashdown is organising this fundraiser.',
        'Your easy, powerful and trusted home for help. Donations are protected by the GoFundMe Giving Guaran',
      ],
      'heldout254-pdf2htmlex-board-minutes': ['Hollins Bay Land Trust'],
    },
  },
  {
    batch: 255,
    pages: HELDOUT255_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout255-github-discussions-thread': ['3 comments · 1 reply', 'Answer'],
      'heldout255-mkdocs-material-rfc': [
        'Kestrel governance',
        'kestrel/governance',
        'Governance',
        'Status',
        'Accepted',
        'Discussion',
        'kestrel/governance#88',
        'Summary',
      ],
      'heldout255-docusaurus-security-policy': ['Next'],
    },
  },
];
