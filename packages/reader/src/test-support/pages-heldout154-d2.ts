import { type TestPage, texts } from './page-kit.js';
import { type ReachSite, rAd, reachBodyFurniture, reachPage, rFig, rNews, rp, rRead } from './pages-heldout154-d3.js';

/**
 * Held-out batch 154, file d2: a Mirror (UK) news story on the Reach plc template of file d3, with an in-body image,
 * two "READ MORE:" links, the newsletter box and "Article continues below" ad slots between paragraphs.
 */
const mirror: ReachSite = {
  site: 'The Mirror',
  host: 'mirror.example',
  nav: ['News', 'Politics', 'Football', 'Celebs', 'TV', 'Money', 'Travel', 'Lifestyle', 'Royals', 'Weird News', 'Puzzles'],
  crumbs: ['News', 'UK News'],
  newsletter: [
    'Get the latest news sent straight to your inbox',
    'Sign up for the free Mirror newsletter for the biggest stories of the day, exclusives and breaking news.',
  ],
  footer: [
    'Contact us',
    'How to complain',
    'Corrections & clarifications',
    'Privacy Notice',
    'Cookie Notice',
    'Terms & Conditions',
    'Advertise with us',
    'Syndication',
    'Mirror Bingo',
  ],
  mostRead: [
    'Britain braced for snow as Met Office issues weather warnings for five regions',
    'Supermarket giant recalls popular crisps over allergy fears',
    "Mum left in tears after spotting message hidden in late dad's old jacket",
  ],
  mostRecent: ['Lottery winner reveals first thing she bought after scooping £2m jackpot', 'Train strikes: full list of dates and routes affected this month'],
};
const mrTitle = 'Gran, 81, completes 500th parkrun after taking up running at 68 to cope with grief';
const mrStand =
  'Margaret Pennington started jogging around her local park after losing her husband of 44 years, and now has a cheering crowd ' +
  'waiting at the finish line every Saturday morning';
const mrRead = ['Dad, 52, runs marathon dressed as fridge to raise cash for hospice that cared for son', 'Parkrun to scrap records after row'];
const mrParas = [
  'A great-gran who took up running at the age of 68 to help her cope with grief has completed her 500th parkrun, cheered over the ' +
    'line by more than 300 fellow runners.',
  'Margaret Pennington, 81, crossed the finish at Heaton Vale Park in Bolton on Saturday morning in 41 minutes and 12 seconds, ' +
    'wearing a bright pink tutu and a sash made by her granddaughters.',
  'The former school cook started walking the 5km course in 2012, a few months after her husband Derek died of a heart attack. ' +
    'Within a year she was jogging it, and she has barely missed a week since.',
  '“I was lost after Derek went,” she told the Mirror. “My daughter dragged me down to the park one Saturday and said, just walk it, ' +
    'Mum. I didn’t know a soul. Now I know everybody, and they all know me.”',
  'Volunteers at the event said Margaret had become something of a local legend, famous for handing out boiled sweets to runners ' +
    'at the start and for refusing to let anyone help her carry her own bag.',
  'Run director Colin Ashworth said: “Margaret is the heart of this parkrun. People come from miles away to run with her. When we ' +
    'announced she was on 499 last week, the Facebook page went into meltdown.”',
  'Among the crowd on Saturday were Margaret’s three children, seven grandchildren and two great-grandchildren, as well as ' +
    'runners who had travelled from as far as Newcastle and Cardiff to take part.',
  'She was presented with a cake shaped like a running shoe and a framed photograph of her first ever parkrun, when she finished ' +
    'last in just over an hour.',
  'Margaret, who has also raised more than £14,000 for a heart charity through sponsored runs, said she had no plans to hang up ' + 'her trainers.',
  '“People keep asking if this is me retiring,” she laughed. “Not a chance. I’ve got my eye on 600. I’ll be 83 by then, and I’ll ' +
    'still be faster than some of the youngsters who stop for a chat halfway round.”',
  'Parkrun, which holds free, timed 5km events every weekend in parks across the UK, says more than 10,000 of its regular ' + 'participants are aged over 70.',
];
const mrFig = ['Margaret with her family at the finish line on Saturday', '(Image: Manchester Evening News)'];
const mrBody = [
  rp(mrParas.slice(0, 3)),
  rRead(mrRead[0]!),
  rp(mrParas.slice(3, 5)),
  rAd(1),
  rFig(mrFig[0]!, mrFig[1]!),
  rp(mrParas.slice(5, 7)),
  rNews(mirror),
  rp(mrParas.slice(7, 9)),
  rRead(mrRead[1]!),
  rAd(2),
  rp(mrParas.slice(9)),
].join('\n');
const mr = reachPage(mirror, {
  id: 34871226,
  path: '/news/uk-news/gran-81-completes-500th-parkrun',
  title: mrTitle,
  standfirst: mrStand,
  author: 'Hollie Bradshaw',
  authorJob: 'News Reporter',
  published: ['2025-03-16T11:42:00Z', '11:42, 16 Mar 2025'],
  updated: ['2025-03-16T13:05:00Z', '13:05, 16 Mar 2025'],
  lead: ['Margaret Pennington, 81, at Heaton Vale parkrun', '(Image: Hollie Bradshaw/Mirror)'],
  body: mrBody,
  topics: ['Parkrun', 'Bolton', 'Running', 'Charity'],
});
export const mirrorPage: TestPage = {
  html: mr.html,
  name: 'heldout154-mirror-news',
  kind: 'news',
  // the standfirst is body; "READ MORE:" links, the newsletter box and "Article continues below" labels are furniture
  title: mrTitle,
  headings: [],
  body: [mrStand, ...texts(mrParas)],
  bylines: mr.bylines,
  furniture: [...mr.furniture, ...reachBodyFurniture(mirror, mrRead), ...mrFig],
};
