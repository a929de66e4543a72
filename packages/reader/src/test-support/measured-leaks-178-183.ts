import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT178_PAGES } from './pages-heldout178.js';
import { HELDOUT179_PAGES } from './pages-heldout179.js';
import { HELDOUT180_PAGES } from './pages-heldout180.js';
import { HELDOUT181_PAGES } from './pages-heldout181.js';
import { HELDOUT182_PAGES } from './pages-heldout182.js';
import { HELDOUT183_PAGES } from './pages-heldout183.js';

/** Batches 178 to 183 as measured at the end of session 44 (measured-leaks-later.ts). */
export const BATCHES_178_183: readonly MeasuredBatch[] = [
  {
    batch: 178,
    pages: HELDOUT178_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout178-xinhua-news': ['This aerial photo taken on Nov. 2, 2025 shows the solar-thermal demonstration plant on the beds of a'],
      'heldout178-anadolu-news': ['ANKARA'],
      'heldout178-bernama-news': [
        '-- BERNAMA',
        'BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated ',
        'Follow us on social media :',
        'Facebook : @bernamaofficial',
        'X : @bernama.com',
        'Instagram : @bernamaofficial',
        'TikTok : @bernamaofficial',
      ],
    },
  },
  {
    batch: 179,
    pages: HELDOUT179_PAGES,
    precision: 0.96,
    recall: 0.97,
    leaks: {
      'heldout179-cdc-mmwr-news': [
        'TABLE. Source of carbon monoxide exposure among households and patients',
        'Return to your place in the text',
        'No potential conflicts of interest were disclosed.',
        'Article Metrics',
        'Altmetric:',
      ],
      'heldout179-imf-blog': [
        'Bouncing back faster',
        'Countries with more fiscal space recovered from major storms in less than half the time.',
        'Note: Sample covers 31 small island economies and 58 major disasters.',
        'Source: IMF staff calculations.',
        'Noor Haddad-Wren is a Deputy Division Chief in the IMF’s Asia and Pacific Department.',
        'Teodor Vasquez-Ilunga is an Economist in the IMF’s Fiscal Affairs Department.',
      ],
      'heldout179-uk-parliament-briefing-docs': ['Buses'],
      'heldout179-red-cross-news-story': ['About the American Red Cross: The American Red Cross shelters, feeds and provides comfort to victims'],
      'heldout179-state-attorney-general-news': ['Consumers who believe they have been charged undisclosed fees by a lender may file a complaint with '],
    },
  },
  {
    batch: 180,
    pages: HELDOUT180_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout180-linode-docs': ['Create a Linode account'],
      'heldout180-fastly-docs': ['Translations:', '日本語'],
    },
  },
  {
    batch: 181,
    pages: HELDOUT181_PAGES,
    precision: 0.945,
    recall: 0.97,
    leaks: {
      'heldout181-ncbi-statpearls-chapter': [
        'NCBI Bookshelf. A service of the National Library of Medicine, National Institutes of Health.',
        'Harrow Valley Medical Center',
        'Review Questions',
        'This book is distributed under the terms of the Creative Commons Attribution-NonCommercial-NoDerivat',
        'Bookshelf ID: NBK6018842',
        'PMID: 31984410',
        'National Library of Medicine',
      ],
      'heldout181-radiopaedia-reference-article': ['Os trigonum', 'Flexor hallucis longus tendon'],
      'heldout181-dermnet-topic-page': ['Hyperhidrosis'],
      'heldout181-cancergov-pdq-patient-summary': [
        'About This PDQ Summary',
        'About PDQ',
        'Purpose of This Summary',
        'Reviewers and Updates',
        'Permission to Use This Summary',
        'Physician Data Query (PDQ) is the National Cancer Institute’s (NCI’s) comprehensive cancer informati',
        'This PDQ cancer information summary has current information about the treatment of Merkel cell carci',
        'Editorial Boards write the PDQ cancer information summaries and keep them up to date.',
        'PDQ is a registered trademark. The content of PDQ documents can be used freely as text.',
        'If you want to use an image from this summary, ask us. Cite this summary as:',
      ],
      'heldout181-orphanet-disease-page': ['The summary is not intended to replace the advice of a health professional. The documents contained '],
      'heldout181-medlineplus-genetics-condition': [
        'Learn more about the gene associated with Ostrander congenital myopathy',
        'ORMD2',
        'Additional Information & Resources',
      ],
      'heldout181-nord-rare-disease-report': [
        'NORD gratefully acknowledges Harriet Okonjo, MD, Professor of Medical Genetics, Westmarch University',
        'Acknowledgment',
        'Overview',
        'Symptoms',
        'Programs & Resources',
        'Complete Report',
        'Download or order the full report',
      ],
      'heldout181-mountsinai-health-library': [
        'Updated by: Corinne Waite, MD, Orthopaedic Surgeon, Harbourside Orthopaedic Group, Portland, ME. Als',
        'Tests',
        'Heel spur',
      ],
      'heldout181-hospital-health-encyclopedia': ['About'],
      'heldout181-heart-org-article': ['Sleep'],
    },
  },
  {
    batch: 182,
    pages: HELDOUT182_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout182-crossvalidated-question': ['Questions'],
      'heldout182-brainly-question': ['Biology', 'High School', '+5 pts', 'Answer'],
      'heldout182-justanswer-question': ['Customer:', 'Customer Question'],
      'heldout182-answers-com-question': [
        '∙ 13y ago',
        'More answers',
        'Add your answer:',
        'Earn +20 pts',
        'Q: Why do lighthouses use different flash patterns?',
      ],
      'heldout182-aws-repost-question': [
        'Add your answer',
        'You are not logged in. Log in to post an answer.',
        'A good answer clearly answers the question and provides constructive feedback and encourages profess',
      ],
      'heldout182-apple-developer-forums-thread': ['Answered by DTS Engineer in 781519022', 'DTS Engineer'],
    },
  },
  {
    batch: 183,
    pages: HELDOUT183_PAGES,
    precision: 0.965,
    recall: 0.97,
    leaks: {
      'heldout183-courtlistener-opinion': [
        'FERRAND, Circuit Judge.',
        'Judges',
        'Court of Appeals for the Twelfth Circuit',
        'Status: Published',
        'Docket Number: 24-1190',
        'Judges: Ferrand, Quist, and Abboud, Circuit Judges',
      ],
      'heldout183-federalregister-rule': ['Start Printed Page 22872', 'Start Printed Page 22873'],
      'heldout183-sec-edgar-8k-exhibit': ['Exhibit 99.1', 'Investor Contact:'],
      'heldout183-pubmed-abstract': ['doi: 10.1111/jrh.12904.', 'PMID: 39872214', 'DOI: 10.1111/jrh.12904'],
      'heldout183-plos-one-article': ['Download:'],
      'heldout183-biorxiv-preprint': ['New Results'],
      'heldout183-jstor-daily-article': ['telegraph'],
      'heldout183-gutenberg-book': ['AUTHOR OF “THE WIDOW OF SCAUR BANK,” ETC.', 'THE END.'],
      'heldout183-internet-archive-item': ['Wenlow Valley Local Studies Centre'],
    },
  },
];
