import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 11, file f: a newspaper live blog kept "as it happened" (key events box, timestamped update blocks,
 * update headlines on the key ones, embedded social posts as quote cards, live badge, newsletter pitch, most-viewed rail)
 * and a MediaWiki talk page (talk header and project banners, archive box, threaded replies in <dl><dd>, signatures).
 */
const lbTitle = 'Storm Brigid: rail lines shut and 40,000 homes without power – as it happened';
const lbStand = 'Gusts of up to 90mph brought down trees and power lines across the west, with trains cancelled and schools closed in three counties.';
interface Update {
  time: string;
  head?: string;
  paras: string[];
  post?: { text: string; by: string };
}
const lbUpdates: Update[] = [
  {
    time: '18:40 GMT',
    head: 'Summary of the day',
    paras: [
      'We are closing this live blog now. The worst of the wind has moved north-east and the Met Office amber warning ' +
        'ended at 6pm, although a yellow warning for rain stays in place overnight.',
      'About 40,000 homes were still without power this evening, down from a peak of almost 70,000 at lunchtime. The ' +
        'network operator says most should be reconnected by Sunday night.',
    ],
  },
  {
    time: '17:15 GMT',
    paras: [
      'The coastguard says it has dealt with eleven calls since this morning, most of them people walking too close to ' +
        'the sea wall at Porthallow to film the waves. Nobody has been seriously hurt.',
    ],
    post: {
      text: 'Please stay off the promenade. The waves are bigger than they look on your phone screen.',
      by: '— West Coastguard (@WestCoastguardUK) March 7, 2025',
    },
  },
  {
    time: '15:52 GMT',
    head: 'Main line to the coast closed until Sunday',
    paras: [
      'The line between Kellford and Porthallow will stay closed until at least Sunday morning after a section of ' +
        'embankment slipped near Trenance. Engineers are on site but cannot start repairs until the wind drops.',
      'Replacement buses are running every hour, and tickets for today can be used on any train until Tuesday.',
    ],
    post: {
      text: 'Our engineers found a 30-metre slip near Trenance. The line will stay shut while we make it safe.',
      by: '— Western Rail (@WesternRailLive) March 7, 2025',
    },
  },
  {
    time: '13:20 GMT',
    paras: [
      'Three county councils have now closed all their schools for the afternoon. Parents are being asked to collect ' +
        'children by 2pm where they can, and school buses will leave early.',
      'The council leader in Kellford said closing was a hard call but that several school roofs had already lost tiles.',
    ],
  },
  {
    time: '11:05 GMT',
    head: 'Gust of 90mph recorded on the headland',
    paras: [
      'The Met Office says a gust of 90mph was measured at the Lizard headland shortly before 11am, the strongest in the ' +
        'region since the storms of February 2022.',
    ],
  },
];
const lbUpdate = (u: Update, i: number): string =>
  `<article id="block-${i}" class="block${u.head ? ' is-key-event' : ''}"><header class="block-header"><time class="block-time" datetime="2025-03-07">` +
  `${u.time}</time>${u.head ? `<h2 class="block-title">${u.head}</h2>` : ''}</header><div class="block-elements">${ps(u.paras)}` +
  (u.post
    ? `<figure class="element-embed"><blockquote class="social-post" data-platform="x"><p lang="en" dir="ltr">${u.post.text}</p>${u.post.by}</blockquote>` +
      `<figcaption class="embed-chrome"><a href="#">View on X</a><span>Reply</span><span>Copy link</span></figcaption></figure>`
    : '') +
  `</div><footer class="block-footer"><button class="share-block">Share</button></footer></article>`;
const lbKeys = lbUpdates.filter((u) => u.head);
const lbMost = ['How to claim if your train was cancelled', 'Pictures: the storm in twelve photographs', 'Energy firms face questions over outages'];
const lbHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${lbTitle} | The Western Courier</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"Storm Brigid",
"coverageEndTime":"2025-03-07T18:40:00Z",
"author":[{"@type":"Person","name":"Aisha Kamara"}]}</script></head>
<body><a class="skip-link" href="#maincontent">Skip to main content</a>
<div id="sp_message_container" class="consent" role="dialog" aria-label="Privacy"><p>Your privacy matters to us. We and our partners use cookies to
show you relevant content.</p><button>Yes, I’m happy</button><button>Manage or reject cookies</button></div>
<header class="masthead"><a href="/" class="masthead__logo">The Western Courier</a>
<nav><ul>${links(['News', 'Sport', 'Opinion', 'Culture', 'Lifestyle'])}</ul></nav>
<a class="masthead__support" href="/support">Support us</a></header>
<main id="maincontent"><div class="liveblog-header"><a class="kicker" href="/weather">Weather</a><h1 class="headline">${lbTitle}</h1>
<div class="standfirst"><p>${lbStand}</p></div><span class="live-badge">Live</span></div>
<div class="liveblog-meta"><address class="byline">By <a rel="author" href="/profile/aisha-kamara">Aisha Kamara</a> and
<a rel="author" href="/profile/tom-rees">Tom Rees</a></address><time class="dateline" datetime="2025-03-07T07:30:00Z">Fri 7 Mar 2025 07.30 GMT</time>
<p class="last-updated">Last modified on Fri 7 Mar 2025 18.52 GMT</p></div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on WhatsApp</a></div>
<div class="liveblog-body"><div class="key-events"><h2 class="key-events__title">Key events</h2><ul>
${lbKeys.map((u) => `<li><a href="#block"><time>${u.time}</time> <span>${u.head}</span></a></li>`).join('\n')}</ul>
<button class="key-events__toggle">Show key events only</button><p class="key-events__js">Please turn on JavaScript to use this feature</p></div>
<div class="liveblog-blocks">${lbUpdates.map(lbUpdate).join('\n')}</div>
<div class="pagination"><a href="?page=1">Newest</a><a href="?page=2">Older</a><a href="?page=3">Oldest</a></div></div>
<aside class="newsletter-pitch"><h3>Sign up to Morning Briefing</h3><p>Our editors’ pick of the day’s news, in your inbox at 7am.</p>
<p class="privacy-note">Newsletters may contain info about charities, online ads, and content funded by outside parties.</p><button>Sign up</button></aside>
<aside class="most-viewed"><h2>Most viewed</h2><ol>${links(lbMost)}</ol></aside></main>
<footer class="site-footer"><ul>${links(['About us', 'Contact us', 'Complaints & corrections', 'Terms & conditions'])}</ul>
<p>© 2025 Western Courier Media Limited. All rights reserved.</p></footer><script src="/assets/liveblog.js" defer></script></body></html>`;
const liveblog: TestPage = {
  html: lbHtml,
  name: 'heldout11-liveblog-as-it-happened',
  kind: 'news',
  // hard calls: the standfirst and every update's paragraphs are body, the key updates' headlines are headings; the text
  // of each embedded social post is quoted reporting, so body, while its attribution line is a byline and the embed
  // chrome ("View on X", "Copy link") furniture; each update's time is a byline; the "Key events" box repeats the update
  // headlines exactly, so its entries are in neither list (its times are the same byline strings); the live badge, share
  // buttons, pagination, newsletter pitch, most-viewed rail, consent dialog and footer are furniture
  title: lbTitle,
  headings: lbKeys.map((u) => u.head!),
  // gold fixed in round 10: the embedded social posts' texts moved from the body to the furniture, as every earlier batch
  // has them (batch 4's embedded council post is furniture; embeds.ts): a summary must not read a post as the story's words
  body: [lbStand, ...lbUpdates.flatMap((u) => texts(u.paras))],
  bylines: [
    'Aisha Kamara',
    'Tom Rees',
    'Fri 7 Mar 2025 07.30 GMT',
    'Last modified on Fri 7 Mar 2025 18.52 GMT',
    ...lbUpdates.map((u) => u.time),
    ...lbUpdates.flatMap((u) => (u.post ? [u.post.by] : [])),
  ],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', 'Your privacy matters to us.', 'Yes, I’m happy', 'Manage or reject cookies', 'The Western Courier', 'Opinion', 'Culture',
    'Lifestyle', 'Support us', 'Share on Facebook', 'Share on WhatsApp', 'Key events', 'Show key events only',
    'Please turn on JavaScript to use this feature', 'View on X', 'Copy link', 'Newest', 'Oldest', 'Sign up to Morning Briefing',
    'Our editors’ pick of the day’s news, in your inbox at 7am.',
    'Newsletters may contain info about charities, online ads, and content funded by outside parties.',
    'Most viewed', ...lbMost, 'Complaints & corrections', 'Terms & conditions', '© 2025 Western Courier Media Limited. All rights reserved.',
    ...lbUpdates.flatMap((u) => (u.post ? [u.post.text] : [])),
  ],
};

interface TalkPost {
  depth: number;
  text: string;
  sig: string;
}
const tkSig = (user: string, when: string): string => `${user} (talk) ${when} (UTC)`;
const tkSections: { h: string; posts: TalkPost[] }[] = [
  {
    h: 'Construction date',
    posts: [
      {
        depth: 0,
        text:
          'The infobox says the viaduct opened in 1871 but the History section says the first train crossed in ' +
          'March 1872. The county record office guide gives 1872 for the opening and 1871 only for the last arch. Should the ' +
          'infobox say 1872?',
        sig: tkSig('Marnwood', '14:02, 3 March 2025'),
      },
      {
        depth: 1,
        text:
          'Agree, the opening is the date readers expect. We could keep 1871 in the body as the completion of the ' +
          'structure, with the record office guide as the source for both.',
        sig: tkSig('Hollybank Reader', '16:40, 3 March 2025'),
      },
      {
        depth: 2,
        text: 'Done. I also fixed the citation, which pointed at a dead link to the old council site.',
        sig: tkSig('Marnwood', '09:15, 4 March 2025'),
      },
    ],
  },
  {
    h: 'Photo in the infobox',
    posts: [
      {
        depth: 0,
        text:
          'The current lead photo was taken in fog and you can barely see the arches. There is a much clearer ' +
          'one on Commons from the river bank, taken in 2019. Any objection to swapping them?',
        sig: tkSig('Tern and Gull', '11:30, 5 March 2025'),
      },
      {
        depth: 1,
        text:
          'The clearer one is cropped tightly, so the scale of the thing is lost. Maybe use it lower down in the ' +
          'Structure section and keep a wide shot at the top?',
        sig: tkSig('Hollybank Reader', '12:05, 5 March 2025'),
      },
      {
        depth: 2,
        text: 'Fair point. I will look for a wide shot in better weather before changing anything.',
        sig: tkSig('Tern and Gull', '12:48, 5 March 2025'),
      },
    ],
  },
];
const tkPost = (p: TalkPost): string => {
  const inner =
    `<p>${p.text} <a href="/wiki/User:x" title="User">${p.sig.split(' (talk) ')[0]}</a> (<a href="/wiki/User_talk:x">talk</a>) ` +
    `${p.sig.split(' (talk) ')[1]} <span class="ext-discussiontools-init-replylink-buttons"><a href="#">reply</a></span></p>`;
  return p.depth === 0 ? inner : `${'<dl><dd>'.repeat(p.depth)}${inner}${'</dd></dl>'.repeat(p.depth)}`;
};
const tkHtml = `<!DOCTYPE html>
<html class="client-nojs vector-feature-main-menu-pinned-disabled" lang="en" dir="ltr"><head><meta charset="UTF-8">
<title>Talk:Ferrybridge Viaduct - Wikipedia</title><script>RLCONF={"wgNamespaceNumber":1,"wgPageName":"Talk:Ferrybridge_Viaduct"};</script></head>
<body class="skin-vector-2022 mediawiki ns-1 ns-talk page-Talk_Ferrybridge_Viaduct"><a class="mw-jump-link" href="#bodyContent">Jump to content</a>
<header class="vector-header mw-header"><nav class="vector-main-menu"><ul>${links(['Main page', 'Contents', 'Current events', 'Random article'])}</ul></nav>
<a href="/wiki/Main_Page" class="mw-logo">Wikipedia The Free Encyclopedia</a>
<form id="searchform"><input type="search" placeholder="Search Wikipedia"></form></header>
<div class="mw-page-container"><main id="content" class="mw-body"><header class="mw-body-header"><h1 id="firstHeading" class="firstHeading mw-first-heading">
<span class="mw-page-title-namespace">Talk</span><span class="mw-page-title-separator">:</span><span class="mw-page-title-main">Ferrybridge Viaduct</span></h1>
<nav class="vector-page-titlebar-toc"><ul>${links(['Article', 'Talk', 'Read', 'Edit', 'Add topic', 'View history'])}</ul></nav></header>
<div id="bodyContent" class="vector-body"><div id="siteSub">From Wikipedia, the free encyclopedia</div>
<div id="mw-content-text" class="mw-body-content"><div class="mw-content-ltr mw-parser-output" lang="en" dir="ltr">
<table class="tmbox tmbox-notice talkheader"><tbody><tr><td class="mbox-text">This is the talk page for discussing improvements to the
Ferrybridge Viaduct article. This is not a forum for general discussion of the article’s subject.</td></tr></tbody></table>
<div class="wpb"><table class="tmbox"><tbody><tr><td>This article is rated C-class on Wikipedia’s content assessment scale.
It is of interest to the following WikiProjects: Bridges and Tunnels, Yorkshire.</td></tr></tbody></table></div>
<div class="archive-box"><p>Archives: 1, 2</p><p>Auto-archiving period: 90 days</p></div>
${tkSections
  .map(
    (s) =>
      `<div class="mw-heading mw-heading2 ext-discussiontools-init-section"><h2 id="${s.h.replace(/ /g, '_')}">${s.h}</h2>` +
      `<span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="?action=edit">edit</a>` +
      `<span class="mw-editsection-bracket">]</span></span></div><div class="ext-discussiontools-init-section-metadata">` +
      `<span>Latest comment: 2 days ago</span><span>3 comments</span><span>2 people in discussion</span></div>\n${s.posts.map(tkPost).join('\n')}`,
  )
  .join('\n')}
</div></div><div class="printfooter">Retrieved from "https://en.wikipedia.example/w/index.php?title=Talk:Ferrybridge_Viaduct"</div>
<div id="catlinks" class="catlinks"><a href="/wiki/Help:Category">Categories</a>: <ul><li><a href="/c">C-Class bridge articles</a></li>
<li><a href="/c">Low-importance Yorkshire articles</a></li></ul></div></div></main></div>
<footer id="footer" class="mw-footer"><ul id="footer-info"><li id="footer-info-lastmod"> This page was last edited on 5 March 2025, at 12:48 (UTC).</li>
<li id="footer-info-copyright">Text is available under the Creative Commons Attribution-ShareAlike 4.0 License; additional terms may apply.</li></ul>
<ul id="footer-places">${links(['Privacy policy', 'About Wikipedia', 'Disclaimers', 'Contact Wikipedia'])}</ul></footer></body></html>`;
const talk: TestPage = {
  html: tkHtml,
  name: 'heldout11-wiki-talk-page',
  kind: 'wiki',
  // hard calls: a discussion page, so every comment is body and every signature ("User (talk) time (UTC)") a byline; the
  // title is the page name as shown; the topic headings are headings, their "[edit]" links, DiscussionTools metadata and
  // "reply" links furniture; the talk header box, project banner, archive box, categories and footer are furniture
  title: 'Talk:Ferrybridge Viaduct',
  headings: tkSections.map((s) => s.h),
  body: tkSections.flatMap((s) => s.posts.map((p) => p.text)),
  bylines: tkSections.flatMap((s) => s.posts.map((p) => p.sig)),
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Jump to content', 'Main page', 'Current events', 'Random article', 'Add topic', 'View history', 'From Wikipedia, the free encyclopedia',
    'This is the talk page for discussing improvements to the Ferrybridge Viaduct article.', 'This is not a forum for general discussion',
    'This article is rated C-class on Wikipedia’s content assessment scale.', 'Archives: 1, 2', 'Auto-archiving period: 90 days',
    'Latest comment: 2 days ago', '2 people in discussion', 'C-Class bridge articles', 'Low-importance Yorkshire articles',
    'This page was last edited on 5 March 2025, at 12:48 (UTC).', 'Text is available under the Creative Commons Attribution-ShareAlike 4.0 License',
    'About Wikipedia', 'Disclaimers', 'Contact Wikipedia',
  ],
};

export const HELDOUT11_F: readonly TestPage[] = [liveblog, talk];
