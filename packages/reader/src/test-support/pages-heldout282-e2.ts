import { links, ps, type TestPage, texts } from './page-kit.js';
import { lis, pp } from './pages-heldout282-kit.js';

/**
 * Held-out batch 282, file e2: a Kickstarter project page (React markup, site header, "Project We Love" badge, title and blurb,
 * video, funding stats with pledged / goal / backers / days to go, "Back this project", reminder and share buttons, category and
 * location tags, campaign tabs with counts, the story nav, the story with its own headings, a figure with caption, "Risks and
 * challenges", the creator card, reward tiers in the sidebar, "Report this project" and footer).
 */
const kTitle = 'Ferrule: A Repairable Fountain Pen Made from Salvaged Brass';
const kBlurb = 'A fountain pen you can take apart, fix and pass on, machined from brass reclaimed from old ship fittings.';
const kH = ['Why we made Ferrule', 'How it is made', 'Where the money goes', 'Risks and challenges'];
const kWhy = pp(`
We are two friends who spent ten years repairing other people's pens in a shared workshop above a bicycle shop. Most of the
pens that come to us can't be fixed: the parts are glued together, the nibs are pressed in, and the makers stopped selling
spares years ago.

Ferrule is our answer. Every part unscrews by hand, from the nib and feed to the clip. We publish the drawings for every part,
and we will sell spares for as long as we are in business, and then hand the drawings to whoever wants them.
`);
const kMade = pp(`
The barrel and cap are turned from brass salvaged from decommissioned ship fittings at the breakers' yard in our harbour town.
Each batch of metal is tested, cleaned and cut into blanks before it reaches the lathe, so no two pens have quite the same
patina after a few months of use.
`);
const kSpecs = [
  'Length 134 mm capped, 151 mm posted; weight 38 g',
  'Standard #6 steel nib in extra fine, fine, medium or broad, swappable in seconds',
  'Takes standard international cartridges or the included converter',
  'Ships with a printed repair guide and a small brass key for the section',
];
const kMoney = pp(`
Our goal covers a second-hand CNC lathe, the tooling to make the clip in house rather than buying it in, and the first run of
1,000 pens. Anything above the goal goes towards a polishing station and an open library of repair videos.
`);
const kRisks = pp(`
We have made two hundred prototypes by hand, but making a thousand pens on a machine we have not run yet will bring surprises.
We have built six weeks of slack into the schedule and we will post an update every fortnight, good news or not.

The salvaged brass is the part we control least. If a batch fails our tests, we will use new recycled brass from a certified
supplier and tell you which pens it went into.
`);
const kBody = [kBlurb, ...kWhy, ...kMade, ...kSpecs, ...kMoney, ...kRisks];
const kNav = ['Discover', 'Start a project'];
const kTabs = ['Campaign', 'Rewards', 'FAQ', 'Updates', 'Comments', 'Community'];
const kStoryNav = ['Story', 'Risks', 'Use of AI', 'Environmental commitments'];
const kRewards = [
  ['Pledge $85 or more', 'Early Bird Ferrule', 'One Ferrule pen with the nib of your choice and a converter.', '212 backers'],
  ['Pledge $160 or more', 'The Pair', 'Two pens, two nibs and a spare parts tin.', '96 backers'],
];
const kFoot = ['About', 'Help', 'Hello', 'Kickstarter, PBC © 2026', 'Trust & Safety', 'Terms of Use', 'Privacy Policy', 'Cookie Policy'];
const kHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${kTitle} by Ferrule Pen Works — Kickstarter</title>
<meta name="description" content="${kBlurb}"><meta property="og:type" content="kickstarter:project">
<meta property="og:url" content="https://www.kickstarter.example/projects/ferrulepenworks/ferrule-a-repairable-fountain-pen">
<script>window.current_project = "{&quot;id&quot;:1836620442,&quot;state&quot;:&quot;live&quot;,&quot;goal&quot;:30000.0}";</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"CreativeWork","name":"${kTitle}","creator":{"@type":"Organization",
"name":"Ferrule Pen Works"}}</script>
</head><body class="projects-show"><div id="global-header"><header class="global-header-2 relative bg-white"><a class="skip-nav"
href="#react-project-header">Skip to
main content</a><nav><ul>${links(kNav, 'nav-item')}</ul></nav><a class="logo" href="/"><span class="screen-reader-only">Kickstarter</span></a>
<a href="/search">Search</a><a href="/login">Log in</a></header></div>
<main role="main"><div id="react-project-header" data-initial="{}"><section class="project-profile__blurb bg-grey-100 pt3 pb6"><div class="grid-container">
<div class="project-we-love-badge"><span class="type-12">Project We Love</span></div>
<h1 class="type-28 type-24-md soft-black mb1 project-name">${kTitle}</h1><p class="type-14 type-18-md soft-black project-description mb1">${kBlurb}</p>
<div class="grid-row"><div class="col-8"><div class="video-player"><video class="aspect-ratio--object"
poster="https://ksr-ugc.imgix.example/ferrule/poster.jpg"></video>
<button class="play_button_big">Play</button></div></div><div class="col-4"><div class="mb4-lg"><div class="flex flex-column-lg mb4 mb5-sm">
<span class="ksr-green-700 inline-block bold type-16 type-28-md">$48,210</span><span class="block dark-grey-500 type-12 type-14-md">pledged of $30,000
goal</span>
<span class="block type-16 type-28-md bold dark-grey-500">612</span><span class="block dark-grey-500 type-12 type-14-md">backers</span>
<span class="block type-16 type-28-md bold dark-grey-500">11</span><span class="block dark-grey-500 type-12 type-14-md">days to go</span></div>
<button class="bttn bttn-green bttn-medium w100p">Back this project</button><button class="bttn bttn-secondary">Remind me</button>
<div class="share-buttons"><a href="#" aria-label="Share on Facebook">Facebook</a><a href="#" aria-label="Share on X">X</a><a href="#">Copy link</a></div>
<p class="type-12 dark-grey-500">All or nothing. This project will only be funded if it reaches its goal by Sun, November 22 2026 11:00 AM
PST.</p></div></div></div>
<div class="flex tags"><a class="nowrap keyboard-focusable" href="/discover/categories/design/product%20design">Product Design</a>
<a class="nowrap keyboard-focusable" href="/discover/places/saltcombe">Saltcombe, Maine</a></div></div></section></div>
<nav class="project-nav" aria-label="Project"><ul class="project-nav__links">${kTabs
  .map(
    (t, i) =>
      `<li><a class="js-analytics-section project-nav__link" href="#${t.toLowerCase()}">${t}${i === 3 ? ' <span class="count">4</span>' : ''}${
        i === 4 ? ' <span class="count">38</span>' : ''
      }</a></li>`,
  )
  .join('\n')}</ul></nav>
<div class="grid-container"><div class="grid-row"><div class="col-2 campaign-nav"><ul>${links(kStoryNav, 'js-campaign-nav-link')}</ul></div>
<div class="col-6"><div class="story-content mb8"><div id="story" class="rte__content">
<h3 class="page-anchor">${kH[0]}</h3>
${ps(kWhy)}
<figure class="image"><img alt="Pen parts laid out on a bench" src="https://ksr-ugc.imgix.example/ferrule/parts.jpg">
<figcaption>Every Ferrule part, laid out on the workbench. Photo by Tobias Lenk</figcaption></figure>
<h3 class="page-anchor">${kH[1]}</h3>
${ps(kMade)}
<ul>${lis(kSpecs)}</ul>
<h3 class="page-anchor">${kH[2]}</h3>
${ps(kMoney)}
</div></div>
<div id="risks-and-challenges" class="mb8"><h2 class="normal mb4">${kH[3]}</h2><div class="js-risks-text text-preline">
${ps(kRisks)}
</div><a class="type-14" href="/help/stats">Learn about accountability on Kickstarter</a></div>
<a class="report-project" href="/report">Report this project to Kickstarter</a></div>
<div class="col-4"><div class="creator-card"><div class="type-14 bold">Ferrule Pen Works</div><p class="type-12">2 created · 9 backed</p>
<p class="type-12">Two pen repairers in a harbour town, making the pen we always wanted to fix.</p><button class="bttn">Follow</button></div>
<h2 class="type-18">Support</h2>${kRewards
  .map(
    (r) => `<div class="pledge__info"><h2 class="pledge__amount">${r[0]}</h2><h3 class="pledge__title">${r[1]}</h3>
<div class="pledge__reward-description"><p>${r[2]}</p></div><span class="pledge__backer-count">${r[3]}</span></div>`,
  )
  .join('\n')}</div></div></div></main>
<footer class="footer bg-grey-100"><ul class="footer__links">${links(kFoot, 'footer__link')}</ul>
<p class="footer__disclaimer">Kickstarter is not a store. It's a way to bring creative projects to life.</p></footer>
<script src="https://d3mlfyygrfdi2i.cloudfront.example/assets/project-page.js"></script></body></html>`;
export const kickstarter: TestPage = {
  name: 'heldout282-kickstarter-project',
  kind: 'blog',
  html: kHtml,
  title: kTitle,
  headings: kH,
  body: texts(kBody),
  bylines: ['Ferrule Pen Works'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Skip to main content', ...kNav, 'Kickstarter', 'Search', 'Log in', 'Project We Love', 'Play', '$48,210', 'pledged of $30,000 goal', '612', 'backers',
    'days to go', 'Back this project', 'Remind me', 'Facebook', 'Copy link',
    'All or nothing. This project will only be funded if it reaches its goal by Sun, November 22 2026 11:00 AM PST.', 'Product Design',
    'Saltcombe, Maine', ...kTabs, ...kStoryNav, 'Every Ferrule part, laid out on the workbench. Photo by Tobias Lenk',
    'Learn about accountability on Kickstarter', 'Report this project to Kickstarter', '2 created · 9 backed',
    'Two pen repairers in a harbour town, making the pen we always wanted to fix.', 'Follow', 'Support', ...kRewards.flat(), ...kFoot,
    "Kickstarter is not a store. It's a way to bring creative projects to life.",
  ],
};
