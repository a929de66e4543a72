import { links, ps, type TestPage, texts } from './page-kit.js';
import { edgar } from './pages-heldout16-f2.js';

/**
 * Held-out batch 16, file f: a Patch.com-style hyperlocal story (Next.js markup with styles_* hashed classes, local-site
 * header with the town switcher and nearby towns, "Subscribe" prompts inside and after the story, author card with the
 * "Patch Staff" role, posted/updated stamps, "Thank you for your support" membership box, rules of replying, replies, the
 * "Neighbor Posts" and "Community Events" rail, footer). The SEC EDGAR 10-K section of this file is in pages-heldout16-f2.ts.
 */
const paTitle = 'Maplewood To Add Raised Crosswalks Near 3 Elementary Schools';
const paDek = 'The township committee approved $1.2 million in safety upgrades after two children were struck near Jefferson School last fall.';
const paBody1 = [
  'MAPLEWOOD, NJ — Drivers heading past three of Maplewood’s elementary schools will soon have to slow down for raised ' +
    'crosswalks, curb extensions and flashing beacons, after the township committee voted 5-0 on Tuesday to fund a $1.2 ' +
    'million package of safety work.',
  'The upgrades will be built at Jefferson, Tuscan and Clinton elementary schools over the summer, starting the week after ' +
    'classes end on June 20. Township engineer Ravi Menon said the work at Jefferson should be finished before the first ' +
    'day of school in September, with the other two sites following by mid-October.',
  'The plan was drawn up after two children were hit by a car while crossing Parker Avenue near Jefferson School in ' +
    'November. Both suffered minor injuries, but the crash prompted a petition signed by more than 1,400 residents asking ' +
    'the township to act before the next school year.',
];
const paBody2 = [
  '“Every parent who walks their kids to school in this town has had a near miss,” said Committeewoman Denise Harlow, who ' +
    'chairs the public safety committee. “This is not about one crash. It is about not waiting for the next one.”',
  'Each school will get at least two raised crosswalks, which work like speed tables and force drivers to slow to about ' +
    '15 miles per hour. Curb extensions will shorten the distance children have to cross, and solar-powered beacons will ' +
    'flash when a pedestrian presses the button.',
  'About $700,000 of the cost will come from a state Safe Routes to School grant, with the rest from the township’s capital ' +
    'budget. Officials said the project would not affect this year’s municipal tax rate.',
  'Some residents of Parker Avenue raised concerns at Tuesday’s meeting about noise from vehicles crossing the raised ' +
    'sections and about snowplows. Menon said the crosswalks would be built with a gentler slope than a standard speed ' +
    'bump and that the public works department had tested its plows on a similar design in South Orange.',
  'The township will hold an information session for parents and neighbors on June 12 at 7 p.m. in the Municipal Building, ' +
    'where the engineering drawings for each school will be on display.',
];
const paTowns = ['Millburn-Short Hills', 'Livingston', 'Montclair', 'West Orange', 'Summit'];
const paNav = ['News Feed', 'Community Corner', 'Traffic & Transit', 'Politics & Government', 'Real Estate', 'Obituaries'];
const paCaption = 'A crossing guard helps students across Parker Avenue outside Jefferson School on Monday morning. (Eliana Brooks/Patch)';
const paInline = 'Get more local news delivered straight to your inbox. Sign up for free Patch newsletters and alerts.';
const paThanks = [
  'Thank you for your support',
  'Local journalism depends on readers like you. Patch members get an ad-light experience and help keep a reporter in your town.',
];
const paRules = [
  'Be respectful. This is a space for friendly local discussions. No racist, discriminatory, vulgar or threatening language will be tolerated.',
  'Be transparent. Use your real name, and back up your claims.',
  'Keep it local and relevant. Make sure your replies stay on topic.',
];
const paReplies = [
  {
    who: 'Marcy Delgado',
    when: '2h',
    text: 'Finally. I have watched cars roll through that crosswalk on Parker at 30 mph with kids in it. Thank you to everyone who signed.',
  },
  {
    who: 'Tom Kessler',
    when: '1h',
    text: 'Good idea but please coordinate with DPW on the plowing. The speed tables on Valley Street get scraped up every winter.',
  },
];
const paNeighbor = [
  ['Lost: gray tabby near Valley & Baker', 'Dana F.'],
  ['Free moving boxes, come and get them', 'Oliver Nash'],
];
const paEvents = [
  ['Maplewood Farmers Market', 'Sat, Jun 14'],
  ['Juneteenth Celebration at Memorial Park', 'Thu, Jun 19'],
];
const paFoot = [
  'About Patch',
  'Careers',
  'Advertise on Patch',
  'Terms of Use',
  'Privacy Policy',
  'Community Guidelines',
  'Do Not Sell My Personal Information',
];
const paHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${paTitle} | Maplewood, NJ Patch</title>
<meta name="description" content="${paDek}"><meta property="og:site_name" content="Maplewood, NJ Patch"><meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"${paTitle}","datePublished":"2025-06-10T19:12:00Z",
"dateModified":"2025-06-10T20:40:00Z","author":{"@type":"Person","name":"Eliana Brooks"},"publisher":{"@type":"Organization","name":"Patch"}}</script>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"patch":{"name":"Maplewood","state":"NJ"},"articleId":33418201}}}</script>
<style>.styles_HTMLContent__LDG2k p{margin:0 0 16px}.styles_Byline__Qm3vH{display:flex}</style></head>
<body><div id="__next"><header class="styles_Header__z8fJb"><a class="styles_Logo__Ns2Yd" href="/" aria-label="Patch">Patch</a>
<div class="styles_LocalSite__Xk41R"><a href="/new-jersey/maplewood" class="styles_LocalSiteName__2p9eM">Maplewood, NJ</a>
<details class="styles_TownSwitcher__c9Tqa"><summary>Change location</summary><p class="styles_TownSwitcher__label__r1">Nearby Communities</p>
<ul>${links(paTowns, 'styles_TownSwitcher__item__7fa')}</ul></details></div>
<a class="styles_Subscribe__H7wq3 btn btn-primary" href="/subscribe">Subscribe</a><a href="/login">Log in</a>
<nav class="styles_LocalNav__E1kLh"><ul>${links(paNav, 'styles_LocalNav__item__bd2')}</ul></nav></header>
<main class="styles_Main__oT5ux"><article class="styles_Article__aSd9C"><div class="styles_Category__MeP6h"><a href="/new-jersey/maplewood/around-town">Around
Town</a></div><h1 class="styles_Title__yk6zV">${paTitle}</h1><h6 class="styles_Dek__gX0Yu">${paDek}</h6>
<div class="styles_Byline__Qm3vH"><img src="https://patch.example/img/cdn/users/22870511/avatar.jpg" alt="Eliana Brooks, Patch Staff"><div>
<a href="/users/eliana-brooks" class="styles_Byline__Author__dT3">Eliana Brooks</a>,<span class="styles_Byline__Role__ba4">Patch Staff</span>
<img src="/patch-staff-badge.svg" alt="Verified Patch Staff Badge"></div>
<div class="styles_Byline__Dates__Vy8"><time datetime="2025-06-10T19:12:00Z">Posted Tue, Jun 10, 2025 at 3:12 pm ET</time><span>|</span>
<time datetime="2025-06-10T20:40:00Z">Updated Tue, Jun 10, 2025 at 4:40 pm ET</time></div></div>
<div class="styles_ActionBar__x7Wl"><button>Reply (2)</button><button>Share</button><button aria-label="Thank">Thank</button></div>
<figure class="styles_Figure__oPk2C"><img src="https://patch.example/img/cdn20/crosswalk-jefferson.jpg" alt=""><figcaption>${paCaption}</figcaption></figure>
<section class="styles_HTMLContent__LDG2k">${ps(paBody1)}
<div class="styles_NewsletterInline__P0m1"><p>${paInline}</p><a href="/subscribe">Subscribe</a></div>
${ps(paBody2)}</section>
<div class="styles_LocalSubscribe__b0R2"><h3>Find out what’s happening in Maplewood with free, real-time updates from Patch.</h3><button>Let’s go!</button>
</div>
<div class="styles_ThankYou__v2Zk" data-testid="membership-box"><h3>${paThanks[0]}</h3><p>${paThanks[1]}</p><a href="/membership">Become a member</a></div>
<section class="styles_Replies__pN8T" id="comments"><h2>Replies (2)</h2><div class="styles_Rules__aP1"><p><strong>The rules of replying:</strong></p>
<ul>${paRules.map((r) => `<li>${r}</li>`).join('\n')}</ul><a href="/community-guidelines">Review the Patch Community Guidelines</a></div>
${paReplies
  .map(
    (r) => `<div class="styles_Reply__L3fQ"><div class="styles_Reply__head__wq1"><a href="/users/x">${r.who}</a>
<span class="styles_Reply__ago__e2">${r.when}</span></div>
<p>${r.text}</p><div class="styles_Reply__actions__k8"><button>Thank</button><button>Reply</button></div></div>`,
  )
  .join('\n')}</section></article>
<aside class="styles_Rail__J2uz"><section><h2>Neighbor Posts</h2><ul>${paNeighbor
  .map(([t, w]) => `<li><a href="/new-jersey/maplewood/classifieds/x">${t}</a><span class="styles_PostAuthor__f0">${w}</span></li>`)
  .join('\n')}</ul><a class="btn" href="/new-jersey/maplewood/compose">Post on Patch</a></section>
<section><h2>Community Events</h2><ul>${paEvents
  .map(([t, d]) => `<li><a href="/new-jersey/maplewood/calendar/x">${t}</a><time>${d}</time></li>`)
  .join('\n')}</ul><a href="/new-jersey/maplewood/calendar">See all events</a></section></aside></main>
<footer class="styles_Footer__cf2H"><ul>${links(paFoot, 'styles_Footer__link__a3')}</ul><p>© 2025 Patch Media. All Rights Reserved.</p></footer></div>
<script src="/_next/static/chunks/pages/%5B...slug%5D-8a7c.js" defer></script></body></html>`;
const patch: TestPage = {
  html: paHtml,
  name: 'heldout16-patch-local-news',
  kind: 'news',
  // the h6 dek is the story's summary sentence: body; the MAPLEWOOD, NJ dateline stays in the first paragraph; the
  // reporter's name and the posted/updated stamps are bylines, her "Patch Staff" role and badge furniture (as an
  // affiliation); replies are an article's comment section: their authors and ages are bylines, their text furniture;
  // the town switcher, local nav, category, caption, inline and after-story subscribe prompts, membership box, rules of
  // replying, rail (its posters' names too) and footer are furniture; the site name "Maplewood, NJ" is the dateline's
  // words: left out
  title: paTitle,
  headings: [],
  body: [paDek, ...texts(paBody1), ...texts(paBody2)],
  bylines: ['Eliana Brooks', 'Posted Tue, Jun 10, 2025 at 3:12 pm ET', 'Updated Tue, Jun 10, 2025 at 4:40 pm ET', ...paReplies.flatMap((r) => [r.who, r.when])],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Patch', 'Change location', 'Nearby Communities', ...paTowns, 'Subscribe', 'Log in', ...paNav, 'Around Town', 'Patch Staff',
    'Reply (2)', 'Share', 'Thank', paCaption, paInline, 'Find out what’s happening in Maplewood with free, real-time updates from Patch.', 'Let’s go!',
    ...paThanks, 'Become a member', 'Replies (2)', 'The rules of replying:', ...paRules, 'Review the Patch Community Guidelines',
    ...paReplies.map((r) => r.text), 'Reply', 'Neighbor Posts', ...paNeighbor.flat(), 'Post on Patch', 'Community Events', ...paEvents.flat(),
    'See all events', ...paFoot, '© 2025 Patch Media. All Rights Reserved.',
  ],
};

export const HELDOUT16_F: readonly TestPage[] = [patch, edgar];
