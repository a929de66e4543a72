import { type TestPage, texts } from './page-kit.js';
import { type ReachSite, rAd, reachBodyFurniture, reachPage, rNews, rp, rRead } from './pages-heldout154-d3.js';

/**
 * Held-out batch 154, file f2: a Wales Online story on the Reach plc template of file d3, with two subheadings, a
 * "READ MORE:" link, the newsletter box and "Article continues below" ad slots in the body.
 */
const wales: ReachSite = {
  site: 'WalesOnline',
  host: 'walesonline.example',
  nav: ['News', 'Cardiff', 'Swansea', 'Sport', 'Rugby', 'Football', 'Whats On', 'Money', 'Property', 'Best of Wales'],
  crumbs: ['News', 'Wales News'],
  newsletter: ['Get the latest Wales news sent to your inbox', 'Sign up to the WalesOnline daily newsletter for the stories that matter to you.'],
  footer: [
    'Contact us',
    'How to complain',
    'Corrections & clarifications',
    'Privacy Notice',
    'Cookie Notice',
    'Terms & Conditions',
    'Advertise with us',
    'Notices',
  ],
  mostRead: [
    'Beach named one of the best in Europe is just an hour from Cardiff',
    'M4 to close overnight for roadworks this week',
    'Six Nations 2025: Wales team announced for Scotland clash',
  ],
  mostRecent: ['Pembrokeshire ferry sailings cancelled due to high winds', 'Swansea Market trader celebrates 50 years on the same stall'],
};
const woTitle = 'Valleys town’s last bank branch to become community banking hub run by four lenders';
const woStand =
  'People in Treharris had feared they would have to travel to Merthyr Tydfil to pay in cash after their only remaining bank announced it would close';
const woRead = 'Every bank branch closing in Wales this year';
const woParas = [
  'A Valleys town that was about to lose its last bank will instead get a shared banking hub, where customers of four major ' +
    'lenders will be able to pay in cash, withdraw money and speak to staff in person.',
  'The hub will open in the former Cymru Federal branch on Perrott Street in Treharris in the summer, after an assessment found ' +
    'that the town of around 6,000 people would be left without adequate access to cash when the branch closes in May.',
  'Residents and local councillors had campaigned for months against the closure, warning that older people and small businesses ' + 'would be hit hardest.',
];
const woSub = 'How the hub will work';
const woParas2 = [
  'The hub will be run by the Post Office and will offer counter services for customers of any bank, including deposits, ' +
    'withdrawals and bill payments. On different days of the week, staff from four lenders will be on hand to help their own ' +
    'customers with more complex issues.',
  'A temporary service will run from the community centre on Fox Street until the permanent hub is ready.',
  'Councillor Eluned Pryce, who represents Treharris on Merthyr Tydfil County Borough Council, said: “This is a huge relief. ' +
    'When the closure was announced people were genuinely frightened. A lot of our older residents don’t use online banking and ' +
    'the bus to Merthyr takes the best part of an hour.”',
];
const woSub2 = 'Growing number of hubs in Wales';
const woParas3 = [
  'Treharris will be the 14th town in Wales to be given a banking hub since the scheme began. Hubs are recommended when an ' +
    'independent assessment concludes that a community has a significant gap in access to cash.',
  'Gareth Llewellyn, who runs a hardware shop on the high street, said he had been worried about having to drive to another town ' +
    'every day to deposit takings.',
  '“Most of my customers still pay cash. If I can’t bank it locally, it changes everything,” he said. “I’m glad somebody listened.”',
  'Cymru Federal said it was closing the branch because most customers now bank online or by phone, and that the number of ' +
    'counter transactions had fallen by more than 60% since 2019.',
];
const woBody = [
  rp(woParas.slice(0, 2)),
  rRead(woRead),
  rp(woParas.slice(2)),
  rAd(1),
  `<h2>${woSub}</h2>`,
  rp(woParas2.slice(0, 2)),
  rNews(wales),
  rp(woParas2.slice(2)),
  `<h2>${woSub2}</h2>`,
  rp(woParas3.slice(0, 2)),
  rAd(2),
  rp(woParas3.slice(2)),
].join('\n');
const wo = reachPage(wales, {
  id: 29871530,
  path: '/news/wales-news/treharris-bank-closure-banking-hub',
  title: woTitle,
  standfirst: woStand,
  author: 'Siân Llywelyn',
  authorJob: 'Senior Reporter',
  published: ['2025-02-19T06:00:00Z', '06:00, 19 Feb 2025'],
  updated: ['2025-02-19T08:47:00Z', '08:47, 19 Feb 2025'],
  lead: ['The branch on Perrott Street is due to close in May', '(Image: WalesOnline/Rob Browne)'],
  body: woBody,
  topics: ['Treharris', 'Banks', 'Merthyr Tydfil', 'Cost of living'],
});
export const walesPage: TestPage = {
  html: wo.html,
  name: 'heldout154-walesonline-news',
  kind: 'news',
  // the standfirst is body; the "READ MORE:" link, the newsletter box and the ad labels are furniture
  title: woTitle,
  headings: [woSub, woSub2],
  body: [woStand, ...texts(woParas), ...texts(woParas2), ...texts(woParas3)],
  bylines: wo.bylines,
  furniture: [...wo.furniture, ...reachBodyFurniture(wales, [woRead])],
};
