import type { MeasuredBatch } from './measured-leaks-later.js';
import { HELDOUT154_PAGES } from './pages-heldout154.js';
import { HELDOUT155_PAGES } from './pages-heldout155.js';
import { HELDOUT156_PAGES } from './pages-heldout156.js';
import { HELDOUT157_PAGES } from './pages-heldout157.js';
import { HELDOUT158_PAGES } from './pages-heldout158.js';
import { HELDOUT159_PAGES } from './pages-heldout159.js';

/** Batches 154 to 159 as measured at the end of session 45 (measured-leaks-later.ts). */
export const BATCHES_154_159: readonly MeasuredBatch[] = [
  {
    batch: 154,
    pages: HELDOUT154_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout154-wsj-news': ["Appeared in the September 26, 2025, print edition as 'Railroads Brace for Record Harvest'."],
      'heldout154-houstonchronicle-news': ['About'],
      'heldout154-ajc-news': ["Editors' Picks", 'Explore'],
      'heldout154-guardian-us-news': [
        'I hope you appreciated this article. Before you move on, I was hoping you would consider taking the ',
        'We’re independent, with no billionaire owner pulling the strings, so we can report fearlessly on the',
      ],
      'heldout154-scotsman-news': ['City of Edinburgh Council'],
      'heldout154-manchestereveningnews-news': ['READ NEXT:'],
    },
  },
  {
    batch: 155,
    pages: HELDOUT155_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout155-buttondown-blog': ['Plot Notes'],
      'heldout155-hugo-ananke-blog': ['backups', 'systemd'],
      'heldout155-wix-comments-blog': ['Home'],
      'heldout155-blogger-soho-blog': ['Ashby Road'],
    },
  },
  {
    batch: 156,
    pages: HELDOUT156_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout156-stripe-api-reference-docs': ['Related guide: Refund and cancel payments'],
      'heldout156-auth0-docs': ['Suspicious sign-up throttling is available on Enterprise plans and with the Attack Protection add-on'],
      'heldout156-grafana-docs': [
        'Open Source',
        'Grafana Cloud',
        'Enterprise',
        'Open source',
        'Help and support',
        'Community',
        'Grafana Labs Community Forums',
      ],
    },
  },
  {
    batch: 157,
    pages: HELDOUT157_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout157-wikipedia-athlete-biography': ['Information from World Athletics profile.'],
      'heldout157-wikipedia-river-article': ['Statistics', 'River in North Yorkshire, England'],
      'heldout157-wikihow-steps': [
        'Co-authored by Tomas Verhoeven',
        'This article has been fact-checked, ensuring the accuracy of any cited facts and confirming the auth',
        'Method 1',
        'Method 2',
        '"When in doubt, go smaller with the pot. I see far more snake plants killed by too much soil and wat',
        'Expert Interview. 12 March 2025.',
        'About This Article',
        'Co-authored by:',
        'This article was co-authored by Tomas Verhoeven. Tomas Verhoeven is a Plant Specialist and the owner',
      ],
      'heldout157-investopedia-term': ['Placeholder broker', 'Brokerage account', 'Low fees'],
      'heldout157-britannica-biography': ['May 2, 1871, Cremona, Italy', 'irrigation'],
      'heldout157-webmd-slideshow': ['Slideshow'],
      'heldout157-patientinfo-leaflet': ['Article history'],
    },
  },
  {
    batch: 158,
    pages: HELDOUT158_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout158-reddit-new-automod-thread': ['Deposits - England', 'Pinned'],
      'heldout158-github-discussions-answered': ['/', 'View full answer', 'Oldest', 'Newest', 'Top'],
      'heldout158-gitlab-merge-request': ['1 unresolved thread'],
      'heldout158-techcommunity-solved-thread': ['Desmond_Achterberg', 'Rahel_Tesfaye', 'Copper Contributor', 'Iron Contributor', 'Brass Contributor'],
      'heldout158-trailblazer-question': ['Answers', 'Most Recent', 'Show more comments'],
    },
  },
  {
    batch: 159,
    pages: HELDOUT159_PAGES,
    precision: 0.97,
    recall: 0.97,
    leaks: {
      'heldout159-theverge-review': ['Verge Score', 'out of 10', 'How we rate and review products', 'The Good', 'The Bad', 'How We Rate and Review Products'],
      'heldout159-billboard-story': ['Billboard', 'Get Billboard’s Newsletter', 'The essential news about charts, artists and the music business.'],
      'heldout159-pitchfork-review': ['Best New Album', 'Genre:', 'Rock', 'Label:', 'Tern Records'],
      'heldout159-bonappetit-recipe': [
        'How would you rate Crispy Chickpeas and Greens With Lemony Yogurt?',
        'Made this twice this week. I added a can of tomatoes to the greens the second time and it was even b',
        'Ottoline R.',
        'Providence, RI',
        'The chickpeas were crisp for about ten minutes, so serve right away. Yogurt is the star.',
        'jkwan',
        'Oakland',
      ],
    },
  },
];
