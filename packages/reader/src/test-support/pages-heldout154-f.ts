import { links, type TestPage, texts } from './page-kit.js';
import { type ReachSite, rAd, reachBodyFurniture, reachPage, rFig, rNews, rp, rRead } from './pages-heldout154-d3.js';
import { walesPage } from './pages-heldout154-f2.js';

/**
 * Held-out batch 154, file f: a Manchester Evening News story on the Reach plc template of file d3, with a "READ MORE:"
 * link, the newsletter box, a WhatsApp community promo paragraph inside the body, an in-body image and a closing
 * "READ NEXT:" link list inside the article body; and, from file f2, a Wales Online story on the same template.
 */
const men: ReachSite = {
  site: 'Manchester Evening News',
  host: 'manchestereveningnews.example',
  nav: ['News', 'Greater Manchester News', 'Football', 'Man Utd', 'Man City', "What's On", 'Property', 'Family', 'Shopping', 'Jobs'],
  crumbs: ['News', 'Greater Manchester News'],
  newsletter: [
    'Get the biggest stories from across Greater Manchester',
    'Sign up to our free daily newsletter for the latest news, delivered straight to your inbox.',
  ],
  footer: [
    'Contact us',
    'How to complain',
    'Corrections & clarifications',
    'Privacy Notice',
    'Cookie Notice',
    'Terms & Conditions',
    'Advertise with us',
    'Our Rights Policy',
  ],
  mostRead: [
    'Live updates as police close motorway after crash near Bury',
    'Popular Northern Quarter bar to close after 20 years',
    'Trafford Centre shop confirms closure date',
  ],
  mostRecent: ['Met Office yellow warning for rain across Greater Manchester', 'Council tax in Salford to rise by almost 5 per cent'],
};
const mnTitle = 'Regulars raise £420,000 to buy their local after owners put Stockport pub up for sale';
const mnStand = 'The Wheatsheaf in Heaton Norris will become a community-owned pub after more than 600 people bought shares';
const mnRead = 'Historic Manchester pub named one of the best in the country';
const mnWhats = 'Join the Manchester Evening News WhatsApp community by clicking here.';
const mnNext = ['Greater Manchester pubs that have closed for good this year', 'The Stockport village pub saved by a crowdfunder five years ago'];
const mnParas = [
  'Regulars at a 200-year-old Stockport pub have raised more than £420,000 to buy it themselves, just months after it was put up ' +
    'for sale by its pub company owners.',
  'The Wheatsheaf on Manchester Road in Heaton Norris will become a community-owned pub after 614 people bought shares in a ' +
    'cooperative set up by drinkers, neighbours and local businesses.',
  'The pub had been listed for sale last autumn with a guide price of £395,000, sparking fears it would be converted into flats, ' +
    'as has happened to several other pubs in the area over the last decade.',
  'Campaign group chair Janet Holroyd, who has drunk at the Wheatsheaf since 1987, said: “When we saw the for sale sign go up, ' +
    'we had a meeting in the back room and somebody said, why don’t we just buy it? Everybody laughed. Six months later, here we are.”',
  'The group first had the building listed as an asset of community value with Stockport Council, which gave them six months to ' +
    'put together a bid before it could be sold to anyone else.',
  'Shares were sold at £100 each, with a maximum of £20,000 for any one investor. The cooperative also received a £100,000 grant ' +
    'and a loan from a national community ownership fund.',
  'The sale is expected to complete at the end of the month. The cooperative plans to keep the current landlady, Bev Carter, as ' +
    'manager, and to open the upstairs rooms for a community cafe, a book swap and meetings for local groups.',
  '“It’s not just a pub, it’s where people come when they’ve lost someone, or when they’ve had a baby, or when they just need ' +
    'someone to talk to,” Bev said. “I’m so proud of everyone who put their hand in their pocket.”',
  'There are now more than 200 community-owned pubs across the UK, according to the Plunkett Foundation, and very few have closed.',
  'The Wheatsheaf will host a celebration party on Saturday, March 29, with live music and a barbecue. Everyone is welcome, ' + 'shareholder or not.',
];
const mnFig = ['Campaigners outside the Wheatsheaf in Heaton Norris', '(Image: Manchester Evening News)'];
const mnBody = [
  rp(mnParas.slice(0, 2)),
  rRead(mnRead),
  rp(mnParas.slice(2, 4)),
  rAd(1),
  rp(mnParas.slice(4, 6)),
  `<p><strong><a href="https://whatsapp.example/channel/men">${mnWhats}</a></strong></p>`,
  rFig(mnFig[0]!, mnFig[1]!),
  rp(mnParas.slice(6, 8)),
  rNews(men),
  rp(mnParas.slice(8)),
  rAd(2),
  `<p><strong>READ NEXT:</strong></p>\n<ul>${links(mnNext)}</ul>`,
].join('\n');
const mn = reachPage(men, {
  id: 30942871,
  path: '/news/greater-manchester-news/wheatsheaf-heaton-norris-community-pub',
  title: mnTitle,
  standfirst: mnStand,
  author: 'Declan Marsh',
  authorJob: 'Local Democracy Reporter',
  published: ['2025-03-12T15:30:00Z', '15:30, 12 Mar 2025'],
  updated: ['2025-03-12T16:18:00Z', '16:18, 12 Mar 2025'],
  lead: ['The Wheatsheaf on Manchester Road, Heaton Norris', '(Image: Google)'],
  body: mnBody,
  topics: ['Stockport', 'Pubs', 'Heaton Norris', 'Community'],
});
const menPage: TestPage = {
  html: mn.html,
  name: 'heldout154-manchestereveningnews-news',
  kind: 'news',
  // the standfirst is body; the WhatsApp promo paragraph and the "READ NEXT:" list at the end of the body are furniture
  title: mnTitle,
  headings: [],
  body: [mnStand, ...texts(mnParas)],
  bylines: mn.bylines,
  furniture: [...mn.furniture, ...reachBodyFurniture(men, [mnRead]), mnWhats, 'READ NEXT:', ...mnNext, ...mnFig],
};

export const HELDOUT154_F: readonly TestPage[] = [menPage, walesPage];
