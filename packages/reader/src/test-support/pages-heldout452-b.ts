import { links, type TestPage, texts } from './page-kit.js';
import { firefoxAtom } from './pages-heldout452-b2.js';
import { j } from './pages-heldout452-kit.js';

/**
 * Held-out batch 452, file b: a local newspaper's FeedBurner BrowserFriendly feed page (the "Subscribe Now!" box with reader
 * buttons and the email subscription, the feed title and about text, "Current Feed Content" with items, their "Posted:" times
 * and FeedFlare links, and the FeedBurner footer) and, from file b2, a blog's Atom feed in Firefox's feed preview.
 */
const fTitle = 'The Harrowgate Courier - Top Stories';
const fDesc = 'The latest local news from Harrowgate and the Lissan valley, updated through the day.';
const fItems: [string, string, string[]][] = [
  [
    'Council approves new footbridge over the Lissan',
    'Mon, 02 Mar 2026 17:42:10 PST',
    [
      j(
        'Harrowgate District Council on Monday approved plans for a pedestrian and cycle footbridge over the River Lissan, ending a',
        'six-year argument over how to link the Millfield estate with the town centre. The bridge will land beside the old dye works',
        'and is expected to cost 4.1 million pounds, most of it from a regional transport grant.',
      ),
      j(
        'Councillors voted nine to three in favour. Opponents said the money would be better spent on bus services, while residents of',
        'Millfield told the meeting that the current walk to the station takes forty minutes along a busy road without a pavement.',
      ),
      'Work is due to begin in the autumn, with the bridge open by the summer of 2027 if the steel arrives on time.',
    ],
  ],
  [
    'Library extends Sunday opening after petition',
    'Mon, 02 Mar 2026 11:05:33 PST',
    [
      j(
        'Harrowgate Central Library will open from noon to four on Sundays from April, after a petition signed by more than two thousand',
        'people. The library had closed on Sundays in 2019 to save money.',
      ),
      j(
        'Head librarian Colm Adair said volunteers from the Friends of the Library group would help staff the extra hours, and that the',
        'children’s corner and the study room would both be open.',
      ),
    ],
  ],
  [
    'Flood warning lifted for lower town',
    'Sun, 01 Mar 2026 21:18:02 PST',
    [
      j(
        'The flood warning for the lower town and the Wharf Road area was lifted on Sunday evening as river levels fell below the',
        'alert mark for the first time in five days. Sandbags will be collected by council crews during the week.',
      ),
      j(
        'Residents who had water in their homes can apply for a hardship payment of up to 500 pounds. Applications are open at the',
        'town hall and online until the end of March.',
      ),
    ],
  ],
  [
    'Harrowgate Athletic sign striker from Dunmore',
    'Sun, 01 Mar 2026 14:50:47 PST',
    [
      j(
        'Harrowgate Athletic have signed striker Bastian Crole from Dunmore Rovers on an eighteen-month deal. Crole, 24, scored fourteen',
        'goals for Dunmore this season and is expected to start against Kelsby on Saturday.',
      ),
      j('Manager Ruth Garvey said the club had followed the player for two years and that his pace would suit the wide pitch at the', 'Tannery Ground.'),
    ],
  ],
  [
    'Farmers market moves to the cattle square',
    'Sat, 28 Feb 2026 09:30:15 PST',
    [
      j(
        'The monthly farmers market is moving from the car park behind the post office to the restored cattle square, giving stallholders',
        'twice as much room. The first market in the new spot is on the second Saturday of March.',
      ),
      j('Traders welcomed the move but asked for better signs from the high street. The council said new signs would be in place', 'before the first market.'),
    ],
  ],
];
const fFlare = ['Email this', 'Share on Facebook', 'Post to Bluesky', 'Save to Pocket'];
const fHtml = `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>${fTitle}</title>
<link href="https://feeds.feedburner.example/~d/styles/itemcontent.css" rel="stylesheet" type="text/css" media="screen">
<link href="https://feeds.feedburner.example/~d/styles/BrowserFriendly.css" rel="stylesheet" type="text/css" media="screen">
<script type="text/javascript" src="https://feeds.feedburner.example/~d/static/scripts/BrowserFriendly.js"></script>
<script type="text/javascript">var feedburnerUri = "HarrowgateCourier-TopStories";</script>
</head>
<body onload="decodeAll();">
<div id="bannerblock"><a href="https://feedburner.example/"><img src="https://feeds.feedburner.example/~d/styles/images/feedburner_logo.gif"
alt="FeedBurner" /></a></div>
<div id="subscribeblock">
<div id="subscribenow"><h3>Subscribe Now!</h3>
<p class="subscribenote">…with web-based news readers. Click your choice below:</p>
<ul class="readerbuttons">${links(['Subscribe with Feedly', 'Subscribe with Inoreader', 'Subscribe with NewsBlur'], 'readerbutton')}</ul>
<p class="subscribenote">…with other readers:</p>
<ul class="readerbuttons">${links(['View Feed XML'], 'readerbutton')}</ul></div>
<div id="emailsubscribe"><h3>Get The Harrowgate Courier delivered by email</h3>
<form action="https://feedburner.example/fb/a/emailverify" method="post"><input type="text" name="email" size="20">
<input type="submit" value="Subscribe"></form></div></div>
<div id="bodyblock">
<h1 id="feedtitle"><a href="https://harrowgatecourier.example/">${fTitle}</a></h1>
<p class="about">${fDesc}</p>
<p class="about">“${fTitle}” is a feed brought to you by FeedBurner. Use it to keep up with the stories as they are published.</p>
<h3 id="currentFeedContent">Current Feed Content</h3>
<ul>
${fItems
  .map(
    ([t, d, paras], i) => `<li class="regularitem">
<h4 class="itemtitle"><a href="https://feeds.feedburner.example/~r/HarrowgateCourier/~3/a${i}/">${t}</a></h4>
<h5 class="itemposttime"><span>Posted:</span>${d}</h5>
<div class="itemcontent" name="decodeable">${paras.map((p) => `<p>${p}</p>`).join('')}
<div class="feedflare">${fFlare.map((f) => `<a href="https://feeds.feedburner.example/~ff/HarrowgateCourier?a=${i}">${f}</a>`).join(' | ')}</div>
<img src="https://feeds.feedburner.example/~r/HarrowgateCourier/~4/a${i}" height="1" width="1" alt=""/></div>
</li>`,
  )
  .join('\n')}
</ul>
</div>
<div id="footer"><p>Headlines from <a href="https://harrowgatecourier.example/">harrowgatecourier.example</a></p>
<p>© 2026 Harrowgate Courier Newspapers Ltd. All rights reserved.</p>
<p class="poweredby">Powered by FeedBurner</p></div>
</body></html>`;
const feedburner: TestPage = {
  name: 'heldout452-feedburner-news',
  kind: 'news',
  html: fHtml,
  title: fTitle,
  headings: fItems.map(([t]) => t),
  body: texts([fDesc, ...fItems.flatMap(([, , p]) => p)]),
  bylines: fItems.map(([, d]) => `Posted:${d}`),
  furniture: [
    'Subscribe Now!',
    '…with web-based news readers. Click your choice below:',
    'Subscribe with Feedly',
    'Subscribe with Inoreader',
    'Subscribe with NewsBlur',
    '…with other readers:',
    'View Feed XML',
    'Get The Harrowgate Courier delivered by email',
    `“${fTitle}” is a feed brought to you by FeedBurner. Use it to keep up with the stories as they are published.`,
    'Current Feed Content',
    ...fFlare,
    'Headlines from harrowgatecourier.example',
    '© 2026 Harrowgate Courier Newspapers Ltd. All rights reserved.',
    'Powered by FeedBurner',
  ],
};

export const HELDOUT452_B: readonly TestPage[] = [feedburner, firefoxAtom];
