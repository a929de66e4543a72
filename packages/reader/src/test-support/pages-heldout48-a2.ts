import { links, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 48, file a2: a Guardian live blog (DCR markup with generated dcr- classes and data-gu-name sections: support
 * header, pillar nav and sub-nav, the "UK weather" section link, the "Live" badge, the headline, a bulleted standfirst, the byline
 * with "(now)" and "(earlier)", the date with "First published on", a share button, the key events carousel with relative
 * times, "Show key events only" with its JavaScript notice, six live blocks newest first with time stamps, contributor names, "Key
 * event" pills, optional block headings and "Updated at" footers, pagination, topics, "Reuse this content", the support epic,
 * "Most viewed", the consent message and the footer).
 */
const glTitle = 'Storm Idris: amber wind warning for Wales and south-west England as 40,000 homes lose power – live';
const glStand = [
  'Gusts of 84mph recorded at Berry Head in Devon, the strongest in the region since 2014',
  'Severn bridge and several west Wales roads closed; ferries from Pembroke Dock cancelled',
  'Met Office says the worst of the wind will pass by midnight but warns of flooding on Thursday',
];
interface Block {
  id: string;
  time: string;
  by: string;
  key?: boolean;
  head?: string;
  body: string;
  updated?: string;
}
const glBlocks: Block[] = [
  {
    id: '673c8f2e8f08a1b2c3d4e5f6',
    time: '16.38 GMT',
    by: 'Megan Hollis',
    head: 'Power cuts rise to 40,000 homes',
    body:
      '<p>The number of homes without electricity has risen to about 40,000, according to Western Grid Networks, which supplies most of south ' +
      'Wales and the south-west. The company said most cuts were caused by falling trees bringing down overhead lines in rural areas.</p>\n' +
      '<p>A spokesperson said engineers would work through the night where it was safe to do so, but warned that some customers in ' +
      'Pembrokeshire and north Devon might not be reconnected until Friday. Anyone who sees a fallen line is asked to stay well away from ' +
      'it and call 105.</p>',
    updated: 'Updated at 16.41 GMT',
  },
  {
    id: '673c86d18f08a1b2c3d4e5a1',
    time: '16.05 GMT',
    by: 'Megan Hollis',
    body:
      '<p>Rail passengers are being told not to travel west of Cardiff for the rest of the day. Transport for Wales said a tree had fallen ' +
      'across the line near Llanelli and that replacement buses could not run safely in the current wind.</p>\n' +
      '<p>Great Western trains between Exeter and Plymouth are running at reduced speed along the sea wall at Dawlish, where waves have ' +
      'been breaking over the track since early afternoon.</p>',
  },
  {
    id: '673c7c4a8f08a1b2c3d4e590',
    time: '15.20 GMT',
    by: 'Megan Hollis',
    key: true,
    head: 'Severn bridge closed to all traffic',
    body:
      '<p>National Highways has closed the M48 Severn bridge in both directions after gusts passed 70mph on the crossing. Traffic is being ' +
      'diverted over the second crossing, which remains open to cars but closed to high-sided vehicles.</p>\n' +
      '<p>Drivers reported queues of more than an hour on the approach from Bristol. “We’ve been sat here since half two and moved about ' +
      'a mile,” said Kath Delaney, a delivery driver heading to Newport. “The van’s been rocking the whole time.”</p>',
  },
  {
    id: '673c66f08f08a1b2c3d4e571',
    time: '13.47 GMT',
    by: 'Aled Price',
    key: true,
    head: 'Ferries cancelled from Pembroke Dock',
    body:
      '<p>Irish Sea Ferries has cancelled all sailings between Pembroke Dock and Rosslare for the rest of today. The company said the ' +
      'following services were affected:</p>\n<ul>\n<li>The 14.45 sailing from Pembroke Dock</li>\n<li>The 20.45 sailing from Rosslare</li>\n' +
      '<li>The 02.45 overnight sailing from Pembroke Dock</li>\n</ul>\n' +
      '<p>Passengers with bookings can move to another sailing free of charge or ask for a full refund.</p>',
    updated: 'Updated at 14.02 GMT',
  },
  {
    id: '673c47b58f08a1b2c3d4e532',
    time: '11.02 GMT',
    by: 'Aled Price',
    body:
      '<p>Berry Head, on the southern tip of Torbay, has just recorded a gust of 84mph, the Met Office says. That is the strongest gust ' +
      'measured in the south-west since the winter storms of 2014, when the same station recorded 92mph.</p>',
  },
  {
    id: '673c2b1a8f08a1b2c3d4e501',
    time: '07.05 GMT',
    by: 'Aled Price',
    key: true,
    head: 'Amber warning in force from midday',
    body:
      '<p>Good morning and welcome to our live coverage of Storm Idris, the third named storm of the season, which is expected to bring ' +
      'the strongest winds in several years to parts of Wales and south-west England.</p>\n' +
      '<p>An amber wind warning runs from midday until midnight, covering the coasts of Pembrokeshire, Ceredigion, Cornwall and Devon. ' +
      'Forecasters say gusts of 70 to 80mph are likely on exposed headlands, with a small chance of 90mph. I’ll be bringing you the latest ' +
      'from our reporters across the region through the morning.</p>',
  },
];
const glAgo: Record<string, string> = { '15.20 GMT': '1h ago', '13.47 GMT': '3h ago', '07.05 GMT': '9h ago' };
const glBlock = (b: Block): string =>
  `<article id="block-${b.id}" data-gu-name="live-block" class="dcr-1yqp1w5${b.key === true ? ' dcr-key-event' : ''}"><header class="dcr-4vrk4g">
<a href="?page=with:block-${b.id}#block-${b.id}" class="dcr-1s1u3z1"><time datetime="2025-11-19T${b.time.slice(0, 2)}:${b.time.slice(3, 5)}:00.000Z"
class="dcr-1q8b2p">${b.time}</time></a>${b.key === true ? '<span class="dcr-x1pill">Key event</span>' : ''}
<div class="dcr-contributor"><img class="dcr-avatar" src="https://i.guim.co.uk/img/uploads/contributor.png?width=36"
alt=""><span class="dcr-1p3k2w">${b.by}</span></div></header>
${b.head === undefined ? '' : `<h2 class="dcr-1ynbh0n">${b.head}</h2>`}<div class="dcr-block-body">${b.body}</div>
<footer class="dcr-1ncwfx6">${b.updated === undefined ? '' : `<p class="dcr-lastupdated"><time>${b.updated}</time></p>`}
<div class="dcr-share" data-component="share-block"><a href="https://www.facebook.com/dialog/share?href=...%23block-${b.id}" aria-label="Share on Facebook"></a>
<a href="https://x.com/intent/tweet?url=...%23block-${b.id}" aria-label="Share on X"></a></div></footer></article>`;
const glKeys = glBlocks.filter((b) => b.key === true);
const glTop = ['Print subscriptions', 'Search jobs', 'Sign in', 'UK edition'];
const glPillars = ['News', 'Opinion', 'Sport', 'Culture', 'Lifestyle'];
// biome-ignore format: the sub-nav texts are packed on two lines to keep the file short
const glSub = ['UK', 'World', 'Climate crisis', 'Ukraine', 'Environment', 'Science', 'Global development', 'Football', 'Tech', 'Business',
  'Obituaries'];
const glTopics = ['Extreme weather', 'Energy industry', 'Rail transport', 'Road transport'];
const glEpicH = 'You’ve read 7 articles in the last month';
const glEpic =
  'Our coverage of storms, floods and the climate crisis is free for everyone to read, because we believe reliable information should be. ' +
  'If you can, please support the Guardian today.';
const glMost = [
  'Storm Idris: what to do if your power goes off',
  'Ministers to review flood defence spending after winter of record rain',
  'The best winter coats for walkers, tested on a wet Dartmoor',
  'Half of UK railway stations still lack step-free access, report finds',
  'Sabrina Hale: ‘I wrote the novel in a caravan in Pembrokeshire’',
];
// biome-ignore format: the footer link texts are packed several to a line to keep the file short
const glFoot = [
  'About us', 'Contact us', 'Complaints & corrections', 'SecureDrop', 'Work for us', 'Privacy policy', 'Cookie policy', 'Terms & conditions',
  'Help', 'All topics', 'All writers', 'Newsletters', 'Digital newspaper archive', 'Facebook', 'YouTube', 'Instagram', 'LinkedIn',
  'Advertise with us', 'Search UK jobs', 'Back to top',
];
const glCopy = '© 2025 Guardian News & Media Limited or its affiliated companies. All rights reserved.';
const glConsent =
  'We and our partners use cookies and similar technologies to show you personalised advertising, measure how the site is used and ' +
  'improve it. You can change your choices at any time in Privacy settings.';
const glHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${glTitle} | UK weather | The Guardian</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${glTitle}",
"coverageStartTime":"2025-11-19T07:05:00.000Z","liveBlogUpdate":[{"@type":"BlogPosting","headline":"Power cuts rise to 40,000 homes"}]}</script>
<script>window.guardian={config:{page:{contentType:"LiveBlog",isLive:true,section:"uk-news"}}};</script>
<style>.dcr-visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden}</style></head>
<body><a href="#maincontent" class="dcr-skip">Skip to main content</a><a href="#navigation" class="dcr-skip">Skip to navigation</a>
<div data-gu-name="top-bar" class="dcr-1r2f8e3"><div class="dcr-support"><p><strong>Support the Guardian</strong></p>
<p>Fund the free press with £4 per month</p><a href="https://support.theguardian.com/contribute" class="dcr-support-button">Support us</a></div>
<ul class="dcr-top">${links(glTop)}</ul></div>
<header data-gu-name="nav" id="navigation"><a href="/" class="dcr-logo"><span class="dcr-visually-hidden">The Guardian - Back to home</span></a>
<nav aria-label="Guardian sections"><ul class="dcr-pillars">${links(glPillars, 'dcr-pillar')}</ul></nav><ul class="dcr-subnav">${links(glSub)}</ul></header>
<main id="maincontent" data-layout="LiveLayout"><div data-gu-name="title" class="dcr-section"><a href="/uk/weather" class="dcr-series">UK weather</a></div>
<div data-gu-name="headline" class="dcr-headline"><span class="dcr-live-badge">Live</span><h1 class="dcr-1vu6wrb">${glTitle}</h1></div>
<div data-gu-name="standfirst" class="dcr-standfirst"><ul>${glStand.map((s) => `<li><p>${s}</p></li>`).join('\n')}</ul></div>
<div data-gu-name="meta" class="dcr-meta"><address aria-label="Contributor info"><a rel="author" href="/profile/megan-hollis">Megan Hollis</a> (now) and
<a rel="author" href="/profile/aled-price">Aled Price</a> (earlier)</address><details
class="dcr-dateline"><summary><span>Wed 19 Nov 2025 16.42 GMT</span></summary>
<span>First published on Wed 19 Nov 2025 07.05 GMT</span></details><button class="dcr-share-button" aria-label="Share">Share</button></div>
<div data-gu-name="key-events" class="dcr-key-events"><h2 class="dcr-kh">Key events</h2><ul>${glKeys
  .map((b) => `<li><a href="?page=with:block-${b.id}#block-${b.id}"><time>${glAgo[b.time]}</time><span>${b.head}</span></a></li>`)
  .join('\n')}</ul></div>
<div class="dcr-filter"><label><input type="checkbox"
disabled> Show key events only</label><p class="dcr-noscript">Please turn on JavaScript to use this feature</p></div>
<div id="liveblog-body" data-gu-name="body" class="dcr-liveblog-body">
${glBlocks.map(glBlock).join('\n')}
</div><nav class="dcr-pagination" aria-label="Pagination"><span class="dcr-disabled">Newest</span><span class="dcr-disabled">Previous</span>
<span>1 of 2</span><a href="?page=with:block-673c2b1a8f08a1b2c3d4e501">Next</a><a href="?page=with:block-673b99fe8f08a1b2c3d4e4ff">Oldest</a></nav>
<div data-gu-name="submeta" class="dcr-submeta"><span class="dcr-label">Topics</span><ul>${links(glTopics, 'dcr-tag')}</ul>
<a href="https://syndication.theguardian.com/" class="dcr-reuse">Reuse this content</a></div>
<div data-gu-name="epic" class="dcr-epic"><h2>${glEpicH}</h2><p>${glEpic}</p><a href="https://support.theguardian.com/">Support us</a>
<a href="https://support.theguardian.com/remind-me">Remind me in January</a></div></main>
<aside data-gu-name="most-viewed" class="dcr-most-viewed"><h2>Most viewed</h2><ol>${glMost
  .map(
    (t, i) => `<li><span class="dcr-n">${i + 1}</span>
<a href="/uk-news/most-viewed-${i}">${t}</a></li>`,
  )
  .join('\n')}</ol></aside>
<footer data-gu-name="footer" class="dcr-footer"><ul>${links(glFoot)}</ul><p class="dcr-copy">${glCopy}</p></footer>
<div id="sp_message_container_1188" class="sp-message"><h2>It’s your choice</h2><p>${glConsent}</p><button title="Yes, I’m happy">Yes, I’m happy</button>
<button title="Manage or reject cookies">Manage or reject cookies</button></div>
<script type="module" src="https://assets.guim.co.uk/assets/index.dcr.js"></script></body></html>`;
export const guardianLiveBlog: TestPage = {
  html: glHtml,
  name: 'heldout48-guardian-live-blog',
  kind: 'news',
  // the bulleted standfirst and every block's paragraphs and list items are body, the block headings are the headings (blocks
  // without one add none); block times, "Updated at" lines, contributor names, the "(now)"/"(earlier)" byline names, the dateline
  // with "First published on" and the key events' relative times are bylines ("(now)", "(earlier)" in neither); the key events
  // list repeats three block headings word for word: in neither; the "Live" badge is a word of the title ("– live"): left out;
  // "Key event" pills (once), the section link, share, filter toggle, pagination, topics, epic, "Most viewed", consent, header
  // and footer are furniture; "Share on Facebook" is an aria-label (no text); the numbers of "Most viewed" are list marks: in neither
  title: glTitle,
  headings: glBlocks.flatMap((b) => (b.head === undefined ? [] : [b.head])),
  body: [...glStand, ...glBlocks.flatMap((b) => texts(b.body.split('\n').filter((l) => !/^<\/?ul>$/.test(l))))],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [
    'Megan Hollis', 'Aled Price', 'Wed 19 Nov 2025 16.42 GMT', 'First published on Wed 19 Nov 2025 07.05 GMT', ...Object.values(glAgo),
    ...glBlocks.map((b) => b.time), 'Updated at 16.41 GMT', 'Updated at 14.02 GMT',
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Skip to navigation', 'Support the Guardian', 'Fund the free press with £4 per month', 'Support us', ...glTop,
    'The Guardian - Back to home', ...glPillars, ...glSub, 'UK weather', 'Share', 'Key events', 'Show key events only',
    'Please turn on JavaScript to use this feature', 'Key event', 'Newest', 'Previous', '1 of 2', 'Next', 'Oldest', 'Topics', ...glTopics,
    'Reuse this content', glEpicH, glEpic, 'Remind me in January', 'Most viewed', ...glMost, ...glFoot, glCopy, 'It’s your choice', glConsent,
    'Yes, I’m happy', 'Manage or reject cookies',
  ],
};
