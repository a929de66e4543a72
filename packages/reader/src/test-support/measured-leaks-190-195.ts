import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT190_PAGES } from './pages-heldout190.js';
import { HELDOUT191_PAGES } from './pages-heldout191.js';
import { HELDOUT192_PAGES } from './pages-heldout192.js';
import { HELDOUT193_PAGES } from './pages-heldout193.js';
import { HELDOUT194_PAGES } from './pages-heldout194.js';
import { HELDOUT195_PAGES } from './pages-heldout195.js';

/** Batches 190 to 195 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_190_195: readonly MeasuredBatch[] = [
  {
    batch: 190,
    pages: HELDOUT190_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout190-nerdwallet-blog': [
        'Many of the products we feature come from partners who pay us. That can affect which products we wri',
        'How we make money',
      ],
      'heldout190-bankrate-blog': ['Mortgage calculator', 'Monthly payment', '$2,023'],
      'heldout190-motleyfool-news': [
        '(-1.24%) -$0.61',
        'Key Data Points',
        'Market Cap',
        '$22B',
        'Day’s Range',
        '52wk Range',
        'Volume',
        'Dividend Yield',
        'Gross Margin',
        'Should you invest $1,000 in Harrowgate Foods right now?',
        'Before you buy stock in Harrowgate Foods, consider this: our analyst team has picked the 10 stocks t',
      ],
      'heldout190-which-docs': ['Make a Section 75 claim', 'Use our free template letter to write to your card provider.'],
      'heldout190-insurance-blog': ['Home', 'Home maintenance checklist', 'Download our seasonal checklist and stay ahead of costly repairs.'],
      'heldout190-fidelity-viewpoints-blog': ['Next steps to consider'],
    },
  },
  {
    batch: 191,
    pages: HELDOUT191_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout191-gartner-press-release': ['Source: Gartner (March 2025)'],
      'heldout191-consultancy-case-study': ['Case studies', 'Case studies', 'More case studies', 'Retail', 'Healthcare', 'Services', 'Operations'],
    },
  },
  {
    batch: 192,
    pages: HELDOUT192_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout192-nejm-article': ['Original Article', 'Supported by the Calder Maternal Health Trust.'],
      'heldout192-bmj-news': ['doi: https://doi.org/10.1136/bmj.r518', 'Cite this as: BMJ 2025;388:r518'],
      'heldout192-cochrane-plain-language-summary': ['Evidence', 'Evidence'],
      'heldout192-jama-network-article': ['Citations 0', 'Altmetric'],
      'heldout192-cell-press-article': ['photoperiod', 'tanycytes'],
      'heldout192-pnas-article': [
        'Research Article',
        '122 (11) e2416602122',
        'Data, Materials, and Software Availability',
        'Detection data and analysis code have been deposited in the Veldmoor Data Repository.',
      ],
    },
  },
  {
    batch: 193,
    pages: HELDOUT193_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout193-realpython-tutorial': [
        'Take the Quiz: Test your knowledge with our interactive “Writing Context Managers” quiz. You’ll rece',
        'What’s your #1 takeaway or favorite thing you learned? How are you going to put your newfound skills',
      ],
      'heldout193-tutorialspoint-tutorial': ['Kickstart Your Career', 'Get certified by completing the course'],
      'heldout193-howtogeek-howto': ['Thread', 'Summary'],
      'heldout193-makeuseof-listicle': ['Thread'],
      'heldout193-analyticsvidhya-blog': ['This article was published as a part of the Data Science Blogathon.'],
      'heldout193-smashingmagazine-article': ['Further Reading on SmashingMag', 'A Practical Guide To Focus Management', 'The State Of Native Form Controls'],
      'heldout193-csstricks-article': ['See the Pen Reading progress with view() by Rosalind Achterberg (@rachterberg) on CodePen.'],
      'heldout193-androidauthority-guide': ['QUICK ANSWER'],
      'heldout193-javascriptinfo-chapter': ['importance: 5', 'importance: 4'],
    },
  },
  {
    batch: 194,
    pages: HELDOUT194_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout194-aeon-essay': ['Ilse Vandermeer is a lecturer in philosophy at the University of Tarrow, where she works on the phil'],
      'heldout194-marginalian-post': [
        'Donating = Loving',
        'For twenty years, I have been spending countless hours and thousands of dollars each month composing',
        'If this labor makes your own life more livable in any way, please consider aiding its sustenance wit',
      ],
      'heldout194-nautilus-article': ['Lead image: Marco Deltel / Shutterstock'],
      'heldout194-noema-essay': ['Technology & the Human'],
      'heldout194-orion-essay': [
        'Getting your Trinity Audio player ready...',
        'If you value essays like this one, please consider becoming a subscriber or making a donation today.',
      ],
      'heldout194-laphams-quarterly-essay': ['From the issue', 'Time'],
      'heldout194-university-press-blog-post': ['Featured image: A merchant ship at anchor, 1760s, via Penmarrow Record Office, public domain.'],
    },
  },
  {
    batch: 195,
    pages: HELDOUT195_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout195-eur-lex-legislation-summary': ['Summary'],
      'heldout195-civicplus-council-minutes': [
        'Respectfully submitted,',
        'Dana Whitlock, City Clerk',
        'Approved by Council: April 22, 2025',
        'Business',
        'City Council',
        'Meeting Minutes',
      ],
      'heldout195-lgsco-ombudsman-decision': [
        'Investigator’s decision on behalf of the Ombudsman',
        '24 011 872',
        'The Ombudsman’s final decision published on our website is an anonymised version of the statement se',
      ],
      'heldout195-govtrack-bill-page': [
        'Introduced',
        'Referred to Committee',
        'Reported by Committee',
        'Passed House',
        'Passed Senate',
        'Signed by the President',
        'Prognosis: 3% chance of being enacted according to Skopos Labs.',
        'The summary below was written by the Congressional Research Service, which is a nonpartisan division',
      ],
      'heldout195-tenants-charity-advice-page': ['Repairs'],
    },
  },
];
